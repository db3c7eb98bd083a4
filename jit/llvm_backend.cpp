// The one file that uses LLVM: compiles a typed loop (jit/region.h) with ORC's LLJIT. It is built
// as its own module, libphpovm_llvm.so, which jit/backend_loader.cpp loads when the first loop is
// compiled: a process that compiles nothing does not pay for loading LLVM (about 12 ms).
//
// Each frame slot the loop touches lives in two allocas, its 64 value bits and its Zend type, which
// LLVM promotes to registers: ints, floats and bools stay unboxed across iterations and reach the
// frame only where the loop is left. Leaving is a return of the instruction index to resume at,
// after storing every assigned CV and every live temporary into the frame, so the interpreter
// finds the frame as if it had run the loop itself up to that instruction.
#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <map>
#include <set>
#include <memory>
#include <mutex>

// GCC 12 sees an uninitialised member in LLVM's unique_function moved into a vector (a false
// positive, in LLVM's headers).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <llvm/Config/llvm-config.h>
#include <llvm/ExecutionEngine/JITLink/JITLink.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ObjectLinkingLayer.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/TargetSelect.h>

#include "jit/backend.h"

// PHP's headers (through jit/region.h) define lookup as a macro (php_lookup, for their resolver).
#undef lookup

namespace phpovm::jit {

namespace {

bool g_perf_map;  // phpovm.jit_perf_map

// Writes where each compiled function is to /tmp/perf-PID.map (the format perf reads for code
// made at run time), so that `perf report` names compiled loops and functions.
class PerfMapPlugin : public llvm::orc::ObjectLinkingLayer::Plugin {
 public:
  void modifyPassConfig(llvm::orc::MaterializationResponsibility&, llvm::jitlink::LinkGraph&,
                        llvm::jitlink::PassConfiguration& config) override {
    config.PostFixupPasses.push_back([](llvm::jitlink::LinkGraph& graph) -> llvm::Error {
      static std::mutex mutex;
      std::lock_guard<std::mutex> lock(mutex);
      std::string path = "/tmp/perf-" + std::to_string(getpid()) + ".map";
      if (FILE* map = fopen(path.c_str(), "a")) {
        for (llvm::jitlink::Symbol* symbol : graph.defined_symbols())
          if (symbol->hasName() && symbol->getSize() > 0)
            fprintf(map, "%llx %llx %s\n", static_cast<unsigned long long>(symbol->getAddress().getValue()),
                    static_cast<unsigned long long>(symbol->getSize()), symbol->getName().str().c_str());
        fclose(map);
      }
      return llvm::Error::success();
    });
  }
  llvm::Error notifyFailed(llvm::orc::MaterializationResponsibility&) override { return llvm::Error::success(); }
  llvm::Error notifyRemovingResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey) override {
    return llvm::Error::success();
  }
  void notifyTransferringResources(llvm::orc::JITDylib&, llvm::orc::ResourceKey, llvm::orc::ResourceKey) override {}
};

llvm::orc::LLJIT* the_jit(std::string& why) {
  // Never destroyed: code it made may run until the process ends, and the compile thread may be
  // using it while static destructors run.
  static llvm::orc::LLJIT* jit;
  static std::string error;
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    // Codegen at "less": compile time matters as much as the code (a loop is compiled while the
    // program waits), and the IR is already optimised.
    auto target = llvm::orc::JITTargetMachineBuilder::detectHost();
    if (!target) {
      error = llvm::toString(target.takeError());
      return;
    }
    target->setCodeGenOptLevel(llvm::CodeGenOptLevel::Less);
    auto made = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*target)).create();
    if (!made) {
      error = llvm::toString(made.takeError());
      return;
    }
    jit = made->release();
    if (g_perf_map) {
      if (auto* layer = llvm::dyn_cast<llvm::orc::ObjectLinkingLayer>(&jit->getObjLinkingLayer()))
        layer->addPlugin(std::make_unique<PerfMapPlugin>());
    }
  });
  if (!jit) why = "LLVM's JIT could not start: " + error;
  return jit;
}

// How deep compiled functions call each other before the call fails (and the interpreter runs
// it): the native stack is the thread's, or a fiber's.
constexpr uint32_t kMaxDepth = 4096;

// The LLVM type of a Module's function: its parameters' 64 bits each (a bool as 0 or 1), then
// its depth of calls; it returns its value's 64 bits and Zend type (0 when the call failed).
llvm::FunctionType* function_type(llvm::LLVMContext& c, size_t params) {
  llvm::Type* i64 = llvm::Type::getInt64Ty(c);
  llvm::Type* i32 = llvm::Type::getInt32Ty(c);
  std::vector<llvm::Type*> args(params, i64);
  args.push_back(i32);
  return llvm::FunctionType::get(llvm::StructType::get(c, {i64, i32}), args, false);
}

// Compiles one Region: a loop (the function of ex that compile() returns), or one function of a
// Module (into the declared function that compile_function() is given).
class LoopCompiler {
 public:
  LoopCompiler(const Region& r, llvm::LLVMContext& c, llvm::Module& m, const std::vector<llvm::Function*>* module = nullptr)
      : r_(r), c_(c), m_(m), b_(c), module_(module) {
    i1_ = b_.getInt1Ty();
    i8_ = b_.getInt8Ty();
    i32_ = b_.getInt32Ty();
    i64_ = b_.getInt64Ty();
    f64_ = b_.getDoubleTy();
    ptr_ = b_.getPtrTy();
  }

  // A Module's function: its parameters go to their slots; it fails at once when calls are too
  // deep or the VM has an interrupt to serve.
  void compile_function(llvm::Function* fn) {
    fn_ = fn;
    auto* entry = llvm::BasicBlock::Create(c_, "entry", fn_);
    b_.SetInsertPoint(entry);
    for (const Slot& p : r_.params) slot(p.var);
    for (uint32_t t : r_.temporaries) slot(t);
    for (size_t i = 0; i < r_.steps.size(); i++)
      blocks_.push_back(llvm::BasicBlock::Create(c_, "i" + std::to_string(r_.steps[i].index), fn_));
    for (size_t k = 0; k < r_.params.size(); k++) {
      const Slot& p = r_.params[k];
      llvm::Value* bits = fn_->getArg(static_cast<unsigned>(k));
      b_.CreateStore(bits, slot_of(p.var).bits);
      llvm::Value* type = p.type == Type::kBool ? b_.CreateSelect(b_.CreateICmpNE(bits, b_.getInt64(0)),
                                                                  b_.getInt32(IS_TRUE), b_.getInt32(IS_FALSE))
                                                : static_cast<llvm::Value*>(b_.getInt32(type_info(p.type)));
      b_.CreateStore(type, slot_of(p.var).type);
    }
    depth_ = fn_->getArg(static_cast<unsigned>(r_.params.size()));
    llvm::Value* deep = b_.CreateICmpUGE(depth_, b_.getInt32(kMaxDepth));
    b_.CreateCondBr(b_.CreateOr(deep, interrupt()), failed(), blocks_[0]);
    for (size_t i = 0; i < r_.steps.size(); i++) {
      b_.SetInsertPoint(blocks_[i]);
      step(r_.steps[i]);
    }
  }

