// A linked phpovm function: the Zend op array shell libphp sees, and phpovm's code behind it.
#pragma once
#include <cstdint>

#include "loader/zend_headers.h"

namespace phpovm {

struct VmFunction {
  zend_op_array* shell;  // persistent; its opcodes are `code`
  zend_op* code;         // threaded code: each zend_op's handler is a phpovm handler address
  zval* literals;
};

// The op_array.reserved[] slot that marks a shell as phpovm's.
extern int g_reserved_handle;

inline VmFunction* vm_function(const zend_function* f) {
  if (!f || f->type != ZEND_USER_FUNCTION) return nullptr;
  return static_cast<VmFunction*>(f->op_array.reserved[g_reserved_handle]);
}

}  // namespace phpovm
