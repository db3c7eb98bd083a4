#include "vm/runtime_cache.h"

#include <vector>

namespace phpovm {
namespace {
uint32_t g_next_id = 0;
// Indexed by function id. phpovm's own memory (not the request allocator's): the caches are VM
// bookkeeping, and must survive until the request's last user code (shutdown functions,
// destructors) has run; runtime_cache_request_end() frees them after that.
std::vector<void**> g_caches;
}  // namespace

uint32_t runtime_cache_register_function() { return g_next_id++; }

void** runtime_cache_for(const VmFunction* f) {
  if (f->id >= g_caches.size()) g_caches.resize(g_next_id, nullptr);
  void**& slot = g_caches[f->id];
  // One spare slot: the verifier lets an instruction's slot be the end of the cache.
  if (!slot) {
    slot = static_cast<void**>(calloc(1, f->cache_size + sizeof(void*)));
    if (!slot) zend_error_noreturn(E_ERROR, "phpovm: out of memory");
  }
  return slot;
}

void runtime_cache_request_start() { g_caches.assign(g_next_id, nullptr); }

void runtime_cache_request_end() {
  for (void** cache : g_caches)
    free(cache);
  g_caches.assign(g_caches.size(), nullptr);
}

}  // namespace phpovm
