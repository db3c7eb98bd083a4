// Parses the v1 byte layout back into an Image, checking everything it reads: header, versions,
// checksums, and the bounds of every count, offset and string reference.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "loader/byte_io.h"
#include "loader/checksum.h"
#include "loader/image.h"
#include "loader/image_layout.h"
#include "loader/signature.h"
#include "vm/isa.h"

extern "C" {
#include "php_version.h"
#include "zend_compile.h"
}

namespace phpovm::image {
namespace {

constexpr int kMaxAstDepth = 256;

struct Reader {
  const Image& img;

  uint32_t string_ref(ByteReader& r, bool optional) {
    uint32_t s = r.u32();
    if (s == kNone && optional) return s;
    if (s >= img.strings.size()) r.fail("string index out of range");
    return s;
  }

  Literal literal(ByteReader& r, int depth) {
    Literal lit;
    literal(r, lit, depth);
    return lit;
  }

  // Read into `lit` (a fresh Literal) in place: no temporary to move from and destroy.
  void literal(ByteReader& r, Literal& lit, int depth) {
    if (depth > kMaxAstDepth) r.fail("literal nested too deeply");
    uint8_t t = r.u8();
    lit.extra_value = (t & kLiteralExtraValue) != 0;
    t &= static_cast<uint8_t>(~kLiteralExtraValue);
    if (t > Literal::Undef) r.fail("unknown literal type");
    lit.type = static_cast<Literal::Type>(t);
    switch (lit.type) {
      case Literal::Long: lit.lval = static_cast<int64_t>(r.u64()); break;
      case Literal::Double: lit.dval = r.f64(); break;
      case Literal::String: lit.str = string_ref(r, false); break;
      case Literal::Array: {
        uint32_t n = r.count(2);
        lit.elements.resize(n);
        for (auto& e : lit.elements) {
          uint8_t key = r.u8();
          if (key > 1) r.fail("bad array key kind");
          e.string_key = key == 1;
          if (e.string_key) e.str_key = string_ref(r, false); else e.int_key = static_cast<int64_t>(r.u64());
          literal(r, e.value, depth + 1);
        }
        break;
      }
      case Literal::Ast:
        lit.ast = ast(r, depth + 1);
        if (!lit.ast) r.fail("empty constant expression");
        lit.cache_slot = r.u32();
        break;
      default: break;
    }
  }

  // Read into `t` in place: no temporary to move from and destroy (loading is on the cold-start
  // path).
  void type(ByteReader& r, Type& t, int depth = 0) {
    if (depth > 2) r.fail("type nested too deeply");
    t.mask = r.u32();
    t.name = string_ref(r, true);
    uint32_t n = r.count(12);
    t.members.resize(n);
    for (auto& m : t.members) type(r, m, depth + 1);
    // What the linker relies on: a name exactly when the mask says so, a list only when it does.
    bool has_name = t.mask & _ZEND_TYPE_NAME_BIT, has_list = t.mask & _ZEND_TYPE_LIST_BIT;
    if (has_name == (t.name == kNone) || has_list != (n != 0) || (has_list && has_name))
      r.fail("malformed type");
  }

  void attributes(ByteReader& r, Vec<Attribute>& out) {
    out.resize(r.count(20));
    for (auto& a : out) {
      a.name = string_ref(r, false);
      a.flags = r.u32(); a.offset = r.u32(); a.line = r.u32();
      a.args.resize(r.count(5));
      for (auto& arg : a.args) {
        arg.name = string_ref(r, true);
        arg.value = literal(r, 0);
      }
    }
  }

  Vec<uint32_t> names(ByteReader& r) {
    Vec<uint32_t> out(r.count(4));
    for (auto& n : out) n = string_ref(r, false);
    return out;
  }

  TraitMethodRef method_ref(ByteReader& r) {
    TraitMethodRef m;
    m.method = string_ref(r, false);
    m.trait = string_ref(r, true);
    return m;
  }

