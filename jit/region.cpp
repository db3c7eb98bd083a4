#include "jit/region.h"

#include "vm/function.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace phpovm::jit {

namespace {

using State = std::vector<Slot>;  // sorted by var

Slot* find(State& s, uint32_t var) {
  for (Slot& x : s)
    if (x.var == var) return &x;
  return nullptr;
}
void set(State& s, uint32_t var, Type t, bool cv, const zval* sample = nullptr) {
  if (Slot* x = find(s, var)) {
    x->type = t;
    x->sample = sample;
    return;
  }
  s.push_back({var, t, cv, sample});
  std::sort(s.begin(), s.end(), [](const Slot& a, const Slot& b) { return a.var < b.var; });
}
void erase(State& s, uint32_t var) {
  s.erase(std::remove_if(s.begin(), s.end(), [&](const Slot& x) { return x.var == var; }), s.end());
}

// Where two paths meet: a slot both have keeps its type if they agree; a temporary only one has is
// dead.
State join(const State& a, const State& b) {
  State out;
  for (const Slot& x : a)
    for (const Slot& y : b)
      if (x.var == y.var) out.push_back({x.var, x.type == y.type ? x.type : Type::kUnknown, x.cv, x.sample});
  return out;
}

Type type_of_zval(const zval* v) {
  switch (Z_TYPE_P(v)) {
    case IS_NULL: return Type::kNull;
    case IS_FALSE:
    case IS_TRUE: return Type::kBool;
    case IS_LONG: return Type::kLong;
    case IS_DOUBLE: return Type::kDouble;
    case IS_ARRAY: return Type::kArray;
    case IS_OBJECT: return Type::kObject;
    default: return Type::kUnknown;
  }
}

// The type the elements of a packed array have, as compiled reads expect them (a read of another
// leaves the loop): the type its first elements share, with the first as the sample of an array.
Type element_type(const zval* array, const zval** sample) {
  const HashTable* ht = Z_ARRVAL_P(array);
  if (!HT_IS_PACKED(ht)) return Type::kUnknown;
  Type t = Type::kUnknown;
  uint32_t seen = 0;
  for (uint32_t i = 0; i < ht->nNumUsed && seen < 16; i++) {
    const zval* e = &ht->arPacked[i];
    if (Z_TYPE_P(e) == IS_UNDEF) continue;
    Type et;
    switch (Z_TYPE_P(e)) {
      case IS_FALSE:
      case IS_TRUE: et = Type::kBool; break;
      case IS_LONG: et = Type::kLong; break;
      case IS_DOUBLE: et = Type::kDouble; break;
      case IS_ARRAY: et = Type::kArray; break;
      default: return Type::kUnknown;
    }
    if (seen++ == 0) {
      t = et;
      *sample = e;
    } else if (et != t) {
      return Type::kUnknown;
    }
  }
  return t;
}

bool numeric(Type t) { return t == Type::kLong || t == Type::kDouble; }

// An instruction's constant string key that is not a number (a hash's key), its hash computed;
// null for any other op2.
zend_string* string_key(const zend_op& op) {
  if (op.op2_type != IS_CONST || Z_TYPE_P(RT_CONSTANT(&op, op.op2)) != IS_STRING) return nullptr;
  zend_string* key = Z_STR_P(RT_CONSTANT(&op, op.op2));
  zend_ulong index;
  if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), index)) return nullptr;
  zend_string_hash_val(key);
  return key;
}

// The type of the element at `key` of the sample hash (its zval the sample of an array or object).
Type keyed_type(const zval* array, zend_string* key, const zval** sample) {
  if (!array || Z_TYPE_P(array) != IS_ARRAY) return Type::kUnknown;
  const zval* e = zend_hash_find(Z_ARRVAL_P(array), key);
  if (!e) return Type::kUnknown;
  Type t = type_of_zval(e);
  if (counted(t)) *sample = e;
  return t;
}
bool known(Type t) { return t != Type::kUnknown; }

}  // namespace

Type arithmetic(uint8_t opcode, Type a, Type b) {
  if (!numeric(a) || !numeric(b)) return Type::kUnknown;
  switch (opcode) {
    case ZEND_ADD:
    case ZEND_SUB:
    case ZEND_MUL: return a == Type::kLong && b == Type::kLong ? Type::kLong : Type::kDouble;
    // int / int is compiled for the float it gives unless one divides the other (an exit then).
    case ZEND_DIV: return Type::kDouble;
    case ZEND_MOD:
    case ZEND_BW_AND:
    case ZEND_BW_OR:
    case ZEND_BW_XOR:
    case ZEND_SL:
    case ZEND_SR: return a == Type::kLong && b == Type::kLong ? Type::kLong : Type::kUnknown;
    default: return Type::kUnknown;
  }
}

namespace {

bool is_send(uint8_t opcode) {
  return opcode == ZEND_SEND_VAL || opcode == ZEND_SEND_VAR || opcode == ZEND_SEND_VAL_EX || opcode == ZEND_SEND_VAR_EX;
}
bool is_init_by_name(uint8_t opcode) {
  return opcode == ZEND_INIT_FCALL || opcode == ZEND_INIT_FCALL_BY_NAME || opcode == ZEND_INIT_NS_FCALL_BY_NAME;
}

// The function a call by name (INIT_FCALL, INIT_FCALL_BY_NAME, INIT_NS_FCALL_BY_NAME) reaches in
// this request, as the interpreter resolves it (a namespaced name, then the global one), and in
// *lcname the lowercase name it was found by (*fallback: the global name of a namespaced call).
const zend_function* called_function(const zend_op& op, zend_string** lcname, bool* fallback) {
  const zval* name = RT_CONSTANT(&op, op.op2);
  *fallback = false;
  if (op.opcode == ZEND_INIT_FCALL) {
    *lcname = Z_STR_P(name);
    return static_cast<const zend_function*>(zend_hash_find_ptr(EG(function_table), *lcname));
  }
  *lcname = Z_STR_P(name + 1);
  auto* f = static_cast<const zend_function*>(zend_hash_find_ptr(EG(function_table), *lcname));
  if (!f && op.opcode == ZEND_INIT_NS_FCALL_BY_NAME) {
    *lcname = Z_STR_P(name + 2);
    *fallback = true;
    f = static_cast<const zend_function*>(zend_hash_find_ptr(EG(function_table), *lcname));
  }
  return f;
}

// The builtin of that (lowercase) name the JIT compiles, and how many arguments it takes.
Builtin builtin_named(const zend_string* name, uint32_t* arity) {
  static const struct {
    const char* name;
    Builtin builtin;
    uint32_t arity;
  } kBuiltins[] = {{"sqrt", Builtin::kSqrt, 1},     {"abs", Builtin::kAbs, 1}, {"floor", Builtin::kFloor, 1},
                   {"ceil", Builtin::kCeil, 1},     {"intdiv", Builtin::kIntdiv, 2}, {"min", Builtin::kMin, 2},
                   {"max", Builtin::kMax, 2}};
  for (const auto& b : kBuiltins)
    if (zend_string_equals_cstr(name, b.name, strlen(b.name))) {
      *arity = b.arity;
      return b.builtin;
    }
  return Builtin::kNone;
}

// The type a builtin gives for arguments of these types, or kUnknown when it is not compiled for
// them (min and max of ints only: with floats, php's comparison of NAN decides).
Type builtin_result(Builtin b, const std::vector<Type>& args) {
  for (Type t : args)
    if (!numeric(t)) return Type::kUnknown;
  switch (b) {
    case Builtin::kSqrt:
    case Builtin::kFloor:
    case Builtin::kCeil: return Type::kDouble;
    case Builtin::kAbs: return args[0];
    case Builtin::kIntdiv:
    case Builtin::kMin:
    case Builtin::kMax: return args[0] == Type::kLong && args[1] == Type::kLong ? Type::kLong : Type::kUnknown;
    default: return Type::kUnknown;
  }
}

class ModuleBuilder;

class Builder {
 public:
  Builder(const zend_op_array* oa, zend_execute_data* ex, uint32_t header, uint32_t end, Region& r, std::string& why)
      : oa_(oa), ex_(ex), header_(header), end_(end), r_(r), why_(why) {}

