// The in-memory model of a .phpo image: what the translator produces, the writer serialises, the
// reader parses back, the verifier checks and the linker materialises. spec/phpo-format.md gives
// the byte layout.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace phpovm::image {

constexpr uint32_t kFormatVersion = 1;
constexpr uint32_t kNone = 0xFFFFFFFFu;  // "no string", "no function"

// A literal value. Arrays and constant-expression trees nest.
struct Literal {
  enum Type : uint8_t { Null = 0, False = 1, True = 2, Long = 3, Double = 4, String = 5, Array = 6, Ast = 7 };
  Type type = Null;
  int64_t lval = 0;      // Long; for Array elements with an int key, see ArrayElement
  double dval = 0;       // Double
  uint32_t str = kNone;  // String: string index
  struct ArrayElement;
  std::vector<ArrayElement> elements;  // Array
  struct AstNode;
  std::shared_ptr<AstNode> ast;        // Ast
};

struct Literal::ArrayElement {
  bool string_key = false;
  int64_t int_key = 0;
  uint32_t str_key = kNone;
  Literal value;
};

// A node of a constant expression (zend_ast). Kinds ZEND_AST_ZVAL and ZEND_AST_CONSTANT carry a
// value (the constant's name for the latter); every other kind carries children (null allowed).
struct Literal::AstNode {
  uint16_t kind = 0;
  uint16_t attr = 0;
  bool is_list = false;
  Literal value;
  std::vector<std::shared_ptr<AstNode>> children;
};

struct Operand {
  uint8_t kind = 1;  // one OperandKind bit (K_UNUSED by default)
  uint32_t value = 0;  // slot number, literal index, instruction index, cache slot or number
};

struct Insn {
  uint16_t op = 0;
  Operand op1, op2, result;
  uint32_t ext = 0;
  uint32_t line = 0;
};

struct ArgInfo {
  uint32_t name = kNone;
  uint32_t type_mask = 0;        // zend_type's type mask (MAY_BE_* bits and flags)
  uint32_t type_name = kNone;    // class name of a single class type, if any
  uint32_t default_value = kNone;  // string for reflection, if any
};

struct TryCatch {
  uint32_t try_op = 0, catch_op = 0, finally_op = 0, finally_end = 0;
};

struct LiveRange {
  uint32_t var = 0;  // Zend's encoding: slot number << 4 | ZEND_LIVE_* kind
  uint32_t start = 0, end = 0;
};

struct Function {
  uint32_t name = kNone;  // kNone for a file's main code
  uint32_t filename = kNone;
  uint32_t doc_comment = kNone;
  uint32_t line_start = 0, line_end = 0;
  uint32_t fn_flags = 0;
  uint32_t num_args = 0, required_num_args = 0;
  uint32_t T = 0;
  uint32_t cache_size = 0;  // bytes of per-request runtime cache
  bool has_return_info = false;  // arg_info[0] describes the return type
  std::vector<uint32_t> vars;    // CV names (string indices)
  std::vector<ArgInfo> arg_info;
  std::vector<Literal> literals;
  std::vector<Insn> code;
  std::vector<TryCatch> try_catch;
  std::vector<LiveRange> live_ranges;
  std::vector<uint32_t> dynamic_functions;  // function indices declared by DECLARE_FUNCTION
  uint32_t static_vars = kNone;  // literal index of the static/closure-bound variables (an array)
};

struct Image {
  std::vector<std::string> strings;
  std::vector<Function> functions;
  uint32_t main_function = 0;
  uint32_t source_path = kNone;
  std::vector<uint32_t> declared_functions;  // bound when the file's code is loaded

  uint32_t intern(const std::string& s);  // index of s, adding it if new (linear-time index kept)
  const std::string& str(uint32_t index) const { return strings.at(index); }

 private:
  struct StringIndex;
  std::shared_ptr<StringIndex> index_;
};

// Thrown by the reader and the verifier; the message is the REASON of "invalid image: REASON".
struct ImageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown when an image was written for another PHP version or format version.
struct VersionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Serialise (deterministically) and parse. parse() checks the header, versions, checksums and
// bounds of everything it reads; verify() then checks the code (verifier.cpp).
std::string serialize(const Image& image);
Image parse(const std::string& bytes);
void verify(const Image& image);

// Section ids of format v1.
enum SectionId : uint32_t { kStrings = 1, kLiterals = 2, kFunctions = 3, kClasses = 4, kScript = 5 };

}  // namespace phpovm::image
