// Where an image's paths point once it is moved (spec/phpo-format.md, "Relocation"): the paths
// compiled into an image (__FILE__, __DIR__, the constant strings libphp folded from them, the
// file names of functions and classes) name the file where it is now, not where its source was.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace phpovm {

class Relocation {
 public:
  Relocation() = default;
  // From the source path recorded in an image to the path it is loaded from: the file, and its
  // directory. Empty or equal paths relocate nothing.
  Relocation(std::string_view compiled_path, std::string_view located_at);
  // Also moves the directory `from` (and every path under it) to `to`: a bundle's trees.
  void add_directory(std::string_view from, std::string_view to);
  bool active() const { return !rules_.empty(); }
  // s as it reads after relocation into `out`; false (and `out` untouched) when s holds none
  // of the paths that move.
  bool apply(std::string_view s, std::string& out) const;

 private:
  struct Rule {
    std::string from, to;
    bool directory;  // a directory: not followed by more of a name; a file: anywhere
  };
  std::vector<Rule> rules_;  // the longest `from` first
};

// Where an image is placed when it is loaded: the path it is loaded from, and directories that
// move with it (a bundle's trees). An empty located_at leaves the image's paths as compiled.
struct Placement {
  std::string located_at;
  std::vector<std::pair<std::string, std::string>> moved_directories;
};

}  // namespace phpovm
