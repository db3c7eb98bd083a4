#include "vm/runtime_cache.h"

#include <algorithm>

namespace phpovm {
namespace {
size_t g_slots_end = 0;  // one past the highest map pointer slot a linked image uses
}

void** new_runtime_cache(zend_op_array* op_array) {
  auto* cache = static_cast<void**>(zend_arena_calloc(&CG(arena), 1, op_array->cache_size));
  ZEND_MAP_PTR_SET(op_array->run_time_cache, cache);
  return cache;
}

void* new_map_ptr_slot() {
  void* slot = zend_map_ptr_new();
  g_slots_end = std::max(g_slots_end, static_cast<size_t>(CG(map_ptr_last)));
  return slot;
}

MethodCacheEntry g_method_cache[kMethodCacheSize];

namespace {
uint64_t g_request_serial;
}

uint64_t request_serial() { return g_request_serial; }

void runtime_cache_request_start() {
  g_request_serial++;
  if (CG(map_ptr_last) < g_slots_end) zend_map_ptr_extend(g_slots_end);
  std::fill(g_method_cache, g_method_cache + kMethodCacheSize, MethodCacheEntry{});
}

}  // namespace phpovm