  // Builds function `self`'s body for parameters of `types` (a Region of a Module) instead of a
  // loop; its calls are compiled as calls of the module's functions.
  void as_function(const zend_function* self, const std::vector<Type>& types, ModuleBuilder* module) {
    function_ = true;
    self_ = self;
    param_types_ = types;
    module_ = module;
  }
  // A function's: the type of every value it returns (kUnknown if they differ).
  Type returns() const { return returns_; }

  bool run() {
    r_.header = header_;
    r_.end = end_;
    r_.function = function_;
    if (function_ && !pair_calls()) return false;
    if (!entry_state()) return false;
    size_t n = end_ - header_ + 1;
    in_.assign(n, std::nullopt);
    in_[0] = entry_;
    std::vector<bool> queued(n, false);
    std::vector<uint32_t> work{0};
    queued[0] = true;
    int rounds = 0;
    while (!work.empty()) {
      if (++rounds > 100000) return fail("the types of the loop do not settle");
      uint32_t i = work.back();
      work.pop_back();
      queued[i] = false;
      Step step;
      State out = *in_[i];
      transfer(header_ + i, out, step);
      for (uint32_t s : successors(header_ + i)) {
        if (s < header_ || s > end_) continue;
        uint32_t k = s - header_;
        State merged = in_[k] ? join(*in_[k], out) : out;
        if (k == 0) merged = join(merged, entry_);
        if (!in_[k] || merged.size() != in_[k]->size() ||
            !std::equal(merged.begin(), merged.end(), in_[k]->begin(),
                        [](const Slot& a, const Slot& b) { return a.var == b.var && a.type == b.type; })) {
          in_[k] = merged;
          if (!queued[k]) work.push_back(k), queued[k] = true;
        }
      }
    }
    for (uint32_t i = 0; i < n; i++) {
      Step step;
      step.index = header_ + i;
      if (!in_[i]) {
        // Unreachable from the header: leaving the loop there gives the interpreter the frame.
        step.opcode = ZEND_NOP;
        r_.steps.push_back(step);
        continue;
      }
      State out = *in_[i];
      step.before = written(*in_[i]);
      if (!transfer(header_ + i, out, step)) return false;
      step.after = written(out);
      r_.steps.push_back(std::move(step));
    }
    // A step that leaves by redoing the instruction before it (ASSIGN_DIM_OP after FETCH_DIM_RW)
    // writes back what that one would.
    for (Step& st : r_.steps)
      if (st.exit_at != st.index && st.exit_at >= header_) st.before = r_.steps[st.exit_at - header_].before;
    // Leaving inside a call (its arguments, the inlined function) redoes the call from its INIT_FCALL.
    for (const Call& c : calls_) {
      const std::vector<Slot> before = r_.steps[c.init - header_].before;
      for (uint32_t k = c.init + 1; k <= c.done; k++) {
        Step& st = r_.steps[k - header_];
        st.exit_at = c.init;
        st.before = before;
        for (Step& inner : st.body) {
          inner.exit_at = c.init;
          inner.before = before;
        }
      }
    }
    std::sort(r_.temporaries.begin(), r_.temporaries.end());
    r_.temporaries.erase(std::unique(r_.temporaries.begin(), r_.temporaries.end()), r_.temporaries.end());
    if (function_) {
      if (!any_return_) return fail("the function does not return");
      r_.returns = returns_;
    }
    if (loop_module_storage_) {
      r_.callees = std::move(loop_module_storage_->functions);
      r_.names = std::move(loop_module_storage_->names);
    }
    return true;
  }

 private:
  bool fail(const std::string& why) {
    why_ = why;
    return false;
  }
  std::string where(uint32_t i) const {
    std::string in = base_ && cur_->function_name ? " in inlined " + std::string(ZSTR_VAL(cur_->function_name)) + "()"
                                                  : "";
    return std::string(zend_get_opcode_name(cur_->opcodes[i].opcode)) + " at line " +
           std::to_string(cur_->opcodes[i].lineno) + in;
  }

  // A call of a user function in the loop, compiled inline: INIT_FCALL at `init`, its arguments'
  // SEND_VAL/SEND_VAR, DO_UCALL at `done`. The function is short, straight-line code of what the
  // JIT compiles, ends in RETURN, and touches nothing but its own variables: where compiled code
  // leaves the loop inside it (or among the arguments), the interpreter redoes the call from the
  // INIT_FCALL.
  struct Call {
    uint32_t init, done;
    const zend_function* callee;
    const zend_op_array* code;      // the callee's linked code (null: a builtin)
    std::vector<uint32_t> params;   // the callee's CV of each parameter
    Builtin builtin = Builtin::kNone;
    uint32_t arity = 0;
    bool native = false;            // called as a compiled function (Region::callees), not inlined
  };

  // Why function code fa (linked code `code`) is not inlined: "" if it is (its parameters' CVs
  // in params).
  static std::string inlinable(const zend_op_array& fa, const zend_op* code, std::vector<uint32_t>& params) {
    if (fa.fn_flags & (ZEND_ACC_VARIADIC | ZEND_ACC_HAS_TYPE_HINTS | ZEND_ACC_RETURN_REFERENCE | ZEND_ACC_GENERATOR |
                       ZEND_ACC_HAS_RETURN_TYPE | ZEND_ACC_CLOSURE))
      return "the function has types, references, variadics or yields";
    if (fa.last > 40) return "the function is too long to inline";
    for (uint32_t k = 0; k < fa.last; k++) {
      const zend_op& x = code[k];
      if (k < fa.num_args) {
        if (x.opcode != ZEND_RECV || x.op1.num != k + 1) return "unusual parameters";
        params.push_back(x.result.var);
        continue;
      }
      if (x.opcode == ZEND_RETURN) return "";
      switch (x.opcode) {
        case ZEND_JMP:
        case ZEND_JMPZ:
        case ZEND_JMPNZ:
        case ZEND_JMPZ_EX:
        case ZEND_JMPNZ_EX:
        case ZEND_JMP_SET:
        case ZEND_COALESCE:
        case ZEND_JMP_NULL: return "the function has branches";
        case ZEND_ASSIGN_DIM: return "the function writes an array";
        default: break;
      }
    }
    return "the function does not end in RETURN";
  }
  std::deque<Call> calls_;
  std::string why_call_;

  const Call* call_around(uint32_t i) {
    for (const Call& c : calls_)
      if (i > c.init && i <= c.done) return &c;
    return nullptr;
  }

