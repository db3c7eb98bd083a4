// phpovm.trusted_keys (php.ini or -d): PATH[:PATH...] of public keys made by `phpovm keygen`.
// When it is set, phpovm runs only images and bundles signed by one of those keys: the main
// script, every file include and require load (a bundle is checked whole when it is opened, and
// then covers its files), and no PHP source from a file (nor the compiled-source cache, whose
// entries nobody signed). Code given on the command line (-r, -R) and eval() still run.
#pragma once
#include <string>
#include <string_view>

namespace phpovm {

bool signatures_required();
// "" when the bytes of an image or a bundle may run; else why not, in one line.
std::string signature_problem(std::string_view bytes);
// Why PHP source from a file may not run while signatures are required.
std::string source_refused();

}  // namespace phpovm
