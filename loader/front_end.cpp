#include "loader/front_end.h"

#include <string>
#include <unordered_set>

#include "loader/translator.h"
#include "vm/zend_headers.h"

namespace phpovm {
namespace {

// opcache's default opcache.optimization_level.
constexpr zend_long kOptimizationLevel = 0x7FFEBFFF;

// Swaps in private function and class tables for one compilation, as opcache does: the file's
// declarations are captured there instead of being bound into the request. Internal functions are
// visible (copied), so that the compiler specialises calls to builtins exactly as php-cli does,
// except dirname(): a call to it is then compiled by name, which the optimizer does not fold
// (php-cli, which does not optimise, does not either). dirname(__DIR__) folded would be a path
// above the file's directory, which relocation (spec/phpo-format.md) cannot tell from others.
//
// No PHP code may run while they are in: it would see the private tables and libphp's executor
// (installed below). A diagnostic the compiler raises (a deprecation, a warning) can run PHP
// code: the user's error handler, or an output buffer's callback when the message is displayed.
// So every diagnostic comes to raise(), which puts the request's tables back, raises it as
// php-cli would at that point of the compilation, and swaps the private tables in again.
uint64_t g_diagnostics = 0;  // raised while compiling, in this process
std::unordered_set<std::string> g_delayed_keys;  // delayed_class_keys()

class PrivateTables {
 public:
  PrivateTables() {
    zend_hash_init(&functions_, zend_hash_num_elements(CG(function_table)) + 16, nullptr, nullptr, 0);
    void* fn;
    zend_string* key;
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(CG(function_table), key, fn) {
      if (static_cast<zend_function*>(fn)->type == ZEND_INTERNAL_FUNCTION && !zend_string_equals_literal(key, "dirname"))
        zend_hash_add_new_ptr(&functions_, key, fn);
    }
    ZEND_HASH_FOREACH_END();
    zend_hash_init(&classes_, 8, nullptr, nullptr, 0);
    install();
  }
  ~PrivateTables() {
    restore();
    zend_hash_destroy(&functions_);
    zend_hash_destroy(&classes_);
  }
  // Puts the request's tables back (idempotent).
  void restore() {
    if (!installed_) return;
    CG(function_table) = saved_functions_;
    CG(class_table) = saved_classes_;
    CG(compiler_options) = saved_options_;
    zend_execute_ex = saved_execute_ex_;
    ZVAL_COPY_VALUE(&EG(user_error_handler), &saved_error_handler_);
    zend_error_cb = saved_error_cb_;
    active_ = saved_active_;
    installed_ = false;
  }
  HashTable* functions() { return &functions_; }
  HashTable* classes() { return &classes_; }

 private:
  void install() {
    saved_functions_ = CG(function_table);
    saved_classes_ = CG(class_table);
    saved_options_ = CG(compiler_options);
    CG(function_table) = &functions_;
    CG(class_table) = &classes_;
    CG(compiler_options) = ZEND_COMPILE_DEFAULT | ZEND_COMPILE_HANDLE_OP_ARRAY | ZEND_COMPILE_DELAYED_BINDING |
                           ZEND_COMPILE_NO_CONSTANT_SUBSTITUTION | ZEND_COMPILE_IGNORE_OTHER_FILES |
                           ZEND_COMPILE_IGNORE_INTERNAL_CLASSES | ZEND_COMPILE_WITH_FILE_CACHE;
    // WITH_FILE_CACHE, as opcache's file cache: constants of the running process (PHP_BINARY,
    // PHP_SAPI) are not folded into code that outlives it.
    // The compiler and the optimizer choose DO_UCALL (a call to a known user function) and
    // DO_FCALL_BY_NAME only while libphp's own executor is installed (zend_get_call_op); phpovm
    // runs those instructions itself, so it compiles as php-cli does.
    saved_execute_ex_ = zend_execute_ex;
    zend_execute_ex = execute_ex;
    // With no user handler, every diagnostic reaches zend_error_cb, that is raise().
    ZVAL_COPY_VALUE(&saved_error_handler_, &EG(user_error_handler));
    ZVAL_UNDEF(&EG(user_error_handler));
    saved_error_cb_ = zend_error_cb;
    zend_error_cb = raise;
    saved_active_ = active_;
    active_ = this;
    installed_ = true;
  }

