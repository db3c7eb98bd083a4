#include "vm/operand_ops.h"

#include "vm/class_ops.h"

#include "vm/dim_ops.h"

extern "C" {
#include "zend_smart_str.h"
#include "zend_observer.h"
#include "zend_generators.h"
}

namespace phpovm {

zval* undefined_cv(zend_execute_data* ex, uint32_t var) {
  zend_string* name = ex->func->op_array.vars[EX_VAR_TO_NUM(var)];
  zend_error_unchecked(E_WARNING, "Undefined variable $%s", ZSTR_VAL(name));
  return &EG(uninitialized_zval);
}

void throw_unhandled_match(const zval* value) {
  smart_str msg = {};
  if (Z_TYPE_P(value) <= IS_STRING) {
    smart_str_append_scalar(&msg, const_cast<zval*>(value), EG(exception_string_param_max_len));
  } else {
    smart_str_appendl(&msg, "of type ", sizeof("of type ") - 1);
    smart_str_appends(&msg, zend_zval_type_name(value));
  }
  smart_str_0(&msg);
  zend_throw_exception_ex(zend_ce_unhandled_match_error, 0, "Unhandled match case %s", ZSTR_VAL(msg.s));
  smart_str_free(&msg);
}

void array_insert(zval* array, zval* key, zval* value) {
  HashTable* ht = Z_ARRVAL_P(array);
  if (!key) {
    if (!zend_hash_next_index_insert(ht, value)) {
      zend_cannot_add_element();
      zval_ptr_dtor_nogc(value);
    }
    return;
  }
  ArrayKey k;
  if (!to_array_key(key, k, KeyUse::Access)) {
    zval_ptr_dtor_nogc(value);
    return;
  }
  if (k.is_string) zend_hash_update(ht, k.str, value);
  else zend_hash_index_update(ht, k.index, value);
}

// Walks the Traversable `source` for an unpacking (`context` is "array" or "argument"),
// calling each(value, key) per element until it returns false; key is an int, a string or,
// for iterators without keys, undef. PHP's errors for an iterator that cannot be created or
// yields a key of another type are thrown here.
template <class Each>
static void for_each_unpacked(zval* source, const char* context, Each each) {
  zend_class_entry* ce = Z_OBJCE_P(source);
  zend_object_iterator* iter = ce->get_iterator(ce, source, 0);
  if (!iter) {
    if (!EG(exception))
      zend_throw_exception_ex(nullptr, 0, "Object of type %s did not create an Iterator", ZSTR_VAL(ce->name));
    return;
  }
  const zend_object_iterator_funcs* funcs = iter->funcs;
  if (funcs->rewind) funcs->rewind(iter);
  while (!EG(exception) && funcs->valid(iter) == SUCCESS) {
    zval* v = funcs->get_current_data(iter);
    if (EG(exception)) break;
    zval key;
    ZVAL_UNDEF(&key);
    if (funcs->get_current_key) {
      funcs->get_current_key(iter, &key);
      if (EG(exception)) break;
      if (Z_TYPE(key) != IS_LONG && Z_TYPE(key) != IS_STRING) {
        zend_throw_error(nullptr, "Keys must be of type int|string during %s unpacking", context);
        zval_ptr_dtor(&key);
        break;
      }
    }
    bool go_on = each(v, &key);
    zval_ptr_dtor(&key);
    if (!go_on) break;
    funcs->move_forward(iter);
  }
  zend_iterator_dtor(iter);
}

// [...$traversable]: each element is appended (string keys kept, but a numeric string key such
// as "42" is appended like an integer key).
static void array_unpack_traversable(zval* array, zval* source) {
  HashTable* ht = Z_ARRVAL_P(array);
  for_each_unpacked(source, "array", [ht](zval* v, zval* key) {
    ZVAL_DEREF(v);
    Z_TRY_ADDREF_P(v);
    zend_ulong numeric;
    if (Z_TYPE_P(key) == IS_STRING && !ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(key), Z_STRLEN_P(key), numeric)) {
      zend_hash_update(ht, Z_STR_P(key), v);
    } else if (!zend_hash_next_index_insert(ht, v)) {
      zend_cannot_add_element();
      zval_ptr_dtor_nogc(v);
      return false;
    }
    return true;
  });
}

void array_unpack(zval* array, zval* source) {
  ZVAL_DEREF(source);
  if (Z_TYPE_P(source) == IS_OBJECT && Z_OBJCE_P(source)->get_iterator) {
    array_unpack_traversable(array, source);
    return;
  }
  if (Z_TYPE_P(source) != IS_ARRAY) {
    // As libphp: a TypeError for an object, an Error for anything else.
    if (Z_TYPE_P(source) == IS_OBJECT) zend_type_error("Only arrays and Traversables can be unpacked");
    else zend_throw_error(nullptr, "Only arrays and Traversables can be unpacked");
    return;
  }
  HashTable* ht = Z_ARRVAL_P(array);
  zend_string* key;
  zval* v;
  ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(source), key, v) {
    if (Z_ISREF_P(v) && Z_REFCOUNT_P(v) == 1) v = Z_REFVAL_P(v);
    Z_TRY_ADDREF_P(v);
    if (key) {
      zend_hash_update(ht, key, v);
    } else if (!zend_hash_next_index_insert(ht, v)) {
      zend_cannot_add_element();
      zval_ptr_dtor_nogc(v);
      break;
    }
  }
  ZEND_HASH_FOREACH_END();
}

