// `phpovm dump`: every function of an image, its instructions with operands, lines and jump
// targets; for a bundle, its table.
#pragma once
#include <string>

#include "loader/image.h"

namespace phpovm {
namespace bundle {
class Reader;
}
std::string disassemble(const image::Image& img);
std::string describe_bundle(const bundle::Reader& bundle);
}