  const Call* call_at(uint32_t init) {
    for (const Call& c : calls_)
      if (c.init == init) return &c;
    const zend_op* op = &oa_->opcodes[init];
    Call c;
    c.init = init;
    auto no = [&](const std::string& why) -> const Call* {
      why_call_ = why;
      return nullptr;
    };
    c.done = init + 1;
    for (; c.done <= end_; c.done++) {
      uint8_t o = oa_->opcodes[c.done].opcode;
      if (o == ZEND_DO_UCALL || o == ZEND_DO_ICALL || o == ZEND_DO_FCALL || o == ZEND_DO_FCALL_BY_NAME) break;
      if (o == ZEND_INIT_FCALL || o == ZEND_INIT_FCALL_BY_NAME || o == ZEND_INIT_NS_FCALL_BY_NAME ||
          o == ZEND_INIT_METHOD_CALL || o == ZEND_INIT_STATIC_METHOD_CALL || o == ZEND_INIT_DYNAMIC_CALL ||
          o == ZEND_INIT_USER_CALL || o == ZEND_NEW)
        return no("a call in the arguments of a call");
    }
    if (c.done > end_) return no("the call is not completed in the loop");
    // (The INIT step checks that the call's cache holds this function when the loop runs.)
    zend_string* lcname;
    bool fallback;
    const zend_function* f = called_function(*op, &lcname, &fallback);
    if (f && f->type == ZEND_INTERNAL_FUNCTION) {
      c.builtin = builtin_named(f->common.function_name, &c.arity);
      if (c.builtin == Builtin::kNone) return no("a builtin function the JIT does not compile");
      if (op->extended_value != c.arity) return no("a builtin called with another number of arguments");
      c.callee = f;
      c.code = nullptr;
      if (!pure_arguments(init, c.done, c.arity)) return nullptr;
      calls_.push_back(std::move(c));
      return &calls_.back();
    }
    const VmFunction* vf = f ? vm_function(f) : nullptr;
    if (!vf || vf->image != vm_function(reinterpret_cast<const zend_function*>(oa_))->image)
      return no("not a function of this image");
    if (vf->code == vf->stub || !vf->code) {
      r_.try_later = true;
      return no("the function is not linked yet");
    }
    const zend_op_array& fa = f->op_array;
    if (fa.num_args != op->extended_value || fa.required_num_args != fa.num_args)
      return no("the call does not pass exactly the function's parameters");
    for (uint32_t k = 0; k < fa.num_args; k++)
      if (ZEND_ARG_SEND_MODE(&fa.arg_info[k])) return no("a parameter by reference");
    c.callee = f;
    c.code = &fa;
    std::string why_not = inlinable(fa, vf->code, c.params);
    if (!why_not.empty()) {
      // Not inlined: called as a compiled function (which DO_UCALL builds for its arguments).
      if (!compilable_function(&fa, vf->code)) return no(why_not);
      c.native = true;
    }
    if (!pure_arguments(init, c.done, fa.num_args)) return nullptr;
    calls_.push_back(std::move(c));
    return &calls_.back();
  }

  // The arguments of the call from `init` to `done` are computed without side effects (they may
  // be computed again), and sent to its `arity` parameters.
  bool pure_arguments(uint32_t init, uint32_t done, uint32_t arity) {
    for (uint32_t k = init + 1; k < done; k++) {
      const zend_op& x = oa_->opcodes[k];
      bool send = is_send(x.opcode);
      if (!send && (x.result_type == IS_CV || x.opcode == ZEND_ASSIGN || x.opcode == ZEND_ASSIGN_OP ||
                    x.opcode == ZEND_ASSIGN_DIM || x.opcode == ZEND_PRE_INC || x.opcode == ZEND_PRE_DEC ||
                    x.opcode == ZEND_POST_INC || x.opcode == ZEND_POST_DEC)) {
        why_call_ = "an argument assigns a variable";
        return false;
      }
      if (send && (x.op2.num == 0 || x.op2.num > arity)) {
        why_call_ = "an argument out of place";
        return false;
      }
    }
    return true;
  }

  // A builtin's or compiled function's call: SEND puts each argument in a slot of the call
  // (kArgumentBase); the DO_ICALL or DO_UCALL takes them (init: its INIT_FCALL's index).
  bool argument_send(uint32_t init, uint32_t i, const zend_op& op, State& s, Step& step) {
    step.index = i;
    step.opcode = ZEND_QM_ASSIGN;
    if (op.op2.num == 0 || op.op2.num > 64) return fail(where(i) + " is not compiled (argument " + std::to_string(op.op2.num) + ")");
    if (!read(s, op.op1_type, op.op1, op, step.op1) || counted(step.op1.type))
      return fail(where(i) + " is not compiled with this argument");
    uint32_t var = kArgumentBase + (init << 6) + op.op2.num - 1;
    step.has_result = true;
    step.result = var;
    step.result_type = step.op1.type;
    set(s, var, step.op1.type, false);
    r_.temporaries.push_back(var);
    return true;
  }
  // The n arguments the SENDs of the call from `init` put in their slots, into step.args (their
  // types in *types).
  bool take_arguments(uint32_t init, uint32_t n, uint32_t i, State& s, Step& step, std::vector<Type>* types) {
    for (uint32_t k = 0; k < n; k++) {
      Operand a;
      a.kind = Operand::kVar;
      a.var = kArgumentBase + (init << 6) + k;
      Slot* x = find(s, a.var);
      if (!x || !known(x->type)) return fail(where(i) + " is not compiled with these arguments");
      a.type = x->type;
      erase(s, a.var);
      types->push_back(a.type);
      step.args.push_back(a);
    }
    return true;
  }
  // A DO_UCALL of f, compiled as a call of a function of `module` for the argument types.
  bool compiled_call(ModuleBuilder& module, const zend_function* f, uint32_t init, uint32_t i, const zend_op& op,
                     State& s, Step& step);
  bool builtin_call(Builtin builtin, uint32_t arity, uint32_t init, uint32_t i, const zend_op& op, State& s,
                    Step& step) {
    step.index = i;
    step.opcode = ZEND_DO_ICALL;
    step.builtin = builtin;
    std::vector<Type> types;
    if (!take_arguments(init, arity, i, s, step, &types)) return false;
    Type t = builtin_result(builtin, types);
    define(s, op, step, t);
    return known(t) && (!step.has_result || step.result_type == t) ? true
                                                                    : fail(where(i) + " is not compiled with these arguments");
  }

  bool native_call(const Call& call, uint32_t i, const zend_op& op, State& s, Step& step);
  ModuleBuilder& loop_module();
  std::unique_ptr<Module> loop_module_storage_;  // a loop's: the functions it calls compiled
  std::unique_ptr<ModuleBuilder> loop_module_;

  // A step between a call's INIT_FCALL and its DO_UCALL (both excluded: INIT_FCALL is its own).
  bool call_step(const Call& call, uint32_t i, State& s, Step& step) {
    const zend_op& op = oa_->opcodes[i];
    if (call.builtin != Builtin::kNone || call.native) {
      if (is_send(op.opcode)) return argument_send(call.init, i, op, s, step);
      if (i != call.done) return transfer_op(i, s, step);
      if (call.native) return native_call(call, i, op, s, step);
      return builtin_call(call.builtin, call.arity, call.init, i, op, s, step);
    }
    if (is_send(op.opcode)) {
      // The argument goes to the inlined function's parameter (a QM_ASSIGN of compiled code).
      step.index = i;
      step.opcode = ZEND_QM_ASSIGN;
      if (!read(s, op.op1_type, op.op1, op, step.op1) || counted(step.op1.type))
        return fail(where(i) + " is not compiled with this argument");
      uint32_t var = kInlineBase + call.params[op.op2.num - 1];
      step.has_result = true;
      step.result = var;
      step.result_type = step.op1.type;
      set(s, var, step.op1.type, true);  // a variable of the function: read without being consumed
      r_.temporaries.push_back(var);
      return true;
    }
    if (i != call.done) return transfer_op(i, s, step);  // an argument's computation
    // The DO_UCALL: the function's body, then its result.
    step.index = i;
    step.opcode = ZEND_DO_UCALL;
    base_ = kInlineBase;
    cur_ = call.code;
    const zend_op* code = call.code->opcodes;
    bool ok = true;
    uint32_t k = call.code->num_args;
    for (; code[k].opcode != ZEND_RETURN; k++) {
      Step inner;
      if (!transfer(k, s, inner)) {
        ok = false;
        break;
      }
      step.body.push_back(std::move(inner));
    }
    if (ok && !read(s, code[k].op1_type, code[k].op1, code[k], step.op1)) ok = fail(where(k) + " returns an unknown value");
    base_ = 0;
    cur_ = oa_;
    // The function's slots end with it.
    s.erase(std::remove_if(s.begin(), s.end(), [](const Slot& x) { return x.var >= kInlineBase; }), s.end());
    if (!ok) return false;
    define(s, op, step, counted(step.op1.type) ? Type::kUnknown : step.op1.type);
    return !counted(step.op1.type) || fail(where(i) + " returns an array or an object");
  }

