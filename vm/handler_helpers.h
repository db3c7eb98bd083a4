// Inline operations the interpreter's handlers share: on values (arithmetic by opcode,
// comparison, stepping), on calls and frames. Read by vm/interpreter.cpp only, inside namespace
// phpovm, after vm/dispatch.h.
#pragma once

// The operation `zop` (ZEND_ADD, ZEND_SUB, ZEND_MUL) on two integers, overflowing to a float.
static zend_always_inline void long_arithmetic(zend_uchar zop, zval* result, zval* a, zval* b) {
  if (zop == ZEND_ADD) {
    fast_long_add_function(result, a, b);
  } else if (zop == ZEND_SUB) {
    fast_long_sub_function(result, a, b);
  } else {
    zend_long overflow;
    ZEND_SIGNED_MULTIPLY_LONG(Z_LVAL_P(a), Z_LVAL_P(b), Z_LVAL_P(result), Z_DVAL_P(result), overflow);
    Z_TYPE_INFO_P(result) = overflow ? IS_DOUBLE : IS_LONG;
  }
}
// The operation `zop` (ZEND_ADD, ZEND_SUB, ZEND_MUL, ZEND_DIV by a non-zero) on two floats.
static zend_always_inline double float_arithmetic(zend_uchar zop, double x, double y) {
  switch (zop) {
    case ZEND_ADD: return x + y;
    case ZEND_SUB: return x - y;
    case ZEND_MUL: return x * y;
    default: return x / y;
  }
}
// Whether the integer operation `zop` (ZEND_MOD, ZEND_SL, ZEND_SR, ZEND_BW_*) is defined for a
// right operand y without libphp: % by 0 or -1 and shifts by a negative count or past the width
// are libphp's (errors, or results it defines).
static zend_always_inline bool long_operation_defined(zend_uchar zop, zend_long y) {
  switch (zop) {
    case ZEND_MOD: return y != 0 && y != -1;
    case ZEND_SL:
    case ZEND_SR: return static_cast<zend_ulong>(y) < SIZEOF_ZEND_LONG * 8;
    default: return true;
  }
}
static zend_always_inline zend_long long_operation(zend_uchar zop, zend_long x, zend_long y) {
  switch (zop) {
    case ZEND_MOD: return x % y;
    case ZEND_SL: return static_cast<zend_long>(static_cast<zend_ulong>(x) << y);
    case ZEND_SR: return x >> y;
    case ZEND_BW_OR: return x | y;
    case ZEND_BW_AND: return x & y;
    default: return x ^ y;
  }
}
// var = x `zop` y in place where the operation is defined without libphp (long_operation_defined).
static zend_always_inline bool long_operation_in_place(zend_uchar zop, zval* var, zend_long x, zend_long y) {
  if (!long_operation_defined(zop, y)) return false;
  Z_LVAL_P(var) = long_operation(zop, x, y);
  return true;
}
// libphp's function for the binary operation `zop` (get_binary_op's answer, but folded where zop
// is a copy's constant).
static zend_always_inline binary_op_type binary_function(zend_uchar zop) {
  switch (zop) {
    case ZEND_ADD: return add_function;
    case ZEND_SUB: return sub_function;
    case ZEND_MUL: return mul_function;
    case ZEND_DIV: return div_function;
    case ZEND_MOD: return mod_function;
    case ZEND_SL: return shift_left_function;
    case ZEND_SR: return shift_right_function;
    case ZEND_BW_OR: return bitwise_or_function;
    case ZEND_BW_AND: return bitwise_and_function;
    default: return bitwise_xor_function;
  }
}
// The comparison `zop` (ZEND_IS_EQUAL, ZEND_IS_NOT_EQUAL, ZEND_IS_SMALLER,
// ZEND_IS_SMALLER_OR_EQUAL, ZEND_IS_IDENTICAL, ZEND_IS_NOT_IDENTICAL) of two numbers of one type.
template <typename T>
static zend_always_inline bool comparison_holds(zend_uchar zop, T x, T y) {
  switch (zop) {
    case ZEND_IS_EQUAL:
    case ZEND_IS_IDENTICAL: return x == y;
    case ZEND_IS_NOT_EQUAL:
    case ZEND_IS_NOT_IDENTICAL: return x != y;
    case ZEND_IS_SMALLER: return x < y;
    default: return x <= y;
  }
}
// a `op` b (ADD, SUB, MUL, DIV) for an int and a float, in either order, into result: the int
// made a float, as libphp does. False for other types and for a division by zero (libphp's).
[[gnu::noinline]] static bool int_float_arithmetic(zend_uchar op, zval* result, const zval* a, const zval* b) {
  double x, y;
  if (Z_TYPE_P(a) == IS_LONG && Z_TYPE_P(b) == IS_DOUBLE) {
    x = static_cast<double>(Z_LVAL_P(a));
    y = Z_DVAL_P(b);
  } else if (Z_TYPE_P(a) == IS_DOUBLE && Z_TYPE_P(b) == IS_LONG) {
    x = Z_DVAL_P(a);
    y = static_cast<double>(Z_LVAL_P(b));
  } else {
    return false;
  }
  switch (op) {
    case ZEND_ADD: ZVAL_DOUBLE(result, x + y); return true;
    case ZEND_SUB: ZVAL_DOUBLE(result, x - y); return true;
    case ZEND_MUL: ZVAL_DOUBLE(result, x * y); return true;
    default:
      if (y == 0) return false;
      ZVAL_DOUBLE(result, x / y);
      return true;
  }
}
// The parts rope[0..last] joined into a new string, each released.
static zend_always_inline zend_string* join_rope(zend_string** rope, uint32_t last) {
  size_t len = 0;
  for (uint32_t i = 0; i <= last; i++) len += ZSTR_LEN(rope[i]);
  zend_string* s = zend_string_alloc(len, 0);
  char* p = ZSTR_VAL(s);
  for (uint32_t i = 0; i <= last; i++) {
    memcpy(p, ZSTR_VAL(rope[i]), ZSTR_LEN(rope[i]));
    p += ZSTR_LEN(rope[i]);
    zend_string_release_ex(rope[i], 0);
  }
  *p = 0;
  return s;
}
// The entry of a SWITCH_*/MATCH jump table for the subject v (an int or a string key), or null.
static zend_always_inline zval* jump_table_find(HashTable* table, const zval* v) {
  if (Z_TYPE_P(v) == IS_LONG) return zend_hash_index_find(table, Z_LVAL_P(v));
  if (Z_TYPE_P(v) == IS_STRING) return zend_hash_find(table, Z_STR_P(v));
  return nullptr;
}
// ++ or -- of the integer v in place; `result` gets the old value (post) or, if write_new, the new.
static zend_always_inline void step_long(zval* v, bool inc, bool post, bool write_new, zval* result) {
  if (post) ZVAL_LONG(result, Z_LVAL_P(v));
  if (inc) fast_long_increment_function(v);
  else fast_long_decrement_function(v);
  if (write_new) ZVAL_COPY_VALUE(result, v);
}

