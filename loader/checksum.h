#pragma once
#include <cstddef>
#include <cstdint>

namespace phpovm {
// CRC-32C (Castagnoli, reflected, polynomial 0x82F63B78; the checksum of iSCSI and ext4), the
// checksum of image headers and sections. It uses the CPU's crc32 instruction (SSE 4.2) when there
// is one: images are checked every time they load.
uint32_t crc32c(const void* data, size_t size, uint32_t crc = 0);
// The same without the instruction (for CPUs without it; tests compare the two).
uint32_t crc32c_portable(const void* data, size_t size, uint32_t crc = 0);
}
