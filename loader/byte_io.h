// Little-endian byte writer and a bounds-checked reader for the image format.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>

#include "loader/image.h"

namespace phpovm::image {

class ByteWriter {
 public:
  std::string out;
  void u8(uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { raw(&v, 2); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f64(double v) { raw(&v, 8); }
  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  size_t size() const { return out.size(); }
  void patch_u32(size_t at, uint32_t v) { std::memcpy(&out[at], &v, 4); }
  void patch_u64(size_t at, uint64_t v) { std::memcpy(&out[at], &v, 8); }
};

// Its reads are forced inline: GCC otherwise keeps get() out of line, a call per field of every
// record (loading is on the cold-start path).
#define PHPOVM_READ [[gnu::always_inline]] inline
class ByteReader {
 public:
  ByteReader(const char* data, size_t size, const char* what) : p_(data), size_(size), what_(what) {}
  PHPOVM_READ uint8_t u8() { uint8_t v; get(&v, 1); return v; }
  PHPOVM_READ uint16_t u16() { uint16_t v; get(&v, 2); return v; }
  PHPOVM_READ uint32_t u32() { uint32_t v; get(&v, 4); return v; }
  PHPOVM_READ uint64_t u64() { uint64_t v; get(&v, 8); return v; }
  PHPOVM_READ double f64() { double v; get(&v, 8); return v; }
  PHPOVM_READ const char* bytes(size_t n) { need(n); const char* r = p_ + pos_; pos_ += n; return r; }
  size_t pos() const { return pos_; }
  size_t remaining() const { return size_ - pos_; }
  PHPOVM_READ void seek(size_t at) {
    if (at > size_) [[unlikely]] fail_at("offset out of bounds");
    pos_ = at;
  }
  // A count of items of at least min_item_size bytes each, checked against the bytes left.
  PHPOVM_READ uint32_t count(size_t min_item_size) {
    uint32_t n = u32();
    if (min_item_size && n > remaining() / min_item_size) fail_at("count exceeds section size");
    return n;
  }
  [[noreturn]] void fail(const std::string& why) const { throw ImageError(std::string(what_) + " section: " + why); }

 private:
  // The failures of the reads every record makes, out of line: the reads stay small enough to
  // be inlined (reading is on the cold-start path).
  [[noreturn, gnu::cold, gnu::noinline]] void fail_at(const char* why) const { fail(why); }
  PHPOVM_READ void need(size_t n) {
    if (n > size_ - pos_) [[unlikely]] fail_at("truncated");
  }
  PHPOVM_READ void get(void* v, size_t n) { need(n); std::memcpy(v, p_ + pos_, n); pos_ += n; }
  const char* p_;
  size_t size_;
  size_t pos_ = 0;
  const char* what_;
};

#undef PHPOVM_READ

}  // namespace phpovm::image
