// Checks an Image before anything runs it (DESIGN.md decision 10): every index and offset in
// bounds, operand kinds as spec/instructions.def allows, jump targets on instructions, well-formed
// exception regions and live ranges.
#include <cctype>
#include <string>
#include <iterator>
#include <memory>

#include "loader/image.h"
#include "vm/isa.h"

extern "C" {
#include "zend_compile.h"
}

namespace phpovm::image {
namespace {

constexpr uint32_t kMaxSlots = 1u << 20;

struct FunctionVerifier {
  const Image& img;
  const Function& f;
  uint32_t index;
  // The function's own body (f.code and f.literals), or one read_body() read for the linker.
  const Vec<Insn>& code;
  const Vec<Literal>& literals;

  // Out of line, as are the messages built for it: the checks of every instruction stay small
  // enough to be inlined (bodies are verified when first called, on the cold-start path).
  [[noreturn, gnu::cold, gnu::noinline]] void fail(const char* which, const char* why, long at) const {
    fail(std::string(which) + why, at);
  }
  [[noreturn, gnu::cold, gnu::noinline]] void fail(const std::string& why, long at = -1) const {
    std::string where = "function " + std::to_string(index);
    if (f.name != kNone) where += " (" + std::string(img.str(f.name)) + ")";
    if (at >= 0) {
      where += " instruction " + std::to_string(at);
      if (code[at].op < kOpCount) where += std::string(" (") + insn_info(code[at].op).name + ")";
    }
    throw ImageError(where + ": " + why);
  }

  uint32_t slots() const { return static_cast<uint32_t>(f.vars.size()) + f.T; }

  [[noreturn, gnu::cold, gnu::noinline]] void kind_not_allowed(const Operand& o, const char* which, size_t at) const {
    if (o.kind == 0 || (o.kind & (o.kind - 1)) != 0) fail(which, " has no single kind", at);
    fail(std::string(which) + " kind " + operand_kind_name(o.kind) + " not allowed", at);
  }

  [[gnu::always_inline]] void operand(const Operand& o, uint8_t allowed, const char* which, size_t at) const {
    // One bit, and one of the allowed ones.
    if (o.kind == 0 || (o.kind & (o.kind - 1)) != 0 || !(o.kind & allowed)) [[unlikely]] kind_not_allowed(o, which, at);
    switch (o.kind) {
      case K_CONST:
        if (o.value >= literals.size()) fail(which, " literal out of range", at);
        break;
      case K_CV:
        if (o.value >= f.vars.size()) fail(which, " variable slot out of range", at);
        break;
      case K_TMP:
      case K_VAR:
        if (o.value < f.vars.size() || o.value >= slots()) fail(which, " temporary slot out of range", at);
        break;
      case K_JMP:
        if (o.value >= code.size()) fail(which, " jump target out of range", at);
        break;
      case K_CACHE:
        cache_slot(o.value, which, at);
        break;
      default: break;
    }
  }

  // n slots from offset v. A slot may sit at the very end of the cache (libphp gives a type with
  // no class zero slots there); the runtime allocates one spare slot so that it stays in bounds.
  void cache_slot(uint32_t v, const char* which, size_t at, uint32_t n = 1) const {
    if (v % sizeof(void*) != 0 || uint64_t(v) + uint64_t(n - 1) * sizeof(void*) > f.cache_size)
      fail(which, " cache slot out of range", at);
  }

