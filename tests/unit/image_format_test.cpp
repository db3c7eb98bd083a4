// The image format: round trip, determinism, and the reader/verifier refusing corrupt images.
#include <doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>
#include <memory>

#include "tests/unit/shared_engine.h"
#include "loader/checksum.h"
#include "loader/image.h"
#include "loader/image_layout.h"
#include "vm/isa.h"

extern "C" {
#include "php_version.h"
}

using namespace phpovm;
using namespace phpovm::image;

namespace {

const char* kProgram = R"PHP(<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function label(int $x, $sep = PHP_EOL) {
  switch ($x) { case 1: return "one"; case 2: return "two"; default: return "many" . $sep; }
}
$a = ['x' => 1, 'y' => [1, 2, 3]];
foreach ($a as $k => $v) { echo $k, is_array($v) ? count($v) : $v, "\n"; }
for ($i = 0; $i < 3; $i++) { echo label($i), fib($i + 10), "\n"; }
echo match ($i) { 0 => "zero", 1 => "one", 2 => "two", 3 => "three", default => "many" }, "\n";
)PHP";

Engine& engine() { return shared_engine(); }

std::string compile_program(const std::string& name = "/tmp/phpovm_unit_program.php") {
  std::ofstream(name) << kProgram;
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  return bytes;
}

const std::string& sample() {
  static std::string bytes = compile_program();
  return bytes;
}

struct SectionEntry {
  uint32_t id, crc;
  uint64_t offset, size;
};

SectionEntry section(const std::string& bytes, uint32_t index) {
  SectionEntry e;
  const char* p = bytes.data() + kHeaderSize + index * kSectionEntrySize;
  memcpy(&e.id, p, 4);
  memcpy(&e.crc, p + 4, 4);
  memcpy(&e.offset, p + 8, 8);
  memcpy(&e.size, p + 16, 8);
  return e;
}

// Recomputes every checksum, so that a test reaches the check behind them.
void reseal(std::string& bytes) {
  for (uint32_t i = 0; i < kSectionCount; i++) {
    SectionEntry e = section(bytes, i);
    uint32_t crc = crc32c(bytes.data() + e.offset, e.size);
    memcpy(&bytes[kHeaderSize + i * kSectionEntrySize + 4], &crc, 4);
  }
  uint32_t zero = 0;
  memcpy(&bytes[36], &zero, 4);
  uint32_t crc = crc32c(bytes.data(), kHeaderSize + kSectionCount * kSectionEntrySize);
  memcpy(&bytes[36], &crc, 4);
}

std::string reason(const std::string& bytes) {
  try {
    verify(parse(bytes));
  } catch (const ImageError& e) {
    return std::string("invalid: ") + e.what();
  } catch (const VersionError& e) {
    return std::string("version: ") + e.what();
  }
  return "ok";
}

// Changes the first instruction with the given opcode, via the model, then serialises.
template <class Edit>
std::string with_model_edit(Edit edit) {
  Image img = parse(sample());
  edit(img);
  return serialize(img);
}

Insn* find_insn(Image& img, Op op) {
  for (auto& f : img.functions)
    for (auto& in : f.code)
      if (in.op == static_cast<uint16_t>(op)) return &in;
  return nullptr;
}

// The sample with its first JMP sent out of its function's code, checksums made right.
std::string with_jump_out_of_range() {
  return with_model_edit([](Image& img) {
    Insn* in = find_insn(img, Op::JMP);
    REQUIRE(in);
    in->op1.value = 100000;
  });
}

}  // namespace

TEST_CASE("an image round-trips through serialize and parse unchanged") {
  Image img = parse(sample());
  verify(img);
  CHECK(serialize(img) == sample());
  CHECK(img.functions.size() == 3);
  CHECK(img.declared_functions.size() == 2);
}

TEST_CASE("the same source compiles to the same bytes") {
  std::string again = compile_program();
  CHECK(again == sample());
}

TEST_CASE("an image starts with <?phpo, the PHP version id and the magic") {
  CHECK(sample().compare(0, 6, "<?phpo") == 0);
  CHECK(sample().substr(6, 5) == std::to_string(PHP_VERSION_ID));
  CHECK(sample().compare(12, 6, "PHPOVM") == 0);
}