  std::shared_ptr<Literal::AstNode> ast(ByteReader& r, int depth) {
    if (depth > kMaxAstDepth) r.fail("constant expression nested too deeply");
    uint16_t kind = r.u16();
    if (kind == 0xFFFF) return nullptr;
    auto node = std::make_shared<Literal::AstNode>();
    node->kind = kind;
    node->attr = r.u16();
    uint8_t list = r.u8();
    if (list > 1) r.fail("bad constant expression node");
    node->is_list = list == 1;
    node->lineno = r.u32();
    if (kind == 64 || kind == 65) {
      node->value = literal(r, depth + 1);
      if (kind == 65 && node->value.type != Literal::String) r.fail("constant name is not a string");
      return node;
    }
    uint32_t n = r.count(2);
    for (uint32_t i = 0; i < n; i++) node->children.push_back(ast(r, depth + 1));
    return node;
  }
};

// The strings stay in the image's copy of the bytes.
void read_strings(Image& img, ByteReader r) {
  uint32_t n = r.count(8);
  const char* table = r.bytes(size_t(n) * 8);
  size_t avail = r.remaining();
  const char* data = r.bytes(avail);
  img.strings.resize(n);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t off, len;
    std::memcpy(&off, table + 8 * size_t(i), 4);
    std::memcpy(&len, table + 8 * size_t(i) + 4, 4);
    if (off > avail || len > avail - off) r.fail("string outside its section");
    img.strings[i] = std::string_view(data + off, len);
  }
}

// The literal table: u32 n, then n u32 offsets from the start of the section.
uint32_t literal_table_size(ByteReader r) { return r.count(4); }

// A function's record, except its body: the literals and instructions stay in the bytes
// (code_offset and the literal range say where) until read_body().
void read_functions(Image& img, ByteReader r, uint32_t n_literals) {
  Reader rd{img};
  uint32_t n = r.count(4);
  ByteReader table = r;  // the records' offsets
  r.bytes(size_t(n) * 4);
  // The literal ranges must partition [0, n_literals). phpovm's writer lays them out in function
  // order, which one counter checks; other orders are checked literal by literal, below.
  uint32_t in_order_end = 0;
  bool in_order = true;
  img.functions.resize(n);
  for (uint32_t i = 0; i < n; i++) {
    r.seek(table.u32());
    Function& f = img.functions[i];
    f.name = rd.string_ref(r, true);
    f.filename = rd.string_ref(r, false);
    f.doc_comment = rd.string_ref(r, true);
    f.line_start = r.u32(); f.line_end = r.u32(); f.fn_flags = r.u32();
    f.num_args = r.u32(); f.required_num_args = r.u32(); f.T = r.u32(); f.cache_size = r.u32();
    uint32_t lit_first = r.u32(), lit_count = r.u32();
    f.static_vars = r.u32();
    if (lit_first > n_literals || lit_count > n_literals - lit_first) r.fail("literal range out of bounds");
    if (lit_count) {
      if (lit_first != in_order_end) in_order = false;
      in_order_end = lit_first + lit_count;
    }
    f.literal_first = lit_first;
    f.literal_count = lit_count;
    uint8_t ret = r.u8();
    if (ret > 1) r.fail("bad return-info flag");
    f.has_return_info = ret == 1;
    f.vars.resize(r.count(4));
    for (auto& v : f.vars) v = rd.string_ref(r, false);
    uint32_t na = r.count(16);
    f.arg_info.resize(na);
    for (auto& a : f.arg_info) {
      a.name = rd.string_ref(r, true);
      rd.type(r, a.type);
      a.default_value = rd.string_ref(r, true);
    }
    f.code_count = r.count(kInsnSize);
    f.code_offset = static_cast<uint32_t>(r.pos());
    r.bytes(size_t(f.code_count) * kInsnSize);  // fixed-size records, bounds-checked at once
    f.body_loaded = false;
    uint32_t nt = r.count(16);
    f.try_catch.resize(nt);
    for (auto& t : f.try_catch) {
      t.try_op = r.u32();
      t.catch_op = r.u32();
      t.finally_op = r.u32();
      t.finally_end = r.u32();
    }
    uint32_t nl = r.count(12);
    f.live_ranges.resize(nl);
    for (auto& l : f.live_ranges) { l.var = r.u32(); l.start = r.u32(); l.end = r.u32(); }
    f.dynamic_functions.resize(r.count(4));
    for (auto& d : f.dynamic_functions) d = r.u32();
    rd.attributes(r, f.attributes);
  }
  if (in_order && in_order_end == n_literals) return;
  std::vector<bool> literal_used(n_literals, false);
  for (const Function& f : img.functions)
    for (uint32_t k = f.literal_first; k < f.literal_first + f.literal_count; k++) {
      if (literal_used[k]) r.fail("literal shared by two functions");
      literal_used[k] = true;
    }
  for (bool used : literal_used)
    if (!used) r.fail("literal belongs to no function");
}

// Literals [first, first + count) of the literals section.
void read_literals(const Image& img, ByteReader section, uint32_t first, uint32_t count, Vec<Literal>& literals) {
  Reader rd{img};
  literals.clear();
  literals.resize(count);
  ByteReader table = section;  // the literals' offsets
  table.seek(4 + 4 * size_t(first));
  for (auto& lit : literals) {
    section.seek(table.u32());
    rd.literal(section, lit, 0);
  }
}

// `count` instructions from offset `at` of the functions section.
void read_insns(ByteReader functions, uint32_t at, uint32_t count, Vec<Insn>& code) {
  functions.seek(at);
  const char* p = functions.bytes(size_t(count) * kInsnSize);
  code.resize(count);
  for (auto& in : code) {
    std::memcpy(&in.op, p, 2);
    in.op1.kind = static_cast<uint8_t>(p[2]);
    in.op2.kind = static_cast<uint8_t>(p[3]);
    in.result.kind = static_cast<uint8_t>(p[4]);
    in.types = static_cast<uint8_t>(p[5]);
    std::memcpy(&in.op1.value, p + 8, 4);
    std::memcpy(&in.op2.value, p + 12, 4);
    std::memcpy(&in.result.value, p + 16, 4);
    std::memcpy(&in.ext, p + 20, 4);
    std::memcpy(&in.line, p + 24, 4);
    p += kInsnSize;
  }
}

// A function's literals and instructions, from the literals and functions sections, into
// `literals` and `code` (whose allocator is the default resource the caller set).
void read_body(const Image& img, const Function& f, ByteReader literals_section, ByteReader functions,
               Vec<Literal>& literals, Vec<Insn>& code) {
  read_literals(img, literals_section, f.literal_first, f.literal_count, literals);
  read_insns(functions, f.code_offset, f.code_count, code);
}

// Makes `arena` the default memory resource while it lives: the containers parse() and
// load_body() create come from the image's arena.
struct ArenaScope {
  std::pmr::memory_resource* old;
  explicit ArenaScope(std::pmr::memory_resource* arena) : old(std::pmr::set_default_resource(arena)) {}
  ~ArenaScope() { std::pmr::set_default_resource(old); }
};

void read_classes(Image& img, ByteReader r) {
  Reader rd{img};
  img.classes.resize(r.count(40));
  for (auto& c : img.classes) {
    c.name = rd.string_ref(r, false);
    c.key = rd.string_ref(r, false);
    c.parent = rd.string_ref(r, true);
    uint8_t binding = r.u8();
    if (binding > static_cast<uint8_t>(Binding::Runtime)) r.fail("unknown class binding");
    c.binding = static_cast<Binding>(binding);
    c.declared_at = r.u32();
    c.flags = r.u32();
    c.filename = rd.string_ref(r, false);
    c.line_start = r.u32(); c.line_end = r.u32();
    c.doc_comment = rd.string_ref(r, true);
    c.enum_backing_type = r.u32();
    c.interfaces = rd.names(r);
    c.traits = rd.names(r);
    c.trait_aliases.resize(r.count(16));
    for (auto& a : c.trait_aliases) {
      a.method = rd.method_ref(r);
      a.alias = rd.string_ref(r, true);
      a.modifiers = r.u32();
    }
    c.trait_precedences.resize(r.count(12));
    for (auto& p : c.trait_precedences) {
      p.method = rd.method_ref(r);
      p.excludes = rd.names(r);
    }
    c.constants.resize(r.count(17));
    for (auto& k : c.constants) {
      k.name = rd.string_ref(r, false);
      k.flags = r.u32();
      k.doc_comment = rd.string_ref(r, true);
      k.value = rd.literal(r, 0);
      rd.attributes(r, k.attributes);
    }
    c.properties.resize(r.count(25));
    for (auto& p : c.properties) {
      p.name = rd.string_ref(r, false);
      p.flags = r.u32();
      p.doc_comment = rd.string_ref(r, true);
      p.default_value = rd.literal(r, 0);
      rd.type(r, p.type);
      rd.attributes(r, p.attributes);
    }
    c.methods.resize(r.count(8));
    for (auto& m : c.methods) {
      m.name = rd.string_ref(r, false);
      m.function = r.u32();
    }
    rd.attributes(r, c.attributes);
  }
  if (r.remaining()) r.fail("trailing bytes");
}

void read_script(Image& img, ByteReader r) {
  Reader rd{img};
  img.main_function = r.u32();
  img.source_path = rd.string_ref(r, false);
  uint32_t n = r.count(4);
  for (uint32_t i = 0; i < n; i++) img.declared_functions.push_back(r.u32());
  if (r.remaining()) r.fail("trailing bytes");
}

}  // namespace

