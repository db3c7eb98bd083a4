#include "loader/linker.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "vm/interpreter.h"
#include "vm/isa.h"
#include "vm/runtime_cache.h"
#include "vm/variants.h"
#ifdef PHPOVM_JIT
#include "jit/jit.h"
#endif

namespace phpovm {


namespace {

void* calloc_or_die(size_t size) {
  void* p = calloc(1, size ? size : 1);
  if (!p) zend_error_noreturn(E_ERROR, "phpovm: out of memory");
  return p;
}

// Everything the linker allocates lives as long as the image: zeroed memory carved from chunks
// the image owns (one allocation per chunk, not per structure, as loading is on the cold-start
// path), freed together by unlink_image. A chunk is cleared piece by piece as it is handed out:
// the unused end of an image's last chunk is then never touched (paged in).
constexpr size_t kChunkSize = 16 * 1024;

// Where a body read for linking lives until its code is made: a buffer the next body reuses
// (memory already paged in), rather than the image's arena, which keeps everything for the
// image's lifetime. One body is linked at a time (linking runs no PHP code); a larger body
// takes the rest from the heap.
struct ScratchMemory {
  alignas(std::max_align_t) static inline char buffer[64 * 1024];
  std::pmr::monotonic_buffer_resource resource{buffer, sizeof buffer};
};

// A SEND_VAL, SEND_VAR, SEND_VAL_EX or SEND_VAR_EX of argument number op2 (not a named one): its
// handler finds the argument's slot at the byte offset the linker writes into its result (which
// a positional send does not otherwise use).
bool positional_send(const image::Insn& in) {
  Op o = static_cast<Op>(in.op);
  return (o == Op::SEND_VAL || o == Op::SEND_VAR || o == Op::SEND_VAL_EX || o == Op::SEND_VAR_EX) &&
         in.op2.kind == K_NUM;
}

struct Linker {
  image::Image& img;
  LinkedImage& out;

  void* persistent_alloc(size_t size) {
    size = (size + 15) & ~size_t(15);  // as aligned as malloc's blocks
    if (size > kChunkSize / 4) {
      void* p = calloc_or_die(size);
      out.blocks.push_back(p);
      return p;
    }
    if (size > out.chunk_left) {
      out.chunk_next = static_cast<char*>(uninitialised_alloc(kChunkSize));
      out.chunk_left = kChunkSize;
    }
    void* p = out.chunk_next;
    out.chunk_next += size;
    out.chunk_left -= size;
    return memset(p, 0, size);
  }

  // Memory left as malloc gives it: a function's code and literals, which complete() fills,
  // are not touched (paged in) before the function first runs; nor is the free part of a chunk.
  void* uninitialised_alloc(size_t size) {
    void* p = malloc(size ? size : 1);
    if (!p) zend_error_noreturn(E_ERROR, "phpovm: out of memory");
    out.blocks.push_back(p);
    return p;
  }

  // A persistent interned string, owned by the image.
  zend_string* persistent_interned(std::string_view s, bool hashed = true) {
    auto* str = static_cast<zend_string*>(persistent_alloc(_ZSTR_STRUCT_SIZE(s.size())));
    memcpy(ZSTR_VAL(str), s.data(), s.size());
    return persistent_interned(str, s.size(), hashed);
  }
  // The same for a block of _ZSTR_STRUCT_SIZE(len) from persistent_alloc whose first len
  // characters are written.
  zend_string* persistent_interned(zend_string* str, size_t len, bool hashed = true) {
    GC_SET_REFCOUNT(str, 1);
    GC_TYPE_INFO(str) = GC_STRING | ((IS_STR_INTERNED | IS_STR_PERSISTENT | IS_STR_PERMANENT) << GC_FLAGS_SHIFT);
    ZSTR_LEN(str) = len;
    ZSTR_VAL(str)[len] = '\0';
    ZSTR_H(str) = 0;
    if (hashed) zend_string_hash_val(str);
    return str;
  }

  // String i as a persistent interned string, made on first use: most of an image's strings
  // are literals of functions that a request never runs.
  zend_string* str(uint32_t i) {
    zend_string*& z = out.strings[i];
    if (!z) z = persistent_interned(text(i));
    return z;
  }
  // String i's text, with the paths in it relocated.
  std::string relocated_;
  std::string_view text(uint32_t i) {
    std::string_view s = img.str(i);
    if (!out.relocation.active() || !out.relocation.apply(s, relocated_)) return s;
    return relocated_;
  }
  zend_string* opt_str(uint32_t i) { return i == image::kNone ? nullptr : str(i); }

