// The linker's choice of handler copy (vm/variants.cpp) for each family of spec/variants.def, and
// the type hints the translator stores for the DOUBLES_FIRST families.
#include <doctest.h>

#include <cstddef>
#include <set>
#include <string>

#include "tests/unit/image_samples.h"
#include "vm/isa.h"
#include "vm/variants.h"

using namespace phpovm;
using namespace phpovm::image;
using namespace image_test;

namespace {

// An instruction and the literals its CONST operands address (relative to the instruction, as
// the linker lays them out).
struct LinkedInsn {
  zend_op op{};
  zval literal1{};
  zval literal2{};

  LinkedInsn(zend_uchar k1, zend_uchar k2, bool result_used) {
    op.op1_type = k1;
    op.op2_type = k2;
    op.result_type = result_used ? IS_TMP_VAR : IS_UNUSED;
    op.op1.constant = static_cast<uint32_t>(offsetof(LinkedInsn, literal1) - offsetof(LinkedInsn, op));
    op.op2.constant = static_cast<uint32_t>(offsetof(LinkedInsn, literal2) - offsetof(LinkedInsn, op));
    ZVAL_LONG(&literal1, 1);
    ZVAL_LONG(&literal2, 2);
  }
};

std::string chosen(Op op, const LinkedInsn& in, uint8_t types = kHintNone, Op branch = Op::NOP) {
  std::string name =
      handler_name(select_handler(static_cast<uint16_t>(op), &in.op, types, static_cast<uint16_t>(branch)));
  return name.empty() ? "(none)" : name;
}

}  // namespace

TEST_CASE("every registered copy is what handler_for finds for its family and kinds") {
  auto copies = registered_variants();
  REQUIRE(copies.size() > 400);
  std::set<std::string> names;
  std::set<const void*> addresses;
  for (const Variant& v : copies) {
    std::string name = variant_name(v);
    CHECK_MESSAGE(handler_for(v.op, v.op1_kind, v.op2_kind, v.family) == v.handler, name);
    CHECK_MESSAGE(names.insert(name).second, "two copies named ", name);
    CHECK_MESSAGE(addresses.insert(v.handler).second, "two copies at one address: ", name);
    CHECK(handler_name(v.handler) == name);
  }
}

TEST_CASE("an instruction without copies runs its generic handler") {
  LinkedInsn in(IS_CV, IS_CONST, true);
  CHECK(chosen(Op::POW, in) == "POW");
  CHECK(handler_for(uint16_t(Op::POW), IS_CV, IS_CONST, Family::kNoResult) == nullptr);
  // Kinds outside an instruction's pairs: its generic handler.
  LinkedInsn const_const(IS_CONST, IS_CONST, true);
  CHECK(chosen(Op::DIV, const_const) == "DIV");
}

TEST_CASE("KINDS: the copy for the operands' kinds, else for op1's alone") {
  CHECK(chosen(Op::ADD, LinkedInsn(IS_TMP_VAR, IS_CONST, true)) == "ADD_T_C");
  CHECK(chosen(Op::ADD, LinkedInsn(IS_VAR, IS_CV, true)) == "ADD_R_V");
  CHECK(chosen(Op::QM_ASSIGN, LinkedInsn(IS_CV, IS_UNUSED, true)) == "QM_ASSIGN_V_A");
  CHECK(chosen(Op::ROPE_ADD, LinkedInsn(IS_TMP_VAR, IS_CV, true)) == "ROPE_ADD_A_V");
}

TEST_CASE("NO_RESULT: the copy that writes no result where the result is unused") {
  CHECK(chosen(Op::ASSIGN, LinkedInsn(IS_CV, IS_CONST, false)) == "ASSIGN_NR_V_C");
  CHECK(chosen(Op::ASSIGN, LinkedInsn(IS_CV, IS_CONST, true)) == "ASSIGN_V_C");
  CHECK(chosen(Op::PRE_INC, LinkedInsn(IS_CV, IS_UNUSED, false)) == "PRE_INC_NR_V_A");
  CHECK(chosen(Op::PRE_INC, LinkedInsn(IS_CV, IS_UNUSED, true)) == "PRE_INC_V_A");
  CHECK(chosen(Op::DO_UCALL, LinkedInsn(IS_UNUSED, IS_UNUSED, false)) == "DO_UCALL_NR_U_U");
  // POST_INC has no NO_RESULT copies: its KINDS copy tests the result itself.
  CHECK(chosen(Op::POST_INC, LinkedInsn(IS_CV, IS_UNUSED, false)) == "POST_INC_V_A");
}

