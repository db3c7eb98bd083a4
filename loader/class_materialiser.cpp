#include "loader/class_materialiser.h"

#include <cstring>

#include "loader/front_end.h"

namespace phpovm {
namespace {

// libphp gives every user enum the methods cases() (and from(), tryFrom() when backed) as
// internal functions whose handlers it does not export. Compiling one enum once per process
// yields them; each class gets its own copy, scoped to it.
struct EnumMethods {
  bool ready = false;
  zend_internal_function cases{}, from{}, try_from{};
};

EnumMethods& enum_methods() {
  static EnumMethods methods;
  if (methods.ready) return methods;
  zend_string* code = zend_string_init("enum PhpovmEnumProbe: int { case A = 1; }",
                                       sizeof("enum PhpovmEnumProbe: int { case A = 1; }") - 1, 0);
  compile_string_and_visit(code, "phpovm enum probe", [&](zend_script& script) {
    void* p;
    ZEND_HASH_MAP_FOREACH_PTR(&script.class_table, p) {
      auto* ce = static_cast<zend_class_entry*>(p);
      auto copy = [&](const char* name, zend_internal_function& into) {
        auto* fn = static_cast<zend_function*>(zend_hash_str_find_ptr(&ce->function_table, name, strlen(name)));
        if (fn && fn->type == ZEND_INTERNAL_FUNCTION) into = fn->internal_function;
      };
      copy("cases", methods.cases);
      copy("from", methods.from);
      copy("tryfrom", methods.try_from);
    }
    ZEND_HASH_FOREACH_END();
  });
  zend_string_release(code);
  methods.ready = methods.cases.handler && methods.from.handler && methods.try_from.handler;
  if (!methods.ready) zend_error_noreturn(E_CORE_ERROR, "phpovm: libphp did not give the enum probe its methods");
  return methods;
}

// The run-time cache an internal function may be given (observers use it); nothing else reads it.
void* internal_run_time_cache[16];

zend_function* enum_method(zend_class_entry* ce, zend_string* lcname) {
  EnumMethods& m = enum_methods();
  const zend_internal_function* from = zend_string_equals_literal(lcname, "cases")  ? &m.cases
                                       : zend_string_equals_literal(lcname, "from") ? &m.from
                                                                                    : &m.try_from;
  auto* fn = static_cast<zend_internal_function*>(zend_arena_alloc(&CG(arena), sizeof(zend_internal_function)));
  *fn = *from;
  fn->scope = ce;
  ZEND_MAP_PTR_INIT(fn->run_time_cache, internal_run_time_cache);
  return reinterpret_cast<zend_function*>(fn);
}

zend_function* method_copy(zend_class_entry* ce, const VmFunction* vf) {
  auto* op = static_cast<zend_op_array*>(zend_arena_alloc(&CG(arena), sizeof(zend_op_array)));
  memcpy(op, vf->shell, sizeof(zend_op_array));
  op->scope = ce;
  op->prototype = nullptr;
  ZEND_MAP_PTR_INIT(op->static_variables_ptr, nullptr);
  ZEND_MAP_PTR_INIT(op->run_time_cache, nullptr);  // its own, made on first call: it depends on the scope
  return reinterpret_cast<zend_function*>(op);
}

zend_trait_method_reference method_ref(const LinkedTraitRule& r) { return {r.method, r.trait}; }

void trait_rules(zend_class_entry* ce, const LinkedClass& c) {
  if (!c.aliases.empty()) {
    ce->trait_aliases = static_cast<zend_trait_alias**>(emalloc(sizeof(zend_trait_alias*) * (c.aliases.size() + 1)));
    for (size_t i = 0; i < c.aliases.size(); i++) {
      auto* a = static_cast<zend_trait_alias*>(emalloc(sizeof(zend_trait_alias)));
      a->trait_method = method_ref(c.aliases[i]);
      a->alias = c.aliases[i].alias;
      a->modifiers = c.aliases[i].modifiers;
      ce->trait_aliases[i] = a;
    }
    ce->trait_aliases[c.aliases.size()] = nullptr;
  }
  if (!c.precedences.empty()) {
    ce->trait_precedences =
        static_cast<zend_trait_precedence**>(emalloc(sizeof(zend_trait_precedence*) * (c.precedences.size() + 1)));
    for (size_t i = 0; i < c.precedences.size(); i++) {
      const LinkedTraitRule& r = c.precedences[i];
      size_t n = r.excludes.size();
      auto* p = static_cast<zend_trait_precedence*>(
          emalloc(sizeof(zend_trait_precedence) + sizeof(zend_string*) * (n ? n - 1 : 0)));
      p->trait_method = method_ref(r);
      p->num_excludes = static_cast<uint32_t>(n);
      for (size_t k = 0; k < n; k++) p->exclude_class_names[k] = r.excludes[k];
      ce->trait_precedences[i] = p;
    }
    ce->trait_precedences[c.precedences.size()] = nullptr;
  }
}

zend_class_name* class_names(const std::vector<zend_class_name>& names) {
  auto* out = static_cast<zend_class_name*>(emalloc(sizeof(zend_class_name) * names.size()));
  std::memcpy(out, names.data(), sizeof(zend_class_name) * names.size());
  return out;
}


}  // namespace

zend_class_entry* materialise_class(const LinkedClass& c) {
  auto* ce = static_cast<zend_class_entry*>(zend_arena_alloc(&CG(arena), sizeof(zend_class_entry)));
  memset(ce, 0, sizeof(zend_class_entry));
  ce->type = ZEND_USER_CLASS;
  ce->name = c.name;
  zend_initialize_class_data(ce, true);
  ce->ce_flags |= c.flags;
  ce->info.user.filename = c.filename;
  ce->info.user.line_start = c.line_start;
  ce->info.user.line_end = c.line_end;
  ce->info.user.doc_comment = c.doc_comment;
  ce->parent_name = c.parent;
  ce->enum_backing_type = c.enum_backing_type;
  ce->attributes = c.attributes;
  if (!c.interfaces.empty()) {
    ce->num_interfaces = static_cast<uint32_t>(c.interfaces.size());
    ce->interface_names = class_names(c.interfaces);
  }
  if (!c.traits.empty()) {
    ce->num_traits = static_cast<uint32_t>(c.traits.size());
    ce->trait_names = class_names(c.traits);
  }
  trait_rules(ce, c);
  for (const LinkedConstant& k : c.constants) {
    zval value;
    ZVAL_COPY_VALUE(&value, &k.value);
    zend_class_constant* cc =
        zend_declare_class_constant_ex(ce, k.name, &value, static_cast<int>(k.flags), k.doc_comment);
    cc->attributes = k.attributes;
  }
  for (const LinkedProperty& p : c.properties) {
    zval value;
    ZVAL_COPY_VALUE(&value, &p.default_value);
    zend_property_info* info =
        zend_declare_typed_property(ce, p.name, &value, static_cast<int>(p.flags), p.doc_comment, p.type);
    info->attributes = p.attributes;
  }
  for (const LinkedMethod& m : c.methods) {
    zend_function* fn = m.function ? method_copy(ce, m.function) : enum_method(ce, m.lcname);
    zend_hash_add_new_ptr(&ce->function_table, m.lcname, fn);
    if (m.function) zend_add_magic_method(ce, fn, m.lcname);
  }
  return ce;
}

namespace {
// While a class is linked to its parent and interfaces as the file loads, libphp's errors about
// it (incompatible declarations, property types) name the class's file and line, as they do
// when php-cli binds the class while compiling the file.
class CompilingClass {
 public:
  explicit CompilingClass(const LinkedClass& c)
      : in_compilation_(CG(in_compilation)), filename_(CG(compiled_filename)), lineno_(CG(zend_lineno)) {
    CG(in_compilation) = 1;
    CG(compiled_filename) = c.filename;
    CG(zend_lineno) = c.line_start;
  }
  ~CompilingClass() {
    CG(in_compilation) = in_compilation_;
    CG(compiled_filename) = filename_;
    CG(zend_lineno) = lineno_;
  }

