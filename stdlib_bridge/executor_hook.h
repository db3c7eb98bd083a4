// Where libphp hands user code to phpovm: zend_execute_ex, zend_compile_file and
// zend_compile_string are replaced, so every file, include and eval is translated and run by
// phpovm (DESIGN.md decision 4).
#pragma once

namespace phpovm {
void install_executor_hooks();
}  // namespace phpovm