  static void raise(int type, zend_string* filename, uint32_t lineno, zend_string* message) {
    g_diagnostics++;
    PrivateTables* self = active_;
    auto display = self->saved_error_cb_;
    self->restore();
    // A fatal error goes where libphp sends it (it bails out of the compilation, unless its type
    // says not to); any other goes through libphp's error path again, now with the user's handler.
    if (type & (E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE))
      display(type, filename, lineno, message);
    else
      zend_error_zstr_at(type, filename, lineno, message);
    self->install();
  }

  static inline PrivateTables* active_ = nullptr;
  HashTable functions_, classes_;
  bool installed_ = false;
  HashTable* saved_functions_ = nullptr;
  HashTable* saved_classes_ = nullptr;
  uint32_t saved_options_ = 0;
  void (*saved_execute_ex_)(zend_execute_data*) = nullptr;
  zval saved_error_handler_;
  void (*saved_error_cb_)(int, zend_string*, uint32_t, zend_string*) = nullptr;
  PrivateTables* saved_active_ = nullptr;
};

bool concatenates_literal_array(const zend_op_array* oa) {
  for (uint32_t i = 0; i < oa->last; i++) {
    const zend_op* op = &oa->opcodes[i];
    bool concat = op->opcode == ZEND_CONCAT || op->opcode == ZEND_FAST_CONCAT ||
                  ((op->opcode == ZEND_ASSIGN_OP || op->opcode == ZEND_ASSIGN_DIM_OP ||
                    op->opcode == ZEND_ASSIGN_OBJ_OP || op->opcode == ZEND_ASSIGN_STATIC_PROP_OP) &&
                   op->extended_value == ZEND_CONCAT);
    if (!concat) continue;
    if ((op->op1_type == IS_CONST && Z_TYPE_P(RT_CONSTANT(op, op->op1)) == IS_ARRAY) ||
        (op->op2_type == IS_CONST && Z_TYPE_P(RT_CONSTANT(op, op->op2)) == IS_ARRAY))
      return true;
    if (op->opcode == ZEND_ASSIGN_DIM_OP || op->opcode == ZEND_ASSIGN_OBJ_OP ||
        op->opcode == ZEND_ASSIGN_STATIC_PROP_OP) {
      const zend_op* data = op + 1;
      if (data->op1_type == IS_CONST && Z_TYPE_P(RT_CONSTANT(data, data->op1)) == IS_ARRAY) return true;
    }
  }
  for (uint32_t i = 0; i < oa->num_dynamic_func_defs; i++)
    if (concatenates_literal_array(oa->dynamic_func_defs[i])) return true;
  return false;
}

// True when the file's main code echoes literals and declares a class bound early (which leaves
// no instruction behind). The block pass would merge an echo before the class with one after it,
// and the position where a redeclared class must fail (when the file is included again) would
// fall after output php-cli prints first. Such files, rare outside tests, keep their echoes apart.
bool echoes_around_early_bound_class(zend_script& script) {
  bool early = false;
  zend_string* key;
  void* p;
  ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&script.class_table, key, p) {
    if (key && ZSTR_LEN(key) && ZSTR_VAL(key)[0] != '\0' &&
        !(static_cast<zend_class_entry*>(p)->ce_flags & ZEND_ACC_ANON_CLASS))
      early = true;
  }
  ZEND_HASH_FOREACH_END();
  if (!early) return false;
  int literal_echoes = 0;
  const zend_op_array* main = &script.main_op_array;
  for (uint32_t i = 0; i < main->last; i++)
    if (main->opcodes[i].opcode == ZEND_ECHO && main->opcodes[i].op1_type == IS_CONST) literal_echoes++;
  return literal_echoes >= 2;
}

// opcache's level, except that the optimizer's first pass converts a literal array concatenated
// to a string into "Array" while compiling, warning "Array to string conversion" then (in
// Unknown on line 0) instead of when the code runs: such a script is optimised without that pass.
zend_long optimization_level(zend_script& script) {
  bool avoid = concatenates_literal_array(&script.main_op_array);
  void* p;
  ZEND_HASH_MAP_FOREACH_PTR(&script.function_table, p) {
    avoid = avoid || concatenates_literal_array(static_cast<zend_op_array*>(p));
  }
  ZEND_HASH_FOREACH_END();
  ZEND_HASH_MAP_FOREACH_PTR(&script.class_table, p) {
    void* m;
    ZEND_HASH_MAP_FOREACH_PTR(&static_cast<zend_class_entry*>(p)->function_table, m) {
      auto* fn = static_cast<zend_function*>(m);
      if (fn->type == ZEND_USER_FUNCTION) avoid = avoid || concatenates_literal_array(&fn->op_array);
    }
    ZEND_HASH_FOREACH_END();
  }
  ZEND_HASH_FOREACH_END();
  zend_long level = avoid ? (kOptimizationLevel & ~ZEND_OPTIMIZER_PASS_1) : kOptimizationLevel;
  if (echoes_around_early_bound_class(script)) level &= ~ZEND_OPTIMIZER_PASS_5;
  return level;
}

// Optimises the compiled file and shows it to visit (the translator, the coverage counter), then
// frees libphp's op arrays.
void finish(zend_op_array* main, PrivateTables& tables, const ScriptVisitor& visit) {
  zend_script script;
  memset(&script, 0, sizeof script);
  script.filename = main->filename;
  script.main_op_array = *main;
  zend_hash_init(&script.function_table, 8, nullptr, nullptr, 0);
  zend_hash_init(&script.class_table, 8, nullptr, nullptr, 0);
  zend_string* key;
  void* fn;
  ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(tables.functions(), key, fn) {
    if (static_cast<zend_function*>(fn)->type == ZEND_USER_FUNCTION)
      zend_hash_add_new_ptr(&script.function_table, key, fn);
  }
  ZEND_HASH_FOREACH_END();
  void* ce;
  ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(tables.classes(), key, ce) { zend_hash_add_new_ptr(&script.class_table, key, ce); }
  ZEND_HASH_FOREACH_END();

  // The optimizer drops unreachable code, DECLARE_CLASS_DELAYED included; php-cli binds such a
  // class while compiling all the same (when its parent exists), so the keys are noted first.
  g_delayed_keys.clear();
  for (uint32_t i = 0; i < script.main_op_array.last; i++) {
    const zend_op* op = &script.main_op_array.opcodes[i];
    if (op->opcode == ZEND_DECLARE_CLASS_DELAYED) {
      zend_string* rtd = Z_STR_P(RT_CONSTANT(op, op->op1) + 1);
      g_delayed_keys.emplace(ZSTR_VAL(rtd), ZSTR_LEN(rtd));
    }
  }
  zend_optimize_script(&script, optimization_level(script), 0);
  *main = script.main_op_array;

  struct Cleanup {
    zend_script& s;
    zend_op_array* main;
    ~Cleanup() {
      void* f;
      ZEND_HASH_MAP_FOREACH_PTR(&s.function_table, f) { destroy_op_array(&static_cast<zend_function*>(f)->op_array); }
      ZEND_HASH_FOREACH_END();
      zend_hash_destroy(&s.function_table);
      zend_hash_destroy(&s.class_table);
      destroy_op_array(main);
      efree_size(main, sizeof(zend_op_array));
    }
  } cleanup{script, main};
  tables.restore();
  visit(script);
}

}  // namespace