void strlen_op(zval* result, zval* value, bool strict) {
  ZVAL_DEREF(value);
  if (Z_TYPE_P(value) == IS_STRING) {
    ZVAL_LONG(result, Z_STRLEN_P(value));
    return;
  }
  if (!strict) {
    if (Z_TYPE_P(value) <= IS_NULL) {
      zend_error(E_DEPRECATED, "strlen(): Passing null to parameter #1 ($string) of type string is deprecated");
      ZVAL_LONG(result, 0);
      return;
    }
    zval tmp;
    zend_string* str;
    ZVAL_COPY(&tmp, value);
    if (zend_parse_arg_str_weak(&tmp, &str, 1)) {
      ZVAL_LONG(result, ZSTR_LEN(str));
      zval_ptr_dtor(&tmp);
      return;
    }
    zval_ptr_dtor(&tmp);
  }
  if (!EG(exception))
    zend_type_error("strlen(): Argument #1 ($string) must be of type string, %s given", zend_zval_type_name(value));
  ZVAL_UNDEF(result);
}

HashTable* named_variable_table(zend_execute_data* ex, uint32_t fetch_flags) {
  if (fetch_flags & (ZEND_FETCH_GLOBAL | ZEND_FETCH_GLOBAL_LOCK)) return &EG(symbol_table);
  // EX(symbol_table) is only valid when the frame says it has one (frames are not zeroed).
  if (!(ZEND_CALL_INFO(ex) & ZEND_CALL_HAS_SYMBOL_TABLE)) return zend_rebuild_symbol_table();
  return ex->symbol_table;
}

zval* fetch_named_variable(zend_execute_data* ex, zend_string* name, uint32_t fetch_flags, int type) {
  if (fetch_flags & ZEND_FETCH_GLOBAL_LOCK) zend_is_auto_global(name);  // arms $_SERVER & co.
  HashTable* table = named_variable_table(ex, fetch_flags);
  zval* v = zend_hash_find(table, name);
  if (v && Z_TYPE_P(v) == IS_INDIRECT) {
    v = Z_INDIRECT_P(v);
    if (Z_TYPE_P(v) == IS_UNDEF) {
      if (type == BP_VAR_W) {
        ZVAL_NULL(v);
        return v;
      }
      if (type == BP_VAR_IS || type == BP_VAR_UNSET) return &EG(uninitialized_zval);
      zend_error(E_WARNING, "Undefined %svariable $%s", (fetch_flags & ZEND_FETCH_GLOBAL) ? "global " : "",
                 ZSTR_VAL(name));
      if (type == BP_VAR_RW && !EG(exception)) {
        ZVAL_NULL(v);
        return v;
      }
      return &EG(uninitialized_zval);
    }
    return v;
  }
  if (v) return v;
  if (type == BP_VAR_W) return zend_hash_add_new(table, name, &EG(uninitialized_zval));
  if (type == BP_VAR_IS || type == BP_VAR_UNSET) return &EG(uninitialized_zval);
  zend_string_addref(name);
  zend_error(E_WARNING, "Undefined %svariable $%s", (fetch_flags & ZEND_FETCH_GLOBAL) ? "global " : "", ZSTR_VAL(name));
  if (type == BP_VAR_RW && !EG(exception)) v = zend_hash_update(table, name, &EG(uninitialized_zval));
  else v = &EG(uninitialized_zval);
  zend_string_release(name);
  return v;
}

void warn_param_must_be_ref(zend_function* func, uint32_t arg_num) {
  const char* arg = get_function_arg_name(func, arg_num);
  zend_string* fname = get_function_or_method_name(func);
  zend_error(E_WARNING, "%s(): Argument #%u%s%s%s must be passed by reference, value given", ZSTR_VAL(fname), arg_num,
             arg ? " ($" : "", arg ? arg : "", arg ? ")" : "");
  zend_string_release(fname);
}

void grow_call_frame(zend_execute_data** callp, uint32_t passed, uint32_t extra) {
  zend_execute_data* call = *callp;
  if (static_cast<size_t>(EG(vm_stack_end) - EG(vm_stack_top)) >= extra) {
    EG(vm_stack_top) += extra;
    return;
  }
  size_t used = static_cast<size_t>(EG(vm_stack_top) - reinterpret_cast<zval*>(call)) + extra;
  auto* moved = static_cast<zend_execute_data*>(zend_vm_stack_extend(used * sizeof(zval)));
  *moved = *call;
  ZEND_ADD_CALL_FLAG(moved, ZEND_CALL_ALLOCATED);
  for (uint32_t i = 1; i <= passed; i++) ZVAL_COPY_VALUE(ZEND_CALL_ARG(moved, i), ZEND_CALL_ARG(call, i));
  // The old frame was the top of the previous page: give that space back.
  EG(vm_stack)->prev->top = reinterpret_cast<zval*>(call);
  *callp = moved;
}

