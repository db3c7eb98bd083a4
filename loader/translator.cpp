#include "loader/translator.h"

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "loader/front_end.h"
#include "vm/zend_headers.h"
#include "vm/isa.h"
#include "vm/variants.h"

namespace phpovm {
namespace {

using image::kNone;
using image::Literal;

std::string zstr(const zend_string* s) { return std::string(ZSTR_VAL(s), ZSTR_LEN(s)); }

// What libphp's type inference proved about the operands of `op`. The optimizer's data-flow pass
// (zend_optimize_script) infers each operand's types and then chooses the instruction's handler
// with them (zend_vm_set_opcode_handler_ex): a type-specialised handler such as ZEND_ADD_DOUBLE
// where it proved the types, the general one elsewhere. It keeps the types no longer, so they are
// read back from that choice: the instruction has the handler libphp chooses for two floats, and
// that handler is not the one it chooses knowing nothing.
uint8_t type_hint(const zend_op* op) {
  // Only where the interpreter has copies that use the hint (spec/variants.def).
  int phpovm_op = op_for_zend_opcode(op->opcode);
  if (phpovm_op < 0 ||
      !(has_family(phpovm_op, Family::kDoublesFirst) || has_family(phpovm_op, Family::kJumpZDoublesFirst)))
    return kHintNone;
  if (!op->handler) return kHintNone;
  zend_op doubles = *op;
  zend_vm_set_opcode_handler_ex(&doubles, MAY_BE_DOUBLE, MAY_BE_DOUBLE, MAY_BE_DOUBLE);
  zend_op unknown = *op;
  zend_vm_set_opcode_handler_ex(&unknown, MAY_BE_ANY, MAY_BE_ANY, MAY_BE_ANY);
  return doubles.handler == op->handler && unknown.handler != op->handler ? kHintDoubles : kHintNone;
}

class Translator {
 public:
  Translator(zend_script& script, image::Image& out, const TranslateOptions& options)
      : script_(script), img_(out), options_(options) {}

  void run() {
    img_.source_path = img_.intern(zstr(script_.filename));
    img_.main_function = function_index(&script_.main_op_array);
    void* fn;
    ZEND_HASH_MAP_FOREACH_PTR(&script_.function_table, fn) {
      img_.declared_functions.push_back(function_index(static_cast<zend_op_array*>(fn)));
    }
    ZEND_HASH_FOREACH_END();
    // The classes the main code binds with DECLARE_CLASS_DELAYED, noted before the optimizer
    // ran (it drops unreachable ones; loader/front_end.h).
    const std::unordered_set<std::string>& delayed = delayed_class_keys();
    zend_string* key;
    void* ce;
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&script_.class_table, key, ce) {
      img_.classes.push_back(translate_class(zstr(key), static_cast<zend_class_entry*>(ce), delayed));
    }
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
  uint32_t doc_comment(const zend_string* s) { return options_.strip_doc_comments ? kNone : opt_string(s); }

  image::Type type(const zend_type& t, const char* filename, uint32_t line) {
    image::Type out;
    out.mask = t.type_mask & ~_ZEND_TYPE_ARENA_BIT;
    if (ZEND_TYPE_HAS_LIST(t)) {
      const zend_type* member;
      ZEND_TYPE_LIST_FOREACH(ZEND_TYPE_LIST(t), member) { out.members.push_back(type(*member, filename, line)); }
      ZEND_TYPE_LIST_FOREACH_END();
    } else if (ZEND_TYPE_HAS_NAME(t)) {
      out.name = img_.intern(zstr(ZEND_TYPE_NAME(t)));
    }
    return out;
  }

  image::Vec<image::Attribute> attributes(const HashTable* table, const char* filename) {
    image::Vec<image::Attribute> out;
    if (!table) return out;
    void* p;
    ZEND_HASH_PACKED_FOREACH_PTR(const_cast<HashTable*>(table), p) {
      auto* a = static_cast<zend_attribute*>(p);
      image::Attribute at;
      at.name = img_.intern(zstr(a->name));
      at.flags = a->flags;
      at.offset = a->offset;
      at.line = a->lineno;
      for (uint32_t i = 0; i < a->argc; i++) {
        image::Attribute::Arg arg;
        arg.name = opt_string(a->args[i].name);
        arg.value = literal_value(&a->args[i].value, filename, a->lineno);
        at.args.push_back(std::move(arg));
      }
      out.push_back(std::move(at));
    }
    ZEND_HASH_FOREACH_END();
    return out;
  }

