#include "jit/jit.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "jit/backend.h"
#include "jit/compile_thread.h"
#include "jit/region.h"
#include "vm/function.h"
#include "vm/runtime_cache.h"

namespace phpovm::jit {

namespace {

Settings g_settings;
bool g_configured;

// A loop header, or a function's first instruction after its RECVs, that the linker marked.
// Counted, then compiled or refused; kept per Engine (the linked code it belongs to outlives
// requests), forgotten when its image is freed.
struct Site {
  const void* handler;  // the instruction's own
  VmFunction* function;
  uint32_t end;         // a loop's: the index of its last back edge
  bool is_function = false;
  uint32_t visits = 0;
  enum State : uint8_t { kCounting, kCompiled, kRefused } state = kCounting;
  // One compiled version per set of entry types it was entered with (sort(int[]) then
  // sort(float[])), tried in turn.
  std::vector<NativeCode> versions;
  bool full = false;  // no further version is compiled
  uint64_t entries = 0;
  uint32_t misses = 0;
  uint64_t side_exits = 0;  // a loop's runs left inside the loop
  uint64_t failures = 0;    // a function's calls that failed (and the interpreter ran)
  uint8_t retries = 0;
  std::shared_ptr<CompileJob> pending;  // a version being compiled on the compile thread
  // A function's: the function names its versions' calls resolved, with the functions; checked
  // once per request (bound_in, bound).
  std::vector<std::pair<std::string, uintptr_t>> names;
  uint64_t bound_in = ~uint64_t{0};
  bool bound = false;
};
// A function's sites, found from its VmFunction (VmFunction::jit): a lookup per visit must cost
// less than what a short compiled loop saves.
struct FunctionSites {
  std::unique_ptr<Site> entry;                                 // its body's start
  std::vector<std::pair<uint32_t, std::unique_ptr<Site>>> loops;  // by header index
  Site* loop(uint32_t header) {
    for (auto& [at, site] : loops)
      if (at == header) return site.get();
    return nullptr;
  }
};
std::vector<VmFunction*> g_marked;  // the functions with sites

FunctionSites& sites_of(VmFunction* vf) {
  if (!vf->jit) {
    vf->jit = new FunctionSites();
    g_marked.push_back(vf);
  }
  return *static_cast<FunctionSites*>(vf->jit);
}

template <typename F>
void each_site(F&& f) {
  for (VmFunction* vf : g_marked) {
    auto* fs = static_cast<FunctionSites*>(vf->jit);
    if (fs->entry) f(*fs->entry);
    for (auto& [at, site] : fs->loops) f(*site);
  }
}
uint32_t g_compiled, g_compiled_loops, g_compiled_functions;
double g_compile_ms;  // time spent compiling, this process
uint32_t g_chaos_counter;
int g_stats_fd = -1;  // phpovm.jit_stats: where shutdown() prints  // phpovm.jit_chaos: compiled guards count it down
constexpr uint32_t kMaxLoops = 4096;
constexpr size_t kMaxVersions = 4;

long ini_long(const char* name, long fallback) {
  zval* v = cfg_get_entry(name, strlen(name));
  return v ? ZEND_STRTOL(Z_STRVAL_P(v), nullptr, 10) : fallback;
}

std::string describe(const zend_op_array* oa, const zend_op* at) {
  std::string file = oa->filename ? ZSTR_VAL(oa->filename) : "?";
  std::string fn = oa->function_name ? std::string(ZSTR_VAL(oa->function_name)) + "()" : "main code";
  return fn + " in " + file + ":" + std::to_string(at->lineno);
}
const char* what(const Site& site) { return site.is_function ? "function" : "loop"; }

void refuse(Site& site, const zend_op* ip, const zend_op_array* oa, const std::string& why) {
  site.state = Site::kRefused;
  const_cast<zend_op*>(ip)->handler = site.handler;
  VmFunction* vf = site.function;
  vf->code[ip - oa->opcodes].handler = site.handler;
  if (g_settings.debug)
    fprintf(stderr, "phpovm jit: %s at %s not compiled: %s\n", what(site), describe(oa, ip).c_str(), why.c_str());
}

void give_up(Site& site, const zend_op* ip, const zend_op_array* oa, const std::string& why) {
  if (site.versions.empty()) {
    refuse(site, ip, oa, why);
    return;
  }
  site.full = true;
  if (g_settings.debug)
    fprintf(stderr, "phpovm jit: %s at %s: no further version: %s\n", what(site), describe(oa, ip).c_str(),
            why.c_str());
}

// Installs the version `job` made (on the thread that runs the loop).
bool finish(Site& site, const zend_op* ip, const zend_op_array* oa, CompileJob& job) {
  g_compile_ms += job.ms;
  if (!job.code) {
    give_up(site, ip, oa, job.why);
    return false;
  }
  site.state = Site::kCompiled;
  site.versions.push_back(job.code);
  (job.function ? g_compiled_functions : g_compiled_loops)++;
  if (site.versions.size() == kMaxVersions) site.full = true;
  for (const auto* names : {&job.module.names, &job.region.names})
    for (const auto& name : *names)
      if (std::find(site.names.begin(), site.names.end(), name) == site.names.end()) site.names.push_back(name);
  site.bound_in = ~uint64_t{0};  // checked at the next call
  if (g_settings.debug && job.function) {
    fprintf(stderr, "phpovm jit: compiled %s: %s, with %zu function(s), in %.1f ms\n", job.name.c_str(),
            describe(oa, ip).c_str(), job.module.functions.size(), job.ms);
    for (const Region& f : job.module.functions) {
      fprintf(stderr, "  function %u instructions, returns %s:", f.end - f.header + 1, type_name(f.returns));
      for (const Slot& p : f.params) fprintf(stderr, " %s", type_name(p.type));
      fprintf(stderr, "\n");
    }
  } else if (g_settings.debug) {
    const Region& region = job.region;
    fprintf(stderr, "phpovm jit: compiled %s: the loop at %s, instructions %u-%u, in %.1f ms\n", job.name.c_str(),
            describe(oa, ip).c_str(), region.header, region.end, job.ms);
    for (const Slot& g : region.guards) {
      uint32_t num = EX_VAR_TO_NUM(g.var);
      std::string name = g.var == kThisVar         ? "$this"
                         : num < uint32_t(oa->last_var) ? "$" + std::string(ZSTR_VAL(oa->vars[num]))
                                                        : "the foreach iterator V" + std::to_string(num);
      fprintf(stderr, "  guard: %s is %s\n", name.c_str(), type_name(g.type));
    }
    for (const Step& s : region.steps)
      if ((s.opcode == ZEND_JMP || s.opcode == ZEND_JMPZ || s.opcode == ZEND_JMPNZ) &&
          (s.target < region.header || s.target > region.end))
        fprintf(stderr, "  exit: to instruction %u (line %u)\n", s.target, oa->opcodes[s.target].lineno);
  }
  return true;
}

// Whether the functions the site's compiled calls resolved are the ones their names give in this
// request (checked once per request).
bool bound_here(Site& site) {
  if (site.bound_in != request_serial()) {
    site.bound_in = request_serial();
    site.bound = true;
    for (const auto& [name, f] : site.names)
      site.bound = site.bound && reinterpret_cast<uintptr_t>(zend_hash_str_find_ptr(EG(function_table), name.data(),
                                                                                   name.size())) == f;
  }
  return site.bound;
}

// Compiles a version of the site's loop for the frame's types: now, or on the compile thread
// (then finish() installs it at a later visit). True if a version was installed now. A site with
// versions already keeps them when another cannot be made.
bool compile(Site& site, zend_execute_data* ex, const zend_op* ip) {
  const zend_op_array* oa = &ex->func->op_array;
  uint32_t header = static_cast<uint32_t>(ip - oa->opcodes);
  if (g_compiled >= kMaxLoops) {
    give_up(site, ip, oa, "the limit of compiled loops is reached");
    return false;
  }
  auto job = std::make_shared<CompileJob>();
  std::string why;
  if (site.is_function) {
    job->function = true;
  }
  if (site.is_function ? !build_module(ex, job->module, why)
                       : !build_region(oa, ex, header, site.end, job->region, why)) {
    // A variable the loop assigns before it reads may not be assigned yet at the first visits (a
    // property's cache not filled, a function not linked).
    if ((job->module.try_later || job->region.try_later) && ++site.retries <= 3) {
      site.visits = 0;
      return false;
    }
    give_up(site, ip, oa, why);
    return false;
  }
  job->name = (site.is_function ? "php_function_" : "php_loop_") + std::to_string(g_compiled++);
  if (g_settings.chaos) {
    if (!g_chaos_counter) g_chaos_counter = g_settings.chaos;
    for (Region* r : {&job->region}) {
      r->chaos_counter = reinterpret_cast<uintptr_t>(&g_chaos_counter);
      r->chaos_period = g_settings.chaos;
    }
    for (auto* regions : {&job->module.functions, &job->region.callees})
      for (Region& r : *regions) {
        r.chaos_counter = reinterpret_cast<uintptr_t>(&g_chaos_counter);
        r.chaos_period = g_settings.chaos;
      }
  }
  if (g_settings.background) {
    site.pending = job;
    compile_in_background(std::move(job));
    return false;
  }
  compile_now(*job);
  return finish(site, ip, oa, *job);
}

}  // namespace

void configure_from_ini() {
  // On by default: the conformance suite passes with every loop compiled at its first visit.
  g_settings.enabled = ini_long("phpovm.jit", 1) != 0;
  g_settings.hot_loop = static_cast<uint32_t>(std::max(1L, ini_long("phpovm.jit_hot_loop", 64)));
  g_settings.hot_func = static_cast<uint32_t>(std::max(1L, ini_long("phpovm.jit_hot_func", 128)));
  g_settings.debug = ini_long("phpovm.jit_debug", 0) != 0;
  g_settings.background = ini_long("phpovm.jit_background", 1) != 0;
  g_settings.chaos = static_cast<uint32_t>(std::max(0L, ini_long("phpovm.jit_chaos", 0)));
  g_settings.stats = ini_long("phpovm.jit_stats", 0) != 0;
  // The request's end closes the process's stderr (php-cli's STDERR owns it): the stats, printed
  // at shutdown, go to a copy of it.
  if (g_settings.stats && g_stats_fd < 0) g_stats_fd = dup(2);
  g_settings.perf_map = ini_long("phpovm.jit_perf_map", 0) != 0;
  g_configured = true;
}

void configure(const Settings& s) {
  g_settings = s;
  g_configured = true;
}

Stats stats() {
  Stats out;
  out.loops = g_compiled_loops;
  out.functions = g_compiled_functions;
  out.compile_ms = g_compile_ms;
  each_site([&](const Site& site) {
    out.refused += site.state == Site::kRefused;
    out.entries += site.entries;
    out.side_exits += site.side_exits;
    out.failed_calls += site.failures;
    // A compilation finished after the last visit that would have installed it.
    if (site.pending && site.pending->done.load(std::memory_order_acquire)) out.compile_ms += site.pending->ms;
  });
  return out;
}

const Settings& settings() {
  if (!g_configured) configure_from_ini();
  return g_settings;
}

void mark(VmFunction* vf, zend_op* code, uint32_t n, const void* loop_handler, const void* function_handler) {
  if (!settings().enabled) return;
  std::unordered_map<uint32_t, uint32_t> ends;  // header -> last back edge
  for (uint32_t i = 0; i < n; i++) {
    const zend_op& op = code[i];
    const zend_op* target = nullptr;
    if (op.opcode == ZEND_JMP) target = OP_JMP_ADDR(&op, op.op1);
    else if (op.opcode == ZEND_JMPZ || op.opcode == ZEND_JMPNZ) target = OP_JMP_ADDR(&op, op.op2);
    if (!target || target > &op) continue;
    uint32_t header = static_cast<uint32_t>(target - code);
    ends[header] = std::max(ends[header], i);
  }
  for (auto [header, end] : ends) {
    Site site;
    site.handler = code[header].handler;
    site.function = vf;
    site.end = end;
    sites_of(vf).loops.emplace_back(header, std::make_unique<Site>(site));
    code[header].handler = loop_handler;
  }
  // A function's calls start at its first instruction after its RECVs (unless that is a loop's
  // header: the loop is compiled then).
  uint32_t body = vf->shell->num_args;
  if (compilable_function(vf->shell, code) && code[body].handler != loop_handler) {
    Site site;
    site.handler = code[body].handler;
    site.function = vf;
    site.end = n - 1;
    site.is_function = true;
    sites_of(vf).entry = std::make_unique<Site>(site);
    code[body].handler = function_handler;
  }
}

void forget_image(const LinkedImage* image) {
  for (auto it = g_marked.begin(); it != g_marked.end();) {
    if ((*it)->image != image) {
      ++it;
      continue;
    }
    delete static_cast<FunctionSites*>((*it)->jit);
    (*it)->jit = nullptr;
    it = g_marked.erase(it);
  }
}

const zend_op* enter_loop(zend_execute_data* ex, const zend_op* ip, const void** handler) {
  // The site is kept with the linked function; a request's private copy of a main script's code
  // (for a redeclared class) runs the same loops.
  const zend_op_array* oa = &ex->func->op_array;
  Site& site = *static_cast<FunctionSites*>(vm_function(ex->func)->jit)->loop(static_cast<uint32_t>(ip - oa->opcodes));
  *handler = site.handler;
  if (site.pending && site.pending->done.load(std::memory_order_acquire)) {
    std::shared_ptr<CompileJob> job = std::move(site.pending);
    finish(site, ip, oa, *job);
  }
  if (site.state == Site::kCounting && !site.pending && ++site.visits >= g_settings.hot_loop) compile(site, ex, ip);
  if (site.state != Site::kCompiled || !bound_here(site)) return ip;
  for (size_t v = 0;;) {
    for (; v < site.versions.size(); v++) {
      uint32_t at = site.versions[v](ex);
      if (at == kGuardsFailed) continue;
      site.entries++;
      if (at >= static_cast<uint32_t>(ip - oa->opcodes) && at <= site.end) site.side_exits++;
      const zend_op* next = oa->opcodes + at;
      // At the header (an interrupt to serve) the header's own handler runs.
      if (next != ip) *handler = next->handler;
      return next;
    }
    // No version is for these types: after as many misses as make a loop hot, one more is made.
    if (site.full || site.pending || ++site.misses < g_settings.hot_loop) break;
    site.misses = 0;
    if (!compile(site, ex, ip)) break;
  }
  if (site.full && site.misses > 64 && site.misses > site.entries / 2)
    refuse(site, ip, oa, "its guards fail too often");
  return ip;
}

bool enter_function(zend_execute_data* ex, const zend_op* ip, const void** handler) {
  const zend_op_array* oa = &ex->func->op_array;
  Site& site = *static_cast<FunctionSites*>(vm_function(ex->func)->jit)->entry;
  *handler = site.handler;
  if (site.pending && site.pending->done.load(std::memory_order_acquire)) {
    std::shared_ptr<CompileJob> job = std::move(site.pending);
    finish(site, ip, oa, *job);
  }
  if (site.state == Site::kCounting && !site.pending && ++site.visits >= g_settings.hot_func) compile(site, ex, ip);
  if (site.state != Site::kCompiled) return false;
  if (!bound_here(site)) return false;
  for (size_t v = 0;;) {
    for (; v < site.versions.size(); v++) {
      uint32_t result = site.versions[v](ex);
      if (result == kGuardsFailed) continue;
      if (result == 0) {
        site.entries++;
        return true;
      }
      // The call failed (a guard inside, an overflow, calls too deep): the interpreter runs it.
      if (++site.failures > 64 && site.failures > site.entries / 4)
        refuse(site, ip, oa, "its calls fail too often");
      return false;
    }
    if (site.full || site.pending || ++site.misses < g_settings.hot_func) break;
    site.misses = 0;
    if (!compile(site, ex, ip)) break;
  }
  if (site.full && site.misses > 64 && site.misses > site.entries / 2)
    refuse(site, ip, oa, "its guards fail too often");
  return false;
}

void shutdown() {
  stop_compile_thread();
  if (g_settings.stats && g_stats_fd >= 0) {
    Stats s = stats();
    dprintf(g_stats_fd,
            "phpovm jit stats: loops=%u functions=%u refused=%u entries=%llu side_exits=%llu failed_calls=%llu "
            "compile_ms=%.1f\n",
            s.loops, s.functions, s.refused, static_cast<unsigned long long>(s.entries),
            static_cast<unsigned long long>(s.side_exits), static_cast<unsigned long long>(s.failed_calls),
            s.compile_ms);
  }
  each_site([](Site& site) { site.pending.reset(); });
}

const char* backend_version() { return "LLVM " PHPOVM_LLVM_VERSION; }

}  // namespace phpovm::jit
