#include "runtime/source_cache.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fmt/format.h>

#include "loader/mapped_file.h"
#include "runtime/image_cache.h"
#include "vm/zend_headers.h"

extern "C" {
#include "php_version.h"
}

namespace phpovm {
namespace {

constexpr char kMagic[8] = {'p', 'h', 'p', 'o', 'v', 'm', 'c', '1'};
constexpr time_t kUpdateProtection = 2;  // seconds

// The GNU build id of the module phpovm is linked into (the executable, or a host's library):
// any rebuild changes it. Without one, the module file's identity stands in.
struct BuildSearch {
  uintptr_t address;
  std::string id;
};

int find_build_id(dl_phdr_info* info, size_t, void* data) {
  auto* search = static_cast<BuildSearch*>(data);
  bool ours = false;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && search->address >= start && search->address < start + ph.p_memsz) ours = true;
  }
  if (!ours) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const char* name = p + sizeof(ElfW(Nhdr));
      const auto* desc = reinterpret_cast<const unsigned char*>(name + ((note->n_namesz + 3) & ~3u));
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
        for (uint32_t k = 0; k < note->n_descsz; k++) search->id += fmt::format("{:02x}", desc[k]);
        return 1;
      }
      p = reinterpret_cast<const char*>(desc) + ((note->n_descsz + 3) & ~3u);
    }
  }
  return 1;
}

const std::string& build_identity() {
  static const std::string identity = [] {
    BuildSearch search{reinterpret_cast<uintptr_t>(&find_build_id), {}};
    dl_iterate_phdr(find_build_id, &search);
    if (search.id.empty()) {
      Dl_info info;
      struct stat st;
      if (dladdr(reinterpret_cast<void*>(&find_build_id), &info) && info.dli_fname && stat(info.dli_fname, &st) == 0)
        search.id = fmt::format("{:x}-{:x}-{:x}-{:x}", st.st_dev, st.st_ino, st.st_size, st.st_mtim.tv_sec);
      else
        search.id = "unknown";
    }
    return fmt::format("{}-{}", PHPOVM_VERSION, search.id);
  }();
  return identity;
}

// A php.ini or -d setting (phpovm.* settings are read as php.ini gives them).
const char* setting(const char* name) {
  zval* v = cfg_get_entry(name, strlen(name));
  return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : nullptr;
}

// The build's directory in the cache, "" when the cache is off.
const std::string& cache_directory() {
  static const std::string directory = []() -> std::string {
    const char* on = setting("phpovm.cache");
    if (on && (!*on || !strcmp(on, "0") || !strcasecmp(on, "off") || !strcasecmp(on, "false"))) return {};
    std::string base;
    if (const char* dir = setting("phpovm.cache_dir"); dir && *dir) {
      base = dir;
    } else if (const char* xdg = getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
      base = std::string(xdg) + "/phpovm";
    } else if (const char* home = getenv("HOME"); home && *home) {
      base = std::string(home) + "/.cache/phpovm";
    } else {
      return {};
    }
    return base + "/" + build_identity();
  }();
  return directory;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

bool make_directories(const std::string& path) {
  for (size_t at = 1; at <= path.size(); at++) {
    if (at < path.size() && path[at] != '/') continue;
    std::string prefix = path.substr(0, at);
    if (mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) return false;
  }
  return true;
}

bool write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

}  // namespace

bool source_cache_entry(const std::string& real_path, const struct stat& st, SourceCacheEntry& out) {
  const std::string& dir = cache_directory();
  if (dir.empty() || !S_ISREG(st.st_mode) || real_path.empty() || real_path[0] != '/') return false;
  out.key = fmt::format("{}\n{}\n{}\n{:x}:{:x}:{:x}:{}.{:09}\n", build_identity(), PHP_VERSION, real_path, st.st_dev,
                        st.st_ino, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  out.key += compile_settings_key();
  out.file = fmt::format("{}/{:016x}.phpo", dir, fnv1a(out.key));
  out.st = st;
  return true;
}

// An entry is the image's bytes, then its key, the key's length (4 bytes) and kMagic: the image
// starts the file, so that a large entry is mapped as it is.
bool source_cache_read(const SourceCacheEntry& entry, image::FileBytes& out) {
  int fd = open(entry.file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  constexpr size_t kTrailer = 4 + sizeof kMagic;
  bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > kTrailer + entry.key.size();
  if (ok) {
    auto size = static_cast<size_t>(st.st_size);
    size_t image_size = size - kTrailer - entry.key.size();
    // A small entry is read whole (cheaper than mapping it); a large one is mapped.
    // Entries are replaced by rename(), never rewritten in place: a mapping stays whole.
    if (size < image::kMapAtLeast) {
      out = image::FileBytes::allocate(size);
      size_t got = 0;
      while (ok && got < size) {
        ssize_t r = pread(fd, out.data.get() + got, size - got, static_cast<off_t>(got));
        if (r < 0 && errno == EINTR) continue;
        ok = r > 0;
        if (ok) got += static_cast<size_t>(r);
      }
    } else {
      out = image::map_file(fd, size);
      ok = out.data != nullptr;
    }
    if (ok) {
      const char* trailer = out.data.get() + size - kTrailer;
      uint32_t key_size = 0;
      memcpy(&key_size, trailer, 4);
      ok = memcmp(trailer + 4, kMagic, sizeof kMagic) == 0 && key_size == entry.key.size() &&
           memcmp(out.data.get() + image_size, entry.key.data(), key_size) == 0;
    }
    if (ok) out.size = image_size;
  }
  close(fd);
  return ok;
}

void source_cache_write(const SourceCacheEntry& entry, std::string_view image_bytes) {
  if (entry.key.empty() || entry.st.st_mtim.tv_sec > time(nullptr) - kUpdateProtection) return;
  std::string dir = entry.file.substr(0, entry.file.rfind('/'));
  static unsigned counter = 0;
  std::string temporary = fmt::format("{}.{}.{}.tmp", entry.file, getpid(), counter++);
  int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno == ENOENT && make_directories(dir))
    fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return;
  char trailer[4 + sizeof kMagic];
  auto key_size = static_cast<uint32_t>(entry.key.size());
  memcpy(trailer, &key_size, 4);
  memcpy(trailer + 4, kMagic, sizeof kMagic);
  bool ok = write_all(fd, image_bytes.data(), image_bytes.size()) && write_all(fd, entry.key.data(), entry.key.size()) &&
            write_all(fd, trailer, sizeof trailer);
  ok = close(fd) == 0 && ok;
  if (!ok || rename(temporary.c_str(), entry.file.c_str()) != 0) unlink(temporary.c_str());
}

}  // namespace phpovm
