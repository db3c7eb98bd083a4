// phpovm's threaded-code interpreter: runs every frame of user code (DESIGN.md decisions 4 and 6).
#pragma once
#include "loader/zend_headers.h"

namespace phpovm {
// Replaces zend_execute_ex: runs the frame libphp prepared, and every PHP-to-PHP call it makes,
// without recursing on the C stack.
void execute(zend_execute_data* ex);
// Handler addresses, indexed by phpovm::Op; the linker writes them into each instruction.
const void* const* handler_table();
}  // namespace phpovm
