#include "vm/dim_ops.h"

#include "vm/operand_ops.h"

namespace phpovm {

bool to_array_key(zval* dim, ArrayKey& key, KeyUse use) {
  key.is_string = false;
  key.str = nullptr;
  switch (Z_TYPE_P(dim)) {
    case IS_LONG: key.index = Z_LVAL_P(dim); return true;
    case IS_STRING:
      zend_ulong numeric;
      if (ZEND_HANDLE_NUMERIC_STR(Z_STRVAL_P(dim), Z_STRLEN_P(dim), numeric)) {
        key.index = static_cast<zend_long>(numeric);
        return true;
      }
      key.is_string = true;
      key.str = Z_STR_P(dim);
      return true;
    case IS_UNDEF:
    case IS_NULL:
      key.is_string = true;
      key.str = ZSTR_EMPTY_ALLOC();
      return true;
    case IS_FALSE: key.index = 0; return true;
    case IS_TRUE: key.index = 1; return true;
    case IS_DOUBLE: {
      double d = Z_DVAL_P(dim);
      key.index = zend_dval_to_lval(d);
      if (!zend_is_long_compatible(d, key.index)) zend_incompatible_double_to_long_error(d);
      return !EG(exception);
    }
    case IS_RESOURCE:
      zend_use_resource_as_offset(dim);
      key.index = Z_RES_HANDLE_P(dim);
      return !EG(exception);
    case IS_REFERENCE: return to_array_key(Z_REFVAL_P(dim), key, use);
    default:
      zend_type_error(use == KeyUse::Isset ? "Illegal offset type in isset or empty"
                      : use == KeyUse::Unset ? "Illegal offset type in unset" : "Illegal offset type");
      return false;
  }
}

namespace {

zval* array_slot_for_write(zval* container, zval* dim, bool rw) {
  SEPARATE_ARRAY(container);
  HashTable* ht = Z_ARRVAL_P(container);
  if (!dim) {
    zval* slot = zend_hash_next_index_insert(ht, &EG(uninitialized_zval));
    if (!slot) zend_cannot_add_element();
    return slot;
  }
  ArrayKey key;
  if (!to_array_key(dim, key, KeyUse::Access)) return nullptr;
  zval* slot;
  if (!rw) {
    // A plain write finds or adds the element in one lookup (null when new).
    slot = key.is_string ? zend_hash_lookup(ht, key.str) : zend_hash_index_lookup(ht, key.index);
    if (Z_TYPE_P(slot) == IS_INDIRECT) {
      slot = Z_INDIRECT_P(slot);
      if (Z_TYPE_P(slot) == IS_UNDEF) ZVAL_NULL(slot);
    }
    return slot;
  }
  if (key.is_string) {
    slot = zend_hash_find(ht, key.str);
    if (slot && Z_TYPE_P(slot) == IS_INDIRECT) slot = Z_INDIRECT_P(slot);
    if (!slot || Z_TYPE_P(slot) == IS_UNDEF) {
      if (rw) return zend_undefined_index_write(ht, key.str);
      if (slot) { ZVAL_NULL(slot); return slot; }
      return zend_hash_add_new(ht, key.str, &EG(uninitialized_zval));
    }
    return slot;
  }
  slot = zend_hash_index_find(ht, key.index);
  if (!slot) {
    if (rw) return zend_undefined_offset_write(ht, key.index);
    return zend_hash_index_add_new(ht, key.index, &EG(uninitialized_zval));
  }
  return slot;
}

// An offset of a string being written: PHP's conversion with its warnings and errors.
bool string_write_offset(zval* dim, zend_long& offset) {
  switch (Z_TYPE_P(dim)) {
    case IS_LONG: offset = Z_LVAL_P(dim); return true;
    case IS_STRING: {
      bool trailing = false;
      zend_uchar t = is_numeric_string_ex(Z_STRVAL_P(dim), Z_STRLEN_P(dim), &offset, nullptr, true, nullptr, &trailing);
      if (t == IS_LONG) {
        if (trailing) zend_error(E_WARNING, "Illegal string offset \"%s\"", Z_STRVAL_P(dim));
        return !EG(exception);
      }
      zend_type_error("Cannot access offset of type %s on string", zend_get_type_by_const(IS_STRING));
      return false;
    }
    case IS_UNDEF:
    case IS_NULL:
    case IS_FALSE:
    case IS_TRUE:
    case IS_DOUBLE:
      zend_error(E_WARNING, "String offset cast occurred");
      offset = zval_get_long(dim);
      return !EG(exception);
    case IS_REFERENCE: return string_write_offset(Z_REFVAL_P(dim), offset);
    default:
      zend_type_error("Cannot access offset of type %s on string", zend_zval_type_name(dim));
      return false;
  }
}

void assign_string_offset(zval* str, zval* dim, zval* value, zval* result) {
  zend_long offset;
  if (!string_write_offset(dim, offset)) {
    if (result) ZVAL_NULL(result);
    return;
  }
  zend_long len = static_cast<zend_long>(Z_STRLEN_P(str));
  if (offset < -len) {
    zend_error(E_WARNING, "Illegal string offset " ZEND_LONG_FMT, offset);
    if (result) ZVAL_NULL(result);
    return;
  }
  if (offset < 0) offset += len;
  char c;
  if (Z_TYPE_P(value) != IS_STRING) {
    zend_string* tmp = zval_try_get_string_func(value);
    if (!tmp) {
      if (result) ZVAL_NULL(result);
      return;
    }
    size_t n = ZSTR_LEN(tmp);
    c = n ? ZSTR_VAL(tmp)[0] : 0;
    zend_string_release(tmp);
    if (n != 1) {
      if (n == 0) {
        zend_throw_error(nullptr, "Cannot assign an empty string to a string offset");
        if (result) ZVAL_NULL(result);
        return;
      }
      zend_error(E_WARNING, "Only the first byte will be assigned to the string offset");
    }
  } else {
    size_t n = Z_STRLEN_P(value);
    if (n == 0) {
      zend_throw_error(nullptr, "Cannot assign an empty string to a string offset");
      if (result) ZVAL_NULL(result);
      return;
    }
    c = Z_STRVAL_P(value)[0];
    if (n != 1) zend_error(E_WARNING, "Only the first byte will be assigned to the string offset");
  }
  if (EG(exception)) {
    if (result) ZVAL_NULL(result);
    return;
  }
  if (offset >= len) {
    zend_string* grown = zend_string_extend(Z_STR_P(str), static_cast<size_t>(offset) + 1, 0);
    memset(ZSTR_VAL(grown) + len, ' ', static_cast<size_t>(offset - len));
    ZSTR_VAL(grown)[offset + 1] = 0;
    ZVAL_NEW_STR(str, grown);
  } else if (!Z_REFCOUNTED_P(str) || Z_REFCOUNT_P(str) > 1) {
    // Interned and shared strings are never written in place.
    zend_string* copy = zend_string_init(Z_STRVAL_P(str), Z_STRLEN_P(str), 0);
    zval_ptr_dtor_str(str);
    ZVAL_NEW_STR(str, copy);
  } else {
    zend_string_forget_hash_val(Z_STR_P(str));
  }
  Z_STRVAL_P(str)[offset] = c;
  if (result) ZVAL_CHAR(result, static_cast<unsigned char>(c));
}

// Whether `container`, a reference a typed property holds, refuses to become an array (null or
// false written through as $r[] = v): libphp's error is thrown.
bool typed_reference_refuses_array(const zval* container) {
  return Z_ISREF_P(container) && Z_TYPE_P(Z_REFVAL_P(container)) <= IS_FALSE &&
         ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(container)) && !zend_verify_ref_array_assignable(Z_REF_P(container));
}

// null, undefined and false become an empty array before a write; returns false if container is
// something that cannot become one.
bool vivify(zval* container) {
  if (Z_TYPE_P(container) <= IS_NULL) {
    array_init(container);
    return true;
  }
  if (Z_TYPE_P(container) == IS_FALSE) {
    zend_false_to_array_deprecated();
    if (EG(exception)) return false;
    array_init(container);
    return true;
  }
  return Z_TYPE_P(container) == IS_ARRAY;
}

}  // namespace

