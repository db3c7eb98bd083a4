// phpovm's threaded-code interpreter: runs every frame of user code (DESIGN.md decisions 4 and 6).
#pragma once
#include "vm/zend_headers.h"

namespace phpovm {
// Replaces zend_execute_ex: runs the frame libphp prepared, and every PHP-to-PHP call it makes,
// without recursing on the C stack.
void execute(zend_execute_data* ex);
// The handler that raises "Cannot declare class ..., because the name is already in use" at an
// instruction of a request's private copy of a file's code; note_redeclared_class() tells it the
// class's name as written and its flags (class, interface, trait or enum).
const void* redeclared_class_handler();
// The handler the linker gives the instructions a frame can start at (the first, and one after
// each parameter's RECV) until the function's code is linked: it links the code when a frame
// first runs it.
const void* link_on_entry_handler();
#ifdef PHPOVM_JIT
// The handler of a loop header while the JIT tier is on (jit/jit.h).
const void* jit_loop_handler();
// ... and at the start of a function's body, after its RECVs.
const void* jit_function_handler();
#endif
void note_redeclared_class(const zend_op* at, zend_string* name, uint32_t ce_flags);
}  // namespace phpovm
