// The images linked in this process, shared by every request (DESIGN.md decision 7): an image
// file is read, checked, verified and linked once, then found again by its bytes' identity.
#pragma once
#include <string>
#include <string_view>

#include "loader/image.h"
#include "loader/relocation.h"

namespace phpovm {

struct LinkedImage;

// Reads, checks, verifies and links an image (or finds it linked already); throws
// image::ImageError with a one-line reason (without the path) for a bad one. `key` names it (its
// file). An image loaded from where its code is (not a compiled-source cache's entry) is
// relocated there: `placement` (loader/relocation.h), null for none.
LinkedImage* load_image_bytes(const std::string& key, std::string_view bytes, const Placement* placement);
// The same for bytes read for it (a file's content), which the image keeps if it loads them.
LinkedImage* load_image_bytes(const std::string& key, image::FileBytes&& bytes, const Placement* placement);
// Source compiled in this process is linked once and reused (an include of the same file, the
// same eval() again, the same script in another request of an Engine) while its text and the
// settings that change compilation are the same: the key is source_image_key()'s.
std::string source_image_key(std::string_view name, std::string_view source);
// The image compiled from the source of this key, or null.
LinkedImage* find_source_image(const std::string& key);
// Keeps an image compiled from source until release_linked_images(), found again by key (none
// when key is empty: its compilation printed diagnostics that php-cli prints on each compile).
void keep_source_image(LinkedImage* linked, std::string key);
// Finds the image by another key too (the compiled-source cache's, runtime/source_cache.h).
void reuse_source_image_as(const std::string& key, LinkedImage* linked);
// The ini settings that change what source compiles to, as one string.
std::string compile_settings_key();
// Frees every image linked in this process; after the engine's last request.
void release_linked_images();
// True if the bytes start like an image.
bool looks_like_image(const char* data, size_t size);

}  // namespace phpovm
