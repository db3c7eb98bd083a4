// Per-request runtime caches (DESIGN.md decision 7): one slot array per function and request,
// allocated on first use in the request and dropped when the request ends.
#pragma once
#include "vm/function.h"

namespace phpovm {
uint32_t runtime_cache_register_function();  // a process-wide id for a newly linked function
void** runtime_cache_for(const VmFunction* f);
void runtime_cache_request_start();
void runtime_cache_request_end();
}  // namespace phpovm