  // The runtime cache slots the instruction uses beyond its K_CACHE operands (the CACHE fact of
  // spec/instructions.def, or a K_CACHE ext's one slot).
  // untyped_recv: a RECV whose parameter has no type to check has no slot (the .def cannot say so).
  void cache_use(const Insn& in, const InsnInfo& info, bool untyped_recv, size_t at) const {
    const CacheUse& c = info.cache;
    if (c.at == CacheAt::kNone) {
      if (info.ext == K_CACHE && !untyped_recv) cache_slot(in.ext, "ext", at);
      return;
    }
    if ((c.when == CacheWhen::kOp1Const && in.op1.kind != K_CONST) ||
        (c.when == CacheWhen::kOp2Const && in.op2.kind != K_CONST))
      return;
    switch (c.at) {
      case CacheAt::kResult:
        if (in.result.kind != K_CACHE) fail("result is not a cache slot", at);
        cache_slot(in.result.value & ~c.flags, "result", at, c.slots);
        break;
      case CacheAt::kExt: cache_slot(in.ext & ~c.flags, "ext", at, c.slots); break;
      case CacheAt::kDataExt:
        cache_slot(code[at + 1].ext & ~c.flags, "OP_DATA ext", at, c.slots);
        break;  // F_DATA: checked
      case CacheAt::kNone: break;
    }
  }

  static bool is_recv(uint16_t op) {
    return op == uint16_t(Op::RECV) || op == uint16_t(Op::RECV_INIT) || op == uint16_t(Op::RECV_VARIADIC);
  }

  // A DECLARE_* instruction's class: one of this image's classes, waiting under key (and named
  // lcname, unless kNone) to be bound that way.
  void waiting_class(uint32_t key, uint32_t lcname, Binding binding, size_t at) const {
    for (auto& c : img.classes) {
      if (img.str(c.key) != img.str(key) || c.binding != binding) continue;
      if (lcname != kNone) {
        std::string lower(img.str(c.name));
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (lower != img.str(lcname)) continue;
      }
      return;
    }
    fail("declares a class the image does not hold", at);
  }

  // A class operand given by number is self, parent or static (libphp has no class for others).
  void class_fetch_type(const Operand& o, size_t at) const {
    if (o.kind != K_NUM) return;
    uint32_t type = o.value & ZEND_FETCH_CLASS_MASK;
    if (type != ZEND_FETCH_CLASS_SELF && type != ZEND_FETCH_CLASS_PARENT && type != ZEND_FETCH_CLASS_STATIC)
      fail("class operand is not self, parent or static", at);
  }

  void literal_string(uint32_t lit, size_t at) const {
    if (lit >= literals.size() || literals[lit].type != Literal::String) fail("expected a string literal", at);
  }

  void jump_table(const Operand& o, size_t at) const {
    const Literal& t = literals[o.value];
    if (t.type != Literal::Array) fail("jump table is not an array", at);
    for (auto& e : t.elements)
      if (e.value.type != Literal::Long || e.value.lval < 0 || uint64_t(e.value.lval) >= code.size())
        fail("jump table target out of range", at);
  }

