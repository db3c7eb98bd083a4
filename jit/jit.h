// The JIT tier's interface to the rest of phpovm (DESIGN.md decision 13). Built only with
// -DPHPOVM_JIT=ON (PHPOVM_JIT defined); nothing here names LLVM.
//
// Hot loops: when the tier is on, the linker installs the interpreter's jit_loop handler at every
// loop header (the target of a backward jump) and keeps the header's own handler here. jit_loop
// calls enter_loop(): it counts the header's visits and, at phpovm.jit_hot_loop, compiles the
// loop (jit/region.cpp types it, jit/llvm_backend.cpp compiles it); once compiled, each visit runs
// the native loop, which returns where the interpreter goes on. A loop that cannot be compiled
// gets its own handler back.
//
// Hot functions: a function whose body has no effect but its result (numbers in, a number out,
// calls of such functions) is compiled with the functions it calls; the interpreter's
// jit_function handler, at the start of its body, counts its calls and then runs the compiled
// function (jit/region.h, Module).
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
  uint32_t hot_func = 128;  // phpovm.jit_hot_func: calls of a function that compile it
  bool debug = false;      // phpovm.jit_debug: each compiled loop, its guards and exits, on stderr
  uint32_t chaos = 0;      // phpovm.jit_chaos=N: every Nth guard of compiled code fails too (tests)
  bool background = true;  // phpovm.jit_background: compile on the compile thread (0: at once, for tests)
  bool stats = false;      // phpovm.jit_stats: what the tier did, one line on stderr at shutdown()
  bool perf_map = false;   // phpovm.jit_perf_map: /tmp/perf-PID.map names compiled code for perf
};

// Reads the phpovm.jit* settings (php.ini, -d, EngineOptions.ini), once: the linker asks
// settings() when it links the first function.
void configure_from_ini();
const Settings& settings();
// Sets them (tests).
void configure(const Settings& s);

// What the tier has done in this process.
struct Stats {
  uint32_t loops = 0, functions = 0;  // compiled (versions included)
  uint32_t refused = 0;               // places not compiled, or no longer run compiled
  uint64_t entries = 0;      // runs of compiled code entered from the interpreter
  uint64_t side_exits = 0;   // compiled loops left inside the loop (a guard, an interrupt)
  uint64_t failed_calls = 0; // compiled function calls the interpreter ran instead
  double compile_ms = 0;
};
Stats stats();

// The linker: `code` (n instructions of function vf) was linked; installs `loop_handler` at its
// loop headers when the tier is on, and `function_handler` at the start of its body when it is a
// function the tier may compile.
void mark(VmFunction* vf, zend_op* code, uint32_t n, const void* loop_handler, const void* function_handler);
// The linker: `image` is about to be freed; its loops are forgotten.
void forget_image(const LinkedImage* image);

// The jit_loop handler, at header `ip` of frame `ex` (whose opline is ip): runs the compiled
// loop if there is one and returns the instruction the interpreter continues at, with the handler
// to run there in *handler (the header's own when it returns ip).
const zend_op* enter_loop(zend_execute_data* ex, const zend_op* ip, const void** handler);

// The jit_function handler, at instruction `ip` of frame ex (the start of its function's body):
// runs the compiled function if there is one for the frame's parameters and returns true, its
// result in ex->return_value (the frame is then left as by RETURN). Otherwise returns false, with
// the instruction's own handler in *handler.
bool enter_function(zend_execute_data* ex, const zend_op* ip, const void** handler);

// Stops compiling (the Engine, before the process exits): loops not compiled yet stay interpreted.
// With phpovm.jit_stats, prints stats() on stderr.
void shutdown();

// For `phpovm --version`: the LLVM version the tier is built with.
const char* backend_version();

}  // namespace phpovm::jit