static zend_always_inline bool arg_by_ref(zend_execute_data* call, uint32_t arg_num) {
  return ARG_SHOULD_BE_SENT_BY_REF(call->func, arg_num);
}

// Sends a variable by reference: the CV or slot becomes a reference shared with the argument.
static zend_always_inline void send_ref(zval* arg, zval* var) {
  if (Z_ISREF_P(var)) {
    Z_ADDREF_P(var);
  } else {
    if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
    ZVAL_MAKE_REF_EX(var, 2);
  }
  ZVAL_REF(arg, Z_REF_P(var));
}

static zend_function* lookup_function(zval* lcname) {
  return static_cast<zend_function*>(zend_hash_find_ptr(EG(function_table), Z_STR_P(lcname)));
}

// Timeouts, Debian's delayed out-of-memory errors and zend_interrupt_function, served with
// EX(opline) saved. May bail out (fatal errors) or leave an exception.
static void service_interrupt(zend_execute_data* ex) {
  zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
  if (zend_atomic_bool_load_ex(&EG(timed_out))) zend_timeout();
#ifdef ZEND_HAS_OOM
  if (ZEND_HAS_OOM()) {
    zend_handle_delayed_oom();
    return;
  }
#endif
  if (zend_interrupt_function) zend_interrupt_function(ex);
}