  // Every CV the loop names, typed from the frame; a function's parameters, typed as it is called.
  bool entry_state() {
    if (function_) {
      for (uint32_t k = 0; k < param_types_.size(); k++) set(entry_, oa_->opcodes[k].result.var, param_types_[k], true);
      r_.params = entry_;
      return true;
    }
    for (uint32_t i = header_; i <= end_; i++) {
      const zend_op& op = oa_->opcodes[i];
      for (auto [kind, node] : {std::pair{op.op1_type, op.op1}, {op.op2_type, op.op2}, {op.result_type, op.result}}) {
        if (kind != IS_CV || find(entry_, node.var)) continue;
        const zval* v = reinterpret_cast<const zval*>(reinterpret_cast<const char*>(ex_) + node.var);
        Type t = type_of_zval(v);
        // A reference stands for the value it holds: an array (function sort(&$a)) is read and
        // written in place; a scalar (global, static, a by-reference parameter) is kept in a
        // register and written back through the reference where the loop is left. A reference
        // with a type (one to a typed property) is not compiled.
        bool reference = false;
        if (Z_ISREF_P(v)) {
          Type held = type_of_zval(Z_REFVAL_P(v));
          if (held == Type::kArray || (known(held) && !counted(held) && !ZEND_REF_HAS_TYPE_SOURCES(Z_REF_P(v)))) {
            if (held != Type::kArray) {
              if (std::find(references_.begin(), references_.end(), Z_REF_P(v)) != references_.end())
                return fail("two variables are bound to one reference (" + where(i) + ")");
              references_.push_back(Z_REF_P(v));
            }
            reference = true;
            t = held;
            v = Z_REFVAL_P(v);
          }
        }
        if (!known(t)) {
          zend_string* name = oa_->vars[EX_VAR_TO_NUM(node.var)];
          r_.try_later = Z_TYPE_P(v) == IS_UNDEF;
          const char* what = Z_TYPE_P(v) == IS_UNDEF ? "undefined" : Z_ISREF_P(v) ? "a reference" : zend_zval_type_name(v);
          return fail("$" + std::string(ZSTR_VAL(name), ZSTR_LEN(name)) + " is " + what + " (" + where(i) + ")");
        }
        set(entry_, node.var, t, true, counted(t) ? v : nullptr);
        find(entry_, node.var)->reference = reference;
      }
      if (i == header_ && op.opcode == ZEND_FE_FETCH_R && op.op1_type == IS_VAR) {
        // A foreach's loop: its iterator (the frame's, never written back) is an array.
        const zval* it = reinterpret_cast<const zval*>(reinterpret_cast<const char*>(ex_) + op.op1.var);
        if (Z_TYPE_P(it) != IS_ARRAY) return fail("foreach over " + std::string(zend_zval_type_name(it)));
        set(entry_, op.op1.var, Type::kArray, true, it);
      }
      if (op.op1_type == IS_UNUSED && property_instruction(op.opcode) && !find(entry_, kThisVar)) {
        if (Z_TYPE(ex_->This) != IS_OBJECT) return fail("no $this (" + where(i) + ")");
        set(entry_, kThisVar, Type::kObject, true, &ex_->This);
      }
    }
    r_.guards = entry_;
    return true;
  }

  static bool property_instruction(uint8_t opcode) {
    switch (opcode) {
      case ZEND_FETCH_OBJ_R:
      case ZEND_ASSIGN_OBJ:
      case ZEND_ASSIGN_OBJ_OP:
      case ZEND_PRE_INC_OBJ:
      case ZEND_PRE_DEC_OBJ:
      case ZEND_POST_INC_OBJ:
      case ZEND_POST_DEC_OBJ: return true;
      default: return false;
    }
  }

  // A property instruction's object (op1; unused: $this) in step.op1. False if it is not one.
  bool object_operand(State& s, const zend_op& op, Step& step) {
    if (base_ || function_ || op.op2_type != IS_CONST) return false;  // (an inlined function's cache is its own)
    if (op.op1_type == IS_UNUSED) {
      Slot* x = find(s, kThisVar);
      if (!x) return false;
      step.op1 = Operand{};
      step.op1.kind = Operand::kVar;
      step.op1.var = kThisVar;
      step.op1.type = Type::kObject;
      step.op1.sample = x->sample;
      return true;
    }
    return step.op1.kind == Operand::kVar && step.op1.type == Type::kObject && step.op1.sample;
  }

  // The declared property the instruction reaches in the sample object, through its runtime cache
  // slot at `offset` ([class, property offset, property info], filled when the interpreter ran
  // it): null when the cache does not hold the sample's class (yet: the loop is tried again later).
  const zval* property_of(const zval* object, uint32_t offset) {
    if (Z_TYPE_P(object) != IS_OBJECT || !ex_->run_time_cache) return nullptr;
    zend_object* obj = Z_OBJ_P(object);
    void** cache = reinterpret_cast<void**>(reinterpret_cast<char*>(ex_->run_time_cache) + offset);
    if (cache[0] != obj->ce) {
      r_.try_later = true;
      return nullptr;
    }
    auto at = reinterpret_cast<uintptr_t>(cache[1]);
    return IS_VALID_PROPERTY_OFFSET(at) ? OBJ_PROP(obj, at) : nullptr;
  }

  // The value an ASSIGN_DIM, ASSIGN_OBJ or their _OP takes from its OP_DATA (instruction i + 1),
  // in step.data: false if it is not a value the JIT knows.
  bool data_operand(uint32_t i, State& s, Step& step) {
    if (i + 1 > end_ || cur_->opcodes[i + 1].opcode != ZEND_OP_DATA) return false;
    const zend_op& data = cur_->opcodes[i + 1];
    return read(s, data.op1_type, data.op1, data, step.data);
  }

  // The slots a write-back stores: the CVs the loop assigns, and the live temporaries.
  State written(const State& s) const {
    State out;
    for (const Slot& x : s)
      if (x.var < kInlineBase &&
          (!x.cv || std::find(assigned_.begin(), assigned_.end(), x.var) != assigned_.end()))
        out.push_back(x);
    return out;
  }

  std::vector<uint32_t> successors(uint32_t i) const {
    const zend_op& op = oa_->opcodes[i];
    switch (op.opcode) {
      case ZEND_RETURN:
      case ZEND_RETURN_BY_REF:
      case ZEND_THROW:
      case ZEND_EXIT: return {};
      case ZEND_JMP: return {static_cast<uint32_t>(OP_JMP_ADDR(&op, op.op1) - oa_->opcodes)};
      case ZEND_JMPZ:
      case ZEND_JMPNZ: return {i + 1, static_cast<uint32_t>(OP_JMP_ADDR(&op, op.op2) - oa_->opcodes)};
      case ZEND_FE_FETCH_R: return {i + 1, static_cast<uint32_t>(ZEND_OFFSET_TO_OPLINE(&op, op.extended_value) - oa_->opcodes)};
      default: return {i + 1};
    }
  }