  [[gnu::always_inline]] void insn(size_t at) const {  // one call site: body()
    const Insn& in = code[at];
    if (in.op >= kOpCount) fail("unknown instruction " + std::to_string(in.op), at);
    const InsnInfo& info = insn_info(in.op);
    if (in.types >= kHintCount) fail("unknown type hint " + std::to_string(in.types), at);
    operand(in.op1, info.op1, "op1", at);
    operand(in.op2, info.op2, "op2", at);
    operand(in.result, info.result, "result", at);
    if (info.ext == K_JMP && in.ext >= code.size()) fail("ext jump target out of range", at);
    if ((info.flags & F_DATA) && (at + 1 >= code.size() || code[at + 1].op != uint16_t(Op::OP_DATA)))
      fail("missing OP_DATA", at);
    // The facts of spec/instructions.def: names, classes, cache slots.
    const Operand* operands[2] = {&in.op1, &in.op2};
    for (int k = 0; k < 2; k++) {
      if (info.strings[k] && operands[k]->kind == K_CONST)
        for (uint32_t j = 0; j < info.strings[k]; j++) literal_string(operands[k]->value + j, at);
      if (info.class_operands & (1u << k)) class_fetch_type(*operands[k], at);
    }
    bool recv = is_recv(in.op);
    bool typed_recv = recv && in.op1.value >= 1 && in.op1.value <= f.arg_info.size() - (f.has_return_info ? 1 : 0) &&
                      (f.arg_info[in.op1.value - 1 + (f.has_return_info ? 1 : 0)].type.mask & _ZEND_TYPE_MASK) != 0;
    cache_use(in, info, recv && !typed_recv, at);
    // What the facts cannot say: rules that read the function's or the image's other records (its
    // arguments, dynamic functions, classes, static variables, try regions, frame size) or a
    // literal's contents.
    switch (static_cast<Op>(in.op)) {
      // FETCH_CLASS's op1 is a class (self, parent or static) only without a name in op2.
      case Op::FETCH_CLASS:
        if (in.op2.kind == K_UNUSED) class_fetch_type(in.op1, at);
        break;
      case Op::DECLARE_FUNCTION:
      case Op::DECLARE_LAMBDA_FUNCTION:
        if (in.op2.value >= f.dynamic_functions.size()) fail("dynamic function out of range", at);
        break;
      case Op::SWITCH_LONG:
      case Op::SWITCH_STRING:
      case Op::MATCH:
        jump_table(in.op2, at);
        break;
      case Op::ROPE_INIT:
      case Op::ROPE_ADD:
      case Op::ROPE_END: {
        uint32_t base = static_cast<Op>(in.op) == Op::ROPE_INIT ? in.result.value : in.op1.value;
        uint64_t parts = static_cast<Op>(in.op) == Op::ROPE_INIT ? in.ext : uint64_t(in.ext) + 1;
        uint64_t need = (parts * sizeof(void*) + sizeof(zval) - 1) / sizeof(zval);
        if (base + need > slots()) fail("rope outside the frame", at);
        break;
      }
      case Op::RECV:
      case Op::RECV_INIT:
      case Op::RECV_VARIADIC:
        if (in.op1.value == 0 || in.op1.value > f.num_args + 1) fail("argument number out of range", at);
        if (static_cast<Op>(in.op) == Op::RECV_INIT && literals[in.op2.value].type == Literal::Ast) {
          // libphp caches an evaluated default (a zval) at the literal's slot.
          uint32_t slot = literals[in.op2.value].cache_slot;
          if (slot % sizeof(void*) != 0 || uint64_t(slot) + sizeof(zval) > f.cache_size)
            fail("default value cache slot out of range", at);
        }
        break;
      case Op::FAST_RET:
        // Zend's FAST_RET names its try/catch region, or none (-1).
        if (in.op2.value != kNone && in.op2.value >= f.try_catch.size()) fail("try/catch region out of range", at);
        break;
      case Op::DECLARE_CLASS:
      case Op::DECLARE_CLASS_DELAYED:
        waiting_class(literals[in.op1.value + 1].str, literals[in.op1.value].str,
                      static_cast<Op>(in.op) == Op::DECLARE_CLASS ? Binding::Runtime : Binding::Delayed, at);
        break;
      case Op::DECLARE_ANON_CLASS:
        waiting_class(literals[in.op1.value].str, kNone, Binding::Runtime, at);
        break;
      case Op::BIND_STATIC:
      case Op::BIND_LEXICAL: {
        // ext is a byte offset into the bucket array of the static variables.
        uint32_t offset = in.ext & ~(ZEND_BIND_REF | ZEND_BIND_IMPLICIT | ZEND_BIND_EXPLICIT);
        if (static_cast<Op>(in.op) == Op::BIND_STATIC) {
          size_t n = f.static_vars == kNone ? 0 : literals[f.static_vars].elements.size();
          if (offset % sizeof(Bucket) != 0 || offset / sizeof(Bucket) >= n) fail("static variable out of range", at);
        } else if (offset % sizeof(Bucket) != 0) {
          fail("bound variable misaligned", at);
        }
        break;
      }
      case Op::IN_ARRAY:
        if (literals[in.op2.value].type != Literal::Array) fail("in_array table is not an array", at);
        break;
      default: break;
    }
  }

