// phpovm's SAPI module: presents itself as php-cli ("cli"), reads the same php.ini and scan
// directory, and writes output and logs as php-cli does.
#pragma once
#include "include/phpovm/engine.h"

typedef struct _sapi_module_struct sapi_module_struct;

namespace phpovm {
sapi_module_struct* sapi_module_for(const EngineOptions& options);
void sapi_register_std_streams();
}