size_t launcher_line_length(std::string_view bytes) {
  constexpr size_t kLongest = 4096;  // far above what the kernel reads of a "#!" line
  if (bytes.size() < 2 || bytes[0] != '#' || bytes[1] != '!') return 0;
  size_t end = bytes.substr(0, kLongest).find('\n');
  if (end == std::string_view::npos) return 0;
  std::string_view rest = bytes.substr(end + 1);
  return rest.size() >= 6 && std::memcmp(rest.data(), kPrefix, 6) == 0 ? end + 1 : 0;
}

bool starts_like_image(std::string_view bytes) {
  bytes.remove_prefix(launcher_line_length(bytes));
  return bytes.size() >= 6 && std::memcmp(bytes.data(), kPrefix, 6) == 0;
}

uint32_t content_digest(std::string_view bytes) {
  bytes.remove_prefix(launcher_line_length(bytes));
  uint32_t crc = 0;
  if (bytes.size() >= 40) std::memcpy(&crc, bytes.data() + 36, 4);
  return crc;
}

struct Image::Bytes {
  FileBytes data;
  size_t literals_at = 0, literals_size = 0, functions_at = 0, functions_size = 0;
  uint32_t digest = 0;  // the header's checksum when the bytes were checked
  ByteReader literals() const { return ByteReader(data.data.get() + literals_at, literals_size, "literals"); }
  ByteReader functions() const { return ByteReader(data.data.get() + functions_at, functions_size, "functions"); }
};

