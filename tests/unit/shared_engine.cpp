#include "tests/unit/shared_engine.h"

#include <memory>

phpovm::Engine& shared_engine() {
  static std::unique_ptr<phpovm::Engine> engine = [] {
    phpovm::EngineOptions o;
    o.no_ini_files = true;
    o.streams_own_descriptors = false;  // the test runner keeps using its stdout
    return std::make_unique<phpovm::Engine>(o);
  }();
  return *engine;
}