// Starts a call to a resolved callable (a method, a closure or a function), holding its object.
static zend_execute_data* push_callable_frame(const zend_fcall_info_cache& fcc, uint32_t num_args) {
  uint32_t info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_DYNAMIC;
  void* object_or_called_scope = fcc.called_scope;
  if (fcc.object) {
    object_or_called_scope = fcc.object;
    info |= ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS;
    GC_ADDREF(fcc.object);
  }
  if (fcc.function_handler->common.fn_flags & ZEND_ACC_CLOSURE) {
    info |= ZEND_CALL_CLOSURE;
    GC_ADDREF(ZEND_CLOSURE_OBJECT(fcc.function_handler));
  }
  return zend_vm_stack_push_call_frame(info, fcc.function_handler, num_args, object_or_called_scope);
}

// A finally block left early (by return, break or an exception): drop the return value that
// the FAST_CALL which entered it was carrying.
static void discard_pending_return(zend_execute_data* ex, zval* fast_call) {
  uint32_t from = Z_OPLINE_NUM_P(fast_call);
  if (from == static_cast<uint32_t>(-1)) return;
  const zend_op* call = &ex->func->op_array.opcodes[from];
  if (call->op2_type & (IS_TMP_VAR | IS_VAR)) zval_ptr_dtor(EX_VAR(call->op2.var));
}

// For a FREE/FE_FREE run by return/break (ZEND_FREE_ON_RETURN) that threw: frees the value the
// pending RETURN holds and gives the end of the loop's live range, where the throw counts.
static uint32_t loop_end_for_free_on_return(zend_execute_data* ex, uint32_t op_num) {
  const zend_op_array* oa = &ex->func->op_array;
  const zend_op* op = &oa->opcodes[op_num];
  const zend_live_range* range = nullptr;
  for (int i = 0; i < oa->last_live_range; i++) {
    const zend_live_range& r = oa->live_range[i];
    if (op_num >= r.start && op_num < r.end && (r.var & ~ZEND_LIVE_MASK) == op->op1.var) {
      range = &r;
      break;
    }
  }
  if (!range) return op_num;
  for (uint32_t i = op_num; i < range->end; i++) {
    const zend_op* o = &oa->opcodes[i];
    if (o->opcode == ZEND_FREE || o->opcode == ZEND_FE_FREE) continue;
    if (o->opcode == ZEND_RETURN && (o->op1_type & (IS_VAR | IS_TMP_VAR))) zval_ptr_dtor(EX_VAR(o->op1.var));
    break;
  }
  return range->end;
}

// ce::name() as a static call: the method, or null after throwing PHP's error for an unknown
// or non-static method. `lcname` is the compiler's lowercased literal, when there is one.
static zend_function* find_static_method(zend_class_entry* ce, zend_string* name, const zval* lcname) {
  zend_function* fbc =
      ce->get_static_method ? ce->get_static_method(ce, name) : zend_std_get_static_method(ce, name, lcname);
  if (!fbc) {
    if (!EG(exception))
      zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), ZSTR_VAL(name));
    return nullptr;
  }
  if (!(fbc->common.fn_flags & ZEND_ACC_STATIC)) {
    zend_throw_error(nullptr, "Non-static method %s::%s() cannot be called statically",
                     ZSTR_VAL(fbc->common.scope->name), ZSTR_VAL(fbc->common.function_name));
    return nullptr;
  }
  return fbc;
}

