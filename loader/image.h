// The in-memory model of a .phpo image: what the translator produces, the writer serialises, the
// reader parses back, the verifier checks and the linker materialises. spec/phpo-format.md gives
// the byte layout.
#pragma once
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace phpovm::image {

// The containers of an image. A parsed image allocates them from its own arena (Image::arena),
// which frees them all at once: loading is on the cold-start path.
template <class T>
using Vec = std::pmr::vector<T>;

constexpr uint32_t kFormatVersion = 5;
constexpr uint32_t kNone = 0xFFFFFFFFu;  // "no string", "no function"

// A literal value. Arrays and constant-expression trees nest.
struct Literal {
  enum Type : uint8_t {
    Null = 0,
    False = 1,
    True = 2,
    Long = 3,
    Double = 4,
    String = 5,
    Array = 6,
    Ast = 7,
    Undef = 8
  };
  Type type = Null;
  int64_t lval = 0;      // Long; for Array elements with an int key, see ArrayElement
  double dval = 0;       // Double
  uint32_t str = kNone;  // String: string index
  struct ArrayElement;
  Vec<ArrayElement> elements;  // Array
  struct AstNode;
  std::shared_ptr<AstNode> ast;        // Ast
  uint32_t cache_slot = 0;             // Ast: where a RECV_INIT default's value is cached (libphp reads it)
  // A numeric array key the compiler made an integer: the literal after it is the key as written,
  // which an ArrayAccess object receives (libphp's ZEND_EXTRA_VALUE).
  bool extra_value = false;
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
  uint32_t lineno = 0;  // where an error evaluating it is reported
  Literal value;
  Vec<std::shared_ptr<AstNode>> children;
};

struct Operand {
  uint8_t kind = 1;  // one OperandKind bit (K_UNUSED by default)
  uint32_t value = 0;  // slot number, literal index, instruction index, cache slot or number
};

struct Insn {
  uint16_t op = 0;
  uint8_t types = 0;  // a TypeHint (vm/isa.h)
  Operand op1, op2, result;
  uint32_t ext = 0;
  uint32_t line = 0;
};

// A declared type (zend_type): its mask (MAY_BE_* bits and Zend's type flags), and the class it
// names (a single class type) or the types it lists (a union or intersection; a union's members
// may be intersections).
struct Type {
  uint32_t mask = 0;
  uint32_t name = kNone;
  Vec<Type> members;
};

struct ArgInfo {
  uint32_t name = kNone;
  Type type;
  uint32_t default_value = kNone;  // string for reflection, if any
};

// An attribute (#[Name(args)]) on a class, function, parameter (offset = parameter + 1),
// property or class constant.
struct Attribute {
  uint32_t name = kNone;
  uint32_t flags = 0, offset = 0, line = 0;
  struct Arg {
    uint32_t name = kNone;  // a named argument's name
    Literal value;
  };
  Vec<Arg> args;
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
  Vec<uint32_t> vars;    // CV names (string indices)
  Vec<ArgInfo> arg_info;
  Vec<Literal> literals;
  Vec<Insn> code;
  Vec<TryCatch> try_catch;
  Vec<LiveRange> live_ranges;
  Vec<uint32_t> dynamic_functions;  // function indices declared by DECLARE_FUNCTION
  uint32_t static_vars = kNone;  // literal index of the static/closure-bound variables (an array)
  Vec<Attribute> attributes;

  // The body (literals and code) of a function that parse_deferred() left in the image's bytes:
  // until load_body() reads it, `literals` and `code` are empty and these give their sizes.
  bool body_loaded = true;
  uint32_t literal_first = 0, literal_count = 0;  // its range in the literals section
  uint32_t code_count = 0;
  uint32_t code_offset = 0;  // of its first instruction, in the functions section
  size_t code_size() const { return body_loaded ? code.size() : code_count; }
  size_t literal_size() const { return body_loaded ? literals.size() : literal_count; }
};

struct ClassConstant {
  uint32_t name = kNone;
  uint32_t flags = 0;  // visibility, final, enum case (ZEND_CLASS_CONST_IS_CASE)
  uint32_t doc_comment = kNone;
  Literal value;
  Vec<Attribute> attributes;
};

struct Property {
  uint32_t name = kNone;  // unmangled
  uint32_t flags = 0;     // visibility, static, readonly
  uint32_t doc_comment = kNone;
  Literal default_value;  // Undef for a typed property without a default
  Type type;
  Vec<Attribute> attributes;
};

struct TraitMethodRef {
  uint32_t method = kNone;
  uint32_t trait = kNone;  // kNone when the rule names no trait
};

struct TraitAlias {
  TraitMethodRef method;
  uint32_t alias = kNone;
  uint32_t modifiers = 0;
};

struct TraitPrecedence {
  TraitMethodRef method;
  Vec<uint32_t> excludes;  // trait names
};

// A method of a class: a function of the image, or (kNone) one of the methods libphp itself
// gives every enum (cases, from, tryFrom), named by `name`.
struct Method {
  uint32_t name = kNone;  // lower-case key in the class's method table
  uint32_t function = kNone;
};

// How a class becomes known to a request, as libphp's compiler decided.
enum class Binding : uint8_t {
  AtLoad = 0,    // declared when the file is loaded (bound early while compiling)
  Delayed = 1,   // DECLARE_CLASS_DELAYED: bound at load when its parent already exists, else by the instruction
  Runtime = 2,   // DECLARE_CLASS or DECLARE_ANON_CLASS: bound by the instruction
};

struct Class {
  uint32_t name = kNone;
  uint32_t key =
      kNone;  // its key in the class table until bound: the lower-case name, or libphp's run-time definition key
  uint32_t parent = kNone;
  Binding binding = Binding::AtLoad;
  uint32_t declared_at = kNone;  // AtLoad: the main code's instruction where the declaration stands
  uint32_t flags = 0;
  uint32_t filename = kNone;
  uint32_t line_start = 0, line_end = 0;
  uint32_t doc_comment = kNone;
  uint32_t enum_backing_type = 0;  // IS_UNDEF, IS_LONG or IS_STRING
  Vec<uint32_t> interfaces;  // names as written (resolved)
  Vec<uint32_t> traits;
  Vec<TraitAlias> trait_aliases;
  Vec<TraitPrecedence> trait_precedences;
  Vec<ClassConstant> constants;
  Vec<Property> properties;
  Vec<Method> methods;
  Vec<Attribute> attributes;
};

struct Image {
  // Where parse() allocated this image's containers (declared first: freed last); null for an
  // image built in memory, whose containers use the default allocator.
  std::shared_ptr<std::pmr::monotonic_buffer_resource> arena;
  // A parsed image's copy of its bytes: `strings` point into it, and load_body() reads the
  // function bodies parse_deferred() left there.
  struct Bytes;
  std::shared_ptr<const Bytes> bytes;
  std::vector<std::string_view> strings;  // into `bytes`, or into the strings intern() added
  Vec<Function> functions;
  Vec<Class> classes;  // in the order libphp compiled them
  uint32_t main_function = 0;
  uint32_t source_path = kNone;
  Vec<uint32_t> declared_functions;  // bound when the file's code is loaded

  uint32_t intern(std::string_view s);  // index of s, adding it if new (linear-time index kept)
  std::string_view str(uint32_t index) const { return strings.at(index); }

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
Image parse(std::string_view bytes);
void verify(const Image& image);
// As parse(), with the same checks of the header, checksums, strings, classes and every
// function's record, but it leaves each function's body (its literals and instructions) in a
// copy of the bytes: a request runs a small part of the functions its files hold (loading is on
// the cold-start path). verify() checks what was read; load_body() reads and verifies one body,
// once (an ImageError leaves it unread).
Image parse_deferred(std::string_view bytes);
// A file's bytes for loading: heap memory that is not cleared first (a read fills it), or a
// private read-only mapping of the file (mapped_file.h).
struct FileMapping;
struct FileRelease {
  FileMapping* mapping = nullptr;  // null for heap memory
  bool borrowed = false;           // part of bytes someone else keeps (a bundle's file): not freed
  void operator()(char* p) const noexcept;
};
struct FileBytes {
  std::unique_ptr<char[], FileRelease> data;
  size_t size = 0;
  std::string_view view() const { return {data.get(), size}; }
  // False once a mapped file has lost pages (it was truncated): what was read since is zeros.
  bool intact() const;
  static FileBytes allocate(size_t size);  // heap memory of `size` bytes, not cleared
  // `size` bytes at `data`, inside `whole`, which must outlive what is made of them.
  static FileBytes borrow(const FileBytes& whole, const char* data, size_t size);
  // For a mapped file: lets the kernel take back the pages holding these bytes, which were read
  // once (checksums) and may not be read again; a later read brings them back from the page
  // cache. Nothing for heap memory.
  void release_pages() const;
};
// The same, keeping `bytes` themselves as the image's copy.
Image parse_deferred(FileBytes&& bytes);
void load_body(Image& image, uint32_t function);
// A function body read out of the bytes for one use (the linker makes code of it, then drops
// it): its containers come from `memory`, a scratch resource the caller reuses, so that a body
// read for linking does not stay in the image's arena for as long as the image lives.
struct Body {
  Vec<Literal> literals;
  Vec<Insn> code;
  explicit Body(std::pmr::memory_resource* memory) : literals(memory), code(memory) {}
};
// Reads and verifies the body of a function whose body the image left in its bytes (ImageError
// for a bad one; `body` is then left empty).
void read_body(const Image& image, uint32_t function, Body& body);
// The first `count` instructions of a function whose body the image left in its bytes, and its
// literals up to the last one their constant operands name (literal i at index i), read but not
// verified: the caller checks what it uses (a stub of a function's entry, linker.cpp).
void read_entry(const Image& image, uint32_t function, uint32_t count, Body& body);
// Throws ImageError when the image's bytes are a mapped file that changed on disk since they
// were checked: truncated (the lost pages read as zeros) or rewritten in place (the header's
// checksum differs). Whatever was read from them since must not be used.
void check_intact(const Image& image);
// The checks verify() makes of one function's body (load_body() and read_body() make them).
void verify_body(const Image& image, uint32_t function);
void verify_body(const Image& image, uint32_t function, const Body& body);
// The header's checksum, unchecked (0 when the bytes are too short to hold one). It covers the
// section table and so every section's checksum: with the size, it tells one content of a file
// from another without reading all of it.
uint32_t content_digest(std::string_view bytes);
// An image may start with one "#!" line (`#!/usr/bin/env phpovm`, so that an executable image
// runs as a program) before "<?phpo": that line's length with its "\n", or 0 when there is none.
size_t launcher_line_length(std::string_view bytes);
// Whether bytes start like an image: "<?phpo", after a launcher line if there is one.
bool starts_like_image(std::string_view bytes);

// Section ids of format v1.
enum SectionId : uint32_t { kStrings = 1, kLiterals = 2, kFunctions = 3, kClasses = 4, kScript = 5 };

}  // namespace phpovm::image
