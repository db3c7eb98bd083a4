#include "stdlib_bridge/bundle_stream.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "loader/bundle.h"
#include "loader/mapped_file.h"
#include "runtime/trust.h"

extern "C" {
#include "php_streams.h"
}

namespace phpovm {

struct MountedBundle {
  std::string path;  // the file, absolute
  uint64_t offset;   // of the bundle in it
  std::string url;   // "phpovm://" + path: its files' URLs are this and their paths
  image::FileBytes bytes;
  std::unique_ptr<bundle::Reader> reader;
  struct stat st;
  int fd = -1;  // kept open: the images include loads are read from it, not from the mapping
  ~MountedBundle() {
    if (fd >= 0) close(fd);
  }
  // Where an entry's content is in the file.
  uint64_t file_offset(const bundle::Entry& e) const {
    return static_cast<uint64_t>(reader->bytes().data() - bytes.data.get()) + e.offset;
  }
};

namespace {

constexpr std::string_view kScheme = "phpovm://";
constexpr int kMostLinks = 40;  // as the kernel follows

// Never destroyed: images linked from a bundle borrow its mapping until the process ends.
std::vector<std::unique_ptr<MountedBundle>>& mounted() {
  static auto* bundles = new std::vector<std::unique_ptr<MountedBundle>>();
  return *bundles;
}

const bundle::Entry kRootEntry{"/", bundle::Kind::Directory, 0555, 0, 0, 0};

bool has_scheme(std::string_view url) {
  return url.size() >= kScheme.size() && strncasecmp(url.data(), kScheme.data(), kScheme.size()) == 0;
}

// "." and ".." and repeated slashes resolved, as the bundle's table spells paths; ".." at the
// top stays there.
std::string normalize(std::string_view path) {
  std::vector<std::string_view> parts;
  for (size_t at = 0; at <= path.size();) {
    size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(at, end - at);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    at = end + 1;
  }
  std::string out;
  for (std::string_view part : parts) out.append("/").append(part);
  return out.empty() ? "/" : out;
}

std::string_view parent_of(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == 0 || slash == std::string_view::npos ? std::string_view("/") : path.substr(0, slash);
}

struct Located {
  MountedBundle* bundle = nullptr;
  std::string rest;  // what follows the bundle's path in the URL, as written
};

bool locate(std::string_view url, Located& out) {
  if (!has_scheme(url)) return false;
  std::string_view rest = url.substr(kScheme.size());
  for (auto& b : mounted()) {
    if (rest.substr(0, b->path.size()) != b->path) continue;
    if (rest.size() > b->path.size() && rest[b->path.size()] != '/') continue;
    out.bundle = b.get();
    out.rest = rest.substr(b->path.size());
    return true;
  }
  return false;
}

// The entry a path names, following links (those of its directories, and its own unless
// lstat() asks); `path` becomes where it was found. Null when there is none.
const bundle::Entry* resolve(const MountedBundle& b, std::string& path, bool follow_last) {
  path = normalize(path);
  for (int links = 0; links <= kMostLinks;) {
    if (path == "/") return &kRootEntry;
    bool again = false;
    for (size_t at = 1;;) {
      size_t end = path.find('/', at);
      bool last = end == std::string::npos;
      if (last) end = path.size();
      const bundle::Entry* e = b.reader->find(std::string_view(path).substr(0, end));
      if (!e) return nullptr;
      if (e->kind == bundle::Kind::Symlink && (!last || follow_last)) {
        std::string target;
        try {
          target = std::string(b.reader->content(*e));
        } catch (const image::ImageError&) {
          return nullptr;
        }
        std::string base = !target.empty() && target[0] == '/'
                               ? target
                               : std::string(parent_of(std::string_view(path).substr(0, end))) + "/" + target;
        path = normalize(base + path.substr(end));
        links++;
        again = true;
        break;
      }
      if (last) return e;
      if (e->kind != bundle::Kind::Directory) return nullptr;
      at = end + 1;
    }
    if (!again) break;
  }
  return nullptr;  // too many links
}

// The entry a URL names, following links as resolve() does: its bundle in loc, its path in the
// bundle (normalised, links followed) in path. Null when there is none.
const bundle::Entry* entry_at(std::string_view url, bool follow_last, Located& loc, std::string& path) {
  if (!locate(url, loc)) return nullptr;
  path = loc.rest;
  return resolve(*loc.bundle, path, follow_last);
}

void fill_stat(const MountedBundle& b, const bundle::Entry& e, php_stream_statbuf* ssb) {
  memset(ssb, 0, sizeof *ssb);
  zend_stat_t& sb = ssb->sb;
  mode_t type = e.kind == bundle::Kind::Directory ? S_IFDIR : e.kind == bundle::Kind::Symlink ? S_IFLNK : S_IFREG;
  sb.st_mode = type | (e.mode & 07555);  // nothing in a bundle is writable
  sb.st_size = static_cast<off_t>(e.kind == bundle::Kind::Directory ? 4096 : e.size);
  sb.st_nlink = e.kind == bundle::Kind::Directory ? 2 : 1;
  sb.st_uid = b.st.st_uid;
  sb.st_gid = b.st.st_gid;
  sb.st_dev = b.st.st_dev;
  sb.st_ino = &e == &kRootEntry ? 1 : static_cast<ino_t>(&e - b.reader->entries().data()) + 2;
  sb.st_atime = sb.st_mtime = sb.st_ctime = b.st.st_mtime;
  sb.st_blksize = 4096;
  sb.st_blocks = static_cast<blkcnt_t>((sb.st_size + 511) / 512);
}

// --- a file's stream: its bytes in the bundle's mapping ----------------------------------------

// An image that include loads is read with pread() into memory of its own, not touched through
// the mapping: a fault in a mapping maps the pages around it too (and whole large folios), so
// loading 70 of a bundle's images left 6 MB of it resident where their bytes are 1 MB.
struct BundleFile {
  const MountedBundle* bundle;
  const bundle::Entry* entry;
  const char* data;  // the bytes in the mapping, or null: read from the file
  size_t size, pos;
};

// Reads n bytes of a file's content from position pos, from the mapping or the file.
bool read_content(const BundleFile& f, char* out, size_t pos, size_t n) {
  if (f.data) {
    memcpy(out, f.data + pos, n);
    return true;
  }
  uint64_t at = f.bundle->file_offset(*f.entry) + pos;
  while (n > 0) {
    ssize_t got = pread(f.bundle->fd, out, n, static_cast<off_t>(at));
    if (got <= 0) return false;
    out += got;
    at += static_cast<uint64_t>(got);
    n -= static_cast<size_t>(got);
  }
  return true;
}

ssize_t file_write(php_stream*, const char*, size_t) { return -1; }

ssize_t file_read(php_stream* stream, char* buf, size_t count) {
  auto* f = static_cast<BundleFile*>(stream->abstract);
  size_t n = std::min(count, f->size - f->pos);
  if (!read_content(*f, buf, f->pos, n)) return -1;
  f->pos += n;
  if (n == 0 && count > 0) stream->eof = 1;  // as a plain file's: at the read that finds nothing
  return static_cast<ssize_t>(n);
}

int file_close(php_stream* stream, int) {
  delete static_cast<BundleFile*>(stream->abstract);
  return 0;
}

int file_flush(php_stream*) { return 0; }

int file_seek(php_stream* stream, zend_off_t offset, int whence, zend_off_t* newoffset) {
  auto* f = static_cast<BundleFile*>(stream->abstract);
  zend_off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<zend_off_t>(f->pos)
                                                                : static_cast<zend_off_t>(f->size);
  zend_off_t to = base + offset;
  if (to < 0 || to > static_cast<zend_off_t>(f->size)) return -1;
  f->pos = static_cast<size_t>(to);
  *newoffset = to;
  return 0;
}

int file_stat(php_stream* stream, php_stream_statbuf* ssb) {
  auto* f = static_cast<BundleFile*>(stream->abstract);
  fill_stat(*f->bundle, *f->entry, ssb);
  return 0;
}

const php_stream_ops kFileOps = {file_write, file_read, file_close, file_flush, "phpovm bundle",
                                 file_seek,  nullptr,   file_stat,  nullptr};

// --- a directory's stream: its names -----------------------------------------------------------

struct BundleDir {
  std::vector<std::string> names;
  size_t pos = 0;
};

ssize_t dir_read(php_stream* stream, char* buf, size_t count) {
  auto* d = static_cast<BundleDir*>(stream->abstract);
  if (count != sizeof(php_stream_dirent)) return -1;
  if (d->pos == d->names.size()) {
    stream->eof = 1;
    return 0;
  }
  auto* ent = reinterpret_cast<php_stream_dirent*>(buf);
  strlcpy(ent->d_name, d->names[d->pos++].c_str(), sizeof ent->d_name);
  return sizeof(php_stream_dirent);
}

int dir_close(php_stream* stream, int) {
  delete static_cast<BundleDir*>(stream->abstract);
  return 0;
}

int dir_rewind(php_stream* stream, zend_off_t offset, int whence, zend_off_t* newoffset) {
  if (offset != 0 || whence != SEEK_SET) return -1;
  static_cast<BundleDir*>(stream->abstract)->pos = 0;
  *newoffset = 0;
  return 0;
}

const php_stream_ops kDirOps = {file_write, dir_read, dir_close, file_flush, "phpovm bundle directory",
                                dir_rewind, nullptr,  nullptr,   nullptr};

// --- the wrapper ------------------------------------------------------------------------------

constexpr char kReadOnly[] = "a bundle is read-only";

php_stream* open_url(php_stream_wrapper* wrapper, const char* url, const char* mode, int options,
                     zend_string** opened_path, php_stream_context* STREAMS_DC) {
  Located loc;
  if (strpbrk(mode, "waxc+")) {
    php_stream_wrapper_log_error(wrapper, options, kReadOnly);
    return nullptr;
  }
  std::string path;
  const bundle::Entry* e = entry_at(url, true, loc, path);
  if (!e) {
    php_stream_wrapper_log_error(wrapper, options, "No such file or directory");
    return nullptr;
  }
  if (e->kind == bundle::Kind::Directory) {
    php_stream_wrapper_log_error(wrapper, options, "Is a directory");
    return nullptr;
  }
  // An image that include loads is read from the file and checks itself (its sections'
  // checksums cover the same bytes); anything else is served from the mapping, checked here.
  BundleFile* f;
  if (e->kind == bundle::Kind::Image && (options & STREAM_OPEN_FOR_INCLUDE)) {
    f = new BundleFile{loc.bundle, e, nullptr, static_cast<size_t>(e->size), 0};
  } else {
    std::string_view content;
    try {
      content = loc.bundle->reader->content(*e);
    } catch (const image::ImageError& error) {
      php_stream_wrapper_log_error(wrapper, options, "invalid bundle: %s", error.what());
      return nullptr;
    }
    f = new BundleFile{loc.bundle, e, content.data(), content.size(), 0};
  }
  php_stream* stream = php_stream_alloc(&kFileOps, f, nullptr, mode);
  if (!stream) {
    delete f;
    return nullptr;
  }
  if (opened_path) *opened_path = zend_string_init((loc.bundle->url + path).c_str(), loc.bundle->url.size() + path.size(), 0);
  return stream;
}

int stat_url(php_stream_wrapper*, const char* url, int flags, php_stream_statbuf* ssb, php_stream_context*) {
  Located loc;
  std::string path;
  const bundle::Entry* e = entry_at(url, !(flags & PHP_STREAM_URL_STAT_LINK), loc, path);
  if (!e) return -1;
  fill_stat(*loc.bundle, *e, ssb);
  return 0;
}

php_stream* open_dir(php_stream_wrapper* wrapper, const char* url, const char* mode, int options, zend_string**,
                     php_stream_context* STREAMS_DC) {
  Located loc;
  std::string path;
  const bundle::Entry* e = entry_at(url, true, loc, path);
  if (!e || e->kind != bundle::Kind::Directory) {
    php_stream_wrapper_log_error(wrapper, options, e ? "Not a directory" : "No such file or directory");
    return nullptr;
  }
  auto* d = new BundleDir;
  d->names = {".", ".."};
  for (const bundle::Entry* child : loc.bundle->reader->children(path))
    d->names.emplace_back(child->path.substr(child->path.rfind('/') + 1));
  php_stream* stream = php_stream_alloc(&kDirOps, d, nullptr, mode);
  if (!stream) delete d;
  return stream;
}

int refuse_write(const char* url) {
  php_error_docref1(nullptr, url, E_WARNING, kReadOnly);
  return 0;
}
int unlink_url(php_stream_wrapper*, const char* url, int, php_stream_context*) { return refuse_write(url); }
int rename_url(php_stream_wrapper*, const char* from, const char*, int, php_stream_context*) { return refuse_write(from); }
int mkdir_url(php_stream_wrapper*, const char* url, int, int, php_stream_context*) { return refuse_write(url); }
int rmdir_url(php_stream_wrapper*, const char* url, int, php_stream_context*) { return refuse_write(url); }
int metadata_url(php_stream_wrapper*, const char* url, int, void*, php_stream_context*) { return refuse_write(url); }

const php_stream_wrapper_ops kWrapperOps = {open_url,   nullptr,   nullptr,   stat_url,  open_dir,    "phpovm",
                                            unlink_url, rename_url, mkdir_url, rmdir_url, metadata_url};
const php_stream_wrapper kWrapper = {&kWrapperOps, nullptr, 0};

// --- include_once: one name per bundle file -----------------------------------------------------

zend_string* (*g_resolve_path)(zend_string*) = nullptr;

// A bundle URL spelled with "..", "." or links resolves to one name, so that include_once and
// require_once load a file once however it is named (as realpath() names plain files).
zend_string* canonical_url(std::string_view url) {
  Located loc;
  std::string path;
  if (!entry_at(url, true, loc, path)) return nullptr;
  std::string canonical = loc.bundle->url + path;
  return zend_string_init(canonical.data(), canonical.size(), 0);
}

zend_string* resolve_path(zend_string* filename) {
  if (has_scheme(std::string_view(ZSTR_VAL(filename), ZSTR_LEN(filename))))
    return canonical_url(std::string_view(ZSTR_VAL(filename), ZSTR_LEN(filename)));
  zend_string* found = g_resolve_path(filename);
  if (found && has_scheme(std::string_view(ZSTR_VAL(found), ZSTR_LEN(found)))) {
    zend_string* canonical = canonical_url(std::string_view(ZSTR_VAL(found), ZSTR_LEN(found)));
    if (canonical) {
      zend_string_release(found);
      return canonical;
    }
  }
  return found;
}

// --- glob() over a bundle ------------------------------------------------------------------------

zif_handler g_glob = nullptr;

// "a{b,c}d" -> "abd", "acd" (nested braces too), as GLOB_BRACE.
void expand_braces(const std::string& pattern, std::vector<std::string>& out) {
  size_t open = pattern.find('{');
  if (open == std::string::npos) {
    out.push_back(pattern);
    return;
  }
  int depth = 0;
  std::vector<size_t> commas;
  size_t close = std::string::npos;
  for (size_t i = open; i < pattern.size(); i++) {
    if (pattern[i] == '{') depth++;
    else if (pattern[i] == '}' && --depth == 0) {
      close = i;
      break;
    } else if (pattern[i] == ',' && depth == 1) commas.push_back(i);
  }
  if (close == std::string::npos) {
    out.push_back(pattern);
    return;
  }
  size_t from = open + 1;
  commas.push_back(close);
  for (size_t comma : commas) {
    expand_braces(pattern.substr(0, open) + pattern.substr(from, comma - from) + pattern.substr(close + 1), out);
    from = comma + 1;
  }
}

bool has_wildcard(std::string_view part) { return part.find_first_of("*?[") != std::string_view::npos; }

std::string unescape(std::string_view part) {
  std::string out;
  for (size_t i = 0; i < part.size(); i++) {
    if (part[i] == '\\' && i + 1 < part.size()) i++;
    out += part[i];
  }
  return out;
}

// The matches of one pattern (the part after the bundle's path), as written plus what matched.
void glob_bundle(const MountedBundle& b, const std::string& pattern, zend_long flags, std::vector<std::string>& out) {
  struct Match {
    std::string written, path;  // as the pattern spells it; where it is in the bundle
  };
  std::vector<Match> matches{{"", "/"}};
  std::vector<std::string_view> parts;
  for (size_t at = 0; at <= pattern.size();) {
    size_t end = pattern.find('/', at);
    if (end == std::string::npos) end = pattern.size();
    if (end > at) parts.push_back(std::string_view(pattern).substr(at, end - at));
    at = end + 1;
  }
  const int fn_flags = FNM_PERIOD | ((flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0);
  for (size_t i = 0; i < parts.size(); i++) {
    std::vector<Match> next;
    bool last = i + 1 == parts.size();
    for (const Match& m : matches) {
      std::string dir = m.path;
      const bundle::Entry* d = resolve(b, dir, true);
      if (!d || d->kind != bundle::Kind::Directory) continue;
      if (!has_wildcard(parts[i])) {
        std::string name = (flags & GLOB_NOESCAPE) ? std::string(parts[i]) : unescape(parts[i]);
        std::string path = normalize(dir + "/" + name);
        std::string found = path;
        if (resolve(b, found, !last)) next.push_back({m.written + "/" + name, path});
        continue;
      }
      std::string part(parts[i]);
      for (const bundle::Entry* child : b.reader->children(dir)) {
        std::string name(child->path.substr(child->path.rfind('/') + 1));
        if (fnmatch(part.c_str(), name.c_str(), fn_flags) == 0) next.push_back({m.written + "/" + name, std::string(child->path)});
      }
    }
    matches = std::move(next);
  }
  std::vector<std::string> found;
  for (const Match& m : matches) {
    std::string path = m.path;
    const bundle::Entry* e = resolve(b, path, true);
    bool is_dir = e && e->kind == bundle::Kind::Directory;
    if ((flags & GLOB_ONLYDIR) && !is_dir) continue;
    found.push_back(b.url + (m.written.empty() ? "/" : m.written) + ((flags & GLOB_MARK) && is_dir ? "/" : ""));
  }
  if (!(flags & GLOB_NOSORT)) std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

void glob_function(INTERNAL_FUNCTION_PARAMETERS) {
  zval* first = ZEND_NUM_ARGS() >= 1 ? ZEND_CALL_ARG(execute_data, 1) : nullptr;
  Located loc;
  if (!first || Z_TYPE_P(first) != IS_STRING || !locate(std::string_view(Z_STRVAL_P(first), Z_STRLEN_P(first)), loc)) {
    g_glob(execute_data, return_value);  // not in a bundle: libphp's own glob()
    return;
  }
  zend_string* pattern;
  zend_long flags = 0;
  ZEND_PARSE_PARAMETERS_START(1, 2)
    Z_PARAM_PATH_STR(pattern)
    Z_PARAM_OPTIONAL
    Z_PARAM_LONG(flags)
  ZEND_PARSE_PARAMETERS_END();
  constexpr zend_long kKnown = GLOB_MARK | GLOB_NOSORT | GLOB_NOCHECK | GLOB_NOESCAPE | GLOB_ERR | GLOB_ONLYDIR | GLOB_BRACE;
  if ((flags & kKnown) != flags) {
    php_error_docref(nullptr, E_WARNING, "At least one of the passed flags is invalid or not supported on this platform");
    RETURN_FALSE;
  }
  std::vector<std::string> patterns, found;
  if (flags & GLOB_BRACE) expand_braces(loc.rest, patterns);
  else patterns.push_back(loc.rest);
  for (const std::string& p : patterns) glob_bundle(*loc.bundle, p, flags, found);
  array_init(return_value);
  if (found.empty() && (flags & GLOB_NOCHECK)) found.emplace_back(ZSTR_VAL(pattern), ZSTR_LEN(pattern));
  for (const std::string& f : found) add_next_index_stringl(return_value, f.data(), f.size());
}

// Registered when the first bundle is mounted: until then phpovm's list of wrappers is php-cli's
// (phpinfo(), stream_get_wrappers()). Not with php_register_url_stream_wrapper(): that makes its
// key an interned string, which libphp makes only while it starts (and a module of phpovm's own,
// whose start-up could register it, would be listed by `php -m`).
void register_wrapper() {
  zend_string* scheme = zend_string_init("phpovm", 6, 1);
  zend_hash_add_ptr(php_stream_get_url_stream_wrappers_hash_global(), scheme, const_cast<php_stream_wrapper*>(&kWrapper));
  zend_string_release(scheme);
}

// realpath() of a bundle's path: its canonical URL, or false when there is nothing there (libphp's
// gives false for every stream wrapper's path, which code that locates its own files with
// realpath(__DIR__ . '/..') cannot live with).
zif_handler g_realpath = nullptr;

void realpath_function(INTERNAL_FUNCTION_PARAMETERS) {
  zval* first = ZEND_NUM_ARGS() == 1 ? ZEND_CALL_ARG(execute_data, 1) : nullptr;
  if (!first || Z_TYPE_P(first) != IS_STRING || !has_scheme(std::string_view(Z_STRVAL_P(first), Z_STRLEN_P(first)))) {
    g_realpath(execute_data, return_value);
    return;
  }
  zend_string* path;
  ZEND_PARSE_PARAMETERS_START(1, 1)
    Z_PARAM_PATH_STR(path)
  ZEND_PARSE_PARAMETERS_END();
  zend_string* canonical = canonical_url(std::string_view(ZSTR_VAL(path), ZSTR_LEN(path)));
  if (!canonical) RETURN_FALSE;
  RETURN_STR(canonical);
}

// Puts a handler of phpovm's in place of a builtin's, keeping the builtin's for other paths.
void take_over(const char* name, zif_handler handler, zif_handler& original) {
  if (auto* f = static_cast<zend_function*>(zend_hash_str_find_ptr(CG(function_table), name, strlen(name)))) {
    original = f->internal_function.handler;
    f->internal_function.handler = handler;
  }
}

}  // namespace

void install_bundle_wrapper() {
  if (g_resolve_path) return;
  g_resolve_path = zend_resolve_path;
  zend_resolve_path = resolve_path;
  take_over("glob", glob_function, g_glob);
  take_over("realpath", realpath_function, g_realpath);
}

bool is_bundle_file(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char head[4200];  // a launcher line, then the header
  ssize_t n = read(fd, head, sizeof head);
  close(fd);
  return n > 0 && bundle::starts_like_bundle(std::string_view(head, static_cast<size_t>(n)));
}

const MountedBundle* mount_bundle(const std::string& path, uint64_t offset, uint64_t length, std::string& error) {
  char real[MAXPATHLEN];
  if (!realpath(path.c_str(), real)) {
    error = strerror(errno);
    return nullptr;
  }
  int fd = open(real, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) {
    error = strerror(errno);
    if (fd >= 0) close(fd);
    return nullptr;
  }
  for (auto& b : mounted())
    if (b->path == real && b->offset == offset && b->st.st_ino == st.st_ino && b->st.st_mtime == st.st_mtime &&
        b->st.st_size == st.st_size) {
      close(fd);
      return b.get();
    }
  auto b = std::make_unique<MountedBundle>();
  b->path = real;
  b->offset = offset;
  b->url = std::string(kScheme) + real;
  b->st = st;
  b->bytes = image::map_file(fd, static_cast<size_t>(st.st_size));
  b->fd = fd;
  if (!b->bytes.data || offset > b->bytes.size || length > b->bytes.size - offset) {
    error = "cannot map the file";
    return nullptr;
  }
  try {
    b->reader = std::make_unique<bundle::Reader>(b->bytes.view().substr(offset, length ? length : std::string_view::npos));
  } catch (const image::VersionError& e) {
    error = e.what();
    return nullptr;
  } catch (const image::ImageError& e) {
    error = std::string("invalid bundle: ") + e.what();
    return nullptr;
  }
  // Checked whole, once: a signed bundle then covers every file in it.
  if (std::string problem = signature_problem(b->bytes.view().substr(offset, length ? length : std::string_view::npos));
      !problem.empty()) {
    error = problem;
    return nullptr;
  }
  if (mounted().empty()) register_wrapper();
  mounted().push_back(std::move(b));
  return mounted().back().get();
}

std::string bundle_entry_url(const MountedBundle& bundle) {
  return bundle.url + std::string(bundle.reader->entry_script().path);
}

bool bundle_placement(std::string_view url, Placement& out) {
  Located loc;
  if (!locate(url, loc)) return false;
  out.located_at = std::string(url);
  out.moved_directories.clear();
  for (std::string_view root : loc.bundle->reader->roots())
    out.moved_directories.emplace_back(std::string(root), loc.bundle->url + std::string(root));
  return true;
}

bool bundle_handle_bytes(zend_file_handle* handle, image::FileBytes& out) {
  if (handle->type != ZEND_HANDLE_STREAM ||
      handle->handle.stream.reader != reinterpret_cast<zend_stream_reader_t>(_php_stream_read))
    return false;
  auto* stream = static_cast<php_stream*>(handle->handle.stream.handle);
  if (!stream || stream->ops != &kFileOps) return false;
  auto* f = static_cast<BundleFile*>(stream->abstract);
  if (f->data) {
    out = image::FileBytes::borrow(f->bundle->bytes, f->data, f->size);
    return true;
  }
  out = image::FileBytes::allocate(f->size);
  if (read_content(*f, out.data.get(), 0, f->size)) return true;
  out = {};  // read through the stream instead, which reports the failure
  return false;
}

}  // namespace phpovm
