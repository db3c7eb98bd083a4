#include "vm/class_ops.h"

#include "vm/operand_ops.h"

namespace phpovm {

zend_class_entry* static_prop_class(zend_execute_data* ex, const zend_op* ip) {
  if (ip->op2_type == IS_CONST) {
    zval* cname = RT_CONSTANT(ip, ip->op2);
    return zend_fetch_class_by_name(Z_STR_P(cname), Z_STR_P(cname + 1), ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
  }
  if (ip->op2_type == IS_UNUSED) return zend_fetch_class(nullptr, ip->op2.num);
  return Z_CE_P(reinterpret_cast<zval*>(reinterpret_cast<char*>(ex) + ip->op2.var));
}

zval* static_prop(zend_execute_data* ex, const zend_op* ip, void** cache, int type, zend_property_info** info) {
  // The cache holds (class, slot, info) for a constant name: a request's static members never
  // move, and the code's scope is fixed (each class's copy of a method has its own cache; libphp
  // gives a closure bound to another scope its own). A named class is found by the cache alone;
  // self, parent, static or a class in a variable is looked up, then checked against it.
  bool cacheable = ip->op1_type == IS_CONST;
  bool named_class = ip->op2_type == IS_CONST;
  zend_class_entry* ce = nullptr;
  if (!(cacheable && named_class && cache[1])) {
    ce = static_prop_class(ex, ip);
    if (!ce) return nullptr;
  }
  zval* slot;
  if (cacheable && cache[1] && (named_class || cache[0] == ce)) {
    slot = static_cast<zval*>(cache[1]);
    *info = static_cast<zend_property_info*>(cache[2]);
  } else {
    zend_string* tmp = nullptr;
    zend_string* name;
    if (ip->op1_type == IS_CONST) {
      name = Z_STR_P(RT_CONSTANT(ip, ip->op1));
    } else {
      zval* v = reinterpret_cast<zval*>(reinterpret_cast<char*>(ex) + ip->op1.var);
      if (ip->op1_type == IS_CV && Z_TYPE_P(v) == IS_UNDEF) v = undefined_cv(ex, ip->op1.var);
      ZVAL_DEREF(v);
      name = zval_get_tmp_string(v, &tmp);
    }
    zend_property_info* prop = nullptr;
    slot = zend_std_get_static_property_with_info(ce, name, type, &prop);
    zend_tmp_string_release(tmp);
    if (!slot) return nullptr;
    *info = prop;
    if (cacheable && !(prop->ce->ce_flags & ZEND_ACC_TRAIT)) {
      cache[0] = ce;
      cache[1] = slot;
      cache[2] = prop;
    }
  }
  if ((type == BP_VAR_R || type == BP_VAR_RW) && Z_TYPE_P(slot) == IS_UNDEF && ZEND_TYPE_IS_SET((*info)->type)) {
    zend_throw_error(nullptr, "Typed static property %s::$%s must not be accessed before initialization",
                     ZSTR_VAL((*info)->ce->name), zend_get_unmangled_property_name((*info)->name));
    return nullptr;
  }
  return slot;
}

zend_property_info* typed_property_for_slot(zend_object* obj, zval* slot) {
  if (slot < obj->properties_table || slot >= obj->properties_table + obj->ce->default_properties_count) return nullptr;
  return zend_get_typed_property_info_for_slot(obj, slot);
}

bool prepare_property_slot(zend_property_info* info, zval* slot, uint32_t flags) {
  if (!info || Z_ISREF_P(slot)) return true;
  if (flags & ZEND_FETCH_REF) {
    if (info->flags & ZEND_ACC_READONLY) {
      zend_throw_error(nullptr, "Cannot modify readonly property %s::$%s", ZSTR_VAL(info->ce->name),
                       zend_get_unmangled_property_name(info->name));
      return false;
    }
    if (Z_TYPE_P(slot) == IS_UNDEF) {
      if (!ZEND_TYPE_ALLOW_NULL(info->type)) {
        zend_throw_error(nullptr, "Cannot access uninitialized non-nullable property %s::$%s by reference",
                         ZSTR_VAL(info->ce->name), zend_get_unmangled_property_name(info->name));
        return false;
      }
      ZVAL_NULL(slot);
    }
    ZVAL_NEW_REF(slot, slot);
    ZEND_REF_ADD_TYPE_SOURCE(Z_REF_P(slot), info);
  } else if ((flags & ZEND_FETCH_DIM_WRITE) && Z_TYPE_P(slot) <= IS_FALSE &&
             !(ZEND_TYPE_FULL_MASK(info->type) & MAY_BE_ARRAY)) {
    zend_string* type = zend_type_to_string(info->type);
    zend_type_error("Cannot auto-initialize an array inside property %s::$%s of type %s", ZSTR_VAL(info->ce->name),
                     zend_get_unmangled_property_name(info->name), ZSTR_VAL(type));
    zend_string_release(type);
    return false;
  }
  return true;
}

zval* assign_typed(zval* slot, zend_property_info* info, zval* value, bool strict) {
  if (info && ZEND_TYPE_IS_SET(info->type)) {  // the property's own type first, then a reference's others
    if (!zend_verify_property_type(info, value, strict)) {
      zval_ptr_dtor(value);
      return nullptr;
    }
  }
  return zend_assign_to_variable(slot, value, IS_TMP_VAR, strict);
}

void assign_op_typed(zval* slot, zend_property_info* info, zval* value, uint8_t opcode, bool strict) {
  binary_op_type op = get_binary_op(opcode);
  // A reference is checked against the properties holding it, not the slot's own property.
  zend_reference* ref = nullptr;
  if (Z_ISREF_P(slot)) {
    if (ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(slot))) ref = Z_REF_P(slot);
    slot = Z_REFVAL_P(slot);
    info = nullptr;
  }
  bool typed = ref || (info && ZEND_TYPE_IS_SET(info->type));
  if (!typed || (!ref && opcode == ZEND_CONCAT && Z_TYPE_P(slot) == IS_STRING)) {  // in place (a string stays one)
    op(slot, slot, value);
    return;
  }
  zval result;
  op(&result, slot, value);
  if (EG(exception)) return;
  // A result whose type the property names as it is needs no check nor coercion (a float
  // property after `$o->f += 0.5`).
  if (ref ? zend_verify_ref_assignable_zval(ref, &result, strict)
          : ZEND_TYPE_CONTAINS_CODE(info->type, Z_TYPE(result)) || zend_verify_property_type(info, &result, strict)) {
    zval_ptr_dtor(slot);
    ZVAL_COPY_VALUE(slot, &result);
  } else {
    zval_ptr_dtor(&result);
  }
}

void incdec_typed(zval* slot, zend_property_info* info, bool inc, bool post, zval* result, bool strict) {
  // An integer that does not overflow: whatever type the property (or reference) has accepts
  // it, as it accepts the integer it holds.
  zval* value = Z_ISREF_P(slot) ? Z_REFVAL_P(slot) : slot;
  if (EXPECTED(Z_TYPE_P(value) == IS_LONG) && Z_LVAL_P(value) != (inc ? ZEND_LONG_MAX : ZEND_LONG_MIN)) {
    zend_long old = Z_LVAL_P(value);
    Z_LVAL_P(value) = inc ? old + 1 : old - 1;
    if (result) ZVAL_LONG(result, post ? old : Z_LVAL_P(value));
    return;
  }
  zend_reference* ref = nullptr;
  if (Z_ISREF_P(slot)) {
    ref = Z_REF_P(slot);
    slot = Z_REFVAL_P(slot);
    if (!ZEND_REF_HAS_TYPE_SOURCES(ref)) ref = nullptr;
    info = nullptr;
  }
  if (post && result) ZVAL_COPY(result, slot);
  bool typed = ref || (info && ZEND_TYPE_IS_SET(info->type));
  if (!typed) {
    if (inc) increment_function(slot); else decrement_function(slot);
  } else {
    zval old;
    ZVAL_COPY(&old, slot);
    if (inc) increment_function(slot); else decrement_function(slot);
    bool overflowed = Z_TYPE(old) == IS_LONG && Z_TYPE_P(slot) == IS_DOUBLE;
    // A reference is checked against every property holding it; the first names the error.
    zend_property_info* named = ref ? ZEND_REF_FIRST_SOURCE(ref) : info;
    bool double_ok = false;
    if (ref) {
      zend_property_info* source;
      double_ok = true;
      ZEND_REF_FOREACH_TYPE_SOURCES(ref, source) {
        if (!(ZEND_TYPE_FULL_MASK(source->type) & MAY_BE_DOUBLE)) double_ok = false;
      }
      ZEND_REF_FOREACH_TYPE_SOURCES_END();
    } else {
      double_ok = ZEND_TYPE_FULL_MASK(info->type) & MAY_BE_DOUBLE;
    }
    if (overflowed && !double_ok) {
      zend_string* type = zend_type_to_string(named->type);
      zend_type_error("Cannot %s %s %s::$%s of type %s past its %s value", inc ? "increment" : "decrement",
                      ref ? "a reference held by property" : "property", ZSTR_VAL(named->ce->name),
                      zend_get_unmangled_property_name(named->name), ZSTR_VAL(type), inc ? "maximal" : "minimal");
      zend_string_release(type);
      zval_ptr_dtor(slot);
      ZVAL_COPY_VALUE(slot, &old);
      if (result && !post) ZVAL_UNDEF(result);
      return;
    }
    bool ok = ref ? zend_verify_ref_assignable_zval(ref, slot, strict) : zend_verify_property_type(info, slot, strict);
    if (!ok) {
      zval_ptr_dtor(slot);
      ZVAL_COPY_VALUE(slot, &old);
      if (result && !post) ZVAL_UNDEF(result);
      return;
    }
    zval_ptr_dtor(&old);
  }
  if (!post && result) ZVAL_COPY(result, slot);
}

zend_function* static_method_for_call(zend_execute_data* ex, const zend_op* ip, zend_class_entry* ce, zval* method,
                                      void** cache, void** called, uint32_t* info) {
  zend_function* fbc;
  if (ip->op2_type == IS_CONST && cache[0] == ce && cache[1]) {
    fbc = static_cast<zend_function*>(cache[1]);
  } else if (ip->op2_type != IS_UNUSED) {
    if (Z_TYPE_P(method) != IS_STRING) {
      if (!EG(exception))  // an undefined variable's warning, made an exception by the error handler, comes first
        zend_throw_error(nullptr, "Method name must be a string");
      return nullptr;
    }
    fbc = ce->get_static_method
              ? ce->get_static_method(ce, Z_STR_P(method))
              : zend_std_get_static_method(ce, Z_STR_P(method), ip->op2_type == IS_CONST ? method + 1 : nullptr);
    if (!fbc) {
      if (!EG(exception))
        zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), Z_STRVAL_P(method));
      return nullptr;
    }
    if (ip->op2_type == IS_CONST && !(fbc->common.fn_flags & (ZEND_ACC_CALL_VIA_TRAMPOLINE | ZEND_ACC_NEVER_CACHE)) &&
        !(fbc->common.scope->ce_flags & ZEND_ACC_TRAIT)) {
      cache[0] = ce;
      cache[1] = fbc;
    }
  } else {
    if (!ce->constructor) {
      zend_throw_error(nullptr, "Cannot call constructor");
      return nullptr;
    }
    if (Z_TYPE(ex->This) == IS_OBJECT && Z_OBJ(ex->This)->ce != ce->constructor->common.scope &&
        (ce->constructor->common.fn_flags & ZEND_ACC_PRIVATE)) {
      zend_throw_error(nullptr, "Cannot call private %s::__construct()", ZSTR_VAL(ce->name));
      return nullptr;
    }
    fbc = ce->constructor;
  }
  if (!(fbc->common.fn_flags & ZEND_ACC_STATIC)) {
    // parent::f(), self::f(), A::f() from a method of A or a subclass: the call gets our $this.
    if (Z_TYPE(ex->This) == IS_OBJECT && instanceof_function(Z_OBJCE(ex->This), ce)) {
      *called = Z_OBJ(ex->This);
      *info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_HAS_THIS;
      return fbc;
    }
    zend_throw_error(nullptr, "Non-static method %s::%s() cannot be called statically",
                     ZSTR_VAL(fbc->common.scope->name), ZSTR_VAL(fbc->common.function_name));
    return nullptr;
  }
  *called = ce;
  if (ip->op1_type == IS_UNUSED && ((ip->op1.num & ZEND_FETCH_CLASS_MASK) == ZEND_FETCH_CLASS_PARENT ||
                                    (ip->op1.num & ZEND_FETCH_CLASS_MASK) == ZEND_FETCH_CLASS_SELF)) {
    // parent:: and self:: keep the late static binding of the caller.
    *called = Z_TYPE(ex->This) == IS_OBJECT ? Z_OBJCE(ex->This) : Z_CE(ex->This);
  }
  *info = ZEND_CALL_NESTED_FUNCTION;
  return fbc;
}