TEST_CASE("DOUBLES_FIRST: only with the hint, and only where every constant operand is a float") {
  LinkedInsn t_c(IS_TMP_VAR, IS_CONST, true);
  CHECK(chosen(Op::MUL, t_c, kHintDoubles) == "MUL_T_C");  // the constant is an int
  ZVAL_DOUBLE(&t_c.literal2, 0.5);
  CHECK(chosen(Op::MUL, t_c, kHintDoubles) == "MUL_DF_T_C");
  CHECK(chosen(Op::MUL, t_c) == "MUL_T_C");
  CHECK(chosen(Op::MUL, LinkedInsn(IS_CV, IS_CV, true), kHintDoubles) == "MUL_DF_V_V");
  // No DOUBLES_FIRST copies: the hint changes nothing.
  CHECK(chosen(Op::DIV, LinkedInsn(IS_CV, IS_CV, true), kHintDoubles) == "DIV_V_V");
  CHECK(has_family(uint16_t(Op::ADD), Family::kDoublesFirst));
  CHECK_FALSE(has_family(uint16_t(Op::DIV), Family::kDoublesFirst));
  CHECK(has_family(uint16_t(Op::IS_SMALLER), Family::kJumpZDoublesFirst));
}

TEST_CASE("BRANCH: the superinstruction with the JMPZ or JMPNZ that tests the result") {
  LinkedInsn t_c(IS_TMP_VAR, IS_CONST, true);
  CHECK(chosen(Op::IS_SMALLER, t_c, kHintNone, Op::JMPZ) == "IS_SMALLER_JUMPZ_T_C");
  CHECK(chosen(Op::IS_SMALLER, t_c, kHintNone, Op::JMPNZ) == "IS_SMALLER_JUMPNZ_T_C");
  CHECK(chosen(Op::IS_SMALLER, t_c) == "IS_SMALLER_T_C");
  // Kinds without a copy of their own: the generic superinstruction.
  CHECK(chosen(Op::IS_EQUAL, LinkedInsn(IS_CONST, IS_CONST, true), kHintNone, Op::JMPZ) == "IS_EQUAL_JUMPZ_A_A");
  CHECK(chosen(Op::TYPE_CHECK, LinkedInsn(IS_CV, IS_UNUSED, true), kHintNone, Op::JMPNZ) == "TYPE_CHECK_JUMPNZ_V_A");
  // With proven floats (a float constant): BRANCH_DOUBLES_FIRST.
  LinkedInsn c_v(IS_CONST, IS_CV, true);
  ZVAL_DOUBLE(&c_v.literal1, 2.0);
  CHECK(chosen(Op::IS_SMALLER_OR_EQUAL, c_v, kHintDoubles, Op::JMPNZ) == "IS_SMALLER_OR_EQUAL_JUMPNZ_DF_C_V");
  // An instruction without BRANCH copies keeps its own handler before a JMPZ.
  CHECK(chosen(Op::ADD, t_c, kHintNone, Op::JMPZ) == "ADD_T_C");
}

TEST_CASE("the image records the floats libphp's type inference proves, and only those") {
  const std::string name = "/tmp/phpovm_unit_floats.php";
  std::ofstream(name)
      << "<?php\nfunction f(float $a, $b) { $x = $a * 0.5 + 1.25; $y = $b * 0.5; return $x < 2.0 ? $x : $y; }\n";
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  Image img = parse(bytes);
  verify(img);
  std::vector<std::pair<Op, uint8_t>> seen;
  for (auto& f : img.functions)
    for (auto& in : f.code)
      if (in.op == uint16_t(Op::MUL) || in.op == uint16_t(Op::ADD) || in.op == uint16_t(Op::IS_SMALLER))
        seen.emplace_back(Op(in.op), in.types);
  // $a * 0.5 and + 1.25 and $x < 2.0 are proven floats; $b * 0.5 is not ($b has no type).
  REQUIRE(seen.size() == 4);
  CHECK(seen[0] == std::make_pair(Op::MUL, uint8_t(kHintDoubles)));
  CHECK(seen[1] == std::make_pair(Op::ADD, uint8_t(kHintDoubles)));
  CHECK(seen[2] == std::make_pair(Op::MUL, uint8_t(kHintNone)));
  CHECK(seen[3] == std::make_pair(Op::IS_SMALLER, uint8_t(kHintDoubles)));
}