zval* dim_slot_for_write(zval* container, zval* dim, bool rw, bool fetch) {
  if (typed_reference_refuses_array(container)) return nullptr;
  if (fetch && Z_ISREF_P(container) && Z_TYPE_P(Z_REFVAL_P(container)) <= IS_FALSE) {
    array_init(Z_REFVAL_P(container));  // as libphp 8.2: no "false to array" deprecation here
    return array_slot_for_write(Z_REFVAL_P(container), dim, rw);
  }
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) == IS_ARRAY || vivify(container)) return array_slot_for_write(container, dim, rw);
  if (EG(exception)) return nullptr;
  if (Z_TYPE_P(container) == IS_STRING) {
    // The offset is checked first (its warnings and TypeError), then libphp words the error from
    // the instruction being run (assign-op, increment, nesting).
    zend_long offset;
    if (!dim) zend_throw_error(nullptr, "[] operator not supported for strings");
    else if (string_write_offset(dim, offset)) zend_wrong_string_offset_error();
    return nullptr;
  }
  if (Z_TYPE_P(container) == IS_OBJECT) {  // compound assignment to an ArrayAccess element
    zend_throw_error(nullptr, "phpovm: compound assignment to elements of ArrayAccess objects is not supported yet");
    return nullptr;
  }
  zend_throw_error(nullptr, "Cannot use a scalar value as an array");
  return nullptr;
}