// $f(...): the frame of a call to a string, array or object callable, with PHP's errors for
// each kind of bad callable; null after throwing.
static zend_execute_data* dynamic_call_frame(zval* callable, uint32_t num_args) {
  uint32_t info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_DYNAMIC;
  if (Z_TYPE_P(callable) == IS_STRING) {
    const char* name = Z_STRVAL_P(callable);
    size_t len = Z_STRLEN_P(callable);
    const char* colon = static_cast<const char*>(memchr(name, ':', len));
    if (colon && colon + 1 < name + len && colon[1] == ':') {  // "Class::method"
      zend_string* cname = zend_string_init(name, colon - name, 0);
      zend_string* mname = zend_string_init(colon + 2, len - (colon - name) - 2, 0);
      zend_class_entry* ce =
          zend_fetch_class_by_name(cname, nullptr, ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
      zend_function* fbc = ce ? find_static_method(ce, mname, nullptr) : nullptr;
      zend_string_release(cname);
      zend_string_release(mname);
      return fbc ? zend_vm_stack_push_call_frame(info, fbc, num_args, ce) : nullptr;
    }
    zend_string* lc;
    if (len && name[0] == '\\') {
      lc = zend_string_alloc(len - 1, 0);
      zend_str_tolower_copy(ZSTR_VAL(lc), name + 1, len - 1);
    } else {
      lc = zend_string_tolower(Z_STR_P(callable));  // the string itself when already lower case
    }
    auto* fbc = static_cast<zend_function*>(zend_hash_find_ptr(EG(function_table), lc));
    zend_string_release(lc);
    if (!fbc) {
      zend_throw_error(nullptr, "Call to undefined function %s()", Z_STRVAL_P(callable));
      return nullptr;
    }
    return zend_vm_stack_push_call_frame(info, fbc, num_args, nullptr);
  }
  if (Z_TYPE_P(callable) == IS_ARRAY) {  // [object or class, method]
    if (zend_hash_num_elements(Z_ARRVAL_P(callable)) != 2) {
      zend_throw_error(nullptr, "Array callback must have exactly two elements");
      return nullptr;
    }
    zval* target = zend_hash_index_find(Z_ARRVAL_P(callable), 0);
    zval* method = zend_hash_index_find(Z_ARRVAL_P(callable), 1);
    if (!target || !method) {
      zend_throw_error(nullptr, "Array callback has to contain indices 0 and 1");
      return nullptr;
    }
    ZVAL_DEREF(target);
    ZVAL_DEREF(method);
    if (Z_TYPE_P(target) != IS_STRING && Z_TYPE_P(target) != IS_OBJECT) {
      zend_throw_error(nullptr, "First array member is not a valid class name or object");
      return nullptr;
    }
    if (Z_TYPE_P(method) != IS_STRING) {
      zend_throw_error(nullptr, "Second array member is not a valid method");
      return nullptr;
    }
    if (Z_TYPE_P(target) == IS_STRING) {
      zend_class_entry* ce =
          zend_fetch_class_by_name(Z_STR_P(target), nullptr, ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
      if (!ce) return nullptr;
      zend_function* fbc = find_static_method(ce, Z_STR_P(method), nullptr);
      return fbc ? zend_vm_stack_push_call_frame(info, fbc, num_args, ce) : nullptr;
    }
    zend_object* obj = Z_OBJ_P(target);
    zend_function* fbc = obj->handlers->get_method(&obj, Z_STR_P(method), nullptr);
    if (!fbc) {
      if (!EG(exception))
        zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name), Z_STRVAL_P(method));
      return nullptr;
    }
    if (fbc->common.fn_flags & ZEND_ACC_STATIC) return zend_vm_stack_push_call_frame(info, fbc, num_args, obj->ce);
    GC_ADDREF(obj);
    return zend_vm_stack_push_call_frame(info | ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS, fbc, num_args, obj);
  }
  if (Z_TYPE_P(callable) == IS_OBJECT) {
    zend_class_entry* called_scope;
    zend_function* fbc;
    zend_object* object;
    zend_object* obj = Z_OBJ_P(callable);
    if (obj->handlers->get_closure && obj->handlers->get_closure(obj, &called_scope, &fbc, &object, 0) == SUCCESS) {
      void* this_or_scope = called_scope;
      if (fbc->common.fn_flags & ZEND_ACC_CLOSURE) {
        // The closure is held until the call ends (it holds its $this).
        info |= ZEND_CALL_CLOSURE;
        GC_ADDREF(ZEND_CLOSURE_OBJECT(fbc));
        if (fbc->common.fn_flags & ZEND_ACC_FAKE_CLOSURE) info |= ZEND_CALL_FAKE_CLOSURE;
        if (object) {
          info |= ZEND_CALL_HAS_THIS;
          this_or_scope = object;
        }
      } else if (object) {
        // An object with __invoke: the call holds it, as the arguments may release the variable.
        info |= ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS;
        GC_ADDREF(object);
        this_or_scope = object;
      }
      return zend_vm_stack_push_call_frame(info, fbc, num_args, this_or_scope);
    }
    if (!EG(exception)) zend_throw_error(nullptr, "Object of type %s is not callable", ZSTR_VAL(obj->ce->name));
    return nullptr;
  }
  if (!EG(exception))  // an undefined variable's warning, made an exception by the error handler, comes first
    zend_throw_error(nullptr, "Value of type %s is not callable", zend_zval_type_name(callable));
  return nullptr;
}

