// Google Benchmark microbenchmarks of phpovm's internals (issue 6): dispatch cost per
// instruction, builtin-call overhead, frame push/pop, runtime-cache lookups and image load time
// per MB. bench/README.md ("Microbenchmarks") says how to run them and how to read the numbers.
//
// Two kinds of benchmark:
// - whole requests (BM_EmptyRequest, BM_Dispatch, BM_BuiltinCall, BM_UserCall, BM_CallLookup):
//   Engine::run_file on a precompiled image whose function run() loops kLoopIterations times
//   over one statement. Each reports the loop's cost per iteration, per image instruction and
//   per handler dispatch, net of one empty request (measured once, see empty_request_seconds);
// - C++ calls into the loader and the VM (BM_Image*, BM_RuntimeCacheFor,
//   BM_FunctionTableLookup), outside any request.
#include <benchmark/benchmark.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "bench/micro/generated_source.h"
#include "include/phpovm/engine.h"
#include "loader/image.h"
#include "loader/linker.h"
#include "vm/runtime_cache.h"

namespace {

// ---------------------------------------------------------------------------------------------
// Shared set-up

// One Engine for the whole binary: libphp is NTS and starts once per process (the pattern of
// tests/unit/shared_engine.cpp).
phpovm::Engine& engine() {
  static std::unique_ptr<phpovm::Engine> engine = [] {
    phpovm::EngineOptions o;
    o.no_ini_files = true;              // as bench/run runs `phpovm -n`
    o.streams_own_descriptors = false;  // Google Benchmark keeps writing to stdout
    return std::make_unique<phpovm::Engine>(o);
  }();
  return *engine;
}

// Where the generated sources and their images go; main() removes it.
std::filesystem::path work_dir_path() {
  return std::filesystem::temp_directory_path() / ("phpovm_micro." + std::to_string(getpid()));
}

const std::filesystem::path& work_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = work_dir_path();
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

struct Compiled {
  std::string image_path;  // empty if the source did not compile
  std::string bytes;       // the image
  std::string error;
};

// Writes source to NAME.php in the work directory and compiles it to NAME.phpo, once per process.
const Compiled& compiled(const std::string& name, const std::string& source) {
  static std::map<std::string, Compiled> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  Compiled c;
  std::string php = (work_dir() / (name + ".php")).string();
  std::ofstream(php, std::ios::binary) << source;
  if (engine().compile(php, c.bytes, c.error)) {
    c.image_path = (work_dir() / (name + ".phpo")).string();
    std::ofstream(c.image_path, std::ios::binary) << c.bytes;
  } else {
    c.error = "could not compile " + php + (c.error.empty() ? std::string() : ": " + c.error);
  }
  return cache.emplace(name, std::move(c)).first->second;
}

// CPU time of the calling thread (what Google Benchmark's CPU column measures): the counters
// below use it rather than wall time, which on a busy machine counts other processes' time too.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// ---------------------------------------------------------------------------------------------
// Whole requests

// $argv of every request; the programs call run($argv[1]), so that BM_CallLookup/dynamic calls a
// function whose name the compiler cannot know.
std::vector<std::string> request_argv(const std::string& image_path) { return {image_path, "f0"}; }

const Compiled& empty_image() { return compiled("empty", "<?php\n"); }

// The median CPU time of one request running the empty image (one RETURN): libphp's request
// start-up and shutdown, opening, reading and hashing the image file, finding it in the engine's
// image cache. Measured once per process (after warm-up runs); the loop benchmarks subtract it.
double empty_request_seconds() {
  static const double seconds = [] {
    const Compiled& c = empty_image();
    if (c.image_path.empty()) return 0.0;
    std::vector<std::string> argv = request_argv(c.image_path);
    for (int i = 0; i < 10; i++) engine().run_file(c.image_path, argv);
    std::vector<double> times;
    for (int i = 0; i < 101; i++) {
      double start = cpu_seconds();
      engine().run_file(c.image_path, argv);
      times.push_back(cpu_seconds() - start);
    }
    std::nth_element(times.begin(), times.begin() + 50, times.end());
    return times[50];
  }();
  return seconds;
}

void BM_EmptyRequest(benchmark::State& state) {
  const Compiled& c = empty_image();
  if (c.image_path.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<std::string> argv = request_argv(c.image_path);
  engine().run_file(c.image_path, argv);  // links the image: the timed requests find it in the cache
  for (auto _ : state) {
    if (engine().run_file(c.image_path, argv) != 0) {
      state.SkipWithError("the empty image exited with a non-zero status");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations());  // requests per second
}
BENCHMARK(BM_EmptyRequest)->Unit(benchmark::kMicrosecond);

// Iterations of each program's loop. A loop iteration costs a few nanoseconds, so one request
// runs for milliseconds, against tens of microseconds of request start-up (BM_EmptyRequest);
// the per-instruction counters subtract the start-up anyway.
constexpr int64_t kLoopIterations = 1000000;

// A program of the form
//
//   <?php
//   DECLS
//   function run($name) {
//     SETUP
//     for ($i = 0; $i < kLoopIterations; $i++) { BODY }
//     return RESULT;
//   }
//   run($argv[1]);
//
// RESULT keeps the optimizer from removing a body whose result is otherwise unused (it does: a
// loop assigning a dead $x compiles to the empty loop). The instruction counts below were read
// from `phpovm dump` of each program; the loop's part of every dump is
//
//   PRE_INC $i; IS_SMALLER $i, int(1000000) => T; JMPNZ T, -> first instruction of BODY
//
// and the linker fuses IS_SMALLER and the JMPNZ testing its result into one superinstruction
// (a BRANCH copy of spec/variants.def), so those 3 instructions are 2 dispatches. If the compiler changes,
// re-check the counts with `phpovm dump` on the sources the benchmark leaves in its work
// directory (kept with PHPOVM_MICRO_KEEP=1).
struct LoopProgram {
  const char* name;    // file name in the work directory
  const char* decls;   // top-level declarations
  const char* setup;   // statements before the loop
  const char* body;    // the loop body
  const char* result;  // what run() returns
  int insns;           // image instructions executed per loop iteration (a fused pair counts 2)
  int dispatches;      // handler dispatches per loop iteration
};

std::string loop_source(const LoopProgram& p) {
  return std::string("<?php\n") + p.decls + "\nfunction run($name) {\n  " + p.setup + "\n  for ($i = 0; $i < " +
         std::to_string(kLoopIterations) + "; $i++) { " + p.body + " }\n  return " + p.result +
         ";\n}\nrun($argv[1]);\n";
}

void run_loop_program(benchmark::State& state, const LoopProgram& p) {
  const Compiled& c = compiled(p.name, loop_source(p));
  if (c.image_path.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<std::string> argv = request_argv(c.image_path);
  // A first run links the image (timed runs find it in the engine's image cache) and checks it.
  if (engine().run_file(c.image_path, argv) != 0) {
    state.SkipWithError("the program exited with a non-zero status");
    return;
  }
  const double empty = empty_request_seconds();
  const double start = cpu_seconds();
  for (auto _ : state) {
    if (engine().run_file(c.image_path, argv) != 0) {
      state.SkipWithError("the program exited with a non-zero status");
      break;
    }
  }
  const double elapsed = cpu_seconds() - start;
  const int64_t requests = state.iterations();
  const double loop_iterations = static_cast<double>(requests) * static_cast<double>(kLoopIterations);
  state.SetItemsProcessed(requests * kLoopIterations);  // loop iterations per second, start-up included
  // CPU seconds per loop iteration / image instruction / dispatch, net of the empty request
  // (Google Benchmark prints them with SI prefixes: "1.5n" is 1.5 ns). items_per_second is gross.
  // A loop that is 1 % of a request's time or less would be all noise: keep kLoopIterations large.
  const double net = std::max(0.0, elapsed - empty * static_cast<double>(requests)) / loop_iterations;
  state.counters["iter"] = net;
  state.counters["insn"] = net / p.insns;
  state.counters["dispatch"] = net / p.dispatches;
  state.counters["empty_req"] = empty;
}

// Dispatch cost per instruction: loops whose body is one simple instruction (or none).
const LoopProgram kEmptyLoop{"empty_loop", "", "", "", "$i",
                             // PRE_INC, IS_SMALLER+JMPNZ
                             3, 2};
const LoopProgram kIncrement{"increment", "", "$x = 0;", "$x = $x + 1;", "$x",
                             // PRE_INC $x (the compiler's form of $x = $x + 1), + loop
                             4, 3};
const LoopProgram kAdd{"add", "", "$x = 0;", "$x = $x + $i;", "$x",
                       // ADD $x, $i => $x, + loop
                       4, 3};
const LoopProgram kAssign{"assign", "", "$x = 0;", "$x = $i;", "$x",
                          // QM_ASSIGN $i => $x, + loop
                          4, 3};
const LoopProgram kPackedRead{"packed_read", "", "$a = range(0, 1023); $x = 0;", "$x = $a[$i & 1023];", "$x",
                              // BW_AND $i, int(1023) => T; FETCH_DIM_R $a, T => $x, + loop
                              5, 4};

// Builtin-call overhead: compare with BM_Dispatch/assign (the same loop assigning $i without a
// call). abs() and ord() are not compiled inline (strlen is: STRLEN); ord($name) is a call
// because $name is not a constant.
const LoopProgram kAbs{"builtin_abs", "", "$x = 0;", "$x = abs($i);", "$x",
                       // INIT_FCALL "abs"; SEND_VAR $i; DO_ICALL => $x, + loop
                       6, 5};
const LoopProgram kOrd{"builtin_ord", "", "$x = 0;", "$x = ord($name);", "$x",
                       // INIT_FCALL "ord"; SEND_VAR $name; DO_ICALL => $x, + loop
                       6, 5};

// Frame push/pop: calls of user functions, compare with BM_Dispatch/empty_loop. A function with
// an empty body is inlined away by the optimizer (the call disappears); an unused static variable
// keeps it a call without adding an instruction: the callee is one RETURN null. Without typed
// parameters the callee's RECVs are skipped (as libphp does), so f3's are not counted.
const LoopProgram kCall0{"call0", "function f0() { static $unused; }", "", "f0();", "$i",
                         // INIT_FCALL "f0"; DO_FCALL; RETURN (callee), + loop
                         6, 5};
const LoopProgram kCall3{"call3", "function f3($a, $b, $c) { static $unused; }", "", "f3($i, 2, 3);", "$i",
                         // INIT_FCALL "f3"; SEND_VAR; SEND_VAL; SEND_VAL; DO_FCALL; RETURN (callee), + loop
                         9, 8};

// Runtime-cache lookups at the PHP level: BM_UserCall/f0 is INIT_FCALL (the function resolved
// once per request into the caller's runtime cache); by_name is INIT_FCALL_BY_NAME (f0 declared
// conditionally, so unknown to the compiler: also cached after the first call); dynamic is
// INIT_DYNAMIC_CALL ($name()), which lower-cases the name and looks it up in the function table
// on every call, as libphp does.
const LoopProgram kByName{"call_by_name", "if (!function_exists('f0')) { function f0() { static $unused; } }", "",
                          "f0();", "$i",
                          // INIT_FCALL_BY_NAME "f0"; DO_FCALL; RETURN (callee), + loop
                          6, 5};
const LoopProgram kDynamic{"call_dynamic", "function f0() { static $unused; }", "", "$name();", "$i",
                           // INIT_DYNAMIC_CALL $name; DO_FCALL; RETURN (callee), + loop
                           6, 5};

void BM_Dispatch(benchmark::State& state, const LoopProgram& p) { run_loop_program(state, p); }
void BM_BuiltinCall(benchmark::State& state, const LoopProgram& p) { run_loop_program(state, p); }
void BM_UserCall(benchmark::State& state, const LoopProgram& p) { run_loop_program(state, p); }
void BM_CallLookup(benchmark::State& state, const LoopProgram& p) { run_loop_program(state, p); }

BENCHMARK_CAPTURE(BM_Dispatch, empty_loop, kEmptyLoop)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Dispatch, increment, kIncrement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Dispatch, add, kAdd)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Dispatch, assign, kAssign)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Dispatch, packed_read, kPackedRead)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuiltinCall, abs, kAbs)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuiltinCall, ord, kOrd)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_UserCall, f0, kCall0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_UserCall, f3, kCall3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CallLookup, by_name, kByName)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CallLookup, dynamic, kDynamic)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------------------------------------
// Loader and VM internals, outside any request

