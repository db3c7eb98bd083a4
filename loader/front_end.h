// The libphp front end: compiles PHP source into Zend op arrays held in private declaration tables
// (nothing is bound into the request's global tables), then runs libphp's optimizer.
#pragma once
#include <functional>
#include <string>
#include <unordered_set>

#include "loader/image.h"

typedef struct _zend_file_handle zend_file_handle;
typedef struct _zend_string zend_string;
typedef struct _zend_script zend_script;

namespace phpovm {

// Thrown when the source cannot become an image (a construct phpovm does not translate yet).
// A PHP parse or compile error is not thrown: libphp reports it as php-cli would (and bails out).
struct CompileError : std::runtime_error {
  CompileError(std::string file, uint32_t line, const std::string& what)
      : std::runtime_error(what), file(std::move(file)), line(line) {}
  std::string file;
  uint32_t line;
};

// Compiles an opened file handle and shows libphp's optimised script to visit (which may throw
// CompileError). Returns false when libphp reported a compile error (already printed).
using ScriptVisitor = std::function<void(zend_script&)>;
bool compile_file_and_visit(zend_file_handle* handle, const ScriptVisitor& visit);

// Compiles an opened file handle (its opened_path or filename names the file) into an Image.
// Returns false when libphp reported a compile error (already printed).
bool compile_file_to_image(zend_file_handle* handle, image::Image& out);

// Compiles PHP code (without "<?php") and shows libphp's optimised script to visit.
bool compile_string_and_visit(zend_string* code, const char* filename, const ScriptVisitor& visit);

// Compiles PHP code (without "<?php") as eval() and -r do.
bool compile_string_to_image(zend_string* code, const char* filename, image::Image& out);

// How many diagnostics (deprecations, warnings, errors) compiling has raised in this process: a
// compilation that raised none gives code that can be reused without repeating anything.
uint64_t compile_diagnostics();

// The run-time keys of the classes the file's main code declared with DECLARE_CLASS_DELAYED
// before the optimizer ran (it drops unreachable declarations, which php-cli binds while
// compiling all the same): valid while a ScriptVisitor runs.
const std::unordered_set<std::string>& delayed_class_keys();

}  // namespace phpovm
