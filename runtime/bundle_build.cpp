#include "runtime/bundle_build.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "include/phpovm/engine.h"
#include "loader/bundle.h"
#include "loader/signature.h"
#include "runtime/source_tree.h"

namespace fs = std::filesystem;

namespace phpovm {
namespace {

// After an executable's bundle: u64 offset, u64 length, then this.
constexpr char kExecutableMagic[8] = {'P', 'H', 'P', 'O', 'V', 'M', 'X', '1'};
constexpr size_t kTrailerSize = 24;

bool is_native_program(std::string_view bytes) { return bytes.substr(0, 4) == "\x7f" "ELF"; }

uint32_t permissions(const fs::directory_entry& e) {
  return static_cast<uint32_t>(e.symlink_status().permissions()) & 07777;
}

class BundleBuilder {
 public:
  BundleBuilder(Engine& engine, const BundleOptions& options) : engine_(engine), options_(options) {}

  // Compiles a PHP file into the bundle, or stores it as source when it does not compile.
  void add_php(const std::string& path, uint32_t mode, const std::string& source) {
    std::string image, error;
    if (engine_.compile(path, image, error, options_.strip_doc_comments)) {
      writer_.add(path, bundle::Kind::Image, mode, std::move(image));
      return;
    }
    if (!error.empty()) fmt::print(stderr, "phpovm: {}\n", error);
    fmt::print(stderr, "phpovm: {}: does not compile; stored as source\n", path);
    writer_.add(path, bundle::Kind::File, mode, source);
  }

  void add_file(const std::string& path, uint32_t mode) {
    std::string bytes;
    if (!read_whole(path, bytes))
      throw fs::filesystem_error("cannot read", path, std::make_error_code(std::errc::io_error));
    if (is_native_program(bytes)) return;  // a bundle carries an application, not the machine's programs
    if (Engine::is_image(bytes)) {
      writer_.add(path, bundle::Kind::Image, mode, std::move(bytes));
    } else if (is_php_source(fs::path(path).filename().string(), bytes)) {
      add_php(path, mode, bytes);
    } else {
      writer_.add(path, bundle::Kind::File, mode, std::move(bytes));
    }
  }

  void add_tree(const fs::path& root, const fs::path& output) {
    writer_.add_root(root.string());
    writer_.add_directory(root.string(), static_cast<uint32_t>(fs::status(root).permissions()) & 07777);
    walk_tree(root, {}, [&](const fs::directory_entry& e, const std::string&) {
      std::string path = e.path().string();
      std::error_code ec;
      if (fs::equivalent(e.path(), output, ec)) return;  // the bundle being written
      if (e.is_symlink()) {
        writer_.add(path, bundle::Kind::Symlink, 0777, fs::read_symlink(e.path()).string());
      } else if (e.is_directory()) {
        writer_.add_directory(path, permissions(e));
      } else if (e.is_regular_file()) {
        add_file(path, permissions(e));
      }
    });
  }

