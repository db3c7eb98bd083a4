#include "loader/relocation.h"

namespace phpovm {
namespace {

// The directory part of a path, as PHP's dirname() gives __DIR__.
std::string_view directory_of(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// A character that continues a file or directory name: a directory path followed by one names
// another directory ("/app/src" in "/app/src2").
bool continues_name(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

}  // namespace

Relocation::Relocation(std::string_view compiled_path, std::string_view located_at) {
  if (compiled_path.empty() || located_at.empty() || compiled_path == located_at) return;
  active_ = true;
  from_path_ = compiled_path;
  to_path_ = located_at;
  from_dir_ = directory_of(compiled_path);
  to_dir_ = directory_of(located_at);
}

// Each occurrence of the compiled file's path becomes the new path, and each occurrence of its
// directory (not followed by more of a name) the new directory, wherever they stand: libphp
// folds __FILE__ and __DIR__ into longer constants ("Loaded from /app/src\n", an anonymous
// class's "class@anonymous\0/app/src/a.php:3$0").
bool Relocation::apply(std::string_view s, std::string& out) const {
  if (!active_ || s.size() < from_dir_.size()) return false;
  std::string result;
  size_t done = 0, at = 0;
  while ((at = s.find(from_dir_, at)) != std::string_view::npos) {
    std::string_view rest = s.substr(at);
    if (rest.substr(0, from_path_.size()) == from_path_) {
      result.append(s.substr(done, at - done)).append(to_path_);
      at += from_path_.size();
      done = at;
    } else if (from_dir_ != "/" && (rest.size() == from_dir_.size() || !continues_name(rest[from_dir_.size()]))) {
      // (Under "/" every absolute path would move: only the file itself does.) A path under the
      // directory keeps one slash when the new directory is "/".
      bool under = rest.size() > from_dir_.size() && rest[from_dir_.size()] == '/';
      result.append(s.substr(done, at - done)).append(under && to_dir_ == "/" ? "" : to_dir_);
      at += from_dir_.size();
      done = at;
    } else {
      at++;
    }
  }
  if (done == 0) return false;
  result.append(s.substr(done));
  out = std::move(result);
  return true;
}

}  // namespace phpovm