  llvm::Function* compile(const std::string& name) {
    auto* type = llvm::FunctionType::get(i32_, {ptr_}, false);
    fn_ = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, m_);
    ex_ = fn_->getArg(0);
    auto* entry = llvm::BasicBlock::Create(c_, "entry", fn_);
    b_.SetInsertPoint(entry);
    for (const Slot& g : r_.guards) slot(g.var);
    for (uint32_t t : r_.temporaries) slot(t);
    for (size_t i = 0; i < r_.steps.size(); i++)
      blocks_.push_back(llvm::BasicBlock::Create(c_, "i" + std::to_string(r_.steps[i].index), fn_));
    // Guards: the CVs' types on entry.
    for (const Slot& g : r_.guards) {
      llvm::Value* t = b_.CreateLoad(i32_, type_at(g.var));
      if (g.reference) {
        // The value the reference holds stands for the CV: an array (not assigned in the loop),
        // or a scalar, written back through the reference (which has no type to check).
        auto* is_ref = llvm::BasicBlock::Create(c_, "reference", fn_);
        b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateAnd(t, b_.getInt32(0xff)), b_.getInt32(IS_REFERENCE)), is_ref,
                        guard_failed());
        b_.SetInsertPoint(is_ref);
        llvm::Value* ref = b_.CreateIntToPtr(b_.CreateLoad(i64_, value_at(g.var)), ptr_);
        if (g.type != Type::kArray) {
          auto* untyped = llvm::BasicBlock::Create(c_, "untyped", fn_);
          b_.CreateCondBr(b_.CreateIsNull(b_.CreateLoad(ptr_, field(ref, offsetof(zend_reference, sources)))), untyped,
                          guard_failed());
          b_.SetInsertPoint(untyped);
          // Two variables bound to one reference would be two registers: not compiled.
          for (llvm::Value* other : scalar_references_) {
            auto* distinct = llvm::BasicBlock::Create(c_, "distinct", fn_);
            b_.CreateCondBr(b_.CreateICmpNE(ref, other), distinct, guard_failed());
            b_.SetInsertPoint(distinct);
          }
          scalar_references_.push_back(ref);
          through_reference_.insert(g.var);
        }
        llvm::Value* val = field(ref, offsetof(zend_reference, val));
        t = b_.CreateLoad(i32_, field(val, offsetof(zval, u1.type_info)));
        auto* pass = llvm::BasicBlock::Create(c_, "guarded", fn_);
        b_.CreateCondBr(is_type(t, g.type), pass, guard_failed());
        b_.SetInsertPoint(pass);
        b_.CreateStore(b_.CreateLoad(i64_, val), slot_of(g.var).bits);
        b_.CreateStore(t, slot_of(g.var).type);
        continue;
      }
      llvm::Value* ok;
      switch (g.type) {
        case Type::kBool: ok = b_.CreateICmpULE(b_.CreateSub(t, b_.getInt32(IS_FALSE)), b_.getInt32(1)); break;
        case Type::kLong: ok = b_.CreateICmpEQ(t, b_.getInt32(IS_LONG)); break;
        case Type::kDouble: ok = b_.CreateICmpEQ(t, b_.getInt32(IS_DOUBLE)); break;
        case Type::kArray: ok = b_.CreateICmpEQ(b_.CreateAnd(t, b_.getInt32(0xff)), b_.getInt32(IS_ARRAY)); break;
        // (The low byte: $this's type info holds the call's flags above it.)
        case Type::kObject: ok = b_.CreateICmpEQ(b_.CreateAnd(t, b_.getInt32(0xff)), b_.getInt32(IS_OBJECT)); break;
        default: ok = b_.CreateICmpEQ(t, b_.getInt32(IS_NULL)); break;
      }
      auto* pass = llvm::BasicBlock::Create(c_, "guarded", fn_);
      b_.CreateCondBr(ok, pass, guard_failed());
      b_.SetInsertPoint(pass);
      b_.CreateStore(b_.CreateLoad(i64_, value_at(g.var)), slot_of(g.var).bits);
      b_.CreateStore(t, slot_of(g.var).type);
    }
    b_.CreateBr(blocks_[0]);
    for (size_t i = 0; i < r_.steps.size(); i++) {
      b_.SetInsertPoint(blocks_[i]);
      step(r_.steps[i]);
    }
    return fn_;
  }

 private:
  struct Allocas {
    llvm::Value* bits;
    llvm::Value* type;
  };

  void slot(uint32_t var) { slot_of(var); }
  // A slot's allocas, made in the entry block the first time the slot is named.
  const Allocas& slot_of(uint32_t var) {
    auto it = slots_.find(var);
    if (it != slots_.end()) return it->second;
    llvm::BasicBlock& entry = fn_->getEntryBlock();
    llvm::IRBuilder<> at(&entry, entry.begin());
    return slots_[var] = {at.CreateAlloca(i64_), at.CreateAlloca(i32_)};
  }
  llvm::Value* value_at(uint32_t var) { return b_.CreateConstInBoundsGEP1_64(i8_, ex_, var); }
  llvm::Value* type_at(uint32_t var) { return b_.CreateConstInBoundsGEP1_64(i8_, ex_, var + 8); }

  llvm::BasicBlock* guard_failed() {
    if (!guard_failed_) {
      auto saved = b_.GetInsertBlock();
      guard_failed_ = llvm::BasicBlock::Create(c_, "guard_failed", fn_);
      b_.SetInsertPoint(guard_failed_);
      b_.CreateRet(b_.getInt32(kGuardsFailed));
      b_.SetInsertPoint(saved);
    }
    return guard_failed_;
  }

  static uint32_t type_info(Type t) {
    switch (t) {
      case Type::kLong: return IS_LONG;
      case Type::kDouble: return IS_DOUBLE;
      case Type::kArray: return IS_ARRAY_EX;
      case Type::kObject: return IS_OBJECT_EX;
      default: return IS_NULL;
    }
  }

  // EG(vm_interrupt): true when the VM has an interrupt to serve (max_execution_time, a signal).
  llvm::Value* interrupt() {
    auto* flag = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uintptr_t>(&EG(vm_interrupt))), ptr_);
    auto* load = b_.CreateLoad(i8_, flag);
    load->setVolatile(true);
    return b_.CreateICmpNE(load, b_.getInt8(0));
  }

  // A function's: the block that fails the call (its type 0).
  llvm::BasicBlock* failed() {
    if (!failed_) {
      auto saved = b_.GetInsertBlock();
      failed_ = llvm::BasicBlock::Create(c_, "failed", fn_);
      b_.SetInsertPoint(failed_);
      llvm::Value* result = llvm::UndefValue::get(fn_->getReturnType());
      result = b_.CreateInsertValue(result, b_.getInt64(0), 0);
      b_.CreateRet(b_.CreateInsertValue(result, b_.getInt32(0), 1));
      b_.SetInsertPoint(saved);
    }
    return failed_;
  }

  // An operand's 64 bits as a function's argument or result (a bool's 0 or 1), and its Zend type.
  llvm::Value* bits_of(const Operand& o) {
    switch (o.type) {
      case Type::kBool: return b_.CreateZExt(value(o), i64_);
      case Type::kNull: return b_.getInt64(0);
      case Type::kDouble: return b_.CreateBitCast(value(o), i64_);
      default: return value(o);
    }
  }
  llvm::Value* type_of(const Operand& o) {
    if (o.kind == Operand::kConst) return b_.getInt32(Z_TYPE_INFO(o.value));
    return b_.CreateLoad(i32_, slot_of(o.var).type);
  }

  // A Module's function's RETURN.
  void give_back(const Operand& o) {
    llvm::Value* result = llvm::UndefValue::get(fn_->getReturnType());
    result = b_.CreateInsertValue(result, bits_of(o), 0);
    b_.CreateRet(b_.CreateInsertValue(result, type_of(o), 1));
  }

  // A call of a Module's function (or a loop's callee): its result (bits and type) goes to the
  // step's result slot.
  void call(const Step& s) {
    std::vector<llvm::Value*> args;
    for (const Operand& a : s.args) args.push_back(bits_of(a));
    args.push_back(depth_ ? b_.CreateAdd(depth_, b_.getInt32(1)) : b_.getInt32(1));
    llvm::Function* callee = (*module_)[static_cast<size_t>(s.calls)];
    llvm::CallInst* result = b_.CreateCall(callee, args);
    result->setCallingConv(callee->getCallingConv());
    llvm::Value* type = b_.CreateExtractValue(result, 1);
    auto* pass = llvm::BasicBlock::Create(c_, "returned", fn_);
    // A failed call fails a function's call; a loop leaves at the call's INIT_FCALL.
    b_.CreateCondBr(b_.CreateICmpNE(type, b_.getInt32(0)), pass, r_.function ? failed() : exit(s.exit_at, s.before));
    b_.SetInsertPoint(pass);
    if (s.has_result) {
      b_.CreateStore(b_.CreateExtractValue(result, 0), slot_of(s.result).bits);
      b_.CreateStore(type, slot_of(s.result).type);
    }
  }

  // A block that leaves the loop at instruction `at`, writing back `live` (a function's: fails).
  llvm::BasicBlock* exit(uint32_t at, const std::vector<Slot>& live) {
    if (r_.function) return failed();
    // Guards that leave to the same place with the same slots share one block; exits with the
    // same slots share the write-back, told where to return by an alloca that LLVM turns into a
    // phi (a loop of 60 instructions has 60 places to leave at, and few sets of slots).
    std::vector<uint64_t> key;
    for (const Slot& s : live) key.push_back(uint64_t{s.var} << 8 | static_cast<uint8_t>(s.type));
    llvm::BasicBlock*& write_back = write_backs_[key];
    key.push_back(uint64_t{at} << 32);
    llvm::BasicBlock*& block = exits_[key];
    if (block) return block;
    auto saved = b_.GetInsertBlock();
    if (!exit_at_) {
      llvm::BasicBlock& entry = fn_->getEntryBlock();
      llvm::IRBuilder<> in_entry(&entry, entry.begin());
      exit_at_ = in_entry.CreateAlloca(i32_);
    }
    if (!write_back) {
      write_back = llvm::BasicBlock::Create(c_, "write_back", fn_);
      b_.SetInsertPoint(write_back);
      for (const Slot& s : live) {
        llvm::Value* bits = b_.CreateLoad(i64_, slot_of(s.var).bits);
        llvm::Value* type = b_.CreateLoad(i32_, slot_of(s.var).type);
        if (counted(s.type) || s.type == Type::kUnknown) add_ref(bits, type);
        llvm::Value* to = value_at(s.var);
        if (through_reference_.count(s.var))  // the frame's CV holds the reference
          to = field(b_.CreateIntToPtr(b_.CreateLoad(i64_, to), ptr_), offsetof(zend_reference, val));
        store_zval(to, bits, type);
      }
      b_.CreateRet(b_.CreateLoad(i32_, exit_at_));
    }
    block = llvm::BasicBlock::Create(c_, "exit" + std::to_string(at), fn_);
    b_.SetInsertPoint(block);
    b_.CreateStore(b_.getInt32(at), exit_at_);
    b_.CreateBr(write_back);
    b_.SetInsertPoint(saved);
    return block;
  }

  // A temporary holding a borrowed array gets its own reference when it goes to the frame (the
  // interpreter releases it).
  void add_ref(llvm::Value* bits, llvm::Value* type) {
    auto* counted = llvm::BasicBlock::Create(c_, "add_ref", fn_);
    auto* done = llvm::BasicBlock::Create(c_, "added", fn_);
    llvm::Value* flag = b_.CreateAnd(type, b_.getInt32(IS_TYPE_REFCOUNTED << Z_TYPE_FLAGS_SHIFT));
    b_.CreateCondBr(b_.CreateICmpNE(flag, b_.getInt32(0)), counted, done);
    b_.SetInsertPoint(counted);
    llvm::Value* rc = b_.CreateIntToPtr(bits, ptr_);  // zend_refcounted_h.refcount is first
    b_.CreateStore(b_.CreateAdd(b_.CreateLoad(i32_, rc), b_.getInt32(1)), rc);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
  }

  llvm::Value* field(llvm::Value* base, size_t offset) { return b_.CreateConstInBoundsGEP1_64(i8_, base, offset); }

  // Leaves the loop before step s unless `ok`.
  void require(llvm::Value* ok, const Step& s) {
    auto* pass = llvm::BasicBlock::Create(c_, "ok", fn_);
    b_.CreateCondBr(b_.CreateAnd(ok, b_.CreateNot(chaos())), pass, exit(s.exit_at, s.before));
    b_.SetInsertPoint(pass);
  }

  // phpovm.jit_chaos: true every chaos_period-th guard the process passes (a counter shared by all
  // compiled code), so that the suite leaves compiled code at every kind of guard.
  llvm::Value* chaos() {
    if (!r_.chaos_counter) return b_.getInt1(false);
    llvm::Value* at = b_.CreateIntToPtr(b_.getInt64(r_.chaos_counter), ptr_);
    llvm::Value* left = b_.CreateSub(b_.CreateLoad(i32_, at), b_.getInt32(1));
    llvm::Value* fire = b_.CreateICmpEQ(left, b_.getInt32(0));
    b_.CreateStore(b_.CreateSelect(fire, b_.getInt32(r_.chaos_period), left), at);
    return fire;
  }

  // The zval of the declared property that property instruction s reaches in object s.op1, after
  // guarding that the instruction's runtime cache holds the object's class and a valid offset and
  // that the object's handler `handler` (an offset in zend_object_handlers) is libphp's
  // `standard` one. With `typed`, also that the property is not readonly and, if it has a type,
  // that the type takes a value of Zend type `code`.
  llvm::Value* property(const Step& s, size_t handler, const void* standard, llvm::Value* code = nullptr) {
    llvm::Value* obj = value(s.op1);
    llvm::Value* cache = b_.CreateLoad(ptr_, field(ex_, offsetof(zend_execute_data, run_time_cache)));
    llvm::Value* slot = field(cache, s.cache_offset);
    llvm::Value* ce = b_.CreateLoad(ptr_, field(obj, offsetof(zend_object, ce)));
    require(b_.CreateICmpEQ(ce, b_.CreateLoad(ptr_, slot)), s);
    llvm::Value* handlers = b_.CreateLoad(ptr_, field(obj, offsetof(zend_object, handlers)));
    llvm::Value* fn = b_.CreateLoad(i64_, field(handlers, handler));
    require(b_.CreateICmpEQ(fn, b_.getInt64(reinterpret_cast<uintptr_t>(standard))), s);
    llvm::Value* offset = b_.CreateLoad(i64_, field(slot, sizeof(void*)));
    require(b_.CreateICmpSGT(offset, b_.getInt64(0)), s);
    if (code) {
      llvm::Value* info = b_.CreateLoad(ptr_, field(slot, 2 * sizeof(void*)));
      auto* typed = llvm::BasicBlock::Create(c_, "typed", fn_);
      auto* checked = llvm::BasicBlock::Create(c_, "property_checked", fn_);
      b_.CreateCondBr(b_.CreateIsNull(info), checked, typed);
      b_.SetInsertPoint(typed);
      llvm::Value* flags = b_.CreateLoad(i32_, field(info, offsetof(zend_property_info, flags)));
      llvm::Value* mask = b_.CreateLoad(i32_, field(info, offsetof(zend_property_info, type) + offsetof(zend_type, type_mask)));
      llvm::Value* writable = b_.CreateICmpEQ(b_.CreateAnd(flags, b_.getInt32(ZEND_ACC_READONLY)), b_.getInt32(0));
      llvm::Value* takes = b_.CreateICmpNE(b_.CreateAnd(mask, b_.CreateShl(b_.getInt32(1), code)), b_.getInt32(0));
      require(b_.CreateAnd(writable, takes), s);
      b_.CreateBr(checked);
      b_.SetInsertPoint(checked);
    }
    return b_.CreateGEP(i8_, obj, offset);
  }

  // The element of hash `array` (a HashTable*) at the step's constant key (its hash computed),
  // after guarding that the array is not packed and has the key.
  llvm::Value* keyed_element(llvm::Value* array, const Step& s) {
    llvm::Value* flags = b_.CreateLoad(i32_, field(array, offsetof(HashTable, u.flags)));
    require(b_.CreateICmpEQ(b_.CreateAnd(flags, b_.getInt32(HASH_FLAG_PACKED)), b_.getInt32(0)), s);
    auto* find_type = llvm::FunctionType::get(ptr_, {ptr_, ptr_}, false);
    llvm::Value* find = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uintptr_t>(&zend_hash_find_known_hash)), ptr_);
    llvm::Value* element = b_.CreateCall(find_type, find, {array, b_.CreateIntToPtr(b_.getInt64(s.key), ptr_)});
    require(b_.CreateIsNotNull(element), s);
    return element;
  }
  // The element an array instruction reaches: by the step's key, or at int op2 of a packed array.
  llvm::Value* element_of(llvm::Value* array, const Step& s) {
    return s.key ? keyed_element(array, s) : packed_element(array, value(s.op2), s);
  }
  // isset($a[k]), or empty($a[k]) (extended ZEND_ISEMPTY): the element's zval is found (a packed
  // array's inline, a hash's through libphp) or not; a reference, or for empty() a value that is
  // not a scalar, is the interpreter's.
  llvm::Value* isset_or_empty(const Step& s) {
    llvm::Value* array = value(s.op1);
    auto* find_type = llvm::FunctionType::get(ptr_, {ptr_, s.key ? ptr_ : i64_}, false);
    auto call_find = [&](const void* fn, llvm::Value* k) {
      return b_.CreateCall(find_type, b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uintptr_t>(fn)), ptr_), {array, k});
    };
    llvm::Value* element;
    if (s.key) {
      element = call_find(reinterpret_cast<const void*>(&zend_hash_find_known_hash),
                          b_.CreateIntToPtr(b_.getInt64(s.key), ptr_));
    } else {
      llvm::Value* index = value(s.op2);
      llvm::Value* flags = b_.CreateLoad(i32_, field(array, offsetof(HashTable, u.flags)));
      auto* packed = llvm::BasicBlock::Create(c_, "isset_packed", fn_);
      auto* hash = llvm::BasicBlock::Create(c_, "isset_hash", fn_);
      auto* found = llvm::BasicBlock::Create(c_, "isset_found", fn_);
      b_.CreateCondBr(b_.CreateICmpNE(b_.CreateAnd(flags, b_.getInt32(HASH_FLAG_PACKED)), b_.getInt32(0)), packed, hash);
      b_.SetInsertPoint(packed);
      llvm::Value* used = b_.CreateZExt(b_.CreateLoad(i32_, field(array, offsetof(HashTable, nNumUsed))), i64_);
      llvm::Value* data = b_.CreateLoad(ptr_, field(array, offsetof(HashTable, arPacked)));
      llvm::Value* at = b_.CreateGEP(i8_, data, b_.CreateMul(index, b_.getInt64(sizeof(zval))));
      llvm::Value* in_packed = b_.CreateSelect(b_.CreateICmpULT(index, used), at, llvm::ConstantPointerNull::get(
                                                                                      llvm::PointerType::getUnqual(c_)));
      b_.CreateBr(found);
      b_.SetInsertPoint(hash);
      llvm::Value* in_hash = call_find(reinterpret_cast<const void*>(&zend_hash_index_find), index);
      b_.CreateBr(found);
      b_.SetInsertPoint(found);
      auto* phi = b_.CreatePHI(ptr_, 2);
      phi->addIncoming(in_packed, packed);
      phi->addIncoming(in_hash, hash);
      element = phi;
    }
    // Not found: the type and bits of an undefined value.
    auto* load = llvm::BasicBlock::Create(c_, "isset_load", fn_);
    auto* done = llvm::BasicBlock::Create(c_, "isset_done", fn_);
    llvm::BasicBlock* from = b_.GetInsertBlock();
    b_.CreateCondBr(b_.CreateIsNull(element), done, load);
    b_.SetInsertPoint(load);
    llvm::Value* loaded_type = b_.CreateAnd(b_.CreateLoad(i32_, field(element, offsetof(zval, u1.type_info))),
                                            b_.getInt32(0xff));
    llvm::Value* loaded_bits = b_.CreateLoad(i64_, element);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    auto* type = b_.CreatePHI(i32_, 2);
    type->addIncoming(b_.getInt32(IS_UNDEF), from);
    type->addIncoming(loaded_type, load);
    auto* bits = b_.CreatePHI(i64_, 2);
    bits->addIncoming(b_.getInt64(0), from);
    bits->addIncoming(loaded_bits, load);
    require(b_.CreateAnd(b_.CreateICmpNE(type, b_.getInt32(IS_REFERENCE)), b_.CreateICmpNE(type, b_.getInt32(IS_INDIRECT))),
            s);
    if (!(s.extended & ZEND_ISEMPTY)) return b_.CreateICmpUGT(type, b_.getInt32(IS_NULL));
    require(b_.CreateICmpULE(type, b_.getInt32(IS_DOUBLE)), s);
    llvm::Value* is_true = b_.CreateICmpEQ(type, b_.getInt32(IS_TRUE));
    llvm::Value* long_set = b_.CreateAnd(b_.CreateICmpEQ(type, b_.getInt32(IS_LONG)), b_.CreateICmpNE(bits, b_.getInt64(0)));
    llvm::Value* double_set = b_.CreateAnd(b_.CreateICmpEQ(type, b_.getInt32(IS_DOUBLE)),
                                           b_.CreateFCmpUNE(b_.CreateBitCast(bits, f64_), llvm::ConstantFP::get(f64_, 0.0)));
    return b_.CreateNot(b_.CreateOr(is_true, b_.CreateOr(long_set, double_set)));
  }

  // The value of zval v (an element, a property) into the step's result slot, after guarding
  // that it has the step's result type.
  void read_into_result(llvm::Value* v, const Step& s) {
    llvm::Value* type = b_.CreateLoad(i32_, field(v, offsetof(zval, u1.type_info)));
    require(is_type(type, s.result_type), s);
    if (!s.has_result) return;
    b_.CreateStore(b_.CreateLoad(i64_, v), slot_of(s.result).bits);
    b_.CreateStore(type, slot_of(s.result).type);
  }

  // Stores (bits, type) into zval v.
  void store_zval(llvm::Value* v, llvm::Value* bits, llvm::Value* type) {
    b_.CreateStore(bits, v);
    b_.CreateStore(type, field(v, offsetof(zval, u1.type_info)));
  }

  // Replaces the scalar zval v (an element, a property) holds with the step's data; one that is not
  // a scalar (a hole, a string, a reference, unset) is the interpreter's to replace. `type` is the
  // data's Zend type (type_of(s.data)).
  void replace_scalar(llvm::Value* v, llvm::Value* type, const Step& s) {
    llvm::Value* old = b_.CreateAnd(b_.CreateLoad(i32_, field(v, offsetof(zval, u1.type_info))), b_.getInt32(0xff));
    require(b_.CreateICmpULE(b_.CreateSub(old, b_.getInt32(IS_NULL)), b_.getInt32(IS_DOUBLE - IS_NULL)), s);
    store_zval(v, bits_of(s.data), type);
  }

  // zval v (an element, a property) op= the step's data, in place (ASSIGN_DIM_OP, ASSIGN_OBJ_OP):
  // v must hold a number of old's type; old is the scratch slot it is read into. Returns the
  // result, of the step's op_type.
  llvm::Value* op_in_place(llvm::Value* v, const Operand& old, const Step& s) {
    llvm::Value* type = b_.CreateLoad(i32_, field(v, offsetof(zval, u1.type_info)));
    require(b_.CreateICmpEQ(type, b_.getInt32(type_info(old.type))), s);
    b_.CreateStore(b_.CreateLoad(i64_, v), slot_of(old.var).bits);
    b_.CreateStore(type, slot_of(old.var).type);
    Type t = s.op_type;
    llvm::Value* result = arithmetic(static_cast<uint8_t>(s.extended), old, s.data, t, s);
    store_zval(v, t == Type::kLong ? result : b_.CreateBitCast(result, i64_), b_.getInt32(type_info(t)));
    return result;
  }

  // Guards that array (a HashTable*) is its own: not shared, not immutable.
  void require_own(llvm::Value* array, const Step& s) {
    require(b_.CreateICmpEQ(b_.CreateLoad(i32_, array), b_.getInt32(1)), s);
  }

  // The element of packed array `array` (a HashTable*) at int `index`, after guarding that the
  // array is packed and the index in its used part; returns the element's zval*.
  llvm::Value* packed_element(llvm::Value* array, llvm::Value* index, const Step& s) {
    llvm::Value* flags = b_.CreateLoad(i32_, field(array, offsetof(HashTable, u.flags)));
    require(b_.CreateICmpNE(b_.CreateAnd(flags, b_.getInt32(HASH_FLAG_PACKED)), b_.getInt32(0)), s);
    llvm::Value* used = b_.CreateZExt(b_.CreateLoad(i32_, field(array, offsetof(HashTable, nNumUsed))), i64_);
    require(b_.CreateICmpULT(index, used), s);
    llvm::Value* data = b_.CreateLoad(ptr_, field(array, offsetof(HashTable, arPacked)));
    return b_.CreateGEP(i8_, data, b_.CreateMul(index, b_.getInt64(sizeof(zval))));
  }

  // Whether Zend type byte `t` (an i32 holding the type in its low byte) is of static type `type`.
  llvm::Value* is_type(llvm::Value* t, Type type) {
    llvm::Value* low = b_.CreateAnd(t, b_.getInt32(0xff));
    switch (type) {
      case Type::kBool: return b_.CreateICmpULE(b_.CreateSub(low, b_.getInt32(IS_FALSE)), b_.getInt32(1));
      case Type::kLong: return b_.CreateICmpEQ(low, b_.getInt32(IS_LONG));
      case Type::kDouble: return b_.CreateICmpEQ(low, b_.getInt32(IS_DOUBLE));
      case Type::kArray: return b_.CreateICmpEQ(low, b_.getInt32(IS_ARRAY));
      case Type::kObject: return b_.CreateICmpEQ(low, b_.getInt32(IS_OBJECT));
      default: return b_.CreateICmpEQ(low, b_.getInt32(IS_NULL));
    }
  }

  // Where control goes to reach instruction `at` from step s (after it): the next block, the
  // header through the interrupt check, or out of the loop.
  llvm::BasicBlock* go_to(uint32_t at, const Step& s) {
    if (at < r_.header || at > r_.end) return exit(at, s.after);
    if (r_.function) {
      if (at > s.index) return blocks_[at - r_.header];
      // A function's back edge: an interrupt fails the call (the interpreter serves it).
      auto saved = b_.GetInsertBlock();
      auto* check = llvm::BasicBlock::Create(c_, "back_edge", fn_);
      b_.SetInsertPoint(check);
      b_.CreateCondBr(interrupt(), failed(), blocks_[at - r_.header]);
      b_.SetInsertPoint(saved);
      return check;
    }
    if (at == r_.header && s.index >= r_.header) {
      // A back edge: serve the VM's interrupts (max_execution_time, signals) in the interpreter.
      auto saved = b_.GetInsertBlock();
      auto* check = llvm::BasicBlock::Create(c_, "back_edge", fn_);
      b_.SetInsertPoint(check);
      auto* flag = b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uintptr_t>(&EG(vm_interrupt))), ptr_);
      auto* load = b_.CreateLoad(i8_, flag);
      load->setVolatile(true);
      b_.CreateCondBr(b_.CreateICmpNE(load, b_.getInt8(0)), exit(r_.header, s.after), blocks_[0]);
      b_.SetInsertPoint(saved);
      return check;
    }
    return blocks_[at - r_.header];
  }

  llvm::Value* value(const Operand& o) {
    if (o.kind == Operand::kConst) {
      switch (o.type) {
        case Type::kLong: return b_.getInt64(Z_LVAL(o.value));
        case Type::kDouble: return llvm::ConstantFP::get(f64_, Z_DVAL(o.value));
        case Type::kBool: return b_.getInt1(Z_TYPE(o.value) == IS_TRUE);
        default: return nullptr;
      }
    }
    const Allocas& a = slot_of(o.var);
    switch (o.type) {
      case Type::kLong: return b_.CreateLoad(i64_, a.bits);
      case Type::kDouble: return b_.CreateBitCast(b_.CreateLoad(i64_, a.bits), f64_);
      case Type::kBool: return b_.CreateICmpEQ(b_.CreateLoad(i32_, a.type), b_.getInt32(IS_TRUE));
      case Type::kArray:
      case Type::kObject: return b_.CreateIntToPtr(b_.CreateLoad(i64_, a.bits), ptr_);
      default: return nullptr;
    }
  }
  llvm::Value* as_double(const Operand& o) {
    llvm::Value* v = value(o);
    return o.type == Type::kLong ? b_.CreateSIToFP(v, f64_) : v;
  }
  llvm::Value* truthy(const Operand& o) {
    llvm::Value* v = value(o);
    switch (o.type) {
      case Type::kLong: return b_.CreateICmpNE(v, b_.getInt64(0));
      case Type::kDouble: return b_.CreateFCmpUNE(v, llvm::ConstantFP::get(f64_, 0.0));
      case Type::kBool: return v;
      default: return b_.getInt1(false);
    }
  }
  void store(uint32_t var, Type t, llvm::Value* v) {
    const Allocas& a = slot_of(var);
    switch (t) {
      case Type::kLong:
        b_.CreateStore(v, a.bits);
        b_.CreateStore(b_.getInt32(IS_LONG), a.type);
        break;
      case Type::kDouble:
        b_.CreateStore(b_.CreateBitCast(v, i64_), a.bits);
        b_.CreateStore(b_.getInt32(IS_DOUBLE), a.type);
        break;
      case Type::kBool:
        b_.CreateStore(b_.CreateSelect(v, b_.getInt32(IS_TRUE), b_.getInt32(IS_FALSE)), a.type);
        break;
      default: b_.CreateStore(b_.getInt32(IS_NULL), a.type); break;
    }
  }

  // An int operation that leaves the loop before the instruction when it overflows.
  llvm::Value* checked(llvm::Intrinsic::ID id, llvm::Value* x, llvm::Value* y, const Step& s) {
    llvm::Value* pair = b_.CreateBinaryIntrinsic(id, x, y);
    require(b_.CreateNot(b_.CreateExtractValue(pair, 1)), s);
    return b_.CreateExtractValue(pair, 0);
  }

  // op1 `opcode` op2 (ADD, SUB, MUL, DIV, MOD) with the Region's result type t.
  llvm::Value* arithmetic(uint8_t opcode, const Operand& a, const Operand& b, Type t, const Step& s) {
    if (t == Type::kLong) {
      llvm::Value* x = value(a);
      llvm::Value* y = value(b);
      switch (opcode) {
        case ZEND_ADD: return checked(llvm::Intrinsic::sadd_with_overflow, x, y, s);
        case ZEND_SUB: return checked(llvm::Intrinsic::ssub_with_overflow, x, y, s);
        case ZEND_MUL: return checked(llvm::Intrinsic::smul_with_overflow, x, y, s);
        case ZEND_BW_AND: return b_.CreateAnd(x, y);
        case ZEND_BW_OR: return b_.CreateOr(x, y);
        case ZEND_BW_XOR: return b_.CreateXor(x, y);
        case ZEND_SL:
        case ZEND_SR: {
          // A negative shift is an error the interpreter throws; by 64 or more all bits are gone.
          require(b_.CreateICmpSGE(y, b_.getInt64(0)), s);
          llvm::Value* wide = b_.CreateICmpUGE(y, b_.getInt64(64));
          llvm::Value* count = b_.CreateSelect(wide, b_.getInt64(0), y);
          if (opcode == ZEND_SL) return b_.CreateSelect(wide, b_.getInt64(0), b_.CreateShl(x, count));
          llvm::Value* sign = b_.CreateAShr(x, b_.getInt64(63));
          return b_.CreateSelect(wide, sign, b_.CreateAShr(x, count));
        }
        default: {  // MOD: by zero the interpreter throws; by -1 the result is 0
          require(b_.CreateICmpNE(y, b_.getInt64(0)), s);
          llvm::Value* minus_one = b_.CreateICmpEQ(y, b_.getInt64(-1));
          llvm::Value* safe = b_.CreateSelect(minus_one, b_.getInt64(1), y);
          return b_.CreateSelect(minus_one, b_.getInt64(0), b_.CreateSRem(x, safe));
        }
      }
    }
    if (opcode == ZEND_DIV && a.type == Type::kLong && b.type == Type::kLong) {
      // The float result only: by zero (an error) and exactly (an int) the interpreter divides.
      llvm::Value* x = value(a);
      llvm::Value* y = value(b);
      require(b_.CreateICmpNE(y, b_.getInt64(0)), s);
      llvm::Value* minus_one = b_.CreateICmpEQ(y, b_.getInt64(-1));
      llvm::Value* rem = b_.CreateSRem(x, b_.CreateSelect(minus_one, b_.getInt64(1), y));
      require(b_.CreateNot(b_.CreateOr(minus_one, b_.CreateICmpEQ(rem, b_.getInt64(0)))), s);
      return b_.CreateFDiv(b_.CreateSIToFP(x, f64_), b_.CreateSIToFP(y, f64_));
    }
    llvm::Value* x = as_double(a);
    llvm::Value* y = as_double(b);
    switch (opcode) {
      case ZEND_ADD: return b_.CreateFAdd(x, y);
      case ZEND_SUB: return b_.CreateFSub(x, y);
      case ZEND_MUL: return b_.CreateFMul(x, y);
      default: {  // DIV (the Region types nothing else as a float): by zero the interpreter throws
        require(b_.CreateFCmpUNE(y, llvm::ConstantFP::get(f64_, 0.0)), s);
        return b_.CreateFDiv(x, y);
      }
    }
  }

  // A builtin's result (Region: Builtin), of the step's result type. Where php would give
  // another type or an error, the interpreter makes the call.
  llvm::Value* builtin(const Step& s) {
    const std::vector<Operand>& a = s.args;
    auto unary = [&](llvm::Intrinsic::ID id, llvm::Value* x) { return b_.CreateUnaryIntrinsic(id, x); };
    switch (s.builtin) {
      case Builtin::kSqrt: return unary(llvm::Intrinsic::sqrt, as_double(a[0]));
      case Builtin::kFloor: return unary(llvm::Intrinsic::floor, as_double(a[0]));
      case Builtin::kCeil: return unary(llvm::Intrinsic::ceil, as_double(a[0]));
      case Builtin::kAbs: {
        if (a[0].type == Type::kDouble) return unary(llvm::Intrinsic::fabs, value(a[0]));
        llvm::Value* x = value(a[0]);
        require(b_.CreateICmpNE(x, b_.getInt64(ZEND_LONG_MIN)), s);  // a float
        return b_.CreateSelect(b_.CreateICmpSLT(x, b_.getInt64(0)), b_.CreateNeg(x), x);
      }
      case Builtin::kIntdiv: {
        llvm::Value* x = value(a[0]);
        llvm::Value* y = value(a[1]);
        // By zero, and the minimum by -1, are errors the interpreter throws.
        require(b_.CreateICmpNE(y, b_.getInt64(0)), s);
        require(b_.CreateNot(b_.CreateAnd(b_.CreateICmpEQ(x, b_.getInt64(ZEND_LONG_MIN)),
                                          b_.CreateICmpEQ(y, b_.getInt64(-1)))),
                s);
        return b_.CreateSDiv(x, y);
      }
      case Builtin::kMin:
      case Builtin::kMax: {
        llvm::Value* x = value(a[0]);
        llvm::Value* y = value(a[1]);
        llvm::Value* less = b_.CreateICmpSLT(x, y);
        return s.builtin == Builtin::kMin ? b_.CreateSelect(less, x, y) : b_.CreateSelect(less, y, x);
      }
      default: return nullptr;
    }
  }

  llvm::Value* compare(uint8_t opcode, const Operand& a, const Operand& b) {
    if (a.type == Type::kLong && b.type == Type::kLong) {
      llvm::Value* x = value(a);
      llvm::Value* y = value(b);
      switch (opcode) {
        case ZEND_IS_SMALLER: return b_.CreateICmpSLT(x, y);
        case ZEND_IS_SMALLER_OR_EQUAL: return b_.CreateICmpSLE(x, y);
        case ZEND_IS_EQUAL: return b_.CreateICmpEQ(x, y);
        default: return b_.CreateICmpNE(x, y);
      }
    }
    llvm::Value* x = as_double(a);
    llvm::Value* y = as_double(b);
    switch (opcode) {
      case ZEND_IS_SMALLER: return b_.CreateFCmpOLT(x, y);
      case ZEND_IS_SMALLER_OR_EQUAL: return b_.CreateFCmpOLE(x, y);
      case ZEND_IS_EQUAL: return b_.CreateFCmpOEQ(x, y);
      default: return b_.CreateFCmpUNE(x, y);
    }
  }

  llvm::Value* identical(const Operand& a, const Operand& b) {
    if (a.type != b.type) return b_.getInt1(false);
    switch (a.type) {
      case Type::kNull: return b_.getInt1(true);
      case Type::kDouble: return b_.CreateFCmpOEQ(value(a), value(b));
      default: return b_.CreateICmpEQ(value(a), value(b));
    }
  }

  void step(const Step& s) {
    if (s.leave) {
      b_.CreateBr(exit(s.exit_at, s.before));
      return;
    }
    if (r_.function && s.opcode == ZEND_RETURN) {
      give_back(s.op1);
      return;
    }
    llvm::BasicBlock* next = go_to(s.index + 1, s);
    switch (s.opcode) {
      case ZEND_JMP:
        b_.CreateBr(go_to(s.target, s));
        return;
      case ZEND_FE_FETCH_R:
        fe_fetch(s, next);
        return;
      case ZEND_JMPZ:
      case ZEND_JMPNZ: {
        llvm::Value* t = truthy(s.op1);
        llvm::BasicBlock* jump = go_to(s.target, s);
        if (s.opcode == ZEND_JMPZ) b_.CreateCondBr(t, next, jump);
        else b_.CreateCondBr(t, jump, next);
        return;
      }
      default:
        compute(s);
        b_.CreateBr(next);
        return;
    }
  }

  // A foreach's FE_FETCH_R over a packed array: the next element after the holes, from the
  // position in the frame's iterator, into CV op2 (op_type: its type), then `next`; at the end of
  // the array, out of the loop (writing back what was live before the step: there is no key).
  void fe_fetch(const Step& s, llvm::BasicBlock* next) {
    llvm::Value* array = value(s.op1);
    llvm::Value* flags = b_.CreateLoad(i32_, field(array, offsetof(HashTable, u.flags)));
    require(b_.CreateICmpNE(b_.CreateAnd(flags, b_.getInt32(HASH_FLAG_PACKED)), b_.getInt32(0)), s);
    llvm::Value* position = b_.CreateConstInBoundsGEP1_64(i8_, ex_, s.op1.var + offsetof(zval, u2.fe_pos));
    auto* scan = llvm::BasicBlock::Create(c_, "fe_scan", fn_);
    auto* more = llvm::BasicBlock::Create(c_, "fe_more", fn_);
    auto* hole = llvm::BasicBlock::Create(c_, "fe_hole", fn_);
    auto* found = llvm::BasicBlock::Create(c_, "fe_found", fn_);
    b_.CreateBr(scan);
    b_.SetInsertPoint(scan);
    llvm::Value* pos = b_.CreateLoad(i32_, position);
    llvm::Value* used = b_.CreateLoad(i32_, field(array, offsetof(HashTable, nNumUsed)));
    b_.CreateCondBr(b_.CreateICmpUGE(pos, used), exit(s.target, s.before), more);
    b_.SetInsertPoint(more);
    llvm::Value* data = b_.CreateLoad(ptr_, field(array, offsetof(HashTable, arPacked)));
    llvm::Value* element = b_.CreateGEP(i8_, data, b_.CreateMul(b_.CreateZExt(pos, i64_), b_.getInt64(sizeof(zval))));
    llvm::Value* type = b_.CreateLoad(i32_, field(element, offsetof(zval, u1.type_info)));
    b_.CreateCondBr(b_.CreateICmpEQ(b_.CreateAnd(type, b_.getInt32(0xff)), b_.getInt32(IS_UNDEF)), hole, found);
    b_.SetInsertPoint(hole);
    b_.CreateStore(b_.CreateAdd(pos, b_.getInt32(1)), position);
    b_.CreateBr(scan);
    b_.SetInsertPoint(found);
    require(is_type(type, s.op_type), s);
    b_.CreateStore(b_.CreateAdd(pos, b_.getInt32(1)), position);
    b_.CreateStore(b_.CreateLoad(i64_, element), slot_of(s.op2.var).bits);
    b_.CreateStore(type, slot_of(s.op2.var).type);
    if (s.has_result) store(s.result, Type::kLong, b_.CreateZExt(pos, i64_));
    b_.CreateBr(next);
  }

  // A step that is not a jump: its computation, in the current block (which it may end with a
  // guard's branch, continuing in a new one).
  void compute(const Step& s) {
    switch (s.opcode) {
      case ZEND_INIT_FCALL: {
        // The inlined function is still what the call's cache holds (a request may not have run
        // the INIT_FCALL yet, or have another function of that name).
        llvm::Value* cache = b_.CreateLoad(ptr_, field(ex_, offsetof(zend_execute_data, run_time_cache)));
        llvm::Value* fbc = b_.CreateLoad(i64_, field(cache, s.cache_offset));
        require(b_.CreateICmpEQ(fbc, b_.getInt64(s.callee)), s);
        break;
      }
      case ZEND_DO_UCALL:
        if (s.calls >= 0) {
          call(s);
          break;
        }
        for (const Step& inner : s.body) compute(inner);
        if (s.has_result) store(s.result, s.result_type, value(s.op1));
        break;
      case ZEND_DO_ICALL: {
        llvm::Value* v = builtin(s);
        if (s.has_result) store(s.result, s.result_type, v);
        break;
      }
      case ZEND_ADD:
      case ZEND_SUB:
      case ZEND_MUL:
      case ZEND_DIV:
      case ZEND_MOD: {
        llvm::Value* v = arithmetic(s.opcode, s.op1, s.op2, s.result_type, s);
        if (s.has_result) store(s.result, s.result_type, v);
        break;
      }
      case ZEND_BW_AND:
      case ZEND_BW_OR:
      case ZEND_BW_XOR:
      case ZEND_SL:
      case ZEND_SR: {
        llvm::Value* v = arithmetic(s.opcode, s.op1, s.op2, Type::kLong, s);
        if (s.has_result) store(s.result, Type::kLong, v);
        break;
      }
      case ZEND_BW_NOT:
        if (s.has_result) store(s.result, Type::kLong, b_.CreateNot(value(s.op1)));
        break;
      case ZEND_FETCH_DIM_RW: {
        llvm::Value* array = value(s.op1);
        require_own(array, s);
        llvm::Value* element = packed_element(array, value(s.op2), s);
        llvm::Value* type = b_.CreateLoad(i32_, field(element, offsetof(zval, u1.type_info)));
        require(is_type(type, Type::kArray), s);
        llvm::Value* bits = b_.CreateLoad(i64_, element);
        require_own(b_.CreateIntToPtr(bits, ptr_), s);
        b_.CreateStore(bits, slot_of(s.result).bits);
        b_.CreateStore(type, slot_of(s.result).type);
        break;
      }
      case ZEND_ASSIGN_DIM_OP: {
        llvm::Value* array = value(s.op1);
        require_own(array, s);
        llvm::Value* v = op_in_place(element_of(array, s), s.args[0], s);
        if (s.has_result) store(s.result, s.op_type, v);
        break;
      }
      case ZEND_ISSET_ISEMPTY_DIM_OBJ: {
        llvm::Value* v = isset_or_empty(s);
        if (s.has_result) store(s.result, Type::kBool, v);
        break;
      }
      case ZEND_FETCH_DIM_R:
        read_into_result(element_of(value(s.op1), s), s);
        break;
      case ZEND_FETCH_OBJ_R:
        read_into_result(property(s, offsetof(zend_object_handlers, read_property),
                                  reinterpret_cast<const void*>(&zend_std_read_property)),
                         s);
        break;
      case ZEND_ASSIGN_OBJ: {
        llvm::Value* type = type_of(s.data);
        replace_scalar(property(s, offsetof(zend_object_handlers, write_property),
                                reinterpret_cast<const void*>(&zend_std_write_property), type),
                       type, s);
        if (s.has_result) store(s.result, s.data.type, value(s.data));
        break;
      }
      case ZEND_ASSIGN_OBJ_OP: {
        llvm::Value* p = property(s, offsetof(zend_object_handlers, get_property_ptr_ptr),
                                  reinterpret_cast<const void*>(&zend_std_get_property_ptr_ptr),
                                  b_.getInt32(type_info(s.op_type)));
        llvm::Value* v = op_in_place(p, s.op2, s);
        if (s.has_result) store(s.result, s.op_type, v);
        break;
      }
      case ZEND_PRE_INC_OBJ:
      case ZEND_PRE_DEC_OBJ:
      case ZEND_POST_INC_OBJ:
      case ZEND_POST_DEC_OBJ: {
        bool inc = s.opcode == ZEND_PRE_INC_OBJ || s.opcode == ZEND_POST_INC_OBJ;
        bool post = s.opcode == ZEND_POST_INC_OBJ || s.opcode == ZEND_POST_DEC_OBJ;
        llvm::Value* p = property(s, offsetof(zend_object_handlers, get_property_ptr_ptr),
                                  reinterpret_cast<const void*>(&zend_std_get_property_ptr_ptr), b_.getInt32(IS_LONG));
        require(b_.CreateICmpEQ(b_.CreateLoad(i32_, field(p, offsetof(zval, u1.type_info))), b_.getInt32(IS_LONG)), s);
        llvm::Value* old = b_.CreateLoad(i64_, p);
        llvm::Value* now = checked(inc ? llvm::Intrinsic::sadd_with_overflow : llvm::Intrinsic::ssub_with_overflow, old,
                                   b_.getInt64(1), s);
        b_.CreateStore(now, p);
        if (s.has_result) store(s.result, Type::kLong, post ? old : now);
        break;
      }
      case ZEND_ASSIGN_DIM: {
        llvm::Value* array = value(s.op1);
        // Written in place only where PHP would: the CV's array is its own (not shared, not immutable).
        require_own(array, s);
        llvm::Value* bits = bits_of(s.data);
        llvm::Value* type = type_of(s.data);
        if (s.key) {
          replace_scalar(element_of(array, s), type, s);
        } else {
          // A packed array: an element replaced, or one added at its end ($a[] = v, or $a[$n] = v
          // with $n the next index), in place while it has room, else by libphp, which grows it.
          llvm::Value* flags = b_.CreateLoad(i32_, field(array, offsetof(HashTable, u.flags)));
          require(b_.CreateICmpNE(b_.CreateAnd(flags, b_.getInt32(HASH_FLAG_PACKED)), b_.getInt32(0)), s);
          llvm::Value* used = b_.CreateZExt(b_.CreateLoad(i32_, field(array, offsetof(HashTable, nNumUsed))), i64_);
          llvm::Value* index = s.op2.kind == Operand::kNone ? used : value(s.op2);
          auto* inside = llvm::BasicBlock::Create(c_, "dim_replace", fn_);
          auto* append = llvm::BasicBlock::Create(c_, "dim_append", fn_);
          auto* done = llvm::BasicBlock::Create(c_, "dim_done", fn_);
          b_.CreateCondBr(b_.CreateICmpULT(index, used), inside, append);
          b_.SetInsertPoint(inside);
          llvm::Value* data = b_.CreateLoad(ptr_, field(array, offsetof(HashTable, arPacked)));
          replace_scalar(b_.CreateGEP(i8_, data, b_.CreateMul(index, b_.getInt64(sizeof(zval)))), type, s);
          b_.CreateBr(done);
          b_.SetInsertPoint(append);
          llvm::Value* next_free = b_.CreateLoad(i64_, field(array, offsetof(HashTable, nNextFreeElement)));
          llvm::Value* size = b_.CreateZExt(b_.CreateLoad(i32_, field(array, offsetof(HashTable, nTableSize))), i64_);
          require(b_.CreateAnd(b_.CreateICmpEQ(index, used), b_.CreateICmpEQ(next_free, used)), s);
          // A full array grows in libphp (zend_hash_next_index_insert_new).
          auto* room = llvm::BasicBlock::Create(c_, "dim_room", fn_);
          auto* grow = llvm::BasicBlock::Create(c_, "dim_grow", fn_);
          b_.CreateCondBr(b_.CreateICmpULT(used, size), room, grow);
          b_.SetInsertPoint(grow);
          {
            llvm::BasicBlock& entry = fn_->getEntryBlock();
            llvm::IRBuilder<> in_entry(&entry, entry.begin());
            llvm::Value* tmp = in_entry.CreateAlloca(i8_, b_.getInt32(sizeof(zval)));
            store_zval(tmp, bits, type);
            auto* insert_type = llvm::FunctionType::get(ptr_, {ptr_, ptr_}, false);
            llvm::Value* insert =
                b_.CreateIntToPtr(b_.getInt64(reinterpret_cast<uintptr_t>(&zend_hash_next_index_insert_new)), ptr_);
            require(b_.CreateIsNotNull(b_.CreateCall(insert_type, insert, {array, tmp})), s);
            b_.CreateBr(done);
          }
          b_.SetInsertPoint(room);
          data = b_.CreateLoad(ptr_, field(array, offsetof(HashTable, arPacked)));
          llvm::Value* element = b_.CreateGEP(i8_, data, b_.CreateMul(index, b_.getInt64(sizeof(zval))));
          store_zval(element, bits, type);
          llvm::Value* one_more = b_.CreateAdd(used, b_.getInt64(1));
          b_.CreateStore(b_.CreateTrunc(one_more, i32_), field(array, offsetof(HashTable, nNumUsed)));
          llvm::Value* count = field(array, offsetof(HashTable, nNumOfElements));
          b_.CreateStore(b_.CreateAdd(b_.CreateLoad(i32_, count), b_.getInt32(1)), count);
          b_.CreateStore(one_more, field(array, offsetof(HashTable, nNextFreeElement)));
          b_.CreateBr(done);
          b_.SetInsertPoint(done);
        }
        if (s.has_result) store(s.result, s.data.type, value(s.data));
        break;
      }
      case ZEND_IS_SMALLER:
      case ZEND_IS_SMALLER_OR_EQUAL:
      case ZEND_IS_EQUAL:
      case ZEND_IS_NOT_EQUAL: {
        llvm::Value* v = compare(s.opcode, s.op1, s.op2);
        if (s.has_result) store(s.result, Type::kBool, v);
        break;
      }
      case ZEND_IS_IDENTICAL:
      case ZEND_IS_NOT_IDENTICAL: {
        llvm::Value* v = identical(s.op1, s.op2);
        if (s.opcode == ZEND_IS_NOT_IDENTICAL) v = b_.CreateNot(v);
        if (s.has_result) store(s.result, Type::kBool, v);
        break;
      }
      case ZEND_BOOL:
      case ZEND_BOOL_NOT: {
        llvm::Value* v = truthy(s.op1);
        if (s.opcode == ZEND_BOOL_NOT) v = b_.CreateNot(v);
        if (s.has_result) store(s.result, Type::kBool, v);
        break;
      }
      case ZEND_COUNT: {
        llvm::Value* n = b_.CreateLoad(i32_, field(value(s.op1), offsetof(HashTable, nNumOfElements)));
        if (s.has_result) store(s.result, Type::kLong, b_.CreateZExt(n, i64_));
        break;
      }
      case ZEND_TYPE_CHECK: {
        // The operand's Zend type is in the mask.
        llvm::Value* type = s.op1.kind == Operand::kConst
                                ? static_cast<llvm::Value*>(b_.getInt32(Z_TYPE(s.op1.value)))
                                : b_.CreateLoad(i32_, slot_of(s.op1.var).type);
        llvm::Value* bit = b_.CreateShl(b_.getInt32(1), b_.CreateAnd(type, b_.getInt32(0xff)));
        llvm::Value* v = b_.CreateICmpNE(b_.CreateAnd(bit, b_.getInt32(s.extended)), b_.getInt32(0));
        if (s.has_result) store(s.result, Type::kBool, v);
        break;
      }
      case ZEND_QM_ASSIGN:
        if (s.has_result) store(s.result, s.result_type, value(s.op1));
        break;
      case ZEND_PRE_INC:
      case ZEND_PRE_DEC:
      case ZEND_POST_INC:
      case ZEND_POST_DEC: {
        bool inc = s.opcode == ZEND_PRE_INC || s.opcode == ZEND_POST_INC;
        bool post = s.opcode == ZEND_POST_INC || s.opcode == ZEND_POST_DEC;
        llvm::Value* old = value(s.op1);
        llvm::Value* now;
        if (s.op1.type == Type::kLong)
          now = checked(inc ? llvm::Intrinsic::sadd_with_overflow : llvm::Intrinsic::ssub_with_overflow, old,
                        b_.getInt64(1), s);
        else
          now = inc ? b_.CreateFAdd(old, llvm::ConstantFP::get(f64_, 1.0))
                    : b_.CreateFSub(old, llvm::ConstantFP::get(f64_, 1.0));
        store(s.op1.var, s.op1.type, now);
        if (s.has_result) store(s.result, s.op1.type, post ? old : now);
        break;
      }
      case ZEND_ASSIGN: {
        llvm::Value* v = value(s.op2);
        store(s.op1.var, s.op2.type, v);
        if (s.has_result) store(s.result, s.op2.type, v);
        break;
      }
      case ZEND_ASSIGN_OP: {
        Type t = s.op_type;
        llvm::Value* v = arithmetic(static_cast<uint8_t>(s.extended), s.op1, s.op2, t, s);
        store(s.op1.var, t, v);
        if (s.has_result) store(s.result, t, v);
        break;
      }
      case ZEND_VERIFY_RETURN_TYPE:  // an int returned as a float
        store(s.op1.var, Type::kDouble, b_.CreateSIToFP(value(s.op1), f64_));
        break;
      default: break;  // NOP, EXT_STMT, RECV of an inlined function, instructions never reached
    }
  }

  const Region& r_;
  llvm::LLVMContext& c_;
  llvm::Module& m_;
  llvm::IRBuilder<> b_;
  llvm::Function* fn_ = nullptr;
  llvm::Value* ex_ = nullptr;
  llvm::Type *i1_, *i8_, *i32_, *i64_, *f64_, *ptr_;
  std::map<uint32_t, Allocas> slots_;
  std::vector<llvm::BasicBlock*> blocks_;
  llvm::BasicBlock* guard_failed_ = nullptr;
  std::map<std::vector<uint64_t>, llvm::BasicBlock*> exits_, write_backs_;
  std::vector<llvm::Value*> scalar_references_;  // the references of CVs holding scalars (entry)
  std::set<uint32_t> through_reference_;         // those CVs: written back through the reference
  llvm::Value* exit_at_ = nullptr;  // where a shared write-back returns to
  const std::vector<llvm::Function*>* module_;  // a Module's functions (compile_function)
  llvm::Value* depth_ = nullptr;                // a function's depth of calls
  llvm::BasicBlock* failed_ = nullptr;
};

