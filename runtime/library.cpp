// libphpovm.so: the whole of phpovm_core (linked whole into it), of which include/phpovm/engine.h
// is the exported part. This file gives the library its version, for a host to check at run time.
#include "include/phpovm/engine.h"

namespace phpovm {

const char* Engine::version() { return PHPOVM_VERSION; }

}  // namespace phpovm