  // A class as libphp's compiler left it, before linking: what the request will link.
  image::Class translate_class(const std::string& key, zend_class_entry* ce,
                               const std::unordered_set<std::string>& delayed) {
    const char* file = ZSTR_VAL(ce->info.user.filename);
    uint32_t line = ce->info.user.line_start;
    image::Class c;
    c.name = img_.intern(zstr(ce->name));
    c.key = img_.intern(key);
    bool at_load = !key.empty() && key[0] != '\0' && !(ce->ce_flags & ZEND_ACC_ANON_CLASS);
    if (at_load && (ce->ce_flags & ZEND_ACC_LINKED) && ce->parent)
      throw CompileError(file, line, fmt::format("class {} was bound to its parent while compiling", zstr(ce->name)));
    c.binding = at_load              ? image::Binding::AtLoad
                : delayed.count(key) ? image::Binding::Delayed
                                     : image::Binding::Runtime;
    if (at_load) {
      // Where php-cli would have put a DECLARE_CLASS had the name been taken when the file was
      // compiled: before the first instruction of the statements after the class.
      const zend_op_array* main = &script_.main_op_array;
      uint32_t at = main->last - 1;  // the final RETURN at worst
      for (uint32_t i = 0; i < main->last; i++)
        if (main->opcodes[i].lineno >= ce->info.user.line_start) { at = i; break; }
      c.declared_at = at;
    }
    if (!(ce->ce_flags & ZEND_ACC_LINKED) && ce->parent_name) c.parent = img_.intern(zstr(ce->parent_name));
    constexpr uint32_t kStateFlags = ZEND_ACC_LINKED | ZEND_ACC_RESOLVED_PARENT | ZEND_ACC_RESOLVED_INTERFACES |
                                     ZEND_ACC_CONSTANTS_UPDATED | ZEND_ACC_HAS_AST_CONSTANTS |
                                     ZEND_ACC_HAS_AST_PROPERTIES | ZEND_ACC_HAS_AST_STATICS | ZEND_ACC_NEARLY_LINKED |
                                     ZEND_ACC_CACHED | ZEND_ACC_IMMUTABLE | ZEND_ACC_FILE_CACHED |
                                     ZEND_ACC_UNRESOLVED_VARIANCE | ZEND_ACC_PRELOADED | ZEND_ACC_HAS_TYPE_HINTS;
    c.flags = ce->ce_flags & ~kStateFlags;
    c.filename = img_.intern(zstr(ce->info.user.filename));
    c.line_start = ce->info.user.line_start;
    c.line_end = ce->info.user.line_end;
    c.doc_comment = doc_comment(ce->info.user.doc_comment);
    c.enum_backing_type = ce->enum_backing_type;
    if (!(ce->ce_flags & ZEND_ACC_LINKED))
      for (uint32_t i = 0; i < ce->num_interfaces; i++)
        c.interfaces.push_back(img_.intern(zstr(ce->interface_names[i].name)));
    for (uint32_t i = 0; i < ce->num_traits; i++) c.traits.push_back(img_.intern(zstr(ce->trait_names[i].name)));
    auto method_ref = [&](const zend_trait_method_reference& m) {
      return image::TraitMethodRef{img_.intern(zstr(m.method_name)), opt_string(m.class_name)};
    };
    if (ce->trait_aliases)
      for (zend_trait_alias** a = ce->trait_aliases; *a; a++)
        c.trait_aliases.push_back({method_ref((*a)->trait_method), opt_string((*a)->alias), (*a)->modifiers});
    if (ce->trait_precedences)
      for (zend_trait_precedence** p = ce->trait_precedences; *p; p++) {
        image::TraitPrecedence tp{method_ref((*p)->trait_method), {}};
        for (uint32_t i = 0; i < (*p)->num_excludes; i++)
          tp.excludes.push_back(img_.intern(zstr((*p)->exclude_class_names[i])));
        c.trait_precedences.push_back(std::move(tp));
      }
    zend_string* name;
    void* p;
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&ce->constants_table, name, p) {
      auto* k = static_cast<zend_class_constant*>(p);
      image::ClassConstant cc;
      cc.name = img_.intern(zstr(name));
      cc.flags = ZEND_CLASS_CONST_FLAGS(k);
      cc.doc_comment = doc_comment(k->doc_comment);
      cc.value = literal_value(&k->value, file, line);
      cc.attributes = attributes(k->attributes, file);
      c.constants.push_back(std::move(cc));
    }
    ZEND_HASH_FOREACH_END();
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&ce->properties_info, name, p) {
      auto* info = static_cast<zend_property_info*>(p);
      image::Property prop;
      prop.name = img_.intern(zstr(name));
      prop.flags = info->flags;
      prop.doc_comment = doc_comment(info->doc_comment);
      zval* def = (info->flags & ZEND_ACC_STATIC) ? &ce->default_static_members_table[info->offset]
                                                  : &ce->default_properties_table[OBJ_PROP_TO_NUM(info->offset)];
      prop.default_value = literal_value(def, file, line);
      prop.type = type(info->type, file, line);
      prop.attributes = attributes(info->attributes, file);
      c.properties.push_back(std::move(prop));
    }
    ZEND_HASH_FOREACH_END();
    ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(&ce->function_table, name, p) {
      auto* fn = static_cast<zend_function*>(p);
      image::Method m;
      m.name = img_.intern(zstr(name));
      if (fn->type == ZEND_USER_FUNCTION) m.function = function_index(&fn->op_array);
      else if (!(ce->ce_flags & ZEND_ACC_ENUM))
        throw CompileError(file, line,
                           fmt::format("internal method {}::{} in a user class", zstr(ce->name), zstr(name)));
      c.methods.push_back(m);
    }
    ZEND_HASH_FOREACH_END();
    c.attributes = attributes(ce->attributes, file);
    return c;
  }

