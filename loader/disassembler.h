// `phpovm dump`: every function of an image, its instructions with operands, lines and jump targets.
#pragma once
#include <string>

#include "loader/image.h"

namespace phpovm {
std::string disassemble(const image::Image& img);
}
