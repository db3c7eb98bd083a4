#include "vm/variants.h"

#include <array>
#include <vector>

#include "vm/interpreter.h"
#include "vm/isa.h"

namespace phpovm {

namespace {
// Handlers by family, instruction and the kinds of op1 and op2 (kind_index()); [op][kAnyIndex]
// [kAnyIndex] of kKinds is the generic handler.
constexpr int kAnyIndex = 5;
using VariantTable = const void* [kOpCount][kAnyIndex + 1][kAnyIndex + 1];
VariantTable g_tables[kFamilyCount];
// Whether a family has any copy of an instruction: handler_for answers "none" for the others
// without looking into the (large, mostly empty) table.
bool g_has_copies[kFamilyCount][kOpCount];
const void* g_generic[kOpCount];
bool g_installed;

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
// kind_index() by table (the linker asks once or more per instruction it links).
constexpr std::array<int8_t, 16> kKindIndex = [] {
  std::array<int8_t, 16> t{};
  for (int k = 0; k < 16; k++) t[k] = static_cast<int8_t>(kind_index(static_cast<zend_uchar>(k)));
  return t;
}();


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
  if (!g_installed) execute(nullptr);
}

void register_generic(uint16_t op, const void* handler) {
  g_generic[op] = handler;
  g_tables[0][op][kAnyIndex][kAnyIndex] = handler;
  g_has_copies[0][op] = true;
  g_installed = true;
}

void register_variant(uint16_t op, Family family, uint8_t op1_kind, uint8_t op2_kind, const void* handler) {
  int f = static_cast<int>(family);
  g_tables[f][op][kind_index(op1_kind)][kind_index(op2_kind)] = handler;
  g_has_copies[f][op] = true;
}

std::string variant_name(const Variant& v) {
  static const char* const kSuffix[kFamilyCount] = {"", "_NR", "_DF", "_JUMPZ", "_JUMPNZ", "_JUMPZ_DF", "_JUMPNZ_DF"};
  return std::string(insn_info(v.op).name) + kSuffix[static_cast<int>(v.family)] + "_" + kind_letter(v.op1_kind) + "_" +
         kind_letter(v.op2_kind);
}

const void* handler_for(uint16_t op, zend_uchar op1_type, zend_uchar op2_type, Family family) {
  ensure_handlers();
  int f = static_cast<int>(family);
  if (op >= kOpCount || !g_has_copies[f][op]) return nullptr;
  int a = op1_type < 16 ? kKindIndex[op1_type] : kAnyIndex, b = op2_type < 16 ? kKindIndex[op2_type] : kAnyIndex;
  const auto& t = g_tables[f][op];
  if (t[a][b]) return t[a][b];
  if (t[a][kAnyIndex]) return t[a][kAnyIndex];
  if (t[kAnyIndex][b]) return t[kAnyIndex][b];
  return t[kAnyIndex][kAnyIndex];
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
  ensure_handlers();
  if (op >= kOpCount) return false;
  if (family != Family::kKinds) return g_has_copies[static_cast<int>(family)][op];
  // kKinds holds the generic handler at [any][any]; its other entries are copies.
  for (int a = 0; a <= kAnyIndex; a++)
    for (int b = 0; b <= kAnyIndex; b++)
      if ((a != kAnyIndex || b != kAnyIndex) && g_tables[0][op][a][b]) return true;
  return false;
}

std::string handler_name(const void* handler) {
  for (const Variant& v : registered_variants())
    if (v.handler == handler) return variant_name(v);
  for (uint16_t op = 0; op < kOpCount; op++)
    if (g_generic[op] == handler) return insn_info(op).name;
  return {};
}

std::vector<Variant> registered_variants() {
  ensure_handlers();
  // Read back from the tables (the copies are not kept a second time: start-up registers them).
  constexpr uint8_t kKinds[kAnyIndex + 1] = {IS_CONST, IS_TMP_VAR, IS_CV, IS_UNUSED, IS_VAR, 0xFF};
  std::vector<Variant> all;
  for (int f = 0; f < kFamilyCount; f++)
    for (uint16_t op = 0; op < kOpCount; op++)
      for (int a = 0; a <= kAnyIndex; a++)
        for (int b = 0; b <= kAnyIndex; b++) {
          const void* h = g_tables[f][op][a][b];
          if (h && !(f == 0 && a == kAnyIndex && b == kAnyIndex))  // not a generic handler
            all.push_back({op, static_cast<Family>(f), kKinds[a], kKinds[b], h});
        }
  return all;
}

}  // namespace phpovm
