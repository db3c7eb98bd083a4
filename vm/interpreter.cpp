// The interpreter loop. Each instruction is a zend_op whose handler field holds the address of
// its label below (resolved by the linker), so EX(opline) is phpovm's own instruction pointer and
// libphp always sees the current line. A handler is its fast path plus calls into libphp; every
// place that may call out first saves the instruction pointer with SAVE().
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

// libphp's frame macros (EX_NUM_ARGS, EX_USES_STRICT_TYPES, ...) name the frame execute_data.
#define execute_data ex

namespace phpovm {

namespace {
// Each instruction's Zend opcode, as a constant (for the specialised copies of handlers).
#define INSN(name, zop, k1, k2, kr, ke, flags, meaning) [[maybe_unused]] constexpr uint8_t kZendOpcode_##name = zop;
#include "spec/instructions.def"
#undef INSN
// The comparison-and-branch superinstructions run their comparison's opcode.
#define JUMP_OPCODES(name) \
  [[maybe_unused]] constexpr uint8_t kZendOpcode_##name##_JUMPZ = ZEND_##name, kZendOpcode_##name##_JUMPNZ = ZEND_##name;
JUMP_OPCODES(IS_EQUAL) JUMP_OPCODES(IS_NOT_EQUAL) JUMP_OPCODES(IS_SMALLER) JUMP_OPCODES(IS_SMALLER_OR_EQUAL)
JUMP_OPCODES(IS_IDENTICAL) JUMP_OPCODES(IS_NOT_IDENTICAL) JUMP_OPCODES(TYPE_CHECK)
#undef JUMP_OPCODES

// Handlers by instruction and by the kinds of op1 and op2 (kind_index()), indexed by FusedJump:
// [kNoJump] the instruction alone, [kJmpz]/[kJmpnz] the superinstruction of a comparison and the
// JMPZ/JMPNZ after it, [kNoResult] the instruction with its result unused. [op][kAny][kAny] is the
// generic handler.
constexpr int kAny = 5;
using VariantTable = const void* [kOpCount][kAny + 1][kAny + 1];
VariantTable g_variants[4];
// The copies that test first for the operand types libphp's type inference proved (TypeHint
// kHintDoubles), indexed by kNoJump, kJmpz, kJmpnz; only [op][kind][kind] entries, no generic ones.
VariantTable g_doubles_first[3];
const void* g_redeclared_class;
const void* g_link_on_entry;
std::vector<std::pair<const zend_op*, zend_string*>> g_redeclared;  // (instruction, class), this request

constexpr int kind_index(zend_uchar kind) {
  switch (kind) {
    case IS_CONST: return 0;
    case IS_TMP_VAR: return 1;
    case IS_CV: return 2;
    case IS_UNUSED: return 3;
    case IS_VAR: return 4;
    default: return kAny;
  }
}
// kind_index() by table, for handler_for (the linker asks once or more per instruction it links).
constexpr std::array<int8_t, 16> kKindIndex = [] {
  std::array<int8_t, 16> t{};
  for (int k = 0; k < 16; k++) t[k] = static_cast<int8_t>(kind_index(static_cast<zend_uchar>(k)));
  return t;
}();
// Whether g_variants[jump] has any copy of an instruction: handler_for answers "none" for the
// others without looking into the (large, mostly empty) table.
bool g_has_copies[4][kOpCount];
void register_variant(Op op, zend_uchar op1_kind, zend_uchar op2_kind, const void* handler, VariantTable& table) {
  table[static_cast<int>(op)][kind_index(op1_kind)][kind_index(op2_kind)] = handler;
  for (int jump = 0; jump < 4; jump++)
    if (&table == &g_variants[jump]) g_has_copies[jump][static_cast<int>(op)] = true;
}
void ensure_handlers() {
  if (!g_variants[kNoJump][0][kAny][kAny]) execute(nullptr);
}
}  // namespace

const void* handler_for(uint16_t op, zend_uchar op1_type, zend_uchar op2_type, FusedJump jump, uint8_t types) {
  ensure_handlers();
  if (op >= kOpCount || (jump != kNoJump && !g_has_copies[jump][op])) return nullptr;
  int a = op1_type < 16 ? kKindIndex[op1_type] : kAny, b = op2_type < 16 ? kKindIndex[op2_type] : kAny;
  if (types == kHintDoubles && jump != kNoResult && g_doubles_first[jump][op][a][b]) return g_doubles_first[jump][op][a][b];
  const auto& t = g_variants[jump][op];
  if (t[a][b]) return t[a][b];
  if (t[a][kAny]) return t[a][kAny];
  if (t[kAny][b]) return t[kAny][b];
  return t[kAny][kAny];
}

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
    fprintf(out, "%12llu %5.1f%%  %s -> %s\n", static_cast<unsigned long long>(all[i].first), 100.0 * all[i].first / total,
            zend_get_opcode_name(static_cast<uint8_t>(all[i].second >> 8)), zend_get_opcode_name(static_cast<uint8_t>(all[i].second & 255)));
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

void note_redeclared_class(const zend_op* at, zend_string* lcname) { g_redeclared.emplace_back(at, lcname); }


#define EXV(node) ((zval*)(((char*)ex) + (node).var))
#define CONSTV(node) RT_CONSTANT(ip, node)
#define CACHE_SLOT_AT(offset) reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + (offset))
#define SAVE() (ex->opline = ip)
#ifdef PHPOVM_PAIR_STATS
#define DISPATCH()         \
  do {                     \
    count_pair(ip->opcode); \
    goto* ip->handler;     \
  } while (0)
#else
#define DISPATCH() goto* ip->handler
#endif
#define NEXT() \
  do {         \
    ip++;      \
    DISPATCH(); \
  } while (0)
#define CHECK_EXC()                         \
  do {                                      \
    if (UNEXPECTED(EG(exception))) goto handle_exception; \
  } while (0)
#define NEXT_CHECKED() \
  do {                 \
    CHECK_EXC();       \
    NEXT();            \
  } while (0)
// Releases temporary operand 1 and continues: the release may run a destructor, which may throw
// (the frame's position is saved first, for the destructor's backtrace and the unwinding).
#define FREE1_NEXT()                         \
  do {                                       \
    if (T1 & (IS_TMP_VAR | IS_VAR)) {        \
      SAVE();                                \
      FREE1();                               \
      CHECK_EXC();                           \
    }                                        \
    NEXT();                                  \
  } while (0)
#define JUMP_TO(target) \
  do {                  \
    ip = (target);      \
    DISPATCH();         \
  } while (0)
#define INTERRUPT_CHECK()                                             \
  do {                                                                \
    if (UNEXPECTED(zend_atomic_bool_load_ex(&EG(vm_interrupt)))) { \
      SAVE();                                                         \
      goto interrupt;                                                 \
    }                                                                 \
  } while (0)

// Operand access. Reads dereference references; a read of an undefined CV warns and gives null.
static zend_always_inline zval* read_op(zend_execute_data* ex, const zend_op* ip, zend_uchar type, znode_op node) {
  if (type == IS_CONST) return RT_CONSTANT(ip, node);
  zval* v = EXV(node);
  if (type == IS_CV) {
    if (UNEXPECTED(Z_TYPE_P(v) == IS_UNDEF)) {
      ex->opline = ip;
      return undefined_cv(ex, node.var);
    }
    ZVAL_DEREF(v);
  } else if (type == IS_VAR) {
    ZVAL_DEREF(v);
  }
  return v;
}
// As read_op, for isset/?? contexts: an undefined CV is null without a warning.
static zend_always_inline zval* read_op_quiet(zend_execute_data* ex, const zend_op* ip, zend_uchar type, znode_op node) {
  if (type == IS_CONST) return RT_CONSTANT(ip, node);
  zval* v = EXV(node);
  if (Z_TYPE_P(v) == IS_UNDEF) return &EG(uninitialized_zval);
  ZVAL_DEREF(v);
  return v;
}
// The dimension an ArrayAccess object receives: a constant written as a numeric string ("7"),
// which the compiler made an integer for arrays, reaches an object as the string, kept in the
// literal after it (the verifier checked that one is there).
static zend_always_inline zval* object_dim(zend_uchar dim_type, const zval* container, zval* dim) {
  if (dim_type != IS_CONST || !dim || Z_EXTRA_P(dim) != ZEND_EXTRA_VALUE) return dim;
  if (Z_ISREF_P(container)) container = Z_REFVAL_P(container);
  return Z_TYPE_P(container) == IS_OBJECT ? dim + 1 : dim;
}
// The variable a write goes to: a CV, or the slot an INDIRECT in a VAR points to.
static zend_always_inline zval* write_op(zend_execute_data* ex, zend_uchar type, znode_op node) {
  zval* v = EXV(node);
  if (type == IS_VAR && Z_TYPE_P(v) == IS_INDIRECT) v = Z_INDIRECT_P(v);
  return v;
}
static zend_always_inline void free_op(zend_execute_data* ex, zend_uchar type, znode_op node) {
  if (type & (IS_TMP_VAR | IS_VAR)) zval_ptr_dtor_nogc(EXV(node));
}
// Whether value already has declared type `type`, so that storing it needs no coercion: its
// type code is in the mask, or it is an object of the one class the type names (found through
// the name's class-entry cache, as libphp's own check does). False is "maybe not": the general
// path then checks (and coerces or throws).
static zend_always_inline bool value_has_type(zend_type type, const zval* value) {
  if (ZEND_TYPE_CONTAINS_CODE(type, Z_TYPE_P(value))) return true;
  if (Z_TYPE_P(value) != IS_OBJECT || !ZEND_TYPE_HAS_NAME(type) || ZEND_TYPE_HAS_LIST(type)) return false;
  zend_string* name = ZEND_TYPE_NAME(type);
  if (!ZSTR_HAS_CE_CACHE(name)) return false;
  auto* ce = static_cast<zend_class_entry*>(ZSTR_GET_CE_CACHE(name));
  return ce && instanceof_function(Z_OBJCE_P(value), ce);
}

// The element container[dim] already holds, when a write to it changes nothing else: the
// container (or what it references) is an array only it holds (so not separated), dim is an
// integer or a literal string (whose hash is known and which the compiler made an integer if
// numeric), and the element is set and not a symbol-table slot. Null for anything else, which
// the general path handles (separation, creation, notices, objects, strings).
static zend_always_inline zval* existing_element_for_write(zval* container, const zval* dim, bool literal_dim) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) != IS_ARRAY) return nullptr;
  HashTable* ht = Z_ARRVAL_P(container);
  if (GC_REFCOUNT(ht) != 1) return nullptr;
  zval* slot = nullptr;
  if (Z_TYPE_P(dim) == IS_LONG) {
    auto i = static_cast<zend_ulong>(Z_LVAL_P(dim));
    if (HT_IS_PACKED(ht)) {
      if (i < ht->nNumUsed) slot = &ht->arPacked[i];
    } else {
      slot = zend_hash_index_find(ht, i);
    }
  } else if (literal_dim && Z_TYPE_P(dim) == IS_STRING) {
    slot = zend_hash_find_known_hash(ht, Z_STR_P(dim));
  }
  if (!slot || Z_TYPE_P(slot) == IS_UNDEF || Z_TYPE_P(slot) == IS_INDIRECT) return nullptr;
  return slot;
}

// Copies the value src of an operand of kind type into dst. Reading consumes a TMP or VAR: a TMP
// is moved, a VAR (slot) is moved or, when it held a reference (src is then inside it), the value
// is copied and the reference released.
static zend_always_inline void copy_op(zval* dst, zval* src, zend_uchar type, zval* slot) {
  if (type == IS_TMP_VAR) {
    ZVAL_COPY_VALUE(dst, src);
  } else if (type == IS_VAR && src == slot) {
    ZVAL_COPY_VALUE(dst, src);
  } else if (type == IS_VAR) {
    ZVAL_COPY(dst, src);
    zval_ptr_dtor_nogc(slot);
  } else {
    ZVAL_COPY_DEREF(dst, src);
  }
}

// Handlers specialised by operand kind. A handler body names the kinds of its operands T1 and T2
// and the Zend opcode it runs ZOP. In the generic handler they are read from the instruction; a
// specialised copy of the body (SPECIALISE_*) declares them as constants, so that the compiler
// drops every branch on them. The linker picks a copy per instruction (handler_for()).
constexpr zend_uchar kAnyKind = 0xFF;  // t1/t2: the kind is the instruction's
constexpr uint8_t kAnyOpcode = 0xFF;   // zop: the opcode is the instruction's
constexpr int kAnyResultUse = 2;        // result_use: whether the result is used is the instruction's
#define T1 (t1 == kAnyKind ? ip->op1_type : static_cast<zend_uchar>(t1))
#define T2 (t2 == kAnyKind ? ip->op2_type : static_cast<zend_uchar>(t2))
#define ZOP (zop == kAnyOpcode ? ip->opcode : static_cast<zend_uchar>(zop))
#define KIND_C IS_CONST
#define KIND_T IS_TMP_VAR
#define KIND_V IS_CV
#define KIND_U IS_UNUSED
#define KIND_R IS_VAR
#define KIND_A kAnyKind
// One specialised copy of a handler body: op1 of kind a, op2 of kind b (C constant, T temporary,
// V variable, R result of a call or fetch (VAR), U unused, or A "as the instruction says").
#define DEFINE_VARIANT(name, a, b, ...)                                                                 \
  L_##name##_##a##_##b: {                                                                                \
    enum : int { t1 = KIND_##a, t2 = KIND_##b, zop = kZendOpcode_##name, result_use = kAnyResultUse, doubles_first = 0 };  \
    __VA_ARGS__;                                                                                         \
  }
// The same copy for an instruction whose result is used (SPECIALISE_WITH_NO_RESULT).
#define DEFINE_USED_RESULT_VARIANT(name, a, b, ...)                                    \
  L_##name##_##a##_##b: {                                                               \
    enum : int { t1 = KIND_##a, t2 = KIND_##b, zop = kZendOpcode_##name, result_use = 1, doubles_first = 0 }; \
    __VA_ARGS__;                                                                        \
  }
// The same copy for an instruction whose result is unused (the linker's kNoResult table).
#define DEFINE_NO_RESULT_VARIANT(name, a, b, ...)                                      \
  L_##name##_NR_##a##_##b: {                                                            \
    enum : int { t1 = KIND_##a, t2 = KIND_##b, zop = kZendOpcode_##name, result_use = 0, doubles_first = 0 }; \
    __VA_ARGS__;                                                                        \
  }
// The same copy testing first for two floats (the linker's g_doubles_first tables), for an
// instruction whose operands libphp's type inference proved to be floats (kHintDoubles).
#define DEFINE_DOUBLES_FIRST_VARIANT(name, a, b, ...)                                                    \
  L_##name##_DF_##a##_##b: {                                                                               \
    enum : int { t1 = KIND_##a, t2 = KIND_##b, zop = kZendOpcode_##name, result_use = kAnyResultUse, doubles_first = 1 }; \
    __VA_ARGS__;                                                                                           \
  }
#ifndef PHPOVM_NO_SPECIALISE
// The kind combinations a handler is specialised for: both operands (constant, temporary, variable
// or result each), or op1 alone.
#define BOTH_OPERANDS(X, name, ...)                                                                                \
  X(name, C, C, __VA_ARGS__) X(name, C, T, __VA_ARGS__) X(name, C, V, __VA_ARGS__) X(name, C, R, __VA_ARGS__)      \
  X(name, T, C, __VA_ARGS__) X(name, T, T, __VA_ARGS__) X(name, T, V, __VA_ARGS__) X(name, T, R, __VA_ARGS__)      \
  X(name, V, C, __VA_ARGS__) X(name, V, T, __VA_ARGS__) X(name, V, V, __VA_ARGS__) X(name, V, R, __VA_ARGS__)      \
  X(name, R, C, __VA_ARGS__) X(name, R, T, __VA_ARGS__) X(name, R, V, __VA_ARGS__) X(name, R, R, __VA_ARGS__)
// The pairs that dominate in practice (a temporary or a variable against a constant, a temporary
// or a variable), for instructions where the other pairs are rare: fewer copies keep the
// interpreter's code (and its build under the sanitizers) small.
#define COMMON_PAIRS(X, name, ...)                                                            \
  X(name, T, C, __VA_ARGS__) X(name, T, T, __VA_ARGS__) X(name, T, V, __VA_ARGS__)            \
  X(name, V, C, __VA_ARGS__) X(name, V, T, __VA_ARGS__) X(name, V, V, __VA_ARGS__)
// The same with call results compared against constants and each other (loop and branch tests).
#define BRANCH_PAIRS(X, name, ...) COMMON_PAIRS(X, name, __VA_ARGS__) X(name, R, C, __VA_ARGS__) X(name, R, R, __VA_ARGS__)
#define FIRST_OPERAND(X, name, ...) \
  X(name, C, A, __VA_ARGS__) X(name, T, A, __VA_ARGS__) X(name, V, A, __VA_ARGS__) X(name, R, A, __VA_ARGS__)
#define VARIABLE_FIRST(X, name, ...) \
  X(name, V, C, __VA_ARGS__) X(name, V, T, __VA_ARGS__) X(name, V, V, __VA_ARGS__) X(name, V, R, __VA_ARGS__)
#define VARIABLE_ONLY(X, name, ...) X(name, V, A, __VA_ARGS__)
// An argument sent by position (op2 its number, unused as an operand); by name (op2 a constant)
// runs the generic handler.
#define SEND_OPERANDS(X, name, ...) \
  X(name, C, U, __VA_ARGS__) X(name, T, U, __VA_ARGS__) X(name, V, U, __VA_ARGS__) X(name, R, U, __VA_ARGS__)
#define SECOND_OPERAND(X, name, ...) X(name, A, C, __VA_ARGS__) X(name, A, T, __VA_ARGS__) X(name, A, V, __VA_ARGS__)
#define OBJECT_FIRST(X, name, ...) \
  X(name, U, C, __VA_ARGS__) X(name, V, C, __VA_ARGS__) X(name, T, C, __VA_ARGS__) X(name, R, C, __VA_ARGS__)
#define DIM_WRITE(X, name, ...) VARIABLE_FIRST(X, name, __VA_ARGS__) X(name, V, U, __VA_ARGS__)
// A call (DO_UCALL, DO_ICALL): no operands.
#define NO_OPERANDS(X, name, ...) X(name, U, U, __VA_ARGS__)
// A comparison of two floats: a constant on either side, temporaries and variables.
#define FLOAT_COMPARE_PAIRS(X, name, ...)                                                     \
  X(name, C, T, __VA_ARGS__) X(name, C, V, __VA_ARGS__) COMMON_PAIRS(X, name, __VA_ARGS__)
#else
// A build without specialised copies (-DPHPOVM_SPECIALISE=OFF, for the sanitizers: the compiler
// takes very long over the interpreter's thousands of labels when it instruments them). Every
// instruction runs its generic handler, the same code with the kinds read at run time.
#define BOTH_OPERANDS(X, name, ...)
#define COMMON_PAIRS(X, name, ...)
#define BRANCH_PAIRS(X, name, ...)
#define FIRST_OPERAND(X, name, ...)
#define VARIABLE_FIRST(X, name, ...)
#define VARIABLE_ONLY(X, name, ...)
#define SEND_OPERANDS(X, name, ...)
#define SECOND_OPERAND(X, name, ...)
#define OBJECT_FIRST(X, name, ...)
#define DIM_WRITE(X, name, ...)
#define NO_OPERANDS(X, name, ...)
#define FLOAT_COMPARE_PAIRS(X, name, ...)
#endif
// The generic handler of `name` and its specialised copies for the combinations `which` lists.
#define SPECIALISE(which, name, ...) \
  L_##name: __VA_ARGS__;             \
  which(DEFINE_VARIANT, name, __VA_ARGS__)
// The generic handler, and for each combination two copies: one for a used result and one for an
// unused result. The linker takes the second whenever the result is unused (its kNoResult
// table), so the first runs only with a used result and need not test it.
#define SPECIALISE_WITH_NO_RESULT(which, name, ...) \
  L_##name: __VA_ARGS__;                            \
  which(DEFINE_USED_RESULT_VARIANT, name, __VA_ARGS__) \
  which(DEFINE_NO_RESULT_VARIANT, name, __VA_ARGS__)
// SPECIALISE, and for each combination `doubles` lists a copy testing first for two floats.
#define SPECIALISE_WITH_DOUBLES_FIRST(which, doubles, name, ...) \
  SPECIALISE(which, name, __VA_ARGS__)                           \
  doubles(DEFINE_DOUBLES_FIRST_VARIANT, name, __VA_ARGS__)
// The same for instructions that share one body (which reads ZOP).
#define SPECIALISE_2(which, a, b, ...) \
  L_##b:                               \
  SPECIALISE(which, a, __VA_ARGS__)    \
  which(DEFINE_VARIANT, b, __VA_ARGS__)
#define SPECIALISE_3(which, a, b, c, ...)                                   \
  L_##b: L_##c:                                                             \
  SPECIALISE(which, a, __VA_ARGS__)                                         \
  which(DEFINE_VARIANT, b, __VA_ARGS__) which(DEFINE_VARIANT, c, __VA_ARGS__)
#define SPECIALISE_4(which, a, b, c, d, ...)                                                         \
  L_##b: L_##c: L_##d:                                                                               \
  SPECIALISE(which, a, __VA_ARGS__)                                                                  \
  which(DEFINE_VARIANT, b, __VA_ARGS__) which(DEFINE_VARIANT, c, __VA_ARGS__) which(DEFINE_VARIANT, d, __VA_ARGS__)

#define OP1 read_op(ex, ip, T1, ip->op1)
// The object operand of a property or method instruction: unused means $this.
#define OBJ_R1 (T1 == IS_UNUSED ? &ex->This : OP1)
#define OBJ_W1 (T1 == IS_UNUSED ? &ex->This : write_op(ex, T1, ip->op1))
// Releases an object operand that a VAR held by value (a call result, $this in a closure); an
// INDIRECT one is not counted.
#define FREE_W1() \
  do { if (T1 == IS_VAR) zval_ptr_dtor_nogc(EXV(ip->op1)); } while (0)
#define OP2 read_op(ex, ip, T2, ip->op2)
// An operand's slot as it is (no dereference, no undefined check): for fast paths that test the
// type first and leave every other case to OP1/OP2.
#define RAW1 (T1 == IS_CONST ? RT_CONSTANT(ip, ip->op1) : EXV(ip->op1))
#define RAW2 (T2 == IS_CONST ? RT_CONSTANT(ip, ip->op2) : EXV(ip->op2))
// The operand of the OP_DATA `data` after an instruction, as RAW1 reads op1.
#define RAW_DATA(data) ((data)->op1_type == IS_CONST ? RT_CONSTANT(data, (data)->op1) : EXV((data)->op1))
// A value that is neither undefined nor counted (nor a reference), whose copy is a plain copy:
// its type is set and its type flags (and the rest of its type word) are clear, one comparison.
#define DEFINED_AND_UNCOUNTED(v) (static_cast<uint32_t>(Z_TYPE_INFO_P(v) - 1) < 0xFFu)
#define FREE1() free_op(ex, T1, ip->op1)
#define FREE2() free_op(ex, T2, ip->op2)
#define RESULT EXV(ip->result)
#define RESULT_USED (result_use == kAnyResultUse ? ip->result_type != IS_UNUSED : result_use != 0)

#define BINARY_SLOW(fn)              \
  do {                               \
    zval* a = OP1;                   \
    zval* b = OP2;                   \
    SAVE();                          \
    fn(RESULT, a, b);                \
    FREE1();                         \
    FREE2();                         \
    NEXT_CHECKED();                  \
  } while (0)

// Two integers where `when` holds: result = expr inline; anything else goes to libphp's fn
// (conversions, errors such as division by zero or a negative shift).
#define BINARY_LONG(when, expr, fn)                                     \
  do {                                                                  \
    const zval* ra = RAW1;                                              \
    const zval* rb = RAW2;                                              \
    if (EXPECTED(Z_TYPE_P(ra) == IS_LONG && Z_TYPE_P(rb) == IS_LONG)) { \
      zend_long x = Z_LVAL_P(ra), y = Z_LVAL_P(rb);                     \
      if (EXPECTED(when)) {                                             \
        ZVAL_LONG(RESULT, (expr));                                      \
        NEXT();                                                         \
      }                                                                 \
    }                                                                   \
    BINARY_SLOW(fn);                                                    \
  } while (0)

#define COMPARE(test)                                  \
  do {                                                 \
    const zval* ra = RAW1;                             \
    const zval* rb = RAW2;                             \
    if (Z_TYPE_P(ra) == IS_LONG && Z_TYPE_P(rb) == IS_LONG) { \
      zend_long x = Z_LVAL_P(ra), y = Z_LVAL_P(rb);    \
      ZVAL_BOOL(RESULT, (test));                       \
      NEXT();                                          \
    }                                                  \
    if (Z_TYPE_P(ra) == IS_DOUBLE && Z_TYPE_P(rb) == IS_DOUBLE) { \
      double x = Z_DVAL_P(ra), y = Z_DVAL_P(rb);       \
      ZVAL_BOOL(RESULT, (test));                       \
      NEXT();                                          \
    }                                                  \
    zval* a = OP1;                                     \
    zval* b = OP2;                                     \
    bool r;                                            \
    {                                                  \
      SAVE();                                          \
      int c = zend_compare(a, b);                      \
      zend_long x = c, y = 0;                          \
      r = (test);                                      \
    }                                                  \
    ZVAL_BOOL(RESULT, r);                              \
    FREE1();                                           \
    FREE2();                                           \
    NEXT_CHECKED();                                    \
  } while (0)

static zend_always_inline bool arg_by_ref(zend_execute_data* call, uint32_t arg_num) {
  return ARG_SHOULD_BE_SENT_BY_REF(call->func, arg_num);
}

// Sends a variable by reference: the CV or slot becomes a reference shared with the argument.
static zend_always_inline void send_ref(zval* arg, zval* var) {
  if (Z_ISREF_P(var)) {
    Z_ADDREF_P(var);
  } else {
    if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
    ZVAL_MAKE_REF_EX(var, 2);
  }
  ZVAL_REF(arg, Z_REF_P(var));
}

static zend_function* lookup_function(zval* lcname) { return static_cast<zend_function*>(zend_hash_find_ptr(EG(function_table), Z_STR_P(lcname))); }

// Timeouts, Debian's delayed out-of-memory errors and zend_interrupt_function, served with
// EX(opline) saved. May bail out (fatal errors) or leave an exception.
static void service_interrupt(zend_execute_data* ex) {
  zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
  if (zend_atomic_bool_load_ex(&EG(timed_out))) zend_timeout();
#ifdef ZEND_HAS_OOM
  if (ZEND_HAS_OOM()) {
    zend_handle_delayed_oom();
    return;
  }
#endif
  if (zend_interrupt_function) zend_interrupt_function(ex);
}

