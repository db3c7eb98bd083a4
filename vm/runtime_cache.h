// Per-request runtime caches (DESIGN.md decision 7). A linked function's run_time_cache and
// static_variables_ptr are libphp map pointers: libphp clears every map pointer when a request
// starts, so each request builds its own cache (in its arena, as libphp does for its own op
// arrays) and its own static variables, and nothing a request caches reaches the next one.
#pragma once
#include "vm/function.h"

namespace phpovm {
// The function's cache for this request, allocated (zeroed) on first use.
void** new_runtime_cache(zend_op_array* op_array);
inline void** runtime_cache_for(zend_op_array* op_array) {
  auto* cache = static_cast<void**>(ZEND_MAP_PTR_GET(op_array->run_time_cache));
  return EXPECTED(cache != nullptr) ? cache : new_runtime_cache(op_array);
}

// A map pointer slot for a linked function, kept for the life of the process. libphp forgets the
// slots allocated during a request when it ends (they are for that request's code), so
// runtime_cache_request_start() reserves (and clears) them again for each request.
void* new_map_ptr_slot();
void runtime_cache_request_start();
}  // namespace phpovm
