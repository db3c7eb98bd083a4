// The interpreter's dispatch and operand macros, and its inline operand access. Read by
// vm/interpreter.cpp only, inside namespace phpovm, before the handlers (vm/handlers/*.inc), whose
// bodies use them: ex is the frame, ip the instruction.
#pragma once

#define EXV(node) ((zval*)(((char*)ex) + (node).var))
#define CONSTV(node) RT_CONSTANT(ip, node)
#define CACHE_SLOT_AT(offset) reinterpret_cast<void**>(reinterpret_cast<char*>(ex->run_time_cache) + (offset))
#define SAVE() (ex->opline = ip)
#ifdef PHPOVM_PAIR_STATS
#define DISPATCH()         \
  do {                     \
    count_pair(ip->opcode); \
    goto* ip->handler;     \
  } while (0)
#else
#define DISPATCH() goto* ip->handler
#endif
#define NEXT() \
  do {         \
    ip++;      \
    DISPATCH(); \
  } while (0)
#define CHECK_EXC()                         \
  do {                                      \
    if (UNEXPECTED(EG(exception))) goto handle_exception; \
  } while (0)
#define NEXT_CHECKED() \
  do {                 \
    CHECK_EXC();       \
    NEXT();            \
  } while (0)
// Releases temporary operand 1 and continues: the release may run a destructor, which may throw
// (the frame's position is saved first, for the destructor's backtrace and the unwinding).
#define FREE1_NEXT()                         \
  do {                                       \
    if (T1 & (IS_TMP_VAR | IS_VAR)) {        \
      SAVE();                                \
      FREE1();                               \
      CHECK_EXC();                           \
    }                                        \
    NEXT();                                  \
  } while (0)
#define JUMP_TO(target) \
  do {                  \
    ip = (target);      \
    DISPATCH();         \
  } while (0)
#define INTERRUPT_CHECK()                                             \
  do {                                                                \
    if (UNEXPECTED(zend_atomic_bool_load_ex(&EG(vm_interrupt)))) { \
      SAVE();                                                         \
      goto interrupt;                                                 \
    }                                                                 \
  } while (0)

// Operand access. Reads dereference references; a read of an undefined CV warns and gives null.
static zend_always_inline zval* read_op(zend_execute_data* ex, const zend_op* ip, zend_uchar type, znode_op node) {
  if (type == IS_CONST) return RT_CONSTANT(ip, node);
  zval* v = EXV(node);
  if (type == IS_CV) {
    if (UNEXPECTED(Z_TYPE_P(v) == IS_UNDEF)) {
      ex->opline = ip;
      return undefined_cv(ex, node.var);
    }
    ZVAL_DEREF(v);
  } else if (type == IS_VAR) {
    ZVAL_DEREF(v);
  }
  return v;
}
// As read_op, for isset/?? contexts: an undefined CV is null without a warning.
static zend_always_inline zval* read_op_quiet(zend_execute_data* ex, const zend_op* ip, zend_uchar type,
                                              znode_op node) {
  if (type == IS_CONST) return RT_CONSTANT(ip, node);
  zval* v = EXV(node);
  if (Z_TYPE_P(v) == IS_UNDEF) return &EG(uninitialized_zval);
  ZVAL_DEREF(v);
  return v;
}
// The dimension an ArrayAccess object receives: a constant written as a numeric string ("7"),
// which the compiler made an integer for arrays, reaches an object as the string, kept in the
// literal after it (the verifier checked that one is there).
static zend_always_inline zval* object_dim(zend_uchar dim_type, const zval* container, zval* dim) {
  if (dim_type != IS_CONST || !dim || Z_EXTRA_P(dim) != ZEND_EXTRA_VALUE) return dim;
  if (Z_ISREF_P(container)) container = Z_REFVAL_P(container);
  return Z_TYPE_P(container) == IS_OBJECT ? dim + 1 : dim;
}
// The variable a write goes to: a CV, or the slot an INDIRECT in a VAR points to.
static zend_always_inline zval* write_op(zend_execute_data* ex, zend_uchar type, znode_op node) {
  zval* v = EXV(node);
  if (type == IS_VAR && Z_TYPE_P(v) == IS_INDIRECT) v = Z_INDIRECT_P(v);
  return v;
}
static zend_always_inline void free_op(zend_execute_data* ex, zend_uchar type, znode_op node) {
  if (type & (IS_TMP_VAR | IS_VAR)) zval_ptr_dtor_nogc(EXV(node));
}
// Whether value already has declared type `type`, so that storing it needs no coercion: its
// type code is in the mask, or it is an object of the one class the type names (found through
// the name's class-entry cache, as libphp's own check does). False is "maybe not": the general
// path then checks (and coerces or throws).
static zend_always_inline bool value_has_type(zend_type type, const zval* value) {
  if (ZEND_TYPE_CONTAINS_CODE(type, Z_TYPE_P(value))) return true;
  if (Z_TYPE_P(value) != IS_OBJECT || !ZEND_TYPE_HAS_NAME(type) || ZEND_TYPE_HAS_LIST(type)) return false;
  zend_string* name = ZEND_TYPE_NAME(type);
  if (!ZSTR_HAS_CE_CACHE(name)) return false;
  auto* ce = static_cast<zend_class_entry*>(ZSTR_GET_CE_CACHE(name));
  return ce && instanceof_function(Z_OBJCE_P(value), ce);
}