namespace {
// `input` becomes the image's own copy of its bytes, which its strings (and deferred bodies)
// are read from.
Image parse_image(FileBytes&& input, bool defer_bodies) {
  auto owned = std::make_shared<Image::Bytes>();
  owned->data = std::move(input);
  std::string_view bytes = owned->data.view();
  bytes.remove_prefix(launcher_line_length(bytes));  // offsets count from "<?phpo"
  const char* base = owned->data.data.get();
  if (bytes.size() < 6 || std::memcmp(bytes.data(), kPrefix, 6) != 0)
    throw ImageError("not a phpovm image (no <?phpo prefix)");
  if (bytes.size() < kHeaderSize) throw ImageError("truncated header");
  int version_id = 0;
  for (int i = 6; i < 11; i++) {
    char c = bytes[i];
    if (c < '0' || c > '9') throw ImageError("bad PHP version in prefix");
    version_id = version_id * 10 + (c - '0');
  }
  if (bytes[11] != '\n' || std::memcmp(bytes.data() + 12, kMagic, 8) != 0) throw ImageError("bad magic");
  ByteReader h(bytes.data(), bytes.size(), "header");
  h.seek(20);
  uint32_t format = h.u32();
  uint8_t major = h.u8(), minor = h.u8(), zts = h.u8(), ptr = h.u8(), little = h.u8();
  if (version_id / 10000 != PHP_MAJOR_VERSION || (version_id / 100) % 100 != PHP_MINOR_VERSION ||
      major != PHP_MAJOR_VERSION || minor != PHP_MINOR_VERSION) {
    throw VersionError("was compiled for PHP " + std::to_string(version_id / 10000) + "." +
                       std::to_string((version_id / 100) % 100) + ", this is PHP " + std::to_string(PHP_MAJOR_VERSION) +
                       "." + std::to_string(PHP_MINOR_VERSION));
  }
  if (format != kFormatVersion)
    throw VersionError("has image format version " + std::to_string(format) + ", this phpovm reads version " +
                       std::to_string(kFormatVersion));
  if (zts != 0 || ptr != 8 || little != 1)
    throw ImageError("built for another ABI (thread safety, pointer size or byte order)");
  h.seek(32);
  uint32_t nsec = h.u32();
  uint32_t header_crc = h.u32();
  uint64_t file_size = h.u64();
  if (nsec != kSectionCount) throw ImageError("unexpected section count");
  size_t table_end = kHeaderSize + size_t(nsec) * kSectionEntrySize;
  if (bytes.size() < table_end) throw ImageError("truncated section table");
  signature::Signed parts;
  if (!signature::split(bytes, file_size, parts))
    throw ImageError(bytes.size() < file_size ? "truncated" : "trailing bytes after the last section");
  bytes = parts.content;  // a signature block after it is checked by whoever requires one
  std::string head(bytes.data(), table_end);
  std::memset(&head[36], 0, 4);
  if (crc32c(head.data(), head.size()) != header_crc) throw ImageError("header checksum mismatch");

  struct Span { const char* p; size_t n; };
  Span spans[kSectionCount + 1] = {};
  uint64_t expect_offset = table_end;
  for (uint32_t i = 0; i < nsec; i++) {
    uint32_t id = h.u32(), crc = h.u32();
    uint64_t off = h.u64(), size = h.u64();
    if (id != i + 1) throw ImageError("sections out of order");
    if (off != expect_offset || off > bytes.size() || size > bytes.size() - off)
      throw ImageError("section outside the file");
    expect_offset = off + size;
    if (crc32c(bytes.data() + off, size) != crc) throw ImageError("checksum mismatch in section " + std::to_string(id));
    spans[id] = {bytes.data() + off, static_cast<size_t>(size)};
  }

  // The image's containers come from one arena, sized for about the in-memory form of what is
  // read now.
  auto arena =
      std::make_shared<std::pmr::monotonic_buffer_resource>(defer_bodies ? bytes.size() / 2 : bytes.size() * 2);
  ArenaScope scope(arena.get());
  Image img;
  img.arena = std::move(arena);
  ByteReader literals(spans[kLiterals].p, spans[kLiterals].n, "literals");
  ByteReader functions(spans[kFunctions].p, spans[kFunctions].n, "functions");
  read_strings(img, ByteReader(spans[kStrings].p, spans[kStrings].n, "strings"));
  read_functions(img, functions, literal_table_size(literals));
  read_classes(img, ByteReader(spans[kClasses].p, spans[kClasses].n, "classes"));
  read_script(img, ByteReader(spans[kScript].p, spans[kScript].n, "script"));
  owned->literals_at = static_cast<size_t>(spans[kLiterals].p - base);
  owned->literals_size = spans[kLiterals].n;
  owned->functions_at = static_cast<size_t>(spans[kFunctions].p - base);
  owned->functions_size = spans[kFunctions].n;
  owned->digest = header_crc;
  img.bytes = std::move(owned);
  check_intact(img);
  // Checking every section read the whole file; the bodies are read again when called, most of
  // them never: a mapped file's pages go back to the page cache (peak RSS).
  if (defer_bodies) img.bytes->data.release_pages();
  if (!defer_bodies)
    for (auto& f : img.functions) {
      read_body(img, f, literals, functions, f.literals, f.code);
      f.body_loaded = true;
    }
  return img;
}

FileBytes copy_of(std::string_view bytes) {
  FileBytes copy = FileBytes::allocate(bytes.size());
  std::memcpy(copy.data.get(), bytes.data(), bytes.size());
  return copy;
}
}  // namespace

