// The specialised copies of the interpreter's handlers (spec/variants.def), and the choice of the
// copy an instruction runs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "vm/zend_headers.h"

namespace phpovm {

// The families of spec/variants.def. BRANCH gives two, kJumpZ and kJumpNZ (the copy for a JMPZ
// after the instruction and the one for a JMPNZ), and BRANCH_DOUBLES_FIRST two more.
enum class Family : uint8_t {
  kKinds,
  kNoResult,
  kDoublesFirst,
  kJumpZ,
  kJumpNZ,
  kJumpZDoublesFirst,
  kJumpNZDoublesFirst
};
constexpr int kFamilyCount = 7;

// An operand kind a copy accepts whatever it is (spec/variants.def's A).
constexpr zend_uchar kAnyKind = 0xFF;

// One copy (vm/expand_handlers.cpp writes the list, handler_copies.gen.inc).
struct Variant {
  uint16_t op;  // phpovm::Op
  Family family;
  uint8_t op1_kind, op2_kind;  // Zend operand kinds (IS_CONST, ...), or kAnyKind
  const void* handler;
};

// Makes execute() install its handlers, the first time.
void ensure_handlers();
// Called by execute(), once: where its handlers are. offsets[op] is the distance of instruction
// op's generic handler from `base`, offsets[kOpCount + i] that of the i-th copy of
// handler_copies.gen.inc.
void install_handlers(const void* base, const int32_t* offsets);
// Its name: the instruction's, the family's suffix (_NR, _DF, _JUMPZ, _JUMPNZ, _JUMPZ_DF,
// _JUMPNZ_DF) and the kinds of op1 and op2 (C, T, V, R, U, or A for any): "ADD_T_C".
std::string variant_name(const Variant& v);

// The handler of family `family` for instruction `op` with operands of Zend kinds op1_type and
// op2_type: the copy for both kinds, else for op1's kind alone, for op2's alone, for any (the
// generic handler, in family kKinds), else null.
const void* handler_for(uint16_t op, zend_uchar op1_type, zend_uchar op2_type, Family family = Family::kKinds);

// The handler the linker installs at the linked instruction `at` of phpovm::Op `op`: with
// `types` kHintDoubles (vm/isa.h) and every constant operand a float, a DOUBLES_FIRST copy; with
// its result unused, a NO_RESULT copy; when `branch` is Op::JMPZ or Op::JMPNZ (the next
// instruction tests this one's result and nothing else reads it), the BRANCH superinstruction;
// else the copy for its operand kinds, else its generic handler.
const void* select_handler(uint16_t op, const zend_op* at, uint8_t types, uint16_t branch);

// Whether instruction `op` has copies of `family` (the translator stores type hints only for
// instructions with a DOUBLES_FIRST family).
bool has_family(uint16_t op, Family family);

// The name of the copy a handler address is (variant_name), the instruction's name for a generic
// handler, or empty.
std::string handler_name(const void* handler);

// Every copy execute() has (for tests and tools).
std::vector<Variant> registered_variants();

}  // namespace phpovm
