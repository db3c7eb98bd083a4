#include "loader/translator.h"

#include <fmt/format.h>

#include <unordered_map>

#include "loader/front_end.h"
#include "loader/zend_headers.h"
#include "vm/isa.h"

namespace phpovm {
namespace {

using image::kNone;
using image::Literal;

std::string zstr(const zend_string* s) { return std::string(ZSTR_VAL(s), ZSTR_LEN(s)); }

class Translator {
 public:
  Translator(zend_script& script, image::Image& out) : script_(script), img_(out) {}

  void run() {
    if (zend_hash_num_elements(&script_.class_table)) {
      void* first = nullptr;
      ZEND_HASH_MAP_FOREACH_PTR(&script_.class_table, first) { break; }
      ZEND_HASH_FOREACH_END();
      auto* ce = static_cast<zend_class_entry*>(first);
      throw CompileError(zstr(script_.filename), ce ? ce->info.user.line_start : 0,
                         fmt::format("class declarations (class {}) are not supported by phpovm yet", ce ? zstr(ce->name) : "?"));
    }
    img_.source_path = img_.intern(zstr(script_.filename));
    img_.main_function = function_index(&script_.main_op_array);
    void* fn;
    ZEND_HASH_MAP_FOREACH_PTR(&script_.function_table, fn) { img_.declared_functions.push_back(function_index(static_cast<zend_op_array*>(fn))); }
    ZEND_HASH_FOREACH_END();
    // Functions are translated breadth-first in index order, which makes the image deterministic.
    for (size_t i = 0; i < pending_.size(); i++) {
      image::Function f;
      translate(pending_[i], f);  // may append to pending_ and img_.functions
      img_.functions[i] = std::move(f);
    }
  }

 private:
  uint32_t function_index(zend_op_array* op_array) {
    auto it = index_.find(op_array);
    if (it != index_.end()) return it->second;
    auto id = static_cast<uint32_t>(pending_.size());
    index_.emplace(op_array, id);
    pending_.push_back(op_array);
    img_.functions.emplace_back();
    return id;
  }

  [[noreturn]] void unsupported(const zend_op_array* oa, const zend_op* op, const std::string& what) {
    throw CompileError(zstr(oa->filename), op ? op->lineno : oa->line_start, what + " is not supported by phpovm yet");
  }

  uint32_t opt_string(const zend_string* s) { return s ? img_.intern(zstr(s)) : kNone; }

  Literal literal(const zend_op_array* oa, const zval* zv) {
    Literal l;
    switch (Z_TYPE_P(zv)) {
      case IS_NULL: l.type = Literal::Null; break;
      case IS_FALSE: l.type = Literal::False; break;
      case IS_TRUE: l.type = Literal::True; break;
      case IS_LONG: l.type = Literal::Long; l.lval = Z_LVAL_P(zv); break;
      case IS_DOUBLE: l.type = Literal::Double; l.dval = Z_DVAL_P(zv); break;
      case IS_STRING: l.type = Literal::String; l.str = img_.intern(zstr(Z_STR_P(zv))); break;
      case IS_ARRAY: {
        l.type = Literal::Array;
        zend_ulong h;
        zend_string* key;
        zval* v;
        ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(zv), h, key, v) {
          Literal::ArrayElement e;
          if (key) { e.string_key = true; e.str_key = img_.intern(zstr(key)); } else { e.int_key = static_cast<int64_t>(h); }
          e.value = literal(oa, v);
          l.elements.push_back(std::move(e));
        }
        ZEND_HASH_FOREACH_END();
        break;
      }
      case IS_CONSTANT_AST:
        l.type = Literal::Ast;
        l.ast = ast(oa, Z_ASTVAL_P(zv));
        break;
      default:
        unsupported(oa, nullptr, fmt::format("a literal of type {}", zend_get_type_by_const(Z_TYPE_P(zv))));
    }
    return l;
  }

