// The image format: round trip, determinism, and the reader refusing corrupt or foreign images.
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
  std::vector<size_t> cuts = {
      7, 12, 20, 40, kHeaderSize, kHeaderSize + 10, kHeaderSize + kSectionCount * kSectionEntrySize};
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

TEST_CASE("the reader refuses trailing bytes") {
  CHECK(reason(sample() + "x").find("trailing bytes") != std::string::npos);
}

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
  std::string b =
      with_model_edit([](Image& img) { img.functions[1].name = static_cast<uint32_t>(img.strings.size()) + 3; });
  CHECK(reason(b).find("string index out of range") != std::string::npos);
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
  for (auto parse_it :
       {+[](const std::string& b) { return parse(b); }, +[](const std::string& b) { return parse_deferred(b); }}) {
    auto why = [&](const std::string& b) {
      try {
        parse_it(b);
      } catch (const ImageError& e) {
        return std::string(e.what());
      }
      return std::string("ok");
    };
    // Function 1 takes function 0's first literal too.
    CHECK(why(with_literal_range(1, 0, literal_field(1, 1))).find("literal shared by two functions") !=
          std::string::npos);
    // The last function leaves its last literal to nobody.
    CHECK(why(with_literal_range(2, literal_field(2, 0), literal_field(2, 1) - 1))
              .find("literal belongs to no function") != std::string::npos);
    // Function 0 gives up its literals: the others, in order, do not cover them.
    CHECK(why(with_literal_range(0, 0, 0)).find("literal belongs to no function") != std::string::npos);
    // The ranges as written are a partition.
    CHECK(why(sample()) == "ok");
  }
}


TEST_CASE("image checksums are CRC-32C, with and without the CPU's instruction") {
  const char* check = "123456789";
  CHECK(crc32c(check, 9) == 0xE3069283u);  // the standard check value of CRC-32C
  CHECK(crc32c_portable(check, 9) == 0xE3069283u);
  CHECK(crc32c("", 0) == 0u);
  std::string data;
  for (int i = 0; i < 10000; i++) data.push_back(static_cast<char>(i * 7 + 3 + (i >> 8)));
  // Below, at and past the sizes read in interleaved steps (three lanes of 512 bytes).
  for (size_t len :
       {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 999, 1000, 1535, 1536, 1537, 1543, 3072, 3079, 4608, 9999, 10000})
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
        if (f.literals[k].type == Literal::Array)
          CHECK(body.literals[k].elements.get_allocator().resource() == &scratch);
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