// The property name operand (op2) as a string; *tmp holds a converted copy to release. Null
// after throwing (a name that does not convert).
static zend_string* property_name(zend_execute_data* ex, const zend_op* ip, zend_string** tmp) {
  *tmp = nullptr;
  if (ip->op2_type == IS_CONST) return Z_STR_P(CONSTV(ip->op2));
  zval* name = read_op(ex, ip, ip->op2_type, ip->op2);
  if (Z_TYPE_P(name) == IS_STRING) return Z_STR_P(name);
  return zval_try_get_tmp_string(name, tmp);
}

// The property cache slots at offset: only for a constant property name.
static void** property_cache(zend_execute_data* ex, const zend_op* ip, uint32_t offset) {
  return ip->op2_type == IS_CONST ? CACHE_SLOT_AT(offset) : nullptr;
}

// yield in a function &gen(): the generator's value is a reference to the operand.
static void yield_by_reference(zend_execute_data* ex, const zend_op* ip, zend_generator* generator) {
  if (ip->op1_type & (IS_CONST | IS_TMP_VAR)) {
    zend_error(E_NOTICE, "Only variable references should be yielded by reference");
    zval* v = ip->op1_type == IS_CONST ? RT_CONSTANT(ip, ip->op1) : EXV(ip->op1);
    ZVAL_COPY_VALUE(&generator->value, v);
    if (ip->op1_type == IS_CONST) Z_TRY_ADDREF(generator->value);
    return;
  }
  zval* var = EXV(ip->op1);
  if (ip->op1_type == IS_VAR && Z_TYPE_P(var) == IS_INDIRECT) var = Z_INDIRECT_P(var);
  else if (ip->op1_type == IS_VAR && ip->extended_value == ZEND_RETURNS_FUNCTION && !Z_ISREF_P(var)) {
    zend_error(E_NOTICE, "Only variable references should be yielded by reference");
    ZVAL_COPY(&generator->value, var);
    zval_ptr_dtor_nogc(EXV(ip->op1));
    return;
  }
  if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
  ZVAL_MAKE_REF(var);
  ZVAL_COPY(&generator->value, var);
  if (ip->op1_type == IS_VAR && Z_TYPE_P(EXV(ip->op1)) != IS_INDIRECT) zval_ptr_dtor_nogc(EXV(ip->op1));
}

// Every frame libphp hands phpovm starts here, linking the function's code on its first entry.
static zend_always_inline void enter_frame(zend_execute_data* ex) {
  zend_op_array* oa = &ex->func->op_array;
  if (UNEXPECTED(oa->opcodes[0].handler == g_link_on_entry)) complete_function(vm_function(ex->func), ex);
  ex->run_time_cache = runtime_cache_for(oa);
}

// A call phpovm starts to a user function: the frame as libphp's own set-up leaves it (extra
// arguments are moved by libphp; with no typed parameters, RECVs of passed arguments are skipped).
static zend_always_inline void init_user_frame(zend_execute_data* call, zend_op_array* oa, zval* ret) {
  uint32_t num_args = ZEND_CALL_NUM_ARGS(call);
  if (UNEXPECTED(num_args > oa->num_args)) {
    zend_init_func_execute_data(call, oa, ret);
    return;
  }
  const zend_op* start = oa->opcodes;
  if (EXPECTED(!(oa->fn_flags & ZEND_ACC_HAS_TYPE_HINTS))) start += num_args;
  call->opline = start;
  call->call = nullptr;
  call->return_value = ret;
  uint32_t last_var = oa->last_var;
  if (num_args < last_var) {
    zval* cv = ZEND_CALL_VAR_NUM(call, num_args);
    zval* end = ZEND_CALL_VAR_NUM(call, last_var);
    do Z_TYPE_INFO_P(cv) = IS_UNDEF;
    while (++cv < end);
  }
  EG(current_execute_data) = call;
}