// The function the interpreter calls for a Module: guards the parameters' types in frame ex,
// calls the Module's first function and stores its result in ex->return_value. Returns 0 then;
// kGuardsFailed when the types differ, kCallFailed when the call failed.
void compile_entry(const Module& m, llvm::Function* first, llvm::Function* entry) {
  llvm::LLVMContext& c = entry->getContext();
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(c, "entry", entry));
  llvm::Type* i8 = b.getInt8Ty();
  llvm::Type* i32 = b.getInt32Ty();
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Value* ex = entry->getArg(0);
  auto* guards_failed = llvm::BasicBlock::Create(c, "guards_failed", entry);
  std::vector<llvm::Value*> args;
  for (const Slot& p : m.functions[0].params) {
    llvm::Value* type = b.CreateLoad(i32, b.CreateConstInBoundsGEP1_64(i8, ex, p.var + 8));
    llvm::Value* ok;
    llvm::Value* bits;
    switch (p.type) {
      case Type::kBool:
        ok = b.CreateICmpULE(b.CreateSub(type, b.getInt32(IS_FALSE)), b.getInt32(1));
        bits = b.CreateZExt(b.CreateICmpEQ(type, b.getInt32(IS_TRUE)), i64);
        break;
      case Type::kNull:
        ok = b.CreateICmpEQ(type, b.getInt32(IS_NULL));
        bits = b.getInt64(0);
        break;
      default:
        ok = b.CreateICmpEQ(type, b.getInt32(p.type == Type::kLong ? IS_LONG : IS_DOUBLE));
        bits = b.CreateLoad(i64, b.CreateConstInBoundsGEP1_64(i8, ex, p.var));
        break;
    }
    auto* pass = llvm::BasicBlock::Create(c, "guarded", entry);
    b.CreateCondBr(ok, pass, guards_failed);
    b.SetInsertPoint(pass);
    args.push_back(bits);
  }
  args.push_back(b.getInt32(0));
  llvm::CallInst* result = b.CreateCall(first, args);
  result->setCallingConv(first->getCallingConv());
  llvm::Value* type = b.CreateExtractValue(result, 1);
  auto* returned = llvm::BasicBlock::Create(c, "returned", entry);
  auto* failed = llvm::BasicBlock::Create(c, "failed", entry);
  b.CreateCondBr(b.CreateICmpNE(type, b.getInt32(0)), returned, failed);
  b.SetInsertPoint(returned);
  llvm::Value* rv = b.CreateLoad(b.getPtrTy(), b.CreateConstInBoundsGEP1_64(i8, ex, offsetof(zend_execute_data, return_value)));
  auto* store = llvm::BasicBlock::Create(c, "store", entry);
  auto* done = llvm::BasicBlock::Create(c, "done", entry);
  b.CreateCondBr(b.CreateIsNotNull(rv), store, done);
  b.SetInsertPoint(store);
  b.CreateStore(b.CreateExtractValue(result, 0), rv);
  b.CreateStore(type, b.CreateConstInBoundsGEP1_64(i8, rv, offsetof(zval, u1.type_info)));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  b.CreateRet(b.getInt32(0));
  b.SetInsertPoint(failed);
  b.CreateRet(b.getInt32(kCallFailed));
  b.SetInsertPoint(guards_failed);
  b.CreateRet(b.getInt32(kGuardsFailed));
}