uint32_t arg_offset_by_name(zend_function* fbc, zend_string* name, void** cache_slot) {
  if (cache_slot[0] == fbc) return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(cache_slot[1]));
  uint32_t n = fbc->common.num_args;
  uint32_t found = static_cast<uint32_t>(-1);
  // User functions, and builtins with a user function's argument info (a closure's __invoke),
  // name their parameters with zend_strings; other builtins with C strings.
  bool user_names = fbc->type == ZEND_USER_FUNCTION || (fbc->common.fn_flags & ZEND_ACC_USER_ARG_INFO);
  for (uint32_t i = 0; i < n; i++) {
    if (user_names) {
      if (zend_string_equals(fbc->common.arg_info[i].name, name)) { found = i; break; }
    } else {
      const char* arg = reinterpret_cast<zend_internal_arg_info*>(fbc->internal_function.arg_info)[i].name;
      if (strlen(arg) == ZSTR_LEN(name) && memcmp(arg, ZSTR_VAL(name), ZSTR_LEN(name)) == 0) { found = i; break; }
    }
  }
  if (found == static_cast<uint32_t>(-1) && (fbc->common.fn_flags & ZEND_ACC_VARIADIC)) found = fbc->common.num_args;
  else if (found == static_cast<uint32_t>(-1)) return found;  // not cached: an error path
  if (!(fbc->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE)) {
    cache_slot[0] = fbc;
    cache_slot[1] = reinterpret_cast<void*>(static_cast<uintptr_t>(found));
  }
  return found;
}

zval* named_arg_slot(zend_execute_data** callp, zend_string* name, uint32_t* arg_num, void** cache_slot) {
  zend_execute_data* call = *callp;
  zend_function* fbc = call->func;
  uint32_t offset = arg_offset_by_name(fbc, name, cache_slot);
  if (offset == static_cast<uint32_t>(-1)) {
    zend_throw_error(nullptr, "Unknown named parameter $%s", ZSTR_VAL(name));
    return nullptr;
  }
  if (offset == fbc->common.num_args) {
    // Collected by a variadic parameter.
    if (!(ZEND_CALL_INFO(call) & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS)) {
      ZEND_ADD_CALL_FLAG(call, ZEND_CALL_HAS_EXTRA_NAMED_PARAMS);
      call->extra_named_params = zend_new_array(0);
    }
    zval* slot = zend_hash_add_empty_element(call->extra_named_params, name);
    if (!slot) {
      zend_throw_error(nullptr, "Named parameter $%s overwrites previous argument", ZSTR_VAL(name));
      return nullptr;
    }
    *arg_num = offset + 1;
    return slot;
  }
  uint32_t current = ZEND_CALL_NUM_ARGS(call);
  zval* slot;
  if (offset >= current) {
    grow_call_frame(callp, current, offset + 1 - current);
    call = *callp;
    ZEND_CALL_NUM_ARGS(call) = offset + 1;
    slot = ZEND_CALL_VAR_NUM(call, offset);
    if (offset > current) {
      for (zval* skipped = ZEND_CALL_VAR_NUM(call, current); skipped != slot; skipped++) ZVAL_UNDEF(skipped);
      ZEND_ADD_CALL_FLAG(call, ZEND_CALL_MAY_HAVE_UNDEF);
    }
  } else {
    slot = ZEND_CALL_VAR_NUM(call, offset);
    if (!Z_ISUNDEF_P(slot)) {
      zend_throw_error(nullptr, "Named parameter $%s overwrites previous argument", ZSTR_VAL(name));
      return nullptr;
    }
  }
  *arg_num = offset + 1;
  return slot;
}

namespace {
// f(...$traversable): each element is appended (string keys as named arguments), by value.
void send_unpack_traversable(zend_execute_data** callp, zval* args) {
  bool named_seen = false;
  for_each_unpacked(args, "argument", [callp, &named_seen](zval* v, zval* key) {
    zend_execute_data* call = *callp;
    zval* target;
    uint32_t arg_num;
    if (Z_TYPE_P(key) == IS_STRING) {
      named_seen = true;
      void* no_cache[2] = {nullptr, nullptr};
      target = named_arg_slot(callp, Z_STR_P(key), &arg_num, no_cache);
      if (!target) return false;
      call = *callp;
    } else {
      if (named_seen) {
        zend_throw_error(nullptr, "Cannot use positional argument after named argument during unpacking");
        return false;
      }
      uint32_t passed = ZEND_CALL_NUM_ARGS(call);
      grow_call_frame(callp, passed, 1);
      call = *callp;
      arg_num = passed + 1;
      target = ZEND_CALL_ARG(call, arg_num);
      ZEND_CALL_NUM_ARGS(call) = arg_num;
    }
    if (ARG_MUST_BE_SENT_BY_REF(call->func, arg_num)) {
      zend_string* fname = get_function_or_method_name(call->func);
      zend_error(E_WARNING,
                 "Cannot pass by-reference argument %u of %s() by unpacking a Traversable, passing by-value instead",
                 arg_num, ZSTR_VAL(fname));
      zend_string_release(fname);
    }
    ZVAL_COPY_DEREF(target, v);
    return true;
  });
}
}  // namespace

