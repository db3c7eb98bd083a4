// The verifier (DESIGN.md decision 10): what it refuses in an image that reads well.
#include <doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>
#include <memory>

#include "tests/unit/image_samples.h"

extern "C" {
#include "php_version.h"
}

using namespace phpovm;
using namespace phpovm::image;
using namespace image_test;

TEST_CASE("the verifier refuses a jump target out of range") {
  std::string b = with_jump_out_of_range();
  CHECK(reason(b).find("jump target out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses a jump table target out of range") {
  std::string b = with_model_edit([](Image& img) {
    bool found = false;
    for (auto& f : img.functions)
      for (auto& in : f.code)
        if (in.op == static_cast<uint16_t>(Op::SWITCH_LONG) || in.op == static_cast<uint16_t>(Op::MATCH)) {
          f.literals[in.op2.value].elements.at(0).value.lval = 99999;
          found = true;
        }
    REQUIRE(found);
  });
  CHECK(reason(b).find("jump table target out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses a temporary slot out of range") {
  std::string b = with_model_edit([](Image& img) {
    Insn* in = find_insn(img, Op::ADD);
    REQUIRE(in);
    in->result.value = 5000;
  });
  CHECK(reason(b).find("temporary slot out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses a variable slot out of range") {
  std::string b = with_model_edit([](Image& img) {
    for (auto& in : img.functions[img.main_function].code)
      if (in.op1.kind == K_CV) {
        in.op1.value = 77;
        break;
      }
  });
  CHECK(reason(b).find("variable slot out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses a literal out of range") {
  std::string b = with_model_edit([](Image& img) {
    for (auto& in : img.functions[img.main_function].code)
      if (in.op2.kind == K_CONST) {
        in.op2.value = 4242;
        break;
      }
  });
  CHECK(reason(b).find("literal out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses an operand kind the instruction does not allow") {
  std::string b = with_model_edit([](Image& img) {
    Insn* in = find_insn(img, Op::ADD);
    REQUIRE(in);
    in->op1.kind = K_JMP;
    in->op1.value = 0;
  });
  CHECK(reason(b).find("op1 kind JMP not allowed") != std::string::npos);
}

TEST_CASE("the verifier refuses an unknown type hint") {
  std::string b = with_model_edit([](Image& img) { img.functions[0].code[0].types = kHintCount; });
  CHECK(reason(b).find("unknown type hint") != std::string::npos);
}


TEST_CASE("the verifier refuses an unknown instruction") {
  std::string b = with_model_edit([](Image& img) { img.functions[0].code[0].op = kOpCount; });
  CHECK(reason(b).find("unknown instruction") != std::string::npos);
}

TEST_CASE("the verifier refuses code that falls off its end") {
  std::string b = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    code.back() = Insn{};  // NOP
  });
  CHECK(reason(b).find("falls off its end") != std::string::npos);
}

TEST_CASE("the verifier refuses an assignment to a dimension without its OP_DATA") {
  std::string b = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    code[0].op = static_cast<uint16_t>(Op::ASSIGN_DIM);
    code[0].op1 = {K_CV, 0};
    code[0].op2 = {K_UNUSED, 0};
    code[0].result = {K_UNUSED, 0};
    code[1] = Insn{};
  });
  CHECK(reason(b).find("missing OP_DATA") != std::string::npos);
}

TEST_CASE("the verifier refuses a malformed try/catch region") {
  std::string b = with_model_edit([](Image& img) { img.functions[0].try_catch.push_back({5, 2, 0, 0}); });
  CHECK(reason(b).find("malformed try/catch region") != std::string::npos);
}

TEST_CASE("the verifier refuses a malformed live range") {
  std::string b = with_model_edit([](Image& img) { img.functions[0].live_ranges.push_back({(9999u << 4), 0, 1}); });
  CHECK(reason(b).find("malformed live range") != std::string::npos);
}

// The first function call of the sample's main code: its INIT, and the DO_* that performs it.
struct CallSpan {
  size_t init = 0, perform = 0;
};
CallSpan first_call(const Vec<Insn>& code) {
  auto is = [&](size_t i, std::initializer_list<Op> ops) {
    for (Op o : ops)
      if (code[i].op == static_cast<uint16_t>(o)) return true;
    return false;
  };
  for (size_t i = 0; i < code.size(); i++) {
    if (!is(i, {Op::INIT_FCALL, Op::INIT_FCALL_BY_NAME})) continue;
    int depth = 0;
    for (size_t j = i + 1; j < code.size(); j++) {
      if (is(j, {Op::INIT_FCALL, Op::INIT_FCALL_BY_NAME, Op::INIT_METHOD_CALL, Op::NEW})) depth++;
      if (is(j, {Op::DO_FCALL, Op::DO_ICALL, Op::DO_UCALL, Op::DO_FCALL_BY_NAME}) && depth-- == 0) return {i, j};
    }
  }
  FAIL("the sample's main code calls no function");
  return {};
}

TEST_CASE("the verifier refuses an argument beyond the arguments its call started with") {
  // A frame holds the arguments its INIT counted: a positional SEND past them would write past it.
  std::string b = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    CallSpan c = first_call(code);
    for (size_t i = c.init; i < c.perform; i++)
      if (code[i].op2.kind == K_NUM && (code[i].op == uint16_t(Op::SEND_VAL) || code[i].op == uint16_t(Op::SEND_VAR))) {
        code[i].op2.value = code[c.init].ext + 1;
        return;
      }
    FAIL("no positional argument in the first call");
  });
  CHECK(reason(b).find("argument number beyond the arguments its call started with") != std::string::npos);
}

TEST_CASE("the verifier refuses a call performed, or an argument sent, without a call started") {
  std::string performed = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    CallSpan c = first_call(code);
    for (size_t i = c.init; i < c.perform; i++) code[i] = Insn{};  // NOP
  });
  CHECK(reason(performed).find("performs a call it has not started") != std::string::npos);
  std::string sent = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    code[first_call(code).init] = Insn{};
  });
  CHECK(reason(sent).find("for a call it has not started") != std::string::npos);
}