// Links an image outside a request and unlinks it when destroyed. link_image takes two libphp
// map-pointer slots per function (vm/runtime_cache.h) that unlink_image does not give back;
// outside a request nothing else takes slots, so the destructor hands them back by restoring
// CG(map_ptr_last), or repeated links would grow libphp's map-pointer table (and the memset every
// request start does over it) without bound. The slots are cleared at the next request's start.
class OutsideRequestLink {
 public:
  // The image outlives the link: it is shared without being owned. The linker changes an image
  // only to read a deferred function body (image::load_body), which a fully parsed one has not.
  explicit OutsideRequestLink(const phpovm::image::Image& img)
      : mark_(CG(map_ptr_last)),
        linked_(phpovm::link_image(std::shared_ptr<phpovm::image::Image>(const_cast<phpovm::image::Image*>(&img),
                                                                         [](phpovm::image::Image*) {}))) {}
  ~OutsideRequestLink() {
    phpovm::unlink_image(linked_);
    CG(map_ptr_last) = mark_;
  }
  OutsideRequestLink(const OutsideRequestLink&) = delete;
  OutsideRequestLink& operator=(const OutsideRequestLink&) = delete;
  phpovm::LinkedImage* get() const { return linked_; }

 private:
  size_t mark_;
  phpovm::LinkedImage* linked_;
};