zval* class_constant(zend_class_entry* ce, zend_string* name, zend_class_entry* scope) {
  auto* c = static_cast<zend_class_constant*>(zend_hash_find_ptr(CE_CONSTANTS_TABLE(ce), name));
  if (!c) {
    zend_throw_error(nullptr, "Undefined constant %s::%s", ZSTR_VAL(ce->name), ZSTR_VAL(name));
    return nullptr;
  }
  if (!zend_verify_const_access(c, scope)) {
    uint32_t flags = ZEND_CLASS_CONST_FLAGS(c);
    zend_throw_error(nullptr, "Cannot access %s constant %s::%s", (flags & ZEND_ACC_PRIVATE) ? "private" : "protected",
                     ZSTR_VAL(ce->name), ZSTR_VAL(name));
    return nullptr;
  }
  if (ce->ce_flags & ZEND_ACC_TRAIT) {
    zend_throw_error(nullptr, "Cannot access trait constant %s::%s directly", ZSTR_VAL(ce->name), ZSTR_VAL(name));
    return nullptr;
  }
  if ((ce->ce_flags & ZEND_ACC_ENUM) && ce->enum_backing_type != IS_UNDEF && ce->type == ZEND_USER_CLASS &&
      !(ce->ce_flags & ZEND_ACC_CONSTANTS_UPDATED) && zend_update_class_constants(ce) != SUCCESS)
    return nullptr;
  zval* value = &c->value;
  // Only this constant is evaluated here (a cycle is reported at the constant that closes it).
  if (Z_TYPE_P(value) == IS_CONSTANT_AST && (zval_update_constant_ex(value, c->ce), EG(exception))) return nullptr;
  return value;
}

