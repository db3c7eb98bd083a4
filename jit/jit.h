// The JIT tier's interface to the rest of phpovm (DESIGN.md decision 13). Built only with
// -DPHPOVM_JIT=ON (PHPOVM_JIT defined); nothing here names LLVM.
//
// Hot loops: when the tier is on, the linker installs the interpreter's jit_loop handler at every
// loop header (the target of a backward jump) and keeps the header's own handler here. jit_loop
// calls enter_loop(): it counts the header's visits and, at phpovm.jit_hot_loop, compiles the
// loop (jit/region.cpp types it, jit/llvm_backend.cpp compiles it); once compiled, each visit runs
// the native loop, which returns where the interpreter goes on. A loop that cannot be compiled
// gets its own handler back.
#pragma once
#include <cstdint>

#include "vm/zend_headers.h"

namespace phpovm {
struct LinkedImage;
struct VmFunction;
}  // namespace phpovm

namespace phpovm::jit {

struct Settings {
  bool enabled = false;   // phpovm.jit (on unless set to 0, in a build with the tier)
  uint32_t hot_loop = 64;  // phpovm.jit_hot_loop: visits of a loop header that compile the loop
  uint32_t hot_func = 128;  // phpovm.jit_hot_func (calls; functions are not compiled alone yet)
  bool debug = false;      // phpovm.jit_debug: each compiled loop, its guards and exits, on stderr
  uint32_t chaos = 0;      // phpovm.jit_chaos=N: every Nth guard of compiled code fails too (tests)
  bool background = true;  // phpovm.jit_background: compile on the compile thread (0: at once, for tests)
};

// Reads the phpovm.jit* settings (php.ini, -d, EngineOptions.ini), once: the linker asks
// settings() when it links the first function.
void configure_from_ini();
const Settings& settings();
// Sets them (tests).
void configure(const Settings& s);

// What the tier has done in this process.
struct Stats {
  uint32_t compiled = 0, refused = 0;
  uint64_t entries = 0;  // runs of compiled loops
  double compile_ms = 0;
};
Stats stats();

// The linker: `code` (n instructions of function vf) was linked; installs `loop_handler` at its
// loop headers when the tier is on.
void mark_loops(VmFunction* vf, zend_op* code, uint32_t n, const void* loop_handler);
// The linker: `image` is about to be freed; its loops are forgotten.
void forget_image(const LinkedImage* image);

// The jit_loop handler, at header `ip` of frame `ex` (whose opline is ip): runs the compiled
// loop if there is one and returns the instruction the interpreter continues at, with the handler
// to run there in *handler (the header's own when it returns ip).
const zend_op* enter_loop(zend_execute_data* ex, const zend_op* ip, const void** handler);

// Stops compiling (the Engine, before the process exits): loops not compiled yet stay interpreted.
void shutdown();

// For `phpovm --version`: the LLVM version the tier is built with.
const char* backend_version();

}  // namespace phpovm::jit
