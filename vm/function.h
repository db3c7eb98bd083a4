// A linked phpovm function: the Zend op array shell libphp sees, and phpovm's code behind it.
#pragma once
#include <cstdint>

#include "vm/zend_headers.h"

namespace phpovm {

struct LinkedImage;

struct VmFunction {
  zend_op_array* shell;  // persistent; its opcodes are `code`
  zend_op* code;         // threaded code: each zend_op's handler is a phpovm handler address; `stub` until linked
  zval* literals;        // null until linked
  zend_op* stub;         // the entry instructions (num_args + 1) until linked; null if linked with the image
  LinkedImage* image;    // where it was linked from
  uint32_t index;        // its function number in that image
  void* jit;             // the JIT tier's counters and code for it (jit/jit.cpp), or null
};

// The op_array.reserved[] slot that marks a shell as phpovm's.
extern int g_reserved_handle;

inline VmFunction* vm_function(const zend_function* f) {
  if (!f || f->type != ZEND_USER_FUNCTION) return nullptr;
  return static_cast<VmFunction*>(f->op_array.reserved[g_reserved_handle]);
}

// Links the code and literals of a function whose shell is linked but whose code is not yet: a function's code is
// linked on its first entry, most of an application's functions never run in a given request. Until then its shell's
// code is a stub of the instructions a frame can start at, which run the interpreter's link_on_entry handler, which
// calls this. `frame` is the frame about to run it, which is moved from the stub into the code
// (its function too, if it is a copy of the shell made before); a body that fails verification
// is a fatal error reported where the frame was called from.
// The linker (loader/linker.cpp) installs it when it links an image: the vm does not depend on the
// loader.
using CompleteFunction = void (*)(VmFunction* vf, zend_execute_data* frame);
extern CompleteFunction g_complete_function;
inline void complete_function(VmFunction* vf, zend_execute_data* frame) { g_complete_function(vf, frame); }

}  // namespace phpovm
