// Fuzzing the reader and the verifier (DESIGN.md decision 10): mutated images, checksums made
// right so that the mutations reach the checks behind them, must be refused with an ImageError or
// accepted, never anything else (another exception, a crash, a read outside the bytes, which the
// sanitizer build reports). The same images read the deferred way (records at load, each body
// when first needed) must be refused or accepted alike. Deterministic: fixed seeds.
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
    static const uint32_t kValues[] = {
        0,  1,   2,   3,   4,   7,    8,      15,      16,         24,          31,          32,          63,
        64, 127, 128, 255, 256, 1000, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000u, 0xFFFFFFF0u, 0xFFFFFFFEu, 0xFFFFFFFFu};
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

TEST_CASE(
    "fuzz: images with instructions and records changed are refused or accepted, the same way whole or deferred") {
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
              f.try_catch.push_back(
                  {rng.below(n + 1), rng.below(n + 1), rng.below(2) ? 0 : rng.below(n + 1), rng.below(n + 1)});
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
