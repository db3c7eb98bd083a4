#include "vm/isa.h"

#include <array>

#include "vm/zend_headers.h"

namespace phpovm {

const InsnInfo kInsnInfo[kOpCount] = {
#define INSN(name, k1, k2, kr, ke, flags, meaning) \
  {#name, ZEND_##name, static_cast<uint8_t>(k1), static_cast<uint8_t>(k2), static_cast<uint8_t>(kr), static_cast<uint8_t>(ke), static_cast<uint8_t>(flags), meaning},
#include "spec/instructions.def"
#undef INSN
};

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
