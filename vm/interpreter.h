// phpovm's threaded-code interpreter: runs every frame of user code (DESIGN.md decisions 4 and 6).
#pragma once
#include "loader/zend_headers.h"

namespace phpovm {
// Replaces zend_execute_ex: runs the frame libphp prepared, and every PHP-to-PHP call it makes,
// without recursing on the C stack.
void execute(zend_execute_data* ex);
// Handler addresses, indexed by phpovm::Op; the linker writes them into each instruction.
const void* const* handler_table();
// Superinstructions: the handler that runs a comparison (IS_EQUAL, IS_NOT_EQUAL, IS_SMALLER,
// IS_SMALLER_OR_EQUAL, IS_IDENTICAL, IS_NOT_IDENTICAL) together with the JMPZ/JMPNZ that follows
// it and tests its result, or null for any other instruction. The linker installs it where that
// pair occurs; the JMPZ/JMPNZ stays in place (and is run on its own when jumped to).
const void* compare_jump_handler(uint16_t op);
// The handler that raises "Cannot declare class ..., because the name is already in use" at an
// instruction of a request's private copy of a file's code; note_redeclared_class() tells it the
// class's lower-case name.
const void* redeclared_class_handler();
void note_redeclared_class(const zend_op* at, zend_string* lcname);
}  // namespace phpovm
