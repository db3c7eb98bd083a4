// Array and string offsets: PHP's key conversion and the write/unset/isset paths of $a[$k].
// Reads use libphp's zend_fetch_dimension_const.
#pragma once
#include "vm/zend_headers.h"

namespace phpovm {

// Why a key is being converted: decides the TypeError text for an illegal offset type.
enum class KeyUse { Access, Isset, Unset };

struct ArrayKey {
  bool is_string;
  zend_long index;
  zend_string* str;  // borrowed
};

// Converts dim to an array key (numeric strings to ints, floats with their deprecation, null to "",
// bools to ints, resources with their warning). Returns false with a TypeError thrown when illegal.
bool to_array_key(zval* dim, ArrayKey& key, KeyUse use);

// The slot of container[dim] for writing (dim null: append), auto-vivifying null/undefined and
// false (with its deprecation) into arrays. rw: warn about an undefined key, as `$a[k] .= x` does.
// Returns nullptr after throwing (or on an error that leaves nothing to write).
// fetch: for FETCH_DIM_W/RW (a nested write's container), where php 8.2 turns false held by a
// reference into an array without its deprecation.
zval* dim_slot_for_write(zval* container, zval* dim, bool rw, bool fetch = false);

// The existing slot of container[dim] for a nested unset (separated, never created), or null.
zval* dim_slot_for_unset(zval* container, zval* dim);

// The element object[dim] of an ArrayAccess object for a nested write (W/RW/UNSET): result is
// an INDIRECT to it, the value itself, or an error marker, with PHP's "Indirect modification"
// notices.
void object_dim_for_write(zval* object, zval* dim, int type, zval* result);

// object[dim] <op>= value for an ArrayAccess object; result (may be null) gets the new value.
void object_dim_assign_op(zval* object, zval* dim, zval* value, binary_op_type op, zval* result);

// $container[$dim] = $value; for strings, objects and everything else, with PHP's errors.
// Stores a copy of the assigned value in result when result is not null.
void assign_dim(zval* container, zval* dim, zval* value, zend_uchar value_kind, zval* result);

// unset($container[$dim]).
void unset_dim(zval* container, zval* dim);

// isset($container[$dim]) (empty == false) or empty($container[$dim]) (empty == true).
bool isset_dim(zval* container, zval* dim, bool empty);

}  // namespace phpovm