namespace {
// Appends the elements of ht to the started call, string keys as named arguments (which must
// come last: positional_error otherwise). send(call, arg_num, slot, element) fills each slot.
template <class Send>
void append_array_args(zend_execute_data** callp, HashTable* ht, const char* positional_error, Send send) {
  uint32_t arg_num = ZEND_CALL_NUM_ARGS(*callp);
  grow_call_frame(callp, arg_num, zend_hash_num_elements(ht));
  bool named_seen = false;
  zend_string* key;
  zval* v;
  ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
    zval* slot;
    if (key) {
      named_seen = true;
      void* no_cache[2] = {nullptr, nullptr};
      slot = named_arg_slot(callp, key, &arg_num, no_cache);
      if (!slot) return;
    } else {
      if (named_seen) {
        zend_throw_error(nullptr, "%s", positional_error);
        return;
      }
      arg_num++;
      slot = ZEND_CALL_ARG(*callp, arg_num);
      ZEND_CALL_NUM_ARGS(*callp) = arg_num;
    }
    send(*callp, arg_num, slot, v);
  }
  ZEND_HASH_FOREACH_END();
}
}  // namespace

void send_unpack(zend_execute_data** callp, zval* args, zval* container) {
  ZVAL_DEREF(args);
  if (Z_TYPE_P(args) == IS_OBJECT && Z_OBJCE_P(args)->get_iterator) {
    send_unpack_traversable(callp, args);
    return;
  }
  if (Z_TYPE_P(args) != IS_ARRAY) {
    zend_type_error("Only arrays and Traversables can be unpacked");
    return;
  }
  HashTable* ht = Z_ARRVAL_P(args);
  // f(...$v): an element passed to a by-reference parameter (by position or by name) becomes a
  // reference inside $v's array, separated first if it is shared.
  bool writable = container != nullptr;
  if (writable) {
    ZVAL_DEREF(container);
    if (Z_REFCOUNT_P(container) > 1) {
      uint32_t arg_num = ZEND_CALL_NUM_ARGS(*callp) + 1;
      bool separate = false;
      zend_string* name;
      zval* v;
      ZEND_HASH_FOREACH_STR_KEY_VAL(ht, name, v) {
        (void)v;
        if (name) {
          void* no_cache[2] = {nullptr, nullptr};
          arg_num = arg_offset_by_name((*callp)->func, name, no_cache) + 1;
        }
        if (ARG_SHOULD_BE_SENT_BY_REF((*callp)->func, arg_num)) {
          separate = true;
          break;
        }
        arg_num++;
      }
      ZEND_HASH_FOREACH_END();
      if (separate) {
        SEPARATE_ARRAY(container);
        ht = Z_ARRVAL_P(container);
      }
    }
  }
  append_array_args(callp, ht, "Cannot use positional argument after named argument during unpacking",
                    [writable](zend_execute_data* call, uint32_t arg_num, zval* slot, zval* v) {
                      if (!ARG_SHOULD_BE_SENT_BY_REF(call->func, arg_num)) {
                        ZVAL_COPY_DEREF(slot, v);
                      } else if (Z_ISREF_P(v)) {
                        Z_ADDREF_P(v);
                        ZVAL_REF(slot, Z_REF_P(v));
                      } else if (writable) {
                        ZVAL_MAKE_REF_EX(v, 2);
                        ZVAL_REF(slot, Z_REF_P(v));
                      } else {
                        Z_TRY_ADDREF_P(v);
                        ZVAL_NEW_REF(slot, v);
                      }
                    });
}

namespace {
// call_user_func_array()'s arguments: false after its TypeError for anything but an array.
bool call_array_args(zval*& args) {
  ZVAL_DEREF(args);
  if (Z_TYPE_P(args) == IS_ARRAY) return true;
  zend_type_error("call_user_func_array(): Argument #2 ($args) must be of type array, %s given",
                  zend_zval_type_name(args));
  return false;
}

// One element v of call_user_func_array()'s arguments into the call's argument slot for arg_num.
// A by-reference parameter given a value still gets it, with PHP's warning, wrapped in a
// reference of its own (what the callee writes is dropped); __call() (a trampoline) gets
// references as they are.
void send_array_element(zend_execute_data* call, uint32_t arg_num, zval* slot, zval* v) {
  bool by_ref = ARG_SHOULD_BE_SENT_BY_REF(call->func, arg_num);
  if (by_ref && !Z_ISREF_P(v) && !ARG_MAY_BE_SENT_BY_REF(call->func, arg_num)) {
    warn_param_must_be_ref(call->func, arg_num);
    Z_TRY_ADDREF_P(v);
    ZVAL_NEW_REF(slot, v);
    return;
  }
  if (Z_ISREF_P(v) && !by_ref && !(call->func->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE))
    ZVAL_COPY_DEREF(slot, v);
  else
    ZVAL_COPY(slot, v);
}
}  // namespace

