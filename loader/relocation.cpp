#include "loader/relocation.h"

#include <algorithm>

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
  rules_.push_back({std::string(compiled_path), std::string(located_at), false});
  add_directory(directory_of(compiled_path), directory_of(located_at));
}

void Relocation::add_directory(std::string_view from, std::string_view to) {
  // Under "/" every absolute path would move: only the file itself does.
  if (from == "/" || from.empty() || from == to) return;
  for (const Rule& r : rules_)
    if (r.from == from) return;
  rules_.push_back({std::string(from), std::string(to), true});
  std::stable_sort(rules_.begin(), rules_.end(), [](const Rule& a, const Rule& b) { return a.from.size() > b.from.size(); });
}

// Each occurrence of a moved file's path, and each occurrence of a moved directory not followed
// by more of a name, wherever they stand: libphp folds __FILE__ and __DIR__ into longer constants
// ("Loaded from /app/src\n", an anonymous class's "class@anonymous\0/app/src/a.php:3$0").
bool Relocation::apply(std::string_view s, std::string& out) const {
  if (rules_.empty()) return false;
  std::string result;
  size_t done = 0;
  bool changed = false;
  for (size_t at = s.find('/'); at != std::string_view::npos && at < s.size(); at = s.find('/', at)) {
    std::string_view rest = s.substr(at);
    const Rule* hit = nullptr;
    for (const Rule& r : rules_) {
      if (rest.substr(0, r.from.size()) != r.from) continue;
      if (r.directory && rest.size() > r.from.size() && continues_name(rest[r.from.size()])) continue;
      hit = &r;
      break;
    }
    if (!hit) {
      at++;
      continue;
    }
    result.append(s.substr(done, at - done));
    // A path under the directory keeps one slash when the new directory is "/".
    bool under = rest.size() > hit->from.size() && rest[hit->from.size()] == '/';
    if (!(hit->directory && under && hit->to == "/")) result.append(hit->to);
    at += hit->from.size();
    done = at;
    changed = true;
  }
  if (!changed) return false;
  result.append(s.substr(done));
  out = std::move(result);
  return true;
}

}  // namespace phpovm