// Starts a call to a resolved callable (a method, a closure or a function), holding its object.
static zend_execute_data* push_callable_frame(const zend_fcall_info_cache& fcc, uint32_t num_args) {
  uint32_t info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_DYNAMIC;
  void* object_or_called_scope = fcc.called_scope;
  if (fcc.object) {
    object_or_called_scope = fcc.object;
    info |= ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS;
    GC_ADDREF(fcc.object);
  }
  if (fcc.function_handler->common.fn_flags & ZEND_ACC_CLOSURE) {
    info |= ZEND_CALL_CLOSURE;
    GC_ADDREF(ZEND_CLOSURE_OBJECT(fcc.function_handler));
  }
  return zend_vm_stack_push_call_frame(info, fcc.function_handler, num_args, object_or_called_scope);
}

// A finally block left early (by return, break or an exception): drop the return value that
// the FAST_CALL which entered it was carrying.
static void discard_pending_return(zend_execute_data* ex, zval* fast_call) {
  uint32_t from = Z_OPLINE_NUM_P(fast_call);
  if (from == static_cast<uint32_t>(-1)) return;
  const zend_op* call = &ex->func->op_array.opcodes[from];
  if (call->op2_type & (IS_TMP_VAR | IS_VAR)) zval_ptr_dtor(EX_VAR(call->op2.var));
}

// For a FREE/FE_FREE run by return/break (ZEND_FREE_ON_RETURN) that threw: frees the value the
// pending RETURN holds and gives the end of the loop's live range, where the throw counts.
static uint32_t loop_end_for_free_on_return(zend_execute_data* ex, uint32_t op_num) {
  const zend_op_array* oa = &ex->func->op_array;
  const zend_op* op = &oa->opcodes[op_num];
  const zend_live_range* range = nullptr;
  for (int i = 0; i < oa->last_live_range; i++) {
    const zend_live_range& r = oa->live_range[i];
    if (op_num >= r.start && op_num < r.end && (r.var & ~ZEND_LIVE_MASK) == op->op1.var) {
      range = &r;
      break;
    }
  }
  if (!range) return op_num;
  for (uint32_t i = op_num; i < range->end; i++) {
    const zend_op* o = &oa->opcodes[i];
    if (o->opcode == ZEND_FREE || o->opcode == ZEND_FE_FREE) continue;
    if (o->opcode == ZEND_RETURN && (o->op1_type & (IS_VAR | IS_TMP_VAR))) zval_ptr_dtor(EX_VAR(o->op1.var));
    break;
  }
  return range->end;
}

// ce::name() as a static call: the method, or null after throwing PHP's error for an unknown
// or non-static method. `lcname` is the compiler's lowercased literal, when there is one.
static zend_function* find_static_method(zend_class_entry* ce, zend_string* name, const zval* lcname) {
  zend_function* fbc =
      ce->get_static_method ? ce->get_static_method(ce, name) : zend_std_get_static_method(ce, name, lcname);
  if (!fbc) {
    if (!EG(exception)) zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), ZSTR_VAL(name));
    return nullptr;
  }
  if (!(fbc->common.fn_flags & ZEND_ACC_STATIC)) {
    zend_throw_error(nullptr, "Non-static method %s::%s() cannot be called statically", ZSTR_VAL(fbc->common.scope->name),
                     ZSTR_VAL(fbc->common.function_name));
    return nullptr;
  }
  return fbc;
}

// $f(...): the frame of a call to a string, array or object callable, with PHP's errors for
// each kind of bad callable; null after throwing.
static zend_execute_data* dynamic_call_frame(zval* callable, uint32_t num_args) {
  uint32_t info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_DYNAMIC;
  if (Z_TYPE_P(callable) == IS_STRING) {
    const char* name = Z_STRVAL_P(callable);
    size_t len = Z_STRLEN_P(callable);
    const char* colon = static_cast<const char*>(memchr(name, ':', len));
    if (colon && colon + 1 < name + len && colon[1] == ':') {  // "Class::method"
      zend_string* cname = zend_string_init(name, colon - name, 0);
      zend_string* mname = zend_string_init(colon + 2, len - (colon - name) - 2, 0);
      zend_class_entry* ce = zend_fetch_class_by_name(cname, nullptr, ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
      zend_function* fbc = ce ? find_static_method(ce, mname, nullptr) : nullptr;
      zend_string_release(cname);
      zend_string_release(mname);
      return fbc ? zend_vm_stack_push_call_frame(info, fbc, num_args, ce) : nullptr;
    }
    zend_string* lc;
    if (len && name[0] == '\\') {
      lc = zend_string_alloc(len - 1, 0);
      zend_str_tolower_copy(ZSTR_VAL(lc), name + 1, len - 1);
    } else {
      lc = zend_string_tolower(Z_STR_P(callable));  // the string itself when already lower case
    }
    auto* fbc = static_cast<zend_function*>(zend_hash_find_ptr(EG(function_table), lc));
    zend_string_release(lc);
    if (!fbc) {
      zend_throw_error(nullptr, "Call to undefined function %s()", Z_STRVAL_P(callable));
      return nullptr;
    }
    return zend_vm_stack_push_call_frame(info, fbc, num_args, nullptr);
  }
  if (Z_TYPE_P(callable) == IS_ARRAY) {  // [object or class, method]
    if (zend_hash_num_elements(Z_ARRVAL_P(callable)) != 2) {
      zend_throw_error(nullptr, "Array callback must have exactly two elements");
      return nullptr;
    }
    zval* target = zend_hash_index_find(Z_ARRVAL_P(callable), 0);
    zval* method = zend_hash_index_find(Z_ARRVAL_P(callable), 1);
    if (!target || !method) {
      zend_throw_error(nullptr, "Array callback has to contain indices 0 and 1");
      return nullptr;
    }
    ZVAL_DEREF(target);
    ZVAL_DEREF(method);
    if (Z_TYPE_P(target) != IS_STRING && Z_TYPE_P(target) != IS_OBJECT) {
      zend_throw_error(nullptr, "First array member is not a valid class name or object");
      return nullptr;
    }
    if (Z_TYPE_P(method) != IS_STRING) {
      zend_throw_error(nullptr, "Second array member is not a valid method");
      return nullptr;
    }
    if (Z_TYPE_P(target) == IS_STRING) {
      zend_class_entry* ce = zend_fetch_class_by_name(Z_STR_P(target), nullptr, ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
      if (!ce) return nullptr;
      zend_function* fbc = find_static_method(ce, Z_STR_P(method), nullptr);
      return fbc ? zend_vm_stack_push_call_frame(info, fbc, num_args, ce) : nullptr;
    }
    zend_object* obj = Z_OBJ_P(target);
    zend_function* fbc = obj->handlers->get_method(&obj, Z_STR_P(method), nullptr);
    if (!fbc) {
      if (!EG(exception)) zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name), Z_STRVAL_P(method));
      return nullptr;
    }
    if (fbc->common.fn_flags & ZEND_ACC_STATIC) return zend_vm_stack_push_call_frame(info, fbc, num_args, obj->ce);
    GC_ADDREF(obj);
    return zend_vm_stack_push_call_frame(info | ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS, fbc, num_args, obj);
  }
  if (Z_TYPE_P(callable) == IS_OBJECT) {
    zend_class_entry* called_scope;
    zend_function* fbc;
    zend_object* object;
    zend_object* obj = Z_OBJ_P(callable);
    if (obj->handlers->get_closure && obj->handlers->get_closure(obj, &called_scope, &fbc, &object, 0) == SUCCESS) {
      void* this_or_scope = called_scope;
      if (fbc->common.fn_flags & ZEND_ACC_CLOSURE) {
        // The closure is held until the call ends (it holds its $this).
        info |= ZEND_CALL_CLOSURE;
        GC_ADDREF(ZEND_CLOSURE_OBJECT(fbc));
        if (fbc->common.fn_flags & ZEND_ACC_FAKE_CLOSURE) info |= ZEND_CALL_FAKE_CLOSURE;
        if (object) {
          info |= ZEND_CALL_HAS_THIS;
          this_or_scope = object;
        }
      } else if (object) {
        // An object with __invoke: the call holds it, as the arguments may release the variable.
        info |= ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS;
        GC_ADDREF(object);
        this_or_scope = object;
      }
      return zend_vm_stack_push_call_frame(info, fbc, num_args, this_or_scope);
    }
    if (!EG(exception)) zend_throw_error(nullptr, "Object of type %s is not callable", ZSTR_VAL(obj->ce->name));
    return nullptr;
  }
  if (!EG(exception))  // an undefined variable's warning, made an exception by the error handler, comes first
    zend_throw_error(nullptr, "Value of type %s is not callable", zend_zval_type_name(callable));
  return nullptr;
}

// The property name operand (op2) as a string; *tmp holds a converted copy to release. Null
// after throwing (a name that does not convert).
static zend_string* property_name(zend_execute_data* ex, const zend_op* ip, zend_string** tmp) {
  *tmp = nullptr;
  if (ip->op2_type == IS_CONST) return Z_STR_P(CONSTV(ip->op2));
  zval* name = read_op(ex, ip, ip->op2_type, ip->op2);
  if (Z_TYPE_P(name) == IS_STRING) return Z_STR_P(name);
  return zval_try_get_tmp_string(name, tmp);
}

// The property cache slots at offset: only for a constant property name.
static void** property_cache(zend_execute_data* ex, const zend_op* ip, uint32_t offset) {
  return ip->op2_type == IS_CONST ? CACHE_SLOT_AT(offset) : nullptr;
}

// yield in a function &gen(): the generator's value is a reference to the operand.
static void yield_by_reference(zend_execute_data* ex, const zend_op* ip, zend_generator* generator) {
  if (ip->op1_type & (IS_CONST | IS_TMP_VAR)) {
    zend_error(E_NOTICE, "Only variable references should be yielded by reference");
    zval* v = ip->op1_type == IS_CONST ? RT_CONSTANT(ip, ip->op1) : EXV(ip->op1);
    ZVAL_COPY_VALUE(&generator->value, v);
    if (ip->op1_type == IS_CONST) Z_TRY_ADDREF(generator->value);
    return;
  }
  zval* var = EXV(ip->op1);
  if (ip->op1_type == IS_VAR && Z_TYPE_P(var) == IS_INDIRECT) var = Z_INDIRECT_P(var);
  else if (ip->op1_type == IS_VAR && ip->extended_value == ZEND_RETURNS_FUNCTION && !Z_ISREF_P(var)) {
    zend_error(E_NOTICE, "Only variable references should be yielded by reference");
    ZVAL_COPY(&generator->value, var);
    zval_ptr_dtor_nogc(EXV(ip->op1));
    return;
  }
  if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
  ZVAL_MAKE_REF(var);
  ZVAL_COPY(&generator->value, var);
  if (ip->op1_type == IS_VAR && Z_TYPE_P(EXV(ip->op1)) != IS_INDIRECT) zval_ptr_dtor_nogc(EXV(ip->op1));
}

// Every frame libphp hands phpovm starts here, linking the function's code on its first entry.
static zend_always_inline void enter_frame(zend_execute_data* ex) {
  zend_op_array* oa = &ex->func->op_array;
  if (UNEXPECTED(oa->opcodes[0].handler == g_link_on_entry)) complete_function(vm_function(ex->func), ex);
  ex->run_time_cache = runtime_cache_for(oa);
}

// A call phpovm starts to a user function: the frame as libphp's own set-up leaves it (extra
// arguments are moved by libphp; with no typed parameters, RECVs of passed arguments are skipped).
static zend_always_inline void init_user_frame(zend_execute_data* call, zend_op_array* oa, zval* ret) {
  uint32_t num_args = ZEND_CALL_NUM_ARGS(call);
  if (UNEXPECTED(num_args > oa->num_args)) {
    zend_init_func_execute_data(call, oa, ret);
    return;
  }
  const zend_op* start = oa->opcodes;
  if (EXPECTED(!(oa->fn_flags & ZEND_ACC_HAS_TYPE_HINTS))) start += num_args;
  call->opline = start;
  call->call = nullptr;
  call->return_value = ret;
  uint32_t last_var = oa->last_var;
  if (num_args < last_var) {
    zval* cv = ZEND_CALL_VAR_NUM(call, num_args);
    zval* end = ZEND_CALL_VAR_NUM(call, last_var);
    do Z_TYPE_INFO_P(cv) = IS_UNDEF;
    while (++cv < end);
  }
  EG(current_execute_data) = call;
}

// A parameter's value that failed the plain type check: coerced (or rejected: false) as libphp
// does, with an integer for a float parameter widened here (PHP widens it in strict mode too).
// A by-reference parameter is checked (and coerced) through its reference: libphp takes the
// value and the reference apart.
static zend_always_inline bool coerce_arg(zend_arg_info* info, zval* param, void** cache) {
  if (Z_TYPE_P(param) == IS_LONG && (ZEND_TYPE_FULL_MASK(info->type) & MAY_BE_DOUBLE)) {
    ZVAL_DOUBLE(param, static_cast<double>(Z_LVAL_P(param)));
    return true;
  }
  if (Z_ISREF_P(param)) return zend_check_user_type_slow(&info->type, Z_REFVAL_P(param), Z_REF_P(param), cache, false);
  return zend_check_user_type_slow(&info->type, param, nullptr, cache, false);
}

// init_user_frame() and the request's cache for a call phpovm starts (the cache is read before the
// frame is written, so that it is not read again). Code not yet linked is linked by the first
// instruction the frame runs (link_on_entry).
static zend_always_inline void enter_user_call(zend_execute_data* call, zend_op_array* oa, zval* ret) {
  auto* cache = static_cast<void**>(ZEND_MAP_PTR_GET(oa->run_time_cache));
  init_user_frame(call, oa, ret);
  call->run_time_cache = EXPECTED(cache != nullptr) ? cache : new_runtime_cache(oa);
}

// var op= value for +, -, * of two integers or two floats, in place; false for anything else.
static zend_always_inline bool fast_assign_op(uint32_t opcode, zval* var, const zval* value) {
  if (Z_TYPE_P(var) == IS_DOUBLE && Z_TYPE_P(value) == IS_DOUBLE) {
    double x = Z_DVAL_P(var), y = Z_DVAL_P(value);
    switch (opcode) {
      case ZEND_ADD: Z_DVAL_P(var) = x + y; return true;
      case ZEND_SUB: Z_DVAL_P(var) = x - y; return true;
      case ZEND_MUL: Z_DVAL_P(var) = x * y; return true;
      default: return false;
    }
  }
  if (Z_TYPE_P(var) == IS_LONG && Z_TYPE_P(value) == IS_LONG) {
    zend_long x = Z_LVAL_P(var), y = Z_LVAL_P(value);
    switch (opcode) {
      case ZEND_ADD: fast_long_add_function(var, var, const_cast<zval*>(value)); return true;
      case ZEND_SUB: fast_long_sub_function(var, var, const_cast<zval*>(value)); return true;
      case ZEND_BW_OR: Z_LVAL_P(var) = x | y; return true;
      case ZEND_BW_AND: Z_LVAL_P(var) = x & y; return true;
      case ZEND_BW_XOR: Z_LVAL_P(var) = x ^ y; return true;
      // Shifts by a negative count or past the width, and % by 0 or -1, are libphp's.
      case ZEND_SL:
        if (static_cast<zend_ulong>(y) >= SIZEOF_ZEND_LONG * 8) return false;
        Z_LVAL_P(var) = static_cast<zend_long>(static_cast<zend_ulong>(x) << y);
        return true;
      case ZEND_SR:
        if (static_cast<zend_ulong>(y) >= SIZEOF_ZEND_LONG * 8) return false;
        Z_LVAL_P(var) = x >> y;
        return true;
      case ZEND_MOD:
        if (y == 0 || y == -1) return false;
        Z_LVAL_P(var) = x % y;
        return true;
      default: return false;
    }
  }
  return false;
}

// Releases a frame's compiled variables (zend_free_compiled_variables, inline).
static zend_always_inline void free_cvs(zend_execute_data* ex) {
  uint32_t n = ex->func->op_array.last_var;
  if (n == 0) return;
  zval* cv = ZEND_CALL_VAR_NUM(ex, 0);
  zval* end = cv + n;
  do i_zval_ptr_dtor(cv);
  while (++cv < end);
}