TEST_CASE("the reader refuses a file that is not an image") {
  CHECK(reason("<?php echo 1;") == "invalid: not a phpovm image (no <?phpo prefix)");
  CHECK(reason("") == "invalid: not a phpovm image (no <?phpo prefix)");
}

TEST_CASE("the reader refuses truncation anywhere, including at every section boundary") {
  const std::string& b = sample();
  std::vector<size_t> cuts = {7, 12, 20, 40, kHeaderSize, kHeaderSize + 10, kHeaderSize + kSectionCount * kSectionEntrySize};
  for (uint32_t i = 0; i < kSectionCount; i++) {
    SectionEntry e = section(b, i);
    cuts.push_back(e.offset);
    cuts.push_back(e.offset + e.size / 2);
  }
  cuts.push_back(b.size() - 1);
  for (size_t cut : cuts) {
    CAPTURE(cut);
    CHECK(reason(b.substr(0, cut)).rfind("invalid: ", 0) == 0);
  }
}

TEST_CASE("the reader refuses trailing bytes") { CHECK(reason(sample() + "x").find("trailing bytes") != std::string::npos); }

TEST_CASE("the reader refuses a bad section checksum") {
  std::string b = sample();
  SectionEntry e = section(b, 2);
  b[e.offset + e.size / 2] ^= 0x40;
  CHECK(reason(b).find("checksum mismatch in section 3") != std::string::npos);
}

TEST_CASE("the reader refuses a bad header checksum") {
  std::string b = sample();
  b[25] ^= 1;  // the PHP minor version byte; the prefix still says 8.2
  CHECK(reason(b).find("version") != std::string::npos);
  b = sample();
  b[30] ^= 1;  // a reserved byte
  CHECK(reason(b) == "invalid: header checksum mismatch");
}

TEST_CASE("the reader names both versions for an image of another PHP version") {
  std::string b = sample();
  b[8] = '1';  // 802xx -> 801xx
  CHECK(reason(b) == "version: was compiled for PHP 8.1, this is PHP 8.2");
}

TEST_CASE("the reader refuses another image format version") {
  std::string b = sample();
  b[20] = 9;
  reseal(b);
  CHECK(reason(b) == "version: has image format version 9, this phpovm reads version 5");
}

TEST_CASE("the reader refuses another ABI") {
  std::string b = sample();
  b[27] = 4;  // pointer size
  reseal(b);
  CHECK(reason(b).find("another ABI") != std::string::npos);
}

TEST_CASE("the reader refuses a string outside its section") {
  std::string b = sample();
  SectionEntry e = section(b, 0);
  uint32_t bad = 0x7FFFFFF0;
  memcpy(&b[e.offset + 4], &bad, 4);  // offset of string 0
  reseal(b);
  CHECK(reason(b).find("string outside its section") != std::string::npos);
}

TEST_CASE("the reader refuses a string index out of range") {
  std::string b = with_model_edit([](Image& img) { img.functions[1].name = static_cast<uint32_t>(img.strings.size()) + 3; });
  CHECK(reason(b).find("string index out of range") != std::string::npos);
}

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

