// Fixed parts of the v1 byte layout shared by the writer and the reader (see spec/phpo-format.md).
#pragma once
#include <cstdint>

namespace phpovm::image {
constexpr char kPrefix[] = "<?phpo";          // 6 bytes, then 5 decimal digits of PHP_VERSION_ID, then '\n'
constexpr char kMagic[8] = {'P', 'H', 'P', 'O', 'V', 'M', 0, 0};
constexpr uint32_t kHeaderSize = 48;          // bytes before the section table
constexpr uint32_t kSectionEntrySize = 24;    // id, crc32, offset, size
constexpr uint32_t kInsnSize = 28;
constexpr uint32_t kSectionCount = 5;
constexpr uint8_t kLiteralExtraValue = 0x80;  // flag on a literal's type byte: Literal::extra_value
}  // namespace phpovm::image