void execute(zend_execute_data* ex) {
  if (UNEXPECTED(!ex)) {
#define INSN(name, zop, k1, k2, kr, ke, flags, meaning) g_variants[kNoJump][static_cast<int>(Op::name)][kAny][kAny] = &&L_##name;
#include "spec/instructions.def"
#undef INSN
    g_redeclared_class = &&redeclared_class;
    g_link_on_entry = &&link_on_entry;
#define REGISTER_VARIANT(name, a, b, ...) register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_##a##_##b, g_variants[kNoJump]);
#define REGISTER_JUMP(name, a, b, ...)                                                                   \
  register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_JUMPZ_##a##_##b, g_variants[kJmpz]); \
  register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_JUMPNZ_##a##_##b, g_variants[kJmpnz]);
#define REGISTER_JUMP_GENERIC(name)                                                         \
  register_variant(Op::name, kAnyKind, kAnyKind, &&L_##name##_JUMPZ, g_variants[kJmpz]); \
  register_variant(Op::name, kAnyKind, kAnyKind, &&L_##name##_JUMPNZ, g_variants[kJmpnz]);
    BOTH_OPERANDS(REGISTER_VARIANT, ADD) BOTH_OPERANDS(REGISTER_VARIANT, SUB) BOTH_OPERANDS(REGISTER_VARIANT, MUL)
    COMMON_PAIRS(REGISTER_VARIANT, DIV) COMMON_PAIRS(REGISTER_VARIANT, MOD) COMMON_PAIRS(REGISTER_VARIANT, SL)
    COMMON_PAIRS(REGISTER_VARIANT, SR) COMMON_PAIRS(REGISTER_VARIANT, BW_OR) COMMON_PAIRS(REGISTER_VARIANT, BW_AND)
    COMMON_PAIRS(REGISTER_VARIANT, BW_XOR) BOTH_OPERANDS(REGISTER_VARIANT, CONCAT) BOTH_OPERANDS(REGISTER_VARIANT, FAST_CONCAT)
    COMMON_PAIRS(REGISTER_VARIANT, IS_EQUAL) COMMON_PAIRS(REGISTER_VARIANT, IS_NOT_EQUAL)
    COMMON_PAIRS(REGISTER_VARIANT, IS_SMALLER) COMMON_PAIRS(REGISTER_VARIANT, IS_SMALLER_OR_EQUAL)
    COMMON_PAIRS(REGISTER_VARIANT, IS_IDENTICAL) COMMON_PAIRS(REGISTER_VARIANT, IS_NOT_IDENTICAL)
    BRANCH_PAIRS(REGISTER_JUMP, IS_EQUAL) BRANCH_PAIRS(REGISTER_JUMP, IS_NOT_EQUAL)
    BRANCH_PAIRS(REGISTER_JUMP, IS_SMALLER) BRANCH_PAIRS(REGISTER_JUMP, IS_SMALLER_OR_EQUAL)
    BRANCH_PAIRS(REGISTER_JUMP, IS_IDENTICAL) BRANCH_PAIRS(REGISTER_JUMP, IS_NOT_IDENTICAL)
    REGISTER_JUMP_GENERIC(IS_EQUAL) REGISTER_JUMP_GENERIC(IS_NOT_EQUAL) REGISTER_JUMP_GENERIC(IS_SMALLER)
    REGISTER_JUMP_GENERIC(IS_SMALLER_OR_EQUAL) REGISTER_JUMP_GENERIC(IS_IDENTICAL) REGISTER_JUMP_GENERIC(IS_NOT_IDENTICAL)
    FIRST_OPERAND(REGISTER_JUMP, TYPE_CHECK) REGISTER_JUMP_GENERIC(TYPE_CHECK)
    VARIABLE_FIRST(REGISTER_VARIANT, ASSIGN) FIRST_OPERAND(REGISTER_VARIANT, QM_ASSIGN) FIRST_OPERAND(REGISTER_VARIANT, RETURN)
    BOTH_OPERANDS(REGISTER_VARIANT, FETCH_DIM_R) FIRST_OPERAND(REGISTER_VARIANT, JMPZ) FIRST_OPERAND(REGISTER_VARIANT, JMPNZ)
    VARIABLE_ONLY(REGISTER_VARIANT, PRE_INC) VARIABLE_ONLY(REGISTER_VARIANT, PRE_DEC) VARIABLE_ONLY(REGISTER_VARIANT, POST_INC)
    VARIABLE_ONLY(REGISTER_VARIANT, POST_DEC) FIRST_OPERAND(REGISTER_VARIANT, BOOL_NOT) DIM_WRITE(REGISTER_VARIANT, ASSIGN_DIM)
    VARIABLE_FIRST(REGISTER_VARIANT, ASSIGN_OP) OBJECT_FIRST(REGISTER_VARIANT, ASSIGN_OBJ) OBJECT_FIRST(REGISTER_VARIANT, FETCH_OBJ_R)
    SEND_OPERANDS(REGISTER_VARIANT, SEND_VAL) SEND_OPERANDS(REGISTER_VARIANT, SEND_VAR)
    SEND_OPERANDS(REGISTER_VARIANT, SEND_VAL_EX) SEND_OPERANDS(REGISTER_VARIANT, SEND_VAR_EX)
    SECOND_OPERAND(REGISTER_VARIANT, ROPE_INIT) SECOND_OPERAND(REGISTER_VARIANT, ROPE_ADD) SECOND_OPERAND(REGISTER_VARIANT, ROPE_END)
    OBJECT_FIRST(REGISTER_VARIANT, INIT_METHOD_CALL)
#define REGISTER_NO_RESULT(name, a, b, ...) register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_NR_##a##_##b, g_variants[kNoResult]);
    VARIABLE_FIRST(REGISTER_NO_RESULT, ASSIGN) DIM_WRITE(REGISTER_NO_RESULT, ASSIGN_DIM) VARIABLE_FIRST(REGISTER_NO_RESULT, ASSIGN_OP)
    VARIABLE_ONLY(REGISTER_NO_RESULT, PRE_INC) VARIABLE_ONLY(REGISTER_NO_RESULT, PRE_DEC)
    NO_OPERANDS(REGISTER_VARIANT, DO_UCALL) NO_OPERANDS(REGISTER_NO_RESULT, DO_UCALL)
    NO_OPERANDS(REGISTER_VARIANT, DO_ICALL) NO_OPERANDS(REGISTER_NO_RESULT, DO_ICALL)
#define REGISTER_DOUBLES_FIRST(name, a, b, ...) \
  register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_DF_##a##_##b, g_doubles_first[kNoJump]);
#define REGISTER_DOUBLES_FIRST_JUMP(name, a, b, ...)                                                           \
  register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_JUMPZ_DF_##a##_##b, g_doubles_first[kJmpz]); \
  register_variant(Op::name, KIND_##a, KIND_##b, &&L_##name##_JUMPNZ_DF_##a##_##b, g_doubles_first[kJmpnz]);
    BOTH_OPERANDS(REGISTER_DOUBLES_FIRST, ADD) BOTH_OPERANDS(REGISTER_DOUBLES_FIRST, SUB) BOTH_OPERANDS(REGISTER_DOUBLES_FIRST, MUL)
    FLOAT_COMPARE_PAIRS(REGISTER_DOUBLES_FIRST_JUMP, IS_SMALLER) FLOAT_COMPARE_PAIRS(REGISTER_DOUBLES_FIRST_JUMP, IS_SMALLER_OR_EQUAL)
#undef REGISTER_DOUBLES_FIRST
#undef REGISTER_DOUBLES_FIRST_JUMP
#undef REGISTER_NO_RESULT
#undef REGISTER_VARIANT
#undef REGISTER_JUMP
#undef REGISTER_JUMP_GENERIC
    return;
  }
  // Generic handlers read operand kinds and the opcode from the instruction (see T1, T2, ZOP).
  // (Enumerators, not variables: a computed goto may not cross an initialisation.)
  enum : int { t1 = kAnyKind, t2 = kAnyKind, zop = kAnyOpcode, result_use = kAnyResultUse, doubles_first = 0 };
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
    zend_throw_error(nullptr, "phpovm: %s was not compiled by phpovm", ex->func->op_array.function_name ? ZSTR_VAL(ex->func->op_array.function_name) : "code");
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

L_NOP:
L_OP_DATA:
  NEXT();

// The test of a copy for proven floats: the linker installs one only where a constant operand is
// a float, so only the other operands are tested.
#define BOTH_DOUBLES_FIRST(a, b) ((T1 == IS_CONST || Z_TYPE_P(a) == IS_DOUBLE) && (T2 == IS_CONST || Z_TYPE_P(b) == IS_DOUBLE))
// Arithmetic: two integers (or two floats) read straight from their slots take the fast path; an
// undefined variable, a reference or any other type goes through read_op and libphp.
// A copy for proven floats (doubles_first) tests for them first.
#define ARITH(long_case, double_case, fn)                                               \
  do {                                                                                  \
    zval* ra = RAW1;                                                                    \
    zval* rb = RAW2;                                                                    \
    if (doubles_first && EXPECTED(BOTH_DOUBLES_FIRST(ra, rb))) {                         \
      double x = Z_DVAL_P(ra), y = Z_DVAL_P(rb);                                        \
      zval* res = RESULT;                                                               \
      double_case;                                                                      \
    }                                                                                   \
    if (EXPECTED(Z_TYPE_P(ra) == IS_LONG && Z_TYPE_P(rb) == IS_LONG)) {                 \
      zval* res = RESULT;                                                               \
      long_case;                                                                        \
      NEXT();                                                                           \
    }                                                                                   \
    if (!doubles_first && Z_TYPE_P(ra) == IS_DOUBLE && Z_TYPE_P(rb) == IS_DOUBLE) {     \
      double x = Z_DVAL_P(ra), y = Z_DVAL_P(rb);                                        \
      zval* res = RESULT;                                                               \
      double_case;                                                                      \
    }                                                                                   \
    BINARY_SLOW(fn);                                                                    \
  } while (0)
SPECIALISE_WITH_DOUBLES_FIRST(BOTH_OPERANDS, BOTH_OPERANDS, ADD, ARITH(fast_long_add_function(res, ra, rb), { ZVAL_DOUBLE(res, x + y); NEXT(); }, add_function))
SPECIALISE_WITH_DOUBLES_FIRST(BOTH_OPERANDS, BOTH_OPERANDS, SUB, ARITH(fast_long_sub_function(res, ra, rb), { ZVAL_DOUBLE(res, x - y); NEXT(); }, sub_function))
SPECIALISE_WITH_DOUBLES_FIRST(BOTH_OPERANDS, BOTH_OPERANDS, MUL, ARITH(
    {
      zend_long overflow;
      ZEND_SIGNED_MULTIPLY_LONG(Z_LVAL_P(ra), Z_LVAL_P(rb), Z_LVAL_P(res), Z_DVAL_P(res), overflow);
      Z_TYPE_INFO_P(res) = overflow ? IS_DOUBLE : IS_LONG;
    },
    { ZVAL_DOUBLE(res, x * y); NEXT(); }, mul_function))
SPECIALISE(COMMON_PAIRS, DIV, ARITH((void)res; goto div_slow, if (y != 0) { ZVAL_DOUBLE(res, x / y); NEXT(); }, div_function))
div_slow:  // two integers: libphp decides between an int and a float result
  BINARY_SLOW(div_function);
SPECIALISE(COMMON_PAIRS, MOD, BINARY_LONG(y != 0 && y != -1, x % y, mod_function))
SPECIALISE(COMMON_PAIRS, SL, BINARY_LONG(static_cast<zend_ulong>(y) < SIZEOF_ZEND_LONG * 8, static_cast<zend_long>(static_cast<zend_ulong>(x) << y), shift_left_function))
SPECIALISE(COMMON_PAIRS, SR, BINARY_LONG(static_cast<zend_ulong>(y) < SIZEOF_ZEND_LONG * 8, x >> y, shift_right_function))
// Two strings: an empty one gives the other; a temporary the instruction alone holds grows in
// place; else a new string. Anything else (conversions, errors) goes to libphp.
#define CONCAT_STRINGS()                                                                             \
  do {                                                                                               \
    zval* ra = RAW1;                                                                                 \
    zval* rb = RAW2;                                                                                 \
    if (EXPECTED(Z_TYPE_P(ra) == IS_STRING && Z_TYPE_P(rb) == IS_STRING)) {                          \
      zend_string* a = Z_STR_P(ra);                                                                  \
      zend_string* b = Z_STR_P(rb);                                                                  \
      zval* res = RESULT;                                                                            \
      if (ZSTR_LEN(a) == 0) {                                                                        \
        if (T2 & (IS_TMP_VAR | IS_VAR)) ZVAL_STR(res, b);                                            \
        else ZVAL_STR_COPY(res, b);                                                                  \
        if (T1 & (IS_TMP_VAR | IS_VAR)) zend_string_release_ex(a, 0);                                \
        NEXT();                                                                                      \
      }                                                                                              \
      if (ZSTR_LEN(b) == 0) {                                                                        \
        if (T1 & (IS_TMP_VAR | IS_VAR)) ZVAL_STR(res, a);                                            \
        else ZVAL_STR_COPY(res, a);                                                                  \
        if (T2 & (IS_TMP_VAR | IS_VAR)) zend_string_release_ex(b, 0);                                \
        NEXT();                                                                                      \
      }                                                                                              \
      if (EXPECTED(ZSTR_LEN(a) < ZSTR_MAX_LEN - ZSTR_LEN(b))) {                                      \
        size_t la = ZSTR_LEN(a), lb = ZSTR_LEN(b);                                                   \
        SAVE();                                                                                      \
        zend_string* r;                                                                              \
        if ((T1 & (IS_TMP_VAR | IS_VAR)) && !ZSTR_IS_INTERNED(a) && GC_REFCOUNT(a) == 1) {          \
          r = zend_string_extend(a, la + lb, 0);                                                     \
        } else {                                                                                     \
          r = zend_string_alloc(la + lb, 0);                                                         \
          memcpy(ZSTR_VAL(r), ZSTR_VAL(a), la);                                                      \
          if (T1 & (IS_TMP_VAR | IS_VAR)) zend_string_release_ex(a, 0);                              \
        }                                                                                            \
        memcpy(ZSTR_VAL(r) + la, ZSTR_VAL(b), lb + 1);                                               \
        ZVAL_NEW_STR(res, r);                                                                        \
        if (T2 & (IS_TMP_VAR | IS_VAR)) zend_string_release_ex(b, 0);                                \
        NEXT();                                                                                      \
      }                                                                                              \
    }                                                                                                \
    BINARY_SLOW(concat_function);                                                                    \
  } while (0)
SPECIALISE_2(BOTH_OPERANDS, CONCAT, FAST_CONCAT, CONCAT_STRINGS())
SPECIALISE(COMMON_PAIRS, BW_OR, BINARY_LONG(true, x | y, bitwise_or_function))
SPECIALISE(COMMON_PAIRS, BW_AND, BINARY_LONG(true, x & y, bitwise_and_function))
SPECIALISE(COMMON_PAIRS, BW_XOR, BINARY_LONG(true, x ^ y, bitwise_xor_function))
L_POW: BINARY_SLOW(pow_function);
L_BOOL_XOR: BINARY_SLOW(boolean_xor_function);
L_BW_NOT: {
  zval* a = OP1;
  SAVE();
  bitwise_not_function(RESULT, a);
  FREE1();
  NEXT_CHECKED();
}
SPECIALISE(FIRST_OPERAND, BOOL_NOT, {
  {
    const zval* raw = RAW1;
    if (EXPECTED(Z_TYPE_P(raw) >= IS_NULL && Z_TYPE_P(raw) <= IS_LONG)) {  // no conversion, nothing to free
      ZVAL_BOOL(RESULT, Z_TYPE_P(raw) == IS_LONG ? Z_LVAL_P(raw) == 0 : Z_TYPE_P(raw) != IS_TRUE);
      NEXT();
    }
  }
  zval* a = OP1;
  SAVE();
  bool r = !zend_is_true(a);
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
})
L_BOOL: {
  {
    const zval* raw = RAW1;
    if (EXPECTED(Z_TYPE_P(raw) >= IS_NULL && Z_TYPE_P(raw) <= IS_LONG)) {
      ZVAL_BOOL(RESULT, Z_TYPE_P(raw) == IS_LONG ? Z_LVAL_P(raw) != 0 : Z_TYPE_P(raw) == IS_TRUE);
      NEXT();
    }
  }
  zval* a = OP1;
  SAVE();
  bool r = zend_is_true(a);
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
SPECIALISE(COMMON_PAIRS, IS_IDENTICAL, {
  {
    // Scalars of the types that compare by value alone: null, false, true, int (not float: NAN).
    const zval* ra = RAW1;
    const zval* rb = RAW2;
    if (EXPECTED(Z_TYPE_P(ra) >= IS_NULL && Z_TYPE_P(ra) <= IS_LONG && Z_TYPE_P(rb) >= IS_NULL && Z_TYPE_P(rb) <= IS_LONG)) {
      ZVAL_BOOL(RESULT, Z_TYPE_P(ra) == Z_TYPE_P(rb) && (Z_TYPE_P(ra) != IS_LONG || Z_LVAL_P(ra) == Z_LVAL_P(rb)));
      NEXT();
    }
  }
  zval* a = OP1;
  zval* b = OP2;
  bool r = zend_is_identical(a, b);
  FREE1();
  FREE2();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
})

SPECIALISE(COMMON_PAIRS, IS_NOT_IDENTICAL, {
  {
    const zval* ra = RAW1;
    const zval* rb = RAW2;
    if (EXPECTED(Z_TYPE_P(ra) >= IS_NULL && Z_TYPE_P(ra) <= IS_LONG && Z_TYPE_P(rb) >= IS_NULL && Z_TYPE_P(rb) <= IS_LONG)) {
      ZVAL_BOOL(RESULT, Z_TYPE_P(ra) != Z_TYPE_P(rb) || (Z_TYPE_P(ra) == IS_LONG && Z_LVAL_P(ra) != Z_LVAL_P(rb)));
      NEXT();
    }
  }
  zval* a = OP1;
  zval* b = OP2;
  bool r = !zend_is_identical(a, b);
  FREE1();
  FREE2();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
})

// Compare and branch in one dispatch, for two integers (or two floats) read straight from their
// slots; anything else (other types, an undefined variable, a reference) runs the plain
// comparison, which falls through to the JMPZ/JMPNZ.
#define COMPARE_JUMP(test, plain, nz)                                                              \
  do {                                                                                            \
    const zval* a = RAW1;                                                                         \
    const zval* b = RAW2;                                                                         \
    if (doubles_first && EXPECTED(BOTH_DOUBLES_FIRST(a, b))) {                                   \
      double x = Z_DVAL_P(a), y = Z_DVAL_P(b);                                                    \
      FUSED_BRANCH(test, nz);                                                                     \
    }                                                                                             \
    if (EXPECTED(Z_TYPE_P(a) == IS_LONG && Z_TYPE_P(b) == IS_LONG)) {                            \
      zend_long x = Z_LVAL_P(a), y = Z_LVAL_P(b);                                                 \
      FUSED_BRANCH(test, nz); /* each type branches on its own test: no boolean in between */    \
    }                                                                                             \
    if (!doubles_first && Z_TYPE_P(a) == IS_DOUBLE && Z_TYPE_P(b) == IS_DOUBLE) {                 \
      double x = Z_DVAL_P(a), y = Z_DVAL_P(b);                                                    \
      FUSED_BRANCH(test, nz);                                                                     \
    }                                                                                             \
    goto plain;                                                                                   \
  } while (0)
// The end of a superinstruction: the JMPZ (nz false) or JMPNZ (nz true) after it, on the test's
// result r.
#define FUSED_BRANCH(r, nz) BRANCH_AT(ip + 1, r, nz)
// The conditional jump instruction `jump` (a JMPZ, nz false, or a JMPNZ, nz true) on the truth
// value t: to its op2 (serving an interrupt on a back edge) or to the instruction after it.
#define BRANCH_AT(jump, t, nz)                                \
  do {                                                        \
    const zend_op* branch = (jump);                           \
    if ((t) == (nz)) {                                        \
      ip = OP_JMP_ADDR(branch, branch->op2);                  \
      if (ip <= branch) INTERRUPT_CHECK();                    \
      DISPATCH();                                             \
    }                                                         \
    ip = branch + 1;                                          \
    DISPATCH();                                               \
  } while (0)
// TYPE_CHECK and the branch on its result, for a value that is neither a resource nor an
// undefined variable and whose release (a temporary's) runs no destructor; anything else runs
// the plain TYPE_CHECK, which falls through to the JMPZ/JMPNZ.
#define TYPE_CHECK_JUMP(nz)                                                           \
  do {                                                                                \
    const zval* v = RAW1;                                                             \
    if (T1 == IS_CV || T1 == IS_VAR) ZVAL_DEREF(v);                                   \
    if (EXPECTED(Z_TYPE_P(v) != IS_UNDEF && Z_TYPE_P(v) != IS_RESOURCE &&             \
                 (!(T1 & (IS_TMP_VAR | IS_VAR)) || !Z_REFCOUNTED_P(RAW1)))) {          \
      bool r = (ip->extended_value >> Z_TYPE_P(v)) & 1;                               \
      FUSED_BRANCH(r, nz);                                                            \
    }                                                                                 \
    goto L_TYPE_CHECK;                                                                \
  } while (0)
// The handler of the stub a function's shell has until its code is linked (the instructions a
// frame can start at: the first and those after the RECVs of passed arguments): links the code,
// moves the frame into it and runs the instruction there.
link_on_entry:
  SAVE();
  complete_function(vm_function(ex->func), ex);
  ip = ex->opline;
  DISPATCH();
redeclared_class: {
  SAVE();
  for (auto& [at, lcname] : g_redeclared) {
    if (at != ip) continue;
    auto* old = static_cast<zend_class_entry*>(zend_hash_find_ptr(EG(class_table), lcname));
    zend_error_noreturn(E_COMPILE_ERROR, "Cannot declare %s %s, because the name is already in use", old ? zend_get_object_type(old) : "class",
                        old ? ZSTR_VAL(old->name) : ZSTR_VAL(lcname));
  }
  zend_error_noreturn(E_CORE_ERROR, "phpovm: lost the class redeclared at this instruction");
}
SPECIALISE(FIRST_OPERAND, TYPE_CHECK_JUMPZ, TYPE_CHECK_JUMP(false))
SPECIALISE(FIRST_OPERAND, TYPE_CHECK_JUMPNZ, TYPE_CHECK_JUMP(true))
SPECIALISE(BRANCH_PAIRS, IS_EQUAL_JUMPZ, COMPARE_JUMP(x == y, L_IS_EQUAL, false))
SPECIALISE(BRANCH_PAIRS, IS_EQUAL_JUMPNZ, COMPARE_JUMP(x == y, L_IS_EQUAL, true))
SPECIALISE(BRANCH_PAIRS, IS_NOT_EQUAL_JUMPZ, COMPARE_JUMP(x != y, L_IS_NOT_EQUAL, false))
SPECIALISE(BRANCH_PAIRS, IS_NOT_EQUAL_JUMPNZ, COMPARE_JUMP(x != y, L_IS_NOT_EQUAL, true))
SPECIALISE_WITH_DOUBLES_FIRST(BRANCH_PAIRS, FLOAT_COMPARE_PAIRS, IS_SMALLER_JUMPZ, COMPARE_JUMP(x < y, L_IS_SMALLER, false))
SPECIALISE_WITH_DOUBLES_FIRST(BRANCH_PAIRS, FLOAT_COMPARE_PAIRS, IS_SMALLER_JUMPNZ, COMPARE_JUMP(x < y, L_IS_SMALLER, true))
SPECIALISE_WITH_DOUBLES_FIRST(BRANCH_PAIRS, FLOAT_COMPARE_PAIRS, IS_SMALLER_OR_EQUAL_JUMPZ, COMPARE_JUMP(x <= y, L_IS_SMALLER_OR_EQUAL, false))
SPECIALISE_WITH_DOUBLES_FIRST(BRANCH_PAIRS, FLOAT_COMPARE_PAIRS, IS_SMALLER_OR_EQUAL_JUMPNZ, COMPARE_JUMP(x <= y, L_IS_SMALLER_OR_EQUAL, true))
SPECIALISE(BRANCH_PAIRS, IS_IDENTICAL_JUMPZ, COMPARE_JUMP(x == y, L_IS_IDENTICAL, false))
SPECIALISE(BRANCH_PAIRS, IS_IDENTICAL_JUMPNZ, COMPARE_JUMP(x == y, L_IS_IDENTICAL, true))
SPECIALISE(BRANCH_PAIRS, IS_NOT_IDENTICAL_JUMPZ, COMPARE_JUMP(x != y, L_IS_NOT_IDENTICAL, false))
SPECIALISE(BRANCH_PAIRS, IS_NOT_IDENTICAL_JUMPNZ, COMPARE_JUMP(x != y, L_IS_NOT_IDENTICAL, true))
SPECIALISE(COMMON_PAIRS, IS_EQUAL, COMPARE(x == y))
SPECIALISE(COMMON_PAIRS, IS_NOT_EQUAL, COMPARE(x != y))
SPECIALISE(COMMON_PAIRS, IS_SMALLER, COMPARE(x < y))
SPECIALISE(COMMON_PAIRS, IS_SMALLER_OR_EQUAL, COMPARE(x <= y))
L_SPACESHIP: {
  zval* a = OP1;
  zval* b = OP2;
  SAVE();
  int c = zend_compare(a, b);
  FREE1();
  FREE2();
  ZVAL_LONG(RESULT, c < 0 ? -1 : (c > 0 ? 1 : 0));
  NEXT_CHECKED();
}
L_CASE: {
  zval* a = read_op(ex, ip, T1, ip->op1);
  zval* b = OP2;
  SAVE();
  bool r = zend_compare(a, b) == 0;
  FREE2();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_CASE_STRICT: {
  zval* a = read_op(ex, ip, T1, ip->op1);
  zval* b = OP2;
  bool r = zend_is_identical(a, b);
  ZVAL_BOOL(RESULT, r);
  if (T2 & (IS_TMP_VAR | IS_VAR)) {
    SAVE();
    FREE2();
    CHECK_EXC();
  }
  NEXT();
}

SPECIALISE_WITH_NO_RESULT(VARIABLE_FIRST, ASSIGN, {
  if (EXPECTED(T1 == IS_CV)) {
    // A scalar into a variable that holds no counted value (nor a reference): a plain copy.
    zval* var = EXV(ip->op1);
    zval* raw = RAW2;
    if (EXPECTED(!Z_REFCOUNTED_P(var) && !Z_REFCOUNTED_P(raw) && ((T2 & (IS_CONST | IS_TMP_VAR)) || Z_TYPE_P(raw) != IS_UNDEF))) {
      ZVAL_COPY_VALUE(var, raw);
      if (RESULT_USED) ZVAL_COPY_VALUE(RESULT, raw);
      NEXT();
    }
  }
  // The value as the operand holds it: zend_assign_to_variable() unwraps a reference (a call's
  // by-reference result) itself, keeping the counts right.
  zval* value = T2 == IS_CONST ? CONSTV(ip->op2) : EXV(ip->op2);
  if (T2 == IS_CV && UNEXPECTED(Z_TYPE_P(value) == IS_UNDEF)) {
    SAVE();
    value = undefined_cv(ex, ip->op2.var);
  }
  zval* var = write_op(ex, T1, ip->op1);
  if (UNEXPECTED(Z_TYPE_P(var) == _IS_ERROR)) {
    FREE2();
    if (RESULT_USED) ZVAL_NULL(RESULT);
    NEXT_CHECKED();
  }
  SAVE();
  zval* assigned = zend_assign_to_variable(var, value, T2 == IS_CONST ? IS_CONST : (T2 == IS_CV ? IS_CV : T2),
                                           EX_USES_STRICT_TYPES());
  if (RESULT_USED) ZVAL_COPY(RESULT, assigned);
  if (T1 == IS_VAR) { /* INDIRECT: nothing to free */ }
  NEXT_CHECKED();
})

SPECIALISE_WITH_NO_RESULT(DIM_WRITE, ASSIGN_DIM, {
  const zend_op* data = ip + 1;
  if (EXPECTED(T1 & (IS_CV | IS_VAR))) {
    // A scalar stored into an array only this variable holds: appended ($a[] = v), or over an
    // existing scalar element.
    const zval* v = RAW_DATA(data);
    if (EXPECTED(!Z_REFCOUNTED_P(v) && Z_TYPE_P(v) != IS_UNDEF)) {
      zval* c = write_op(ex, T1, ip->op1);
      bool stored;
      if (T2 == IS_UNUSED) {
        ZVAL_DEREF(c);
        stored = Z_TYPE_P(c) == IS_ARRAY && GC_REFCOUNT(Z_ARRVAL_P(c)) == 1 && zend_hash_next_index_insert(Z_ARRVAL_P(c), const_cast<zval*>(v));
      } else {
        zval* slot = existing_element_for_write(c, RAW2, T2 == IS_CONST);
        stored = slot && !Z_REFCOUNTED_P(slot);
        if (stored) ZVAL_COPY_VALUE(slot, v);
      }
      if (stored) {
        if (RESULT_USED) ZVAL_COPY_VALUE(RESULT, v);
        FREE_W1();  // a VAR that held a by-reference call's result by value (not INDIRECT)
        ip += 2;
        DISPATCH();
      }
    }
  }
  zval* container = write_op(ex, T1, ip->op1);
  zval* dim = T2 == IS_UNUSED ? nullptr : OP2;
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  SAVE();
  if (UNEXPECTED(T1 == IS_CV && Z_TYPE_P(container) == IS_UNDEF)) ZVAL_NULL(container);
  if (Z_TYPE_P(container) == _IS_ERROR) {
    if (RESULT_USED) ZVAL_NULL(RESULT);
    free_op(ex, data->op1_type, data->op1);
  } else {
    assign_dim(container, object_dim(T2, container, dim), value, data->op1_type == IS_CONST ? IS_CONST : (data->op1_type == IS_TMP_VAR ? IS_TMP_VAR : IS_CV),
               RESULT_USED ? RESULT : nullptr);
    if (data->op1_type == IS_VAR) free_op(ex, data->op1_type, data->op1);
  }
  FREE2();
  FREE_W1();
  ip++;
  NEXT_CHECKED();
})
SPECIALISE_WITH_NO_RESULT(VARIABLE_FIRST, ASSIGN_OP, {
  zval* value = OP2;
  zval* var = write_op(ex, T1, ip->op1);
  SAVE();
  if (Z_TYPE_P(var) == _IS_ERROR) {
    FREE2();
    if (RESULT_USED) ZVAL_NULL(RESULT);
    NEXT_CHECKED();
  }
  if (T1 == IS_CV && Z_TYPE_P(var) == IS_UNDEF) {
    undefined_cv(ex, ip->op1.var);
    ZVAL_NULL(var);
  }
  if (UNEXPECTED(Z_ISREF_P(var) && ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(var)))) {
    assign_op_typed(var, nullptr, value, static_cast<uint8_t>(ip->extended_value), EX_USES_STRICT_TYPES());
  } else {
    ZVAL_DEREF(var);
    if (!fast_assign_op(ip->extended_value, var, value)) get_binary_op(static_cast<int>(ip->extended_value))(var, var, value);
  }
  if (RESULT_USED) ZVAL_COPY_DEREF(RESULT, var);
  FREE2();
  NEXT_CHECKED();
})
L_ASSIGN_DIM_OP: {
  zval* container = write_op(ex, T1, ip->op1);
  const zend_op* data = ip + 1;
  if (T2 != IS_UNUSED && (T1 & (IS_CV | IS_VAR))) {
    // An int or float operation fast_assign_op does in place, on an existing element.
    zval* slot = existing_element_for_write(container, RAW2, T2 == IS_CONST);
    if (slot && !Z_ISREF_P(slot) && fast_assign_op(ip->extended_value, slot, RAW_DATA(data))) {
      if (RESULT_USED) ZVAL_COPY_VALUE(RESULT, slot);
      FREE_W1();
      ip += 2;
      DISPATCH();
    }
  }
  SAVE();
  // The container's warning, then the dimension's, then the value's, as libphp reads them.
  if (T1 == IS_CV && Z_TYPE_P(container) == IS_UNDEF) {
    undefined_cv(ex, ip->op1.var);
    ZVAL_NULL(container);
  }
  zval* dim = T2 == IS_UNUSED ? nullptr : OP2;
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  zval* deref = container;
  ZVAL_DEREF(deref);
  if (Z_TYPE_P(deref) == IS_OBJECT) {  // ArrayAccess: read the element, operate, write it back
    object_dim_assign_op(deref, object_dim(T2, deref, dim), value, get_binary_op(static_cast<int>(ip->extended_value)), RESULT_USED ? RESULT : nullptr);
  } else {
    zval* slot = Z_TYPE_P(container) == _IS_ERROR ? nullptr : dim_slot_for_write(container, dim, true);
    if (slot) {
      if (UNEXPECTED(Z_ISREF_P(slot) && ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(slot)))) {
        assign_op_typed(slot, nullptr, value, static_cast<uint8_t>(ip->extended_value), EX_USES_STRICT_TYPES());
      } else {
        ZVAL_DEREF(slot);
        if (!fast_assign_op(ip->extended_value, slot, value)) get_binary_op(static_cast<int>(ip->extended_value))(slot, slot, value);
      }
      if (RESULT_USED) ZVAL_COPY_DEREF(RESULT, slot);
    } else if (RESULT_USED) {
      ZVAL_NULL(RESULT);
    }
  }
  FREE2();
  free_op(ex, data->op1_type, data->op1);
  FREE_W1();
  ip++;
  NEXT_CHECKED();
}
SPECIALISE(FIRST_OPERAND, QM_ASSIGN, {
  {
    const zval* raw = RAW1;
    if (EXPECTED(DEFINED_AND_UNCOUNTED(raw))) {
      ZVAL_COPY_VALUE(RESULT, raw);
      NEXT();
    }
  }
  zval* v = OP1;
  copy_op(RESULT, v, T1, EXV(ip->op1));
  NEXT_CHECKED();
})

L_COPY_TMP: {
  ZVAL_COPY(RESULT, EXV(ip->op1));
  NEXT();
}
// The integer v stepped in place, the result (old value for post, new for pre) written if used.
#define INCDEC_LONG(v)                                                                   \
  do {                                                                                   \
    zval* stepped = (v);                                                                 \
    if (post) ZVAL_LONG(RESULT, Z_LVAL_P(stepped));                                      \
    if (inc) fast_long_increment_function(stepped); else fast_long_decrement_function(stepped); \
    if (!post && RESULT_USED) ZVAL_COPY_VALUE(RESULT, stepped);                          \
    NEXT();                                                                              \
  } while (0)
// ++, --: an integer in place; a variable slot never holds _IS_ERROR (only a VAR does).
#define INCDEC()                                                                                   \
  zval* var = write_op(ex, T1, ip->op1);                                                           \
  bool inc = ZOP == ZEND_PRE_INC || ZOP == ZEND_POST_INC;                                          \
  bool post = ZOP == ZEND_POST_INC || ZOP == ZEND_POST_DEC;                                        \
  if (EXPECTED(Z_TYPE_P(var) == IS_LONG)) INCDEC_LONG(var);                                        \
  /* a global or static variable: the integer it refers to, in place */                            \
  if (Z_ISREF_P(var) && Z_TYPE_P(Z_REFVAL_P(var)) == IS_LONG && !ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(var))) \
    INCDEC_LONG(Z_REFVAL_P(var));                                                                  \
  if (T1 != IS_CV && Z_TYPE_P(var) == _IS_ERROR) {                                                 \
    if (RESULT_USED) ZVAL_NULL(RESULT);                                                            \
    NEXT();                                                                                        \
  }                                                                                                \
  goto incdec_slow;
VARIABLE_ONLY(DEFINE_NO_RESULT_VARIANT, PRE_INC, { INCDEC() })
VARIABLE_ONLY(DEFINE_NO_RESULT_VARIANT, PRE_DEC, { INCDEC() })
SPECIALISE_4(VARIABLE_ONLY, PRE_INC, PRE_DEC, POST_INC, POST_DEC, { INCDEC() })
#undef INCDEC
#undef INCDEC_LONG
incdec_slow: {  // anything but an integer, with the instruction's kinds and opcode
  zval* var = write_op(ex, T1, ip->op1);
  bool inc = ZOP == ZEND_PRE_INC || ZOP == ZEND_POST_INC;
  bool post = ZOP == ZEND_POST_INC || ZOP == ZEND_POST_DEC;
  SAVE();
  if (T1 == IS_CV && Z_TYPE_P(var) == IS_UNDEF) {
    undefined_cv(ex, ip->op1.var);
    ZVAL_NULL(var);
  }
  if (UNEXPECTED(Z_ISREF_P(var) && ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(var)))) {
    incdec_typed(var, nullptr, inc, post, RESULT_USED ? RESULT : nullptr, EX_USES_STRICT_TYPES());
    NEXT_CHECKED();
  }
  ZVAL_DEREF(var);
  if (post) ZVAL_COPY(RESULT, var);
  if (inc) increment_function(var); else decrement_function(var);
  if (!post && RESULT_USED) ZVAL_COPY(RESULT, var);
  NEXT_CHECKED();
}


L_JMP:
  // On a back edge the interrupt is served at the target, as Zend's VM does (its line is reported).
  if (OP_JMP_ADDR(ip, ip->op1) <= ip) {
    ip = OP_JMP_ADDR(ip, ip->op1);
    INTERRUPT_CHECK();
    DISPATCH();
  }
  JUMP_TO(OP_JMP_ADDR(ip, ip->op1));
#define BRANCH_ON(t) BRANCH_AT(ip, t, ZOP == ZEND_JMPNZ)
SPECIALISE_2(FIRST_OPERAND, JMPZ, JMPNZ, {
  // true, false, null and integers straight from the slot, each branching on its own test (an
  // undefined variable, a reference and everything else go through zend_is_true).
  const zval* raw = RAW1;
  if (Z_TYPE_P(raw) == IS_TRUE) BRANCH_ON(true);
  if (Z_TYPE_P(raw) == IS_FALSE || Z_TYPE_P(raw) == IS_NULL) BRANCH_ON(false);
  if (Z_TYPE_P(raw) == IS_LONG) BRANCH_ON(Z_LVAL_P(raw) != 0);
  zval* v = OP1;
  SAVE();
  bool t = zend_is_true(v);
  FREE1();
  CHECK_EXC();
  BRANCH_ON(t);
})
#undef BRANCH_ON

L_JMPZ_EX:
L_JMPNZ_EX: {
  zval* v = OP1;
  SAVE();
  bool t = zend_is_true(v);
  FREE1();
  ZVAL_BOOL(RESULT, t);
  CHECK_EXC();
  if (t == (ZOP == ZEND_JMPNZ_EX)) JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  NEXT();
}
L_JMP_SET: {
  zval* v = OP1;
  SAVE();
  if (zend_is_true(v)) {
    copy_op(RESULT, v, T1, EXV(ip->op1));
    JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  }
  FREE1();
  NEXT_CHECKED();
}
L_COALESCE: {
  zval* v = read_op_quiet(ex, ip, T1, ip->op1);
  if (Z_TYPE_P(v) > IS_NULL) {
    copy_op(RESULT, v, T1, EXV(ip->op1));
    JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  }
  FREE1();
  NEXT();
}
L_CHECK_VAR:
  if (UNEXPECTED(Z_TYPE_P(EXV(ip->op1)) == IS_UNDEF)) {
    SAVE();
    undefined_cv(ex, ip->op1.var);
    CHECK_EXC();
  }
  NEXT();
L_CAST: {
  zval* v = OP1;
  zval* r = RESULT;
  SAVE();
  switch (ip->extended_value) {
    case IS_LONG: ZVAL_LONG(r, zval_get_long(v)); break;
    case IS_DOUBLE: ZVAL_DOUBLE(r, zval_get_double(v)); break;
    case _IS_BOOL: ZVAL_BOOL(r, zend_is_true(v)); break;
    case IS_STRING: ZVAL_STR(r, zval_get_string(v)); break;
    case IS_NULL: ZVAL_NULL(r); break;
    case IS_ARRAY:
      ZVAL_COPY(r, v);
      convert_to_array(r);
      break;
    default:
      ZVAL_COPY(r, v);
      convert_to_object(r);
      break;
  }
  FREE1();
  NEXT_CHECKED();
}
SPECIALISE_3(SECOND_OPERAND, ROPE_INIT, ROPE_ADD, ROPE_END, {
  zend_string** rope = reinterpret_cast<zend_string**>(ZOP == ZEND_ROPE_INIT ? RESULT : EXV(ip->op1));
  uint32_t part = ZOP == ZEND_ROPE_INIT ? 0 : ip->extended_value;
  zval* raw = RAW2;
  if (EXPECTED(Z_TYPE_P(raw) == IS_STRING)) {
    // A string: a temporary's is taken over, a constant's is interned, a variable's is shared.
    rope[part] = T2 == IS_CV || T2 == IS_VAR ? zend_string_copy(Z_STR_P(raw)) : Z_STR_P(raw);
    if (T2 == IS_VAR) FREE2();
  } else {
    zval* v = OP2;
    SAVE();
    rope[part] = zval_get_string(v);
    FREE2();
  }
  if (ZOP == ZEND_ROPE_END) {
    size_t len = 0;
    for (uint32_t i = 0; i <= part; i++) len += ZSTR_LEN(rope[i]);
    zend_string* s = zend_string_alloc(len, 0);
    char* p = ZSTR_VAL(s);
    for (uint32_t i = 0; i <= part; i++) {
      memcpy(p, ZSTR_VAL(rope[i]), ZSTR_LEN(rope[i]));
      p += ZSTR_LEN(rope[i]);
      zend_string_release_ex(rope[i], 0);
    }
    *p = 0;
    ZVAL_NEW_STR(RESULT, s);
  }
  NEXT_CHECKED();
})
L_BEGIN_SILENCE:
  ZVAL_LONG(RESULT, EG(error_reporting));
  if (!E_HAS_ONLY_FATAL_ERRORS(EG(error_reporting))) EG(error_reporting) &= E_FATAL_ERRORS;
  NEXT();
L_END_SILENCE: {
  zend_long saved = Z_LVAL_P(EXV(ip->op1));
  if (E_HAS_ONLY_FATAL_ERRORS(EG(error_reporting)) && !E_HAS_ONLY_FATAL_ERRORS(saved)) EG(error_reporting) = static_cast<int>(saved);
  NEXT();
}

L_INIT_FCALL: {
  // The compiler's frame size for the call (op1) is used once the cache holds the function,
  // which it does only when that size is enough for this function (an image cannot lie).
  void** slot = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->result.num);
  auto* fbc = static_cast<zend_function*>(*slot);
  uint32_t used_stack;
  if (EXPECTED(fbc != nullptr)) {
    used_stack = ip->op1.num;
  } else {
    fbc = lookup_function(CONSTV(ip->op2));
    if (UNEXPECTED(!fbc)) {
      SAVE();
      zend_throw_error(nullptr, "Call to undefined function %s()", Z_STRVAL_P(CONSTV(ip->op2)));
      goto handle_exception;
    }
    used_stack = zend_vm_calc_used_stack(ip->extended_value, fbc);
    if (ip->op1.num >= used_stack) *slot = fbc;
  }
  zend_execute_data* call = zend_vm_stack_push_call_frame_ex(used_stack, ZEND_CALL_NESTED_FUNCTION, fbc, ip->extended_value, nullptr);
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
L_INIT_FCALL_BY_NAME:
L_INIT_NS_FCALL_BY_NAME: {
  void** slot = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->result.num);
  zend_function* fbc = static_cast<zend_function*>(*slot);
  if (UNEXPECTED(!fbc)) {
    zval* name = CONSTV(ip->op2);
    fbc = lookup_function(name + 1);
    if (!fbc && ZOP == ZEND_INIT_NS_FCALL_BY_NAME) fbc = lookup_function(name + 2);
    if (UNEXPECTED(!fbc)) {
      SAVE();
      zend_throw_error(nullptr, "Call to undefined function %s()", Z_STRVAL_P(name));
      goto handle_exception;
    }
    *slot = fbc;
  }
  zend_execute_data* call = zend_vm_stack_push_call_frame(ZEND_CALL_NESTED_FUNCTION, fbc, ip->extended_value, nullptr);
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
L_INIT_DYNAMIC_CALL: {
  zval* callable = OP2;
  SAVE();
  zend_execute_data* call;
  if (EXPECTED(Z_TYPE_P(callable) == IS_OBJECT && Z_OBJCE_P(callable) == zend_ce_closure)) {
    // $closure(...): the closure's function, scope and $this, the closure held for the call.
    zend_object* closure = Z_OBJ_P(callable);
    zend_class_entry* scope;
    zend_function* fbc;
    zend_object* object;
    closure->handlers->get_closure(closure, &scope, &fbc, &object, 0);
    uint32_t info = ZEND_CALL_NESTED_FUNCTION | ZEND_CALL_DYNAMIC | ZEND_CALL_CLOSURE;
    if (UNEXPECTED(fbc->common.fn_flags & ZEND_ACC_FAKE_CLOSURE)) info |= ZEND_CALL_FAKE_CLOSURE;
    if (object) info |= ZEND_CALL_HAS_THIS;
    GC_ADDREF(closure);
    call = zend_vm_stack_push_call_frame(info, fbc, ip->extended_value, object ? static_cast<void*>(object) : static_cast<void*>(scope));
  } else {
    call = dynamic_call_frame(callable, ip->extended_value);
  }
  FREE2();
  if (!call) goto handle_exception;
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
// The argument slot of a positional SEND_VAL, SEND_VAR, SEND_VAL_EX or SEND_VAR_EX: the linker keeps
// its byte offset in the frame (ZEND_CALL_ARG of argument op2) in the unused result.
#define SEND_SLOT ZEND_CALL_VAR(ex->call, ip->result.var)
// SEND_VAL: a value by position to a parameter known not to be by reference
SPECIALISE(SEND_OPERANDS, SEND_VAL, {
  if (EXPECTED(T2 != IS_CONST)) {
    copy_op(SEND_SLOT, OP1, T1, EXV(ip->op1));
    NEXT();
  }
  goto send_general;
})
// SEND_VAR: a defined variable by position, by value
SPECIALISE(SEND_OPERANDS, SEND_VAR, {
  if (EXPECTED(T2 != IS_CONST && T1 == IS_CV && DEFINED_AND_UNCOUNTED(EXV(ip->op1)))) {
    ZVAL_COPY_VALUE(SEND_SLOT, EXV(ip->op1));
    NEXT();
  }
  if (EXPECTED(T2 != IS_CONST && T1 == IS_CV && Z_TYPE_P(EXV(ip->op1)) != IS_UNDEF)) {
    ZVAL_COPY_DEREF(SEND_SLOT, EXV(ip->op1));
    NEXT();
  }
  if (EXPECTED(T2 != IS_CONST && T1 == IS_VAR && Z_TYPE_P(EXV(ip->op1)) != IS_REFERENCE && Z_TYPE_P(EXV(ip->op1)) != IS_INDIRECT)) {
    // A call's or fetch's result, by value: moved.
    ZVAL_COPY_VALUE(SEND_SLOT, EXV(ip->op1));
    NEXT();
  }
  goto send_general;
})
// SEND_VAL_EX, SEND_VAR_EX: by position, to a callee not known when compiling; by value unless
// the parameter is by reference (send_general).
SPECIALISE(SEND_OPERANDS, SEND_VAL_EX, {
  if (EXPECTED(T2 != IS_CONST && !ARG_MUST_BE_SENT_BY_REF(ex->call->func, ip->op2.num))) {
    copy_op(SEND_SLOT, OP1, T1, EXV(ip->op1));
    NEXT_CHECKED();
  }
  goto send_general;
})
SPECIALISE(SEND_OPERANDS, SEND_VAR_EX, {
  if (EXPECTED(T2 != IS_CONST && T1 == IS_CV && Z_TYPE_P(EXV(ip->op1)) != IS_UNDEF && !arg_by_ref(ex->call, ip->op2.num))) {
    ZVAL_COPY_DEREF(SEND_SLOT, EXV(ip->op1));
    NEXT();
  }
  goto send_general;
})
L_SEND_FUNC_ARG:
L_SEND_REF:
L_SEND_VAR_NO_REF:
L_SEND_VAR_NO_REF_EX:
send_general: {
  // The argument slot: by position (op2 a number) or by name (op2 a string, a named argument).
  uint32_t arg_num;
  zval* arg;
  if (T2 == IS_CONST) {
    SAVE();
    arg = named_arg_slot(&ex->call, Z_STR_P(CONSTV(ip->op2)), &arg_num, CACHE_SLOT_AT(ip->result.num));
    if (!arg) {
      FREE1();
      goto handle_exception;
    }
  } else {
    arg_num = ip->op2.num;
    arg = ZEND_CALL_ARG(ex->call, arg_num);
  }
  zend_function* callee = ex->call->func;
  bool by_ref;
  switch (ZOP) {
    case ZEND_SEND_VAL:
      copy_op(arg, OP1, T1, EXV(ip->op1));
      NEXT_CHECKED();
    case ZEND_SEND_VAL_EX:
      if (ARG_MUST_BE_SENT_BY_REF(callee, arg_num)) {
        SAVE();
        zend_cannot_pass_by_reference(arg_num);
        FREE1();
        ZVAL_UNDEF(arg);
        goto handle_exception;
      }
      copy_op(arg, OP1, T1, EXV(ip->op1));
      NEXT_CHECKED();
    case ZEND_SEND_VAR_NO_REF:
    case ZEND_SEND_VAR_NO_REF_EX: {
      zval* v = EXV(ip->op1);
      if (ZOP == ZEND_SEND_VAR_NO_REF_EX && !arg_by_ref(ex->call, arg_num)) {
        if (Z_ISREF_P(v)) {
          ZVAL_COPY(arg, Z_REFVAL_P(v));
          zval_ptr_dtor_nogc(v);
        } else {
          ZVAL_COPY_VALUE(arg, v);
        }
        NEXT();
      }
      // A parameter that only prefers a reference (array_multisort, extract) takes the value quietly.
      if (Z_ISREF_P(v) || ARG_MAY_BE_SENT_BY_REF(callee, arg_num)) {
        ZVAL_COPY_VALUE(arg, v);
        NEXT();
      }
      SAVE();
      ZVAL_NEW_REF(arg, v);
      zend_error(E_NOTICE, "Only variables should be passed by reference");
      NEXT_CHECKED();
    }
    case ZEND_SEND_REF: by_ref = true; break;
    case ZEND_SEND_VAR_EX: by_ref = arg_by_ref(ex->call, arg_num); break;
    case ZEND_SEND_FUNC_ARG: by_ref = (ZEND_CALL_INFO(ex->call) & ZEND_CALL_SEND_ARG_BY_REF) != 0; break;
    default: by_ref = false; break;  // SEND_VAR
  }
  if (by_ref) {
    zval* var = write_op(ex, T1, ip->op1);
    if (Z_TYPE_P(var) == _IS_ERROR) {
      ZVAL_NEW_EMPTY_REF(arg);
      ZVAL_NULL(Z_REFVAL_P(arg));
      NEXT();
    }
    send_ref(arg, var);
    NEXT();
  }
  zval* v = EXV(ip->op1);
  if (T1 == IS_CV && UNEXPECTED(Z_TYPE_P(v) == IS_UNDEF)) {
    SAVE();
    undefined_cv(ex, ip->op1.var);
    ZVAL_NULL(arg);
    NEXT_CHECKED();
  }
  if (T1 == IS_VAR && Z_TYPE_P(v) == IS_INDIRECT) v = Z_INDIRECT_P(v);
  if (T1 == IS_CV) {
    ZVAL_COPY_DEREF(arg, v);
  } else if (Z_ISREF_P(v)) {
    ZVAL_COPY(arg, Z_REFVAL_P(v));
    zval_ptr_dtor_nogc(v);
  } else {
    ZVAL_COPY_VALUE(arg, v);
  }
  NEXT();
}
L_CHECK_FUNC_ARG: {
  uint32_t arg_num = ip->op2.num;
  if (T2 == IS_CONST) {
    // An unknown name is sent by value; the SEND reports it.
    arg_num = arg_offset_by_name(ex->call->func, Z_STR_P(CONSTV(ip->op2)), CACHE_SLOT_AT(ip->result.num)) + 1;
  }
  if (arg_num != 0 && arg_by_ref(ex->call, arg_num)) ZEND_ADD_CALL_FLAG(ex->call, ZEND_CALL_SEND_ARG_BY_REF);
  else ZEND_DEL_CALL_FLAG(ex->call, ZEND_CALL_SEND_ARG_BY_REF);
  NEXT();
}
L_SEND_UNPACK: {
  zval* args = OP1;
  SAVE();
  zend_execute_data* call = ex->call;
  send_unpack(&call, args, T1 == IS_CV || T1 == IS_VAR ? EXV(ip->op1) : nullptr);
  ex->call = call;
  FREE1();
  NEXT_CHECKED();
}
L_CHECK_UNDEF_ARGS:
  SAVE();
  zend_handle_undef_args(ex->call);
  NEXT_CHECKED();

SPECIALISE_WITH_NO_RESULT(NO_OPERANDS, DO_UCALL, {
  // A call the compiler resolved to a user function: the frame of that function (anything else,
  // which only a foreign image could arrange, takes the general path).
  zend_execute_data* call = ex->call;
  zend_function* fbc = call->func;
  if (EXPECTED(fbc->type == ZEND_USER_FUNCTION && !(fbc->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE))) {
    ex->call = call->prev_execute_data;
    SAVE();
    // (The result slot is written by the callee's RETURN; until then it is not live.)
    zval* ret = RESULT_USED ? RESULT : nullptr;
    call->prev_execute_data = ex;
    enter_user_call(call, &fbc->op_array, ret);
    ex = call;
    ip = ex->opline;
    INTERRUPT_CHECK();
    DISPATCH();
  }
  goto L_DO_FCALL;
})
SPECIALISE_WITH_NO_RESULT(NO_OPERANDS, DO_ICALL, {
  // A call the compiler resolved to a builtin: no $this, no closure, no named arguments beyond
  // the parameters, no frame of its own allocation, no execute_internal hook (anything else,
  // which only a foreign image or an extension could arrange, takes the general path).
  zend_execute_data* call = ex->call;
  zend_function* fbc = call->func;
  if (UNEXPECTED(fbc->type != ZEND_INTERNAL_FUNCTION || (fbc->common.fn_flags & (ZEND_ACC_CALL_VIA_TRAMPOLINE | ZEND_ACC_DEPRECATED)) ||
                 (ZEND_CALL_INFO(call) & (ZEND_CALL_RELEASE_THIS | ZEND_CALL_CLOSURE | ZEND_CALL_HAS_EXTRA_NAMED_PARAMS | ZEND_CALL_ALLOCATED)) ||
                 zend_execute_internal))
    goto L_DO_FCALL;
  ex->call = call->prev_execute_data;
  SAVE();
  zval retval;
  zval* r = RESULT_USED ? RESULT : &retval;
  ZVAL_NULL(r);
  call->prev_execute_data = ex;
  EG(current_execute_data) = call;
  fbc->internal_function.handler(call, r);
  EG(current_execute_data) = ex;
  zend_vm_stack_free_args(call);
  if (!RESULT_USED) i_zval_ptr_dtor(r);
  EG(vm_stack_top) = reinterpret_cast<zval*>(call);
  if (UNEXPECTED(zend_atomic_bool_load_ex(&EG(vm_interrupt)))) service_interrupt(ex);
  NEXT_CHECKED();
})
L_DO_FCALL:
L_DO_FCALL_BY_NAME: {
  zend_execute_data* call = ex->call;
  zend_function* fbc = call->func;
  ex->call = call->prev_execute_data;
  SAVE();
  zval* ret = RESULT_USED ? RESULT : nullptr;
  // A __call/__callStatic trampoline (libphp makes them user functions) runs the magic method;
  // a builtin called through a handler (a closure's __invoke) is called as any builtin.
  if (UNEXPECTED(fbc->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE) && fbc->type == ZEND_USER_FUNCTION) fbc = magic_call_for_trampoline(call);
  if (EXPECTED(fbc->type == ZEND_USER_FUNCTION)) {
    if (ret) ZVAL_NULL(ret);
    call->prev_execute_data = ex;
    enter_user_call(call, &fbc->op_array, ret);
    ex = call;
    ip = ex->opline;
    INTERRUPT_CHECK();
    DISPATCH();
  }
  if (UNEXPECTED(fbc->common.fn_flags & ZEND_ACC_DEPRECATED)) {
    zend_deprecated_function(fbc);
    if (EG(exception)) {
      zend_vm_stack_free_args(call);
      zend_vm_stack_free_call_frame(call);
      goto handle_exception;
    }
  }
  zval retval;
  zval* r = ret ? ret : &retval;
  ZVAL_NULL(r);
  call->prev_execute_data = ex;
  EG(current_execute_data) = call;
  if (!zend_execute_internal) fbc->internal_function.handler(call, r);
  else zend_execute_internal(call, r);
  EG(current_execute_data) = ex;
  uint32_t info = ZEND_CALL_INFO(call);
  zend_vm_stack_free_args(call);
  if (UNEXPECTED(info & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS)) zend_free_extra_named_params(call->extra_named_params);
  if (!ret) i_zval_ptr_dtor(r);
  if (UNEXPECTED(info & ZEND_CALL_RELEASE_THIS)) OBJ_RELEASE(Z_OBJ(call->This));
  else if (UNEXPECTED(info & ZEND_CALL_CLOSURE)) OBJ_RELEASE(ZEND_CLOSURE_OBJECT(fbc));
  zend_vm_stack_free_call_frame(call);
  // A builtin may leave an interrupt pending (a delayed out-of-memory error): serve it at the
  // call's line.
  if (UNEXPECTED(zend_atomic_bool_load_ex(&EG(vm_interrupt)))) service_interrupt(ex);
  NEXT_CHECKED();
}
SPECIALISE(FIRST_OPERAND, RETURN, {
  if (T1 == IS_CV && EXPECTED(DEFINED_AND_UNCOUNTED(EXV(ip->op1)))) {
    if (ex->return_value) ZVAL_COPY_VALUE(ex->return_value, EXV(ip->op1));
    goto leave;
  }
  zval* v = T1 == IS_CV ? EXV(ip->op1) : OP1;
  if (T1 == IS_CV && UNEXPECTED(Z_TYPE_P(v) == IS_UNDEF)) {
    SAVE();
    v = undefined_cv(ex, ip->op1.var);
  }
  zval* rv = ex->return_value;
  if (T1 == IS_CV && rv && Z_REFCOUNTED_P(v) && !Z_ISREF_P(v) && !(ZEND_CALL_INFO(ex) & (ZEND_CALL_CODE | ZEND_CALL_OBSERVED))) {
    // The variable dies with the frame: its value moves to the caller (a candidate cycle root
    // stays one, as when the variable is released). A reference (a by-reference parameter, a
    // global) stays: the caller gets a copy of its value (below).
    zend_refcounted* counted = Z_COUNTED_P(v);
    ZVAL_COPY_VALUE(rv, v);
    if (GC_MAY_LEAK(counted)) gc_possible_root(counted);
    ZVAL_NULL(v);
    goto leave;
  }
  if (rv) copy_op(rv, v, T1, EXV(ip->op1));
  else FREE1();
  goto leave;
})

L_RECV: {
  uint32_t arg_num = ip->op1.num;
  if (UNEXPECTED(arg_num > EX_NUM_ARGS())) {
    SAVE();
    zend_missing_arg_error(ex);
    goto handle_exception;
  }
  zend_arg_info* info = &ex->func->op_array.arg_info[arg_num - 1];
  if (ZEND_TYPE_IS_SET(info->type)) {
    zval* param = RESULT;
    zval* value = param;
    ZVAL_DEREF(value);
    if (!value_has_type(info->type, value)) {
      SAVE();
      void** cache = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->extended_value);
      if (!coerce_arg(info, param, cache)) {
        if (!EG(exception)) zend_verify_arg_error(ex->func, info, arg_num, param);
        goto handle_exception;
      }
    }
  }
  NEXT();
}
L_RECV_INIT: {
  uint32_t arg_num = ip->op1.num;
  zval* param = RESULT;
  if (arg_num > EX_NUM_ARGS()) {
    ZVAL_COPY(param, CONSTV(ip->op2));
    if (Z_OPT_TYPE_P(param) == IS_CONSTANT_AST) {
      SAVE();
      if (zval_update_constant_ex(param, ex->func->op_array.scope) != SUCCESS) {
        ZVAL_UNDEF(param);
        goto handle_exception;
      }
    }
  }
  zend_arg_info* info = &ex->func->op_array.arg_info[arg_num - 1];
  if (ZEND_TYPE_IS_SET(info->type)) {
    zval* value = param;
    ZVAL_DEREF(value);
    if (!value_has_type(info->type, value)) {
      SAVE();
      void** cache = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->extended_value);
      if (!coerce_arg(info, param, cache)) {
        if (!EG(exception)) zend_verify_arg_error(ex->func, info, arg_num, param);
        goto handle_exception;
      }
    }
  }
  NEXT();
}
L_RECV_VARIADIC: {
  uint32_t arg_num = ip->op1.num;
  uint32_t count = EX_NUM_ARGS();
  zval* params = RESULT;
  if (arg_num <= count) {
    array_init_size(params, count - arg_num + 1);
    zend_hash_real_init_packed(Z_ARRVAL_P(params));
    zend_op_array* oa = &ex->func->op_array;
    zval* arg = EX_VAR_NUM(oa->last_var + oa->T);
    zend_arg_info* info = &oa->arg_info[oa->num_args];
    bool typed = ZEND_TYPE_IS_SET(info->type);
    void** cache = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->extended_value);
    ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(params)) {
      for (uint32_t i = arg_num; i <= count; i++, arg++) {
        if (typed && !ZEND_TYPE_CONTAINS_CODE(info->type, Z_TYPE_P(arg))) {
          SAVE();
          if (!zend_check_user_type_slow(&info->type, arg, nullptr, cache, false)) {
            if (!EG(exception)) zend_verify_arg_error(ex->func, info, i, arg);
            ZEND_HASH_FILL_FINISH();
            goto handle_exception;
          }
        }
        Z_TRY_ADDREF_P(arg);
        ZEND_HASH_FILL_ADD(arg);
      }
    }
    ZEND_HASH_FILL_END();
  } else {
    ZVAL_EMPTY_ARRAY(params);
  }
  if (ZEND_CALL_INFO(ex) & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS) {
    // Named arguments without a parameter of their own join the variadic array by name.
    zend_op_array* oa = &ex->func->op_array;
    zend_arg_info* info = &oa->arg_info[oa->num_args];
    void** cache = CACHE_SLOT_AT(ip->extended_value);
    SEPARATE_ARRAY(params);
    zend_string* name;
    zval* arg;
    ZEND_HASH_MAP_FOREACH_STR_KEY_VAL(ex->extra_named_params, name, arg) {
      if (ZEND_TYPE_IS_SET(info->type) && !ZEND_TYPE_CONTAINS_CODE(info->type, Z_TYPE_P(arg))) {
        SAVE();
        if (!zend_check_user_type_slow(&info->type, arg, nullptr, cache, false)) {
          if (!EG(exception)) zend_verify_arg_error(ex->func, info, oa->num_args + 1, arg);
          goto handle_exception;
        }
      }
      Z_TRY_ADDREF_P(arg);
      zend_hash_add_new(Z_ARRVAL_P(params), name, arg);
    }
    ZEND_HASH_FOREACH_END();
  }
  NEXT();
}

