// phpovm's threaded-code interpreter: runs every frame of user code (DESIGN.md decisions 4 and 6).
#pragma once
#include "loader/zend_headers.h"

namespace phpovm {
// Replaces zend_execute_ex: runs the frame libphp prepared, and every PHP-to-PHP call it makes,
// without recursing on the C stack.
void execute(zend_execute_data* ex);
// Which conditional jump, if any, a superinstruction runs after its comparison; kNoResult: the
// instruction alone, in a copy for an unused result.
enum FusedJump { kNoJump = 0, kJmpz = 1, kJmpnz = 2, kNoResult = 3 };
// The handler the linker writes into an instruction of phpovm::Op `op` whose operands have the
// Zend kinds op1_type and op2_type: a copy specialised for those kinds when the interpreter has
// one, else the generic handler. With a fused jump, the superinstruction that runs a comparison
// (IS_EQUAL, IS_NOT_EQUAL, IS_SMALLER, IS_SMALLER_OR_EQUAL, IS_IDENTICAL, IS_NOT_IDENTICAL)
// together with the JMPZ or JMPNZ that follows it and tests its result, or null for any other
// instruction; the linker installs it where that pair occurs, and the JMPZ/JMPNZ stays in place
// (it runs on its own when jumped to). With kNoResult, the copy for an instruction whose result
// is unused (one that does not write it, for ASSIGN, ASSIGN_DIM, ASSIGN_OP, PRE_INC, PRE_DEC,
// DO_UCALL, DO_ICALL), or null. With types kHintDoubles (vm/isa.h), a copy that tests first for
// two floats where the interpreter has one.
const void* handler_for(uint16_t op, zend_uchar op1_type, zend_uchar op2_type, FusedJump jump = kNoJump, uint8_t types = 0);
// The handler that raises "Cannot declare class ..., because the name is already in use" at an
// instruction of a request's private copy of a file's code; note_redeclared_class() tells it the
// class's lower-case name.
const void* redeclared_class_handler();
// The handler the linker gives the instructions a frame can start at (the first, and one after
// each parameter's RECV) until the function's code is linked: it links the code when a frame
// first runs it.
const void* link_on_entry_handler();
void note_redeclared_class(const zend_op* at, zend_string* lcname);
}  // namespace phpovm