  std::shared_ptr<Literal::AstNode> ast(const zend_op_array* oa, zend_ast* a) {
    if (!a) return nullptr;
    auto n = std::make_shared<Literal::AstNode>();
    n->kind = a->kind;
    n->attr = a->attr;
    if (a->kind == ZEND_AST_ZVAL) {
      n->value = literal(oa, zend_ast_get_zval(a));
    } else if (a->kind == ZEND_AST_CONSTANT) {
      n->value.type = Literal::String;
      n->value.str = img_.intern(zstr(zend_ast_get_constant_name(a)));
    } else if (zend_ast_is_list(a)) {
      n->is_list = true;
      zend_ast_list* list = zend_ast_get_list(a);
      for (uint32_t i = 0; i < list->children; i++) n->children.push_back(ast(oa, list->child[i]));
    } else {
      uint32_t children = zend_ast_get_num_children(a);
      for (uint32_t i = 0; i < children; i++) n->children.push_back(ast(oa, a->child[i]));
    }
    return n;
  }

  image::Operand operand(const zend_op_array* oa, const zend_op* op, zend_uchar type, znode_op node, uint8_t allowed, const char* which) {
    image::Operand o;
    // Smart-branch flags only tell Zend's VM that a JMPZ/JMPNZ follows; the TMP result is real.
    switch (type & (IS_CONST | IS_TMP_VAR | IS_VAR | IS_CV)) {
      case IS_CONST: o.kind = K_CONST; o.value = static_cast<uint32_t>(RT_CONSTANT(op, node) - oa->literals); break;
      case IS_TMP_VAR: o.kind = K_TMP; o.value = EX_VAR_TO_NUM(node.var); break;
      case IS_VAR: o.kind = K_VAR; o.value = EX_VAR_TO_NUM(node.var); break;
      case IS_CV: o.kind = K_CV; o.value = EX_VAR_TO_NUM(node.var); break;
      default:
        if (allowed & K_JMP) { o.kind = K_JMP; o.value = static_cast<uint32_t>(OP_JMP_ADDR(op, node) - oa->opcodes); }
        else if (allowed & K_CACHE) { o.kind = K_CACHE; o.value = node.num; }
        else if (allowed & K_NUM) { o.kind = K_NUM; o.value = node.num; }
        else { o.kind = K_UNUSED; o.value = 0; }
    }
    if (!(o.kind & allowed))
      unsupported(oa, op, fmt::format("{} with a {} {}", zend_get_opcode_name(op->opcode), operand_kind_name(o.kind), which));
    return o;
  }

