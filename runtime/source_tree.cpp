#include "runtime/source_tree.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <strings.h>
#include <vector>

namespace fs = std::filesystem;

namespace phpovm {
namespace {

// A file whose code reads its own bytes after __halt_compiler().
bool reads_own_source(std::string_view source) {
  static constexpr std::string_view kHalt = "__halt_compiler";
  for (size_t at = source.find('_'); at != std::string_view::npos && at + kHalt.size() <= source.size();
       at = source.find('_', at + 1))
    if (strncasecmp(source.data() + at, kHalt.data(), kHalt.size()) == 0) return true;
  return false;
}

void walk_directory(const fs::path& dir, const fs::path& skip, const std::string& prefix,
                    const std::function<void(const fs::directory_entry&, const std::string&)>& visit) {
  std::vector<fs::directory_entry> entries;
  for (const auto& e : fs::directory_iterator(dir)) entries.push_back(e);
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename().string() < b.path().filename().string(); });
  for (const auto& e : entries) {
    std::string rel = prefix + e.path().filename().string();
    if (!skip.empty() && e.is_directory() && !e.is_symlink()) {
      std::error_code ec;
      if (fs::equivalent(e.path(), skip, ec)) continue;
    }
    visit(e, rel);
    if (e.is_directory() && !e.is_symlink()) walk_directory(e.path(), skip, rel + "/", visit);
  }
}

}  // namespace

void walk_tree(const fs::path& root, const fs::path& skip,
               const std::function<void(const fs::directory_entry&, const std::string&)>& visit) {
  walk_directory(root, skip, "", visit);
}

bool has_launcher_line(std::string_view head) { return head.size() >= 2 && head[0] == '#' && head[1] == '!'; }

bool read_whole(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return !in.bad();
}

void write_atomically(const fs::path& target, std::string_view bytes, fs::perms perms) {
  fs::path tmp = target;
  tmp += fmt::format(".tmp{}", getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw fs::filesystem_error("cannot write", target, std::error_code(errno, std::generic_category()));
    if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
      int error = errno;
      out.close();
      fs::remove(tmp);
      throw fs::filesystem_error("cannot write", target, std::error_code(error ? error : EIO, std::generic_category()));
    }
  }
  fs::permissions(tmp, perms);
  fs::rename(tmp, target);
}

bool is_php_source(std::string_view name, std::string_view content) {
  if (reads_own_source(content)) return false;
  if (name.size() > 4 && name.substr(name.size() - 4) == ".php") return true;
  if (!has_launcher_line(content)) return false;
  size_t eol = content.find('\n');
  if (eol == std::string_view::npos) return false;
  std::string_view launcher = content.substr(0, eol);
  return launcher.find("php") != std::string_view::npos && content.substr(eol + 1, 5) == "<?php";
}

}  // namespace phpovm