  // A doc comment: only reflection reads it, and nothing looks it up by its hash, so its hash is
  // left for libphp to compute if anything ever asks (comments are long, and most are never
  // read). It is not cached as string i, which other uses need hashed.
  zend_string* doc_comment(uint32_t i) {
    if (i == image::kNone) return nullptr;
    if (zend_string* z = out.strings[i]) return z;
    return persistent_interned(img.str(i), false);
  }

  // The lower-case form of string i, as a persistent interned string owned by the image.
  std::unordered_map<uint32_t, zend_string*> lower_;
  zend_string* lower(uint32_t i) {
    auto it = lower_.find(i);
    if (it != lower_.end()) return it->second;
    std::string_view s = text(i);
    zend_string* z;
    if (std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      z = str(i);
    } else {
      z = static_cast<zend_string*>(persistent_alloc(_ZSTR_STRUCT_SIZE(s.size())));
      zend_str_tolower_copy(ZSTR_VAL(z), s.data(), s.size());
      z = persistent_interned(z, s.size());
    }
    lower_.emplace(i, z);
    return z;
  }

  // Types are shared by every request: a list type is marked arena-allocated so that libphp
  // never frees it.
  zend_type type(const image::Type& t) {
    zend_type z;
    z.type_mask = t.mask;
    z.ptr = nullptr;
    if (t.mask & _ZEND_TYPE_LIST_BIT) {
      auto* list = static_cast<zend_type_list*>(persistent_alloc(ZEND_TYPE_LIST_SIZE(t.members.size())));
      list->num_types = static_cast<uint32_t>(t.members.size());
      for (size_t i = 0; i < t.members.size(); i++) list->types[i] = type(t.members[i]);  // names get their caches too
      z.ptr = list;
      z.type_mask |= _ZEND_TYPE_ARENA_BIT;
    } else if (t.mask & _ZEND_TYPE_NAME_BIT) {
      z.ptr = class_name_with_cache(str(t.name));
    }
    return z;
  }

  // A class name in a type gets libphp's class-entry cache (a map pointer slot, so per request),
  // as the compiler gives it: type checks then find the class without a lookup by name.
  zend_string* class_name_with_cache(zend_string* name) {
    if (ZSTR_HAS_CE_CACHE(name) || zend_string_equals_literal_ci(name, "self") ||
        zend_string_equals_literal_ci(name, "parent"))
      return name;
    uint32_t offset;
    do {
      offset = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(new_map_ptr_slot()));
    } while (offset <= 2);  // libphp's rule: small values are real reference counts
    GC_ADD_FLAGS(name, IS_STR_CLASS_NAME_MAP_PTR);
    GC_SET_REFCOUNT(name, offset);
    return name;
  }

