// Loads the LLVM back end (libphpovm_llvm.so, jit/llvm_backend.cpp) when the first loop is
// compiled. It is looked for in PHPOVM_JIT_BACKEND (the environment), then beside the running
// executable, then where the build put it.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "jit/backend.h"
#include "jit/jit.h"

namespace phpovm::jit {

namespace {

using Compile = NativeCode (*)(const Region&, const std::string&, std::string&);
using CompileFunctions = NativeCode (*)(const Module&, const std::string&, std::string&);
Compile g_compile;
CompileFunctions g_compile_functions;
std::string g_error;

std::string beside_executable() {
  char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  std::string exe(path, static_cast<size_t>(n));
  return exe.substr(0, exe.rfind('/') + 1) + "libphpovm_llvm.so";
}

void load() {
  std::string tried;
  std::vector<std::string> places;
  if (const char* env = getenv("PHPOVM_JIT_BACKEND")) places.push_back(env);
  places.push_back(beside_executable());
  places.push_back(PHPOVM_JIT_BACKEND_PATH);
  for (const std::string& place : places) {
    if (place.empty() || access(place.c_str(), R_OK) != 0) continue;
    void* module = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
      g_error = "cannot load the JIT back end " + place + ": " + dlerror();
      return;
    }
    g_compile = reinterpret_cast<Compile>(dlsym(module, "phpovm_jit_compile_loop"));
    g_compile_functions = reinterpret_cast<CompileFunctions>(dlsym(module, "phpovm_jit_compile_functions"));
    auto write_perf_map = reinterpret_cast<void (*)(bool)>(dlsym(module, "phpovm_jit_write_perf_map"));
    if (!g_compile || !g_compile_functions || !write_perf_map) {
      g_compile = nullptr;
      g_error = place + " is not this phpovm's JIT back end";
      return;
    }
    write_perf_map(settings().perf_map);
    return;
  }
  g_error = "the JIT back end libphpovm_llvm.so was not found (beside the executable, or PHPOVM_JIT_BACKEND)";
}

}  // namespace

bool load_backend() {
  static std::once_flag once;
  std::call_once(once, load);
  return g_compile != nullptr;
}

NativeCode compile_loop(const Region& r, const std::string& name, std::string& why) {
  if (!load_backend()) {
    why = g_error;
    return nullptr;
  }
  return g_compile(r, name, why);
}

NativeCode compile_functions(const Module& m, const std::string& name, std::string& why) {
  if (!load_backend()) {
    why = g_error;
    return nullptr;
  }
  return g_compile_functions(m, name, why);
}

}  // namespace phpovm::jit
