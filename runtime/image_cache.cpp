#include "runtime/image_cache.h"

#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "loader/linker.h"

namespace phpovm {
namespace {

// Images already linked in this process, by their bytes' identity (path and content).
// Never destroyed: an Engine with static storage may release them at exit, after other statics.
std::unordered_map<std::string, LinkedImage*>& image_cache() {
  static auto* cache = new std::unordered_map<std::string, LinkedImage*>();
  return *cache;
}

// Images compiled from source in this process (not cached: a file may change between includes).
std::vector<LinkedImage*>& source_images() {
  static auto* images = new std::vector<LinkedImage*>();
  return *images;
}

// An image's identity in the cache: its path, size and header checksum (which covers every
// section's checksum).
std::string image_cache_key(const std::string& key, std::string_view bytes) {
  return key + '\0' + std::to_string(bytes.size()) + '\0' + std::to_string(image::content_digest(bytes));
}

LinkedImage* verify_and_link(const std::string& key, std::string cache_key, image::Image&& parsed) {
  auto img = std::make_shared<image::Image>(std::move(parsed));
  image::verify(*img);
  LinkedImage* linked = link_image(std::move(img), key);
  image_cache().emplace(std::move(cache_key), linked);
  return linked;
}
}  // namespace

LinkedImage* load_image_bytes(const std::string& key, std::string_view bytes) {
  std::string cache_key = image_cache_key(key, bytes);
  auto it = image_cache().find(cache_key);
  if (it != image_cache().end()) return it->second;
  return verify_and_link(key, std::move(cache_key), image::parse_deferred(bytes));
}

LinkedImage* load_image_bytes(const std::string& key, image::FileBytes&& bytes) {
  std::string cache_key = image_cache_key(key, bytes.view());
  auto it = image_cache().find(cache_key);
  if (it != image_cache().end()) return it->second;
  return verify_and_link(key, std::move(cache_key), image::parse_deferred(std::move(bytes)));
}

void keep_source_image(LinkedImage* linked) { source_images().push_back(linked); }

void release_linked_images() {
  for (auto& [key, linked] : image_cache()) unlink_image(linked);
  image_cache().clear();
  for (LinkedImage* linked : source_images()) unlink_image(linked);
  source_images().clear();
}

bool looks_like_image(const char* data, size_t size) { return size >= 6 && memcmp(data, "<?phpo", 6) == 0; }

}  // namespace phpovm