  // Calls nest as libphp's compiler nests them. In the order of the code, an INIT starts a call
  // (of ext positional arguments), the DO_* (or CALLABLE_CONVERT) that closes it performs it, and
  // every instruction between works on the innermost call open at its position (open[], below).
  // libphp relies on that order: when an exception unwinds a frame, it walks back from the
  // throwing instruction to find the calls to free and how many arguments each holds. The
  // interpreter relies on the paths: a positional argument is written into the frame its INIT
  // sized, a DO_* or SEND works on the frame's innermost call. So, following every path from the
  // frame's entries and exception handlers (where no call is open: the unwinding frees them all),
  // the calls open at an instruction must be the same on every path, never fewer than a SEND or
  // DO_* needs, none at a return or at the end of a finally block, and the innermost of them
  // those the code's order has open there. (The optimizer may drop code after an instruction
  // that never continues, such as a MATCH_ERROR among a call's arguments: the code's order then
  // keeps that call open in code only exceptions reach, where no call is open.)
  static constexpr uint32_t kNoCall = kNone;
  static constexpr uint32_t kUnreached = kNone - 1;

  // The innermost call open after instruction `at` in the code's order (it starts with `top`
  // open), checking what that order alone can tell.
  [[gnu::always_inline]] uint32_t call_step(size_t at, uint32_t top, const uint32_t* open) const {
    const Insn& in = code[at];
    switch (insn_info(in.op).call) {  // in.op < kOpCount: insn() checked it
      case CallUse::None:
      case CallUse::Return:
        return top;
      case CallUse::Start:
        if (in.ext > kMaxSlots) fail("too many arguments", at);
        return static_cast<uint32_t>(at);
      case CallUse::Perform:
        if (top == kNoCall) fail("performs a call it has not started", at);
        return open[top];
      case CallUse::Send:
        if (top == kNoCall) fail("an argument for a call it has not started", at);
        if (in.op2.kind == K_NUM && (in.op2.value == 0 || in.op2.value > code[top].ext))
          fail("argument number beyond the arguments its call started with", at);
        return top;
      case CallUse::Argument:
        if (top == kNoCall) fail("an argument for a call it has not started", at);
        return top;
    }
    return top;
  }

