// Build-time tool: expands the interpreter's handler files (vm/handlers/*.inc) into the labels of
// execute(), one copy of a body per variant that spec/variants.def declares for its instruction.
//
//   expand_handlers OUT_HANDLERS OUT_COPIES FILE...
//
// A handler file is C++ read inside execute(). A body starts with a line
//   HANDLER(NAME[, NAME...]) {      the handler of each instruction NAME, and its variants
//   FUSED(NAME[, NAME...]) {        the superinstruction of NAME and the JMPZ/JMPNZ after it
// and ends at the next line that is a lone "}". Every other line is copied as it is. Each copy
// of a body is a block that declares the copy's facts as constants (t1, t2: the operand kinds;
// zop: the Zend opcode; result_use; doubles_first; jump_nz) and then the body, under a #line
// directive that names the body's own file and line, so that compiler errors, debuggers, perf
// annotate and sanitizer reports point at the handler file. In a body, GENERIC_HANDLER names the
// generic handler of the copy's instruction (a fused copy falls back to it).
//
// OUT_COPIES lists every copy, COPY(NAME, Family, op1 kind, op2 kind, label), for the two places
// that read it with their own COPY: execute() makes it a table of each label's distance from a
// base label (constants, so nothing is relocated or registered at start-up), and vm/variants.cpp
// the compile-time index the linker looks copies up in.
//
// It also holds spec/instructions.def to the handlers: a handler (a body, or the code after a plain
// L_NAME: label up to the next label) that can reach the exception path (CHECK_EXC and the macros
// that use it, handle_exception) must be F_THROW, and so must an instruction that may run user code
// (F_CALL); the build stops if one is not.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The instructions and their flags (only F_THROW is read here; the rest are given values so that
// the flag expressions of spec/instructions.def compile).
enum : unsigned { F_JUMP = 1, F_NOFALL = 2, F_THROW = 4, F_CALL = 8, F_DATA = 16 };
struct Instruction {
  std::string name;
  unsigned flags;
};
const std::vector<Instruction> kInstructions = {
#define INSN(name, k1, k2, kr, ke, flags, meaning) {#name, flags},
#include "spec/instructions.def"
#undef INSN
};

enum Family { KINDS, NO_RESULT, DOUBLES_FIRST, BRANCH, BRANCH_DOUBLES_FIRST };
struct Pair {
  char a, b;
};
struct Declared {
  std::string insn;
  Family family;
  std::vector<Pair> pairs;
};
const std::vector<Declared> kDeclared = {
#define PAIR(a, b) Pair{#a[0], #b[0]},
#define VARIANTS(insn, family, pairs) {#insn, family, {pairs}},
#include "spec/variants.def"
#undef VARIANTS
#undef PAIR
};

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "expand_handlers: %s\n", message.c_str());
  std::exit(1);
}

const char* kind_constant(char k) {
  switch (k) {
    case 'C': return "IS_CONST";
    case 'T': return "IS_TMP_VAR";
    case 'V': return "IS_CV";
    case 'R': return "IS_VAR";
    case 'U': return "IS_UNUSED";
    case 'A': return "kAnyKind";
  }
  fail(std::string("unknown operand kind letter ") + k);
}

// A body of a handler file.
struct Body {
  std::vector<std::string> names;
  bool fused;
  std::string file;
  int first_line;  // of the body's first line
  std::string text;
};

class Writer {
 public:
  explicit Writer(std::string path) : path_(std::move(path)) {}
  void line(const std::string& s) {
    out_ << s << '\n';
    lines_ += 1 + static_cast<int>(std::count(s.begin(), s.end(), '\n'));
  }
  // Points the compiler back at this generated file.
  void here() { line("#line " + std::to_string(lines_ + 2) + " \"" + path_ + "\""); }
  void save() {
    std::ofstream f(path_);
    f << out_.str();
    if (!f) fail("cannot write " + path_);
  }

 private:
  std::string path_;
  std::ostringstream out_;
  int lines_ = 0;
};

struct Copy {
  std::string label, insn;
  const char* family;  // phpovm::Family's enumerator
  char a, b;
};

// Whether the family `fam` of `insn` has a copy that the linker's lookup (vm/variants.cpp: the
// exact pair, then op1 alone, op2 alone, any) finds for operands of kinds a and b.
bool lookup_finds(const std::string& insn, Family fam, char a, char b) {
  for (const Declared& d : kDeclared) {
    if (d.insn != insn || d.family != fam) continue;
    for (const Pair& p : d.pairs)
      if ((p.a == a || p.a == 'A') && (p.b == b || p.b == 'A')) return true;
  }
  return false;
}