TEST_CASE("the image records the floats libphp's type inference proves, and only those") {
  const std::string name = "/tmp/phpovm_unit_floats.php";
  std::ofstream(name) << "<?php\nfunction f(float $a, $b) { $x = $a * 0.5 + 1.25; $y = $b * 0.5; return $x < 2.0 ? $x : $y; }\n";
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  Image img = parse(bytes);
  verify(img);
  std::vector<std::pair<Op, uint8_t>> seen;
  for (auto& f : img.functions)
    for (auto& in : f.code)
      if (in.op == uint16_t(Op::MUL) || in.op == uint16_t(Op::ADD) || in.op == uint16_t(Op::IS_SMALLER)) seen.emplace_back(Op(in.op), in.types);
  // $a * 0.5 and + 1.25 and $x < 2.0 are proven floats; $b * 0.5 is not ($b has no type).
  REQUIRE(seen.size() == 4);
  CHECK(seen[0] == std::make_pair(Op::MUL, uint8_t(kHintDoubles)));
  CHECK(seen[1] == std::make_pair(Op::ADD, uint8_t(kHintDoubles)));
  CHECK(seen[2] == std::make_pair(Op::MUL, uint8_t(kHintNone)));
  CHECK(seen[3] == std::make_pair(Op::IS_SMALLER, uint8_t(kHintDoubles)));
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
  CHECK((why.find("where other calls are open") != std::string::npos || why.find("performs a call it has not started") != std::string::npos));
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

// The sample with function `fn`'s literal range (fields 11 and 12 of its record) rewritten, resealed.
std::string with_literal_range(uint32_t fn, uint32_t first, uint32_t count) {
  std::string b = sample();
  SectionEntry fs = section(b, kFunctions - 1);
  uint32_t record;
  memcpy(&record, b.data() + fs.offset + 4 + 4 * fn, 4);
  memcpy(&b[fs.offset + record + 40], &first, 4);
  memcpy(&b[fs.offset + record + 44], &count, 4);
  reseal(b);
  return b;
}

uint32_t literal_field(uint32_t fn, uint32_t field) {
  const std::string& b = sample();
  SectionEntry fs = section(b, kFunctions - 1);
  uint32_t record, v;
  memcpy(&record, b.data() + fs.offset + 4 + 4 * fn, 4);
  memcpy(&v, b.data() + fs.offset + record + 40 + 4 * field, 4);
  return v;
}

TEST_CASE("the reader refuses literal ranges that overlap or leave a literal to no function") {
  // The writer lays the ranges out in function order; the reader checks any order.
  REQUIRE(literal_field(0, 0) == 0);
  REQUIRE(literal_field(1, 0) == literal_field(0, 1));
  REQUIRE(literal_field(0, 1) > 0);
  REQUIRE(literal_field(2, 1) > 0);
  for (auto parse_it : {+[](const std::string& b) { return parse(b); }, +[](const std::string& b) { return parse_deferred(b); }}) {
    auto why = [&](const std::string& b) {
      try {
        parse_it(b);
      } catch (const ImageError& e) {
        return std::string(e.what());
      }
      return std::string("ok");
    };
    // Function 1 takes function 0's first literal too.
    CHECK(why(with_literal_range(1, 0, literal_field(1, 1))).find("literal shared by two functions") != std::string::npos);
    // The last function leaves its last literal to nobody.
    CHECK(why(with_literal_range(2, literal_field(2, 0), literal_field(2, 1) - 1)).find("literal belongs to no function") !=
          std::string::npos);
    // Function 0 gives up its literals: the others, in order, do not cover them.
    CHECK(why(with_literal_range(0, 0, 0)).find("literal belongs to no function") != std::string::npos);
    // The ranges as written are a partition.
    CHECK(why(sample()) == "ok");
  }
}

TEST_CASE("the verifier refuses a main function index out of range") {
  std::string b = with_model_edit([](Image& img) { img.main_function = 17; });
  CHECK(reason(b).find("main function index out of range") != std::string::npos);
}

TEST_CASE("the verifier refuses argument info that does not match the argument count") {
  std::string b = with_model_edit([](Image& img) { img.functions[1].num_args += 2; });
  CHECK(reason(b).find("argument info does not match") != std::string::npos);
}

TEST_CASE("image checksums are CRC-32C, with and without the CPU's instruction") {
  const char* check = "123456789";
  CHECK(crc32c(check, 9) == 0xE3069283u);  // the standard check value of CRC-32C
  CHECK(crc32c_portable(check, 9) == 0xE3069283u);
  CHECK(crc32c("", 0) == 0u);
  std::string data;
  for (int i = 0; i < 10000; i++) data.push_back(static_cast<char>(i * 7 + 3 + (i >> 8)));
  // Below, at and past the sizes read in interleaved steps (three lanes of 512 bytes).
  for (size_t len : {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 999, 1000, 1535, 1536, 1537, 1543, 3072, 3079, 4608, 9999, 10000})
    CHECK(crc32c(data.data(), len) == crc32c_portable(data.data(), len));
  CHECK(crc32c(std::string(5000, '\0').data(), 5000) == crc32c_portable(std::string(5000, '\0').data(), 5000));
  // Incremental: the CRC of a whole is the CRC of its second part continued from the first's.
  CHECK(crc32c(data.data() + 100, 900, crc32c(data.data(), 100)) == crc32c(data.data(), 1000));
  CHECK(crc32c(data.data() + 3, 9997, crc32c(data.data(), 3)) == crc32c(data.data(), 10000));
}

TEST_CASE("parse_deferred leaves function bodies in the bytes and load_body reads what parse reads") {
  Image full = parse(sample());
  Image lazy = parse_deferred(sample());
  verify(lazy);
  REQUIRE(lazy.functions.size() == full.functions.size());
  for (uint32_t i = 0; i < lazy.functions.size(); i++) {
    const Function& f = full.functions[i];
    Function& l = lazy.functions[i];
    CHECK_FALSE(l.body_loaded);
    CHECK(l.code.empty());
    CHECK(l.code_size() == f.code.size());
    CHECK(l.literal_size() == f.literals.size());
    CHECK(l.try_catch.size() == f.try_catch.size());
    load_body(lazy, i);
    load_body(lazy, i);  // once
    REQUIRE(l.body_loaded);
    REQUIRE(l.code.size() == f.code.size());
    for (size_t k = 0; k < f.code.size(); k++) {
      CHECK(l.code[k].op == f.code[k].op);
      CHECK(l.code[k].op1.value == f.code[k].op1.value);
      CHECK(l.code[k].ext == f.code[k].ext);
      CHECK(l.code[k].line == f.code[k].line);
    }
    REQUIRE(l.literals.size() == f.literals.size());
    for (size_t k = 0; k < f.literals.size(); k++) CHECK(l.literals[k].type == f.literals[k].type);
  }
  CHECK(serialize(lazy) == serialize(full));
}

TEST_CASE("a bad function body passes parse_deferred and verify, and load_body refuses it every time") {
  std::string b = with_jump_out_of_range();
  CHECK(reason(b).find("jump target out of range") != std::string::npos);
  Image lazy = parse_deferred(b);
  verify(lazy);
  uint32_t bad = kNone;
  for (uint32_t i = 0; i < lazy.functions.size() && bad == kNone; i++) {
    try {
      load_body(lazy, i);
    } catch (const ImageError& e) {
      CHECK(std::string(e.what()).find("jump target out of range") != std::string::npos);
      bad = i;
    }
  }
  REQUIRE(bad != kNone);
  CHECK_FALSE(lazy.functions[bad].body_loaded);
  CHECK(lazy.functions[bad].code.empty());
  CHECK_THROWS_AS(load_body(lazy, bad), ImageError);
}

TEST_CASE("read_body reads a deferred body into the caller's memory, as often as asked, and leaves the image unread") {
  Image full = parse(sample());
  Image lazy = parse_deferred(sample());
  verify(lazy);
  std::pmr::unsynchronized_pool_resource scratch;
  for (uint32_t i = 0; i < lazy.functions.size(); i++) {
    const Function& f = full.functions[i];
    for (int round = 0; round < 2; round++) {
      Body body(&scratch);
      read_body(lazy, i, body);
      CHECK(body.code.get_allocator().resource() == &scratch);
      REQUIRE(body.code.size() == f.code.size());
      for (size_t k = 0; k < f.code.size(); k++) {
        CHECK(body.code[k].op == f.code[k].op);
        CHECK(body.code[k].op2.value == f.code[k].op2.value);
        CHECK(body.code[k].result.kind == f.code[k].result.kind);
        CHECK(body.code[k].types == f.code[k].types);
      }
      REQUIRE(body.literals.size() == f.literals.size());
      for (size_t k = 0; k < f.literals.size(); k++) {
        CHECK(body.literals[k].type == f.literals[k].type);
        // A literal's own containers come from the same memory.
        if (f.literals[k].type == Literal::Array) CHECK(body.literals[k].elements.get_allocator().resource() == &scratch);
      }
    }
    CHECK_FALSE(lazy.functions[i].body_loaded);
    CHECK(lazy.functions[i].code.empty());
  }
  // A body the image has read (or a fully parsed image's) is not read again from the bytes.
  load_body(lazy, 0);
  Body again(&scratch);
  CHECK_THROWS_AS(read_body(lazy, 0, again), ImageError);
  CHECK_THROWS_AS(read_body(full, 0, again), ImageError);
}

TEST_CASE("read_body refuses a bad body every time and leaves the body empty") {
  Image lazy = parse_deferred(with_jump_out_of_range());
  verify(lazy);
  std::pmr::unsynchronized_pool_resource scratch;
  int refused = 0;
  for (uint32_t i = 0; i < lazy.functions.size(); i++) {
    for (int round = 0; round < 2; round++) {
      Body body(&scratch);
      try {
        read_body(lazy, i, body);
      } catch (const ImageError& e) {
        CHECK(std::string(e.what()).find("jump target out of range") != std::string::npos);
        CHECK(body.code.empty());
        CHECK(body.literals.empty());
        refused++;
      }
    }
  }
  CHECK(refused == 2);
}

TEST_CASE("the verifier refuses a function with fewer instructions than a frame can start at") {
  // A frame starts at instruction 0 or past the RECVs of the arguments passed: a shell's stub
  // (and then its code) must hold num_args + 1 instructions.
  std::string b = with_model_edit([](Image& img) {
    img.functions[1].num_args = static_cast<uint32_t>(img.functions[1].code.size());
  });
  CHECK(reason(b).find("fewer instructions than a frame can start at") != std::string::npos);
}

TEST_CASE("read_entry reads a deferred function's first instructions and the literals they name") {
  Image full = parse(sample());
  Image lazy = parse_deferred(sample());
  verify(lazy);
  std::pmr::unsynchronized_pool_resource scratch;
  for (uint32_t i = 0; i < lazy.functions.size(); i++) {
    const Function& f = full.functions[i];
    for (uint32_t count : {0u, 1u, 3u, 100000u}) {
      Body entry(&scratch);
      read_entry(lazy, i, count, entry);
      REQUIRE(entry.code.size() == std::min<size_t>(count, f.code.size()));
      uint32_t named = 0;
      for (size_t k = 0; k < entry.code.size(); k++) {
        CHECK(entry.code[k].op == f.code[k].op);
        CHECK(entry.code[k].op2.value == f.code[k].op2.value);
        for (const Operand* o : {&f.code[k].op1, &f.code[k].op2, &f.code[k].result})
          if (o->kind == K_CONST) named = std::max(named, o->value + 1);
      }
      REQUIRE(entry.literals.size() == named);
      for (size_t k = 0; k < named; k++) CHECK(entry.literals[k].type == f.literals[k].type);
    }
    CHECK_FALSE(lazy.functions[i].body_loaded);
  }
  Body again(&scratch);
  CHECK_THROWS_AS(read_entry(full, 0, 1, again), ImageError);  // a body already read is the image's
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

// Fuzzing the reader and the verifier (DESIGN.md decision 10): mutated images, checksums made
// right so that the mutations reach the checks behind them, must be refused with an ImageError or
// accepted, never anything else (another exception, a crash, a read outside the bytes, which the
// sanitizer build reports). The same images read the deferred way (records at load, each body
// when first needed) must be refused or accepted alike. Deterministic: fixed seeds.
namespace {

struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  uint32_t below(uint32_t n) { return n ? static_cast<uint32_t>(next() % n) : 0; }
  // A value a field is likely to be checked against: small numbers, kind bits, limits.
  uint32_t interesting() {
    static const uint32_t kValues[] = {0, 1, 2, 3, 4, 7, 8, 15, 16, 24, 31, 32, 63, 64, 127, 128, 255, 256, 1000, 0xFFFF, 0x10000,
                                       0x7FFFFFFF, 0x80000000u, 0xFFFFFFF0u, 0xFFFFFFFEu, 0xFFFFFFFFu};
    return below(3) == 0 ? static_cast<uint32_t>(next()) : kValues[below(sizeof kValues / sizeof kValues[0])];
  }
};

// "refused" or "accepted"; anything else fails the test where it happens.
std::string outcome_whole(const std::string& bytes) {
  try {
    verify(parse(bytes));
  } catch (const ImageError&) {
    return "refused";
  } catch (const VersionError&) {
    return "refused";
  }
  return "accepted";
}

std::string outcome_deferred(const std::string& bytes) {
  try {
    Image img = parse_deferred(bytes);
    verify(img);
    for (uint32_t i = 0; i < img.functions.size(); i++) load_body(img, i);
  } catch (const ImageError&) {
    return "refused";
  } catch (const VersionError&) {
    return "refused";
  }
  return "accepted";
}

void check_mutant(const std::string& bytes, uint64_t seed) {
  std::string whole = outcome_whole(bytes);
  std::string deferred = outcome_deferred(bytes);
  INFO("seed " << seed);
  CHECK(whole == deferred);
}

}  // namespace

TEST_CASE("fuzz: images with random bytes changed are refused or accepted, the same way whole or deferred") {
  const std::string& base = sample();
  size_t table_end = kHeaderSize + kSectionCount * kSectionEntrySize;
  int accepted = 0;
  for (uint64_t seed = 1; seed <= 2000; seed++) {
    Rng rng(seed);
    std::string b = base;
    for (uint32_t k = 1 + rng.below(4); k-- > 0;) {
      size_t at = table_end + rng.below(static_cast<uint32_t>(b.size() - table_end));
      b[at] = static_cast<char>(rng.below(3) == 0 ? rng.interesting() : b[at] ^ (1u << rng.below(8)));
    }
    reseal(b);
    check_mutant(b, seed);
    accepted += outcome_whole(b) == "accepted";
  }
  // Most flips land in strings, literals and lines, which any value fits: many are accepted.
  CHECK(accepted > 0);
}

TEST_CASE("fuzz: images with instructions and records changed are refused or accepted, the same way whole or deferred") {
  Image model = parse(sample());
  int refused = 0;
  for (uint64_t seed = 1; seed <= 2000; seed++) {
    Rng rng(seed);
    std::string b = with_model_edit([&](Image& img) {
      for (uint32_t k = 1 + rng.below(3); k-- > 0;) {
        Function& f = img.functions[rng.below(static_cast<uint32_t>(img.functions.size()))];
        switch (rng.below(10)) {
          case 0: f.num_args = rng.interesting(); break;
          case 1: f.T = rng.below(4) ? rng.below(8) : rng.interesting(); break;
          case 2: f.cache_size = rng.below(2) ? rng.below(64) * 8 : rng.interesting(); break;
          case 3:
            if (!f.try_catch.empty() || rng.below(2)) {
              uint32_t n = static_cast<uint32_t>(f.code.size());
              f.try_catch.push_back({rng.below(n + 1), rng.below(n + 1), rng.below(2) ? 0 : rng.below(n + 1), rng.below(n + 1)});
            }
            break;
          default: {
            Insn& in = f.code[rng.below(static_cast<uint32_t>(f.code.size()))];
            switch (rng.below(9)) {
              case 0: in.op = static_cast<uint16_t>(rng.below(kOpCount + 2)); break;
              case 1: in.op1.kind = static_cast<uint8_t>(1u << rng.below(8)); break;
              case 2: in.op2.kind = static_cast<uint8_t>(1u << rng.below(8)); break;
              case 3: in.result.kind = static_cast<uint8_t>(1u << rng.below(8)); break;
              case 4: in.op1.value = rng.below(2) ? rng.below(16) : rng.interesting(); break;
              case 5: in.op2.value = rng.below(2) ? rng.below(16) : rng.interesting(); break;
              case 6: in.result.value = rng.below(2) ? rng.below(16) : rng.interesting(); break;
              case 7: in.ext = rng.below(2) ? rng.below(16) : rng.interesting(); break;
              default: in.types = static_cast<uint8_t>(rng.below(4)); break;
            }
          }
        }
      }
    });
    check_mutant(b, seed);
    refused += outcome_whole(b) == "refused";
  }
  CHECK(refused > 0);
}
