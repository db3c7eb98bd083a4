// `phpovm bundle [--executable] [-o OUT] ENTRY [DIR...]`: an application in one file.
#pragma once
#include <string>
#include <vector>

namespace phpovm {

class Engine;

struct BundleOptions {
  std::string entry;              // the script the bundle runs
  std::vector<std::string> dirs;  // trees bundled besides the entry's directory
  std::string output;             // default: the entry's file name with .phpo, here
  bool executable = false;        // a copy of this phpovm with the bundle after it
  bool strip_doc_comments = false;
  std::string sign_key;           // a secret key's file: the bundle is signed with it
};

// Writes the bundle: the entry, every file under its directory and under each DIR (PHP compiled,
// the rest stored; native programs left out), as spec/phpo-format.md's "Bundles" says. A file
// that does not compile is reported on stderr and stored as source. Returns the exit status
// (1 with a one-line message when a tree cannot be read or the bundle written).
int build_bundle(Engine& engine, const BundleOptions& options);

// An executable's own bundle: when this program is phpovm with a bundle after it, the bundle's
// offset and length in the file at `path` (the program); false otherwise.
bool find_executable_bundle(std::string& path, uint64_t& offset, uint64_t& length);

}  // namespace phpovm