// The element container[dim] already holds, when a write to it changes nothing else: the
// container (or what it references) is an array only it holds (so not separated), dim is an
// integer or a literal string (whose hash is known and which the compiler made an integer if
// numeric), and the element is set and not a symbol-table slot. Null for anything else, which
// the general path handles (separation, creation, notices, objects, strings).
static zend_always_inline zval* existing_element_for_write(zval* container, const zval* dim, bool literal_dim) {
  ZVAL_DEREF(container);
  if (Z_TYPE_P(container) != IS_ARRAY) return nullptr;
  HashTable* ht = Z_ARRVAL_P(container);
  if (GC_REFCOUNT(ht) != 1) return nullptr;
  zval* slot = nullptr;
  if (Z_TYPE_P(dim) == IS_LONG) {
    auto i = static_cast<zend_ulong>(Z_LVAL_P(dim));
    if (HT_IS_PACKED(ht)) {
      if (i < ht->nNumUsed) slot = &ht->arPacked[i];
    } else {
      slot = zend_hash_index_find(ht, i);
    }
  } else if (literal_dim && Z_TYPE_P(dim) == IS_STRING) {
    slot = zend_hash_find_known_hash(ht, Z_STR_P(dim));
  }
  if (!slot || Z_TYPE_P(slot) == IS_UNDEF || Z_TYPE_P(slot) == IS_INDIRECT) return nullptr;
  return slot;
}

// Copies the value src of an operand of kind type into dst. Reading consumes a TMP or VAR: a TMP
// is moved, a VAR (slot) is moved or, when it held a reference (src is then inside it), the value
// is copied and the reference released.
static zend_always_inline void copy_op(zval* dst, zval* src, zend_uchar type, zval* slot) {
  if (type == IS_TMP_VAR) {
    ZVAL_COPY_VALUE(dst, src);
  } else if (type == IS_VAR && src == slot) {
    ZVAL_COPY_VALUE(dst, src);
  } else if (type == IS_VAR) {
    ZVAL_COPY(dst, src);
    zval_ptr_dtor_nogc(slot);
  } else {
    ZVAL_COPY_DEREF(dst, src);
  }
}

// The facts a handler body is written against: the kinds of its operands T1 and T2, the Zend
// opcode it runs ZOP, whether its result is used RESULT_USED. Each copy of a body
// (vm/expand_handlers.cpp) declares them as constants t1, t2, zop, result_use (and
// doubles_first, jump_nz), so that the compiler drops every branch on them; the plain labels of
// execute() read them from the instruction (t1 = t2 = kAnyKind of vm/variants.h, zop = kAnyOpcode).
constexpr uint8_t kAnyOpcode = 0xFF;   // zop: the opcode is the instruction's
constexpr int kAnyResultUse = 2;       // result_use: whether the result is used is the instruction's
#define T1 (t1 == kAnyKind ? ip->op1_type : static_cast<zend_uchar>(t1))
#define T2 (t2 == kAnyKind ? ip->op2_type : static_cast<zend_uchar>(t2))
#define ZOP (zop == kAnyOpcode ? ip->opcode : static_cast<zend_uchar>(zop))