zend_string* scope_class_name(zend_execute_data* ex, uint32_t fetch_type) {
  zend_class_entry* scope = ex->func->op_array.scope;
  if (!scope) {
    zend_throw_error(nullptr, "Cannot use \"%s\" in the global scope",
                     fetch_type == ZEND_FETCH_CLASS_SELF     ? "self"
                     : fetch_type == ZEND_FETCH_CLASS_PARENT ? "parent"
                                                             : "static");
    return nullptr;
  }
  if (fetch_type == ZEND_FETCH_CLASS_SELF) return scope->name;
  if (fetch_type == ZEND_FETCH_CLASS_PARENT) {
    if (!scope->parent) {
      zend_throw_error(nullptr, "Cannot use \"parent\" when current class scope has no parent");
      return nullptr;
    }
    return scope->parent->name;
  }
  return Z_TYPE(ex->This) == IS_OBJECT ? Z_OBJCE(ex->This)->name : Z_CE(ex->This)->name;
}

}  // namespace phpovm

namespace phpovm {

zend_function* magic_call_for_trampoline(zend_execute_data* call) {
  zend_function* trampoline = call->func;
  uint32_t n = ZEND_CALL_NUM_ARGS(call);
  zval args;
  if (n) {
    array_init_size(&args, n);
    zend_hash_real_init_packed(Z_ARRVAL(args));
    ZEND_HASH_FILL_PACKED(Z_ARRVAL(args)) {
      for (uint32_t i = 1; i <= n; i++) ZEND_HASH_FILL_ADD(ZEND_CALL_ARG(call, i));  // moved, not copied
    }
    ZEND_HASH_FILL_END();
  } else {
    ZVAL_EMPTY_ARRAY(&args);
  }
  if (ZEND_CALL_INFO(call) & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS) {
    if (zend_hash_num_elements(call->extra_named_params)) {
      SEPARATE_ARRAY(&args);
      zend_hash_copy(Z_ARRVAL(args), call->extra_named_params, zval_add_ref);
    }
    zend_array_destroy(call->extra_named_params);
    ZEND_DEL_CALL_FLAG(call, ZEND_CALL_HAS_EXTRA_NAMED_PARAMS);
  }
  zend_class_entry* scope = trampoline->common.scope;
  zend_function* magic = (trampoline->common.fn_flags & ZEND_ACC_STATIC) ? scope->__callstatic : scope->__call;
  ZVAL_STR(ZEND_CALL_ARG(call, 1), trampoline->common.function_name);  // the name passes to the argument
  ZVAL_COPY_VALUE(ZEND_CALL_ARG(call, 2), &args);
  ZEND_CALL_NUM_ARGS(call) = 2;
  call->func = magic;
  zend_free_trampoline(trampoline);
  return magic;
}

namespace {

// The body of a closure made from a trampoline: the magic method, called with the closure's
// name and its arguments as an array.
void call_magic_closure(zend_execute_data* execute_data, zval* return_value) {
  zend_function* self = EX(func);
  zend_class_entry* scope = self->common.scope;
  zend_fcall_info fci{};
  zend_fcall_info_cache fcc{};
  zval params[2];
  ZVAL_STR(&params[0], self->common.function_name);
  array_init(&params[1]);
  zend_copy_parameters_array(ZEND_NUM_ARGS(), &params[1]);
  fci.size = sizeof fci;
  fci.retval = return_value;
  fci.param_count = 2;
  fci.params = params;
  fci.object = Z_TYPE(EX(This)) == IS_OBJECT ? Z_OBJ(EX(This)) : nullptr;
  fcc.function_handler = (self->common.fn_flags & ZEND_ACC_STATIC) ? scope->__callstatic : scope->__call;
  fcc.object = fci.object;
  fcc.called_scope = zend_get_called_scope(execute_data);
  zend_call_function(&fci, &fcc);
  zval_ptr_dtor(&params[1]);
}

zend_internal_arg_info magic_closure_args[] = {
    {reinterpret_cast<const char*>(static_cast<uintptr_t>(0)), ZEND_TYPE_INIT_NONE(0), nullptr},
    {"arguments", ZEND_TYPE_INIT_NONE(_ZEND_ARG_INFO_FLAGS(0, 1, 0)), nullptr},
};

}  // namespace

void closure_for_trampoline(zval* result, zend_execute_data* call) {
  zend_function* trampoline = call->func;
  // $closure->__invoke(...) is the closure itself (its __invoke is a function libphp made for
  // the call, which frees it).
  if ((ZEND_CALL_INFO(call) & ZEND_CALL_HAS_THIS) && Z_OBJCE(call->This) == zend_ce_closure &&
      zend_string_equals_literal(trampoline->common.function_name, "__invoke")) {
    zend_free_trampoline(trampoline);
    ZVAL_OBJ_COPY(result, Z_OBJ(call->This));
    return;
  }
  zend_internal_function fn{};
  fn.type = ZEND_INTERNAL_FUNCTION;
  fn.fn_flags = (trampoline->common.fn_flags & ZEND_ACC_STATIC) | ZEND_ACC_VARIADIC;
  fn.handler = call_magic_closure;
  fn.function_name = trampoline->common.function_name;
  fn.scope = trampoline->common.scope;
  fn.arg_info = magic_closure_args + 1;
  zend_free_trampoline(trampoline);
  if (ZEND_CALL_INFO(call) & ZEND_CALL_HAS_THIS) {
    zval self;
    ZVAL_OBJ(&self, Z_OBJ(call->This));
    zend_create_fake_closure(result, reinterpret_cast<zend_function*>(&fn), fn.scope, Z_OBJCE(self), &self);
  } else {
    zend_create_fake_closure(result, reinterpret_cast<zend_function*>(&fn), fn.scope, Z_CE(call->This), nullptr);
  }
}

}  // namespace phpovm