TEST_CASE("the verifier refuses a jump to where other calls are open, and a return with a call started") {
  // The interpreter and libphp's unwinding find a frame's open calls by the code's order.
  std::string jumped = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    CallSpan c = first_call(code);
    for (auto& in : code)
      if (in.op == uint16_t(Op::JMP)) {
        in.op1.value = static_cast<uint32_t>(c.init + 1);
        return;
      }
    FAIL("no JMP in the sample's main code");
  });
  CHECK(reason(jumped).find("jumps where other calls are open") != std::string::npos);
  std::string returned = with_model_edit([](Image& img) {
    auto& code = img.functions[img.main_function].code;
    CallSpan c = first_call(code);
    code[c.init + 1] = Insn{};
    code[c.init + 1].op = uint16_t(Op::RETURN);
    code[c.init + 1].op1 = {K_CV, 0};
  });
  CHECK(reason(returned).find("returns with a call started") != std::string::npos);
}

TEST_CASE("the verifier refuses an exception handler that starts inside a call's arguments") {
  std::string b = with_model_edit([](Image& img) {
    auto& f = img.functions[img.main_function];
    CallSpan c = first_call(f.code);
    f.try_catch.push_back({static_cast<uint32_t>(c.init + 1), static_cast<uint32_t>(c.perform), 0, 0});
  });
  // The handler starts with no call open, where the code before it has one open: as the handler
  // it performs a call it has not started; as that code's next instruction it has a call open.
  std::string why = reason(b);
  INFO(why);
  CHECK((why.find("where other calls are open") != std::string::npos ||
         why.find("performs a call it has not started") != std::string::npos));
}

TEST_CASE("the verifier accepts code after a throw among a call's arguments that only an exception handler reaches") {
  // try { printf("%s", match (6) { 1 => 'x' }); } catch (Error $e) {}: the optimizer drops the
  // SEND and the DO_ICALL after the MATCH_ERROR, so in the code's order printf's call stays open
  // through the handler, which no path reaches with a call open.
  const char* program = R"PHP(<?php
function f() {
  try { printf("%s", match (6) { 1 => 'foo' }); } catch (\Error $e) { echo get_class($e), "\n"; }
  try { echo str_repeat(match (6) { 1 => 'x' }, 2); } finally { echo "finally\n"; }
}
)PHP";
  std::string name = "/tmp/phpovm_unit_match_error.php";
  std::ofstream(name) << program;
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  CHECK(reason(bytes) == "ok");
}


