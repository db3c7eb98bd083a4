// Materialises a verified Image as runnable code: persistent Zend op array shells whose opcodes
// are phpovm's threaded code (DESIGN.md decision 3). Linked images live for the process.
#pragma once
#include <string>
#include <vector>

#include "loader/image.h"
#include "vm/function.h"

namespace phpovm {

struct LinkedImage {
  std::vector<VmFunction*> functions;
  VmFunction* main = nullptr;
  std::vector<VmFunction*> declared;  // bound when the file's code is loaded
  std::vector<zend_string*> strings;  // persistent, interned
  std::vector<void*> blocks;          // every other persistent allocation, freed by unlink_image
  std::vector<HashTable*> tables;     // literal arrays
};

// The image must have passed verify(). Never fails.
LinkedImage* link_image(const image::Image& img);

// Frees everything link_image allocated. Only when no request can still run the image.
void unlink_image(LinkedImage* linked);

// Binds the image's top-level functions into the request's function table (as compiling the file
// would); a name already taken is PHP's "Cannot redeclare" fatal error.
void declare_functions(const LinkedImage& linked);

// A request-owned copy of the main shell, as libphp expects from zend_compile_file.
zend_op_array* main_op_array_for_request(const LinkedImage& linked);

}  // namespace phpovm
