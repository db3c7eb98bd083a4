// Where libphp hands user code to phpovm: zend_execute_ex, zend_compile_file and
// zend_compile_string are replaced, so every file, include and eval is translated and run by
// phpovm (DESIGN.md decision 4).
#pragma once
#include <string>

#include "loader/image.h"

namespace phpovm {
void install_executor_hooks();
// Frees every image linked in this process; after the engine's last request.
void release_linked_images();
// Reads, checks and verifies an image file; on failure a one-line reason (without the path).
// The result is cached per process.
struct LinkedImage;
LinkedImage* load_image_bytes(const std::string& key, std::string_view bytes);
// The same for bytes read for it (a file's content), which the image keeps if it loads them.
LinkedImage* load_image_bytes(const std::string& key, image::FileBytes&& bytes);
// True if the bytes start like an image.
bool looks_like_image(const char* data, size_t size);
}  // namespace phpovm
