#include "vm/isa.h"

#include <array>

#include "vm/zend_headers.h"

namespace phpovm {

namespace {
// The words of spec/instructions.def's facts.
[[maybe_unused]] constexpr CallUse kUse_START = CallUse::Start, kUse_PERFORM = CallUse::Perform,
                                   kUse_SEND = CallUse::Send, kUse_ARGUMENT = CallUse::Argument,
                                   kUse_RETURN = CallUse::Return;
[[maybe_unused]] constexpr CacheAt kAt_RESULT = CacheAt::kResult, kAt_EXT = CacheAt::kExt,
                                   kAt_DATA_EXT = CacheAt::kDataExt;
[[maybe_unused]] constexpr CacheWhen kWhen_ALWAYS = CacheWhen::kAlways, kWhen_OP1_CONST = CacheWhen::kOp1Const,
                                     kWhen_OP2_CONST = CacheWhen::kOp2Const;
[[maybe_unused]] constexpr int kOperand_OP1 = 0, kOperand_OP2 = 1;

constexpr std::array<InsnInfo, kOpCount> build_table() {
  std::array<InsnInfo, kOpCount> of{{
#define INSN(name, k1, k2, kr, ke, flags, meaning)                                                                  \
  {#name, ZEND_##name, static_cast<uint8_t>(k1), static_cast<uint8_t>(k2), static_cast<uint8_t>(kr),                 \
   static_cast<uint8_t>(ke), static_cast<uint8_t>(flags), meaning},
#include "spec/instructions.def"
#undef INSN
  }};
    // Arguments are pasted, not expanded: a fact's words may be macros elsewhere (RESULT is).
#define INSN(name, k1, k2, kr, ke, flags, meaning)
#define INSN_FACTS
#define CALL(name, use) of[static_cast<int>(Op::name)].call = kUse_##use;
#define STRINGS(name, operand, count) of[static_cast<int>(Op::name)].strings[kOperand_##operand] = count;
#define CACHE(name, at, n, when, flag_bits) \
  of[static_cast<int>(Op::name)].cache = {kAt_##at, n, kWhen_##when, flag_bits};
#define CLASS(name, operand) of[static_cast<int>(Op::name)].class_operands |= 1u << kOperand_##operand;
#include "spec/instructions.def"
#undef INSN
#undef INSN_FACTS
#undef CALL
#undef STRINGS
#undef CACHE
#undef CLASS
  return of;
}
}  // namespace

constinit const std::array<InsnInfo, kOpCount> kInsnInfo = build_table();

namespace {
std::array<int16_t, 256> build_zend_map() {
  std::array<int16_t, 256> map{};
  map.fill(-1);
  for (uint16_t i = 0; i < kOpCount; i++) {
    if (map[kInsnInfo[i].zend_opcode] < 0) map[kInsnInfo[i].zend_opcode] = static_cast<int16_t>(i);
  }
  return map;
}
const std::array<int16_t, 256> kZendMap = build_zend_map();
}  // namespace


int op_for_zend_opcode(uint8_t zend_opcode) { return kZendMap[zend_opcode]; }

const char* operand_kind_name(uint8_t kind) {
  switch (kind) {
    case K_UNUSED: return "UNUSED";
    case K_CONST: return "CONST";
    case K_TMP: return "TMP";
    case K_VAR: return "VAR";
    case K_CV: return "CV";
    case K_JMP: return "JMP";
    case K_NUM: return "NUM";
    case K_CACHE: return "CACHE";
  }
  return "?";
}

}  // namespace phpovm
