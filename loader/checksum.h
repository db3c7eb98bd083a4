#pragma once
#include <cstddef>
#include <cstdint>

namespace phpovm {
// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zlib's crc32().
uint32_t crc32(const void* data, size_t size, uint32_t crc = 0);
}
