#include "loader/checksum.h"

#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace phpovm {
namespace {
constexpr uint32_t kPolynomial = 0x82F63B78u;  // CRC-32C, reflected

// Without the instruction: eight bytes per step ("slicing by 8"); table k gives the CRC of a byte
// followed by k zero bytes.
using Tables = std::array<std::array<uint32_t, 256>, 8>;
Tables make_tables() {
  Tables t{};
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? kPolynomial ^ (c >> 1) : c >> 1;
    t[0][i] = c;
  }
  for (uint32_t i = 0; i < 256; i++)
    for (int k = 1; k < 8; k++) t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF];
  return t;
}
const Tables kTables = make_tables();

uint32_t crc32c_tables(const unsigned char* p, size_t size, uint32_t crc) {
  for (; size >= 8; size -= 8, p += 8) {  // little-endian words (the image format is little-endian only)
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + 4, 4);
    lo ^= crc;
    crc = kTables[7][lo & 0xFF] ^ kTables[6][(lo >> 8) & 0xFF] ^ kTables[5][(lo >> 16) & 0xFF] ^ kTables[4][lo >> 24] ^
          kTables[3][hi & 0xFF] ^ kTables[2][(hi >> 8) & 0xFF] ^ kTables[1][(hi >> 16) & 0xFF] ^ kTables[0][hi >> 24];
  }
  for (; size; size--, p++) crc = kTables[0][(crc ^ *p) & 0xFF] ^ (crc >> 8);
  return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) uint32_t crc32c_instruction(const unsigned char* p, size_t size, uint32_t crc) {
  uint64_t c = crc;
  for (; size >= 8; size -= 8, p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    c = _mm_crc32_u64(c, word);
  }
  auto c32 = static_cast<uint32_t>(c);
  for (; size; size--, p++) c32 = _mm_crc32_u8(c32, *p);
  return c32;
}
const bool kHasInstruction = __builtin_cpu_supports("sse4.2");
#endif
}  // namespace

uint32_t crc32c(const void* data, size_t size, uint32_t crc) {
  auto* p = static_cast<const unsigned char*>(data);
#if defined(__x86_64__)
  if (kHasInstruction) return ~crc32c_instruction(p, size, ~crc);
#endif
  return ~crc32c_tables(p, size, ~crc);
}

uint32_t crc32c_portable(const void* data, size_t size, uint32_t crc) {
  return ~crc32c_tables(static_cast<const unsigned char*>(data), size, ~crc);
}
}  // namespace phpovm
