// Where an image's paths point once it is moved (spec/phpo-format.md, "Relocation"): the paths
// compiled into an image (__FILE__, __DIR__, the constant strings libphp folded from them, the
// file names of functions and classes) name the file where it is now, not where its source was.
#pragma once
#include <string>
#include <string_view>

namespace phpovm {

class Relocation {
 public:
  Relocation() = default;
  // From the source path recorded in an image to the path it is loaded from. Empty or equal
  // paths relocate nothing.
  Relocation(std::string_view compiled_path, std::string_view located_at);
  bool active() const { return active_; }
  // s as it reads after relocation into `out`; false (and `out` untouched) when s holds
  // neither the compiled file's path nor its directory.
  bool apply(std::string_view s, std::string& out) const;

 private:
  bool active_ = false;
  std::string from_path_, to_path_, from_dir_, to_dir_;
};

}  // namespace phpovm
