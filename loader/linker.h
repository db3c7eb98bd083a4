// Materialises a verified Image as runnable code: persistent Zend op array shells whose opcodes
// are phpovm's threaded code (DESIGN.md decision 3). Linked images live for the process.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "loader/image.h"
#include "loader/relocation.h"
#include "vm/function.h"

namespace phpovm {

struct LinkedConstant {
  zend_string* name;
  uint32_t flags;
  zend_string* doc_comment;
  zval value;
  HashTable* attributes;
};

struct LinkedProperty {
  zend_string* name;
  uint32_t flags;
  zend_string* doc_comment;
  zval default_value;
  zend_type type;
  HashTable* attributes;
};

struct LinkedMethod {
  zend_string* lcname;
  VmFunction* function;  // null: one of libphp's own enum methods (cases, from, tryFrom)
};

struct LinkedTraitRule {
  zend_string* method;
  zend_string* trait;  // may be null
  zend_string* alias;  // aliases only; may be null
  uint32_t modifiers;  // aliases only
  std::vector<zend_string*> excludes;  // precedences only
};

// The request-independent description of a class; class_materialiser.h makes a request's
// zend_class_entry from it.
struct LinkedClass {
  zend_string* name;
  zend_string* lcname;
  zend_string* key;  // key in the class table until bound
  zend_string* parent = nullptr;
  zend_string* lc_parent = nullptr;
  image::Binding binding;
  uint32_t declared_at;  // AtLoad classes: see image::Class
  uint32_t flags;
  zend_string* filename;
  uint32_t line_start, line_end;
  zend_string* doc_comment;
  uint8_t enum_backing_type;
  std::vector<zend_class_name> interfaces, traits;
  std::vector<LinkedTraitRule> aliases, precedences;
  std::vector<LinkedConstant> constants;
  std::vector<LinkedProperty> properties;
  std::vector<LinkedMethod> methods;
  HashTable* attributes;
};

struct LinkedImage {
  std::shared_ptr<image::Image> source;  // what complete_function() links code from
  std::string origin;                    // the image file, for errors found when completing
  Relocation relocation;                 // from the source's path to where the image is
  std::vector<VmFunction*> functions;
  std::vector<LinkedClass> classes;
  VmFunction* main = nullptr;
  std::vector<VmFunction*> declared;  // bound when the file's code is loaded
  std::vector<zend_string*> strings;  // by string index: persistent, interned (in blocks), or null until used
  std::vector<void*> blocks;          // every other persistent allocation, freed by unlink_image
  std::vector<HashTable*> tables;     // literal arrays
  char* chunk_next = nullptr;         // the free part of the last chunk in `blocks`
  size_t chunk_left = 0;
};

// The image must have passed verify(). The linked image keeps `img`: a function's code is read
// (when parse_deferred() left it in the bytes), verified and linked when it is first entered
// (complete_function, vm/function.h), except for the code libphp may read before that (see
// Linker::complete_at_link), which is linked here: an ImageError from that code is thrown.
// `origin` names the image in errors (its file). Its paths are relocated to where `placement`
// puts it (loader/relocation.h); none leaves them where the source was compiled.
LinkedImage* link_image(std::shared_ptr<image::Image> img, std::string origin = {}, const Placement* placement = nullptr);

// Links the code of a function first entered (vm/function.h's complete_function, which
// link_image installs): reads, verifies and links its body, and moves `frame` from the stub into
// the code; a body that fails verification is a fatal error where the frame was called from.
void link_function_on_entry(VmFunction* vf, zend_execute_data* frame);

// Frees everything link_image allocated. Only when no request can still run the image.
void unlink_image(LinkedImage* linked);

// Binds the image's top-level functions into the request's function table (as compiling the file
// would); a name already taken is PHP's "Cannot redeclare" fatal error.
void declare_functions(const LinkedImage& linked);

// A request-owned copy of the main shell, as libphp expects from zend_compile_file. A class in
// `redeclared` (bound early but its name taken when the file loaded) fails when execution
// reaches its declaration, as under php-cli: this request then runs a private copy of the code.
zend_op_array* main_op_array_for_request(const LinkedImage& linked,
                                         const std::vector<const LinkedClass*>& redeclared = {});

}  // namespace phpovm
