// A hot loop as the JIT compiles it: the instructions from its header to its last back edge, each
// with the types its operands have there. Types come from the frame when the loop became hot (the
// compiled loop guards them on entry) and flow through the loop's instructions; where paths with
// different types meet, the type is unknown, and an instruction that would need it makes the loop
// one the JIT refuses. No LLVM here: jit/llvm_backend.cpp compiles a Region.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "vm/zend_headers.h"

namespace phpovm::jit {

// What a slot holds. kBool: false or true (the slot's type says which). kArray, kObject: an array
// (read, or written in place) or an object (its properties read and written), borrowed: compiled
// code never copies one into another slot, and a temporary holds one without a reference of its
// own.
enum class Type : uint8_t { kNull, kBool, kLong, kDouble, kArray, kObject, kUnknown };
const char* type_name(Type t);
inline bool counted(Type t) { return t == Type::kArray || t == Type::kObject; }

// The slot of $this: the frame's This (a method's object), never assigned.
constexpr uint32_t kThisVar = offsetof(zend_execute_data, This);

// Slots from here on are an inlined function's variables: compiled code's own, never in a frame.
constexpr uint32_t kInlineBase = 1u << 30;
// Slots from here to kInlineBase hold the arguments of a compiled call, from its SEND to its
// DO_UCALL: the call's INIT_FCALL index << 6 | its argument's number - 1.
constexpr uint32_t kArgumentBase = 1u << 29;
// A slot of compiled code alone: the property ASSIGN_OBJ_OP reads (its op2), the element
// ASSIGN_DIM_OP reads (its args[0]).
constexpr uint32_t kScratchVar = kArgumentBase - 16;


// A frame slot (a CV or a temporary) and its type at some point.
struct Slot {
  uint32_t var;  // byte offset in the frame (znode_op.var)
  Type type;
  bool cv;
  const zval* sample = nullptr;  // kArray: the array seen when compiling (its elements' types are
                                 // what reads of it are compiled for); not kept in the code
  bool reference = false;        // a CV holding a reference to its kArray (a by-reference parameter)
};

// Builtin functions compiled inline: they compute a number from numbers, nothing else.
enum class Builtin : uint8_t { kNone, kSqrt, kAbs, kFloor, kCeil, kIntdiv, kMin, kMax };

struct Operand {
  enum Kind : uint8_t { kNone, kConst, kVar } kind = kNone;
  Type type = Type::kUnknown;
  uint32_t var = 0;  // kVar
  zval value{};      // kConst: a copy of the literal (a null, bool, long or double)
  const zval* sample = nullptr;  // kArray (Slot::sample)
};

// One instruction of the loop.
struct Step {
  uint32_t index = 0;  // in the op array
  uint8_t opcode = ZEND_NOP;  // Zend opcode
  uint32_t extended = 0;
  Operand op1, op2;
  Operand data;  // ASSIGN_DIM: the value (its OP_DATA's operand)
  bool has_result = false;  // writes its result slot
  uint32_t result = 0;      // result slot (a temporary) when has_result
  Type result_type = Type::kUnknown;
  uint32_t target = 0;      // a jump's target index
  bool leave = false;        // the loop is left here, to the interpreter (RETURN, THROW, EXIT)
  uint32_t exit_at = 0;      // where the interpreter resumes when compiled code leaves before this
                             // step: the step itself, or the INIT_FCALL of the call it is part of
  uintptr_t callee = 0;      // INIT_FCALL: the function inlined (compared with the call's cache)
  uint32_t cache_offset = 0;  // INIT_FCALL, and a property's instructions: its runtime cache slot
  std::vector<Step> body;    // DO_UCALL: the inlined function's steps (its result is op1)
  Type op_type = Type::kUnknown;  // ASSIGN_OP: the type of its operation (and the CV's after it)
  std::vector<Slot> before;  // the slots to write back when leaving the loop before this step
  std::vector<Slot> after;   // ... after it (a jump out of the loop)
  // A compiled function's DO_UCALL: the function of the Module it calls (-1: none) and its
  // arguments. Its RETURN returns op1.
  int32_t calls = -1;
  std::vector<Operand> args;
  Builtin builtin = Builtin::kNone;  // DO_ICALL: the builtin it calls with args
  // FETCH_DIM_R, ASSIGN_DIM, ASSIGN_DIM_OP with a constant string key: the key (a zend_string of
  // the linked image, its hash computed), looked up in a hash instead of op2 in a packed array.
  uintptr_t key = 0;
};

struct Region {
  uint32_t header = 0, end = 0;  // instruction indexes: the loop is [header, end]
  std::vector<Slot> guards;      // the CVs it reads or writes, with their types on entry
  std::vector<uint32_t> temporaries;  // every temporary slot a step defines
  std::vector<Step> steps;       // steps[i] is instruction header + i
  // Refused for what may change once the interpreter has run the code a little longer (worth a
  // later try): a CV not yet assigned, a property's cache not yet filled, a function not linked.
  bool try_later = false;
  uintptr_t chaos_counter = 0;   // phpovm.jit_chaos: the counter guards also fail on (0: none)
  uint32_t chaos_period = 0;
  // A whole function instead of a loop (a Module's): [header, end] is its body after its RECVs,
  // params are its parameters (guards is empty) and every value it returns is of type `returns`.
  // Where compiled code cannot go on (a guard, an overflow, an interrupt to serve, calls too deep)
  // the whole call it was entered by fails: the interpreter runs that call instead. It has no
  // effect but its result, so running it again is safe.
  bool function = false;
  std::vector<Slot> params;
  Type returns = Type::kUnknown;
  // A loop's: the functions its calls run compiled (a Module's functions; a DO_UCALL step's
  // `calls` indexes them), and the names they resolved (Module::names).
  std::vector<Region> callees;
  std::vector<std::pair<std::string, uintptr_t>> names;
};

// Functions compiled together: functions[0] is the one the interpreter enters; the others are
// those it calls (directly or not), each for the types of the arguments it is called with.
// `names` are the function names their calls resolve to (besides a function's calls of itself),
// which a request must bind to the same functions for the code to run in it (or to none, for the
// namespaced name a call of a builtin falls back from: 0).
struct Module {
  std::vector<Region> functions;
  std::vector<std::pair<std::string, uintptr_t>> names;
  bool try_later = false;  // (Region::try_later, of a function it was refused for)
};

// The function whose frame `ex` is about to run its body (after its RECVs), with its callees,
// typed from the parameters in that frame. False, with the reason, when the JIT does not compile
// it (it has an instruction with an effect besides its result, or one it does not compile).
bool build_module(zend_execute_data* ex, Module& out, std::string& why);

// Whether a function may be compiled as a Module's (a plain function whose parameters are passed
// by value, all required, without a default).
bool compilable_function(const zend_op_array* oa, const zend_op* code);

// The type of op1 `opcode` op2 (ADD, SUB, MUL, DIV, MOD, the bitwise operators) in compiled code,
// or kUnknown when the JIT does not compile it.
Type arithmetic(uint8_t opcode, Type a, Type b);

// The loop whose header is instruction `header` of `oa` (end: the index of its last back edge),
// typed from frame `ex`. False, with the reason, when it has an instruction (or operand types) the
// JIT does not compile.
bool build_region(const zend_op_array* oa, zend_execute_data* ex, uint32_t header, uint32_t end, Region& out,
                  std::string& why);

}  // namespace phpovm::jit
