// An image file mapped read-only instead of read into memory: its pages come from the page cache
// (a fault maps several at once, none is copied or cleared), which is most of what loading an
// included image costs in memory. A mapping can lose its pages while in use (the file truncated
// by another process): that must not kill the process (DESIGN.md decision 10), so a SIGBUS in a
// mapping replaces its missing pages with zeros and marks it; whoever reads the bytes afterwards
// asks FileBytes::intact() and refuses what it read.
#pragma once
#include <cstddef>

#include "loader/image.h"

namespace phpovm::image {

// Files smaller than this are read rather than mapped: reading them costs less than mapping and
// unmapping them (an include in a loop, the compiled-source cache's entries).
constexpr size_t kMapAtLeast = 64 * 1024;

// Maps `size` bytes of the open file `fd` (a regular file of that size). Returns bytes whose
// data is null when the file cannot be mapped (the caller reads it instead).
FileBytes map_file(int fd, size_t size);

}  // namespace phpovm::image
