#include "vm/variants.h"

#include <array>
#include <iterator>
#include <vector>

#include "vm/interpreter.h"
#include "vm/isa.h"

namespace phpovm {

namespace {
// Every copy, in the order of execute()'s offsets after the generic handlers.
struct CopyKey {
  uint16_t op;
  Family family;
  uint8_t op1_kind, op2_kind;
};
constexpr CopyKey kCopies[] = {
#define COPY(insn, family, op1_kind, op2_kind, label) {uint16_t(Op::insn), Family::family, op1_kind, op2_kind},
#include "vm/handler_copies.gen.inc"
#undef COPY
};
constexpr int kCopyCount = static_cast<int>(std::size(kCopies));

constexpr int kAnyIndex = 5;
constexpr int kind_index(zend_uchar kind) {
  switch (kind) {
    case IS_CONST: return 0;
    case IS_TMP_VAR: return 1;
    case IS_CV: return 2;
    case IS_UNUSED: return 3;
    case IS_VAR: return 4;
    default: return kAnyIndex;
  }
}

// The copies by family, instruction and the kinds of op1 and op2 (kind_index()), built at compile
// time: block[family][op] is 0 when the family has no copy of op, else 1 + the number of its
// table in copy, whose entries are indexes into kCopies (-1: none).
constexpr int count_blocks() {
  bool seen[kFamilyCount][kOpCount]{};
  int n = 0;
  for (const CopyKey& c : kCopies)
    if (!seen[static_cast<int>(c.family)][c.op]) seen[static_cast<int>(c.family)][c.op] = true, n++;
  return n;
}
constexpr int kBlockCount = count_blocks();
struct CopyIndex {
  uint16_t block[kFamilyCount][kOpCount];
  int16_t copy[kBlockCount][kAnyIndex + 1][kAnyIndex + 1];
};
constexpr CopyIndex kIndex = [] {
  CopyIndex x{};
  int blocks = 0;
  for (auto& table : x.copy)
    for (auto& row : table)
      for (int16_t& i : row) i = -1;
  for (int i = 0; i < kCopyCount; i++) {
    const CopyKey& c = kCopies[i];
    uint16_t& b = x.block[static_cast<int>(c.family)][c.op];
    if (!b) b = static_cast<uint16_t>(++blocks);
    x.copy[b - 1][kind_index(c.op1_kind)][kind_index(c.op2_kind)] = static_cast<int16_t>(i);
  }
  return x;
}();
// kind_index() by table (the linker asks once or more per instruction it links).
constexpr std::array<int8_t, 16> kKindIndex = [] {
  std::array<int8_t, 16> t{};
  for (int k = 0; k < 16; k++) t[k] = static_cast<int8_t>(kind_index(static_cast<zend_uchar>(k)));
  return t;
}();

// Where execute() is (install_handlers).
const char* g_base;
const int32_t* g_offsets;

const void* generic_handler(uint16_t op) { return g_base + g_offsets[op]; }
const void* copy_handler(int i) { return g_base + g_offsets[kOpCount + i]; }

char kind_letter(uint8_t kind) {
  switch (kind) {
    case IS_CONST: return 'C';
    case IS_TMP_VAR: return 'T';
    case IS_CV: return 'V';
    case IS_VAR: return 'R';
    case IS_UNUSED: return 'U';
    default: return 'A';
  }
}

bool is_float_constant(const zend_op* at, zend_uchar kind, znode_op node) {
  return kind != IS_CONST || Z_TYPE_P(RT_CONSTANT(at, node)) == IS_DOUBLE;
}
}  // namespace

void ensure_handlers() {
  if (!g_base) execute(nullptr);
}

void install_handlers(const void* base, const int32_t* offsets) {
  g_base = static_cast<const char*>(base);
  g_offsets = offsets;
}

std::string variant_name(const Variant& v) {
  static const char* const kSuffix[kFamilyCount] = {"", "_NR", "_DF", "_JUMPZ", "_JUMPNZ", "_JUMPZ_DF", "_JUMPNZ_DF"};
  return std::string(insn_info(v.op).name) + kSuffix[static_cast<int>(v.family)] + "_" + kind_letter(v.op1_kind) + "_" +
         kind_letter(v.op2_kind);
}

const void* handler_for(uint16_t op, zend_uchar op1_type, zend_uchar op2_type, Family family) {
  ensure_handlers();
  if (op >= kOpCount) return nullptr;
  const void* fallback = family == Family::kKinds ? generic_handler(op) : nullptr;
  int block = kIndex.block[static_cast<int>(family)][op];
  if (!block) return fallback;
  int a = op1_type < 16 ? kKindIndex[op1_type] : kAnyIndex, b = op2_type < 16 ? kKindIndex[op2_type] : kAnyIndex;
  const auto& t = kIndex.copy[block - 1];
  for (int i : {t[a][b], t[a][kAnyIndex], t[kAnyIndex][b], t[kAnyIndex][kAnyIndex]})
    if (i >= 0) return copy_handler(i);
  return fallback;
}

const void* select_handler(uint16_t op, const zend_op* at, uint8_t types, uint16_t branch) {
  // A DOUBLES_FIRST copy does not test a constant operand: it must be a float.
  bool doubles = types == kHintDoubles && is_float_constant(at, at->op1_type, at->op1) &&
                 is_float_constant(at, at->op2_type, at->op2);
  const void* handler = doubles ? handler_for(op, at->op1_type, at->op2_type, Family::kDoublesFirst) : nullptr;
  if (!handler) handler = handler_for(op, at->op1_type, at->op2_type);
  if (at->result_type == IS_UNUSED)
    if (const void* no_result = handler_for(op, at->op1_type, at->op2_type, Family::kNoResult)) handler = no_result;
  if (branch == static_cast<uint16_t>(Op::JMPZ) || branch == static_cast<uint16_t>(Op::JMPNZ)) {
    bool z = branch == static_cast<uint16_t>(Op::JMPZ);
    const void* fused = doubles ? handler_for(op, at->op1_type, at->op2_type,
                                              z ? Family::kJumpZDoublesFirst : Family::kJumpNZDoublesFirst)
                                : nullptr;
    if (!fused) fused = handler_for(op, at->op1_type, at->op2_type, z ? Family::kJumpZ : Family::kJumpNZ);
    if (fused) handler = fused;
  }
  return handler;
}

bool has_family(uint16_t op, Family family) {
  return op < kOpCount && kIndex.block[static_cast<int>(family)][op] != 0;
}

std::string handler_name(const void* handler) {
  for (const Variant& v : registered_variants())
    if (v.handler == handler) return variant_name(v);
  for (uint16_t op = 0; op < kOpCount; op++)
    if (generic_handler(op) == handler) return insn_info(op).name;
  return {};
}

std::vector<Variant> registered_variants() {
  ensure_handlers();
  std::vector<Variant> all;
  for (int i = 0; i < kCopyCount; i++)
    all.push_back({kCopies[i].op, kCopies[i].family, kCopies[i].op1_kind, kCopies[i].op2_kind, copy_handler(i)});
  return all;
}

}  // namespace phpovm