 private:
  bool in_compilation_;
  zend_string* filename_;
  uint32_t lineno_;
};
}  // namespace

std::vector<const LinkedClass*> declare_classes(const LinkedImage& linked) {
  std::vector<const LinkedClass*> redeclared;
  for (const LinkedClass& c : linked.classes) {
    if (c.binding == image::Binding::AtLoad && zend_hash_exists(EG(class_table), c.lcname)) {
      redeclared.push_back(&c);
      continue;
    }
    // A class declared at run time whose runtime key is taken was loaded by this file before (an
    // include of it again): the class stays, as under opcache, and objects of it keep their class.
    if (c.binding != image::Binding::AtLoad && zend_hash_exists(EG(class_table), c.key)) continue;
    zend_class_entry* ce = materialise_class(c);
    if (c.binding == image::Binding::AtLoad) {
      zend_hash_add_new_ptr(EG(class_table), c.lcname, ce);
      CompilingClass compiling(c);
      zend_do_link_class(ce, nullptr, c.lcname);
      continue;
    }
    zval entry;
    ZVAL_PTR(&entry, ce);
    zval* slot = zend_hash_update(EG(class_table), c.key, &entry);
    if (c.binding != image::Binding::Delayed || zend_hash_exists(EG(class_table), c.lcname)) continue;
    zend_class_entry* parent = zend_lookup_class_ex(c.parent, c.lc_parent, ZEND_FETCH_CLASS_NO_AUTOLOAD);
    if (parent) {
      CompilingClass compiling(c);
      zend_try_early_bind(ce, parent, c.lcname, slot);
    }
  }
  return redeclared;
}

}  // namespace phpovm