  // Attribute tables are immutable and shared by every request (reflection copies what it reads).
  HashTable* attributes(const image::Vec<image::Attribute>& list) {
    if (list.empty()) return nullptr;
    auto* ht = static_cast<HashTable*>(persistent_alloc(sizeof(HashTable)));
    _zend_hash_init(ht, static_cast<uint32_t>(list.size()), nullptr, 1);
    out.tables.push_back(ht);
    for (auto& a : list) {
      auto* attr = static_cast<zend_attribute*>(persistent_alloc(ZEND_ATTRIBUTE_SIZE(a.args.size())));
      attr->name = str(a.name);
      attr->lcname = lower(a.name);
      attr->flags = a.flags;
      attr->lineno = a.line;
      attr->offset = a.offset;
      attr->argc = static_cast<uint32_t>(a.args.size());
      for (size_t i = 0; i < a.args.size(); i++) {
        attr->args[i].name = opt_str(a.args[i].name);
        literal(&attr->args[i].value, a.args[i].value);
      }
      zend_hash_next_index_insert_ptr(ht, attr);
    }
    GC_SET_REFCOUNT(ht, 2);
    GC_TYPE_INFO(ht) = GC_ARRAY | ((IS_ARRAY_IMMUTABLE | IS_ARRAY_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
    return ht;
  }

  LinkedTraitRule trait_rule(const image::TraitMethodRef& m) {
    return LinkedTraitRule{str(m.method), opt_str(m.trait), nullptr, 0, {}};
  }

  LinkedClass klass(const image::Class& c) {
    LinkedClass k;
    k.name = str(c.name);
    k.lcname = lower(c.name);
    k.key = str(c.key);
    if (c.parent != image::kNone) {
      k.parent = str(c.parent);
      k.lc_parent = lower(c.parent);
    }
    k.binding = c.binding;
    k.declared_at = c.declared_at;
    k.flags = c.flags;
    k.filename = str(c.filename);
    k.line_start = c.line_start;
    k.line_end = c.line_end;
    k.doc_comment = doc_comment(c.doc_comment);
    k.enum_backing_type = static_cast<uint8_t>(c.enum_backing_type);
    k.interfaces.reserve(c.interfaces.size());
    for (auto i : c.interfaces) k.interfaces.push_back({str(i), lower(i)});
    k.traits.reserve(c.traits.size());
    for (auto t : c.traits) k.traits.push_back({str(t), lower(t)});
    k.constants.reserve(c.constants.size());
    k.properties.reserve(c.properties.size());
    k.methods.reserve(c.methods.size());
    for (auto& a : c.trait_aliases) {
      LinkedTraitRule r = trait_rule(a.method);
      r.alias = opt_str(a.alias);
      r.modifiers = a.modifiers;
      k.aliases.push_back(std::move(r));
    }
    for (auto& p : c.trait_precedences) {
      LinkedTraitRule r = trait_rule(p.method);
      for (auto e : p.excludes) r.excludes.push_back(str(e));
      k.precedences.push_back(std::move(r));
    }
    for (auto& cc : c.constants) {
      LinkedConstant lc{str(cc.name), cc.flags, doc_comment(cc.doc_comment), {}, attributes(cc.attributes)};
      literal(&lc.value, cc.value);
      k.constants.push_back(lc);
    }
    for (auto& p : c.properties) {
      LinkedProperty lp{str(p.name), p.flags, doc_comment(p.doc_comment), {}, type(p.type), attributes(p.attributes)};
      literal(&lp.default_value, p.default_value);
      k.properties.push_back(lp);
    }
    for (auto& m : c.methods)
      k.methods.push_back({str(m.name), m.function == image::kNone ? nullptr : out.functions[m.function]});
    k.attributes = attributes(c.attributes);
    return k;
  }

  // Allocates a node with `prefix` spare bytes before it (libphp finds a constant expression's
  // root right after its zend_ast_ref header, so the root is allocated with one).
  void* node_alloc(size_t prefix, size_t node_size) {
    return static_cast<char*>(persistent_alloc(prefix + node_size)) + prefix;
  }

  zend_ast* ast(const image::Literal::AstNode& n, size_t prefix = 0) {
    size_t extra = sizeof(zend_ast*) * (n.children.empty() ? 0 : n.children.size() - 1);
    if (n.kind == ZEND_AST_ZVAL || n.kind == ZEND_AST_CONSTANT) {
      auto* z = static_cast<zend_ast_zval*>(node_alloc(prefix, sizeof(zend_ast_zval)));
      z->kind = n.kind;
      z->attr = n.attr;
      literal(&z->val, n.value);
      Z_LINENO(z->val) = n.lineno;
      return reinterpret_cast<zend_ast*>(z);
    }
    if (n.is_list) {
      auto* l = static_cast<zend_ast_list*>(node_alloc(prefix, sizeof(zend_ast_list) + extra));
      l->kind = n.kind;
      l->attr = n.attr;
      l->lineno = n.lineno;
      l->children = static_cast<uint32_t>(n.children.size());
      for (size_t i = 0; i < n.children.size(); i++) l->child[i] = n.children[i] ? ast(*n.children[i]) : nullptr;
      return reinterpret_cast<zend_ast*>(l);
    }
    auto* a = static_cast<zend_ast*>(node_alloc(prefix, sizeof(zend_ast) + extra));
    a->kind = n.kind;
    a->attr = n.attr;
    a->lineno = n.lineno;
    for (size_t i = 0; i < n.children.size(); i++) a->child[i] = n.children[i] ? ast(*n.children[i]) : nullptr;
    return a;
  }

  // Literals are immutable, persistent values: interned strings, immutable arrays, constant
  // expressions that are never refcounted.
  void literal(zval* zv, const image::Literal& l) {
    switch (l.type) {
      case image::Literal::Undef: ZVAL_UNDEF(zv); break;
      case image::Literal::Null: ZVAL_NULL(zv); break;
      case image::Literal::False: ZVAL_FALSE(zv); break;
      case image::Literal::True: ZVAL_TRUE(zv); break;
      case image::Literal::Long: ZVAL_LONG(zv, l.lval); break;
      case image::Literal::Double: ZVAL_DOUBLE(zv, l.dval); break;
      case image::Literal::String: ZVAL_INTERNED_STR(zv, str(l.str)); break;
      case image::Literal::Array: {
        if (l.elements.empty()) {
          ZVAL_EMPTY_ARRAY(zv);
          break;
        }
        auto* ht = static_cast<HashTable*>(persistent_alloc(sizeof(HashTable)));
        _zend_hash_init(ht, static_cast<uint32_t>(l.elements.size()), ZVAL_PTR_DTOR, 1);
        out.tables.push_back(ht);
        for (auto& e : l.elements) {
          zval v;
          literal(&v, e.value);
          if (e.string_key) zend_hash_add_new(ht, str(e.str_key), &v);
          else zend_hash_index_add_new(ht, static_cast<zend_ulong>(e.int_key), &v);
        }
        GC_SET_REFCOUNT(ht, 2);
        GC_TYPE_INFO(ht) =
            GC_ARRAY | ((IS_ARRAY_IMMUTABLE | IS_ARRAY_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
        ZVAL_ARR(zv, ht);
        Z_TYPE_FLAGS_P(zv) = 0;
        break;
      }
      case image::Literal::Ast: {
        zend_ast* root = ast(*l.ast, sizeof(zend_ast_ref));
        auto* ref = reinterpret_cast<zend_ast_ref*>(reinterpret_cast<char*>(root) - sizeof(zend_ast_ref));
        GC_SET_REFCOUNT(ref, 1);
        GC_TYPE_INFO(ref) = GC_CONSTANT_AST | (GC_IMMUTABLE << GC_FLAGS_SHIFT);
        Z_AST_P(zv) = ref;
        Z_TYPE_INFO_P(zv) = IS_CONSTANT_AST;  // never refcounted: shared by every request
        Z_CACHE_SLOT_P(zv) = l.cache_slot;
        break;
      }
    }
  }

  zend_arg_info* arg_info(const image::Function& f) {
    if (f.arg_info.empty()) return nullptr;
    auto* infos = static_cast<zend_arg_info*>(persistent_alloc(sizeof(zend_arg_info) * f.arg_info.size()));
    for (size_t i = 0; i < f.arg_info.size(); i++) {
      const image::ArgInfo& a = f.arg_info[i];
      infos[i].name = a.name == image::kNone ? nullptr : str(a.name);
      infos[i].default_value = a.default_value == image::kNone ? nullptr : str(a.default_value);
      infos[i].type = type(a.type);
    }
    return f.has_return_info ? infos + 1 : infos;
  }

  void operand(zend_op* op, zend_uchar& type, znode_op& node, const image::Operand& o, zval* literals, zend_op* code) {
    switch (o.kind) {
      case K_CONST:
        type = IS_CONST;
        node.constant =
            static_cast<uint32_t>(reinterpret_cast<char*>(&literals[o.value]) - reinterpret_cast<char*>(op));
        break;
      case K_TMP:
        type = IS_TMP_VAR;
        node.var =
            static_cast<uint32_t>(ZEND_CALL_VAR_NUM(nullptr, o.value) - static_cast<zval*>(nullptr)) * sizeof(zval);
        break;
      case K_VAR:
        type = IS_VAR;
        node.var = static_cast<uint32_t>((ZEND_CALL_FRAME_SLOT + o.value) * sizeof(zval));
        break;
      case K_CV: type = IS_CV; node.var = static_cast<uint32_t>((ZEND_CALL_FRAME_SLOT + o.value) * sizeof(zval)); break;
      case K_JMP:
        type = IS_UNUSED;
        node.jmp_offset = static_cast<uint32_t>(reinterpret_cast<char*>(&code[o.value]) - reinterpret_cast<char*>(op));
        break;
      default: type = IS_UNUSED; node.num = o.value; break;
    }
    if (o.kind == K_TMP) node.var = static_cast<uint32_t>((ZEND_CALL_FRAME_SLOT + o.value) * sizeof(zval));
  }

  // What libphp may read of a function before it runs, beyond its shell and its stub (below):
  // static variables (a closure's bound ones too, and reflection reads a closure's BIND_STATIC
  // instructions for them), a variadic function's code. Such a function, and the main code, is
  // completed when the image is linked; any other when it is first entered. A closure without
  // bound or static variables is a copy of its shell like any other (libphp copies the shell
  // into each Closure object it creates), completed by its first call.
  bool complete_at_link(uint32_t index) const {
    const image::Function& f = img.functions[index];
    return index == img.main_function || (f.fn_flags & ZEND_ACC_VARIADIC) || f.static_vars != image::kNone;
  }

  // Whether instruction `in`, at position i of the code, is a parameter's RECV or RECV_INIT that
  // a stub may show libphp as it is: libphp reads an optional parameter's RECV_INIT and its
  // default before the function runs (reflection, named arguments that skip it, inheritance
  // error messages). The stub's copies are read only by libphp, never run; the whole body is
  // verified when the function is first entered. `named` literals were read.
  bool entry_recv(const image::Function& f, const image::Insn& in, size_t i,
                  const image::Vec<image::Literal>& named) const {
    Op o = static_cast<Op>(in.op);
    if ((o != Op::RECV && o != Op::RECV_INIT) || in.op1.kind != K_NUM || in.op1.value != i + 1 ||
        in.result.kind != K_CV || in.result.value >= f.vars.size() || in.ext % sizeof(void*) != 0 ||
        in.ext > f.cache_size)
      return false;
    if (o == Op::RECV) return in.op2.kind == K_UNUSED;
    if (in.op2.kind != K_CONST || in.op2.value >= named.size()) return false;
    const image::Literal& d = named[in.op2.value];
    return d.type != image::Literal::Ast ||
           (d.cache_slot % sizeof(void*) == 0 && uint64_t(d.cache_slot) + sizeof(zval) <= f.cache_size);
  }

  // A function's stub: the instructions a frame can start at (the first, and the one after the
  // RECVs of the arguments passed), whose handler links the code and moves the frame into it
  // (link_on_entry), at the function's first line (libphp may read a frame's line before it
  // runs). Those of an optional parameter's RECV and RECV_INIT are the code's own, with their
  // defaults; a required parameter's are RECVs of its number alone; the last a no-op.
  zend_op* stub(uint32_t index) {
    const image::Function& f = img.functions[index];
    size_t entries = f.num_args + 1u;
    ScratchMemory scratch;
    image::Body read(&scratch.resource);
    const image::Vec<image::Insn>* insns = nullptr;
    const image::Vec<image::Literal>* values = nullptr;
    if (f.required_num_args < f.num_args) {
      if (f.body_loaded) {
        insns = &f.code;
        values = &f.literals;
      } else {
        image::read_entry(img, index, f.num_args, read);
        insns = &read.code;
        values = &read.literals;
      }
    }
    size_t copied = insns ? std::min<size_t>(insns->size(), f.num_args) : 0;
    size_t nlit = 0;  // the defaults' literals the stub holds, after its instructions
    for (size_t i = 0; i < copied; i++)
      if (entry_recv(f, (*insns)[i], i, *values) && (*insns)[i].op2.kind == K_CONST)
        nlit = std::max<size_t>(nlit, (*insns)[i].op2.value + 1);
    auto* code = static_cast<zend_op*>(persistent_alloc(sizeof(zend_op) * entries + sizeof(zval) * nlit));
    auto* literals = reinterpret_cast<zval*>(code + entries);
    for (size_t k = 0; k < nlit; k++) literal(&literals[k], (*values)[k]);
    for (size_t i = 0; i < entries; i++) {
      zend_op* op = &code[i];
      if (i < copied && entry_recv(f, (*insns)[i], i, *values)) {
        const image::Insn& in = (*insns)[i];
        op->opcode = insn_info(in.op).zend_opcode;
        operand(op, op->op1_type, op->op1, in.op1, literals, code);
        operand(op, op->op2_type, op->op2, in.op2, literals, code);
        operand(op, op->result_type, op->result, in.result, literals, code);
        op->extended_value = in.ext;
        op->lineno = in.line;
      } else if (i < f.num_args) {
        // A required parameter's RECV as libphp's reflection looks for it (by its number: it
        // assumes every parameter has one, and reads past the code otherwise); no default.
        op->opcode = ZEND_RECV;
        op->op1.num = static_cast<uint32_t>(i + 1);
        op->op1_type = op->op2_type = op->result_type = IS_UNUSED;
        op->lineno = f.line_start;
      } else {
        op->opcode = ZEND_NOP;
        op->lineno = f.line_start;
      }
      op->handler = link_on_entry_handler();
    }
    return code;
  }

  // Fills the function's code and literals, whose block the shell already points to, from its
  // body: the image's own when it has read it, else read (and verified) from its bytes into
  // scratch memory that is reused once the code is made. Throws ImageError for a bad body.
  void complete(VmFunction* vf) {
    const image::Function& f = img.functions[vf->index];
    if (f.body_loaded) {
      complete(vf, f.code, f.literals);
      return;
    }
    ScratchMemory scratch;
    image::Body body(&scratch.resource);
    image::read_body(img, vf->index, body);
    complete(vf, body.code, body.literals);
  }

  void complete(VmFunction* vf, const image::Vec<image::Insn>& insns, const image::Vec<image::Literal>& values) {
    const image::Function& f = img.functions[vf->index];
    size_t n = insns.size();
    // Code and literals in one block, so that CONST operands are offsets from their instruction.
    size_t code_bytes = ZEND_MM_ALIGNED_SIZE_EX(sizeof(zend_op) * n, 16);
    char* block = static_cast<char*>(uninitialised_alloc(code_bytes + sizeof(zval) * values.size()));
    auto* code = reinterpret_cast<zend_op*>(block);
    auto* literals = reinterpret_cast<zval*>(block + code_bytes);
    memset(literals, 0, sizeof(zval) * values.size());
    for (size_t i = 0; i < values.size(); i++) {
      literal(&literals[i], values[i]);
      if (values[i].extra_value) Z_EXTRA(literals[i]) = ZEND_EXTRA_VALUE;  // the verifier checked the string after it
    }
    for (size_t i = n; i-- > 0;) {
      const image::Insn& in = insns[i];
      const InsnInfo& info = insn_info(in.op);
      zend_op* op = &code[i];
      op->opcode = info.zend_opcode;
      op->lineno = in.line;
      operand(op, op->op1_type, op->op1, in.op1, literals, code);
      operand(op, op->op2_type, op->op2, in.op2, literals, code);
      operand(op, op->result_type, op->result, in.result, literals, code);
      op->extended_value =
          info.ext == K_JMP
              ? static_cast<uint32_t>(reinterpret_cast<char*>(&code[in.ext]) - reinterpret_cast<char*>(op))
              : in.ext;
      if (positional_send(in))
        op->result.var = static_cast<uint32_t>((ZEND_CALL_FRAME_SLOT + in.op2.value - 1) * sizeof(zval));
      // A comparison whose result only a following JMPZ/JMPNZ tests runs as one superinstruction.
      uint16_t branch = static_cast<uint16_t>(Op::NOP);
      if (i + 1 < n && in.result.kind == K_TMP) {
        const image::Insn& next = insns[i + 1];
        Op jump = static_cast<Op>(next.op);
        if ((jump == Op::JMPZ || jump == Op::JMPNZ) && next.op1.kind == K_TMP && next.op1.value == in.result.value)
          branch = next.op;
      }
      const void* handler = select_handler(in.op, op, in.types, branch);
      op->handler = handler;
    }
    image::check_intact(img);  // the strings made above were read from its bytes
#ifdef PHPOVM_JIT
    jit::mark(vf, code, static_cast<uint32_t>(n), jit_loop_handler(), jit_function_handler());
#endif
    zend_op_array* oa = vf->shell;
    if (f.static_vars != image::kNone) oa->static_variables = Z_ARRVAL(literals[f.static_vars]);
    oa->opcodes = code;
    oa->last = static_cast<uint32_t>(n);
    oa->literals = literals;
    oa->last_literal = static_cast<int>(values.size());
    vf->literals = literals;
    vf->code = code;  // last: complete_function() tests it
  }

  // The function's shell. Its code and literals are made by complete(), when the function is
  // first entered (most of an application's functions never are in a given request) or, for
  // what libphp may read before that (complete_at_link()), now. Until then the shell's code is
  // its stub (above).
  VmFunction* function(uint32_t index) {
    const image::Function& f = img.functions[index];
    bool now = complete_at_link(index);
    size_t entries = f.num_args + 1u;
    zend_op* stub = now ? nullptr : this->stub(index);

    auto* oa = static_cast<zend_op_array*>(persistent_alloc(sizeof(zend_op_array)));
    oa->type = ZEND_USER_FUNCTION;
    oa->fn_flags = (f.fn_flags & ~ZEND_ACC_HEAP_RT_CACHE) | ZEND_ACC_DONE_PASS_TWO;
    // A closure's shell is shared by every request: libphp must not adopt it for one scope.
    if (oa->fn_flags & ZEND_ACC_CLOSURE) oa->fn_flags |= ZEND_ACC_IMMUTABLE;
    oa->function_name = f.name == image::kNone ? nullptr : str(f.name);
    oa->num_args = f.num_args;
    oa->required_num_args = f.required_num_args;
    oa->arg_info = arg_info(f);
    oa->T = f.T;
    ZEND_MAP_PTR(oa->run_time_cache) = static_cast<void**>(new_map_ptr_slot());  // per request: see vm/runtime_cache.h
    // One spare slot: the verifier lets an instruction's slot be the end of the cache.
    oa->cache_size = static_cast<int>(f.cache_size + sizeof(void*));
    oa->last_var = static_cast<int>(f.vars.size());
    oa->last = stub ? static_cast<uint32_t>(entries) : 0;
    oa->opcodes = stub;
    ZEND_MAP_PTR(oa->static_variables_ptr) =
        static_cast<HashTable*>(new_map_ptr_slot());  // the request's copy, made by BIND_STATIC
    if (!f.vars.empty()) {
      oa->vars = static_cast<zend_string**>(persistent_alloc(sizeof(zend_string*) * f.vars.size()));
      for (size_t i = 0; i < f.vars.size(); i++) oa->vars[i] = str(f.vars[i]);
    }
    oa->last_live_range = static_cast<int>(f.live_ranges.size());
    if (!f.live_ranges.empty()) {
      oa->live_range = static_cast<zend_live_range*>(persistent_alloc(sizeof(zend_live_range) * f.live_ranges.size()));
      for (size_t i = 0; i < f.live_ranges.size(); i++) {
        const auto& r = f.live_ranges[i];
        oa->live_range[i] = {static_cast<uint32_t>((ZEND_CALL_FRAME_SLOT + (r.var >> 4)) * sizeof(zval)) | (r.var & 15),
                             r.start, r.end};
      }
    }
    oa->last_try_catch = static_cast<int>(f.try_catch.size());
    if (!f.try_catch.empty()) {
      oa->try_catch_array =
          static_cast<zend_try_catch_element*>(persistent_alloc(sizeof(zend_try_catch_element) * f.try_catch.size()));
      for (size_t i = 0; i < f.try_catch.size(); i++) {
        const auto& t = f.try_catch[i];
        oa->try_catch_array[i] = {t.try_op, t.catch_op, t.finally_op, t.finally_end};
      }
    }
    oa->filename = str(f.filename);
    oa->line_start = f.line_start;
    oa->line_end = f.line_end;
    oa->doc_comment = doc_comment(f.doc_comment);
    oa->attributes = attributes(f.attributes);

    auto* vf = static_cast<VmFunction*>(persistent_alloc(sizeof(VmFunction)));
    vf->shell = oa;
    vf->code = stub;
    vf->stub = stub;
    vf->image = &out;
    vf->index = index;
    vf->jit = nullptr;
    oa->reserved[g_reserved_handle] = vf;
    if (oa->function_name) zend_set_function_arg_flags(reinterpret_cast<zend_function*>(oa));
    if (now) complete(vf);
    return vf;
  }

  void run() {
    out.strings.assign(img.strings.size(), nullptr);
    out.functions.reserve(img.functions.size());
    for (uint32_t i = 0; i < img.functions.size(); i++) out.functions.push_back(function(i));
    for (size_t i = 0; i < img.functions.size(); i++) {
      const auto& dyn = img.functions[i].dynamic_functions;
      if (dyn.empty()) continue;
      zend_op_array* oa = out.functions[i]->shell;
      oa->num_dynamic_func_defs = static_cast<uint32_t>(dyn.size());
      oa->dynamic_func_defs = static_cast<zend_op_array**>(persistent_alloc(sizeof(zend_op_array*) * dyn.size()));
      for (size_t k = 0; k < dyn.size(); k++) oa->dynamic_func_defs[k] = out.functions[dyn[k]]->shell;
    }
    out.main = out.functions[img.main_function];
    for (auto& c : img.classes) out.classes.push_back(klass(c));
    for (auto d : img.declared_functions) out.declared.push_back(out.functions[d]);
    image::check_intact(img);
  }
};

}  // namespace

void unlink_image(LinkedImage* linked) {
#ifdef PHPOVM_JIT
  jit::forget_image(linked);
#endif
  for (HashTable* ht : linked->tables) {
    ht->pDestructor = nullptr;  // the elements are the image's own, freed below
    zend_hash_destroy(ht);
  }
  for (void* p : linked->blocks) free(p);
  delete linked;
}

LinkedImage* link_image(std::shared_ptr<image::Image> img, std::string origin, const Placement* placement) {
  if (g_reserved_handle < 0) g_reserved_handle = zend_get_resource_handle("phpovm");
  g_complete_function = link_function_on_entry;
  auto* linked = new LinkedImage();
  linked->source = std::move(img);
  linked->origin = std::move(origin);
  if (placement && linked->source->source_path != image::kNone) {
    linked->relocation = Relocation(linked->source->str(linked->source->source_path), placement->located_at);
    for (const auto& [from, to] : placement->moved_directories) linked->relocation.add_directory(from, to);
  }
  try {
    Linker{*linked->source, *linked}.run();
  } catch (...) {
    unlink_image(linked);
    throw;
  }
  return linked;
}

void link_function_on_entry(VmFunction* vf, zend_execute_data* frame) {
  if (!vf->stub) return;  // linked with its image
  if (vf->code == vf->stub) {
    LinkedImage& linked = *vf->image;
    std::string error;
    try {
      Linker{*linked.source, linked}.complete(vf);
    } catch (const image::ImageError& e) {
      error = e.what();
    }
    if (!error.empty()) {
      // The frame's code never ran: the error is the caller's (whose line libphp reports).
      EG(current_execute_data) = frame->prev_execute_data;
      zend_error_noreturn(E_COMPILE_ERROR, "phpovm: %s: invalid image: %s", linked.origin.c_str(), error.c_str());
    }
  }
  // The frame's function may be a copy of the shell that libphp or a request made while the code
  // was not linked (a declared class's method, an inherited one, a closure of a method): it
  // gets the code now. The frame moves from the stub to the same instruction of the code.
  zend_op_array& oa = frame->func->op_array;
  if (oa.opcodes == vf->stub) {
    oa.opcodes = vf->code;
    oa.last = vf->shell->last;
    oa.literals = vf->literals;
    oa.last_literal = vf->shell->last_literal;
  }
  ptrdiff_t at = frame->opline - vf->stub;
  if (at >= 0 && at <= static_cast<ptrdiff_t>(vf->shell->num_args)) frame->opline = vf->code + at;
}

void declare_functions(const LinkedImage& linked) {
  for (VmFunction* f : linked.declared) {
    zend_string* lc = zend_string_tolower(f->shell->function_name);
    zend_function* old = static_cast<zend_function*>(zend_hash_find_ptr(EG(function_table), lc));
    if (old) {
      // Reported where the new declaration is, as libphp reports it while compiling that file.
      zend_string_release(lc);
      zend_op_array* fresh = f->shell;
      if (old->type == ZEND_USER_FUNCTION && old->op_array.filename)
        zend_error_at_noreturn(E_COMPILE_ERROR, fresh->filename, fresh->line_start,
                               "Cannot redeclare %s() (previously declared in %s:%d)", ZSTR_VAL(fresh->function_name),
                               ZSTR_VAL(old->op_array.filename), old->op_array.line_start);
      zend_error_at_noreturn(E_COMPILE_ERROR, fresh->filename, fresh->line_start, "Cannot redeclare %s()",
                             ZSTR_VAL(fresh->function_name));
    }
    zend_hash_add_new_ptr(EG(function_table), lc, f->shell);
    zend_string_release(lc);
  }
}

zend_op_array* main_op_array_for_request(const LinkedImage& linked, const std::vector<const LinkedClass*>& redeclared) {
  auto* oa = static_cast<zend_op_array*>(emalloc(sizeof(zend_op_array)));
  memcpy(oa, linked.main->shell, sizeof(zend_op_array));
  if (redeclared.empty()) return oa;
  // Code and literals are one block addressed relatively, so a copy of the block runs as is.
  size_t code_bytes = reinterpret_cast<char*>(oa->literals) - reinterpret_cast<char*>(oa->opcodes);
  size_t bytes = code_bytes + sizeof(zval) * oa->last_literal;
  char* block = static_cast<char*>(emalloc(bytes));
  memcpy(block, oa->opcodes, bytes);
  oa->opcodes = reinterpret_cast<zend_op*>(block);
  oa->literals = reinterpret_cast<zval*>(block + code_bytes);
  for (const LinkedClass* c : redeclared) {
    zend_op* op = &oa->opcodes[c->declared_at];
    op->handler = redeclared_class_handler();
    op->lineno = c->line_start;
    note_redeclared_class(op, c->name, c->flags);
  }
  return oa;
}

}  // namespace phpovm
