// Serialises an Image into the v1 byte layout. Deterministic: the bytes depend only on the Image.
#include <deque>
#include <map>
#include <unordered_map>

#include "loader/byte_io.h"
#include "loader/checksum.h"
#include "loader/image.h"
#include "loader/image_layout.h"

extern "C" {
#include "php_version.h"
}

namespace phpovm::image {

struct Image::StringIndex {
  std::deque<std::string> added;  // the strings intern() added (a deque: they never move)
  std::unordered_map<std::string_view, uint32_t> map;
};

uint32_t Image::intern(std::string_view s) {
  if (!index_) {
    index_ = std::make_shared<StringIndex>();
    for (uint32_t i = 0; i < strings.size(); i++) index_->map.emplace(strings[i], i);
  }
  auto it = index_->map.find(s);
  if (it != index_->map.end()) return it->second;
  auto id = static_cast<uint32_t>(strings.size());
  std::string_view kept = index_->added.emplace_back(s);
  strings.push_back(kept);
  index_->map.emplace(kept, id);
  return id;
}

namespace {

void write_literal(ByteWriter& w, const Literal& lit);

void write_ast(ByteWriter& w, const Literal::AstNode* node) {
  if (!node) {
    w.u16(0xFFFF);
    return;
  }
  w.u16(node->kind);
  w.u16(node->attr);
  w.u8(node->is_list ? 1 : 0);
  w.u32(node->lineno);
  if (node->kind == 64 /* ZEND_AST_ZVAL */ || node->kind == 65 /* ZEND_AST_CONSTANT */) {
    write_literal(w, node->value);
    return;
  }
  w.u32(static_cast<uint32_t>(node->children.size()));
  for (auto& c : node->children) write_ast(w, c.get());
}

void write_literal(ByteWriter& w, const Literal& lit) {
  w.u8(static_cast<uint8_t>(lit.type | (lit.extra_value ? kLiteralExtraValue : 0)));
  switch (lit.type) {
    case Literal::Long: w.u64(static_cast<uint64_t>(lit.lval)); break;
    case Literal::Double: w.f64(lit.dval); break;
    case Literal::String: w.u32(lit.str); break;
    case Literal::Array:
      w.u32(static_cast<uint32_t>(lit.elements.size()));
      for (auto& e : lit.elements) {
        w.u8(e.string_key ? 1 : 0);
        if (e.string_key) w.u32(e.str_key); else w.u64(static_cast<uint64_t>(e.int_key));
        write_literal(w, e.value);
      }
      break;
    case Literal::Ast:
      write_ast(w, lit.ast.get());
      w.u32(lit.cache_slot);
      break;
    default: break;
  }
}

void write_type(ByteWriter& w, const Type& t) {
  w.u32(t.mask);
  w.u32(t.name);
  w.u32(static_cast<uint32_t>(t.members.size()));
  for (auto& m : t.members) write_type(w, m);
}

void write_attributes(ByteWriter& w, const Vec<Attribute>& attributes) {
  w.u32(static_cast<uint32_t>(attributes.size()));
  for (auto& a : attributes) {
    w.u32(a.name); w.u32(a.flags); w.u32(a.offset); w.u32(a.line);
    w.u32(static_cast<uint32_t>(a.args.size()));
    for (auto& arg : a.args) {
      w.u32(arg.name);
      write_literal(w, arg.value);
    }
  }
}

std::string strings_section(const Image& img) {
  ByteWriter w;
  w.u32(static_cast<uint32_t>(img.strings.size()));
  uint32_t off = 0;
  for (auto& s : img.strings) {
    w.u32(off);
    w.u32(static_cast<uint32_t>(s.size()));
    off += static_cast<uint32_t>(s.size());
  }
  for (auto& s : img.strings) w.raw(s.data(), s.size());
  return w.out;
}

std::string literals_section(const Image& img) {
  ByteWriter body;
  std::vector<uint32_t> offsets;
  for (auto& f : img.functions)
    for (auto& l : f.literals) {
      offsets.push_back(static_cast<uint32_t>(body.size()));
      write_literal(body, l);
    }
  ByteWriter w;
  w.u32(static_cast<uint32_t>(offsets.size()));
  uint32_t base = 4 + 4 * static_cast<uint32_t>(offsets.size());
  for (auto o : offsets) w.u32(base + o);
  w.raw(body.out.data(), body.size());
  return w.out;
}

void write_operand(ByteWriter& w, const Operand& o) { w.u8(o.kind); }

std::string functions_section(const Image& img) {
  ByteWriter body;
  std::vector<uint32_t> offsets;
  uint32_t literal_first = 0;
  for (auto& f : img.functions) {
    offsets.push_back(static_cast<uint32_t>(body.size()));
    ByteWriter& w = body;
    w.u32(f.name); w.u32(f.filename); w.u32(f.doc_comment);
    w.u32(f.line_start); w.u32(f.line_end); w.u32(f.fn_flags);
    w.u32(f.num_args); w.u32(f.required_num_args); w.u32(f.T); w.u32(f.cache_size);
    w.u32(literal_first); w.u32(static_cast<uint32_t>(f.literals.size())); w.u32(f.static_vars);
    literal_first += static_cast<uint32_t>(f.literals.size());
    w.u8(f.has_return_info ? 1 : 0);
    w.u32(static_cast<uint32_t>(f.vars.size()));
    for (auto v : f.vars) w.u32(v);
    w.u32(static_cast<uint32_t>(f.arg_info.size()));
    for (auto& a : f.arg_info) {
      w.u32(a.name);
      write_type(w, a.type);
      w.u32(a.default_value);
    }
    w.u32(static_cast<uint32_t>(f.code.size()));
    for (auto& i : f.code) {
      w.u16(i.op);
      write_operand(w, i.op1); write_operand(w, i.op2); write_operand(w, i.result);
      w.u8(i.types); w.u8(0); w.u8(0);
      w.u32(i.op1.value); w.u32(i.op2.value); w.u32(i.result.value); w.u32(i.ext); w.u32(i.line);
    }
    w.u32(static_cast<uint32_t>(f.try_catch.size()));
    for (auto& t : f.try_catch) { w.u32(t.try_op); w.u32(t.catch_op); w.u32(t.finally_op); w.u32(t.finally_end); }
    w.u32(static_cast<uint32_t>(f.live_ranges.size()));
    for (auto& l : f.live_ranges) { w.u32(l.var); w.u32(l.start); w.u32(l.end); }
    w.u32(static_cast<uint32_t>(f.dynamic_functions.size()));
    for (auto d : f.dynamic_functions) w.u32(d);
    write_attributes(w, f.attributes);
  }
  ByteWriter w;
  w.u32(static_cast<uint32_t>(offsets.size()));
  uint32_t base = 4 + 4 * static_cast<uint32_t>(offsets.size());
  for (auto o : offsets) w.u32(base + o);
  w.raw(body.out.data(), body.size());
  return w.out;
}

void write_method_ref(ByteWriter& w, const TraitMethodRef& m) {
  w.u32(m.method);
  w.u32(m.trait);
}

std::string classes_section(const Image& img) {
  ByteWriter w;
  w.u32(static_cast<uint32_t>(img.classes.size()));
  for (auto& c : img.classes) {
    w.u32(c.name); w.u32(c.key); w.u32(c.parent); w.u8(static_cast<uint8_t>(c.binding)); w.u32(c.declared_at);
    w.u32(c.flags); w.u32(c.filename); w.u32(c.line_start); w.u32(c.line_end); w.u32(c.doc_comment);
    w.u32(c.enum_backing_type);
    w.u32(static_cast<uint32_t>(c.interfaces.size()));
    for (auto i : c.interfaces) w.u32(i);
    w.u32(static_cast<uint32_t>(c.traits.size()));
    for (auto t : c.traits) w.u32(t);
    w.u32(static_cast<uint32_t>(c.trait_aliases.size()));
    for (auto& a : c.trait_aliases) {
      write_method_ref(w, a.method);
      w.u32(a.alias); w.u32(a.modifiers);
    }
    w.u32(static_cast<uint32_t>(c.trait_precedences.size()));
    for (auto& p : c.trait_precedences) {
      write_method_ref(w, p.method);
      w.u32(static_cast<uint32_t>(p.excludes.size()));
      for (auto e : p.excludes) w.u32(e);
    }
    w.u32(static_cast<uint32_t>(c.constants.size()));
    for (auto& k : c.constants) {
      w.u32(k.name); w.u32(k.flags); w.u32(k.doc_comment);
      write_literal(w, k.value);
      write_attributes(w, k.attributes);
    }
    w.u32(static_cast<uint32_t>(c.properties.size()));
    for (auto& p : c.properties) {
      w.u32(p.name); w.u32(p.flags); w.u32(p.doc_comment);
      write_literal(w, p.default_value);
      write_type(w, p.type);
      write_attributes(w, p.attributes);
    }
    w.u32(static_cast<uint32_t>(c.methods.size()));
    for (auto& m : c.methods) { w.u32(m.name); w.u32(m.function); }
    write_attributes(w, c.attributes);
  }
  return w.out;
}

std::string script_section(const Image& img) {
  ByteWriter w;
  w.u32(img.main_function);
  w.u32(img.source_path);
  w.u32(static_cast<uint32_t>(img.declared_functions.size()));
  for (auto f : img.declared_functions) w.u32(f);
  return w.out;
}

}  // namespace

std::string serialize(const Image& img) {
  const std::pair<SectionId, std::string> sections[kSectionCount] = {
      {kStrings, strings_section(img)}, {kLiterals, literals_section(img)}, {kFunctions, functions_section(img)},
      {kClasses, classes_section(img)}, {kScript, script_section(img)}};
  ByteWriter w;
  w.raw(kPrefix, 6);
  char digits[6];
  std::snprintf(digits, sizeof digits, "%05d", PHP_VERSION_ID);
  w.raw(digits, 5);
  w.u8('\n');
  w.raw(kMagic, 8);
  w.u32(kFormatVersion);
  w.u8(PHP_MAJOR_VERSION); w.u8(PHP_MINOR_VERSION); w.u8(0 /* NTS */); w.u8(8 /* pointer size */);
  w.u8(1 /* little-endian */); w.u8(0); w.u8(0); w.u8(0);
  w.u32(kSectionCount);
  size_t header_crc_at = w.size();
  w.u32(0);
  size_t file_size_at = w.size();
  w.u64(0);
  uint64_t offset = kHeaderSize + kSectionCount * kSectionEntrySize;
  for (auto& [id, bytes] : sections) {
    w.u32(id);
    w.u32(crc32c(bytes.data(), bytes.size()));
    w.u64(offset);
    w.u64(bytes.size());
    offset += bytes.size();
  }
  w.patch_u64(file_size_at, offset);
  w.patch_u32(header_crc_at, crc32c(w.out.data(), w.size()));
  for (auto& s : sections) w.raw(s.second.data(), s.second.size());
  return w.out;
}

}  // namespace phpovm::image