void send_array(zend_execute_data** callp, zval* args) {
  if (!call_array_args(args)) return;
  append_array_args(callp, Z_ARRVAL_P(args), "Cannot use positional argument after named argument",
                    send_array_element);
}

void send_array_slice(zend_execute_data** callp, zval* args, uint32_t skip, zval* length, bool strict) {
  ZVAL_DEREF(length);
  if (!call_array_args(args)) return;
  HashTable* ht = Z_ARRVAL_P(args);
  uint32_t count = zend_hash_num_elements(ht);
  zend_long len;
  if (Z_TYPE_P(length) == IS_LONG) {
    len = Z_LVAL_P(length);
  } else if (Z_TYPE_P(length) == IS_NULL) {
    len = static_cast<zend_long>(count) - skip;
  } else if (strict || !zend_parse_arg_long_weak(length, &len, 3)) {
    zend_type_error("array_slice(): Argument #3 ($length) must be of type ?int, %s given", zend_zval_type_name(length));
    return;
  }
  if (len < 0) len += static_cast<zend_long>(count) - skip;
  if (skip >= count || len <= 0) return;
  len = std::min<zend_long>(len, static_cast<zend_long>(count - skip));
  grow_call_frame(callp, ZEND_CALL_NUM_ARGS(*callp), static_cast<uint32_t>(len));
  zend_execute_data* call = *callp;
  uint32_t arg_num = 1;
  zval* arg;
  ZEND_HASH_FOREACH_VAL(ht, arg) {
    if (skip > 0) {
      skip--;
      continue;
    }
    if (static_cast<zend_long>(arg_num - 1) >= len) break;
    send_array_element(call, arg_num, ZEND_CALL_ARG(call, arg_num), arg);
    ZEND_CALL_NUM_ARGS(call)++;
    arg_num++;
  }
  ZEND_HASH_FOREACH_END();
}

void assign_reference(zval* var, zval* value) {
  if (Z_TYPE_P(value) == IS_UNDEF) ZVAL_NULL(value);
  ZVAL_MAKE_REF(value);
  zend_reference* ref = Z_REF_P(value);
  if (Z_ISREF_P(var) && Z_REF_P(var) == ref) return;
  GC_ADDREF(ref);
  if (Z_REFCOUNTED_P(var)) {
    zend_refcounted* old = Z_COUNTED_P(var);
    ZVAL_REF(var, ref);
    if (!GC_DELREF(old)) rc_dtor_func(old);
    else gc_check_possible_root(old);
  } else {
    ZVAL_REF(var, ref);
  }
}


void closure_bind_var(zval* closure, uint32_t offset, zval* val) {
  auto* fn = const_cast<zend_function*>(zend_get_closure_method_def(Z_OBJ_P(closure)));
  auto* vars = static_cast<HashTable*>(ZEND_MAP_PTR_GET(fn->op_array.static_variables_ptr));
  zval* slot = reinterpret_cast<zval*>(reinterpret_cast<char*>(vars->arData) + offset);
  zval_ptr_dtor(slot);
  ZVAL_COPY_VALUE(slot, val);
}

void closure_from_call(zval* result, zend_execute_data* call) {
  zend_function* fn = call->func;
  if (ZEND_CALL_INFO(call) & ZEND_CALL_CLOSURE) {
    // The call's reference to the closure becomes the result's.
    ZVAL_OBJ(result, ZEND_CLOSURE_OBJECT(fn));
    return;
  }
  if (fn->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) {
    closure_for_trampoline(result, call);
    return;
  }
  if (ZEND_CALL_INFO(call) & ZEND_CALL_HAS_THIS) {
    zval self;
    ZVAL_OBJ(&self, Z_OBJ(call->This));
    zend_create_fake_closure(result, fn, fn->common.scope, Z_OBJCE(self), &self);
  } else {
    zend_create_fake_closure(result, fn, fn->common.scope, Z_CE(call->This), nullptr);
  }
}