// A parameter's value that failed the plain type check: coerced (or rejected: false) as libphp
// does, with an integer for a float parameter widened here (PHP widens it in strict mode too).
// A by-reference parameter is checked (and coerced) through its reference: libphp takes the
// value and the reference apart.
static zend_always_inline bool coerce_arg(zend_arg_info* info, zval* param, void** cache) {
  if (Z_TYPE_P(param) == IS_LONG && (ZEND_TYPE_FULL_MASK(info->type) & MAY_BE_DOUBLE)) {
    ZVAL_DOUBLE(param, static_cast<double>(Z_LVAL_P(param)));
    return true;
  }
  if (Z_ISREF_P(param)) return zend_check_user_type_slow(&info->type, Z_REFVAL_P(param), Z_REF_P(param), cache, false);
  return zend_check_user_type_slow(&info->type, param, nullptr, cache, false);
}

// init_user_frame() and the request's cache for a call phpovm starts (the cache is read before the
// frame is written, so that it is not read again). Code not yet linked is linked by the first
// instruction the frame runs (link_on_entry).
static zend_always_inline void enter_user_call(zend_execute_data* call, zend_op_array* oa, zval* ret) {
  auto* cache = static_cast<void**>(ZEND_MAP_PTR_GET(oa->run_time_cache));
  init_user_frame(call, oa, ret);
  call->run_time_cache = EXPECTED(cache != nullptr) ? cache : new_runtime_cache(oa);
}

// var op= value for +, -, * of two integers or two floats, in place; false for anything else.
static zend_always_inline bool fast_assign_op(uint32_t opcode, zval* var, const zval* value) {
  if (Z_TYPE_P(var) == IS_DOUBLE && Z_TYPE_P(value) == IS_DOUBLE) {
    double x = Z_DVAL_P(var), y = Z_DVAL_P(value);
    switch (opcode) {
      case ZEND_ADD: Z_DVAL_P(var) = x + y; return true;
      case ZEND_SUB: Z_DVAL_P(var) = x - y; return true;
      case ZEND_MUL: Z_DVAL_P(var) = x * y; return true;
      default: return false;
    }
  }
  if (Z_TYPE_P(var) == IS_LONG && Z_TYPE_P(value) == IS_LONG) {
    zend_long x = Z_LVAL_P(var), y = Z_LVAL_P(value);
    switch (opcode) {
      case ZEND_ADD: fast_long_add_function(var, var, const_cast<zval*>(value)); return true;
      case ZEND_SUB: fast_long_sub_function(var, var, const_cast<zval*>(value)); return true;
      case ZEND_BW_OR: return long_operation_in_place(ZEND_BW_OR, var, x, y);
      case ZEND_BW_AND: return long_operation_in_place(ZEND_BW_AND, var, x, y);
      case ZEND_BW_XOR: return long_operation_in_place(ZEND_BW_XOR, var, x, y);
      case ZEND_SL: return long_operation_in_place(ZEND_SL, var, x, y);
      case ZEND_SR: return long_operation_in_place(ZEND_SR, var, x, y);
      case ZEND_MOD: return long_operation_in_place(ZEND_MOD, var, x, y);
      default: return false;
    }
  }
  return false;
}

// Releases a frame's compiled variables (zend_free_compiled_variables, inline).
static zend_always_inline void free_cvs(zend_execute_data* ex) {
  uint32_t n = ex->func->op_array.last_var;
  if (n == 0) return;
  zval* cv = ZEND_CALL_VAR_NUM(ex, 0);
  zval* end = cv + n;
  do i_zval_ptr_dtor(cv);
  while (++cv < end);
}

// After a write fetch from a VAR container that held its value itself (a reference or a copy
// that ArrayAccess or __get gave, not an INDIRECT to a variable): the container is released, and
// if that was its last use the fetched element is copied out of it first, as libphp does.
inline void release_var_container(zval* var, zval* result) {
  if (!Z_REFCOUNTED_P(var)) return;
  zend_refcounted* counted = Z_COUNTED_P(var);
  if (GC_DELREF(counted)) return;
  if (Z_TYPE_P(result) == IS_INDIRECT) ZVAL_COPY(result, Z_INDIRECT_P(result));
  rc_dtor_func(counted);
}

// An undefined variable as the offset of a write warns before the write, and the warning's
// handler may change the container variable: an object container is held across it (the write
// goes to that object), as libphp holds it. Returns the container to use; held is released by the
// caller (zval_ptr_dtor), and stays undefined when nothing was held.
inline zval* hold_object_container(zval* container, zval* held) {
  zval* c = container;
  ZVAL_DEREF(c);
  if (Z_TYPE_P(c) != IS_OBJECT) return container;
  ZVAL_COPY(held, c);
  return held;
}