  // Reads an operand (a temporary is consumed). False if it is not a value the JIT knows.
  bool read(State& s, zend_uchar kind, znode_op node, const zend_op& op, Operand& out) {
    if (kind == IS_UNUSED) return true;
    if (kind == IS_CONST) {
      const zval* v = RT_CONSTANT(&op, node);
      out.kind = Operand::kConst;
      out.type = type_of_zval(v);
      ZVAL_COPY_VALUE(&out.value, v);
      return known(out.type);
    }
    out.kind = Operand::kVar;
    out.var = base_ + node.var;
    Slot* x = find(s, out.var);
    if (!x) return false;
    out.type = x->type;
    out.sample = x->sample;
    if (!x->cv && !keep_read_) erase(s, out.var);
    return known(out.type);
  }

  // The instruction's result; libphp's optimiser gives some a CV result ($x = $a + $b as one ADD).
  void define(State& s, const zend_op& op, Step& step, Type t, const zval* sample = nullptr) {
    if (op.result_type == IS_UNUSED) return;
    uint32_t var = base_ + op.result.var;
    step.has_result = true;
    step.result = var;
    step.result_type = t;
    if (op.result_type == IS_CV && !base_) {
      // Compiled code does not release what a CV held: it must hold a scalar, and get one.
      Slot* old = find(s, var);
      // (A function's variable may be assigned for the first time: nothing is released then.)
      if ((!old && !function_) || (old && counted(old->type)) || counted(t))
        step.result_type = Type::kUnknown;
      else
        assign_cv(s, var, t);
      return;
    }
    // A temporary, or a variable of an inlined function (a slot of the compiled code only).
    set(s, var, t, op.result_type == IS_CV, sample);
    r_.temporaries.push_back(var);
  }
  void assign_cv(State& s, uint32_t var, Type t) {
    set(s, var, t, true);
    if (std::find(assigned_.begin(), assigned_.end(), var) == assigned_.end()) assigned_.push_back(var);
  }

  // Applies instruction i to the slot types in s; fills step. False (and why_) when the JIT does
  // not compile it with these types.
  bool transfer(uint32_t i, State& s, Step& step) {
    step.exit_at = i;
    if (!base_)
      if (const Call* call = call_around(i)) return call_step(*call, i, s, step);
    return transfer_op(i, s, step);
  }