  Literal literal_value(const zval* zv, const char* filename, uint32_t line) {
    if (Z_TYPE_P(zv) == IS_UNDEF) return Literal{Literal::Undef};
    if (Z_TYPE_P(zv) == IS_OBJECT || Z_TYPE_P(zv) == IS_RESOURCE || Z_TYPE_P(zv) == IS_REFERENCE)
      throw CompileError(filename, line,
                         fmt::format("a constant value of type {}", zend_get_type_by_const(Z_TYPE_P(zv))) +
                             " is not supported by phpovm yet");
    return literal(nullptr, zv);
  }

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
          if (key) {
            e.string_key = true;
            e.str_key = img_.intern(zstr(key));
          } else {
            e.int_key = static_cast<int64_t>(h);
          }
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
        if (!oa)
          throw CompileError(
              "", 0,
              fmt::format("a literal of type {} is not supported by phpovm yet", zend_get_type_by_const(Z_TYPE_P(zv))));
        unsupported(oa, nullptr, fmt::format("a literal of type {}", zend_get_type_by_const(Z_TYPE_P(zv))));
    }
    return l;
  }

  std::shared_ptr<Literal::AstNode> ast(const zend_op_array* oa, zend_ast* a) {
    if (!a) return nullptr;
    auto n = std::make_shared<Literal::AstNode>();
    n->kind = a->kind;
    n->attr = a->attr;
    n->lineno = zend_ast_get_lineno(a);
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

  image::Operand operand(const zend_op_array* oa, const zend_op* op, zend_uchar type, znode_op node, uint8_t allowed,
                         const char* which) {
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
      unsupported(oa, op,
                  fmt::format("{} with a {} {}", zend_get_opcode_name(op->opcode), operand_kind_name(o.kind), which));
    return o;
  }

  void translate(zend_op_array* oa, image::Function& f) {
    f.name = oa->function_name ? img_.intern(zstr(oa->function_name)) : kNone;
    f.filename = img_.intern(zstr(oa->filename));
    f.doc_comment = doc_comment(oa->doc_comment);
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
        image::ArgInfo ai;
        ai.name = opt_string(a.name);
        ai.type = type(a.type, ZSTR_VAL(oa->filename), oa->line_start);
        // default_value is only filled for internal functions; a user default lives in its RECV_INIT.
        f.arg_info.push_back(ai);
      }
    }
    for (int i = 0; i < oa->last_literal; i++) {
      f.literals.push_back(literal(oa, &oa->literals[i]));
      // A numeric string key made an integer keeps the string in the next literal, for ArrayAccess.
      if (Z_TYPE(oa->literals[i]) != IS_CONSTANT_AST && Z_EXTRA(oa->literals[i]) == ZEND_EXTRA_VALUE &&
          i + 1 < oa->last_literal)
        f.literals.back().extra_value = true;
    }
    if (oa->static_variables) {
      // Static and closure-bound variables, in bucket order: BIND_STATIC/BIND_LEXICAL address them
      // by byte offset into the table's buckets, so the image keeps them as a packed list.
      zval statics;
      ZVAL_ARR(&statics, oa->static_variables);
      if (HT_IS_PACKED(oa->static_variables) ||
          oa->static_variables->nNumUsed != zend_hash_num_elements(oa->static_variables))
        unsupported(oa, nullptr, "a static variable table with holes");
      f.static_vars = static_cast<uint32_t>(f.literals.size());
      f.literals.push_back(literal(oa, &statics));
    }
    for (uint32_t i = 0; i < oa->last; i++) f.code.push_back(insn(oa, &oa->opcodes[i], f));
    end_with_return(oa, f);
    for (int i = 0; i < oa->last_try_catch; i++) {
      const zend_try_catch_element& t = oa->try_catch_array[i];
      f.try_catch.push_back({t.try_op, t.catch_op, t.finally_op, t.finally_end});
    }
    for (int i = 0; i < oa->last_live_range; i++) {
      const zend_live_range& r = oa->live_range[i];
      f.live_ranges.push_back(
          {(EX_VAR_TO_NUM(r.var & ~ZEND_LIVE_MASK) << 4) | (r.var & ZEND_LIVE_MASK), r.start, r.end});
    }
    for (uint32_t i = 0; i < oa->num_dynamic_func_defs; i++)
      f.dynamic_functions.push_back(function_index(oa->dynamic_func_defs[i]));
    f.attributes = attributes(oa->attributes, ZSTR_VAL(oa->filename));
  }

  // libphp's optimizer may leave code whose last instruction could continue past the end, where
  // nothing reaches it: a function that ends in a switch on a call's result whose every case
  // returns keeps the switch's FREE after the last RETURN, and the final `return null;` the
  // compiler added is gone as dead code. phpovm's code never runs off its end (the verifier
  // refuses it), so such code gets back the return the compiler had ended it with.
  void end_with_return(const zend_op_array* oa, image::Function& f) {
    if (!f.code.empty() && (insn_info(f.code.back().op).flags & F_NOFALL)) return;
    Op ret = (oa->fn_flags & ZEND_ACC_GENERATOR)          ? Op::GENERATOR_RETURN
             : (oa->fn_flags & ZEND_ACC_RETURN_REFERENCE) ? Op::RETURN_BY_REF
                                                          : Op::RETURN;
    image::Insn in;
    in.op = static_cast<uint16_t>(ret);
    in.line = f.code.empty() ? oa->line_end : f.code.back().line;
    in.op1 = image::Operand{K_CONST, static_cast<uint32_t>(f.literals.size())};
    in.ext = 0xFFFFFFFFu;  // as libphp marks the return it adds at the end of every function
    f.literals.push_back(Literal{});  // null
    f.code.push_back(in);
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
    in.types = type_hint(op);
    in.line = op->lineno;
    in.op1 = operand(oa, op, op->op1_type, op->op1, info.op1, "op1");
    in.op2 = operand(oa, op, op->op2_type, op->op2, info.op2, "op2");
    in.result = operand(oa, op, op->result_type, op->result, info.result, "result");
    if ((info.op2 & K_CONST) && (info.op2 & K_NUM) && (info.result & K_CACHE) && in.op2.kind != K_CONST) {
      // A positional SEND: Zend's result holds the argument's frame offset, which phpovm derives
      // from the argument number; only a named argument uses a cache slot there.
      in.result = image::Operand{};
    }
    in.ext = info.ext == K_JMP ? static_cast<uint32_t>(ZEND_OFFSET_TO_OPLINE(op, op->extended_value) - oa->opcodes)
                               : op->extended_value;
    Op o = static_cast<Op>(our);
    if (o == Op::RECV_INIT && Z_TYPE_P(RT_CONSTANT(op, op->op2)) == IS_CONSTANT_AST)
      f.literals[in.op2.value].cache_slot = Z_CACHE_SLOT_P(RT_CONSTANT(op, op->op2));
    if (o == Op::NEW && in.op1.kind != K_CONST) in.op2 = image::Operand{};  // only a named class has a cache slot
    if ((o == Op::INIT_STATIC_METHOD_CALL || o == Op::INIT_METHOD_CALL) && in.op2.kind != K_CONST)
      in.result = image::Operand{};  // nor does a computed method
    if (o == Op::SWITCH_LONG || o == Op::SWITCH_STRING || o == Op::MATCH) {
      // Jump tables hold opline offsets relative to their instruction (and the optimizer may share
      // one literal between instructions); the image gives each table its own literal of indices.
      Literal table = f.literals[in.op2.value];
      for (auto& e : table.elements)
        e.value.lval = static_cast<int64_t>(ZEND_OFFSET_TO_OPLINE(op, e.value.lval) - oa->opcodes);
      in.op2.value = static_cast<uint32_t>(f.literals.size());
      f.literals.push_back(std::move(table));
    }
    return in;
  }

  zend_script& script_;
  image::Image& img_;
  const TranslateOptions& options_;
  std::vector<zend_op_array*> pending_;
  std::unordered_map<zend_op_array*, uint32_t> index_;
};

}  // namespace

void translate_script(zend_script& script, image::Image& out, const TranslateOptions& options) {
  Translator(script, out, options).run();
}

}  // namespace phpovm
