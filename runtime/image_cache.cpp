#include "runtime/image_cache.h"

#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "loader/linker.h"
#include "vm/zend_headers.h"

extern "C" {
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
}

namespace phpovm {
namespace {

// Images already linked in this process, by their bytes' identity (path and content).
// Never destroyed: an Engine with static storage may release them at exit, after other statics.
std::unordered_map<std::string, LinkedImage*>& image_cache() {
  static auto* cache = new std::unordered_map<std::string, LinkedImage*>();
  return *cache;
}

// Images compiled from source in this process; those that may be reused, by source_image_key().
std::vector<LinkedImage*>& source_images() {
  static auto* images = new std::vector<LinkedImage*>();
  return *images;
}
std::unordered_map<std::string, LinkedImage*>& reusable_source_images() {
  static auto* images = new std::unordered_map<std::string, LinkedImage*>();
  return *images;
}

// An image's identity in the cache: its path, size and header checksum (which covers every
// section's checksum).
std::string image_cache_key(const std::string& key, std::string_view bytes) {
  return key + '\0' + std::to_string(bytes.size()) + '\0' + std::to_string(image::content_digest(bytes));
}

LinkedImage* verify_and_link(const std::string& key, std::string cache_key, image::Image&& parsed,
                             const Placement* placement) {
  auto img = std::make_shared<image::Image>(std::move(parsed));
  image::verify(*img);
  LinkedImage* linked = link_image(std::move(img), key, placement);
  image_cache().emplace(std::move(cache_key), linked);
  return linked;
}
}  // namespace

LinkedImage* load_image_bytes(const std::string& key, std::string_view bytes, const Placement* placement) {
  std::string cache_key = image_cache_key(key, bytes);
  auto it = image_cache().find(cache_key);
  if (it != image_cache().end()) return it->second;
  return verify_and_link(key, std::move(cache_key), image::parse_deferred(bytes), placement);
}

LinkedImage* load_image_bytes(const std::string& key, image::FileBytes&& bytes, const Placement* placement) {
  std::string cache_key = image_cache_key(key, bytes.view());
  auto it = image_cache().find(cache_key);
  if (it != image_cache().end()) return it->second;
  return verify_and_link(key, std::move(cache_key), image::parse_deferred(std::move(bytes)), placement);
}

void reuse_source_image_as(const std::string& key, LinkedImage* linked) {
  reusable_source_images().emplace(key, linked);
}

std::string compile_settings_key() {
  // What the scanner reads (open tags, encodings), what constant folding formats floats with, and
  // whether assertions are compiled at all.
  static constexpr const char* kSettings[] = {"short_open_tag", "zend.multibyte", "zend.script_encoding",
                                              "zend.detect_unicode", "precision", "serialize_precision",
                                              "zend.assertions"};
  std::string key;
  for (const char* name : kSettings) {
    const char* value = zend_ini_string_ex(const_cast<char*>(name), strlen(name), 0, nullptr);
    key += value ? value : "";
    key += '\0';
  }
  return key;
}

std::string source_image_key(std::string_view name, std::string_view source) {
  // The source by its SHA-256 (the key of an eval()'d string or a file stays small).
  PHP_SHA256_CTX context;
  PHP_SHA256Init(&context);
  PHP_SHA256Update(&context, reinterpret_cast<const unsigned char*>(source.data()), source.size());
  unsigned char digest[32];
  PHP_SHA256Final(digest, &context);
  std::string key = compile_settings_key();
  key.append(name);
  key += '\0';
  key.append(reinterpret_cast<const char*>(digest), sizeof digest);
  return key;
}

LinkedImage* find_source_image(const std::string& key) {
  auto it = reusable_source_images().find(key);
  return it == reusable_source_images().end() ? nullptr : it->second;
}

void keep_source_image(LinkedImage* linked, std::string key) {
  source_images().push_back(linked);
  if (!key.empty()) reusable_source_images().emplace(std::move(key), linked);
}

void release_linked_images() {
  for (auto& [key, linked] : image_cache()) unlink_image(linked);
  image_cache().clear();
  for (LinkedImage* linked : source_images()) unlink_image(linked);
  source_images().clear();
  reusable_source_images().clear();
}

bool looks_like_image(const char* data, size_t size) { return image::starts_like_image({data, size}); }

}  // namespace phpovm