  bool transfer_op(uint32_t i, State& s, Step& step) {
    const zend_op& op = cur_->opcodes[i];
    if ((op.opcode == ZEND_RETURN || op.opcode == ZEND_RETURN_BY_REF || op.opcode == ZEND_THROW ||
         op.opcode == ZEND_EXIT) && !base_ && !function_) {
      // Leaving the function leaves the loop: the interpreter runs it, from the frame written back.
      step.index = i;
      step.opcode = op.opcode;
      step.leave = true;
      return true;
    }
    if (op.opcode == ZEND_OP_DATA) {
      step.index = i;
      step.opcode = ZEND_NOP;  // its operand is the ASSIGN_DIM's, read there
      return true;
    }
    step.index = i;
    step.opcode = op.opcode;
    step.extended = op.extended_value;
    auto unsupported = [&]() { return fail(where(i) + " is not compiled with these operands"); };
    if (function_) {
      switch (op.opcode) {
        case ZEND_RETURN: return function_return(i, s, step);
        case ZEND_INIT_FCALL:
        case ZEND_INIT_FCALL_BY_NAME:
        case ZEND_INIT_NS_FCALL_BY_NAME: return function_init_call(i, step);
        case ZEND_SEND_VAL:
        case ZEND_SEND_VAR:
        case ZEND_SEND_VAL_EX:
        case ZEND_SEND_VAR_EX: return function_send(i, s, step);
        case ZEND_DO_FCALL_BY_NAME:
        case ZEND_DO_UCALL:
        case ZEND_DO_ICALL: return function_call(i, s, step);
        case ZEND_VERIFY_RETURN_TYPE: return function_verify_return(i, s, step);
        default: break;
      }
    }
    if (is_init_by_name(op.opcode) && !base_) {
      const Call* call = call_at(i);
      if (!call) return fail(where(i) + " is not compiled (" + why_call_ + ")");
      step.callee = reinterpret_cast<uintptr_t>(call->callee);
      step.cache_offset = op.result.num;
      return true;
    }
    // libphp's optimiser may read one temporary twice (x * 2 becomes ADD T, T): it is consumed
    // once both operands are read.
    keep_read_ = (op.op1_type & (IS_TMP_VAR | IS_VAR)) && op.op2_type == op.op1_type && op.op1.var == op.op2.var;
    bool ok1 = read(s, op.op1_type, op.op1, op, step.op1);
    keep_read_ = false;
    bool ok2 = read(s, op.op2_type, op.op2, op, step.op2);
    switch (op.opcode) {
      case ZEND_NOP:
      case ZEND_EXT_STMT: return true;
      case ZEND_JMP:
        step.target = static_cast<uint32_t>(OP_JMP_ADDR(&op, op.op1) - oa_->opcodes);
        return true;
      case ZEND_JMPZ:
      case ZEND_JMPNZ:
        step.target = static_cast<uint32_t>(OP_JMP_ADDR(&op, op.op2) - oa_->opcodes);
        return ok1 && !counted(step.op1.type) ? true : unsupported();
      case ZEND_ADD:
      case ZEND_SUB:
      case ZEND_MUL:
      case ZEND_DIV:
      case ZEND_MOD:
      case ZEND_BW_AND:
      case ZEND_BW_OR:
      case ZEND_BW_XOR:
      case ZEND_SL:
      case ZEND_SR: {
        Type t = ok1 && ok2 ? arithmetic(op.opcode, step.op1.type, step.op2.type) : Type::kUnknown;
        define(s, op, step, t);
        return known(t) && step.result_type == t ? true : unsupported();
      }
      case ZEND_BW_NOT: {
        Type t = ok1 && step.op1.type == Type::kLong ? Type::kLong : Type::kUnknown;
        define(s, op, step, t);
        return known(t) && step.result_type == t ? true : unsupported();
      }
      case ZEND_FETCH_DIM_R: {
        // A packed array's element by an int index, of the type its elements were seen with, or
        // a hash's by a constant key, of the type it has in the sample.
        const zval* sample = nullptr;
        Type t = Type::kUnknown;
        if (ok1 && step.op1.type == Type::kArray) {
          if (ok2 && step.op2.type == Type::kLong) {
            t = element_type(step.op1.sample, &sample);
          } else if (zend_string* key = string_key(op)) {
            t = keyed_type(step.op1.sample, key, &sample);
            step.key = reinterpret_cast<uintptr_t>(key);
          }
        }
        define(s, op, step, t, sample);
        return known(t) && step.result_type == t ? true : unsupported();
      }
      case ZEND_FE_FETCH_R: {
        // A foreach's next element of a packed array (its iterator op1 is the frame's): a scalar
        // of the type the array's elements were seen with, into CV op2; the key, if used, is the
        // int position. The end of the array jumps out of the loop.
        step.target = static_cast<uint32_t>(ZEND_OFFSET_TO_OPLINE(&op, op.extended_value) - oa_->opcodes);
        const zval* sample = nullptr;
        bool good = !base_ && !function_ && ok1 && step.op1.type == Type::kArray && op.op2_type == IS_CV;
        Type t = good ? element_type(step.op1.sample, &sample) : Type::kUnknown;
        const Slot* old = good ? find(s, op.op2.var) : nullptr;
        good = good && known(t) && !counted(t) && old && !counted(old->type);
        if (good) assign_cv(s, op.op2.var, t);
        step.op_type = t;
        define(s, op, step, good ? Type::kLong : Type::kUnknown);
        return good && (!step.has_result || step.result_type == Type::kLong) ? true : unsupported();
      }
      case ZEND_ISSET_ISEMPTY_DIM_OBJ: {
        // isset($a[k]) or empty($a[k]) of an array, k an int or a constant string key.
        zend_string* key = ok2 ? nullptr : string_key(op);
        step.key = reinterpret_cast<uintptr_t>(key);
        bool good = ok1 && step.op1.type == Type::kArray && ((ok2 && step.op2.type == Type::kLong) || key);
        define(s, op, step, good ? Type::kBool : Type::kUnknown);
        return good && (!step.has_result || step.result_type == Type::kBool) ? true : unsupported();
      }
      case ZEND_FETCH_DIM_RW: {
        // The array element of a packed array, for the ASSIGN_DIM_OP that follows to write into:
        // both arrays must be their own (a reference count of 1), which compiled code checks.
        const zend_op* next = i + 1 <= end_ ? &cur_->opcodes[i + 1] : nullptr;
        bool good = op.op1_type == IS_CV && ok1 && ok2 && step.op1.type == Type::kArray &&
                    step.op2.type == Type::kLong && op.result_type == IS_VAR && next &&
                    next->opcode == ZEND_ASSIGN_DIM_OP && next->op1_type == IS_VAR && next->op1.var == op.result.var;
        const zval* sample = nullptr;
        Type t = good ? element_type(step.op1.sample, &sample) : Type::kUnknown;
        good = good && t == Type::kArray;
        define(s, op, step, good ? Type::kArray : Type::kUnknown, sample);
        return good ? true : unsupported();
      }
      case ZEND_ASSIGN_DIM: {
        // A scalar into an existing scalar element of a packed array (by an int index) or of a
        // hash (by a constant key) that the CV alone holds, or added at a packed array's end.
        bool ok3 = data_operand(i, s, step);
        zend_string* key = ok2 || op.op2_type == IS_UNUSED ? nullptr : string_key(op);
        step.key = reinterpret_cast<uintptr_t>(key);
        bool append = op.op2_type == IS_UNUSED;  // $a[] = v
        bool good = op.op1_type == IS_CV && ok1 && ((ok2 && step.op2.type == Type::kLong) || key || append) && ok3 &&
                    step.op1.type == Type::kArray && !counted(step.data.type) && known(step.data.type);
        define(s, op, step, good ? step.data.type : Type::kUnknown);
        return good && (!step.has_result || step.result_type == step.data.type) ? true : unsupported();
      }
      case ZEND_ASSIGN_DIM_OP: {
        // number op= number into an element holding a number: of a packed array by an int index
        // or of a hash by a constant key, the CV's own array or the one FETCH_DIM_RW gave (then
        // leaving redoes that FETCH_DIM_RW). args[0]: the element's value.
        bool ok3 = data_operand(i, s, step);
        bool fetched = op.op1_type == IS_VAR && i > header_ && cur_->opcodes[i - 1].opcode == ZEND_FETCH_DIM_RW &&
                       cur_->opcodes[i - 1].result.var == op.op1.var;
        const zval* sample = nullptr;
        Type element = Type::kUnknown;
        if (ok1 && step.op1.type == Type::kArray && (op.op1_type == IS_CV || fetched) && ok3) {
          if (ok2 && step.op2.type == Type::kLong) {
            element = element_type(step.op1.sample, &sample);
          } else if (zend_string* key = string_key(op)) {
            element = keyed_type(step.op1.sample, key, &sample);
            step.key = reinterpret_cast<uintptr_t>(key);
          }
        }
        Operand e;
        e.kind = Operand::kVar;
        e.var = kScratchVar;
        e.type = element;
        step.args.push_back(e);
        Type t = numeric(element) ? arithmetic(static_cast<uint8_t>(op.extended_value), element, step.data.type)
                                  : Type::kUnknown;
        step.op_type = t;
        if (fetched) step.exit_at = i - 1;
        define(s, op, step, t);
        return known(t) && (!step.has_result || step.result_type == t) ? true : unsupported();
      }
      case ZEND_IS_SMALLER:
      case ZEND_IS_SMALLER_OR_EQUAL:
      case ZEND_IS_EQUAL:
      case ZEND_IS_NOT_EQUAL: {
        bool good = ok1 && ok2 && numeric(step.op1.type) && numeric(step.op2.type);
        define(s, op, step, good ? Type::kBool : Type::kUnknown);
        return good ? true : unsupported();
      }
      case ZEND_IS_IDENTICAL:
      case ZEND_IS_NOT_IDENTICAL:
      case ZEND_BOOL:
      case ZEND_BOOL_NOT: {
        bool good = ok1 && (op.op2_type == IS_UNUSED || ok2) && !counted(step.op1.type) &&
                    !counted(step.op2.type);
        define(s, op, step, good ? Type::kBool : Type::kUnknown);
        return good ? true : unsupported();
      }
      case ZEND_FETCH_OBJ_R: {
        // A declared property, of the type it has in the sample object.
        step.cache_offset = op.extended_value & ~ZEND_FETCH_OBJ_FLAGS;
        const zval* prop = object_operand(s, op, step) ? property_of(step.op1.sample, step.cache_offset) : nullptr;
        Type t = prop ? type_of_zval(prop) : Type::kUnknown;
        define(s, op, step, t, counted(t) ? prop : nullptr);
        return known(t) && step.result_type == t ? true : unsupported();
      }
      case ZEND_ASSIGN_OBJ: {
        // A scalar into a declared property holding a scalar.
        bool ok3 = data_operand(i, s, step);
        step.cache_offset = op.extended_value;
        const zval* prop = object_operand(s, op, step) ? property_of(step.op1.sample, step.cache_offset) : nullptr;
        bool good = prop && ok3 && known(step.data.type) && !counted(step.data.type) && Z_TYPE_P(prop) >= IS_NULL &&
                    Z_TYPE_P(prop) <= IS_DOUBLE;
        define(s, op, step, good ? step.data.type : Type::kUnknown);
        return good && (!step.has_result || step.result_type == step.data.type) ? true : unsupported();
      }
      case ZEND_ASSIGN_OBJ_OP: {
        // A declared property holding a number, op= a number (op2: the property's value).
        bool ok3 = data_operand(i, s, step);
        step.cache_offset = ok3 ? cur_->opcodes[i + 1].extended_value : 0;
        const zval* prop =
            ok3 && object_operand(s, op, step) ? property_of(step.op1.sample, step.cache_offset) : nullptr;
        step.op2 = Operand{};
        step.op2.kind = Operand::kVar;
        step.op2.var = kScratchVar;
        step.op2.type = prop ? type_of_zval(prop) : Type::kUnknown;
        Type t = ok3 ? arithmetic(static_cast<uint8_t>(op.extended_value), step.op2.type, step.data.type) : Type::kUnknown;
        step.op_type = t;
        define(s, op, step, t);
        return known(t) && (!step.has_result || step.result_type == t) ? true : unsupported();
      }
      case ZEND_PRE_INC_OBJ:
      case ZEND_PRE_DEC_OBJ:
      case ZEND_POST_INC_OBJ:
      case ZEND_POST_DEC_OBJ: {
        // ++ and -- of a declared property holding an int.
        step.cache_offset = op.extended_value;
        const zval* prop = object_operand(s, op, step) ? property_of(step.op1.sample, step.cache_offset) : nullptr;
        bool good = prop && Z_TYPE_P(prop) == IS_LONG;
        define(s, op, step, good ? Type::kLong : Type::kUnknown);
        return good ? true : unsupported();
      }
      case ZEND_COUNT: {
        Type t = ok1 && step.op1.type == Type::kArray ? Type::kLong : Type::kUnknown;
        define(s, op, step, t);
        return known(t) && step.result_type == t ? true : unsupported();
      }
      case ZEND_TYPE_CHECK:
        define(s, op, step, ok1 ? Type::kBool : Type::kUnknown);
        return ok1 ? true : unsupported();
      case ZEND_QM_ASSIGN: {
        bool good = ok1 && !counted(step.op1.type);
        define(s, op, step, good ? step.op1.type : Type::kUnknown);
        return good && step.result_type == step.op1.type ? true : unsupported();
      }
      case ZEND_PRE_INC:
      case ZEND_PRE_DEC:
      case ZEND_POST_INC:
      case ZEND_POST_DEC: {
        bool good = op.op1_type == IS_CV && ok1 && numeric(step.op1.type);
        if (good) assign_cv(s, base_ + op.op1.var, step.op1.type);
        define(s, op, step, good ? step.op1.type : Type::kUnknown);
        return good ? true : unsupported();
      }
      case ZEND_ASSIGN: {
        const Slot* old = op.op1_type == IS_CV ? find(s, base_ + op.op1.var) : nullptr;
        // An inlined function's variable may be assigned for the first time.
        bool fresh = (base_ || function_) && op.op1_type == IS_CV && !old;
        bool good = (fresh || (old && !counted(old->type))) && ok2 && !counted(step.op2.type);
        if (good) assign_cv(s, base_ + op.op1.var, step.op2.type);
        define(s, op, step, good ? step.op2.type : Type::kUnknown);
        return good ? true : unsupported();
      }
      case ZEND_ASSIGN_OP: {
        Type t = op.op1_type == IS_CV && ok1 && ok2 ? arithmetic(static_cast<uint8_t>(op.extended_value),
                                                                 step.op1.type, step.op2.type)
                                                    : Type::kUnknown;
        if (known(t)) assign_cv(s, base_ + op.op1.var, t);
        step.op_type = t;
        define(s, op, step, t);
        return known(t) ? true : unsupported();
      }
      case ZEND_RECV: return base_ != 0;  // an inlined function's parameter: its SEND wrote it
      default: return fail(where(i) + " is not compiled");
    }
  }