  void calls() const {
    // open[i]: in the code's order, the INIT of the innermost call open when instruction i
    // starts (kNoCall for none); the call around an INIT's own call is open[] of that INIT.
    // path[i]: the same, following the paths that reach i (kUnreached for none). Both on the
    // stack for the usual function (bodies are verified when first called, on the cold-start path).
    size_t n = code.size();
    uint32_t local[2 * 256];
    std::unique_ptr<uint32_t[]> heap;
    uint32_t* open = n <= 256 ? local : (heap = std::make_unique<uint32_t[]>(2 * n)).get();
    uint32_t* path = open + (n <= 256 ? 256 : n);
    uint32_t top = kNoCall;
    bool starts = false;
    for (size_t at = 0; at < n; at++) {
      open[at] = top;
      top = call_step(at, top, open);
      starts |= top == at;
      path[at] = kUnreached;
    }
    // Code that starts no call has none open anywhere, on any path (a DO_* or SEND would have
    // been refused above): nothing more to check.
    if (!starts) return;
    // The paths, from the entries, by a worklist: path[] is set once per instruction, when it
    // is first reached, and every other way in must agree.
    uint32_t stack_local[256];
    std::unique_ptr<uint32_t[]> stack_heap;
    uint32_t* work = n <= std::size(stack_local) ? stack_local : (stack_heap = std::make_unique<uint32_t[]>(n)).get();
    size_t pending = 0;
    auto reach = [&](uint32_t at, uint32_t calls, size_t from, const char* why) {
      if (path[at] == kUnreached) {
        path[at] = calls;
        work[pending++] = at;
      } else if (path[at] != calls) {
        fail(why, static_cast<long>(from));
      }
    };
    // A frame starts at its first instruction or past the RECVs of the arguments passed; an
    // exception handler or a finally block starts with no call open.
    for (size_t at = 0; at <= f.num_args && at < n; at++)
      reach(static_cast<uint32_t>(at), kNoCall, at, "a frame can start inside a call's arguments");
    for (auto& t : f.try_catch) {  // the record check bounded the positions (0 is none)
      if (t.catch_op) reach(t.catch_op, kNoCall, t.catch_op, "an exception handler starts inside a call's arguments");
      if (t.finally_op) reach(t.finally_op, kNoCall, t.finally_op, "a finally block starts inside a call's arguments");
    }
    while (pending) {
      uint32_t at = work[--pending];
      const Insn& in = code[at];
      const InsnInfo& info = insn_info(in.op);
      uint32_t calls = path[at];
      // Where calls are open, the innermost are those the code's order has open (which the SENDs
      // were checked against, and which libphp's unwinding finds).
      if (calls != kNoCall && calls != open[at]) fail("calls open here differ from the code's order", at);
      uint32_t after = calls;
      switch (insn_info(in.op).call) {
        case CallUse::Start: after = at; break;
        case CallUse::Perform:
          if (calls == kNoCall) fail("performs a call it has not started", at);
          after = path[calls];  // reached: the INIT was
          break;
        case CallUse::Send:
        case CallUse::Argument:
          if (calls == kNoCall) fail("an argument for a call it has not started", at);
          break;
        case CallUse::Return:
          if (calls != kNoCall) fail("returns with a call started", at);
          break;
        case CallUse::None:
          if (static_cast<Op>(in.op) == Op::FAST_RET && calls != kNoCall)
            fail("leaves a finally block inside a call's arguments", at);
          break;
      }
      if (!(info.flags & F_NOFALL) && at + 1 < n) reach(at + 1, after, at, "continues where other calls are open");
      if (!(info.flags & F_JUMP)) continue;
      // No instruction that starts or performs a call jumps: a jump carries the calls open at it.
      if (in.op1.kind == K_JMP) reach(in.op1.value, after, at, "jumps where other calls are open");
      // (The last CATCH of a try rethrows an exception it does not catch: its op2 is no target.)
      bool last_catch = static_cast<Op>(in.op) == Op::CATCH && (in.ext & ZEND_LAST_CATCH);
      if (in.op2.kind == K_JMP && !last_catch) reach(in.op2.value, after, at, "jumps where other calls are open");
      if (info.ext == K_JMP) reach(in.ext, after, at, "jumps where other calls are open");
      Op o = static_cast<Op>(in.op);
      if (o == Op::SWITCH_LONG || o == Op::SWITCH_STRING || o == Op::MATCH)
        for (auto& e : literals[in.op2.value].elements)
          reach(static_cast<uint32_t>(e.value.lval), after, at, "jumps where other calls are open");
    }
  }

  // What the function's record says, without reading its body.
  void record() const {
    if (f.filename == kNone) fail("no file name");
    if (f.vars.size() > kMaxSlots || f.T > kMaxSlots) fail("too many slots");
    uint32_t n = static_cast<uint32_t>(f.code_size());
    if (n == 0) fail("no code");
    // A frame starts at instruction 0 or past the RECVs of the arguments passed (at most num_args).
    if (n <= f.num_args) fail("fewer instructions than a frame can start at");
    size_t expect_args = f.num_args + ((f.fn_flags & ZEND_ACC_VARIADIC) ? 1 : 0) + (f.has_return_info ? 1 : 0);
    if (f.arg_info.size() != expect_args) fail("argument info does not match the argument count");
    if (f.required_num_args > f.num_args) fail("more required arguments than arguments");
    for (auto& t : f.try_catch) {
      if (t.try_op >= n || t.catch_op >= n || t.finally_op >= n || t.finally_end >= n ||
          (t.catch_op && t.catch_op < t.try_op) ||
          (t.finally_op && (t.finally_op < t.try_op || t.finally_end < t.finally_op)) || (!t.catch_op && !t.finally_op))
        fail("malformed try/catch region");
    }
    for (auto& l : f.live_ranges) {
      uint32_t num = l.var >> 4;
      if ((l.var & 15) > ZEND_LIVE_NEW) fail("malformed live range kind");
      if (num < f.vars.size() || num >= slots() || l.start > l.end || l.end > n) fail("malformed live range");
    }
    if (f.static_vars != kNone && f.static_vars >= f.literal_size()) fail("static variables are not an array literal");
    for (auto d : f.dynamic_functions)
      if (d >= img.functions.size() || d == img.main_function) fail("dynamic function index out of range");
  }

