// Small operations on operands shared by several handlers.
#pragma once
#include "vm/zend_headers.h"

namespace phpovm {
// Drops a reference a handler took to keep an object alive across a call into libphp, without
// making the object a garbage-collection root (libphp's handlers take no such reference, and
// the order of roots decides the order of destructors in a collected cycle).
inline void release_object_nogc(zend_object* obj) {
  if (GC_DELREF(obj) == 0) zend_objects_store_del(obj);
}
// "Warning: Undefined variable $name" for the compiled variable at frame offset var; returns null.
zval* undefined_cv(zend_execute_data* ex, uint32_t var);
// "Unhandled match case ..." as UnhandledMatchError.
void throw_unhandled_match(const zval* value);
// The instruction index of a jump-table entry's target.
inline const zend_op* jump_table_target(zend_execute_data* ex, const zval* entry) {
  return ex->func->op_array.opcodes + Z_LVAL_P(entry);
}
// Arrays from a literal/loop key or an ADD_ARRAY_ELEMENT: insert value at key (or append).
void array_insert(zval* array, zval* key, zval* value);
// The `...$x` spread of an array into an array.
void array_unpack(zval* array, zval* source);
// strlen() compiled inline, with the builtin's errors.
void strlen_op(zval* result, zval* value, bool strict);
// The slot of the variable named name in the table a FETCH_* / UNSET_VAR / ISSET_ISEMPTY_VAR's
// ext chooses (global, or the current frame's rebuilt symbol table), for access type
// BP_VAR_R/W/RW/IS/UNSET; never null (an undefined variable read gives the uninitialized zval).
zval* fetch_named_variable(zend_execute_data* ex, zend_string* name, uint32_t fetch_flags, int type);
HashTable* named_variable_table(zend_execute_data* ex, uint32_t fetch_flags);
// "f(): Argument #n ($x) must be passed by reference, value given".
void warn_param_must_be_ref(zend_function* func, uint32_t arg_num);
// Makes room for extra more arguments in the started call on top of the VM stack, moving it to a
// new stack page if needed; updates *call.
void grow_call_frame(zend_execute_data** call, uint32_t passed, uint32_t extra);
// The 0-based position of the parameter named name (cached in cache_slot[0..1]), or -1.
uint32_t arg_offset_by_name(zend_function* fbc, zend_string* name, void** cache_slot);
// The slot of named argument name in the started call (growing it; skipped parameters become
// undefined), or of an extra named argument of a variadic function. Null after throwing.
zval* named_arg_slot(zend_execute_data** call, zend_string* name, uint32_t* arg_num, void** cache_slot);
// f(...$a): the elements of the array args become arguments; container is the variable holding
// it (separated when an element must be passed by reference), or null.
void send_unpack(zend_execute_data** call, zval* args, zval* container);
// call_user_func_array(): the elements of args become the started call's arguments.
void send_array(zend_execute_data** call, zval* args);
// call_user_func_array(f, array_slice(args, skip, length)), as libphp compiles it: the elements
// of that slice are sent without building it (length: an int, null, or what array_slice()
// would coerce; a TypeError otherwise).
void send_array_slice(zend_execute_data** call, zval* args, uint32_t skip, zval* length, bool strict);
// var =& value: value becomes a reference (null if undefined) that var shares from now on.
void assign_reference(zval* var, zval* value);
// use ($x): stores val (a counted reference taken by the caller) in the closure's bound
// variables, at the byte offset of its bucket.
void closure_bind_var(zval* closure, uint32_t offset, zval* val);
// f(...): a Closure of the function the started call would run (for a closure: itself).
void closure_from_call(zval* result, zend_execute_data* call);
// The code an include/require(_once) or eval compiles (through libphp's compile hooks, so
// phpovm translates it): an op array to run, null (failed; warnings or errors emitted), or
// kAlreadyIncluded for an _once of a file already included.
zend_op_array* compile_include_or_eval(zval* operand, uint32_t kind);
inline zend_op_array* const kAlreadyIncluded = reinterpret_cast<zend_op_array*>(static_cast<intptr_t>(-1));
// result = INDIRECT to the property name of container (W/RW/UNSET), or the value a magic __get
// gave, or an error marker; with PHP's errors for non-objects.
void property_slot_for_write(zval* container, zend_string* name, int type, void** cache, zval* result,
                             uint32_t flags = 0);
// ++/-- on container->name (post: result is the old value); result may be null.
void increment_property(zval* container, zend_string* name, bool inc, bool post, void** cache, zval* result,
                        bool strict);
// foreach over an object: result becomes the iteration state (the object with a hash iterator
// over its properties, or the object's Iterator). Returns true when there is nothing to iterate
// (or after throwing).
bool fe_reset_object(zval* result, zval* object, bool consumed, bool by_ref = false);
// The next element of an object iteration: 1 with *value (and the key, if key is not null),
// 0 at the end, -1 after throwing.
int fe_fetch_object(zval* state, zval** value, zval* key);
// generator->execute_data = frame (a function, as the interpreter's frame macros use that name).
void attach_generator_frame(zend_generator* generator, zend_execute_data* frame);
zend_execute_data* generator_frame(zend_generator* generator);
// yield from $inner: makes generator wait on inner in libphp's tree of delegating generators
// (the tree libphp's Generator methods walk), as libphp's own yield from does.
void delegate_to_generator(zend_generator* generator, zend_generator* inner);
}  // namespace phpovm