  // A function's call instructions (Region::function): INIT_FCALL resolves the function, each
  // SEND puts its argument in a slot of its own (kArgumentBase), DO_UCALL calls the Module's
  // function for the arguments' types.
  bool pair_calls() {
    std::vector<uint32_t> open;
    for (uint32_t i = header_; i <= end_; i++) {
      uint8_t o = oa_->opcodes[i].opcode;
      switch (o) {
        case ZEND_INIT_FCALL:
        case ZEND_INIT_FCALL_BY_NAME:
        case ZEND_INIT_NS_FCALL_BY_NAME:
        case ZEND_INIT_METHOD_CALL:
        case ZEND_INIT_STATIC_METHOD_CALL:
        case ZEND_INIT_DYNAMIC_CALL:
        case ZEND_INIT_USER_CALL:
        case ZEND_NEW: open.push_back(i); break;
        case ZEND_DO_UCALL:
        case ZEND_DO_FCALL:
        case ZEND_DO_ICALL:
        case ZEND_DO_FCALL_BY_NAME:
          if (open.empty()) return fail(where(i) + " has no call to complete");
          call_init_[i] = open.back();
          open.pop_back();
          break;
        case ZEND_SEND_VAL:
        case ZEND_SEND_VAR:
        case ZEND_SEND_VAL_EX:
        case ZEND_SEND_VAR_EX:
          if (open.empty()) return fail(where(i) + " has no call to send to");
          call_init_[i] = open.back();
          break;
        default: break;
      }
    }
    return true;
  }

  bool function_return(uint32_t i, State& s, Step& step) {
    const zend_op& op = oa_->opcodes[i];
    step.opcode = ZEND_RETURN;
    if (!read(s, op.op1_type, op.op1, op, step.op1) || counted(step.op1.type))
      return fail(where(i) + " returns a value the JIT does not return");
    returns_ = !any_return_ || returns_ == step.op1.type ? step.op1.type : Type::kUnknown;
    any_return_ = true;
    return true;
  }

  bool function_init_call(uint32_t i, Step& step);
  bool function_call(uint32_t i, State& s, Step& step);

  bool function_send(uint32_t i, State& s, Step& step) {
    const zend_op& op = oa_->opcodes[i];
    auto init = call_init_.find(i);
    if (init == call_init_.end() || !callees_.count(init->second)) return fail(where(i) + " is not compiled");
    return argument_send(init->second, i, op, s, step);
  }

  // A return type declared: a value of it passes as it is, an int for a float becomes one.
  bool function_verify_return(uint32_t i, State& s, Step& step) {
    const zend_op& op = oa_->opcodes[i];
    Slot* x = op.op1_type == IS_CONST || op.op1_type == IS_UNUSED ? nullptr : find(s, op.op1.var);
    if (!x || op.result_type != IS_UNUSED) return fail(where(i) + " is not compiled");
    uint32_t mask = ZEND_TYPE_PURE_MASK(oa_->arg_info[-1].type);
    uint32_t needs = 0;
    switch (x->type) {
      case Type::kNull: needs = MAY_BE_NULL; break;
      case Type::kBool: needs = MAY_BE_BOOL; break;
      case Type::kLong: needs = MAY_BE_LONG; break;
      case Type::kDouble: needs = MAY_BE_DOUBLE; break;
      default: return fail(where(i) + " is not compiled with this value");
    }
    step.opcode = ZEND_NOP;
    if ((mask & needs) == needs) return true;
    if (x->type != Type::kLong || !(mask & MAY_BE_DOUBLE) || x->cv)
      return fail(where(i) + " would not pass (or would change) the value");
    step.opcode = ZEND_VERIFY_RETURN_TYPE;  // int to float, in the slot
    step.op1.kind = Operand::kVar;
    step.op1.var = x->var;
    step.op1.type = Type::kLong;
    x->type = Type::kDouble;
    return true;
  }

  bool function_ = false;
  const zend_function* self_ = nullptr;
  std::vector<Type> param_types_;
  ModuleBuilder* module_ = nullptr;
  Type returns_ = Type::kUnknown;
  bool any_return_ = false;
  std::unordered_map<uint32_t, uint32_t> call_init_;             // SEND or DO_UCALL -> its INIT
  std::unordered_map<uint32_t, const zend_function*> callees_;   // INIT_FCALL -> the function

  const zend_op_array* oa_;
  const zend_op_array* cur_ = oa_;  // whose instructions transfer() reads: oa_, or an inlined function's
  uint32_t base_ = 0;               // added to the slots of an inlined function (kInlineBase)
  zend_execute_data* ex_;
  uint32_t header_, end_;
  Region& r_;
  std::string& why_;
  State entry_;
  std::vector<uint32_t> assigned_;  // the CVs the loop assigns
  bool keep_read_ = false;          // read() leaves the temporary (it is read again at once)
  std::vector<const zend_reference*> references_;  // those bound to references to scalars
  std::vector<std::optional<State>> in_;
};

// Builds a Module: its functions, each for the types it is called with. A function that calls
// itself is built for an assumed return type, which its returns must confirm.
class ModuleBuilder {
 public:
  explicit ModuleBuilder(Module& m) : m_(m) {}

  // The index of the Module's function for f called with `types`, built if it is not yet, and in
  // *ret the type it returns (while it is being built: the type it is assumed to return). -1, with
  // the reason, if it is not compiled.
  int function_for(const zend_function* f, const std::vector<Type>& types, Type* ret, std::string& why) {
    for (size_t k = 0; k < entries_.size(); k++)
      if (entries_[k].f == f && entries_[k].types == types) {
        if (!entries_[k].done) entries_[k].assumed = true;
        *ret = entries_[k].returns;
        return static_cast<int>(k);
      }
    if (entries_.size() >= kMaxFunctions) {
      why = "it calls too many functions";
      return -1;
    }
    const zend_op_array& oa = f->op_array;
    size_t index = entries_.size();
    std::string first_why;
    for (Type assumed : {Type::kLong, Type::kDouble, Type::kBool, Type::kNull}) {
      if (--budget_ < 0) {
        why = "the types its calls return do not settle";
        return -1;
      }
      entries_.resize(index);
      m_.functions.resize(index + 1);
      entries_.push_back({f, types, assumed});
      Region r;
      std::string w;
      Builder b(&oa, nullptr, oa.num_args, oa.last - 1, r, w);
      b.as_function(f, types, this);
      bool ok = b.run();
      m_.try_later = m_.try_later || r.try_later;
      bool recursive = entries_[index].assumed;
      if (ok && (b.returns() == assumed || (!recursive && b.returns() != Type::kUnknown))) {
        entries_[index].done = true;
        entries_[index].returns = b.returns();
        m_.functions[index] = std::move(r);
        *ret = b.returns();
        return static_cast<int>(index);
      }
      if (first_why.empty()) first_why = ok ? "it returns values of different types" : w;
      if (!recursive) break;  // no other assumption changes anything
    }
    entries_.resize(index);
    m_.functions.resize(index);
    why = first_why;
    return -1;
  }