#define OP1 read_op(ex, ip, T1, ip->op1)
// The object operand of a property or method instruction: unused means $this.
#define OBJ_R1 (T1 == IS_UNUSED ? &ex->This : OP1)
#define OBJ_W1 (T1 == IS_UNUSED ? &ex->This : write_op(ex, T1, ip->op1))
// Releases an object operand that a VAR held by value (a call result, $this in a closure); an
// INDIRECT one is not counted.
#define FREE_W1() \
  do { if (T1 == IS_VAR) zval_ptr_dtor_nogc(EXV(ip->op1)); } while (0)
// The same after a write fetch whose result may point into the container (release_var_container).
// (Not FETCH_LIST_W, whose container serves the next elements and is freed after the last.)
#define FREE_W1_KEEP_RESULT() \
  do { if (T1 == IS_VAR && ip->opcode != ZEND_FETCH_LIST_W) release_var_container(EXV(ip->op1), RESULT); } while (0)
#define OP2 read_op(ex, ip, T2, ip->op2)
// An operand's slot as it is (no dereference, no undefined check): for fast paths that test the
// type first and leave every other case to OP1/OP2.
#define RAW1 (T1 == IS_CONST ? RT_CONSTANT(ip, ip->op1) : EXV(ip->op1))
#define RAW2 (T2 == IS_CONST ? RT_CONSTANT(ip, ip->op2) : EXV(ip->op2))
// The operand of the OP_DATA `data` after an instruction, as RAW1 reads op1.
#define RAW_DATA(data) ((data)->op1_type == IS_CONST ? RT_CONSTANT(data, (data)->op1) : EXV((data)->op1))
// A value that is neither undefined nor counted (nor a reference), whose copy is a plain copy:
// its type is set and its type flags (and the rest of its type word) are clear, one comparison.
#define DEFINED_AND_UNCOUNTED(v) (static_cast<uint32_t>(Z_TYPE_INFO_P(v) - 1) < 0xFFu)
#define FREE1() free_op(ex, T1, ip->op1)
#define FREE2() free_op(ex, T2, ip->op2)
#define RESULT EXV(ip->result)
#define RESULT_USED (result_use == kAnyResultUse ? ip->result_type != IS_UNUSED : result_use != 0)

#define BINARY_SLOW(fn)              \
  do {                               \
    zval* a = OP1;                   \
    zval* b = OP2;                   \
    SAVE();                          \
    fn(RESULT, a, b);                \
    FREE1();                         \
    FREE2();                         \
    NEXT_CHECKED();                  \
  } while (0)

// The test of a DOUBLES_FIRST copy (spec/variants.def): the linker installs one only where a
// constant operand is a float, so only the other operands are tested.
#define BOTH_DOUBLES_FIRST(a, b) \
  ((T1 == IS_CONST || Z_TYPE_P(a) == IS_DOUBLE) && (T2 == IS_CONST || Z_TYPE_P(b) == IS_DOUBLE))
// The conditional jump instruction `jump` (a JMPZ, nz false, or a JMPNZ, nz true) on the truth
// value t: to its op2 (serving an interrupt on a back edge) or to the instruction after it.
#define BRANCH_AT(jump, t, nz)               \
  do {                                       \
    const zend_op* branch = (jump);          \
    if ((t) == (nz)) {                       \
      ip = OP_JMP_ADDR(branch, branch->op2); \
      if (ip <= branch) INTERRUPT_CHECK();   \
      DISPATCH();                            \
    }                                        \
    ip = branch + 1;                         \
    DISPATCH();                              \
  } while (0)
// The end of a superinstruction (a FUSED body): the JMPZ (nz false) or JMPNZ (nz true) after it,
// on the test's result r.
#define FUSED_BRANCH(r, nz) BRANCH_AT(ip + 1, r, nz)
