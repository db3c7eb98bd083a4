// The phpovm instruction set, derived from spec/instructions.def.
#pragma once
#include <array>
#include <cstdint>

namespace phpovm {

// Operand kinds (a bit each, so that the spec can give a set of allowed kinds).
enum OperandKind : uint8_t {
  K_UNUSED = 1u << 0,
  K_CONST = 1u << 1,
  K_TMP = 1u << 2,
  K_VAR = 1u << 3,
  K_CV = 1u << 4,
  K_JMP = 1u << 5,
  K_NUM = 1u << 6,
  K_CACHE = 1u << 7,
};

// What libphp's type inference proved about an instruction's operands when the file was compiled
// (an instruction's `types` byte in the image). The linker picks a handler that tests for the
// proven types first; the handler still tests them, so a wrong hint costs time, never safety.
enum TypeHint : uint8_t {
  kHintNone = 0,
  kHintDoubles =
      1,  // both operands are floats (stored for the instructions with DOUBLES_FIRST copies, spec/variants.def)
};
constexpr uint8_t kHintCount = 2;

enum InsnFlag : uint8_t {
  F_JUMP = 1u << 0,
  F_NOFALL = 1u << 1,
  F_THROW = 1u << 2,
  F_CALL = 1u << 3,
  F_DATA = 1u << 4,
};

enum class Op : uint16_t {
#define INSN(name, k1, k2, kr, ke, flags, meaning) name,
#include "spec/instructions.def"
#undef INSN
  COUNT_
};

constexpr uint16_t kOpCount = static_cast<uint16_t>(Op::COUNT_);

// The facts of spec/instructions.def (CALL, STRINGS, CACHE, CLASS), beyond operand kinds.
// How an instruction works on the calls its frame has open.
enum class CallUse : uint8_t { None, Start, Perform, Send, Argument, Return };
// Where the offset of an instruction's runtime cache slots is.
enum class CacheAt : uint8_t { kNone, kResult, kExt, kDataExt };
// When it uses them.
enum class CacheWhen : uint8_t { kAlways, kOp1Const, kOp2Const };
struct CacheUse {
  CacheAt at = CacheAt::kNone;
  uint8_t slots = 0;
  CacheWhen when = CacheWhen::kAlways;
  uint32_t flags = 0;  // bits of the offset's word that are flags, not offset
};

struct InsnInfo {
  const char* name;
  uint8_t zend_opcode;
  uint8_t op1, op2, result, ext;  // allowed OperandKind sets
  uint8_t flags;
  const char* meaning;
  CallUse call = CallUse::None;
  uint8_t strings[2] = {0, 0};  // op1, op2: a constant is a string, and so are the strings[i] - 1 literals after it
  uint8_t class_operands = 0;   // bit 0: op1 names a class, bit 1: op2
  CacheUse cache;               // the slots at `cache.at` (a K_CACHE operand or ext without it: one slot)
};

// The table, indexed by Op (isa.cpp).
extern const std::array<InsnInfo, kOpCount> kInsnInfo;
inline const InsnInfo& insn_info(Op op) { return kInsnInfo[static_cast<uint16_t>(op)]; }
inline const InsnInfo& insn_info(uint16_t op) { return kInsnInfo[op]; }

// phpovm instruction that stands for a Zend opcode, or -1 when the instruction set has none.
int op_for_zend_opcode(uint8_t zend_opcode);

// Printable name of one operand kind ("CONST", "TMP", ...).
const char* operand_kind_name(uint8_t kind);

}  // namespace phpovm