namespace {
void failed_to_open(uint32_t kind, zend_string* name) {
  bool include = kind == ZEND_INCLUDE || kind == ZEND_INCLUDE_ONCE;
  zend_message_dispatcher(include ? ZMSG_FAILED_INCLUDE_FOPEN : ZMSG_FAILED_REQUIRE_FOPEN, ZSTR_VAL(name));
}

zend_op_array* compile_once(zend_string* name, uint32_t kind) {
  zend_string* resolved = zend_resolve_path(name);
  if (resolved) {
    if (zend_hash_exists(&EG(included_files), resolved)) {
      zend_string_release(resolved);
      return kAlreadyIncluded;
    }
  } else if (EG(exception)) {
    return nullptr;
  } else if (strlen(ZSTR_VAL(name)) != ZSTR_LEN(name)) {  // a NUL byte in the name
    failed_to_open(kind, name);
    return nullptr;
  } else {
    resolved = zend_string_copy(name);
  }
  zend_op_array* result = nullptr;
  zend_file_handle handle;
  zend_stream_init_filename_ex(&handle, resolved);
  if (zend_stream_open(&handle) == SUCCESS) {
    if (!handle.opened_path) handle.opened_path = zend_string_copy(resolved);
    if (zend_hash_add_empty_element(&EG(included_files), handle.opened_path))
      result = zend_compile_file(&handle, kind == ZEND_INCLUDE_ONCE ? ZEND_INCLUDE : ZEND_REQUIRE);
    else
      result = kAlreadyIncluded;
  } else if (!EG(exception)) {
    failed_to_open(kind, name);
  }
  zend_destroy_file_handle(&handle);
  zend_string_release(resolved);
  return result;
}
}  // namespace

zend_op_array* compile_include_or_eval(zval* operand, uint32_t kind) {
  zend_string* tmp = nullptr;
  zend_string* str = zval_try_get_tmp_string(operand, &tmp);
  if (!str) return nullptr;
  zend_op_array* result = nullptr;
  switch (kind) {
    case ZEND_INCLUDE_ONCE:
    case ZEND_REQUIRE_ONCE:
      result = compile_once(str, kind);
      break;
    case ZEND_INCLUDE:
    case ZEND_REQUIRE:
      if (strlen(ZSTR_VAL(str)) != ZSTR_LEN(str)) failed_to_open(kind, str);
      else result = compile_filename(static_cast<int>(kind), str);
      break;
    default: {  // ZEND_EVAL
      char* description = zend_make_compiled_string_description("eval()'d code");
      result = zend_compile_string(str, description, ZEND_COMPILE_POSITION_AFTER_OPEN_TAG);
      efree(description);
      break;
    }
  }
  zend_tmp_string_release(tmp);
  return result;
}

void property_slot_for_write(zval* container, zend_string* name, int type, void** cache, zval* result, uint32_t flags) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) != IS_OBJECT) {
    if (type == BP_VAR_UNSET) {
      ZVAL_NULL(result);
      return;
    }
    zend_throw_error(nullptr, "Attempt to modify property \"%s\" on %s", ZSTR_VAL(name),
                     zend_zval_type_name(container));
    ZVAL_ERROR(result);
    return;
  }
  zend_object* obj = Z_OBJ_P(container);
  zval* slot = obj->handlers->get_property_ptr_ptr(obj, name, type, cache);
  if (!slot) {
    // No direct slot (__get): work on what the handler returns.
    slot = obj->handlers->read_property(obj, name, type, cache, result);
    if (slot == result) {
      if (Z_ISREF_P(slot) && Z_REFCOUNT_P(slot) == 1) ZVAL_UNREF(slot);
      return;
    }
    if (EG(exception)) {
      ZVAL_ERROR(result);
      return;
    }
  } else if (Z_ISERROR_P(slot)) {
    ZVAL_ERROR(result);
    return;
  } else if (flags && !prepare_property_slot(typed_property_for_slot(obj, slot), slot, flags)) {
    ZVAL_ERROR(result);
    return;
  }
  ZVAL_INDIRECT(result, slot);
}

void increment_property(zval* container, zend_string* name, bool inc, bool post, void** cache, zval* result,
                        bool strict) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) != IS_OBJECT) {
    zend_throw_error(nullptr, "Attempt to increment/decrement property \"%s\" on %s", ZSTR_VAL(name),
                     zend_zval_type_name(container));
    if (result) ZVAL_UNDEF(result);
    return;
  }
  zend_object* obj = Z_OBJ_P(container);
  GC_ADDREF(obj);
  zval* slot = obj->handlers->get_property_ptr_ptr(obj, name, BP_VAR_RW, cache);
  if (slot && !Z_ISERROR_P(slot)) {
    // Typed properties (and typed references) keep their type, with PHP's overflow errors.
    incdec_typed(slot, typed_property_for_slot(obj, slot), inc, post, result, strict);
  } else if (!slot) {
    // Magic accessors and readonly properties: read, step, write back. As in php-cli, the value
    // is written back even when stepping it failed ("Cannot increment stdClass"), so that a
    // readonly property reports its own error (the step's is its previous exception).
    zval rv, value;
    zval* read = obj->handlers->read_property(obj, name, BP_VAR_R, cache, &rv);
    if (!EG(exception)) {
      ZVAL_COPY_DEREF(&value, read);
      if (read == &rv) zval_ptr_dtor(&rv);
      if (post && result) ZVAL_COPY(result, &value);
      if (inc) increment_function(&value); else decrement_function(&value);
      if (!post && result) ZVAL_COPY(result, &value);
      obj->handlers->write_property(obj, name, &value, cache);
      zval_ptr_dtor(&value);
    } else if (result) {
      if (post) ZVAL_UNDEF(result);
      else ZVAL_NULL(result);
    }
  } else if (result) {
    ZVAL_NULL(result);
  }
  release_object_nogc(obj);
}