zval* dim_slot_for_unset(zval* container, zval* dim) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) != IS_ARRAY) {
    // As PHP: false only deprecates (and stays false), null has nothing to unset.
    if (Z_TYPE_P(container) == IS_FALSE) zend_false_to_array_deprecated();
    else if (zend_long offset; Z_TYPE_P(container) == IS_STRING) {
      if (string_write_offset(dim, offset)) zend_wrong_string_offset_error();
    }
    else if (Z_TYPE_P(container) > IS_FALSE && Z_TYPE_P(container) != IS_OBJECT)
      zend_throw_error(nullptr, "Cannot unset offset in a non-array variable");
    return nullptr;
  }
  ArrayKey key;
  // The container of a nested unset ($a[[]][0]): an illegal key is reported as for a read.
  if (!to_array_key(dim, key, KeyUse::Access)) return nullptr;
  SEPARATE_ARRAY(container);
  HashTable* ht = Z_ARRVAL_P(container);
  zval* slot = key.is_string ? zend_hash_find(ht, key.str) : zend_hash_index_find(ht, key.index);
  if (slot && Z_TYPE_P(slot) == IS_INDIRECT) slot = Z_INDIRECT_P(slot);
  return slot;
}

void object_dim_for_write(zval* object, zval* dim, int type, zval* result) {
  zend_object* obj = Z_OBJ_P(object);
  GC_ADDREF(obj);
  zval tmp_dim;
  if (dim) ZVAL_COPY_DEREF(&tmp_dim, dim);
  zval* got = obj->handlers->read_dimension(obj, dim ? &tmp_dim : nullptr, type, result);
  if (got == &EG(uninitialized_zval)) {
    ZVAL_NULL(result);
    zend_error(E_NOTICE, "Indirect modification of overloaded element of %s has no effect", ZSTR_VAL(obj->ce->name));
  } else if (got && Z_TYPE_P(got) != IS_UNDEF) {
    if (!Z_ISREF_P(got)) {
      if (result != got) {
        ZVAL_COPY(result, got);
        got = result;
      }
      if (Z_TYPE_P(got) != IS_OBJECT)
        zend_error(E_NOTICE, "Indirect modification of overloaded element of %s has no effect",
                   ZSTR_VAL(obj->ce->name));
    } else if (Z_REFCOUNT_P(got) == 1) {
      ZVAL_UNREF(got);
    }
    if (result != got) ZVAL_INDIRECT(result, got);
  } else {
    ZVAL_UNDEF(result);
  }
  if (dim) zval_ptr_dtor(&tmp_dim);
  release_object_nogc(obj);
}

void object_dim_assign_op(zval* object, zval* dim, zval* value, binary_op_type op, zval* result) {
  zend_object* obj = Z_OBJ_P(object);
  GC_ADDREF(obj);
  zval tmp_dim, rv, computed;
  if (dim) ZVAL_COPY_DEREF(&tmp_dim, dim);
  zval* current = obj->handlers->read_dimension(obj, dim ? &tmp_dim : nullptr, BP_VAR_R, &rv);
  if (current && !EG(exception)) {
    op(&computed, current, value);
    if (current == &rv) zval_ptr_dtor(&rv);
    if (!EG(exception)) obj->handlers->write_dimension(obj, dim ? &tmp_dim : nullptr, &computed);
    if (result) ZVAL_COPY(result, &computed);
    zval_ptr_dtor(&computed);
  } else {
    if (!current && !EG(exception)) zend_throw_error(nullptr, "Cannot use object as array");
    if (result) ZVAL_NULL(result);
  }
  if (dim) zval_ptr_dtor(&tmp_dim);
  release_object_nogc(obj);
}