  void translate(zend_op_array* oa, image::Function& f) {
    f.name = oa->function_name ? img_.intern(zstr(oa->function_name)) : kNone;
    f.filename = img_.intern(zstr(oa->filename));
    f.doc_comment = opt_string(oa->doc_comment);
    f.line_start = oa->line_start;
    f.line_end = oa->line_end;
    f.fn_flags = oa->fn_flags & ~ZEND_ACC_HEAP_RT_CACHE;  // a fact about libphp's memory, not the function
    f.num_args = oa->num_args;
    f.required_num_args = oa->required_num_args;
    f.T = oa->T;
    f.cache_size = static_cast<uint32_t>(oa->cache_size);
    for (int i = 0; i < oa->last_var; i++) f.vars.push_back(img_.intern(zstr(oa->vars[i])));
    uint32_t nargs = oa->num_args + ((oa->fn_flags & ZEND_ACC_VARIADIC) ? 1 : 0);
    f.has_return_info = (oa->fn_flags & ZEND_ACC_HAS_RETURN_TYPE) != 0;
    if (oa->arg_info) {
      const zend_arg_info* first = f.has_return_info ? oa->arg_info - 1 : oa->arg_info;
      for (uint32_t i = 0; i < nargs + (f.has_return_info ? 1 : 0); i++) {
        const zend_arg_info& a = first[i];
        if (ZEND_TYPE_HAS_LIST(a.type)) unsupported(oa, nullptr, "union or intersection types of classes");
        image::ArgInfo ai;
        ai.name = opt_string(a.name);
        ai.type_mask = a.type.type_mask;
        ai.type_name = ZEND_TYPE_HAS_NAME(a.type) ? img_.intern(zstr(ZEND_TYPE_NAME(a.type))) : kNone;
        // default_value is only filled for internal functions; a user default lives in its RECV_INIT.
        f.arg_info.push_back(ai);
      }
    }
    for (int i = 0; i < oa->last_literal; i++) f.literals.push_back(literal(oa, &oa->literals[i]));
    if (oa->static_variables) {
      // Static and closure-bound variables, in bucket order: BIND_STATIC/BIND_LEXICAL address them
      // by byte offset into the table's buckets, so the image keeps them as a packed list.
      zval statics;
      ZVAL_ARR(&statics, oa->static_variables);
      if (HT_IS_PACKED(oa->static_variables) || oa->static_variables->nNumUsed != zend_hash_num_elements(oa->static_variables))
        unsupported(oa, nullptr, "a static variable table with holes");
      f.static_vars = static_cast<uint32_t>(f.literals.size());
      f.literals.push_back(literal(oa, &statics));
    }
    for (uint32_t i = 0; i < oa->last; i++) f.code.push_back(insn(oa, &oa->opcodes[i], f));
    for (int i = 0; i < oa->last_try_catch; i++) {
      const zend_try_catch_element& t = oa->try_catch_array[i];
      f.try_catch.push_back({t.try_op, t.catch_op, t.finally_op, t.finally_end});
    }
    for (int i = 0; i < oa->last_live_range; i++) {
      const zend_live_range& r = oa->live_range[i];
      f.live_ranges.push_back({(EX_VAR_TO_NUM(r.var & ~ZEND_LIVE_MASK) << 4) | (r.var & ZEND_LIVE_MASK), r.start, r.end});
    }
    for (uint32_t i = 0; i < oa->num_dynamic_func_defs; i++) f.dynamic_functions.push_back(function_index(oa->dynamic_func_defs[i]));
  }

  image::Insn insn(zend_op_array* oa, const zend_op* op, image::Function& f) {
    int our = op_for_zend_opcode(op->opcode);
    if (our < 0) {
      const char* name = zend_get_opcode_name(op->opcode);
      unsupported(oa, op, fmt::format("Zend opcode {}", name ? name : std::to_string(op->opcode)));
    }
    const InsnInfo& info = insn_info(static_cast<uint16_t>(our));
    image::Insn in;
    in.op = static_cast<uint16_t>(our);
    in.line = op->lineno;
    in.op1 = operand(oa, op, op->op1_type, op->op1, info.op1, "op1");
    in.op2 = operand(oa, op, op->op2_type, op->op2, info.op2, "op2");
    in.result = operand(oa, op, op->result_type, op->result, info.result, "result");
    if ((info.op2 & K_CONST) && (info.op2 & K_NUM) && (info.result & K_CACHE) && in.op2.kind != K_CONST) {
      // A positional SEND: Zend's result holds the argument's frame offset, which phpovm derives
      // from the argument number; only a named argument uses a cache slot there.
      in.result = image::Operand{};
    }
    in.ext = info.ext == K_JMP ? static_cast<uint32_t>(ZEND_OFFSET_TO_OPLINE(op, op->extended_value) - oa->opcodes) : op->extended_value;
    Op o = static_cast<Op>(our);
    if (o == Op::SWITCH_LONG || o == Op::SWITCH_STRING || o == Op::MATCH) {
      // Jump tables hold opline offsets relative to their instruction (and the optimizer may share
      // one literal between instructions); the image gives each table its own literal of indices.
      Literal table = f.literals[in.op2.value];
      for (auto& e : table.elements) e.value.lval = static_cast<int64_t>(ZEND_OFFSET_TO_OPLINE(op, e.value.lval) - oa->opcodes);
      in.op2.value = static_cast<uint32_t>(f.literals.size());
      f.literals.push_back(std::move(table));
    }
    return in;
  }

  zend_script& script_;
  image::Image& img_;
  std::vector<zend_op_array*> pending_;
  std::unordered_map<zend_op_array*, uint32_t> index_;
};

}  // namespace

void translate_script(zend_script& script, image::Image& out) { Translator(script, out).run(); }

}  // namespace phpovm