  int run() {
    signature::SecretKey key;
    std::string key_error;
    if (!options_.sign_key.empty() && !signature::read_secret_key(options_.sign_key, key, key_error)) {
      fmt::print(stderr, "phpovm: {}\n", key_error);
      return 1;
    }
    std::error_code ec;
    fs::path entry = fs::canonical(options_.entry, ec);
    if (ec || !fs::is_regular_file(entry)) {
      fmt::print(stderr, "phpovm: {}: no such file\n", options_.entry);
      return 1;
    }
    std::vector<fs::path> roots{entry.parent_path()};
    for (const std::string& d : options_.dirs) {
      fs::path dir = fs::canonical(d, ec);
      if (ec || !fs::is_directory(dir)) {
        fmt::print(stderr, "phpovm: {}: not a directory\n", d);
        return 1;
      }
      if (dir == "/") {
        fmt::print(stderr, "phpovm: {}: the root directory cannot be bundled\n", d);
        return 1;
      }
      roots.push_back(dir);
    }
    if (entry.parent_path() == "/") {
      fmt::print(stderr, "phpovm: {}: a script in the root directory cannot be bundled\n", options_.entry);
      return 1;
    }
    // A root inside another is bundled with it (`bundle app/bin/tool app`): each tree once.
    auto inside = [](const fs::path& a, const fs::path& b) {
      std::string sa = a.string(), sb = b.string() + "/";
      return sa.compare(0, sb.size(), sb) == 0 || a == b;
    };
    std::vector<fs::path> trees;
    for (size_t i = 0; i < roots.size(); i++) {
      bool nested = false;
      for (size_t j = 0; j < roots.size(); j++)
        if (i != j && inside(roots[i], roots[j]) && (roots[i] != roots[j] || j < i)) nested = true;
      if (!nested) trees.push_back(roots[i]);
    }
    roots = std::move(trees);
    // By default in the current directory, named after the entry: bin/console -> console.phpo.
    fs::path output = options_.output.empty() ? fs::path(options_.entry).filename().replace_extension(".phpo")
                                              : fs::path(options_.output);
    try {
      for (const fs::path& root : roots) add_tree(root, output);
      if (!writer_.has(entry.string())) {  // a native program named as the entry, say
        fmt::print(stderr, "phpovm: {}: not a PHP script\n", options_.entry);
        return 1;
      }
      writer_.set_entry_script(entry.string());
      std::string bytes = writer_.finish();
      if (!options_.sign_key.empty()) bytes += signature::sign(bytes, key);
      if (options_.executable) {
        std::string program;
        uint64_t offset = 0, length = 0;
        std::string self;
        if (!read_whole("/proc/self/exe", program))
          throw fs::filesystem_error("cannot read", "/proc/self/exe", std::make_error_code(std::errc::io_error));
        if (find_executable_bundle(self, offset, length)) program.resize(offset);  // this phpovm is an app already
        uint64_t at = program.size(), size = bytes.size();
        program += bytes;
        program.append(reinterpret_cast<const char*>(&at), 8);
        program.append(reinterpret_cast<const char*>(&size), 8);
        program.append(kExecutableMagic, 8);
        write_atomically(output, program, fs::perms(0755));
      } else {
        bytes.insert(0, kPhpovmLauncher);
        write_atomically(output, bytes, fs::perms(0755));
      }
    } catch (const fs::filesystem_error& e) {
      std::string what = e.path1().empty() ? e.code().message() : e.path1().string() + ": " + e.code().message();
      fmt::print(stderr, "phpovm: {}\n", what);
      return 1;
    } catch (const std::invalid_argument& e) {
      fmt::print(stderr, "phpovm: {}\n", e.what());
      return 1;
    }
    return 0;
  }

 private:
  Engine& engine_;
  const BundleOptions& options_;
  bundle::Writer writer_;
};

}  // namespace

int build_bundle(Engine& engine, const BundleOptions& options) { return BundleBuilder(engine, options).run(); }

bool find_executable_bundle(std::string& path, uint64_t& offset, uint64_t& length) {
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return false;
  self[n] = '\0';
  int fd = open(self, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  off_t size = lseek(fd, 0, SEEK_END);
  char trailer[kTrailerSize];
  bool found = size >= static_cast<off_t>(kTrailerSize) &&
               pread(fd, trailer, kTrailerSize, size - static_cast<off_t>(kTrailerSize)) == static_cast<ssize_t>(kTrailerSize) &&
               memcmp(trailer + 16, kExecutableMagic, 8) == 0;
  close(fd);
  if (!found) return false;
  memcpy(&offset, trailer, 8);
  memcpy(&length, trailer + 8, 8);
  uint64_t before_trailer = static_cast<uint64_t>(size) - kTrailerSize;
  if (offset > before_trailer || length != before_trailer - offset) return false;
  path = self;
  return true;
}

}  // namespace phpovm