// libphp's iterator over a Generator (its table is not exported): learned from the first foreach
// over a generator, whose class's get_iterator made it.
static const zend_object_iterator_funcs* g_generator_iterator_funcs;

bool fe_reset_object(zval* result, zval* object, bool consumed, bool by_ref) {
  zend_object* obj = Z_OBJ_P(object);
  zend_class_entry* ce = obj->ce;
  if (!ce->get_iterator) {  // a plain object: its visible properties
    HashTable* props = obj->properties;
    if (props) {
      if (GC_REFCOUNT(props) > 1) {  // iterate a private copy
        if (!(GC_FLAGS(props) & IS_ARRAY_IMMUTABLE)) GC_DELREF(props);
        props = obj->properties = zend_array_dup(props);
      }
    } else {
      props = obj->handlers->get_properties(obj);
    }
    ZVAL_OBJ(result, obj);
    if (!consumed) GC_ADDREF(obj);
    if (zend_hash_num_elements(props) == 0) {
      Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
      return true;
    }
    Z_FE_ITER_P(result) = zend_hash_iterator_add(props, 0);
    return false;
  }
  zend_object_iterator* iter = ce->get_iterator(ce, object, by_ref ? 1 : 0);
  if (consumed) zval_ptr_dtor(object);
  if (!iter || EG(exception)) {
    if (iter) OBJ_RELEASE(&iter->std);
    if (!EG(exception))
      zend_throw_exception_ex(nullptr, 0, "Object of type %s did not create an Iterator", ZSTR_VAL(ce->name));
    ZVAL_UNDEF(result);
    Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
    return true;
  }
  iter->index = 0;
  if (iter->funcs->rewind) {
    iter->funcs->rewind(iter);
    if (EG(exception)) {
      OBJ_RELEASE(&iter->std);
      ZVAL_UNDEF(result);
      Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
      return true;
    }
  }
  bool empty = iter->funcs->valid(iter) != SUCCESS;
  if (EG(exception)) {
    OBJ_RELEASE(&iter->std);
    ZVAL_UNDEF(result);
    Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
    return true;
  }
  iter->index = -1;  // advanced to 0 by the first fetch
  if (ce == zend_ce_generator) g_generator_iterator_funcs = iter->funcs;
  ZVAL_OBJ(result, &iter->std);
  Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
  return empty;
}

// A generator that has not run to its first yield runs to it (libphp does this before any read
// of a generator through its iterator).
static zend_always_inline void start_generator(zend_generator* g) {
  if (UNEXPECTED(Z_TYPE(g->value) == IS_UNDEF) && g->execute_data && !g->node.parent) {
    zend_generator_resume(g);
    g->flags |= ZEND_GENERATOR_AT_FIRST_YIELD;
  }
}

// zend_generator_resume for the common case, a generator that delegates to no other and has no
// delegated values, frozen calls or observer: it runs here, without libphp's walk of the
// delegation tree. Every other case is libphp's.
static void resume_generator(zend_generator* g) {
  if (g->node.parent || !g->execute_data || (g->flags & (ZEND_GENERATOR_CURRENTLY_RUNNING | ZEND_GENERATOR_DO_INIT)) ||
      !Z_ISUNDEF(g->values) || g->frozen_call_stack || ZEND_OBSERVER_ENABLED) {
    zend_generator_resume(g);
    return;
  }
  zend_execute_data* caller = EG(current_execute_data);
  uint32_t trace = EG(jit_trace_num);
  zend_execute_data* frame = g->execute_data;
  g->flags &= ~ZEND_GENERATOR_AT_FIRST_YIELD;
  EG(current_execute_data) = frame;
  EG(jit_trace_num) = 0;
  frame->prev_execute_data = caller;  // backtraces show the generator called from here
  g->flags |= ZEND_GENERATOR_CURRENTLY_RUNNING | (EG(active_fiber) ? ZEND_GENERATOR_IN_FIBER : 0);
  zend_execute_ex(frame);
  g->flags &= ~(ZEND_GENERATOR_CURRENTLY_RUNNING | ZEND_GENERATOR_IN_FIBER);
  if (g->execute_data && g->execute_data->call)
    g->frozen_call_stack = zend_generator_freeze_call_stack(g->execute_data);
  EG(current_execute_data) = caller;
  EG(jit_trace_num) = trace;
  if (UNEXPECTED(EG(exception))) {  // thrown out of the generator: it is closed, the caller rethrows
    zend_generator_close(g, false);
    if (!caller) zend_throw_exception_internal(nullptr);
    else if (caller->func && ZEND_USER_CODE(caller->func->common.type)) zend_rethrow_exception(caller);
  }
  // Stopped at a yield from: libphp takes the first value from the new delegate.
  if (g->execute_data && (g->execute_data->opline - 1)->opcode == ZEND_YIELD_FROM) zend_generator_resume(g);
}

