// The JIT's back end: a Region (jit/region.h) to native code. jit/llvm_backend.cpp, the one file
// that uses LLVM's API, is a module of its own (libphpovm_llvm.so) that jit/backend_loader.cpp
// loads at the first compilation.
#pragma once
#include <cstdint>
#include <string>

#include "jit/region.h"

namespace phpovm::jit {

// A compiled loop: runs in frame ex from the loop's header and returns the index of the
// instruction the interpreter goes on at, having written every value it changed back to the
// frame; at a back edge when the VM has an interrupt to serve, that is the header's index. It
// returns kGuardsFailed, having done nothing, when the frame's types are not the ones it was
// compiled for.
using LoopCode = uint32_t (*)(zend_execute_data* ex);
constexpr uint32_t kGuardsFailed = 0xFFFFFFFF;

// Compiles r (named `name` for debuggers and perf). Null, with the reason, on failure (also when
// the module cannot be loaded).
LoopCode compile_loop(const Region& r, const std::string& name, std::string& why);

// Loads the module now (once); false if it cannot be (compile_loop says why).
bool load_backend();

}  // namespace phpovm::jit