TEST_CASE("the verifier refuses a main function index out of range") {
  std::string b = with_model_edit([](Image& img) { img.main_function = 17; });
  CHECK(reason(b).find("main function index out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses argument info that does not match the argument count") {
  std::string b = with_model_edit([](Image& img) { img.functions[1].num_args += 2; });
  CHECK(reason(b).find("argument info does not match") != std::string::npos);
}


TEST_CASE("the verifier refuses a function with fewer instructions than a frame can start at") {
  // A frame starts at instruction 0 or past the RECVs of the arguments passed: a shell's stub
  // (and then its code) must hold num_args + 1 instructions.
  std::string b = with_model_edit([](Image& img) {
    img.functions[1].num_args = static_cast<uint32_t>(img.functions[1].code.size());
  });
  CHECK(reason(b).find("fewer instructions than a frame can start at") != std::string::npos);
}


TEST_CASE("the verifier refuses a literal marked as a key's text with no string after it") {
  // An ArrayAccess object is given the literal after such a key: it must be there, a string.
  std::string last = with_model_edit([](Image& img) {
    for (auto& f : img.functions)
      if (!f.literals.empty()) {
        f.literals.back().extra_value = true;
        return;
      }
  });
  CHECK(reason(last).find("names a key's text, but no string follows it") != std::string::npos);
  std::string ok = with_model_edit([](Image& img) {
    for (auto& f : img.functions)
      for (size_t i = 0; i + 1 < f.literals.size(); i++)
        if (f.literals[i + 1].type == Literal::String) {
          f.literals[i].extra_value = true;
          return;
        }
  });
  CHECK(reason(ok) == "ok");
  Image img = parse(ok);
  bool kept = false;
  for (auto& f : img.functions)
    for (auto& l : f.literals) kept |= l.extra_value;
  CHECK(kept);
}


// The facts of spec/instructions.def that the verifier reads (vm/isa.cpp puts them in InsnInfo).
TEST_CASE("the instruction facts agree with the operand kinds they describe") {
  for (uint16_t op = 0; op < kOpCount; op++) {
    const InsnInfo& info = insn_info(op);
    std::string name = info.name;
    CAPTURE(name);
    const uint8_t operands[2] = {info.op1, info.op2};
    for (int k = 0; k < 2; k++) {
      if (info.strings[k]) CHECK((operands[k] & K_CONST));
      if (info.class_operands & (1u << k)) CHECK((operands[k] & K_NUM));
    }
    switch (info.cache.at) {
      case CacheAt::kResult: CHECK((info.result & K_CACHE)); break;
      case CacheAt::kExt: CHECK(info.ext == K_CACHE); break;
      case CacheAt::kDataExt: CHECK((info.flags & F_DATA)); break;
      case CacheAt::kNone: break;
    }
    if (info.cache.at != CacheAt::kNone) CHECK(info.cache.slots >= 1);
    // An argument by name: its name and its cache.
    if (info.call == CallUse::Send && (info.op2 & K_CONST)) {
      CHECK(info.strings[1] == 1);
      CHECK(info.cache.at == CacheAt::kResult);
    }
    // What may call user code may throw.
    if (info.flags & F_CALL) CHECK((info.flags & F_THROW));
  }
  CHECK(insn_info(Op::INIT_FCALL).call == CallUse::Start);
  CHECK(insn_info(Op::DO_UCALL).call == CallUse::Perform);
  CHECK(insn_info(Op::RETURN).call == CallUse::Return);
  CHECK(insn_info(Op::FETCH_OBJ_R).cache.slots == 3);
}

namespace {

const char* kObjectProgram = R"PHP(<?php
class P { public $p = 1; public static $s = 2; }
function g($a, $b = 0) { return $a - $b; }
$o = new P;
echo $o->p, P::$s, g(b: 2, a: 5), "\n";
)PHP";

// kObjectProgram's image, changed through the model by `edit` (given the first instruction `op`).
template <class Edit>
std::string object_program_with(Op op, Edit edit) {
  const std::string name = "/tmp/phpovm_unit_objects.php";
  std::ofstream(name) << kObjectProgram;
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  Image img = parse(bytes);
  REQUIRE(reason(serialize(img)) == "ok");
  Function* owner = nullptr;
  Insn* in = nullptr;
  for (auto& f : img.functions)
    for (auto& i : f.code)
      if (!in && i.op == static_cast<uint16_t>(op)) {
        in = &i;
        owner = &f;
      }
  REQUIRE(in);
  edit(*owner, *in);
  return serialize(img);
}

}  // namespace

TEST_CASE("the verifier refuses a property cache that runs past the cache, offsets that wrap included") {
  // Three slots from an offset whose last slot wraps around 32 bits to the cache's start.
  std::string wraps = object_program_with(Op::FETCH_OBJ_R, [](Function&, Insn& in) {
    REQUIRE(in.op2.kind == K_CONST);
    in.ext = 0xFFFFFFF0u;
  });
  CHECK(reason(wraps).find("cache slot out of range") != std::string::npos);
  std::string past = object_program_with(Op::FETCH_OBJ_R, [](Function& f, Insn& in) { in.ext = f.cache_size - 8; });
  CHECK(reason(past).find("cache slot out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses a named argument without its name or its two cache slots") {
  std::string not_cache = object_program_with(Op::SEND_VAL, [](Function&, Insn& in) {
    REQUIRE(in.op2.kind == K_CONST);
    in.result.kind = K_UNUSED;
  });
  CHECK(reason(not_cache).find("result is not a cache slot") != std::string::npos);
  std::string last_slot =
      object_program_with(Op::SEND_VAL, [](Function& f, Insn& in) { in.result.value = f.cache_size; });
  CHECK(reason(last_slot).find("cache slot out of range") != std::string::npos);
  std::string no_name = object_program_with(Op::SEND_VAL, [](Function& f, Insn& in) {
    for (uint32_t lit = 0; lit < f.literals.size(); lit++)
      if (f.literals[lit].type == Literal::Long) in.op2.value = lit;
  });
  CHECK(reason(no_name).find("expected a string literal") != std::string::npos);
}

TEST_CASE("the verifier refuses a class operand that is a number but not self, parent or static") {
  std::string b = object_program_with(Op::NEW, [](Function&, Insn& in) {
    in.op1.kind = K_NUM;
    in.op1.value = 0;
  });
  CHECK(reason(b).find("class operand is not self, parent or static") != std::string::npos);
}
