#include "vm/runtime_cache.h"

namespace phpovm {

void** runtime_cache_for(zend_op_array* op_array) {
  auto* cache = static_cast<void**>(ZEND_MAP_PTR_GET(op_array->run_time_cache));
  if (EXPECTED(cache)) return cache;
  cache = static_cast<void**>(zend_arena_calloc(&CG(arena), 1, op_array->cache_size));
  ZEND_MAP_PTR_SET(op_array->run_time_cache, cache);
  return cache;
}

}  // namespace phpovm
