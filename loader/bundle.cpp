#include "loader/bundle.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <unordered_set>

#include "loader/byte_io.h"
#include "loader/checksum.h"
#include "loader/image_layout.h"
#include "loader/signature.h"
#include "vm/zend_headers.h"

namespace phpovm::bundle {
namespace {

constexpr char kMagic[8] = {'P', 'H', 'P', 'O', 'V', 'M', 'B', 0};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderSize = 56;
constexpr size_t kCrcAt = 32;

std::string_view parent_of(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == 0 ? std::string_view("/") : path.substr(0, slash);
}

}  // namespace

bool is_normal_path(std::string_view path) {
  if (path.size() < 2 || path[0] != '/' || path.back() == '/') return false;
  size_t at = 1;
  while (at <= path.size()) {
    size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(at, end - at);
    if (part.empty() || part == "." || part == ".." || part.find('\0') != std::string_view::npos) return false;
    at = end + 1;
  }
  return true;
}

bool starts_like_bundle(std::string_view bytes) {
  bytes.remove_prefix(image::launcher_line_length(bytes));
  return bytes.size() >= 20 && bytes.substr(0, 6) == image::kPrefix && bytes[11] == '\n' &&
         std::memcmp(bytes.data() + 12, kMagic, 8) == 0;
}

Reader::Reader(std::string_view bytes) {
  bytes.remove_prefix(image::launcher_line_length(bytes));
  if (!starts_like_bundle(bytes)) throw image::ImageError("not a phpovm bundle");
  if (bytes.size() < kHeaderSize) throw image::ImageError("truncated header");
  int version_id = 0;
  for (int i = 6; i < 11; i++) {
    if (bytes[i] < '0' || bytes[i] > '9') throw image::ImageError("bad PHP version in prefix");
    version_id = version_id * 10 + (bytes[i] - '0');
  }
  if (version_id / 10000 != PHP_MAJOR_VERSION || (version_id / 100) % 100 != PHP_MINOR_VERSION)
    throw image::VersionError("was bundled for PHP " + std::to_string(version_id / 10000) + "." +
                              std::to_string((version_id / 100) % 100) + ", this is PHP " +
                              std::to_string(PHP_MAJOR_VERSION) + "." + std::to_string(PHP_MINOR_VERSION));
  image::ByteReader h(bytes.data(), bytes.size(), "header");
  h.seek(20);
  uint32_t version = h.u32();
  if (version != kVersion)
    throw image::VersionError("has bundle format version " + std::to_string(version) +
                              ", this phpovm reads version " + std::to_string(kVersion));
  uint32_t n = h.u32();
  entry_script_ = h.u32();
  uint32_t crc = h.u32();
  uint32_t nroots = h.u32();
  uint64_t table_size = h.u64();
  uint64_t total = h.u64();
  signature::Signed parts;
  if (!signature::split(bytes, total, parts)) throw image::ImageError(bytes.size() < total ? "truncated" : "trailing bytes");
  bytes = parts.content;  // a signature block after it is checked by whoever requires one
  if (table_size > total - kHeaderSize) throw image::ImageError("table outside the file");
  std::string head(bytes.data(), kHeaderSize);
  std::memset(&head[kCrcAt], 0, 4);
  uint32_t actual = crc32c(head.data(), head.size());
  actual = crc32c(bytes.data() + kHeaderSize, table_size, actual);
  if (actual != crc) throw image::ImageError("header checksum mismatch");
  bytes_ = bytes;
  image::ByteReader t(bytes.data() + kHeaderSize, table_size, "table");
  if (nroots == 0 || nroots > table_size / 4) throw image::ImageError("bad root count");
  for (uint32_t i = 0; i < nroots; i++) {
    uint32_t len = t.u32();
    std::string_view root(t.bytes(len), len);
    if (!is_normal_path(root)) throw image::ImageError("bad root path");
    roots_.push_back(root);
  }
  if (n == 0 || n > table_size / 32) throw image::ImageError("bad entry count");
  entries_.reserve(n);
  const uint64_t content_start = kHeaderSize + table_size;
  for (uint32_t i = 0; i < n; i++) {
    Entry e;
    uint8_t kind = t.u8();
    t.bytes(3);
    e.mode = t.u32();
    e.offset = t.u64();
    e.size = t.u64();
    e.crc = t.u32();
    uint32_t len = t.u32();
    e.path = std::string_view(t.bytes(len), len);
    if (kind < 1 || kind > 4) throw image::ImageError("bad entry kind");
    e.kind = static_cast<Kind>(kind);
    if (!is_normal_path(e.path)) throw image::ImageError("bad entry path");
    if (!entries_.empty() && !(entries_.back().path < e.path)) throw image::ImageError("entries out of order");
    if (e.kind == Kind::Directory ? (e.offset != 0 || e.size != 0)
                                  : (e.offset < content_start || e.offset > total || e.size > total - e.offset))
      throw image::ImageError("entry content outside the file");
    entries_.push_back(e);
  }
  if (t.remaining()) throw image::ImageError("trailing bytes in the table");
  // A directory sorts before what it holds (its path is their prefix): one pass, with the
  // directories seen so far, checks that every entry's parent is one.
  std::unordered_set<std::string_view> directories;
  directories.reserve(n);
  for (const Entry& e : entries_) {
    std::string_view parent = parent_of(e.path);
    if (parent != "/" && !directories.count(parent)) throw image::ImageError("an entry outside any directory");
    if (e.kind == Kind::Directory) directories.insert(e.path);
  }
  if (entry_script_ >= n || (entries_[entry_script_].kind != Kind::Image && entries_[entry_script_].kind != Kind::File))
    throw image::ImageError("bad entry script");
  checked_.assign(n, false);
}

const Entry* Reader::find(std::string_view path) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), path,
                             [](const Entry& e, std::string_view p) { return e.path < p; });
  return it != entries_.end() && it->path == path ? &*it : nullptr;
}