// The generated application file (bench/micro/generated_source.h): about 340 KB of source, a
// 1.3 MB image at the time of writing.
constexpr int kGeneratedFunctions = 400;
constexpr int kGeneratedClasses = 40;

struct ParsedImage {
  std::string bytes;
  phpovm::image::Image img;
  std::string label;
  std::string error;
};

ParsedImage parse_compiled(const Compiled& c) {
  ParsedImage p;
  if (c.image_path.empty()) {
    p.error = c.error;
    return p;
  }
  p.bytes = c.bytes;
  try {
    p.img = phpovm::image::parse(p.bytes);
    phpovm::image::verify(p.img);
  } catch (const std::exception& e) {
    p.error = std::string("the compiled image does not load: ") + e.what();
    return p;
  }
  p.label = std::to_string(p.bytes.size() / 1024) + " KiB, " + std::to_string(p.img.functions.size()) + " functions, " +
            std::to_string(p.img.classes.size()) + " classes";
  return p;
}

const ParsedImage& big_image() {
  static const ParsedImage big =
      parse_compiled(compiled("generated", phpovm::micro::generated_source(kGeneratedFunctions, kGeneratedClasses)));
  return big;
}

// Image load time per MB, in the steps load_image_bytes (runtime/image_cache.cpp) takes:
// parse (header, checksums, bounds), verify (the code), link (persistent op arrays, threaded
// code). The Image a parse builds is destroyed inside the timed loop, as the loader drops it
// after linking. Bytes processed are the image's bytes, so Google Benchmark prints MB/s.
void BM_ImageParse(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    phpovm::image::Image img = phpovm::image::parse(big.bytes);
    benchmark::DoNotOptimize(img.functions.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageParse)->Unit(benchmark::kMillisecond);

void BM_ImageVerify(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    phpovm::image::verify(big.img);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageVerify)->Unit(benchmark::kMillisecond);

void BM_ImageParseVerify(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    phpovm::image::Image img = phpovm::image::parse(big.bytes);
    phpovm::image::verify(img);
    benchmark::DoNotOptimize(img.functions.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageParseVerify)->Unit(benchmark::kMillisecond);

// Linking normally happens inside a request (the zend_compile_file hook), but it allocates
// nothing from the request: persistent memory and map-pointer slots (see OutsideRequestLink).
void BM_ImageLink(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    OutsideRequestLink link(big.img);  // link_image + unlink_image
    benchmark::DoNotOptimize(link.get());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageLink)->Unit(benchmark::kMillisecond);

// All of load_image_bytes but its cache: parse (function bodies deferred) + verify + link (+
// unlink, to repeat it). The bodies of most functions are read, verified and linked only when
// they first run, which this leaves out.
void BM_ImageLoad(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    phpovm::image::Image img = phpovm::image::parse_deferred(big.bytes);
    phpovm::image::verify(img);
    OutsideRequestLink link(img);
    benchmark::DoNotOptimize(link.get());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageLoad)->Unit(benchmark::kMillisecond);

// The writer (phpovm compile's last step), for comparison with parse.
void BM_ImageSerialize(benchmark::State& state) {
  const ParsedImage& big = big_image();
  if (!big.error.empty()) {
    state.SkipWithError(big.error.c_str());
    return;
  }
  for (auto _ : state) {
    std::string bytes = phpovm::image::serialize(big.img);
    benchmark::DoNotOptimize(bytes.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(big.bytes.size()));
  state.SetLabel(big.label);
}
BENCHMARK(BM_ImageSerialize)->Unit(benchmark::kMillisecond);

// runtime_cache_for's hit path (every call into a linked function runs it: enter_frame in
// vm/handler_helpers.h): a map-pointer load and a test. The function is the main code of a small
// linked image whose slot is set to a cache of our own; the miss path (new_runtime_cache)
// allocates from the request's arena and cannot run outside a request. The iterations are
// independent, so this is the throughput of the hit path (about a cycle), not its latency.
void BM_RuntimeCacheFor(benchmark::State& state) {
  const Compiled& c = compiled("runtime_cache", "<?php\nfunction f0() { static $unused; }\nf0();\n");
  ParsedImage small = parse_compiled(c);
  if (!small.error.empty()) {
    state.SkipWithError(small.error.c_str());
    return;
  }
  OutsideRequestLink link(small.img);
  zend_op_array* op_array = link.get()->main->shell;
  std::vector<void*> cache(static_cast<size_t>(op_array->cache_size) / sizeof(void*) + 1, nullptr);
  ZEND_MAP_PTR_SET(op_array->run_time_cache, cache.data());
  for (auto _ : state) {
    benchmark::DoNotOptimize(op_array);  // reloaded every iteration
    void** found = phpovm::runtime_cache_for(op_array);
    benchmark::DoNotOptimize(found);
  }
  ZEND_MAP_PTR_SET(op_array->run_time_cache, static_cast<void**>(nullptr));
}
BENCHMARK(BM_RuntimeCacheFor);

// What a runtime-cache slot saves: a function-table lookup by lower-case name, as
// INIT_FCALL's first execution in a request and every INIT_DYNAMIC_CALL do (the key is not the
// table's own string, so the lookup compares hash, length and bytes).
void BM_FunctionTableLookup(benchmark::State& state) {
  engine();  // libphp started: the function table holds the builtin functions
  zend_string* name = zend_string_init("str_replace", sizeof("str_replace") - 1, 1);
  zend_string_hash_val(name);
  if (!zend_hash_find_ptr(CG(function_table), name)) state.SkipWithError("str_replace is not in the function table");
  for (auto _ : state) {
    benchmark::DoNotOptimize(name);
    auto* fn = static_cast<zend_function*>(zend_hash_find_ptr(CG(function_table), name));
    benchmark::DoNotOptimize(fn);
  }
  zend_string_release_ex(name, 1);
}
BENCHMARK(BM_FunctionTableLookup);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (!getenv("PHPOVM_MICRO_KEEP")) {
    std::error_code ignored;
    std::filesystem::remove_all(work_dir_path(), ignored);
  } else {
    fprintf(stderr, "phpovm_micro: sources and images kept in %s\n", work_dir_path().c_str());
  }
  return 0;
}
