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

// Method lookups by (class, method name, calling scope), for this request: the second level
// behind a call site's one-entry cache, which a site that sees several classes keeps missing
// ($shape->area() over circles and rectangles). Only lookups by zend_std_get_method with a
// literal name and no fake scope are kept; the result depends on nothing else, and classes live
// until the request ends. Cleared by runtime_cache_request_start().
struct MethodCacheEntry {
  zend_class_entry* ce;
  zend_string* name;
  zend_class_entry* scope;
  zend_function* fbc;
};
constexpr size_t kMethodCacheSize = 256;  // a power of two
extern MethodCacheEntry g_method_cache[kMethodCacheSize];
inline MethodCacheEntry& method_cache_entry(zend_class_entry* ce, zend_string* name, zend_class_entry* scope) {
  auto h = (reinterpret_cast<uintptr_t>(ce) >> 3) ^ (reinterpret_cast<uintptr_t>(name) >> 4) * 31 ^
           (reinterpret_cast<uintptr_t>(scope) >> 3) * 7;
  return g_method_cache[(h ^ (h >> 9)) & (kMethodCacheSize - 1)];
}

// A map pointer slot for a linked function, kept for the life of the process. libphp forgets the
// slots allocated during a request when it ends (they are for that request's code), so
// runtime_cache_request_start() reserves (and clears) them again for each request.
void* new_map_ptr_slot();
void runtime_cache_request_start();
// Which request of the process this is (1 for the first): what is valid for one request only is
// kept with the serial it was checked in.
uint64_t request_serial();
}  // namespace phpovm
