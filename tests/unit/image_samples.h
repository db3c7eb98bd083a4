// What the image tests share: a sample program compiled to an image, and ways to change an image
// and read the reason it is refused.
#pragma once
#include <doctest.h>

#include <cstring>
#include <fstream>
#include <string>

#include "tests/unit/shared_engine.h"
#include "loader/checksum.h"
#include "loader/image.h"
#include "loader/image_layout.h"
#include "vm/isa.h"

namespace image_test {

using namespace phpovm;
using namespace phpovm::image;

inline const char* kProgram = R"PHP(<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function label(int $x, $sep = PHP_EOL) {
  switch ($x) { case 1: return "one"; case 2: return "two"; default: return "many" . $sep; }
}
$a = ['x' => 1, 'y' => [1, 2, 3]];
foreach ($a as $k => $v) { echo $k, is_array($v) ? count($v) : $v, "\n"; }
for ($i = 0; $i < 3; $i++) { echo label($i), fib($i + 10), "\n"; }
echo match ($i) { 0 => "zero", 1 => "one", 2 => "two", 3 => "three", default => "many" }, "\n";
)PHP";

inline Engine& engine() { return shared_engine(); }

inline std::string compile_program(const std::string& name = "/tmp/phpovm_unit_program.php") {
  std::ofstream(name) << kProgram;
  std::string bytes, error;
  REQUIRE_MESSAGE(engine().compile(name, bytes, error), error);
  return bytes;
}

inline const std::string& sample() {
  static std::string bytes = compile_program();
  return bytes;
}

struct SectionEntry {
  uint32_t id, crc;
  uint64_t offset, size;
};

inline SectionEntry section(const std::string& bytes, uint32_t index) {
  SectionEntry e;
  const char* p = bytes.data() + kHeaderSize + index * kSectionEntrySize;
  memcpy(&e.id, p, 4);
  memcpy(&e.crc, p + 4, 4);
  memcpy(&e.offset, p + 8, 8);
  memcpy(&e.size, p + 16, 8);
  return e;
}

// Recomputes every checksum, so that a test reaches the check behind them.
inline void reseal(std::string& bytes) {
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

inline std::string reason(const std::string& bytes) {
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

inline Insn* find_insn(Image& img, Op op) {
  for (auto& f : img.functions)
    for (auto& in : f.code)
      if (in.op == static_cast<uint16_t>(op)) return &in;
  return nullptr;
}

// The sample with its first JMP sent out of its function's code, checksums made right.
inline std::string with_jump_out_of_range() {
  return with_model_edit([](Image& img) {
    Insn* in = find_insn(img, Op::JMP);
    REQUIRE(in);
    in->op1.value = 100000;
  });
}

}  // namespace image_test