void optimise(llvm::Module& m) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb;
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1).run(m, mam);
}

}  // namespace

}  // namespace phpovm::jit

// The module's entry points (jit/backend_loader.cpp finds them with dlsym).
extern "C" {
phpovm::jit::NativeCode phpovm_jit_compile_loop(const phpovm::jit::Region& r, const std::string& name,
                                                std::string& why);
phpovm::jit::NativeCode phpovm_jit_compile_functions(const phpovm::jit::Module& m, const std::string& name,
                                                     std::string& why);
void phpovm_jit_write_perf_map(bool on);
const char* phpovm_jit_backend_name();
}

void phpovm_jit_write_perf_map(bool on) { phpovm::jit::g_perf_map = on; }

namespace {

// Declares (and then compiles) the functions of a Module, or a loop's callees, named name_K.
std::vector<llvm::Function*> compile_callees(const std::vector<phpovm::jit::Region>& regions, const std::string& name,
                                             llvm::LLVMContext& context, llvm::Module& module) {
  using namespace phpovm::jit;
  std::vector<llvm::Function*> functions;
  for (size_t k = 0; k < regions.size(); k++) {
    auto* fn = llvm::Function::Create(function_type(context, regions[k].params.size()),
                                      llvm::Function::ExternalLinkage, name + "_" + std::to_string(k), module);
    fn->setCallingConv(llvm::CallingConv::Fast);
    functions.push_back(fn);
  }
  for (size_t k = 0; k < regions.size(); k++)
    LoopCompiler(regions[k], context, module, &functions).compile_function(functions[k]);
  return functions;
}

// A module (in a context of its own) for the JIT's target.
std::pair<std::unique_ptr<llvm::LLVMContext>, std::unique_ptr<llvm::Module>> new_module(llvm::orc::LLJIT* jit,
                                                                                       const std::string& name) {
  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = std::make_unique<llvm::Module>(name, *context);
  module->setDataLayout(jit->getDataLayout());
  module->setTargetTriple(jit->getTargetTriple().str());
  return {std::move(context), std::move(module)};
}

// Verifies, optimises and adds the module; returns its function `name`.
phpovm::jit::NativeCode finish_module(llvm::orc::LLJIT* jit, std::unique_ptr<llvm::LLVMContext> context,
                                      std::unique_ptr<llvm::Module> module, const std::string& name,
                                      std::string& why) {
  using namespace phpovm::jit;
  std::string problems;
  llvm::raw_string_ostream out(problems);
  if (llvm::verifyModule(*module, &out)) {
    why = "invalid LLVM IR: " + out.str();
    return nullptr;
  }
  optimise(*module);
  if (auto err = jit->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    why = llvm::toString(std::move(err));
    return nullptr;
  }
  auto symbol = jit->lookup(name);
  if (!symbol) {
    why = llvm::toString(symbol.takeError());
    return nullptr;
  }
  return symbol->toPtr<NativeCode>();
}

}  // namespace

