// A bundle: one file holding an application's trees, PHP compiled to images and every other
// file stored as it is, with a table of the paths they had (spec/phpo-format.md, "Bundles").
// This is the format alone; stdlib_bridge/bundle_stream.h serves a bundle's files to PHP code.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace phpovm::bundle {

enum class Kind : uint8_t { Directory = 1, File = 2, Image = 3, Symlink = 4 };

struct Entry {
  std::string_view path;  // absolute, as it was when bundled ("/app/src/A.php")
  Kind kind;
  uint32_t mode;          // permission bits
  uint64_t offset, size;  // of the content, from the bundle's first byte; a link's is its target
  uint32_t crc;           // CRC-32C of the content
};

// Whether bytes (after a "#!" line, as an image's) start like a bundle.
bool starts_like_bundle(std::string_view bytes);

class Reader {
 public:
  // Checks a bundle's header and table; the bytes (a mapped file) must outlive the reader.
  // Throws image::ImageError, or image::VersionError for another PHP or format version.
  explicit Reader(std::string_view bytes);
  const std::vector<Entry>& entries() const { return entries_; }
  // The absolute directories it was made of (the entry's and each one named when bundling).
  const std::vector<std::string_view>& roots() const { return roots_; }
  const Entry& entry_script() const { return entries_[entry_script_]; }
  // The entry at a normalised absolute path, or null.
  const Entry* find(std::string_view path) const;
  // The entries directly inside a directory, in name order.
  std::vector<const Entry*> children(std::string_view dir) const;
  // A file's, image's or link's content, its checksum checked the first time (ImageError).
  std::string_view content(const Entry& e) const;
  // The bytes the bundle's offsets count from (after its "#!" line, if any).
  std::string_view bytes() const { return bytes_; }

 private:
  std::string_view bytes_;
  std::vector<Entry> entries_;
  std::vector<std::string_view> roots_;
  uint32_t entry_script_ = 0;
  mutable std::vector<bool> checked_;
};

class Writer {
 public:
  void add_root(std::string path);
  void add_directory(std::string path, uint32_t mode);
  void add(std::string path, Kind kind, uint32_t mode, std::string content);
  void set_entry_script(std::string path) { entry_script_ = std::move(path); }
  bool has(const std::string& path) const;
  // The bundle's bytes: directories for every ancestor of what was added, entries in path order.
  // Throws std::invalid_argument when the entry script is not among the files.
  std::string finish();

 private:
  struct Item {
    Kind kind;
    uint32_t mode;
    std::string content;
  };
  std::vector<std::string> roots_;
  std::map<std::string, Item> items_;  // by path: the table's order
  std::string entry_script_;
};

// Whether a path is absolute and normal: no empty, "." or ".." part, no "/" at its end.
bool is_normal_path(std::string_view path);

}  // namespace phpovm::bundle
