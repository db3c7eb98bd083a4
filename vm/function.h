// A linked phpovm function: the Zend op array shell libphp sees, and phpovm's code behind it.
#pragma once
#include <cstdint>

#include "loader/zend_headers.h"

namespace phpovm {

struct VmFunction {
  zend_op_array* shell;  // persistent; its opcodes are `code`
  zend_op* code;         // threaded code: each zend_op's handler is a phpovm handler address
  zval* literals;
  uint32_t id;           // index of this function's per-request runtime cache
  uint32_t cache_size;   // bytes
};

// The op_array.reserved[] slot that marks a shell as phpovm's.
extern int g_reserved_handle;

// A shell's run_time_cache points here: its cache is the per-request one kept by vm/runtime_cache
// (by function id). Any other value is a cache libphp or phpovm gave one copy of a shell (a
// method of a request's class, a closure rebound to another scope), which the copy keeps.
extern void* g_shared_run_time_cache[1];

inline VmFunction* vm_function(const zend_function* f) {
  if (!f || f->type != ZEND_USER_FUNCTION) return nullptr;
  return static_cast<VmFunction*>(f->op_array.reserved[g_reserved_handle]);
}

}  // namespace phpovm
