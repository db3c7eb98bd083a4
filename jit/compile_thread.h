// The JIT's compile thread: loops and functions are compiled (jit/backend.h) while the
// interpreter goes on running them; the thread that asked installs the result when it next visits
// the loop or calls the function.
#pragma once
#include <atomic>
#include <memory>
#include <string>

#include "jit/backend.h"
#include "jit/region.h"

namespace phpovm::jit {

struct CompileJob {
  // A loop's region, or a function's module (self-contained: nothing in them points into a
  // request once built).
  bool function = false;
  Region region;
  Module module;
  std::string name;
  // Set by the compile thread; read once done is true.
  NativeCode code = nullptr;
  std::string why;
  double ms = 0;
  std::atomic<bool> done{false};
};

// Compiles `job` on the compile thread (started on first use, again in a forked child).
void compile_in_background(std::shared_ptr<CompileJob> job);
// Compiles it here and now.
void compile_now(CompileJob& job);

// Drops the jobs not started and waits for the one under way (before the process exits).
void stop_compile_thread();

}  // namespace phpovm::jit