  // Its literals and instructions.
  void body() const {
    if (code.empty()) fail("no code");
    for (size_t at = 0; at < code.size(); at++) insn(at);
    if (!(insn_info(code.back().op).flags & F_NOFALL)) fail("code falls off its end");
    calls();
    for (size_t i = 0; i < literals.size(); i++)
      if (literals[i].extra_value &&
          (literals[i].type == Literal::Ast || i + 1 >= literals.size() || literals[i + 1].type != Literal::String))
        fail("literal " + std::to_string(i) + " names a key's text, but no string follows it");
    if (f.static_vars != kNone) {
      if (f.static_vars >= literals.size() || literals[f.static_vars].type != Literal::Array)
        fail("static variables are not an array literal");
      for (auto& e : literals[f.static_vars].elements)
        if (!e.string_key) fail("static variable without a name");
    }
  }
};

}  // namespace

void verify(const Image& img) {
  if (img.functions.empty() || img.main_function >= img.functions.size())
    throw ImageError("main function index out of range");
  for (auto d : img.declared_functions)
    if (d >= img.functions.size() || d == img.main_function || img.functions[d].name == kNone)
      throw ImageError("declared function index out of range");
  for (uint32_t i = 0; i < img.functions.size(); i++) {
    if (i != img.main_function && img.functions[i].name == kNone)
      throw ImageError("function " + std::to_string(i) + " has no name");
    FunctionVerifier v{img, img.functions[i], i, img.functions[i].code, img.functions[i].literals};
    v.record();
    if (img.functions[i].body_loaded) v.body();
  }
  // A method is one class's own: each request copies it into that class alone.
  std::vector<bool> method_of_a_class(img.functions.size(), false);
  for (auto& c : img.classes) {
    std::string where = "class " + std::string(img.str(c.name)) + ": ";
    if (c.enum_backing_type != IS_UNDEF && c.enum_backing_type != IS_LONG && c.enum_backing_type != IS_STRING)
      throw ImageError(where + "bad enum backing type");
    if (c.binding == Binding::AtLoad ? c.declared_at >= img.functions[img.main_function].code_size()
                                     : c.declared_at != kNone)
      throw ImageError(where + "declaration position out of range");
    if (c.binding != Binding::AtLoad && !(c.flags & ZEND_ACC_ANON_CLASS) && img.str(c.key) == img.str(c.name))
      throw ImageError(where + "run-time key is its name");
    for (auto& m : c.methods) {
      if (m.function == kNone) {
        if (!(c.flags & ZEND_ACC_ENUM)) throw ImageError(where + "builtin method outside an enum");
        std::string_view n = img.str(m.name);
        if (n != "cases" && n != "from" && n != "tryfrom") throw ImageError(where + "unknown builtin enum method");
        continue;
      }
      if (m.function >= img.functions.size() || m.function == img.main_function || method_of_a_class[m.function])
        throw ImageError(where + "method function index out of range or shared");
      method_of_a_class[m.function] = true;
    }
  }
}

void verify_body(const Image& img, uint32_t function) {
  const Function& f = img.functions.at(function);
  FunctionVerifier{img, f, function, f.code, f.literals}.body();
}

void verify_body(const Image& img, uint32_t function, const Body& body) {
  FunctionVerifier{img, img.functions.at(function), function, body.code, body.literals}.body();
}

}  // namespace phpovm::image
