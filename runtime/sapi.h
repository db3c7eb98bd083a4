// phpovm's SAPI module: presents itself as php-cli ("cli"), reads the same php.ini and scan
// directory, and writes output and logs as php-cli does.
#pragma once
#include "include/phpovm/engine.h"

typedef struct _sapi_module_struct sapi_module_struct;

namespace phpovm {
// Starts the SAPI layer with phpovm's module configured by options; returns libphp's copy.
sapi_module_struct* sapi_start(const EngineOptions& options);
// The constants php-cli registers for each request (PHP_CLI_PROCESS_TITLE).
void sapi_register_request_constants();
// STDIN/STDOUT/STDERR; own_descriptors: closing them (or the request's end) closes fds 0-2.
void sapi_register_std_streams(bool own_descriptors);
}
