// One phpovm::Engine for the whole test binary: libphp is NTS, one engine per process.
#pragma once
#include "include/phpovm/engine.h"

phpovm::Engine& shared_engine();
