// Makes a request's zend_class_entry from a linked image's class description, in the state
// libphp's compiler leaves a class in (DESIGN.md decision 3), and declares a loaded file's classes
// as compiling that file would have.
#pragma once
#include "loader/linker.h"

namespace phpovm {

// A fresh, unlinked class entry in the request's arena.
zend_class_entry* materialise_class(const LinkedClass& c);

// Run when a file's code is loaded: classes libphp bound while compiling are declared (PHP's
// "Cannot declare class" compile error if the name is taken); the rest wait in the class table
// under their run-time definition keys for DECLARE_CLASS*, and a DECLARE_CLASS_DELAYED class
// whose parent already exists is bound now, as php-cli's compiler would have bound it.
// Returns the classes bound early whose name was already taken: they fail when execution reaches
// their declaration (main_op_array_for_request).
std::vector<const LinkedClass*> declare_classes(const LinkedImage& linked);

}  // namespace phpovm