// A fatal compile error bails out (longjmp): put the global tables back before passing it on.
template <class Compile>
zend_op_array* guarded_compile(PrivateTables& tables, Compile compile) {
  zend_op_array* main = nullptr;
  bool bailed = false;
  zend_try { main = compile(); }
  zend_catch { bailed = true; }
  zend_end_try();
  if (bailed) {
    tables.restore();
    zend_bailout();
  }
  return main;
}

bool compile_file_and_visit(zend_file_handle* handle, const ScriptVisitor& visit) {
  PrivateTables tables;
  zend_op_array* main = guarded_compile(tables, [&] { return compile_file(handle, ZEND_INCLUDE); });
  if (!main) return false;
  finish(main, tables, visit);
  return true;
}

bool compile_file_to_image(zend_file_handle* handle, image::Image& out) {
  return compile_file_and_visit(handle, [&](zend_script& script) { translate_script(script, out); });
}

bool compile_string_and_visit(zend_string* code, const char* filename, const ScriptVisitor& visit) {
  PrivateTables tables;
  zend_op_array* main =
      guarded_compile(tables, [&] { return compile_string(code, filename, ZEND_COMPILE_POSITION_AFTER_OPEN_TAG); });
  if (!main) return false;
  finish(main, tables, visit);
  return true;
}

bool compile_string_to_image(zend_string* code, const char* filename, image::Image& out) {
  return compile_string_and_visit(code, filename, [&](zend_script& script) { translate_script(script, out); });
}

uint64_t compile_diagnostics() { return g_diagnostics; }

const std::unordered_set<std::string>& delayed_class_keys() { return g_delayed_keys; }

}  // namespace phpovm
