#include "runtime/tree_compile.h"

#include <fmt/format.h>

#include <filesystem>

#include "include/phpovm/engine.h"
#include "loader/signature.h"
#include "runtime/source_tree.h"

namespace fs = std::filesystem;

namespace phpovm {

int compile_tree(Engine& engine, const std::string& src, const std::string& out, bool strip_doc_comments,
                 const std::string& sign_key) {
  signature::SecretKey key;
  std::string key_error;
  if (!sign_key.empty() && !signature::read_secret_key(sign_key, key, key_error)) {
    fmt::print(stderr, "phpovm: {}\n", key_error);
    return 1;
  }
  std::error_code ec;
  if (!fs::is_directory(src, ec)) {
    fmt::print(stderr, "phpovm: {}: not a directory\n", src);
    return 1;
  }
  const fs::path root(src), target(out);
  try {
    fs::create_directories(target);
    walk_tree(root, target, [&](const fs::directory_entry& e, const std::string& rel) {
      fs::path to = target / rel;
      if (e.is_symlink()) {
        fs::remove(to, ec);
        fs::create_symlink(fs::read_symlink(e.path()), to);
        return;
      }
      if (e.is_directory()) {
        fs::create_directories(to);
        fs::permissions(to, e.status().permissions());
        return;
      }
      if (!e.is_regular_file()) return;  // a socket or a FIFO is no part of an application
      std::string bytes;
      if (!read_whole(e.path(), bytes))
        throw fs::filesystem_error("cannot read", e.path(), std::make_error_code(std::errc::io_error));
      fs::perms perms = e.status().permissions();
      if (!is_php_source(e.path().filename().string(), bytes) || Engine::is_image(bytes)) {
        write_atomically(to, bytes, perms);
        return;
      }
      std::string image, error;
      if (!engine.compile(e.path().string(), image, error, strip_doc_comments)) {
        // libphp has printed its error (or error says what failed): the source is kept.
        if (!error.empty()) fmt::print(stderr, "phpovm: {}\n", error);
        fmt::print(stderr, "phpovm: {}: does not compile; copied as source\n", e.path().string());
        write_atomically(to, bytes, perms);
        return;
      }
      if (!sign_key.empty()) image += signature::sign(image, key);
      if (has_launcher_line(bytes)) image.insert(0, kPhpovmLauncher);
      write_atomically(to, image, perms);
    });
  } catch (const fs::filesystem_error& e) {
    std::string what = e.path1().empty() ? e.code().message() : e.path1().string() + ": " + e.code().message();
    fmt::print(stderr, "phpovm: {}\n", what);
    return 1;
  }
  return 0;
}

}  // namespace phpovm