void emit_copy(Writer& w, const Body& body, const std::string& label, const std::string& insn, const char* t1,
               const char* t2, const char* result_use, int doubles_first, int jump_nz) {
  w.line(label + ": {");
  w.line("  enum : int { t1 = " + std::string(t1) + ", t2 = " + t2 + ", zop = ZEND_" + insn +
         ", result_use = " + result_use + ", doubles_first = " + std::to_string(doubles_first) +
         ", jump_nz = " + std::to_string(jump_nz) + " };");
  w.line("#line " + std::to_string(body.first_line) + " \"" + body.file + "\"");
  std::string text = body.text;
  const std::string word = "GENERIC_HANDLER";
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at))
    text.replace(at, word.size(), "L_" + insn);
  w.line(text);
  w.here();
  w.line("}");
}

// A line that starts a body: HANDLER(A, B) { or FUSED(A) { (a trailing comment allowed). Sets kind
// and the names.
bool body_start(const std::string& s, std::string& kind, std::vector<std::string>& names) {
  size_t open = s.find('(');
  if (open == std::string::npos || (s.compare(0, open, "HANDLER") != 0 && s.compare(0, open, "FUSED") != 0))
    return false;
  size_t close = s.find(") {", open);
  if (close == std::string::npos) return false;
  std::string rest = s.substr(close + 3);
  if (rest.find_first_not_of(' ') != std::string::npos && rest.compare(rest.find_first_not_of(' '), 2, "//") != 0)
    return false;
  kind = s.substr(0, open);
  names.clear();
  std::stringstream list(s.substr(open + 1, close - open - 1));
  for (std::string n; std::getline(list, n, ',');) {
    n.erase(0, n.find_first_not_of(' '));
    n.erase(n.find_last_not_of(' ') + 1);
    names.push_back(n);
  }
  return true;
}

// A label at the start of a line: "L_NAME:" (an instruction's plain handler, name set) or another
// label ("name:", name empty). The text after the colon is left in rest.
bool line_label(const std::string& s, std::string& name, std::string& rest) {
  size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || (colon + 1 < s.size() && s[colon + 1] == ':')) return false;
  for (size_t i = 0; i < colon; i++)
    if (!(std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) return false;
  name = s.compare(0, 2, "L_") == 0 ? s.substr(2, colon - 2) : std::string();
  rest = s.substr(colon + 1);
  return true;
}

