// Functions phpovm gives PHP code besides php-cli's (spec/differences.md lists them).
#pragma once
#include "vm/zend_headers.h"

namespace phpovm {

// phpovm_compile_file(string $file, string $image): bool: compiles a PHP file to an image as
// `phpovm compile` does (what the rejected RFC proposed for opcache_compile_file()); throws an
// Error naming the problem (a ParseError for bad syntax).
extern const zend_function_entry kPhpovmFunctions[];

}  // namespace phpovm