phpovm::jit::NativeCode phpovm_jit_compile_loop(const phpovm::jit::Region& r, const std::string& name,
                                                std::string& why) {
  using namespace phpovm::jit;
  llvm::orc::LLJIT* jit = the_jit(why);
  if (!jit) return nullptr;
  auto [context, module] = new_module(jit, name);
  std::vector<llvm::Function*> callees = compile_callees(r.callees, name, *context, *module);
  LoopCompiler(r, *context, *module, &callees).compile(name);
  return finish_module(jit, std::move(context), std::move(module), name, why);
}

phpovm::jit::NativeCode phpovm_jit_compile_functions(const phpovm::jit::Module& m, const std::string& name,
                                                     std::string& why) {
  using namespace phpovm::jit;
  llvm::orc::LLJIT* jit = the_jit(why);
  if (!jit) return nullptr;
  auto [context, module] = new_module(jit, name);
  std::vector<llvm::Function*> functions = compile_callees(m.functions, name, *context, *module);
  auto* entry = llvm::Function::Create(llvm::FunctionType::get(llvm::Type::getInt32Ty(*context),
                                                               {llvm::PointerType::getUnqual(*context)}, false),
                                       llvm::Function::ExternalLinkage, name, *module);
  compile_entry(m, functions[0], entry);
  return finish_module(jit, std::move(context), std::move(module), name, why);
}

const char* phpovm_jit_backend_name() { return "LLVM " LLVM_VERSION_STRING; }