void assign_dim(zval* container, zval* dim, zval* value, zend_uchar value_kind, zval* result) {
  // A temporary value is the caller's to give: only an array element takes it over; every other
  // way out (an object's or a string's own copy, an error) releases it.
  auto release_temporary = [&] {
    if (value_kind == IS_TMP_VAR) zval_ptr_dtor_nogc(value);
  };
  if (typed_reference_refuses_array(container)) {
    if (result) ZVAL_NULL(result);
    release_temporary();
    return;
  }
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) == IS_STRING) {
    if (!dim) {
      zend_throw_error(nullptr, "[] operator not supported for strings");
      if (result) ZVAL_NULL(result);
      release_temporary();
      return;
    }
    assign_string_offset(container, dim, value, result);
    release_temporary();
    return;
  }
  if (Z_TYPE_P(container) == IS_OBJECT) {
    zend_object* obj = Z_OBJ_P(container);
    GC_ADDREF(obj);
    zval tmp_dim;
    if (dim) ZVAL_COPY_DEREF(&tmp_dim, dim); else ZVAL_UNDEF(&tmp_dim);
    obj->handlers->write_dimension(obj, dim ? &tmp_dim : nullptr, value);
    zval_ptr_dtor(&tmp_dim);
    if (result && !EG(exception)) ZVAL_COPY_DEREF(result, value);
    else if (result) ZVAL_NULL(result);
    release_temporary();
    release_object_nogc(obj);
    return;
  }
  zval* slot = dim_slot_for_write(container, dim, false);
  if (!slot) {
    if (result) ZVAL_NULL(result);
    release_temporary();
    return;
  }
  zval* assigned = zend_assign_to_variable(
      slot, value, value_kind,
      (EG(current_execute_data) && (EG(current_execute_data)->func->common.fn_flags & ZEND_ACC_STRICT_TYPES)));
  if (result) ZVAL_COPY(result, assigned);
}

void unset_dim(zval* container, zval* dim) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) == IS_ARRAY) {
    ArrayKey key;
    if (!to_array_key(dim, key, KeyUse::Unset)) return;
    SEPARATE_ARRAY(container);
    HashTable* ht = Z_ARRVAL_P(container);
    if (key.is_string) {
      if (ht == &EG(symbol_table)) zend_delete_global_variable(key.str);
      else zend_hash_del(ht, key.str);
    } else {
      zend_hash_index_del(ht, key.index);
    }
    return;
  }
  if (Z_TYPE_P(container) == IS_OBJECT) {
    zend_object* obj = Z_OBJ_P(container);
    GC_ADDREF(obj);
    zval tmp_dim;
    ZVAL_COPY_DEREF(&tmp_dim, dim);
    obj->handlers->unset_dimension(obj, &tmp_dim);
    zval_ptr_dtor(&tmp_dim);
    release_object_nogc(obj);
    return;
  }
  if (Z_TYPE_P(container) == IS_STRING) {
    zend_throw_error(nullptr, "Cannot unset string offsets");
    return;
  }
  if (Z_TYPE_P(container) > IS_FALSE) {
    zend_throw_error(nullptr, "Cannot unset offset in a non-array variable");
    return;
  }
  if (Z_TYPE_P(container) == IS_FALSE) zend_false_to_array_deprecated();
}

bool isset_dim(zval* container, zval* dim, bool empty) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(dim) == IS_REFERENCE) dim = Z_REFVAL_P(dim);
  if (Z_TYPE_P(container) == IS_ARRAY) {
    ArrayKey key;
    if (!to_array_key(dim, key, KeyUse::Isset)) return empty;
    HashTable* ht = Z_ARRVAL_P(container);
    zval* v = key.is_string ? zend_hash_find(ht, key.str) : zend_hash_index_find(ht, key.index);
    if (v && Z_TYPE_P(v) == IS_INDIRECT) v = Z_INDIRECT_P(v);
    if (!v) return empty;
    return empty ? !i_zend_is_true(v)
                 : (Z_TYPE_P(v) > IS_NULL && !(Z_TYPE_P(v) == IS_REFERENCE && Z_TYPE_P(Z_REFVAL_P(v)) == IS_NULL));
  }
  if (Z_TYPE_P(container) == IS_OBJECT) {
    return Z_OBJ_HT_P(container)->has_dimension(Z_OBJ_P(container), const_cast<zval*>(dim), empty) ? !empty : empty;
  }
  if (Z_TYPE_P(container) == IS_STRING) {
    zend_long offset;
    if (Z_TYPE_P(dim) == IS_LONG) {
      offset = Z_LVAL_P(dim);
    } else if (Z_TYPE_P(dim) < IS_STRING ||
               (Z_TYPE_P(dim) == IS_STRING &&
                is_numeric_string(Z_STRVAL_P(dim), Z_STRLEN_P(dim), &offset, nullptr, false) == IS_LONG)) {
      offset = zval_get_long_ex(dim, true);
    } else {
      return empty;
    }
    zend_long len = static_cast<zend_long>(Z_STRLEN_P(container));
    if (offset < 0) offset += len;
    if (offset < 0 || offset >= len) return empty;
    return empty ? Z_STRVAL_P(container)[offset] == '0' : true;
  }
  return empty;
}

}  // namespace phpovm
