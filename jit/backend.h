// The JIT's back end: a Region (jit/region.h) to native code. jit/llvm_backend.cpp, the one file
// that uses LLVM's API, is a module of its own (libphpovm_llvm.so) that jit/backend_loader.cpp
// loads at the first compilation.
#pragma once
#include <cstdint>
#include <string>

#include "jit/region.h"

namespace phpovm::jit {

// Compiled code, run in frame ex. It returns kGuardsFailed, having done nothing, when the frame's
// types are not the ones it was compiled for.
// - A loop runs from its header and returns the index of the instruction the interpreter goes on
//   at, having written every value it changed back to the frame; at a back edge when the VM has an
//   interrupt to serve, that is the header's index.
// - A function (a Module) runs the frame's call from its body, after its RECVs: it returns 0, its
//   result stored in ex->return_value, or kCallFailed, having changed nothing: the interpreter
//   runs the call.
using NativeCode = uint32_t (*)(zend_execute_data* ex);
constexpr uint32_t kGuardsFailed = 0xFFFFFFFF;
constexpr uint32_t kCallFailed = 0xFFFFFFFE;

// Compiles r, or m (named `name` for debuggers and perf). Null, with the reason, on failure (also
// when the module cannot be loaded).
NativeCode compile_loop(const Region& r, const std::string& name, std::string& why);
NativeCode compile_functions(const Module& m, const std::string& name, std::string& why);

// Loads the module now (once); false if it cannot be (compile_loop says why).
bool load_backend();

}  // namespace phpovm::jit
