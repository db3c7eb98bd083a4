#include "loader/disassembler.h"

#include <fmt/format.h>

#include "loader/bundle.h"
#include "vm/isa.h"

namespace phpovm {
namespace {

std::string escape(std::string_view s, size_t max = 40) {
  std::string out;
  for (char c : s.substr(0, max)) {
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else if (static_cast<unsigned char>(c) < 32) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    else out += c;
  }
  return s.size() > max ? out + "..." : out;
}

std::string literal(const image::Image& img, const image::Literal& l) {
  switch (l.type) {
    case image::Literal::Null: return "null";
    case image::Literal::False: return "false";
    case image::Literal::True: return "true";
    case image::Literal::Long: return fmt::format("int({})", l.lval);
    case image::Literal::Double: return fmt::format("float({})", l.dval);
    case image::Literal::String: return fmt::format("\"{}\"", escape(img.str(l.str)));
    case image::Literal::Array: return fmt::format("array({})", l.elements.size());
    case image::Literal::Ast: return "<constant expression>";
    case image::Literal::Undef: return "<undefined>";
  }
  return "?";
}

std::string operand(const image::Image& img, const image::Function& f, const image::Operand& o) {
  switch (o.kind) {
    case K_CONST: return literal(img, f.literals[o.value]);
    case K_CV: return fmt::format("${}", img.str(f.vars[o.value]));
    case K_TMP: return fmt::format("T{}", o.value);
    case K_VAR: return fmt::format("V{}", o.value);
    case K_JMP: return fmt::format("-> {:04}", o.value);
    case K_NUM: return fmt::format("#{}", o.value);
    case K_CACHE: return fmt::format("cache[{}]", o.value);
    default: return "";
  }
}

}  // namespace

std::string disassemble(const image::Image& img) {
  std::string out = fmt::format("image of {} ({} functions)\n", img.str(img.source_path), img.functions.size());
  for (size_t i = 0; i < img.functions.size(); i++) {
    const image::Function& f = img.functions[i];
    std::string name = i == img.main_function ? "{main}" : std::string(img.str(f.name)) + "()";
    out += fmt::format("\nfunction {} ({}:{}-{}) args={} required={} vars={} temps={} literals={}\n", name,
                       img.str(f.filename), f.line_start, f.line_end, f.num_args, f.required_num_args, f.vars.size(),
                       f.T, f.literals.size());
    for (size_t at = 0; at < f.code.size(); at++) {
      const image::Insn& in = f.code[at];
      const InsnInfo& info = insn_info(in.op);
      std::string ops;
      for (const image::Operand* o : {&in.op1, &in.op2}) {
        std::string s = operand(img, f, *o);
        if (s.empty()) continue;
        ops += (ops.empty() ? "" : ", ") + s;
      }
      if (info.ext == K_JMP) ops += (ops.empty() ? "" : ", ") + fmt::format("-> {:04}", in.ext);
      else if (in.ext) ops += (ops.empty() ? "" : ", ") + fmt::format("ext={}", in.ext);
      std::string result = operand(img, f, in.result);
      out += fmt::format("  {:04} L{:<4} {:<22} {}{}{}\n", at, in.line, info.name, ops,
                         result.empty() ? "" : " => " + result, in.types == kHintDoubles ? "  (floats)" : "");
    }
  }
  return out;
}

std::string describe_bundle(const bundle::Reader& b) {
  std::string out = fmt::format("bundle of {} entries; entry script {}\nroots:", b.entries().size(), b.entry_script().path);
  for (std::string_view root : b.roots()) out += fmt::format(" {}", root);
  out += "\n";
  for (const bundle::Entry& e : b.entries()) {
    static constexpr const char* kKinds[] = {"?", "dir", "file", "image", "link"};
    std::string size = e.kind == bundle::Kind::Directory ? "-" : std::to_string(e.size);
    out += fmt::format("{:<6} {:04o} {:>9} {}", kKinds[static_cast<int>(e.kind)], e.mode, size, e.path);
    if (e.kind == bundle::Kind::Symlink) out += fmt::format(" -> {}", b.content(e));
    out += "\n";
  }
  return out;
}

}  // namespace phpovm