std::vector<const Entry*> Reader::children(std::string_view dir) const {
  std::string prefix(dir == "/" ? "" : dir);
  prefix += '/';
  auto it = std::lower_bound(entries_.begin(), entries_.end(), std::string_view(prefix),
                             [](const Entry& e, std::string_view p) { return e.path < p; });
  std::vector<const Entry*> out;
  for (; it != entries_.end() && it->path.substr(0, prefix.size()) == prefix; ++it)
    if (it->path.find('/', prefix.size()) == std::string_view::npos) out.push_back(&*it);
  return out;
}

std::string_view Reader::content(const Entry& e) const {
  std::string_view bytes = bytes_.substr(e.offset, e.size);
  size_t index = static_cast<size_t>(&e - entries_.data());
  if (!checked_[index]) {
    if (crc32c(bytes.data(), bytes.size()) != e.crc)
      throw image::ImageError("checksum mismatch in " + std::string(e.path));
    checked_[index] = true;
  }
  return bytes;
}

void Writer::add_root(std::string path) { roots_.push_back(std::move(path)); }

void Writer::add_directory(std::string path, uint32_t mode) {
  items_.try_emplace(path, Item{Kind::Directory, mode, {}});
}

void Writer::add(std::string path, Kind kind, uint32_t mode, std::string content) {
  items_.insert_or_assign(std::move(path), Item{kind, mode, std::move(content)});
}

bool Writer::has(const std::string& path) const { return items_.count(path) != 0; }

std::string Writer::finish() {
  // Every ancestor is a directory of the bundle, so that a path climbing out of a root with ".."
  // and back in resolves (composer's `__DIR__ . '/../share/php'`).
  std::vector<std::string> ancestors;
  for (const auto& [path, item] : items_)
    for (std::string_view p = parent_of(path); p != "/"; p = parent_of(p)) ancestors.emplace_back(p);
  for (std::string& a : ancestors) items_.try_emplace(std::move(a), Item{Kind::Directory, 0755, {}});
  auto entry = items_.find(entry_script_);
  if (entry == items_.end() || (entry->second.kind != Kind::Image && entry->second.kind != Kind::File))
    throw std::invalid_argument(entry_script_ + ": the entry script is not among the bundled files");

  image::ByteWriter table;
  for (const std::string& r : roots_) {
    table.u32(static_cast<uint32_t>(r.size()));
    table.raw(r.data(), r.size());
  }
  size_t table_size = table.size();
  for (const auto& [path, item] : items_) table_size += 32 + path.size();
  uint64_t offset = kHeaderSize + table_size;
  uint32_t index = 0, entry_index = 0;
  for (const auto& [path, item] : items_) {
    const bool has_content = item.kind != Kind::Directory;
    if (path == entry_script_) entry_index = index;
    table.u8(static_cast<uint8_t>(item.kind));
    table.u8(0);
    table.u8(0);
    table.u8(0);
    table.u32(item.mode);
    table.u64(has_content ? offset : 0);
    table.u64(has_content ? item.content.size() : 0);
    table.u32(has_content ? crc32c(item.content.data(), item.content.size()) : 0);
    table.u32(static_cast<uint32_t>(path.size()));
    table.raw(path.data(), path.size());
    if (has_content) offset += item.content.size();
    index++;
  }
  image::ByteWriter w;
  w.raw(image::kPrefix, 6);
  char digits[8];
  snprintf(digits, sizeof digits, "%05d", PHP_VERSION_ID);
  w.raw(digits, 5);
  w.u8('\n');
  w.raw(kMagic, 8);
  w.u32(kVersion);
  w.u32(static_cast<uint32_t>(items_.size()));
  w.u32(entry_index);
  w.u32(0);  // checksum, below
  w.u32(static_cast<uint32_t>(roots_.size()));
  w.u64(table.size());
  w.u64(offset);
  w.raw(table.out.data(), table.size());
  uint32_t crc = crc32c(w.out.data(), w.size());
  w.patch_u32(kCrcAt, crc);
  for (const auto& [path, item] : items_)
    if (item.kind != Kind::Directory) w.raw(item.content.data(), item.content.size());
  return std::move(w.out);
}

}  // namespace phpovm::bundle