Image parse(std::string_view bytes) { return parse_image(copy_of(bytes), false); }
Image parse_deferred(std::string_view bytes) { return parse_image(copy_of(bytes), true); }
Image parse_deferred(FileBytes&& bytes) { return parse_image(std::move(bytes), true); }

// A mapped file can change under the image (FileBytes): truncated (its pages are then zeros) or
// rewritten in place. A rewrite that changes anything changes the header's checksum, which covers
// every section's; writers that truncate and write from the start (cp, file_put_contents) write
// the header first, so a body read before the new header is there was read from the old file.
void check_intact(const Image& img) {
  if (img.bytes && (!img.bytes->data.intact() || content_digest(img.bytes->data.view()) != img.bytes->digest))
    throw ImageError("the file changed on disk while in use");
}

void read_body(const Image& img, uint32_t function, Body& body) {
  const Function& f = img.functions.at(function);
  if (f.body_loaded || !img.bytes) throw ImageError("function " + std::to_string(function) + " has no code to read");
  // The literals' own containers (arrays, constant expressions) come from the body's resource.
  ArenaScope scope(body.code.get_allocator().resource());
  try {
    read_body(img, f, img.bytes->literals(), img.bytes->functions(), body.literals, body.code);
    check_intact(img);
    verify_body(img, function, body);
  } catch (...) {
    body.literals.clear();
    body.code.clear();
    throw;
  }
}

void read_entry(const Image& img, uint32_t function, uint32_t count, Body& body) {
  const Function& f = img.functions.at(function);
  if (f.body_loaded || !img.bytes) throw ImageError("function " + std::to_string(function) + " has no code to read");
  ArenaScope scope(body.code.get_allocator().resource());
  read_insns(img.bytes->functions(), f.code_offset, std::min(count, f.code_count), body.code);
  uint32_t named = 0;  // one past the last literal a constant operand names
  for (const Insn& in : body.code)
    for (const Operand* o : {&in.op1, &in.op2, &in.result})
      if (o->kind == K_CONST && o->value < f.literal_count) named = std::max(named, o->value + 1);
  read_literals(img, img.bytes->literals(), f.literal_first, named, body.literals);
  check_intact(img);
}

void load_body(Image& img, uint32_t function) {
  Function& f = img.functions.at(function);
  if (f.body_loaded) return;
  Body body(img.arena ? img.arena.get() : std::pmr::get_default_resource());
  read_body(img, function, body);
  f.literals = std::move(body.literals);  // the same allocator: the containers move as they are
  f.code = std::move(body.code);
  f.body_loaded = true;
}

}  // namespace phpovm::image
