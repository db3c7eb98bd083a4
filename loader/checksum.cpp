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
// The crc32 instruction takes three cycles before its result can feed the next one, and one to
// start: one chain over the bytes runs at a third of its speed. Large inputs are therefore read
// in steps of three lanes of kLane bytes, each lane its own chain, and joined: the CRC register
// after lane A then lane B is M(a) xor b, where a and b are each lane's register (b started from
// 0) and M is what kLane zero bytes do to a register, a linear map applied here by table.
constexpr size_t kLane = 512;

struct LaneShift {
  uint32_t table[4][256];  // table[k][v]: M applied to byte value v at byte k of the register
};

__attribute__((target("sse4.2"))) LaneShift make_lane_shift() {
  uint32_t column[32];  // M of each single bit
  for (int j = 0; j < 32; j++) {
    uint64_t c = uint64_t(1) << j;
    for (size_t i = 0; i < kLane / 8; i++) c = _mm_crc32_u64(c, 0);
    column[j] = static_cast<uint32_t>(c);
  }
  LaneShift s{};
  for (int k = 0; k < 4; k++)
    for (unsigned v = 1; v < 256; v++) s.table[k][v] = s.table[k][v & (v - 1)] ^ column[8 * k + __builtin_ctz(v)];
  return s;
}

inline uint32_t shift_lane(const LaneShift& s, uint32_t c) {
  return s.table[0][c & 0xFF] ^ s.table[1][(c >> 8) & 0xFF] ^ s.table[2][(c >> 16) & 0xFF] ^ s.table[3][c >> 24];
}

__attribute__((target("sse4.2"))) uint32_t crc32c_instruction(const unsigned char* p, size_t size, uint32_t crc) {
  uint64_t c = crc;
  if (size >= 3 * kLane) {
    static const LaneShift shift = make_lane_shift();
    for (; size >= 3 * kLane; size -= 3 * kLane, p += 3 * kLane) {
      uint64_t a = c, b = 0, d = 0;
      for (size_t i = 0; i < kLane; i += 8) {
        uint64_t wa, wb, wd;
        std::memcpy(&wa, p + i, 8);
        std::memcpy(&wb, p + kLane + i, 8);
        std::memcpy(&wd, p + 2 * kLane + i, 8);
        a = _mm_crc32_u64(a, wa);
        b = _mm_crc32_u64(b, wb);
        d = _mm_crc32_u64(d, wd);
      }
      c = shift_lane(shift, shift_lane(shift, static_cast<uint32_t>(a)) ^ static_cast<uint32_t>(b)) ^
          static_cast<uint32_t>(d);
    }
  }
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
