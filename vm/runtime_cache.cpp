#include "vm/runtime_cache.h"

#include <vector>

namespace phpovm {
namespace {
uint32_t g_next_id = 0;
// Indexed by function id; entries are request memory (ecalloc), so they die with the request.
std::vector<void**> g_caches;
}  // namespace

uint32_t runtime_cache_register_function() { return g_next_id++; }

void** runtime_cache_for(const VmFunction* f) {
  if (f->id >= g_caches.size()) g_caches.resize(g_next_id, nullptr);
  void**& slot = g_caches[f->id];
  // One spare slot: the verifier lets an instruction's slot be the end of the cache.
  if (!slot) slot = static_cast<void**>(ecalloc(1, f->cache_size + sizeof(void*)));
  return slot;
}

void runtime_cache_request_start() { g_caches.assign(g_next_id, nullptr); }

void runtime_cache_request_end() { g_caches.assign(g_caches.size(), nullptr); }  // request memory is freed by libphp

}  // namespace phpovm