// fe_fetch_object's iterator calls (move_forward, valid, get_current_data, get_current_key) as
// libphp's generator iterator makes them, inline.
static int fe_fetch_generator(zend_object_iterator* iter, zval** value, zval* key) {
  auto* g = reinterpret_cast<zend_generator*>(Z_OBJ(iter->data));
  if (++iter->index > 0) {
    start_generator(g);
    resume_generator(g);
    if (EG(exception)) return -1;
    start_generator(g);
    zend_generator_get_current(g);
    if (!g->execute_data) return EG(exception) ? -1 : 0;
  }
  start_generator(g);
  zval* v = &zend_generator_get_current(g)->value;
  if (EG(exception)) return -1;
  if (key) {
    start_generator(g);
    zend_generator* root = zend_generator_get_current(g);
    if (Z_TYPE(root->key) != IS_UNDEF) ZVAL_COPY_DEREF(key, &root->key);
    else ZVAL_NULL(key);
    if (EG(exception)) return -1;
  }
  *value = v;
  return 1;
}

int fe_fetch_object(zval* state, zval** value, zval* key) {
  zend_object_iterator* iter = zend_iterator_unwrap(state);
  if (iter && iter->funcs == g_generator_iterator_funcs) return fe_fetch_generator(iter, value, key);
  if (!iter) {  // the properties of a plain object
    zend_object* obj = Z_OBJ_P(state);
    HashTable* props = obj->handlers->get_properties(obj);
    uint32_t pos = zend_hash_iterator_pos(Z_FE_ITER_P(state), props);
    Bucket* b;
    for (;;) {
      if (pos >= props->nNumUsed) return 0;
      b = &props->arData[pos];
      pos++;
      zval* v = &b->val;
      if (Z_TYPE_P(v) == IS_UNDEF) continue;
      if (Z_TYPE_P(v) == IS_INDIRECT) {
        v = Z_INDIRECT_P(v);
        if (Z_TYPE_P(v) != IS_UNDEF && zend_check_property_access(obj, b->key, false) == SUCCESS) {
          *value = v;
          break;
        }
      } else if (obj->ce->default_properties_count == 0 || !b->key ||
                 zend_check_property_access(obj, b->key, true) == SUCCESS) {
        *value = v;
        break;
      }
    }
    EG(ht_iterators)[Z_FE_ITER_P(state)].pos = pos;
    if (key) {
      if (!b->key) {
        ZVAL_LONG(key, static_cast<zend_long>(b->h));
      } else if (ZSTR_VAL(b->key)[0]) {
        ZVAL_STR_COPY(key, b->key);
      } else {  // a mangled private/protected name
        const char* class_name;
        const char* prop;
        size_t len;
        zend_unmangle_property_name_ex(b->key, &class_name, &prop, &len);
        ZVAL_STRINGL(key, prop, len);
      }
    }
    return 1;
  }
  const zend_object_iterator_funcs* funcs = iter->funcs;
  if (++iter->index > 0) {
    funcs->move_forward(iter);
    if (EG(exception)) return -1;
    if (funcs->valid(iter) != SUCCESS) return EG(exception) ? -1 : 0;
  }
  zval* v = funcs->get_current_data(iter);
  if (EG(exception)) return -1;
  if (!v) return 0;
  if (key) {
    if (funcs->get_current_key) {
      funcs->get_current_key(iter, key);
      if (EG(exception)) return -1;
    } else {
      ZVAL_LONG(key, iter->index);
    }
  }
  *value = v;
  return 1;
}

void attach_generator_frame(zend_generator* generator, zend_execute_data* frame) { generator->execute_data = frame; }

zend_execute_data* generator_frame(zend_generator* generator) { return generator->execute_data; }

void delegate_to_generator(zend_generator* generator, zend_generator* inner) {
  // A root caches its leaf (and the leaf its root); generator stops being a root, so the cache
  // moves to inner when inner is a root without one.
  zend_generator* leaf = generator->node.ptr.leaf;
  if (leaf) {
    leaf->node.ptr.root = nullptr;
    generator->node.ptr.leaf = nullptr;
  }
  if (leaf && !inner->node.parent && !inner->node.ptr.leaf) {
    inner->node.ptr.leaf = leaf;
    leaf->node.ptr.root = inner;
  }
  generator->node.parent = inner;
  zend_generator_node* node = &inner->node;
  if (node->children == 0) {
    node->child.single = generator;
  } else {
    if (node->children == 1) {  // a second waiting generator: children move to a table
      auto* ht = static_cast<HashTable*>(emalloc(sizeof(HashTable)));
      zend_hash_init(ht, 0, nullptr, nullptr, 0);
      zend_hash_index_add_new_ptr(ht, reinterpret_cast<zend_ulong>(node->child.single), node->child.single);
      node->child.ht = ht;
    }
    zend_hash_index_add_new_ptr(node->child.ht, reinterpret_cast<zend_ulong>(generator), generator);
  }
  node->children++;
  generator->flags |= ZEND_GENERATOR_DO_INIT;
}

}  // namespace phpovm