// Whether handler code can reach the exception path.
bool may_throw(const std::string& code) {
  for (const char* word : {"CHECK_EXC", "NEXT_CHECKED", "FREE1_NEXT", "BINARY_SLOW", "handle_exception"})
    if (code.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) fail("usage: expand_handlers OUT_HANDLERS OUT_COPIES FILE...");
  std::map<std::string, unsigned> instructions;
  for (const Instruction& i : kInstructions) {
    instructions[i.name] = i.flags;
    // User code may throw.
    if ((i.flags & F_CALL) && !(i.flags & F_THROW))
      fail("spec/instructions.def: " + i.name + " has F_CALL but not F_THROW");
  }
  // The flags a handler's code must have; where it is (for the message).
  auto check_flags = [&](const std::vector<std::string>& names, const std::string& code, const std::string& where) {
    if (!may_throw(code)) return;
    for (const std::string& n : names)
      if (instructions.count(n) && !(instructions[n] & F_THROW))
        fail(where + ": the handler of " + n + " can throw, but spec/instructions.def does not give it F_THROW");
  };
  std::vector<std::string> plain;  // the instructions whose plain handler the lines being read are
  std::string plain_code, plain_where;
  for (const Declared& d : kDeclared)
    if (!instructions.count(d.insn)) fail("spec/variants.def: " + d.insn + " is not an instruction");

  Writer out(argv[1]);
  std::vector<Copy> copies;
  std::map<std::pair<std::string, bool>, std::string> body_of;  // (instruction, fused) -> where
  for (int i = 3; i < argc; i++) {
    std::string file = argv[i];
    std::ifstream in(file);
    if (!in) fail("cannot read " + file);
    out.line("#line 1 \"" + file + "\"");
    std::string s;
    int line_no = 0;
    while (std::getline(in, s)) {
      line_no++;
      std::string kind, label, rest;
      std::vector<std::string> names;
      if (!body_start(s, kind, names)) {
        if (line_label(s, label, rest)) {
          // A label: a plain handler starts (consecutive labels share it), or one ends.
          if (label.empty() || plain_code.find_first_not_of(" \n") != std::string::npos) {
            check_flags(plain, plain_code, plain_where);
            plain.clear();
            plain_code.clear();
          }
          if (!label.empty()) {
            plain.push_back(label);
            plain_where = file + ":" + std::to_string(line_no);
          }
          plain_code += rest + "\n";
        } else {
          plain_code += s + "\n";
        }
        out.line(s);
        continue;
      }
      check_flags(plain, plain_code, plain_where);
      plain.clear();
      plain_code.clear();
      Body body{{}, kind == "FUSED", file, line_no + 1, {}};
      for (const std::string& n : names) {
        if (!instructions.count(n)) fail(file + ":" + std::to_string(line_no) + ": " + n + " is not an instruction");
        auto [it, fresh] = body_of.emplace(std::make_pair(n, body.fused), file + ":" + std::to_string(line_no));
        if (!fresh)
          fail(file + ":" + std::to_string(line_no) + ": a second body for " + n + " (the first is at " + it->second +
               ")");
        body.names.push_back(n);
      }
      bool closed = false;
      while (std::getline(in, s)) {
        line_no++;
        if (s == "}") {
          closed = true;
          break;
        }
        body.text += s + "\n";
      }
      if (!closed) fail(file + ":" + std::to_string(body.first_line - 1) + ": the body does not end (a lone '}' line)");
      if (!body.text.empty()) body.text.pop_back();
      check_flags(body.names, body.text, file + ":" + std::to_string(body.first_line - 1));

      for (const std::string& insn : body.names) {
        // A plain body is also the instruction's generic handler.
        if (!body.fused) {
          emit_copy(out, body, "L_" + insn, insn, "kAnyKind", "kAnyKind", "kAnyResultUse", 0, 0);
        }
        for (const Declared& d : kDeclared) {
          if (d.insn != insn || (d.family == BRANCH || d.family == BRANCH_DOUBLES_FIRST) != body.fused) continue;
          for (const Pair& p : d.pairs) {
            std::string kinds = std::string(1, p.a) + "_" + p.b;
            const char* t1 = kind_constant(p.a);
            const char* t2 = kind_constant(p.b);
            switch (d.family) {
              case KINDS: {
                // Runs only with a used result where the linker installs a NO_RESULT copy otherwise.
                const char* use = lookup_finds(insn, NO_RESULT, p.a, p.b) ? "1" : "kAnyResultUse";
                emit_copy(out, body, "L_" + insn + "_" + kinds, insn, t1, t2, use, 0, 0);
                copies.push_back({"L_" + insn + "_" + kinds, insn, "kKinds", p.a, p.b});
                break;
              }
              case NO_RESULT:
                emit_copy(out, body, "L_" + insn + "_NR_" + kinds, insn, t1, t2, "0", 0, 0);
                copies.push_back({"L_" + insn + "_NR_" + kinds, insn, "kNoResult", p.a, p.b});
                break;
              case DOUBLES_FIRST:
                emit_copy(out, body, "L_" + insn + "_DF_" + kinds, insn, t1, t2, "kAnyResultUse", 1, 0);
                copies.push_back({"L_" + insn + "_DF_" + kinds, insn, "kDoublesFirst", p.a, p.b});
                break;
              case BRANCH:
              case BRANCH_DOUBLES_FIRST: {
                bool df = d.family == BRANCH_DOUBLES_FIRST;
                std::string suffix = (df ? "_DF_" : "_") + kinds;
                emit_copy(out, body, "L_" + insn + "_JUMPZ" + suffix, insn, t1, t2, "1", df, 0);
                emit_copy(out, body, "L_" + insn + "_JUMPNZ" + suffix, insn, t1, t2, "1", df, 1);
                copies.push_back(
                    {"L_" + insn + "_JUMPZ" + suffix, insn, df ? "kJumpZDoublesFirst" : "kJumpZ", p.a, p.b});
                copies.push_back(
                    {"L_" + insn + "_JUMPNZ" + suffix, insn, df ? "kJumpNZDoublesFirst" : "kJumpNZ", p.a, p.b});
                break;
              }
            }
          }
        }
      }
      out.line("#line " + std::to_string(line_no + 1) + " \"" + file + "\"");
    }
  }
  for (const Declared& d : kDeclared) {
    bool fused = d.family == BRANCH || d.family == BRANCH_DOUBLES_FIRST;
    if (!body_of.count({d.insn, fused}))
      fail("spec/variants.def declares variants of " + d.insn + " but no handler file has its " +
           (fused ? "FUSED" : "HANDLER") + " body");
  }
  out.save();

  Writer list(argv[2]);
  for (const Copy& c : copies)
    list.line("COPY(" + c.insn + ", " + c.family + ", " + kind_constant(c.a) + ", " + kind_constant(c.b) + ", " +
              c.label + ")");
  list.save();
  return 0;
}
