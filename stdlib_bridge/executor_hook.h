// Where libphp hands user code to phpovm: zend_execute_ex, zend_compile_file and
// zend_compile_string are replaced, so every file, include and eval is translated and run by
// phpovm (DESIGN.md decision 4).
#pragma once

#include <string_view>

typedef struct _zend_file_handle zend_file_handle;

namespace phpovm {
void install_executor_hooks();
// Gives libphp a file's content, read already, for the handle (a copy it frees with the handle):
// libphp then neither opens nor reads the file.
void set_handle_content(zend_file_handle* handle, std::string_view content);
}  // namespace phpovm
