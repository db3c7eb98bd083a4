// The interpreter loop. Each instruction is a zend_op whose handler field holds the address of
// its label (resolved by the linker), so EX(opline) is phpovm's own instruction pointer and libphp
// always sees the current line. A handler is its fast path plus calls into libphp; every place
// that may call out first saves the instruction pointer with SAVE(). The handlers are in
// vm/handlers/, by what they do; vm/expand_handlers.cpp writes them, with the copies that
// spec/variants.def declares, into the file execute() includes.
#include "vm/interpreter.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <unistd.h>

#include "vm/class_ops.h"
#include "vm/dim_ops.h"
#include "vm/function.h"
#include "vm/isa.h"
#include "vm/operand_ops.h"
#include "vm/runtime_cache.h"
#include "vm/variants.h"
#ifdef PHPOVM_JIT
#include "jit/jit.h"
#endif

// libphp's frame macros (EX_NUM_ARGS, EX_USES_STRICT_TYPES, ...) name the frame execute_data.
#define execute_data ex

namespace phpovm {

namespace {
const void* g_redeclared_class;
const void* g_link_on_entry;
#ifdef PHPOVM_JIT
const void* g_jit_loop;
const void* g_jit_function;
#endif
struct Redeclared {
  const zend_op* at;
  zend_string* name;
  uint32_t ce_flags;
};
std::vector<Redeclared> g_redeclared;  // this request's
}  // namespace

#ifdef PHPOVM_PAIR_STATS
// Instruction-pair frequencies (by the Zend opcode each instruction presents), printed to stderr
// at exit, most frequent first: the measurement superinstructions are chosen from.
uint64_t g_pairs[256][256];
uint8_t g_previous;
int g_report_fd = -1;  // stderr as it was at the first instruction (php closes its STDERR at shutdown)
void print_pairs() {
  FILE* out = g_report_fd >= 0 ? fdopen(g_report_fd, "w") : nullptr;
  if (!out) return;
  std::vector<std::pair<uint64_t, int>> all;
  for (int a = 0; a < 256; a++)
    for (int b = 0; b < 256; b++)
      if (g_pairs[a][b]) all.emplace_back(g_pairs[a][b], a * 256 + b);
  std::sort(all.rbegin(), all.rend());
  uint64_t total = 0;
  for (auto& p : all) total += p.first;
  fprintf(out, "phpovm: %llu instruction pairs executed; the most frequent:\n", static_cast<unsigned long long>(total));
  for (size_t i = 0; i < all.size() && i < 25; i++)
    fprintf(out, "%12llu %5.1f%%  %s -> %s\n", static_cast<unsigned long long>(all[i].first),
            100.0 * all[i].first / total, zend_get_opcode_name(static_cast<uint8_t>(all[i].second >> 8)),
            zend_get_opcode_name(static_cast<uint8_t>(all[i].second & 255)));
  fclose(out);
}
inline void count_pair(uint8_t opcode) {
  static bool registered = (g_report_fd = dup(2), atexit(print_pairs), true);
  (void)registered;
  g_pairs[g_previous][opcode]++;
  g_previous = opcode;
}
#endif

const void* redeclared_class_handler() {
  ensure_handlers();
  return g_redeclared_class;
}

const void* link_on_entry_handler() {
  ensure_handlers();
  return g_link_on_entry;
}

#ifdef PHPOVM_JIT
const void* jit_loop_handler() {
  ensure_handlers();
  return g_jit_loop;
}

const void* jit_function_handler() {
  ensure_handlers();
  return g_jit_function;
}
#endif

void note_redeclared_class(const zend_op* at, zend_string* name, uint32_t ce_flags) {
  g_redeclared.push_back({at, name, ce_flags});
}


#include "vm/dispatch.h"
#include "vm/handler_helpers.h"

void execute(zend_execute_data* ex) {
  if (UNEXPECTED(!ex)) {
    // Each handler's distance from the first: constants, where a table of label addresses would
    // be relocated, and registration statements run, at every process's start-up.
#define HANDLER_AT(label) int32_t(static_cast<const char*>(&&label) - static_cast<const char*>(&&L_NOP))
    static const int32_t kOffsets[] = {
#define INSN(name, k1, k2, kr, ke, flags, meaning) HANDLER_AT(L_##name),
#include "spec/instructions.def"
#undef INSN
#define COPY(insn, family, op1_kind, op2_kind, label) HANDLER_AT(label),
#include "vm/handler_copies.gen.inc"
#undef COPY
    };
#undef HANDLER_AT
    install_handlers(&&L_NOP, kOffsets);
    g_redeclared_class = &&redeclared_class;
    g_link_on_entry = &&link_on_entry;
#ifdef PHPOVM_JIT
    g_jit_loop = &&jit_loop;
    g_jit_function = &&jit_function;
#endif
    return;
  }
  // Generic handlers read operand kinds and the opcode from the instruction (see T1, T2, ZOP).
  // (Enumerators, not variables: a computed goto may not cross an initialisation.)
  enum : int {
    t1 = kAnyKind,
    t2 = kAnyKind,
    zop = kAnyOpcode,
    result_use = kAnyResultUse,
    doubles_first = 0,
    jump_nz = 0
  };
  const zend_op* ip;
  uint32_t op_num;          // exception dispatch: the throwing instruction
  int try_catch_offset;     // exception dispatch: innermost region around it
  if (UNEXPECTED(ex->func->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) && ex->func->common.scope) {
    // libphp called a __call/__callStatic trampoline: run the magic method in this frame.
    zend_execute_data* prev = ex->prev_execute_data;
    zend_function* magic = magic_call_for_trampoline(ex);
    if (magic->type == ZEND_USER_FUNCTION) {
      EG(current_execute_data) = prev;
      zend_init_func_execute_data(ex, &magic->op_array, ex->return_value);
    }
  }
  if (UNEXPECTED(!vm_function(ex->func))) {
    zend_throw_error(nullptr, "phpovm: %s was not compiled by phpovm",
                     ex->func->op_array.function_name ? ZSTR_VAL(ex->func->op_array.function_name) : "code");
    return;
  }
  enter_frame(ex);
  ip = ex->opline;
  if (UNEXPECTED(ip >= EG(exception_op) && ip < EG(exception_op) + 3)) {
    // Resumed to handle an exception thrown into this frame (Generator::throw): libphp parked
    // the frame on its exception oplines and remembers the real position.
    ip = EG(opline_before_exception);
    goto handle_exception;
  }
  DISPATCH();


#include "vm/handlers.gen.inc"
}

}  // namespace phpovm