L_FREE: {
  // A discarded temporary: releasing it may run a destructor, which may throw.
  zval* v = EXV(ip->op1);
  if (Z_REFCOUNTED_P(v) && !Z_DELREF_P(v)) {
    SAVE();
    rc_dtor_func(Z_COUNTED_P(v));
    CHECK_EXC();
  }
  NEXT();
}
L_INIT_ARRAY: {
  uint32_t size = ip->extended_value >> ZEND_ARRAY_SIZE_SHIFT;
  zval* arr = RESULT;
  array_init_size(arr, size);
  if (ip->extended_value & ZEND_ARRAY_NOT_PACKED) zend_hash_real_init_mixed(Z_ARRVAL_P(arr));
  if (T1 == IS_UNUSED) NEXT();
}
  /* fallthrough */
L_ADD_ARRAY_ELEMENT: {
  if (EXPECTED(T2 == IS_UNUSED && !(ip->extended_value & ZEND_ARRAY_ELEMENT_REF))) {
    // A value appended (a list literal's element): moved from a temporary or a call's result,
    // copied from a constant or a variable; a reference, an undefined variable or a full array
    // takes the path below.
    zval* src = RAW1;
    zend_uchar type = Z_TYPE_P(src);
    if (EXPECTED(type != IS_UNDEF && type != IS_REFERENCE && type != IS_INDIRECT) &&
        EXPECTED(zend_hash_next_index_insert(Z_ARRVAL_P(RESULT), src) != nullptr)) {
      if (T1 == IS_CONST || T1 == IS_CV) Z_TRY_ADDREF_P(src);
      NEXT();
    }
  }
  zval* arr = RESULT;
  zval v;
  SAVE();
  if (ip->extended_value & ZEND_ARRAY_ELEMENT_REF) {
    zval* var = write_op(ex, T1, ip->op1);
    ZVAL_MAKE_REF(var);
    ZVAL_COPY(&v, var);
  } else {
    zval* src = OP1;
    copy_op(&v, src, T1, EXV(ip->op1));
  }
  array_insert(arr, T2 == IS_UNUSED ? nullptr : OP2, &v);
  FREE2();
  NEXT_CHECKED();
}
L_ADD_ARRAY_UNPACK: {
  zval* src = OP1;
  SAVE();
  array_unpack(RESULT, src);
  FREE1();
  NEXT_CHECKED();
}
L_UNSET_DIM: {
  zval* container = write_op(ex, T1, ip->op1);
  SAVE();
  if (T1 == IS_CV && Z_TYPE_P(container) == IS_UNDEF) undefined_cv(ex, ip->op1.var);
  zval* dim = OP2;
  if (Z_TYPE_P(container) != _IS_ERROR) unset_dim(container, object_dim(T2, container, dim));
  FREE2();
  FREE_W1();
  NEXT_CHECKED();
}
L_UNSET_CV: {
  zval* var = EXV(ip->op1);
  if (Z_REFCOUNTED_P(var)) {
    zend_refcounted* garbage = Z_COUNTED_P(var);
    ZVAL_UNDEF(var);
    SAVE();
    if (!GC_DELREF(garbage)) rc_dtor_func(garbage);
    else gc_check_possible_root(garbage);
    NEXT_CHECKED();
  }
  ZVAL_UNDEF(var);
  NEXT();
}
L_FE_RESET_R: {
  zval* v = OP1;
  if (EXPECTED(Z_TYPE_P(v) == IS_ARRAY)) {
    zval* it = RESULT;
    copy_op(it, v, T1, EXV(ip->op1));
    Z_FE_POS_P(it) = 0;
    if (zend_hash_num_elements(Z_ARRVAL_P(it)) == 0) {
      // Nothing to iterate: straight to the loop's FE_FREE, which must find no hash iterator
      // (the position just written shares the field with the iterator's number).
      zval_ptr_dtor_nogc(it);
      ZVAL_UNDEF(it);
      Z_FE_ITER_P(it) = static_cast<uint32_t>(-1);
      JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
    }
    NEXT();
  }
  SAVE();
  if (Z_TYPE_P(v) == IS_OBJECT && T1 != IS_CONST) {
    bool consumed = T1 == IS_TMP_VAR || (T1 == IS_VAR && v == EXV(ip->op1));
    bool empty = fe_reset_object(RESULT, v, consumed);
    if (T1 == IS_VAR && !consumed) FREE1();
    CHECK_EXC();
    if (empty) JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
    NEXT();
  }
  zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given", zend_zval_type_name(v));
  FREE1();
  ZVAL_UNDEF(RESULT);
  Z_FE_ITER_P(RESULT) = static_cast<uint32_t>(-1);
  CHECK_EXC();
  JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
}
L_FE_FETCH_R: {
  zval* it = EXV(ip->op1);
  if (UNEXPECTED(Z_TYPE_P(it) != IS_ARRAY)) {  // an object: its properties or its Iterator
    SAVE();
    zval* value;
    int got = fe_fetch_object(it, &value, RESULT_USED ? RESULT : nullptr);
    if (got < 0) {
      if (RESULT_USED) ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    if (got == 0) JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
    if (T2 == IS_CV) {
      zend_assign_to_variable(EXV(ip->op2), value, IS_CV, EX_USES_STRICT_TYPES());
      NEXT_CHECKED();
    }
    ZVAL_COPY(EXV(ip->op2), value);
    NEXT();
  }
  HashTable* ht = Z_ARRVAL_P(it);
  uint32_t pos = Z_FE_POS_P(it);
  zval* value;
  zend_ulong h = 0;
  zend_string* key = nullptr;
  for (;;) {
    if (UNEXPECTED(pos >= ht->nNumUsed)) JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
    if (HT_IS_PACKED(ht)) {
      value = &ht->arPacked[pos];
      h = pos;
    } else {
      Bucket* b = &ht->arData[pos];
      value = &b->val;
      h = b->h;
      key = b->key;
    }
    pos++;
    if (Z_TYPE_P(value) == IS_INDIRECT) value = Z_INDIRECT_P(value);
    if (EXPECTED(Z_TYPE_P(value) != IS_UNDEF)) break;
  }
  Z_FE_POS_P(it) = pos;
  if (RESULT_USED) {
    if (key) ZVAL_STR_COPY(RESULT, key);
    else ZVAL_LONG(RESULT, static_cast<zend_long>(h));
  }
  if (T2 == IS_CV) {
    SAVE();
    zend_assign_to_variable(EXV(ip->op2), value, IS_CV, EX_USES_STRICT_TYPES());
    NEXT_CHECKED();
  }
  ZVAL_COPY(EXV(ip->op2), value);
  NEXT();
}
L_FE_FREE: {
  zval* it = EXV(ip->op1);
  if (Z_TYPE_P(it) != IS_ARRAY && Z_FE_ITER_P(it) != static_cast<uint32_t>(-1)) zend_hash_iterator_del(Z_FE_ITER_P(it));
  SAVE();
  zval_ptr_dtor_nogc(it);
  NEXT_CHECKED();
}
L_FE_RESET_RW: {
  zval* result = RESULT;
  zval* ref;
  zval* array;
  if (T1 == IS_VAR || T1 == IS_CV) {
    ref = array = write_op(ex, T1, ip->op1);
    if (T1 == IS_CV && UNEXPECTED(Z_TYPE_P(ref) == IS_UNDEF)) {
      SAVE();
      undefined_cv(ex, ip->op1.var);
    }
    if (Z_ISREF_P(ref)) array = Z_REFVAL_P(ref);
  } else {
    ref = array = OP1;
  }
  if (Z_TYPE_P(array) == IS_ARRAY) {
    if (T1 == IS_VAR || T1 == IS_CV) {
      if (array == ref) {  // the variable becomes a reference the loop shares
        ZVAL_NEW_REF(ref, ref);
        array = Z_REFVAL_P(ref);
      }
      Z_ADDREF_P(ref);
      ZVAL_COPY_VALUE(result, ref);
    } else {
      zval tmp;
      copy_op(&tmp, array, T1, EXV(ip->op1));
      ZVAL_NEW_REF(result, &tmp);
      array = Z_REFVAL_P(result);
    }
    SEPARATE_ARRAY(array);
    Z_FE_ITER_P(result) = zend_hash_iterator_add(Z_ARRVAL_P(array), 0);
    NEXT();
  }
  SAVE();
  if (Z_TYPE_P(array) == IS_OBJECT) {
    // By reference over an object: its properties, or an Iterator asked for references.
    bool consumed = T1 == IS_TMP_VAR || (T1 == IS_VAR && array == EXV(ip->op1));
    bool empty = fe_reset_object(result, array, consumed, true);
    if (T1 == IS_VAR && !consumed) FREE1();
    CHECK_EXC();
    if (empty) JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
    NEXT();
  }
  zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given", zend_zval_type_name(array));
  if (T1 == IS_TMP_VAR) FREE1();
  ZVAL_UNDEF(result);
  Z_FE_ITER_P(result) = static_cast<uint32_t>(-1);
  CHECK_EXC();
  JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
}
L_FE_FETCH_RW: {
  zval* it = EXV(ip->op1);
  zval* array = it;
  ZVAL_DEREF(array);
  if (UNEXPECTED(Z_TYPE_P(array) != IS_ARRAY)) {  // an object's properties or Iterator
    SAVE();
    if (UNEXPECTED(Z_TYPE_P(array) != IS_OBJECT)) {
      // The loop's body assigned something else to the variable iterated by reference.
      zend_error(E_WARNING, "foreach() argument must be of type array|object, %s given", zend_zval_type_name(array));
      if (EG(exception)) {
        if (RESULT_USED) ZVAL_UNDEF(RESULT);
        goto handle_exception;
      }
      JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
    }
    zval* value;
    int got = fe_fetch_object(array, &value, RESULT_USED ? RESULT : nullptr);
    if (got < 0) {
      if (RESULT_USED) ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    if (got == 0) JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
    zval* var = EXV(ip->op2);
    if (Z_TYPE_P(array) == IS_OBJECT && !zend_iterator_unwrap(array)) {
      // A declared property: readonly ones refuse, typed ones become references that keep the type.
      zend_property_info* info = typed_property_for_slot(Z_OBJ_P(array), value);  // readonly ones are typed
      if (info && (info->flags & ZEND_ACC_READONLY)) {
        zend_throw_error(nullptr, "Cannot acquire reference to readonly property %s::$%s", ZSTR_VAL(info->ce->name),
                         zend_get_unmangled_property_name(info->name));
        if (RESULT_USED) { zval_ptr_dtor(RESULT); ZVAL_UNDEF(RESULT); }
        goto handle_exception;
      }
      if (info && ZEND_TYPE_IS_SET(info->type) && !Z_ISREF_P(value)) {
        ZVAL_NEW_REF(value, value);
        ZEND_REF_ADD_TYPE_SOURCE(Z_REF_P(value), info);
      }
    }
    if (T2 == IS_CV) {
      if (var != value) assign_reference(var, value);
    } else {
      ZVAL_MAKE_REF(value);
      Z_ADDREF_P(value);
      ZVAL_REF(var, Z_REF_P(value));
    }
    NEXT_CHECKED();
  }
  HashTable* ht = Z_ARRVAL_P(array);
  uint32_t pos = zend_hash_iterator_pos_ex(Z_FE_ITER_P(it), array);
  zval* value;
  zend_ulong h = 0;
  zend_string* key = nullptr;
  for (;;) {
    if (pos >= ht->nNumUsed) JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
    if (HT_IS_PACKED(ht)) {
      value = &ht->arPacked[pos];
      h = pos;
      key = nullptr;
    } else {
      Bucket* b = &ht->arData[pos];
      value = &b->val;
      h = b->h;
      key = b->key;
    }
    pos++;
    if (Z_TYPE_P(value) == IS_INDIRECT) value = Z_INDIRECT_P(value);
    if (Z_TYPE_P(value) != IS_UNDEF) break;
  }
  EG(ht_iterators)[Z_FE_ITER_P(it)].pos = pos;
  if (RESULT_USED) {
    if (key) ZVAL_STR_COPY(RESULT, key);
    else ZVAL_LONG(RESULT, static_cast<zend_long>(h));
  }
  SAVE();
  zval* var = EXV(ip->op2);
  if (T2 == IS_CV) {
    if (var != value) assign_reference(var, value);
  } else {  // a fresh temporary ([&$a] = ... destructuring): holds nothing to release
    ZVAL_MAKE_REF(value);
    Z_ADDREF_P(value);
    ZVAL_REF(var, Z_REF_P(value));
  }
  NEXT_CHECKED();
}
L_RETURN_BY_REF: {
  SAVE();
  zval* rv = ex->return_value;
  if (T1 == IS_CONST || T1 == IS_TMP_VAR ||
      (T1 == IS_VAR && ip->extended_value == ZEND_RETURNS_VALUE)) {
    // Only variables can be returned by reference: return the value, with PHP's notice.
    zend_error(E_NOTICE, "Only variable references should be returned by reference");
    zval* v = OP1;
    if (rv) {
      copy_op(rv, v, T1, EXV(ip->op1));
      ZVAL_NEW_REF(rv, rv);
    } else {
      FREE1();
    }
    goto leave;
  }
  zval* var = write_op(ex, T1, ip->op1);
  if (T1 == IS_VAR && Z_TYPE_P(EXV(ip->op1)) != IS_INDIRECT && !Z_ISREF_P(var)) {
    zend_error(E_NOTICE, "Only variable references should be returned by reference");
    if (rv) {
      ZVAL_NEW_REF(rv, var);
      Z_TRY_ADDREF_P(Z_REFVAL_P(rv));
    }
    zval_ptr_dtor_nogc(EXV(ip->op1));
    goto leave;
  }
  if (rv) {
    if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
    ZVAL_MAKE_REF(var);
    Z_ADDREF_P(var);
    ZVAL_REF(rv, Z_REF_P(var));
  }
  if (T1 == IS_VAR && Z_TYPE_P(EXV(ip->op1)) != IS_INDIRECT) zval_ptr_dtor_nogc(EXV(ip->op1));
  goto leave;
}
L_MAKE_REF: {
  zval* v = EXV(ip->op1);
  if (T1 == IS_CV) {
    if (Z_TYPE_P(v) == IS_UNDEF) ZVAL_NULL(v);
    ZVAL_MAKE_REF(v);
    ZVAL_COPY(RESULT, v);
  } else if (Z_TYPE_P(v) == IS_INDIRECT) {
    v = Z_INDIRECT_P(v);
    if (Z_TYPE_P(v) == IS_UNDEF) ZVAL_NULL(v);
    ZVAL_MAKE_REF(v);
    ZVAL_COPY(RESULT, v);
  } else {
    // A call's result (not a variable): passed on as it is, a reference only if the function
    // returned one (a FETCH_LIST_W or ASSIGN_REF after it reports a value).
    ZVAL_COPY_VALUE(RESULT, v);
  }
  NEXT();
}
L_EXIT: {
  SAVE();
  if (T1 != IS_UNUSED) {
    zval* v = OP1;
    if (Z_TYPE_P(v) == IS_LONG) EG(exit_status) = static_cast<int>(Z_LVAL_P(v));
    else zend_print_zval(v, 0);
    FREE1();
  }
  if (!EG(exception)) zend_throw_unwind_exit();
  goto handle_exception;
}
L_FETCH_DIM_IS:
L_FETCH_LIST_R:
SPECIALISE(BOTH_OPERANDS, FETCH_DIM_R, {
  {
    // An element of a packed array by integer index, or a literal string key (the compiler
    // turned numeric ones into integers; its hash is known), both read straight from their slots.
    zval* c = RAW1;
    zval* d = RAW2;
    zval* found = nullptr;
    const zval* array = c;
    if (T1 == IS_CV && Z_ISREF_P(c)) array = Z_REFVAL_P(c);  // a by-reference parameter, a global
    if (EXPECTED(Z_TYPE_P(array) == IS_ARRAY)) {
      HashTable* ht = Z_ARRVAL_P(array);
      if (Z_TYPE_P(d) == IS_LONG) {
        auto i = static_cast<zend_ulong>(Z_LVAL_P(d));
        if (EXPECTED(HT_IS_PACKED(ht)) && i < ht->nNumUsed) {
          // A packed array holds no INDIRECT: only a hole (UNDEF) is not an element.
          zval* element = &ht->arPacked[i];
          if (EXPECTED(Z_TYPE_P(element) != IS_UNDEF)) {
            ZVAL_COPY_DEREF(RESULT, element);
            if (ZOP != ZEND_FETCH_LIST_R) FREE1_NEXT();
            NEXT();
          }
        }
      } else if (T2 == IS_CONST && Z_TYPE_P(d) == IS_STRING) {
        found = zend_hash_find_known_hash(ht, Z_STR_P(d));
      }
    }
    if (found && Z_TYPE_P(found) != IS_UNDEF && Z_TYPE_P(found) != IS_INDIRECT) {
      zval* result = RESULT;
      ZVAL_COPY_DEREF(result, found);
      if (ZOP != ZEND_FETCH_LIST_R) FREE1_NEXT();
      NEXT();
    }
    // isset-style reads (??) of a key the array certainly lacks: null, silently.
    if (ZOP == ZEND_FETCH_DIM_IS && !found && Z_TYPE_P(array) == IS_ARRAY &&
        ((T2 == IS_CONST && Z_TYPE_P(d) == IS_STRING) || (Z_TYPE_P(d) == IS_LONG && HT_IS_PACKED(Z_ARRVAL_P(array))))) {
      ZVAL_NULL(RESULT);
      FREE1_NEXT();
    }
  }
  bool is = ZOP == ZEND_FETCH_DIM_IS;
  zval* container = is ? read_op_quiet(ex, ip, T1, ip->op1) : OP1;
  zval* dim = OP2;
  if (EXPECTED(Z_TYPE_P(container) == IS_ARRAY)) {
    zval* found = nullptr;
    if (Z_TYPE_P(dim) == IS_LONG) found = zend_hash_index_find(Z_ARRVAL_P(container), Z_LVAL_P(dim));
    else if (Z_TYPE_P(dim) == IS_STRING) found = zend_symtable_find(Z_ARRVAL_P(container), Z_STR_P(dim));
    if (found && Z_TYPE_P(found) != IS_INDIRECT) {
      ZVAL_COPY_DEREF(RESULT, found);
      FREE2();
      if (ZOP != ZEND_FETCH_LIST_R) FREE1();  // list() reads its container again; a FREE releases it
      NEXT();
    }
  }
  SAVE();
  if (ZOP == ZEND_FETCH_LIST_R && Z_TYPE_P(container) != IS_ARRAY && Z_TYPE_P(container) != IS_OBJECT) {
    ZVAL_NULL(RESULT);  // list() from anything but an array or object gives null, silently
  } else {
    zval tmp;
    zend_fetch_dimension_const(&tmp, container, object_dim(T2, container, dim), is ? BP_VAR_IS : BP_VAR_R);
    ZVAL_COPY_VALUE(RESULT, &tmp);
  }
  FREE2();
  if (ZOP != ZEND_FETCH_LIST_R) FREE1();
  NEXT_CHECKED();
})

// f([1][0]) or f(C->p) for a by-reference parameter: a temporary cannot be written.
use_temporary_in_write_context:
  SAVE();
  zend_throw_error(nullptr, "Cannot use temporary expression in write context");
  FREE2();
  FREE1();
  ZVAL_UNDEF(RESULT);
  goto handle_exception;
L_FETCH_DIM_FUNC_ARG:
  if (!(ZEND_CALL_INFO(ex->call) & ZEND_CALL_SEND_ARG_BY_REF)) goto L_FETCH_DIM_R;
  if (T1 & (IS_CONST | IS_TMP_VAR)) goto use_temporary_in_write_context;
  /* fallthrough */
L_FETCH_DIM_W:
L_FETCH_DIM_RW:
L_FETCH_DIM_UNSET: {
  zval* container = write_op(ex, T1, ip->op1);
  if (ZOP != ZEND_FETCH_DIM_UNSET && T2 != IS_UNUSED && (T1 & (IS_CV | IS_VAR))) {
    // An existing element of an unshared array, the container of a nested write ($a[$i]['k'] op= ...).
    if (zval* slot = existing_element_for_write(container, RAW2, T2 == IS_CONST)) {
      ZVAL_INDIRECT(RESULT, slot);
      NEXT();
    }
  }
  SAVE();
  // The container's warning comes before the dimension's, as libphp reads them.
  if (T1 == IS_CV && Z_TYPE_P(container) == IS_UNDEF) {
    if (ZOP == ZEND_FETCH_DIM_RW || ZOP == ZEND_FETCH_DIM_UNSET) undefined_cv(ex, ip->op1.var);  // W and FUNC_ARG: silently
    if (ZOP == ZEND_FETCH_DIM_UNSET) ZVAL_NULL(container);
  }
  zval* dim = T2 == IS_UNUSED ? nullptr : OP2;
  zval* slot = nullptr;
  if (Z_TYPE_P(container) != _IS_ERROR) {
    zval* c = container;
    ZVAL_DEREF(c);
    if (Z_TYPE_P(c) == IS_OBJECT) {  // ArrayAccess: the handler gives the element (or a copy)
      object_dim_for_write(c, object_dim(T2, c, dim), ZOP == ZEND_FETCH_DIM_RW ? BP_VAR_RW : ZOP == ZEND_FETCH_DIM_UNSET ? BP_VAR_UNSET : BP_VAR_W,
                           RESULT);
      FREE2();
      NEXT_CHECKED();
    }
    if (ZOP == ZEND_FETCH_DIM_UNSET) {
      slot = dim_slot_for_unset(container, dim);
    } else {
      slot = dim_slot_for_write(container, dim, ZOP == ZEND_FETCH_DIM_RW, true);
    }
  }
  if (slot) ZVAL_INDIRECT(RESULT, slot);
  else ZVAL_ERROR(RESULT);
  FREE2();
  NEXT_CHECKED();
}
L_FETCH_CONSTANT: {
  void** slot = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->extended_value);
  zval* value = static_cast<zval*>(*slot);
  if (UNEXPECTED(!value)) {
    SAVE();
    value = zend_get_constant_ex(Z_STR_P(CONSTV(ip->op2)), ex->func->op_array.scope, ip->op1.num);
    if (!value) {
      if (!EG(exception)) zend_throw_error(nullptr, "Undefined constant \"%s\"", Z_STRVAL_P(CONSTV(ip->op2)));
      ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    *slot = value;
  }
  ZVAL_COPY_OR_DUP(RESULT, value);
  NEXT();
}
L_DECLARE_CONST: {
  zend_constant c;
  SAVE();
  ZVAL_COPY(&c.value, CONSTV(ip->op2));
  if (Z_OPT_CONSTANT(c.value) && zval_update_constant_ex(&c.value, ex->func->op_array.scope) != SUCCESS) {
    zval_ptr_dtor_nogc(&c.value);
    goto handle_exception;
  }
  ZEND_CONSTANT_SET_FLAGS(&c, 0, PHP_USER_CONSTANT);
  c.name = zend_string_copy(Z_STR_P(CONSTV(ip->op1)));
  zend_register_constant(&c);
  NEXT_CHECKED();
}
L_DEFINED: {
  SAVE();
  zval* c = zend_get_constant_ex(Z_STR_P(CONSTV(ip->op1)), ex->func->op_array.scope, ZEND_FETCH_CLASS_SILENT);
  if (EG(exception)) {
    zend_clear_exception();
    c = nullptr;
  }
  ZVAL_BOOL(RESULT, c != nullptr);
  NEXT();
}
L_ISSET_ISEMPTY_CV: {
  zval* v = EXV(ip->op1);
  bool r;
  if (!(ip->extended_value & ZEND_ISEMPTY)) {
    ZVAL_DEREF(v);
    r = Z_TYPE_P(v) > IS_NULL;
  } else {
    SAVE();
    ZVAL_DEREF(v);
    r = !zend_is_true(v);
  }
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_ISSET_ISEMPTY_DIM_OBJ: {
  if (ip->op1_type == IS_CV && (ip->op2_type & (IS_CONST | IS_CV)) && !(ip->extended_value & ZEND_ISEMPTY)) {
    // isset($array[$key]) on a variable with an integer or string key (nothing to release): the
    // lookup inline. Anything else (objects, strings, other keys, empty()) takes the general path.
    const zval* container = EXV(ip->op1);
    ZVAL_DEREF(container);
    const zval* dim = ip->op2_type == IS_CONST ? CONSTV(ip->op2) : EXV(ip->op2);
    if (ip->op2_type == IS_CV) ZVAL_DEREF(dim);
    if (EXPECTED(Z_TYPE_P(container) == IS_ARRAY && (Z_TYPE_P(dim) == IS_STRING || Z_TYPE_P(dim) == IS_LONG))) {
      HashTable* ht = Z_ARRVAL_P(container);
      zval* v;
      if (Z_TYPE_P(dim) == IS_LONG) v = zend_hash_index_find(ht, static_cast<zend_ulong>(Z_LVAL_P(dim)));
      else if (ip->op2_type == IS_CONST) v = zend_hash_find_known_hash(ht, Z_STR_P(dim));  // numeric literals are integers already
      else v = zend_symtable_find(ht, Z_STR_P(dim));  // a numeric string is an integer key
      if (v && Z_TYPE_P(v) == IS_INDIRECT) v = Z_INDIRECT_P(v);
      if (v) ZVAL_DEREF(v);
      ZVAL_BOOL(RESULT, v && Z_TYPE_P(v) > IS_NULL);
      NEXT();
    }
  }
  zval* container = read_op_quiet(ex, ip, T1, ip->op1);
  zval* dim = OP2;
  SAVE();
  bool r = isset_dim(container, object_dim(T2, container, dim), (ip->extended_value & ZEND_ISEMPTY) != 0);
  FREE2();
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_ECHO: {
  zval* v = OP1;
  if (Z_TYPE_P(v) == IS_STRING) {
    SAVE();
    zend_write(Z_STRVAL_P(v), Z_STRLEN_P(v));
  } else {
    SAVE();
    zend_string* s = zval_get_string_func(v);
    if (ZSTR_LEN(s)) zend_write(ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release_ex(s, 0);
  }
  FREE1();
  NEXT_CHECKED();
}
L_STRLEN: {
  zval* v = OP1;
  SAVE();
  strlen_op(RESULT, v, EX_USES_STRICT_TYPES());
  FREE1();
  NEXT_CHECKED();
}
L_TYPE_CHECK: {
  zval* v = OP1;
  bool r;
  // is_resource() alone is false for a closed resource; other checks (!== null) go by type.
  if (Z_TYPE_P(v) == IS_RESOURCE && ip->extended_value == MAY_BE_RESOURCE) r = zend_rsrc_list_get_rsrc_type(Z_RES_P(v)) != nullptr;
  else r = (ip->extended_value >> Z_TYPE_P(v)) & 1;
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_SWITCH_LONG:
L_SWITCH_STRING:
L_MATCH: {
  // SWITCH_* leave an undefined subject to the CASE chain that follows, which warns; MATCH warns
  // itself (and the MATCH_ERROR it may jump to does not).
  bool match = ZOP == ZEND_MATCH;
  zval* v = match ? OP1 : read_op_quiet(ex, ip, T1, ip->op1);
  if (match && UNEXPECTED(EG(exception))) goto handle_exception;
  HashTable* table = Z_ARRVAL_P(CONSTV(ip->op2));
  zval* target = nullptr;
  if (Z_TYPE_P(v) == IS_LONG && (match || ZOP == ZEND_SWITCH_LONG)) target = zend_hash_index_find(table, Z_LVAL_P(v));
  else if (Z_TYPE_P(v) == IS_STRING && (match || ZOP == ZEND_SWITCH_STRING)) target = zend_hash_find(table, Z_STR_P(v));
  else if (!match) NEXT();  // wrong type: the CASE chain that follows decides
  if (target) JUMP_TO(jump_table_target(ex, target));
  JUMP_TO(ZEND_OFFSET_TO_OPLINE(ip, ip->extended_value));
}
L_MATCH_ERROR: {
  zval* v = read_op_quiet(ex, ip, T1, ip->op1);  // an undefined subject was reported where it was compared
  SAVE();
  throw_unhandled_match(v);
  goto handle_exception;  // a temporary subject is live here: the unwinding releases it
}
L_IN_ARRAY: {
  zval* v = OP1;
  HashTable* table = Z_ARRVAL_P(CONSTV(ip->op2));
  bool r = false;
  SAVE();
  zend_ulong h;
  zend_string* key;
  ZEND_HASH_FOREACH_KEY(table, h, key) {
    zval k;
    if (key) ZVAL_STR(&k, key); else ZVAL_LONG(&k, static_cast<zend_long>(h));
    if (ip->extended_value ? zend_is_identical(v, &k) : zend_compare(v, &k) == 0) {
      r = true;
      break;
    }
  }
  ZEND_HASH_FOREACH_END();
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_COUNT: {
  zval* v = OP1;
  SAVE();
  if (Z_TYPE_P(v) == IS_ARRAY) {
    ZVAL_LONG(RESULT, zend_hash_num_elements(Z_ARRVAL_P(v)));
  } else if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJ_HT_P(v)->count_elements) {
    zend_long n = 0;
    if (Z_OBJ_HT_P(v)->count_elements(Z_OBJ_P(v), &n) == SUCCESS) {
      ZVAL_LONG(RESULT, n);
    } else if (!EG(exception)) {
      zend_type_error("count(): Argument #1 ($value) must be of type Countable|array, %s given", zend_zval_type_name(v));
    }
  } else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), zend_ce_countable)) {
    zval r;
    zend_call_method_with_0_params(Z_OBJ_P(v), nullptr, nullptr, "count", &r);
    ZVAL_LONG(RESULT, zval_get_long(&r));
    zval_ptr_dtor(&r);
  } else {
    zend_type_error("count(): Argument #1 ($value) must be of type Countable|array, %s given", zend_zval_type_name(v));
  }
  FREE1();
  NEXT_CHECKED();
}
L_GET_TYPE: {
  zval* v = OP1;
  ZVAL_STR(RESULT, zend_zval_get_legacy_type(v));
  FREE1();
  NEXT_CHECKED();
}
L_ARRAY_KEY_EXISTS: {
  zval* key = OP1;
  zval* arr = OP2;
  SAVE();
  if (Z_TYPE_P(arr) == IS_ARRAY) {
    ArrayKey k;
    if (to_array_key(key, k, KeyUse::Access)) {
      bool found = k.is_string ? zend_hash_exists(Z_ARRVAL_P(arr), k.str) : zend_hash_index_exists(Z_ARRVAL_P(arr), k.index);
      ZVAL_BOOL(RESULT, found);
    }
  } else {
    zend_type_error("array_key_exists(): Argument #2 ($array) must be of type array, %s given", zend_zval_type_name(arr));
  }
  FREE1();
  FREE2();
  NEXT_CHECKED();
}
L_FUNC_NUM_ARGS:
  ZVAL_LONG(RESULT, EX_NUM_ARGS());
  NEXT();
L_FUNC_GET_ARGS: {
  uint32_t count = EX_NUM_ARGS();
  uint32_t skip = T1 == IS_CONST ? static_cast<uint32_t>(Z_LVAL_P(CONSTV(ip->op1))) : 0;
  zval* out = RESULT;
  if (count <= skip) {
    ZVAL_EMPTY_ARRAY(out);
    NEXT();
  }
  array_init_size(out, count - skip);
  zend_op_array* oa = &ex->func->op_array;
  for (uint32_t i = skip; i < count; i++) {
    zval* arg = i < oa->num_args ? EX_VAR_NUM(i) : EX_VAR_NUM(oa->last_var + oa->T + (i - oa->num_args));
    if (Z_TYPE_P(arg) == IS_UNDEF) {
      zend_hash_next_index_insert(Z_ARRVAL_P(out), &EG(uninitialized_zval));
      continue;
    }
    ZVAL_DEREF(arg);
    Z_TRY_ADDREF_P(arg);
    zend_hash_next_index_insert(Z_ARRVAL_P(out), arg);
  }
  NEXT();
}
L_DECLARE_FUNCTION: {
  SAVE();
  zend_function* fn = reinterpret_cast<zend_function*>(ex->func->op_array.dynamic_func_defs[ip->op2.num]);
  do_bind_function(fn, CONSTV(ip->op1));
  NEXT_CHECKED();
}

L_FETCH_R:
L_FETCH_IS:
L_FETCH_W:
L_FETCH_RW:
L_FETCH_UNSET:
L_FETCH_FUNC_ARG: {
  int type;
  switch (ZOP) {
    case ZEND_FETCH_R: type = BP_VAR_R; break;
    case ZEND_FETCH_IS: type = BP_VAR_IS; break;
    case ZEND_FETCH_W: type = BP_VAR_W; break;
    case ZEND_FETCH_RW: type = BP_VAR_RW; break;
    case ZEND_FETCH_UNSET: type = BP_VAR_UNSET; break;
    default: type = (ZEND_CALL_INFO(ex->call) & ZEND_CALL_SEND_ARG_BY_REF) ? BP_VAR_W : BP_VAR_R; break;
  }
  zval* name_zv = OP1;
  SAVE();
  zend_string* tmp_name = nullptr;
  zend_string* name = Z_TYPE_P(name_zv) == IS_STRING ? Z_STR_P(name_zv) : zval_try_get_tmp_string(name_zv, &tmp_name);
  if (!name) {
    FREE1();
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  zval* v = fetch_named_variable(ex, name, ip->extended_value, type);
  if (tmp_name) zend_tmp_string_release(tmp_name);
  if (type == BP_VAR_R || type == BP_VAR_IS) ZVAL_COPY_DEREF(RESULT, v);
  else ZVAL_INDIRECT(RESULT, v);
  FREE1();
  NEXT_CHECKED();
}
L_UNSET_VAR:
L_ISSET_ISEMPTY_VAR: {
  zval* name_zv = OP1;
  SAVE();
  zend_string* tmp_name = nullptr;
  zend_string* name = Z_TYPE_P(name_zv) == IS_STRING ? Z_STR_P(name_zv) : zval_try_get_tmp_string(name_zv, &tmp_name);
  if (!name) {
    FREE1();
    goto handle_exception;
  }
  if (ZOP == ZEND_UNSET_VAR) {
    HashTable* table = named_variable_table(ex, ip->extended_value);
    zend_hash_del_ind(table, name);
  } else {
    zval* v = fetch_named_variable(ex, name, ip->extended_value, BP_VAR_IS);
    ZVAL_DEREF(v);
    bool r = (ip->extended_value & ZEND_ISEMPTY) ? !zend_is_true(v) : Z_TYPE_P(v) > IS_NULL;
    ZVAL_BOOL(RESULT, r);
  }
  if (tmp_name) zend_tmp_string_release(tmp_name);
  FREE1();
  NEXT_CHECKED();
}
L_FETCH_GLOBALS:
  ZVAL_ARR(RESULT, zend_proptable_to_symtable(&EG(symbol_table), 1));
  NEXT();
L_BIND_GLOBAL: {
  zval* name = CONSTV(ip->op2);
  SAVE();
  zval* g = zend_hash_find(&EG(symbol_table), Z_STR_P(name));
  if (!g) g = zend_hash_add_new(&EG(symbol_table), Z_STR_P(name), &EG(uninitialized_zval));
  else if (Z_TYPE_P(g) == IS_INDIRECT) {
    g = Z_INDIRECT_P(g);
    if (Z_TYPE_P(g) == IS_UNDEF) ZVAL_NULL(g);
  }
  assign_reference(EXV(ip->op1), g);
  NEXT_CHECKED();
}
L_INIT_USER_CALL: {
  zval* callable = OP2;
  SAVE();
  zend_fcall_info_cache fcc;
  char* error = nullptr;
  zend_execute_data* call = nullptr;
  if (zend_is_callable_ex(callable, nullptr, 0, nullptr, &fcc, &error)) {
    call = push_callable_frame(fcc, ip->extended_value);
  } else {
    zend_type_error("%s(): Argument #1 ($callback) must be a valid callback, %s", Z_STRVAL_P(CONSTV(ip->op1)), error ? error : "");
  }
  if (error) efree(error);
  FREE2();
  if (!call) goto handle_exception;
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
L_SEND_USER: {
  zend_execute_data* call = ex->call;
  zval* v = OP1;
  zval* arg = ZEND_CALL_ARG(call, ip->op2.num);
  // call_user_func() passes values: a parameter that must be a reference (not one that only
  // prefers one, as array_multisort's) warns and gets a reference to a copy, which a builtin
  // writes through.
  if (ARG_MUST_BE_SENT_BY_REF(call->func, ip->op2.num)) {
    SAVE();
    warn_param_must_be_ref(call->func, ip->op2.num);
    copy_op(arg, v, T1, EXV(ip->op1));
    ZVAL_NEW_REF(arg, arg);
    NEXT_CHECKED();
  }
  copy_op(arg, v, T1, EXV(ip->op1));
  NEXT_CHECKED();
}

L_SEND_ARRAY: {
  zval* args = OP1;
  SAVE();
  zend_execute_data* call = ex->call;
  send_array(&call, args);
  ex->call = call;
  FREE1();
  NEXT_CHECKED();
}

L_VERIFY_RETURN_TYPE: {
  SAVE();
  if (T1 == IS_UNUSED) {
    zend_verify_return_error(ex->func, nullptr);
    goto handle_exception;
  }
  zend_arg_info* ret_info = ex->func->common.arg_info - 1;
  zval* value;
  if (T1 == IS_CONST) {
    ZVAL_COPY(RESULT, CONSTV(ip->op1));
    value = RESULT;
  } else {
    value = EXV(ip->op1);
    if (T1 == IS_VAR && Z_TYPE_P(value) == IS_INDIRECT) value = Z_INDIRECT_P(value);
  }
  zval* deref = value;
  ZVAL_DEREF(deref);
  if (EXPECTED(value_has_type(ret_info->type, deref))) NEXT();
  // `static`: an object of the called class (or a subclass), as libphp's check decides it.
  if ((ZEND_TYPE_FULL_MASK(ret_info->type) & MAY_BE_STATIC) && Z_TYPE_P(deref) == IS_OBJECT) {
    zend_class_entry* called = zend_get_called_scope(ex);
    if (called && instanceof_function(Z_OBJCE_P(deref), called)) NEXT();
  }
  if (T1 == IS_CV && Z_TYPE_P(deref) == IS_UNDEF) {
    undefined_cv(ex, ip->op1.var);
    CHECK_EXC();
    if (ZEND_TYPE_FULL_MASK(ret_info->type) & MAY_BE_NULL) NEXT();
    deref = value = &EG(uninitialized_zval);
  }
  zend_reference* ref = nullptr;
  if (value != deref) {
    if (ex->func->op_array.fn_flags & ZEND_ACC_RETURN_REFERENCE) {
      ref = Z_REF_P(value);
    } else {
      // A by-value return may be coerced: work on an unshared copy of the value.
      if (Z_REFCOUNT_P(value) == 1) {
        ZVAL_UNREF(value);
      } else {
        Z_DELREF_P(value);
        ZVAL_COPY(value, deref);
      }
      deref = value;
    }
  }
  void** cache = reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + ip->op2.num);
  if (!zend_check_user_type_slow(&ret_info->type, deref, ref, cache, true)) {
    if (!EG(exception)) zend_verify_return_error(ex->func, deref);
    goto handle_exception;
  }
  NEXT_CHECKED();
}
L_VERIFY_NEVER_TYPE:
  SAVE();
  zend_verify_never_error(ex->func);
  goto handle_exception;

L_ASSIGN_REF: {
  SAVE();
  zval* value = write_op(ex, T2, ip->op2);
  zval* var = EXV(ip->op1);
  if (T1 == IS_VAR) {
    if (Z_TYPE_P(var) != IS_INDIRECT) {
      zend_throw_error(nullptr, "Cannot assign by reference to an array dimension of an object");
      FREE2();
      goto handle_exception;
    }
    var = Z_INDIRECT_P(var);
  }
  if (T2 == IS_VAR && ip->extended_value == ZEND_RETURNS_FUNCTION && !Z_ISREF_P(value)) {
    // A call result that is not a reference is assigned by value, with PHP's notice.
    zend_error(E_NOTICE, "Only variables should be assigned by reference");
    Z_TRY_ADDREF_P(value);
    var = zend_assign_to_variable(var, value, IS_TMP_VAR, EX_USES_STRICT_TYPES());
  } else if (Z_TYPE_P(var) != _IS_ERROR && Z_TYPE_P(value) != _IS_ERROR) {
    assign_reference(var, value);
  }
  if (RESULT_USED) ZVAL_COPY(RESULT, var);
  if (T2 == IS_VAR) zval_ptr_dtor_nogc(EXV(ip->op2));
  NEXT_CHECKED();
}

L_ASSERT_CHECK:
  if (EG(assertions) <= 0) {
    if (RESULT_USED) ZVAL_TRUE(RESULT);
    JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  }
  NEXT();

L_THROW: {
  zval* v = OP1;
  SAVE();
  if (Z_TYPE_P(v) != IS_OBJECT) {
    if (!EG(exception)) zend_throw_error(nullptr, "Can only throw objects");  // (the undefined variable's, first)
    FREE1();
    goto handle_exception;
  }
  zend_exception_save();
  Z_ADDREF_P(v);
  zend_throw_exception_object(v);
  zend_exception_restore();
  FREE1();
  goto handle_exception;
}
L_CATCH: {
  zend_exception_restore();
  if (!EG(exception)) JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  void** slot = CACHE_SLOT_AT(ip->extended_value & ~ZEND_LAST_CATCH);
  zend_class_entry* catch_ce = static_cast<zend_class_entry*>(*slot);
  if (!catch_ce) {
    zval* name = CONSTV(ip->op1);
    catch_ce = zend_fetch_class_by_name(Z_STR_P(name), Z_STR_P(name + 1), ZEND_FETCH_CLASS_NO_AUTOLOAD | ZEND_FETCH_CLASS_SILENT);
    *slot = catch_ce;
  }
  zend_class_entry* ce = EG(exception)->ce;
  if (ce != catch_ce && (!catch_ce || !instanceof_function(ce, catch_ce))) {
    if (ip->extended_value & ZEND_LAST_CATCH) goto handle_exception;  // no catch matches: rethrow
    JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
  }
  zend_object* exception = EG(exception);
  EG(exception) = nullptr;
  SAVE();
  if (RESULT_USED) {
    // Always a strict assignment: catch (Exception $e) makes $e an Exception.
    zval tmp;
    ZVAL_OBJ(&tmp, exception);
    zend_assign_to_variable(RESULT, &tmp, IS_TMP_VAR, true);
  } else {
    OBJ_RELEASE(exception);
  }
  NEXT_CHECKED();
}
L_FAST_CALL: {
  zval* fast_call = RESULT;
  Z_OBJ_P(fast_call) = nullptr;
  Z_OPLINE_NUM_P(fast_call) = static_cast<uint32_t>(ip - ex->func->op_array.opcodes);
  JUMP_TO(OP_JMP_ADDR(ip, ip->op1));
}
L_FAST_RET: {
  zval* fast_call = EXV(ip->op1);
  if (Z_OPLINE_NUM_P(fast_call) != static_cast<uint32_t>(-1)) JUMP_TO(ex->func->op_array.opcodes + Z_OPLINE_NUM_P(fast_call) + 1);
  // The finally block ran because of an exception: resume it.
  EG(exception) = Z_OBJ_P(fast_call);
  Z_OBJ_P(fast_call) = nullptr;
  try_catch_offset = static_cast<int>(ip->op2.num);
  op_num = static_cast<uint32_t>(ip - ex->func->op_array.opcodes);
  goto dispatch_try_catch_finally;
}
L_DISCARD_EXCEPTION: {
  zval* fast_call = EXV(ip->op1);
  SAVE();
  discard_pending_return(ex, fast_call);
  if (Z_OBJ_P(fast_call)) {
    OBJ_RELEASE(Z_OBJ_P(fast_call));
    Z_OBJ_P(fast_call) = nullptr;
  }
  NEXT_CHECKED();
}
L_NEW: {
  SAVE();
  void** slot = CACHE_SLOT_AT(ip->op2.num);
  zend_class_entry* ce = T1 == IS_CONST ? static_cast<zend_class_entry*>(*slot)
                         : T1 == IS_VAR ? Z_CE_P(EXV(ip->op1))
                                                  : zend_fetch_class(nullptr, ip->op1.num);
  if (!ce && T1 != IS_CONST) goto handle_exception;
  if (!ce) {
    zval* name = CONSTV(ip->op1);
    ce = zend_fetch_class_by_name(Z_STR_P(name), Z_STR_P(name + 1), ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
    if (!ce) {
      ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    *slot = ce;
  }
  zval* result = RESULT;
  if (object_init_ex(result, ce) != SUCCESS) {
    ZVAL_UNDEF(result);
    goto handle_exception;
  }
  zend_function* constructor = Z_OBJ_HT_P(result)->get_constructor(Z_OBJ_P(result));
  zend_execute_data* call;
  if (!constructor) {
    CHECK_EXC();
    // No constructor: skip the DO_FCALL when there are no arguments, else make a no-op call.
    if (ip->extended_value == 0 && (ip + 1)->opcode == ZEND_DO_FCALL) {
      ip += 2;
      DISPATCH();
    }
    call = zend_vm_stack_push_call_frame(ZEND_CALL_FUNCTION, const_cast<zend_function*>(reinterpret_cast<const zend_function*>(&zend_pass_function)),
                                         ip->extended_value, nullptr);
  } else {
    call = zend_vm_stack_push_call_frame(ZEND_CALL_FUNCTION | ZEND_CALL_RELEASE_THIS | ZEND_CALL_HAS_THIS, constructor, ip->extended_value,
                                         Z_OBJ_P(result));
    Z_ADDREF_P(result);
  }
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
SPECIALISE(OBJECT_FIRST, INIT_METHOD_CALL, {
  zval* object = OBJ_R1;
  zval* method = OP2;
  SAVE();
  if (T2 != IS_CONST && Z_TYPE_P(method) != IS_STRING) {  // a constant name is a string (verifier)
    zend_throw_error(nullptr, "Method name must be a string");
    FREE2();
    FREE1();
    goto handle_exception;
  }
  if (Z_TYPE_P(object) != IS_OBJECT) {
    if (!EG(exception))  // an undefined variable's warning, made an exception by the error handler, comes first
      zend_throw_error(nullptr, "Call to a member function %s() on %s", Z_STRVAL_P(method), zend_zval_type_name(object));
    FREE2();
    FREE1();
    goto handle_exception;
  }
  zend_object* obj = Z_OBJ_P(object);
  zend_class_entry* called_scope = obj->ce;
  zend_function* fbc;
  void** slot = CACHE_SLOT_AT(ip->result.num);
  if (T2 == IS_CONST && slot[0] == called_scope) {
    fbc = static_cast<zend_function*>(slot[1]);
  } else {
    // The site's cache holds another class: the request's method cache, then the lookup.
    MethodCacheEntry* shared = nullptr;
    fbc = nullptr;
    if (T2 == IS_CONST && obj->handlers->get_method == zend_std_get_method && !EG(fake_scope)) {
      shared = &method_cache_entry(called_scope, Z_STR_P(method), ex->func->common.scope);
      if (shared->ce == called_scope && shared->name == Z_STR_P(method) && shared->scope == ex->func->common.scope) fbc = shared->fbc;
    }
    if (!fbc) {
      zend_object* orig = obj;
      fbc = obj->handlers->get_method(&obj, Z_STR_P(method), T2 == IS_CONST ? CONSTV(ip->op2) + 1 : nullptr);
      if (!fbc) {
        if (!EG(exception)) zend_throw_error(nullptr, "Call to undefined method %s::%s()", ZSTR_VAL(obj->ce->name), Z_STRVAL_P(method));
        FREE2();
        FREE1();
        goto handle_exception;
      }
      if (T2 == IS_CONST && !(fbc->common.fn_flags & (ZEND_ACC_CALL_VIA_TRAMPOLINE | ZEND_ACC_NEVER_CACHE)) && obj == orig) {
        slot[0] = called_scope;
        slot[1] = fbc;
        if (shared) *shared = MethodCacheEntry{called_scope, Z_STR_P(method), ex->func->common.scope, fbc};
      }
    }
  }
  uint32_t info = ZEND_CALL_NESTED_FUNCTION;
  void* this_or_scope;
  if (fbc->common.fn_flags & ZEND_ACC_STATIC) {
    this_or_scope = called_scope;
  } else {
    GC_ADDREF(obj);  // $this of the call
    info |= ZEND_CALL_HAS_THIS | ZEND_CALL_RELEASE_THIS;
    this_or_scope = obj;
  }
  FREE2();
  FREE1();
  zend_execute_data* call = zend_vm_stack_push_call_frame(info, fbc, ip->extended_value, this_or_scope);
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT_CHECKED();
})
L_INIT_STATIC_METHOD_CALL: {
  SAVE();
  void** slot = CACHE_SLOT_AT(ip->result.num);
  zend_class_entry* ce;
  zend_function* fbc = nullptr;
  void* called;
  uint32_t info;
  if (T1 == IS_CONST && T2 == IS_CONST && slot[0]) {
    // A named class and method: both cached; a non-static method still checks $this each time.
    ce = static_cast<zend_class_entry*>(slot[0]);
    fbc = static_cast<zend_function*>(slot[1]);
    if (fbc->common.fn_flags & ZEND_ACC_STATIC) {
      called = ce;
      info = ZEND_CALL_NESTED_FUNCTION;
    } else {
      fbc = static_method_for_call(ex, ip, ce, CONSTV(ip->op2), slot, &called, &info);
      if (!fbc) goto handle_exception;
    }
  } else {
    if (T1 == IS_CONST) {
      zval* cname = CONSTV(ip->op1);
      ce = zend_fetch_class_by_name(Z_STR_P(cname), Z_STR_P(cname + 1), ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
    } else if (T1 == IS_UNUSED) {
      ce = zend_fetch_class(nullptr, ip->op1.num);
    } else {
      ce = Z_CE_P(EXV(ip->op1));
    }
    if (!ce) {
      FREE2();
      goto handle_exception;
    }
    zval* method = T2 == IS_UNUSED ? nullptr : OP2;
    fbc = static_method_for_call(ex, ip, ce, method, slot, &called, &info);
    FREE2();
    if (!fbc) goto handle_exception;
  }
  zend_execute_data* call = zend_vm_stack_push_call_frame(info, fbc, ip->extended_value, called);
  call->prev_execute_data = ex->call;
  ex->call = call;
  NEXT();
}
L_FETCH_OBJ_IS:
SPECIALISE(OBJECT_FIRST, FETCH_OBJ_R, {
  bool is = ZOP == ZEND_FETCH_OBJ_IS;
  zval* object = T1 == IS_UNUSED ? &ex->This : is ? read_op_quiet(ex, ip, T1, ip->op1) : OP1;
  if (EXPECTED(T2 == IS_CONST && Z_TYPE_P(object) == IS_OBJECT)) {
    // A declared property of an ordinary object, at the offset libphp cached for this class.
    zend_object* obj = Z_OBJ_P(object);
    void** cache = CACHE_SLOT_AT(ip->extended_value & ~ZEND_FETCH_OBJ_FLAGS);
    if (EXPECTED(obj->ce == cache[0] && obj->handlers->read_property == zend_std_read_property)) {
      auto offset = reinterpret_cast<uintptr_t>(cache[1]);
      if (EXPECTED(IS_VALID_PROPERTY_OFFSET(offset))) {
        zval* v = OBJ_PROP(obj, offset);
        if (EXPECTED(Z_TYPE_P(v) != IS_UNDEF)) {
          ZVAL_COPY_DEREF(RESULT, v);
          FREE1_NEXT();
        }
      }
    }
  }
  SAVE();
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  if (name) {
    if (Z_TYPE_P(object) == IS_OBJECT) {
      zend_object* obj = Z_OBJ_P(object);
      zval rv;
      zval* v = obj->handlers->read_property(obj, name, is ? BP_VAR_IS : BP_VAR_R, property_cache(ex, ip, ip->extended_value & ~ZEND_FETCH_OBJ_FLAGS), &rv);
      if (v == &rv) ZVAL_COPY_VALUE(RESULT, &rv);  // computed by the handler: already ours
      else ZVAL_COPY_DEREF(RESULT, v);
    } else {
      if (!is) zend_error(E_WARNING, "Attempt to read property \"%s\" on %s", ZSTR_VAL(name), zend_zval_type_name(object));
      ZVAL_NULL(RESULT);
    }
  } else {
    ZVAL_UNDEF(RESULT);
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE1();
  NEXT_CHECKED();
})
SPECIALISE(OBJECT_FIRST, ASSIGN_OBJ, {
  zval* object = OBJ_W1;
  const zend_op* data = ip + 1;
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  if (EXPECTED(T2 == IS_CONST && (data->op1_type != IS_VAR || !Z_ISREF_P(EXV(data->op1))) && Z_TYPE_P(object) == IS_OBJECT)) {
    // An initialised declared property of an ordinary object, untyped or of a type the value
    // already has (no coercion, not readonly): assigned in place. (A VAR value that was a
    // reference, which read_op has looked through, takes the general path.)
    zend_object* obj = Z_OBJ_P(object);
    void** cache = CACHE_SLOT_AT(ip->extended_value);
    if (EXPECTED(obj->ce == cache[0] && obj->handlers->write_property == zend_std_write_property)) {
      auto offset = reinterpret_cast<uintptr_t>(cache[1]);
      auto* info = static_cast<zend_property_info*>(cache[2]);
      zval* slot = IS_VALID_PROPERTY_OFFSET(offset) ? OBJ_PROP(obj, offset) : nullptr;
      if (slot && Z_TYPE_P(slot) != IS_UNDEF && (!info || (!(info->flags & ZEND_ACC_READONLY) && value_has_type(info->type, value)))) {
        SAVE();
        zval* stored = zend_assign_to_variable(slot, value, data->op1_type == IS_CONST ? IS_CONST : data->op1_type, EX_USES_STRICT_TYPES());
        if (RESULT_USED) ZVAL_COPY(RESULT, stored);
        FREE_W1();
        ip += 2;
        CHECK_EXC();
        DISPATCH();
      }
    }
  }
  SAVE();
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  ZVAL_DEREF(object);
  if (!name) {
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
  } else if (Z_TYPE_P(object) == IS_OBJECT) {
    zend_object* obj = Z_OBJ_P(object);
    // write_property takes its own reference to the value; the operand is freed below, and
    // neither it nor the object becomes a garbage-collection root here (as in libphp).
    GC_ADDREF(obj);
    zval* stored = obj->handlers->write_property(obj, name, value, property_cache(ex, ip, ip->extended_value));
    if (RESULT_USED) ZVAL_COPY(RESULT, stored);
    release_object_nogc(obj);
  } else {
    zend_throw_error(nullptr, "Attempt to assign property \"%s\" on %s", ZSTR_VAL(name), zend_zval_type_name(object));
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE_W1();
  free_op(ex, data->op1_type, data->op1);
  ip++;
  NEXT_CHECKED();
})
L_ISSET_ISEMPTY_PROP_OBJ: {
  zval* object = (T1 == IS_UNUSED ? &ex->This : read_op_quiet(ex, ip, T1, ip->op1));
  SAVE();
  bool empty = ip->extended_value & ZEND_ISEMPTY;
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  bool r = empty;
  if (name && Z_TYPE_P(object) == IS_OBJECT) {
    zend_object* obj = Z_OBJ_P(object);
    int has = obj->handlers->has_property(obj, name, empty ? ZEND_PROPERTY_NOT_EMPTY : ZEND_PROPERTY_ISSET,
                                          property_cache(ex, ip, ip->extended_value & ~ZEND_ISEMPTY));
    r = empty ? !has : has;
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE1();
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_UNSET_OBJ: {
  zval* object = OBJ_W1;
  SAVE();
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  ZVAL_DEREF(object);
  if (name && Z_TYPE_P(object) == IS_OBJECT) {
    zend_object* obj = Z_OBJ_P(object);
    GC_ADDREF(obj);
    obj->handlers->unset_property(obj, name, property_cache(ex, ip, ip->extended_value));
    release_object_nogc(obj);
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE_W1();
  NEXT_CHECKED();
}
L_FETCH_OBJ_FUNC_ARG:
  if (!(ZEND_CALL_INFO(ex->call) & ZEND_CALL_SEND_ARG_BY_REF)) goto L_FETCH_OBJ_R;
  if (T1 & (IS_CONST | IS_TMP_VAR)) goto use_temporary_in_write_context;
  /* fallthrough */
L_FETCH_OBJ_W:
L_FETCH_OBJ_RW:
L_FETCH_OBJ_UNSET: {
  zval* object = OBJ_W1;
  SAVE();
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  int type = ZOP == ZEND_FETCH_OBJ_RW ? BP_VAR_RW : ZOP == ZEND_FETCH_OBJ_UNSET ? BP_VAR_UNSET : BP_VAR_W;
  // An undefined variable as the object of $u->p[$k] .= x or unset($u->p[$k]) warns (a write,
  // $u->p[] = x, does not: it fails on null).
  if (T1 == IS_CV && type != BP_VAR_W && Z_TYPE_P(object) == IS_UNDEF) undefined_cv(ex, ip->op1.var);
  if (name)
    property_slot_for_write(object, name, type, property_cache(ex, ip, ip->extended_value & ~ZEND_FETCH_OBJ_FLAGS), RESULT,
                            type == BP_VAR_W ? (ip->extended_value & ZEND_FETCH_OBJ_FLAGS) : 0);
  else ZVAL_ERROR(RESULT);
  zend_tmp_string_release(tmp);
  FREE2();
  NEXT_CHECKED();
}
L_PRE_INC_OBJ:
L_PRE_DEC_OBJ:
L_POST_INC_OBJ:
L_POST_DEC_OBJ: {
  zval* object = OBJ_W1;
  bool inc = ZOP == ZEND_PRE_INC_OBJ || ZOP == ZEND_POST_INC_OBJ;
  bool post = ZOP == ZEND_POST_INC_OBJ || ZOP == ZEND_POST_DEC_OBJ;
  if (EXPECTED(T2 == IS_CONST && Z_TYPE_P(object) == IS_OBJECT)) {
    // A declared property holding an integer, at the offset libphp cached for this class (its
    // cache holds the property's info only when the property has a type): untyped, or of a
    // type that takes an int, not readonly, and not at the end of the range (the typed path
    // reports that).
    zend_object* obj = Z_OBJ_P(object);
    void** cache = CACHE_SLOT_AT(ip->extended_value);
    auto* info = static_cast<zend_property_info*>(cache[2]);
    if (EXPECTED(obj->ce == cache[0] && obj->handlers->get_property_ptr_ptr == zend_std_get_property_ptr_ptr &&
                 (!info || (!(info->flags & ZEND_ACC_READONLY) && ZEND_TYPE_CONTAINS_CODE(info->type, IS_LONG))))) {
      auto offset = reinterpret_cast<uintptr_t>(cache[1]);
      if (EXPECTED(IS_VALID_PROPERTY_OFFSET(offset))) {
        zval* v = OBJ_PROP(obj, offset);
        if (EXPECTED(Z_TYPE_P(v) == IS_LONG && (!info || Z_LVAL_P(v) != (inc ? ZEND_LONG_MAX : ZEND_LONG_MIN)))) {
          if (post && RESULT_USED) ZVAL_LONG(RESULT, Z_LVAL_P(v));
          if (inc) fast_long_increment_function(v);
          else fast_long_decrement_function(v);
          if (!post && RESULT_USED) ZVAL_COPY_VALUE(RESULT, v);
          if (T1 == IS_VAR) {
            SAVE();
            FREE_W1();
            CHECK_EXC();
          }
          NEXT();
        }
      }
    }
  }
  SAVE();
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  if (T1 == IS_CV && Z_TYPE_P(object) == IS_UNDEF) undefined_cv(ex, ip->op1.var);
  if (name) increment_property(object, name, inc, post, property_cache(ex, ip, ip->extended_value), RESULT_USED ? RESULT : nullptr,
                               EX_USES_STRICT_TYPES());
  else if (RESULT_USED) ZVAL_UNDEF(RESULT);
  zend_tmp_string_release(tmp);
  FREE2();
  FREE_W1();
  NEXT_CHECKED();
}
L_INSTANCEOF: {
  zval* v = OP1;
  bool r = false;
  if (Z_TYPE_P(v) == IS_OBJECT) {
    zend_class_entry* ce;
    if (T2 == IS_VAR) {
      ce = Z_CE_P(EXV(ip->op2));
    } else if (T2 == IS_CONST) {
      void** slot = CACHE_SLOT_AT(ip->extended_value);
      ce = static_cast<zend_class_entry*>(*slot);
      if (!ce) {
        zval* name = CONSTV(ip->op2);
        SAVE();
        ce = zend_fetch_class_by_name(Z_STR_P(name), Z_STR_P(name + 1), ZEND_FETCH_CLASS_NO_AUTOLOAD | ZEND_FETCH_CLASS_SILENT);
        *slot = ce;
      }
    } else {
      SAVE();
      ce = zend_fetch_class(nullptr, ip->op2.num);
      CHECK_EXC();
    }
    r = ce && instanceof_function(Z_OBJCE_P(v), ce);
  }
  if (RESULT_USED) ZVAL_BOOL(RESULT, r);
  FREE1_NEXT();
}

L_GET_CLASS: {
  SAVE();
  if (T1 == IS_UNUSED) {
    zend_class_entry* scope = ex->func->common.scope;
    if (scope) ZVAL_STR_COPY(RESULT, scope->name);
    else {
      zend_throw_error(nullptr, "get_class() without arguments must be called from within a class");
      ZVAL_UNDEF(RESULT);
    }
    NEXT_CHECKED();
  }
  zval* v = OP1;
  if (Z_TYPE_P(v) == IS_OBJECT) {
    ZVAL_STR_COPY(RESULT, Z_OBJCE_P(v)->name);
    FREE1_NEXT();
  }
  zend_type_error("get_class(): Argument #1 ($object) must be of type object, %s given", zend_zval_type_name(v));
  FREE1();
  ZVAL_UNDEF(RESULT);
  goto handle_exception;
}

L_DECLARE_LAMBDA_FUNCTION: {
  zend_function* fn = reinterpret_cast<zend_function*>(ex->func->op_array.dynamic_func_defs[ip->op2.num]);
  zval* object = nullptr;
  zend_class_entry* called_scope;
  if (Z_TYPE(ex->This) == IS_OBJECT) {
    called_scope = Z_OBJCE(ex->This);
    if (!((fn->common.fn_flags | ex->func->common.fn_flags) & ZEND_ACC_STATIC)) object = &ex->This;
  } else {
    called_scope = Z_CE(ex->This);
  }
  SAVE();
  zend_create_closure(RESULT, fn, ex->func->op_array.scope, called_scope, object);
  NEXT_CHECKED();
}
L_BIND_LEXICAL: {
  zval* closure = EXV(ip->op1);
  zval* var = EXV(ip->op2);
  if (ip->extended_value & ZEND_BIND_REF) {
    if (Z_TYPE_P(var) == IS_UNDEF) ZVAL_NULL(var);
    if (Z_ISREF_P(var)) Z_ADDREF_P(var);
    else ZVAL_MAKE_REF_EX(var, 2);
  } else {
    if (Z_TYPE_P(var) == IS_UNDEF && !(ip->extended_value & ZEND_BIND_IMPLICIT)) {
      SAVE();
      var = undefined_cv(ex, ip->op2.var);
      CHECK_EXC();
    }
    ZVAL_DEREF(var);
    Z_TRY_ADDREF_P(var);
  }
  closure_bind_var(closure, ip->extended_value & ~(ZEND_BIND_REF | ZEND_BIND_IMPLICIT), var);
  NEXT();
}
L_BIND_STATIC: {
  zval* var = EXV(ip->op1);
  SAVE();
  HashTable* ht = static_cast<HashTable*>(ZEND_MAP_PTR_GET(ex->func->op_array.static_variables_ptr));
  if (!ht) {
    ht = zend_array_dup(ex->func->op_array.static_variables);
    ZEND_MAP_PTR_SET(ex->func->op_array.static_variables_ptr, ht);
  }
  zval* value = reinterpret_cast<zval*>(reinterpret_cast<char*>(ht->arData) +
                                        (ip->extended_value & ~(ZEND_BIND_REF | ZEND_BIND_IMPLICIT | ZEND_BIND_EXPLICIT)));
  if (ip->extended_value & ZEND_BIND_REF) {
    if (Z_TYPE_P(value) == IS_CONSTANT_AST && zval_update_constant_ex(value, ex->func->op_array.scope) != SUCCESS) goto handle_exception;
    zval_ptr_dtor(var);
    if (!Z_ISREF_P(value)) ZVAL_MAKE_REF_EX(value, 2);
    else Z_ADDREF_P(value);
    ZVAL_REF(var, Z_REF_P(value));
  } else {
    zval_ptr_dtor(var);
    ZVAL_COPY(var, value);
  }
  NEXT_CHECKED();
}
L_CALLABLE_CONVERT: {
  zend_execute_data* call = ex->call;
  SAVE();
  closure_from_call(RESULT, call);
  if (ZEND_CALL_INFO(call) & ZEND_CALL_RELEASE_THIS) OBJ_RELEASE(Z_OBJ(call->This));
  ex->call = call->prev_execute_data;
  zend_vm_stack_free_call_frame(call);
  NEXT_CHECKED();
}

L_INCLUDE_OR_EVAL: {
  zval* operand = OP1;
  SAVE();
  zend_op_array* code = compile_include_or_eval(operand, ip->extended_value);
  FREE1();
  if (EG(exception)) {
    if (code && code != kAlreadyIncluded) {
      destroy_op_array(code);
      efree_size(code, sizeof(zend_op_array));
    }
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  if (code == kAlreadyIncluded || !code) {
    if (RESULT_USED) ZVAL_BOOL(RESULT, code != nullptr);
    NEXT();
  }
  // Run the file's code in a frame of its own that shares this frame's variables.
  code->scope = ex->func->op_array.scope;
  zend_execute_data* call = zend_vm_stack_push_call_frame(
      (Z_TYPE_INFO(ex->This) & ZEND_CALL_HAS_THIS) | ZEND_CALL_NESTED_CODE | ZEND_CALL_HAS_SYMBOL_TABLE, reinterpret_cast<zend_function*>(code),
      0, Z_PTR(ex->This));
  call->symbol_table = (ZEND_CALL_INFO(ex) & ZEND_CALL_HAS_SYMBOL_TABLE) ? ex->symbol_table : zend_rebuild_symbol_table();
  zend_init_code_execute_data(call, code, RESULT_USED ? RESULT : nullptr);
  ex = call;
  enter_frame(ex);
  ip = ex->opline;
  INTERRUPT_CHECK();
  DISPATCH();
}

L_FETCH_CLASS: {
  SAVE();
  zend_class_entry* ce = nullptr;
  if (T2 == IS_UNUSED) {
    ce = zend_fetch_class(nullptr, ip->op1.num);
  } else if (T2 == IS_CONST) {
    void** slot = CACHE_SLOT_AT(ip->extended_value);
    ce = static_cast<zend_class_entry*>(*slot);
    if (!ce) {
      zval* name = CONSTV(ip->op2);
      ce = zend_fetch_class_by_name(Z_STR_P(name), Z_STR_P(name + 1), ip->op1.num);
      *slot = ce;
    }
  } else {
    zval* name = OP2;
    if (Z_TYPE_P(name) == IS_OBJECT) ce = Z_OBJCE_P(name);
    else if (Z_TYPE_P(name) == IS_STRING) ce = zend_fetch_class(Z_STR_P(name), ip->op1.num);
    else if (!EG(exception)) zend_throw_error(nullptr, "Class name must be a valid object or a string");  // (the undefined variable's, first)
    FREE2();
  }
  Z_CE_P(RESULT) = ce;
  NEXT_CHECKED();
}
L_FETCH_THIS:
  if (Z_TYPE(ex->This) == IS_OBJECT) {
    ZVAL_OBJ_COPY(RESULT, Z_OBJ(ex->This));
    NEXT();
  }
  SAVE();
  zend_throw_error(nullptr, "Using $this when not in object context");
  ZVAL_UNDEF(RESULT);
  goto handle_exception;
L_ISSET_ISEMPTY_THIS:
  ZVAL_BOOL(RESULT, (Z_TYPE(ex->This) == IS_OBJECT) != ((ip->extended_value & ZEND_ISEMPTY) != 0));
  NEXT();
L_ASSIGN_OBJ_OP: {
  zval* object = OBJ_W1;
  const zend_op* data = ip + 1;
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  SAVE();
  zend_string* tmp;
  zend_string* name_str = property_name(ex, ip, &tmp);
  ZVAL_DEREF(object);
  if (!name_str) {
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
  } else if (Z_TYPE_P(object) != IS_OBJECT) {
    if (T1 == IS_CV && Z_TYPE_P(object) == IS_UNDEF) undefined_cv(ex, ip->op1.var);
    zend_throw_error(nullptr, "Attempt to assign property \"%s\" on %s", ZSTR_VAL(name_str), zend_zval_type_name(object));
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
  } else {
    zend_object* obj = Z_OBJ_P(object);
    GC_ADDREF(obj);
    void** cache = property_cache(ex, ip, data->extended_value);
    binary_op_type op = get_binary_op(static_cast<int>(ip->extended_value));
    zval* slot = obj->handlers->get_property_ptr_ptr(obj, name_str, BP_VAR_RW, cache);
    if (slot && !Z_ISERROR_P(slot)) {
      // A typed property (or a reference one holds) keeps its type: the result is checked
      // (and coerced) before it is stored. A constant name's cache holds the property's type
      // information (null for an untyped one) once the slot lookup has filled it for this class.
      zend_property_info* info = cache && cache[0] == obj->ce ? static_cast<zend_property_info*>(cache[2]) : typed_property_for_slot(obj, slot);
      zval stepped;  // an int or float operation done on a copy, kept if the type names its result
      if (info && !Z_REFCOUNTED_P(slot)) ZVAL_COPY_VALUE(&stepped, slot);
      if (info && !Z_REFCOUNTED_P(slot) && fast_assign_op(ip->extended_value, &stepped, value) &&
          ZEND_TYPE_CONTAINS_CODE(info->type, Z_TYPE(stepped))) {
        ZVAL_COPY_VALUE(slot, &stepped);
        if (RESULT_USED) ZVAL_COPY_VALUE(RESULT, slot);
      } else if (info || (Z_ISREF_P(slot) && ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(slot)))) {
        assign_op_typed(slot, info, value, static_cast<uint8_t>(ip->extended_value), EX_USES_STRICT_TYPES());
        if (RESULT_USED) ZVAL_COPY_DEREF(RESULT, slot);
      } else {
        ZVAL_DEREF(slot);
        op(slot, slot, value);
        if (RESULT_USED) ZVAL_COPY(RESULT, slot);
      }
    } else if (!slot) {
      // No direct slot (magic accessors): read, operate, write back.
      zval rv, current, computed;
      zval* read = obj->handlers->read_property(obj, name_str, BP_VAR_R, cache, &rv);
      if (!EG(exception)) {
        ZVAL_COPY_DEREF(&current, read);
        if (read == &rv) zval_ptr_dtor(&rv);
        op(&computed, &current, value);
        zval_ptr_dtor(&current);
        if (!EG(exception)) obj->handlers->write_property(obj, name_str, &computed, cache);
        if (RESULT_USED) ZVAL_COPY(RESULT, &computed);
        zval_ptr_dtor(&computed);
      } else if (RESULT_USED) {
        ZVAL_UNDEF(RESULT);
      }
    } else if (RESULT_USED) {
      ZVAL_NULL(RESULT);
    }
    release_object_nogc(obj);
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE_W1();
  free_op(ex, data->op1_type, data->op1);
  ip++;
  NEXT_CHECKED();
}
L_FETCH_LIST_W: {
  zval* raw = EXV(ip->op1);
  if (T1 == IS_VAR && Z_TYPE_P(raw) != IS_INDIRECT && !Z_ISREF_P(raw)) {
    SAVE();
    zend_error(E_NOTICE, "Attempting to set reference to non referenceable value");
    zval* dim = OP2;
    zval tmp;
    zend_fetch_dimension_const(&tmp, raw, dim, BP_VAR_R);
    ZVAL_COPY_VALUE(RESULT, &tmp);
    FREE2();
    NEXT_CHECKED();
  }
  goto L_FETCH_DIM_W;
}

L_TICKS:
  if (static_cast<uint32_t>(++EG(ticks_count)) >= ip->extended_value) {
    EG(ticks_count) = 0;
    if (zend_ticks_function) {
      SAVE();
      zend_fiber_switch_block();
      zend_ticks_function(static_cast<int>(ip->extended_value));
      zend_fiber_switch_unblock();
      NEXT_CHECKED();
    }
  }
  NEXT();
L_CLONE: {
  zval* v = OBJ_R1;
  SAVE();
  if (Z_TYPE_P(v) != IS_OBJECT) {
    if (!EG(exception)) zend_throw_error(nullptr, "__clone method called on non-object");  // (the undefined variable's, first)
    FREE1();
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  zend_object* obj = Z_OBJ_P(v);
  zend_class_entry* ce = obj->ce;
  zend_object_clone_obj_t clone = obj->handlers->clone_obj;
  if (!clone) {
    zend_throw_error(nullptr, "Trying to clone an uncloneable object of class %s", ZSTR_VAL(ce->name));
    FREE1();
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  if (ce->clone && !(ce->clone->common.fn_flags & ZEND_ACC_PUBLIC)) {
    zend_class_entry* scope = ex->func->op_array.scope;
    if (ce->clone->common.scope != scope &&
        ((ce->clone->common.fn_flags & ZEND_ACC_PRIVATE) ||
         !zend_check_protected(zend_get_function_root_class(ce->clone), scope))) {
      zend_throw_error(nullptr, "Call to %s %s::__clone() from %s%s",
                       (ce->clone->common.fn_flags & ZEND_ACC_PRIVATE) ? "private" : "protected",
                       ZSTR_VAL(ce->clone->common.scope->name), scope ? "scope " : "global scope", scope ? ZSTR_VAL(scope->name) : "");
      FREE1();
      ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
  }
  ZVAL_OBJ(RESULT, clone(obj));
  FREE1();
  if (UNEXPECTED(EG(exception))) {  // __clone threw: the copy dies now, as in libphp
    zval_ptr_dtor(RESULT);
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  NEXT();
}
L_DECLARE_CLASS: {
  SAVE();
  do_bind_class(CONSTV(ip->op1), T2 == IS_CONST ? Z_STR_P(CONSTV(ip->op2)) : nullptr);
  NEXT_CHECKED();
}
L_DECLARE_CLASS_DELAYED: {
  void** slot = CACHE_SLOT_AT(ip->extended_value);
  if (!*slot) {
    // Still waiting under its run-time key unless it was bound when the file was loaded.
    zval* lcname = CONSTV(ip->op1);
    zval* zv = zend_hash_find_known_hash(EG(class_table), Z_STR_P(lcname + 1));
    if (zv) {
      SAVE();
      zend_class_entry* ce = zend_bind_class_in_slot(zv, lcname, Z_STR_P(CONSTV(ip->op2)));
      if (!ce) goto handle_exception;
      *slot = ce;
    }
  }
  NEXT();
}
L_DECLARE_ANON_CLASS: {
  void** slot = CACHE_SLOT_AT(ip->extended_value);
  auto* ce = static_cast<zend_class_entry*>(*slot);
  if (!ce) {
    SAVE();
    zend_string* key = Z_STR_P(CONSTV(ip->op1));
    zval* zv = zend_hash_find_known_hash(EG(class_table), key);
    if (!zv) {
      zend_throw_error(nullptr, "phpovm: anonymous class %s was not loaded", ZSTR_VAL(key));
      goto handle_exception;
    }
    ce = Z_CE_P(zv);
    if (!(ce->ce_flags & ZEND_ACC_LINKED)) {
      ce = zend_do_link_class(ce, T2 == IS_CONST ? Z_STR_P(CONSTV(ip->op2)) : nullptr, key);
      if (!ce) goto handle_exception;
    }
    *slot = ce;
  }
  Z_CE_P(RESULT) = ce;
  NEXT();
}
L_FETCH_CLASS_NAME: {
  SAVE();
  if (T1 != IS_UNUSED) {
    zval* v = OP1;
    if (Z_TYPE_P(v) != IS_OBJECT) {
      zend_type_error("Cannot use \"::class\" on value of type %s", zend_zval_type_name(v));
      ZVAL_UNDEF(RESULT);
      FREE1();
      goto handle_exception;
    }
    ZVAL_STR_COPY(RESULT, Z_OBJCE_P(v)->name);
    FREE1_NEXT();
  }
  zend_string* name = scope_class_name(ex, ip->op1.num);
  if (!name) {
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  ZVAL_STR_COPY(RESULT, name);
  NEXT();
}
L_GET_CALLED_CLASS:
  if (Z_TYPE(ex->This) == IS_OBJECT) {
    ZVAL_STR_COPY(RESULT, Z_OBJCE(ex->This)->name);
  } else if (Z_CE(ex->This)) {
    ZVAL_STR_COPY(RESULT, Z_CE(ex->This)->name);
  } else {
    SAVE();
    zend_throw_error(nullptr, "get_called_class() must be called from within a class");
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  NEXT();
L_JMP_NULL: {
  zval* v = T1 == IS_CONST ? CONSTV(ip->op1) : EXV(ip->op1);
  if (Z_TYPE_P(v) > IS_NULL) {
    if (!Z_ISREF_P(v) || Z_TYPE_P(Z_REFVAL_P(v)) > IS_NULL) NEXT();
    FREE1();
  }
  uint32_t chain = ip->extended_value & ZEND_SHORT_CIRCUITING_CHAIN_MASK;
  if (chain == ZEND_SHORT_CIRCUITING_CHAIN_EXPR) {
    if (T1 == IS_CV && Z_TYPE_P(v) == IS_UNDEF && !(ip->extended_value & ZEND_JMP_NULL_BP_VAR_IS)) {
      SAVE();
      undefined_cv(ex, ip->op1.var);
      ZVAL_NULL(RESULT);
      CHECK_EXC();
    }
    ZVAL_NULL(RESULT);
  } else {
    ZVAL_BOOL(RESULT, chain != ZEND_SHORT_CIRCUITING_CHAIN_ISSET);
  }
  JUMP_TO(OP_JMP_ADDR(ip, ip->op2));
}
L_ASSIGN_OBJ_REF: {
  zval* object = OBJ_W1;
  const zend_op* data = ip + 1;
  SAVE();
  zval* value = write_op(ex, data->op1_type, data->op1);
  zend_string* tmp;
  zend_string* name = property_name(ex, ip, &tmp);
  zval slot;
  ZVAL_UNDEF(&slot);
  if (name) property_slot_for_write(object, name, BP_VAR_W, property_cache(ex, ip, ip->extended_value & ~ZEND_RETURNS_FUNCTION), &slot);
  zval* var = nullptr;
  if (Z_TYPE(slot) == IS_INDIRECT) {
    var = Z_INDIRECT(slot);
    ZVAL_DEREF(object);
    zend_property_info* info = typed_property_for_slot(Z_OBJ_P(object), var);
    if (data->op1_type == IS_VAR && (ip->extended_value & ZEND_RETURNS_FUNCTION) && !Z_ISREF_P(value)) {
      zend_error(E_NOTICE, "Only variables should be assigned by reference");
      Z_TRY_ADDREF_P(value);
      var = info ? assign_typed(var, info, value, EX_USES_STRICT_TYPES()) : zend_assign_to_variable(var, value, IS_TMP_VAR, EX_USES_STRICT_TYPES());
    } else if (info && !zend_verify_prop_assignable_by_ref(info, value, EX_USES_STRICT_TYPES())) {
      var = nullptr;
    } else {
      assign_reference(var, value);
      if (info) ZEND_REF_ADD_TYPE_SOURCE(Z_REF_P(var), info);
    }
  } else {
    zval_ptr_dtor(&slot);
  }
  if (RESULT_USED) {
    if (var) ZVAL_COPY(RESULT, var);
    else ZVAL_NULL(RESULT);
  }
  zend_tmp_string_release(tmp);
  FREE2();
  FREE_W1();
  if (data->op1_type == IS_VAR) zval_ptr_dtor_nogc(EXV(data->op1));
  ip++;
  NEXT_CHECKED();
}
L_FETCH_STATIC_PROP_FUNC_ARG:
  if (!(ZEND_CALL_INFO(ex->call) & ZEND_CALL_SEND_ARG_BY_REF)) goto L_FETCH_STATIC_PROP_R;
  goto L_FETCH_STATIC_PROP_W;
L_FETCH_STATIC_PROP_R:
L_FETCH_STATIC_PROP_IS: {
  SAVE();
  bool is = ZOP == ZEND_FETCH_STATIC_PROP_IS;
  zend_property_info* info;
  zval* v = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value & ~ZEND_FETCH_OBJ_FLAGS), is ? BP_VAR_IS : BP_VAR_R, &info);
  if (!v) {
    if (is && !EG(exception)) {
      ZVAL_NULL(RESULT);
      NEXT();
    }
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  ZVAL_COPY_DEREF(RESULT, v);
  NEXT();
}
L_FETCH_STATIC_PROP_W:
L_FETCH_STATIC_PROP_RW:
L_FETCH_STATIC_PROP_UNSET: {
  SAVE();
  int type = ZOP == ZEND_FETCH_STATIC_PROP_RW ? BP_VAR_RW : ZOP == ZEND_FETCH_STATIC_PROP_UNSET ? BP_VAR_UNSET : BP_VAR_W;
  zend_property_info* info;
  zval* v = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value & ~ZEND_FETCH_OBJ_FLAGS), type, &info);
  if (!v) {
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  // A reference to a typed static property remembers the type it must keep; an array is
  // auto-initialised in one only if its type allows an array (as for an object's properties).
  if (!prepare_property_slot(ZEND_TYPE_IS_SET(info->type) ? info : nullptr, v, ip->extended_value & ZEND_FETCH_OBJ_FLAGS)) {
    ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  ZVAL_INDIRECT(RESULT, v);
  NEXT();
}
L_ASSIGN_STATIC_PROP: {
  const zend_op* data = ip + 1;
  if (EXPECTED(T1 == IS_CONST && T2 == IS_CONST)) {
    // A scalar over a scalar in a property static_prop() cached (class::name, both constant), when
    // the value has the property's type as it is.
    void** cache = CACHE_SLOT_AT(ip->extended_value);
    auto* slot = static_cast<zval*>(cache[1]);
    const zval* value = RAW_DATA(data);
    if (slot && !Z_REFCOUNTED_P(slot) && Z_TYPE_P(value) > IS_UNDEF && Z_TYPE_P(value) <= IS_STRING && !Z_REFCOUNTED_P(value)) {
      auto* info = static_cast<zend_property_info*>(cache[2]);
      if (!ZEND_TYPE_IS_SET(info->type) || ZEND_TYPE_CONTAINS_CODE(info->type, Z_TYPE_P(value))) {
        ZVAL_COPY_VALUE(slot, value);
        if (RESULT_USED) ZVAL_COPY_VALUE(RESULT, value);
        ip += 2;
        DISPATCH();
      }
    }
  }
  SAVE();
  zend_property_info* info;
  zval* slot = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value), BP_VAR_W, &info);
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  if (!slot) {
    free_op(ex, data->op1_type, data->op1);
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    ip++;
    goto handle_exception;
  }
  zval copy;
  ZVAL_COPY_DEREF(&copy, value);
  free_op(ex, data->op1_type, data->op1);
  zval* stored = assign_typed(slot, info, &copy, EX_USES_STRICT_TYPES());
  if (RESULT_USED) {
    if (stored) ZVAL_COPY(RESULT, stored);
    else ZVAL_UNDEF(RESULT);
  }
  ip++;
  NEXT_CHECKED();
}
L_ASSIGN_STATIC_PROP_OP: {
  SAVE();
  const zend_op* data = ip + 1;
  zend_property_info* info;
  zval* slot = static_prop(ex, ip, CACHE_SLOT_AT(data->extended_value), BP_VAR_RW, &info);
  zval* value = read_op(ex, data, data->op1_type, data->op1);
  if (slot) {
    assign_op_typed(slot, info, value, static_cast<uint8_t>(ip->extended_value), EX_USES_STRICT_TYPES());
    if (RESULT_USED) ZVAL_COPY_DEREF(RESULT, slot);
  } else if (RESULT_USED) {
    ZVAL_UNDEF(RESULT);
  }
  free_op(ex, data->op1_type, data->op1);
  ip++;
  NEXT_CHECKED();
}
L_ASSIGN_STATIC_PROP_REF: {
  SAVE();
  const zend_op* data = ip + 1;
  zend_property_info* info;
  zval* slot = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value & ~ZEND_RETURNS_FUNCTION), BP_VAR_W, &info);
  zval* value = write_op(ex, data->op1_type, data->op1);
  zval* var = nullptr;
  if (slot) {
    if (data->op1_type == IS_VAR && (ip->extended_value & ZEND_RETURNS_FUNCTION) && !Z_ISREF_P(value)) {
      zend_error(E_NOTICE, "Only variables should be assigned by reference");
      Z_TRY_ADDREF_P(value);
      var = assign_typed(slot, info, value, EX_USES_STRICT_TYPES());
    } else if (ZEND_TYPE_IS_SET(info->type) &&
               !zend_verify_prop_assignable_by_ref(info, value, EX_USES_STRICT_TYPES())) {
      var = nullptr;
    } else {
      assign_reference(slot, value);
      if (ZEND_TYPE_IS_SET(info->type)) ZEND_REF_ADD_TYPE_SOURCE(Z_REF_P(slot), info);
      var = slot;
    }
  }
  if (RESULT_USED) {
    if (var) ZVAL_COPY(RESULT, var);
    else ZVAL_UNDEF(RESULT);
  }
  if (data->op1_type == IS_VAR) zval_ptr_dtor_nogc(EXV(data->op1));
  ip++;
  NEXT_CHECKED();
}
L_PRE_INC_STATIC_PROP:
L_PRE_DEC_STATIC_PROP:
L_POST_INC_STATIC_PROP:
L_POST_DEC_STATIC_PROP: {
  SAVE();
  bool inc = ZOP == ZEND_PRE_INC_STATIC_PROP || ZOP == ZEND_POST_INC_STATIC_PROP;
  bool post = ZOP == ZEND_POST_INC_STATIC_PROP || ZOP == ZEND_POST_DEC_STATIC_PROP;
  zend_property_info* info;
  zval* slot = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value), BP_VAR_RW, &info);
  if (!slot) {
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  incdec_typed(slot, info, inc, post, RESULT_USED ? RESULT : nullptr, EX_USES_STRICT_TYPES());
  NEXT_CHECKED();
}
L_ISSET_ISEMPTY_STATIC_PROP: {
  SAVE();
  bool empty = ip->extended_value & ZEND_ISEMPTY;
  zend_property_info* info;
  zval* v = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value & ~ZEND_ISEMPTY), BP_VAR_IS, &info);
  bool r;
  if (!v) r = empty;
  else if (!empty) r = Z_TYPE_P(v) > IS_NULL && (!Z_ISREF_P(v) || Z_TYPE_P(Z_REFVAL_P(v)) != IS_NULL);
  else r = !zend_is_true(v);
  ZVAL_BOOL(RESULT, r);
  NEXT_CHECKED();
}
L_UNSET_STATIC_PROP: {
  SAVE();
  zend_property_info* info;
  zval* v = static_prop(ex, ip, CACHE_SLOT_AT(ip->extended_value), BP_VAR_UNSET, &info);
  if (v) zend_throw_error(nullptr, "Attempt to unset static property %s::$%s", ZSTR_VAL(info->ce->name),
                          zend_get_unmangled_property_name(info->name));
  goto handle_exception;
}
L_FETCH_CLASS_CONSTANT: {
  SAVE();
  void** slot = CACHE_SLOT_AT(ip->extended_value);  // (class, value)
  zval* value;
  zend_class_entry* ce;
  if (T1 == IS_CONST) {
    value = static_cast<zval*>(slot[1]);
    ce = static_cast<zend_class_entry*>(slot[0]);
    if (!value && !ce) {
      zval* name = CONSTV(ip->op1);
      ce = zend_fetch_class_by_name(Z_STR_P(name), Z_STR_P(name + 1), ZEND_FETCH_CLASS_DEFAULT | ZEND_FETCH_CLASS_EXCEPTION);
    }
  } else {
    ce = T1 == IS_VAR ? Z_CE_P(EXV(ip->op1)) : zend_fetch_class(nullptr, ip->op1.num);
    value = ce && slot[0] == ce ? static_cast<zval*>(slot[1]) : nullptr;
  }
  if (!value) {
    value = ce ? class_constant(ce, Z_STR_P(CONSTV(ip->op2)), ex->func->op_array.scope) : nullptr;
    if (!value) {
      ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    slot[0] = ce;
    slot[1] = value;
  }
  ZVAL_COPY_OR_DUP(RESULT, value);
  NEXT();
}

L_GENERATOR_CREATE: {
  zval* rv = ex->return_value;
  if (!rv) goto leave;  // the generator is discarded: nothing runs
  SAVE();
  object_init_ex(rv, zend_ce_generator);
  // The generator owns a heap copy of this frame (CVs, temporaries and extra arguments).
  zend_op_array* oa = &ex->func->op_array;
  uint32_t num_args = EX_NUM_ARGS();
  size_t alloc, copy;
  if (num_args <= oa->num_args) {
    alloc = (ZEND_CALL_FRAME_SLOT + oa->last_var + oa->T) * sizeof(zval);
    copy = (ZEND_CALL_FRAME_SLOT + oa->last_var) * sizeof(zval);
  } else {
    alloc = copy = (ZEND_CALL_FRAME_SLOT + num_args + oa->last_var + oa->T - oa->num_args) * sizeof(zval);
  }
  auto* gen_ex = static_cast<zend_execute_data*>(emalloc(alloc));
  memcpy(gen_ex, ex, copy);
  auto* generator = reinterpret_cast<zend_generator*>(Z_OBJ_P(rv));
  attach_generator_frame(generator, gen_ex);
  generator->frozen_call_stack = nullptr;
  generator->execute_fake.opline = nullptr;
  generator->execute_fake.func = nullptr;
  generator->execute_fake.prev_execute_data = nullptr;
  ZVAL_OBJ(&generator->execute_fake.This, reinterpret_cast<zend_object*>(generator));
  gen_ex->opline = ip + 1;
  gen_ex->return_value = reinterpret_cast<zval*>(generator);  // a generator frame keeps its generator here
  uint32_t info = Z_TYPE_INFO(ex->This);
  // The generator holds $this. A call phpovm started hands its own reference over (it returns
  // below without releasing it); libphp releases the reference of a call it started itself.
  if ((info & Z_TYPE_MASK) == IS_OBJECT && (!(info & ZEND_CALL_RELEASE_THIS) || (info & ZEND_CALL_TOP))) {
    ZEND_ADD_CALL_FLAG_EX(info, ZEND_CALL_RELEASE_THIS);
    Z_ADDREF(gen_ex->This);
  }
  ZEND_ADD_CALL_FLAG_EX(info, ZEND_CALL_TOP_FUNCTION | ZEND_CALL_ALLOCATED | ZEND_CALL_GENERATOR);
  Z_TYPE_INFO(gen_ex->This) = info;
  gen_ex->prev_execute_data = nullptr;
  // This frame's contents now belong to the generator: drop the frame without freeing them.
  uint32_t old_info = ZEND_CALL_INFO(ex);
  EG(current_execute_data) = ex->prev_execute_data;
  if (!(old_info & (ZEND_CALL_TOP | ZEND_CALL_ALLOCATED))) {
    EG(vm_stack_top) = reinterpret_cast<zval*>(ex);
    ex = ex->prev_execute_data;
    ip = ex->opline;
    NEXT();
  }
  if (!(old_info & ZEND_CALL_TOP)) {
    zend_execute_data* old = ex;
    ex = ex->prev_execute_data;
    zend_vm_stack_free_call_frame_ex(old_info, old);
    ip = ex->opline;
    NEXT();
  }
  return;
}
L_YIELD: {
  auto* generator = reinterpret_cast<zend_generator*>(ex->return_value);
  SAVE();
  if (generator->flags & ZEND_GENERATOR_FORCED_CLOSE) {
    zend_throw_error(nullptr, "Cannot yield from finally in a force-closed generator");
    FREE1();
    FREE2();
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  zval_ptr_dtor(&generator->value);
  zval_ptr_dtor(&generator->key);
  if (T1 == IS_UNUSED) {
    ZVAL_NULL(&generator->value);
  } else if (ex->func->op_array.fn_flags & ZEND_ACC_RETURN_REFERENCE) {
    yield_by_reference(ex, ip, generator);
  } else {
    zval* v = OP1;
    copy_op(&generator->value, v, T1, EXV(ip->op1));
  }
  if (T2 != IS_UNUSED) {
    zval* key = OP2;
    ZVAL_COPY(&generator->key, key);
    FREE2();
    if (Z_TYPE(generator->key) == IS_LONG && Z_LVAL(generator->key) > generator->largest_used_integer_key)
      generator->largest_used_integer_key = Z_LVAL(generator->key);
  } else {
    generator->largest_used_integer_key++;
    ZVAL_LONG(&generator->key, generator->largest_used_integer_key);
  }
  if (RESULT_USED) {
    generator->send_target = RESULT;
    ZVAL_NULL(generator->send_target);
  } else {
    generator->send_target = nullptr;
  }
  ex->opline = ip + 1;  // where the generator resumes
  return;
}
L_YIELD_FROM: {
  auto* generator = reinterpret_cast<zend_generator*>(ex->return_value);
  zval* v = OP1;
  SAVE();
  if (generator->flags & ZEND_GENERATOR_FORCED_CLOSE) {
    zend_throw_error(nullptr, "Cannot use \"yield from\" in a force-closed generator");
    FREE1();
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  if (Z_TYPE_P(v) == IS_ARRAY) {
    ZVAL_COPY(&generator->values, v);
    Z_FE_POS(generator->values) = 0;
    FREE1();
  } else if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v)->get_iterator && T1 != IS_CONST) {
    zend_class_entry* ce = Z_OBJCE_P(v);
    if (ce == zend_ce_generator) {
      auto* inner = reinterpret_cast<zend_generator*>(Z_OBJ_P(v));
      // The delegation keeps the inner generator: a temporary's reference passes to it.
      if (T1 != IS_TMP_VAR) Z_ADDREF_P(v);
      if (T1 == IS_VAR) FREE1();
      if (!generator_frame(inner)) {
        zend_throw_error(nullptr, "Generator passed to yield from was aborted without proper return and is unable to continue");
        zval_ptr_dtor(v);
        if (RESULT_USED) ZVAL_UNDEF(RESULT);
        goto handle_exception;
      }
      if (!Z_ISUNDEF(inner->retval)) {  // already finished: its return value is the result
        if (RESULT_USED) ZVAL_COPY(RESULT, &inner->retval);
        zval_ptr_dtor(v);
        NEXT();
      }
      if (zend_generator_get_current(inner) == generator) {
        zend_throw_error(nullptr, "Impossible to yield from the Generator being currently run");
        zval_ptr_dtor(v);
        if (RESULT_USED) ZVAL_UNDEF(RESULT);
        goto handle_exception;
      }
      delegate_to_generator(generator, inner);
      if (RESULT_USED) ZVAL_NULL(RESULT);  // replaced by the inner generator's return value on resumption
      generator->send_target = nullptr;
      ex->opline = ip + 1;
      return;
    }
    zend_object_iterator* iter = ce->get_iterator(ce, v, 0);
    FREE1();
    if (!iter || EG(exception)) {
      if (!EG(exception)) zend_throw_error(nullptr, "Object of type %s did not create an Iterator", ZSTR_VAL(ce->name));
      if (RESULT_USED) ZVAL_UNDEF(RESULT);
      goto handle_exception;
    }
    iter->index = 0;
    if (iter->funcs->rewind) {
      iter->funcs->rewind(iter);
      if (EG(exception)) {
        OBJ_RELEASE(&iter->std);
        if (RESULT_USED) ZVAL_UNDEF(RESULT);
        goto handle_exception;
      }
    }
    ZVAL_OBJ(&generator->values, &iter->std);
  } else {
    zend_throw_error(nullptr, "Can use \"yield from\" only with arrays and Traversables");
    FREE1();
    if (RESULT_USED) ZVAL_UNDEF(RESULT);
    goto handle_exception;
  }
  if (RESULT_USED) ZVAL_NULL(RESULT);
  generator->send_target = nullptr;
  ex->opline = ip + 1;
  return;
}
L_GENERATOR_RETURN: {
  auto* generator = reinterpret_cast<zend_generator*>(ex->return_value);
  zval* v = OP1;
  SAVE();
  copy_op(&generator->retval, v, T1, EXV(ip->op1));
  EG(current_execute_data) = ex->prev_execute_data;
  zend_generator_close(generator, true);
  return;
}

L_SEPARATE: {
  zval* v = EXV(ip->op1);
  if (Z_ISREF_P(v) && Z_REFCOUNT_P(v) == 1) ZVAL_UNREF(v);
  NEXT();
}

interrupt:
  service_interrupt(ex);
  CHECK_EXC();
  DISPATCH();

caller_exception:
  // A destructor run while the callee's frame was freed may have parked this frame on libphp's
  // exception oplines (zend_rethrow_exception); the call instruction is the real position.
  if (UNEXPECTED(ip >= EG(exception_op) && ip < EG(exception_op) + 3)) ip = EG(opline_before_exception);
handle_exception: {
  // The exception was thrown by the instruction at ip (or by the call at ip, in a callee).
  ex->opline = ip;
  const zend_op_array* oa = &ex->func->op_array;
  op_num = static_cast<uint32_t>(ip - oa->opcodes);
  if ((ZOP == ZEND_FREE || ZOP == ZEND_FE_FREE) && (ip->extended_value & ZEND_FREE_ON_RETURN)) {
    // A loop variable freed by return/break: logically thrown at the end of its loop.
    op_num = loop_end_for_free_on_return(ex, op_num);
  }
  try_catch_offset = -1;
  for (int i = 0; i < oa->last_try_catch; i++) {
    const zend_try_catch_element& t = oa->try_catch_array[i];
    if (t.try_op > op_num) break;
    if (op_num < t.catch_op || op_num < t.finally_end) try_catch_offset = i;
  }
  // zend_cleanup_unfinished_execution() below frees the unfinished calls and the live
  // temporaries together, once the target (catch, finally or none) is known.
}
dispatch_try_catch_finally: {
  const zend_op_array* oa = &ex->func->op_array;
  zend_object* exc = EG(exception);
  while (try_catch_offset >= 0) {
    const zend_try_catch_element& t = oa->try_catch_array[try_catch_offset];
    if (op_num < t.catch_op && exc) {
      zend_cleanup_unfinished_execution(ex, op_num, t.catch_op);
      JUMP_TO(oa->opcodes + t.catch_op);
    }
    if (op_num < t.finally_op) {
      if (exc && zend_is_unwind_exit(exc)) {  // exit() runs no finally blocks
        try_catch_offset--;
        continue;
      }
      zval* fast_call = EX_VAR(oa->opcodes[t.finally_end].op1.var);
      zend_cleanup_unfinished_execution(ex, op_num, t.finally_op);
      Z_OBJ_P(fast_call) = EG(exception);
      EG(exception) = nullptr;
      Z_OPLINE_NUM_P(fast_call) = static_cast<uint32_t>(-1);
      JUMP_TO(oa->opcodes + t.finally_op);
    }
    if (op_num < t.finally_end) {
      zval* fast_call = EX_VAR(oa->opcodes[t.finally_end].op1.var);
      discard_pending_return(ex, fast_call);
      if (Z_OBJ_P(fast_call)) {  // chain the exception of an enclosing finally
        if (exc) {
          if (zend_is_unwind_exit(exc) || zend_is_graceful_exit(exc)) OBJ_RELEASE(Z_OBJ_P(fast_call));
          else zend_exception_set_previous(exc, Z_OBJ_P(fast_call));
        } else {
          exc = EG(exception) = Z_OBJ_P(fast_call);
        }
      }
    }
    try_catch_offset--;
  }
  zend_cleanup_unfinished_execution(ex, op_num, 0);
  if (UNEXPECTED(ZEND_CALL_INFO(ex) & ZEND_CALL_GENERATOR)) {
    // An exception leaves the generator: close it (libphp frees its frame) and hand back.
    zend_generator_close(reinterpret_cast<zend_generator*>(ex->return_value), true);
    return;
  }
  if (ex->return_value) ZVAL_UNDEF(ex->return_value);
  goto leave;
}

leave: {
  uint32_t info = ZEND_CALL_INFO(ex);
  if (EXPECTED((info & (ZEND_CALL_CODE | ZEND_CALL_TOP | ZEND_CALL_HAS_SYMBOL_TABLE | ZEND_CALL_FREE_EXTRA_ARGS | ZEND_CALL_ALLOCATED |
                        ZEND_CALL_HAS_EXTRA_NAMED_PARAMS)) == 0)) {
    // A function called by phpovm, with nothing but its variables (and $this or its closure) to free.
    EG(current_execute_data) = ex->prev_execute_data;
    free_cvs(ex);
    if (UNEXPECTED(info & ZEND_CALL_RELEASE_THIS)) OBJ_RELEASE(Z_OBJ(ex->This));
    else if (UNEXPECTED(info & ZEND_CALL_CLOSURE)) OBJ_RELEASE(ZEND_CLOSURE_OBJECT(ex->func));
    EG(vm_stack_top) = reinterpret_cast<zval*>(ex);
    ex = ex->prev_execute_data;
    ip = ex->opline;
    if (UNEXPECTED(EG(exception))) goto caller_exception;
    NEXT();
  }
  if (EXPECTED((info & (ZEND_CALL_CODE | ZEND_CALL_TOP)) == 0)) {
    EG(current_execute_data) = ex->prev_execute_data;
    free_cvs(ex);
    if (UNEXPECTED(info & ZEND_CALL_HAS_SYMBOL_TABLE)) zend_clean_and_cache_symbol_table(ex->symbol_table);
    if (UNEXPECTED(info & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS)) zend_free_extra_named_params(ex->extra_named_params);
    zend_vm_stack_free_extra_args_ex(info, ex);
    if (UNEXPECTED(info & ZEND_CALL_RELEASE_THIS)) OBJ_RELEASE(Z_OBJ(ex->This));
    else if (UNEXPECTED(info & ZEND_CALL_CLOSURE)) OBJ_RELEASE(ZEND_CLOSURE_OBJECT(ex->func));
    zend_execute_data* old = ex;
    ex = ex->prev_execute_data;
    zend_vm_stack_free_call_frame_ex(info, old);
    ip = ex->opline;
    if (UNEXPECTED(EG(exception))) goto caller_exception;
    NEXT();
  }
  if ((info & ZEND_CALL_TOP) == 0) {  // an included file or eval'd code run by INCLUDE_OR_EVAL
    if (ex->func->op_array.last_var > 0) {
      zend_detach_symbol_table(ex);
      info |= ZEND_CALL_NEEDS_REATTACH;
    }
    zend_destroy_static_vars(&ex->func->op_array);
    destroy_op_array(&ex->func->op_array);
    efree_size(ex->func, sizeof(zend_op_array));
    zend_execute_data* old = ex;
    ex = EG(current_execute_data) = ex->prev_execute_data;
    zend_vm_stack_free_call_frame_ex(info, old);
    if (info & ZEND_CALL_NEEDS_REATTACH) {
      if (ex->func->op_array.last_var > 0) zend_attach_symbol_table(ex);
      else ZEND_ADD_CALL_FLAG(ex, ZEND_CALL_NEEDS_REATTACH);
    }
    ip = ex->opline;
    if (UNEXPECTED(EG(exception))) goto caller_exception;
    NEXT();
  }
  if ((info & ZEND_CALL_CODE) == 0) {  // a function called from libphp
    EG(current_execute_data) = ex->prev_execute_data;
    free_cvs(ex);
    if (UNEXPECTED(info & ZEND_CALL_HAS_SYMBOL_TABLE)) zend_clean_and_cache_symbol_table(ex->symbol_table);
    zend_vm_stack_free_extra_args_ex(info, ex);
    if (UNEXPECTED(info & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS)) zend_free_extra_named_params(ex->extra_named_params);
    if (UNEXPECTED(info & ZEND_CALL_CLOSURE)) OBJ_RELEASE(ZEND_CLOSURE_OBJECT(ex->func));
    return;
  }
  // A file's main code run by libphp (the script, an include, eval).
  zend_array* symbols = ex->symbol_table;
  if (ex->func->op_array.last_var > 0) {
    zend_detach_symbol_table(ex);
    info |= ZEND_CALL_NEEDS_REATTACH;
  }
  if (info & ZEND_CALL_NEEDS_REATTACH) {
    for (zend_execute_data* old = ex->prev_execute_data; old; old = old->prev_execute_data) {
      if (old->func && (ZEND_CALL_INFO(old) & ZEND_CALL_HAS_SYMBOL_TABLE)) {
        if (old->symbol_table == symbols) {
          if (old->func->op_array.last_var > 0) zend_attach_symbol_table(old);
          else ZEND_ADD_CALL_FLAG(old, ZEND_CALL_NEEDS_REATTACH);
        }
        break;
      }
    }
  }
  EG(current_execute_data) = ex->prev_execute_data;
  return;
}
}

}  // namespace phpovm
