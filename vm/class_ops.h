// Operations on classes shared by the class-related handlers: static properties with their types,
// static method calls, class names.
#pragma once
#include "vm/zend_headers.h"

namespace phpovm {

// The class a *_STATIC_PROP instruction's op2 names (a name, self/parent/static, or a class in a
// VAR), looked up; null after throwing.
zend_class_entry* static_prop_class(zend_execute_data* ex, const zend_op* ip);
// The static property addressed by a *_STATIC_PROP instruction (op1 its name, op2 its class), for
// access type BP_VAR_R/W/RW/IS/UNSET, through the three-slot cache at cache_slot; null after
// throwing (or, for BP_VAR_IS, when there is none). *info receives its property info.
zval* static_prop(zend_execute_data* ex, const zend_op* ip, void** cache_slot, int type, zend_property_info** info);

// The typed property a property slot of obj belongs to, or null (untyped, or a dynamic property).
zend_property_info* typed_property_for_slot(zend_object* obj, zval* slot);

// A property slot about to be used by reference (flags ZEND_FETCH_REF) or as an array to write
// into (ZEND_FETCH_DIM_WRITE): a typed property's slot becomes a reference that keeps its type,
// with PHP's errors for readonly and uninitialised properties. False after throwing.
bool prepare_property_slot(zend_property_info* info, zval* slot, uint32_t flags);

// slot = value (a value the caller owns), checked against the property's type; returns the
// variable assigned, or null after a TypeError (value released).
zval* assign_typed(zval* slot, zend_property_info* info, zval* value, bool strict);

// slot op= value, checked against the property's (or typed reference's) type.
void assign_op_typed(zval* slot, zend_property_info* info, zval* value, uint8_t opcode, bool strict);

// ++/-- on a property slot, with typed properties' overflow errors; result (may be null) gets the
// old (post) or new value.
void incdec_typed(zval* slot, zend_property_info* info, bool inc, bool post, zval* result, bool strict);

// The function an INIT_STATIC_METHOD_CALL starts, with PHP's errors; *called receives the class
// or object the call gets as This and *info its call flags. Null after throwing.
zend_function* static_method_for_call(zend_execute_data* ex, const zend_op* ip, zend_class_entry* ce, zval* method,
                                      void** cache, void** called, uint32_t* info);

// ce::name seen from scope: the constant's value (its expression evaluated on first use, and a
// backed enum's cases all evaluated first), or null after PHP's error.
zval* class_constant(zend_class_entry* ce, zend_string* name, zend_class_entry* scope);

// ::class of self/parent/static (fetch_type) in the current frame; null after throwing.
zend_string* scope_class_name(zend_execute_data* ex, uint32_t fetch_type);

}  // namespace phpovm

namespace phpovm {
// A call started on a __call/__callStatic trampoline becomes, in the same frame, the call of the
// magic method with (name, [arguments]), as libphp's CALL_TRAMPOLINE does; returns that method.
zend_function* magic_call_for_trampoline(zend_execute_data* call);

// $obj->undefined(...) / A::undefined(...) with __call/__callStatic: a Closure that calls the
// magic method with the name (the trampoline is consumed).
void closure_for_trampoline(zval* result, zend_execute_data* call);
}  // namespace phpovm