  // A function name the Module's calls resolved (a request must bind it to the same function, or
  // to none when f is null).
  void bound(zend_string* name, const zend_function* f) {
    std::string n(ZSTR_VAL(name), ZSTR_LEN(name));
    for (const auto& [m, g] : m_.names)
      if (m == n) return;
    m_.names.emplace_back(n, reinterpret_cast<uintptr_t>(f));
  }

 private:
  static constexpr size_t kMaxFunctions = 8;
  struct Entry {
    const zend_function* f;
    std::vector<Type> types;
    Type returns;
    bool done = false;
    bool assumed = false;  // its return type was assumed by a call while it was being built
  };
  Module& m_;
  std::vector<Entry> entries_;
  int budget_ = 32;
};

// INIT_FCALL (or a call by name) in a function: the function it calls, compiled as a call of the
// Module's function.
bool Builder::function_init_call(uint32_t i, Step& step) {
  const zend_op& op = oa_->opcodes[i];
  step.opcode = ZEND_NOP;
  zend_string* name;
  bool fallback;
  const zend_function* f = called_function(op, &name, &fallback);
  uint32_t arity;
  // A builtin is the same function in every request; a namespaced call reaches it only while its
  // namespace has no function of that name (a name bound to nothing, checked per request).
  if (f && f->type == ZEND_INTERNAL_FUNCTION && builtin_named(f->common.function_name, &arity) != Builtin::kNone &&
      arity == op.extended_value) {
    if (fallback) module_->bound(Z_STR_P(RT_CONSTANT(&op, op.op2) + 1), nullptr);
    callees_[i] = f;
    return true;
  }
  if (fallback) return fail(where(i) + " reaches a global function a namespaced one may hide");
  const VmFunction* vf = f ? vm_function(f) : nullptr;
  if (!vf || vf->image != vm_function(self_)->image) return fail(where(i) + ": not a function of this image");
  if (!vf->code || vf->code == vf->stub) {
    r_.try_later = true;
    return fail(where(i) + ": the function is not linked yet");
  }
  if (!compilable_function(&f->op_array, vf->code) || f->op_array.num_args != op.extended_value)
    return fail(where(i) + ": the call does not pass exactly the function's parameters, by value");
  if (f != self_) module_->bound(name, f);
  callees_[i] = f;
  return true;
}

bool Builder::function_call(uint32_t i, State& s, Step& step) {
  const zend_op& op = oa_->opcodes[i];
  auto init = call_init_.find(i);
  auto callee = init == call_init_.end() ? callees_.end() : callees_.find(init->second);
  if (callee == callees_.end()) return fail(where(i) + " is not compiled");
  const zend_function* f = callee->second;
  if (f->type == ZEND_INTERNAL_FUNCTION) {
    uint32_t arity;
    Builtin b = builtin_named(f->common.function_name, &arity);
    return builtin_call(b, arity, init->second, i, op, s, step);
  }
  return compiled_call(*module_, f, init->second, i, op, s, step);
}

bool Builder::compiled_call(ModuleBuilder& module, const zend_function* f, uint32_t init, uint32_t i,
                            const zend_op& op, State& s, Step& step) {
  step.index = i;
  step.opcode = ZEND_DO_UCALL;  // (also for a DO_FCALL_BY_NAME: the function is known)
  std::vector<Type> types;
  if (!take_arguments(init, f->op_array.num_args, i, s, step, &types)) return false;
  Type ret;
  std::string why;
  step.calls = module.function_for(f, types, &ret, why);
  if (step.calls < 0)
    return fail(where(i) + " calls " + std::string(ZSTR_VAL(f->common.function_name)) + "(), not compiled: " + why);
  define(s, op, step, ret);
  return !step.has_result || step.result_type == ret ? true : fail(where(i) + " is not compiled with its result");
}

ModuleBuilder& Builder::loop_module() {
  if (!loop_module_) {
    loop_module_storage_ = std::make_unique<Module>();
    loop_module_ = std::make_unique<ModuleBuilder>(*loop_module_storage_);
  }
  return *loop_module_;
}

// A loop's DO_UCALL of a function compiled with it (a failed call leaves the loop at the call's
// INIT_FCALL: the interpreter makes the call).
bool Builder::native_call(const Call& call, uint32_t i, const zend_op& op, State& s, Step& step) {
  return compiled_call(loop_module(), call.callee, call.init, i, op, s, step);
}

}  // namespace

bool compilable_function(const zend_op_array* oa, const zend_op* code) {
  if (!oa->function_name || oa->scope || oa->num_args != oa->required_num_args || oa->num_args >= oa->last ||
      (oa->fn_flags & (ZEND_ACC_CLOSURE | ZEND_ACC_GENERATOR | ZEND_ACC_VARIADIC | ZEND_ACC_RETURN_REFERENCE |
                       ZEND_ACC_HAS_FINALLY_BLOCK)))
    return false;
  for (uint32_t k = 0; k < oa->num_args; k++)
    if (code[k].opcode != ZEND_RECV || ZEND_ARG_SEND_MODE(&oa->arg_info[k])) return false;
  return true;
}

bool build_module(zend_execute_data* ex, Module& out, std::string& why) {
  const zend_function* f = ex->func;
  if (f->common.scope) {
    why = "a method";
    return false;
  }
  std::vector<Type> types;
  for (uint32_t k = 0; k < f->op_array.num_args; k++) {
    const zval* v = ZEND_CALL_VAR_NUM(ex, k);
    Type t = type_of_zval(v);
    if (!known(t) || counted(t)) {
      why = "parameter $" + std::string(ZSTR_VAL(f->op_array.vars[k])) + " is " + zend_zval_type_name(v);
      return false;
    }
    types.push_back(t);
  }
  Type ret;
  if (ModuleBuilder(out).function_for(f, types, &ret, why) != 0) return false;
  // A short function without calls or loops costs the interpreter little more than entering
  // compiled code does.
  const Region& body = out.functions[0];
  bool worth = out.functions.size() > 1 || body.steps.size() >= 8;
  for (const Step& st : body.steps)
    worth = worth || st.calls >= 0 || (st.opcode == ZEND_JMP && st.target <= st.index) ||
            ((st.opcode == ZEND_JMPZ || st.opcode == ZEND_JMPNZ) && st.target <= st.index);
  if (!worth) why = "too short to gain from compiling";
  return worth;
}

const char* type_name(Type t) {
  switch (t) {
    case Type::kNull: return "null";
    case Type::kBool: return "bool";
    case Type::kLong: return "int";
    case Type::kDouble: return "float";
    case Type::kArray: return "array";
    case Type::kObject: return "object";
    default: return "unknown";
  }
}

bool build_region(const zend_op_array* oa, zend_execute_data* ex, uint32_t header, uint32_t end, Region& out,
                  std::string& why) {
  return Builder(oa, ex, header, end, out, why).run();
}

}  // namespace phpovm::jit
