#include "stdlib_bridge/executor_hook.h"

#include <fmt/format.h>

#include <unistd.h>

#include <cstring>
#include <memory>

#include "loader/class_materialiser.h"
#include "loader/front_end.h"
#include "loader/linker.h"
#include "loader/mapped_file.h"
#include "runtime/image_cache.h"
#include "runtime/source_cache.h"
#include "runtime/trust.h"
#include "stdlib_bridge/bundle_stream.h"
#include "vm/interpreter.h"

namespace phpovm {
namespace {

zend_op_array* run_linked(LinkedImage* linked) {
  declare_functions(*linked);
  return main_op_array_for_request(*linked, declare_classes(*linked));
}

// Translation failures become PHP compile errors at the construct's file and line.
zend_op_array* report_compile_error(const CompileError& e) {
  zend_string* file = zend_string_init(e.file.data(), e.file.size(), 0);
  zend_error_at_noreturn(E_COMPILE_ERROR, file, e.line, "phpovm: %s", e.what());
}

// A freshly translated image is verified like any other: a translator bug must not run.
// It is kept for reuse under key, and written to the compiled-source cache when disk names an
// entry.
zend_op_array* link_source_image(image::Image& img, std::string key, const SourceCacheEntry* disk = nullptr) {
  std::string error;
  try {
    image::verify(img);
  } catch (const image::ImageError& e) {
    error = e.what();
  }
  if (!error.empty())
    zend_error_noreturn(E_COMPILE_ERROR, "phpovm: translated code failed verification: %s", error.c_str());
  if (disk && !key.empty()) {
    // Written to the cache, and linked from those bytes as a warm run links the entry: bodies are
    // read when first called, and the translation (several times the bytes) is not kept.
    std::string bytes = image::serialize(img);
    source_cache_write(*disk, bytes);
    auto copy = image::FileBytes::allocate(bytes.size());
    memcpy(copy.data.get(), bytes.data(), bytes.size());
    LinkedImage* linked = nullptr;
    try {
      linked = load_image_bytes(disk->file, std::move(copy), nullptr);
    } catch (const image::ImageError&) {
      linked = nullptr;  // not expected: the in-memory image is linked below instead
    }
    if (linked) {
      reuse_source_image_as(disk->key, linked);
      reuse_source_image_as(key, linked);
      return run_linked(linked);
    }
  }
  LinkedImage* linked = link_image(std::make_shared<image::Image>(std::move(img)));
  if (disk && !key.empty()) reuse_source_image_as(disk->key, linked);
  keep_source_image(linked, std::move(key));
  return run_linked(linked);
}

enum class ReadResult { Read, Failed, LeftToLibphp };

// The stream of a handle libphp's plain-files wrapper opened (what include and require open), or
// null for any other handle.
php_stream* plain_file_stream(zend_file_handle* handle) {
  if (handle->type != ZEND_HANDLE_STREAM ||
      handle->handle.stream.reader != reinterpret_cast<zend_stream_reader_t>(_php_stream_read))
    return nullptr;
  auto* stream = static_cast<php_stream*>(handle->handle.stream.handle);
  return php_stream_is(stream, PHP_STREAM_IS_STDIO) ? stream : nullptr;
}

// The compiled-source cache's entry for the file a handle has open: found by what fstat() says
// of it (or stat() of the main script, which phpovm read into memory itself).
bool find_cache_entry(zend_file_handle* handle, SourceCacheEntry& entry) {
  int fd = -1;
  if (handle->type == ZEND_HANDLE_FP && handle->handle.fp) {
    fd = fileno(handle->handle.fp);
  } else if (php_stream* stream = plain_file_stream(handle)) {
    if (php_stream_cast(stream, PHP_STREAM_AS_FD, reinterpret_cast<void**>(&fd), 0) != SUCCESS) fd = -1;
  }
  // An image is run as it is: a glance at its first bytes spares building a key and looking for
  // an entry (an include of an image is on the cold-start path).
  char head[512];
  ssize_t got = fd >= 0 ? pread(fd, head, sizeof head, 0) : 0;
  if (got > 0 && image::starts_like_image(std::string_view(head, static_cast<size_t>(got)))) return false;
  struct stat st;
  if (fd >= 0 ? fstat(fd, &st) != 0 : !handle->primary_script || stat(ZSTR_VAL(handle->filename), &st) != 0)
    return false;
  std::string path;
  if (handle->opened_path) {
    path = ZSTR_VAL(handle->opened_path);
  } else {
    char real[MAXPATHLEN];
    if (!VCWD_REALPATH(ZSTR_VAL(handle->filename), real)) return false;
    path = real;
  }
  return source_cache_entry(path, st, entry);
}

// Runs the file's code compiled before, by this process or (through the cache) another one; null
// when there is none, or the cache's entry is not a good image (it is then compiled again).
zend_op_array* run_compiled_before(const SourceCacheEntry& entry) {
  if (LinkedImage* linked = find_source_image(entry.key)) return run_linked(linked);
  image::FileBytes bytes;
  if (!source_cache_read(entry, bytes)) return nullptr;
  LinkedImage* linked = nullptr;
  try {
    linked = load_image_bytes(entry.file, std::move(bytes), nullptr);
  } catch (const image::ImageError&) {
    return nullptr;
  }
  reuse_source_image_as(entry.key, linked);
  return run_linked(linked);
}


// Maps the file a handle has open, when it is a regular file opened by libphp's plain-files
// wrapper (what include and require open) and nothing of it was read yet. `size` is what libphp
// found the file's size to be (mapping a FIFO or a device of no size fails or is not tried).
bool map_plain_file(zend_file_handle* handle, size_t size, image::FileBytes& out) {
  auto* stream = plain_file_stream(handle);
  if (!stream || php_stream_tell(stream) != 0) return false;
  int fd = -1;
  if (php_stream_cast(stream, PHP_STREAM_AS_FD, reinterpret_cast<void**>(&fd), 0) != SUCCESS || fd < 0) return false;
  out = image::map_file(fd, size);
  return out.data != nullptr;
}

// Reads the whole of the file a handle names or has open into `out`, as zend_stream_fixup
// would, but into memory phpovm keeps (or maps it, map_plain_file): an image keeps its file's
// bytes, and reading them here spares copying them out of libphp's request memory (loading is on
// the cold-start path).
// A terminal (read line by line by libphp) and a handle libphp has read already are left to it.
ReadResult read_whole_file(zend_file_handle* handle, image::FileBytes& out) {
  if (handle->buf) return ReadResult::LeftToLibphp;
  if (bundle_handle_bytes(handle, out)) return ReadResult::Read;  // a bundle's file: not copied
  if (handle->type == ZEND_HANDLE_FILENAME && zend_stream_open(handle) == FAILURE) return ReadResult::Failed;
  size_t expected = 0;
  if (handle->type == ZEND_HANDLE_FP) {
    if (!handle->handle.fp) return ReadResult::Failed;
    int fd = fileno(handle->handle.fp);
    if (isatty(fd)) return ReadResult::LeftToLibphp;
    zend_stat_t st;
    if (zend_fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) expected = static_cast<size_t>(st.st_size);
  } else if (handle->type == ZEND_HANDLE_STREAM) {
    if (handle->handle.stream.isatty || !handle->handle.stream.reader) return ReadResult::LeftToLibphp;
    if (handle->handle.stream.fsizer) {
      size_t size = handle->handle.stream.fsizer(handle->handle.stream.handle);
      if (size == static_cast<size_t>(-1)) return ReadResult::Failed;
      expected = size;
    }
    // A small file is cheaper to read than to map (and unmap: an include in a loop).
    if (expected >= image::kMapAtLeast && map_plain_file(handle, expected, out)) return ReadResult::Read;
  } else {
    return ReadResult::LeftToLibphp;
  }
  // Read until the end: the size is a hint (one byte more than it, to see the end in one read),
  // a file may grow or shrink while it is read.
  size_t capacity = expected ? expected + 1 : 8192;
  out = image::FileBytes::allocate(capacity);
  out.size = 0;
  for (;;) {
    if (out.size == capacity) {
      auto bigger = image::FileBytes::allocate(capacity * 2);
      memcpy(bigger.data.get(), out.data.get(), out.size);
      bigger.size = out.size;
      out = std::move(bigger);
      capacity *= 2;
    }
    char* at = out.data.get() + out.size;
    size_t want = capacity - out.size;
    ssize_t got;
    if (handle->type == ZEND_HANDLE_FP) {
      got = static_cast<ssize_t>(fread(at, 1, want, handle->handle.fp));
      if (got == 0 && ferror(handle->handle.fp)) got = -1;
    } else {
      got = handle->handle.stream.reader(handle->handle.stream.handle, at, want);
    }
    if (got < 0) return ReadResult::Failed;
    if (got == 0) return ReadResult::Read;
    out.size += static_cast<size_t>(got);
  }
}

zend_op_array* compile_file_hook(zend_file_handle* handle, int type) {
  image::FileBytes content;
  SourceCacheEntry cache_entry;
  ReadResult read = ReadResult::Failed;
  if (handle->type != ZEND_HANDLE_FILENAME || zend_stream_open(handle) == SUCCESS) {
    // The cache's entries are nobody's signed images: not used when signatures are required.
    if (!signatures_required() && find_cache_entry(handle, cache_entry))
      if (zend_op_array* main = run_compiled_before(cache_entry)) return main;
    read = read_whole_file(handle, content);
  }
  bool is_image = read == ReadResult::Read && looks_like_image(content.data.get(), content.size);
  if (read == ReadResult::Read && !is_image) set_handle_content(handle, content.view());
  char* buf = nullptr;
  size_t len = 0;
  if (read == ReadResult::Failed || (!is_image && zend_stream_fixup(handle, &buf, &len) == FAILURE)) {
    // The stream layer has warned; add include's or require's own message, as libphp would.
    if (!EG(exception))
      zend_message_dispatcher(type == ZEND_REQUIRE ? ZMSG_FAILED_REQUIRE_FOPEN : ZMSG_FAILED_INCLUDE_FOPEN,
                              ZSTR_VAL(handle->filename));
    return nullptr;
  }
  if (!is_image && looks_like_image(buf, len)) {  // read by libphp (a terminal): copied
    is_image = true;
    content = image::FileBytes::allocate(len);
    memcpy(content.data.get(), buf, len);
  }
  const char* name = handle->opened_path ? ZSTR_VAL(handle->opened_path) : ZSTR_VAL(handle->filename);
  // Relocated to where it is (spec/phpo-format.md, "Relocation"): its file, or its bundle (which
  // was checked whole when it was opened, signature included).
  Placement placement;
  const bool in_bundle = bundle_placement(name, placement);
  if (!in_bundle && signatures_required()) {
    std::string problem = is_image ? signature_problem(content.view()) : source_refused();
    if (!problem.empty()) zend_error_noreturn(E_COMPILE_ERROR, "phpovm: %s: %s", name, problem.c_str());
  }
  if (is_image) {
    LinkedImage* linked = nullptr;
    std::string error;
    try {
      if (!in_bundle) placement.located_at = name;
      linked = load_image_bytes(name, std::move(content), &placement);
    } catch (const image::VersionError& e) {
      error = fmt::format("{}: {}", name, e.what());
    } catch (const image::ImageError& e) {
      error = fmt::format("{}: invalid image: {}", name, e.what());
    }
    if (!linked) zend_error_noreturn(E_COMPILE_ERROR, "phpovm: %s", error.c_str());
    return run_linked(linked);
  }
  // Source read whole here (not a terminal's, which libphp read) is compiled once per process.
  std::string key;
  if (read == ReadResult::Read) {
    key = source_image_key(handle->opened_path ? ZSTR_VAL(handle->opened_path) : ZSTR_VAL(handle->filename),
                           content.view());
    if (LinkedImage* linked = find_source_image(key)) return run_linked(linked);
  }
  uint64_t diagnostics = compile_diagnostics();
  image::Image img;
  bool compiled = false;
  try {
    compiled = compile_file_to_image(handle, img);
  } catch (const CompileError& e) {
    report_compile_error(e);
  }
  if (!compiled) return nullptr;
  if (compile_diagnostics() != diagnostics) key.clear();
  return link_source_image(img, std::move(key), cache_entry.key.empty() ? nullptr : &cache_entry);
}

zend_op_array* compile_string_hook(zend_string* source, const char* filename, zend_compile_position position) {
  // The same code evaluated again at the same place is compiled once per process.
  std::string key = source_image_key(filename, std::string_view(ZSTR_VAL(source), ZSTR_LEN(source)));
  if (LinkedImage* linked = find_source_image(key)) return run_linked(linked);
  uint64_t diagnostics = compile_diagnostics();
  image::Image img;
  bool compiled = false;
  try {
    compiled = compile_string_to_image(source, filename, img);
  } catch (const CompileError& e) {
    report_compile_error(e);
  }
  if (!compiled) return nullptr;
  if (compile_diagnostics() != diagnostics) key.clear();
  return link_source_image(img, std::move(key));
}

}  // namespace

namespace {
// Test aid (PHPOVM_TRAP_ZEND_VM=1): every opcode handler of Zend's own VM is replaced by a trap,
// so a user opline that Zend's executor runs instead of phpovm stops the process loudly.
int trap_zend_vm(zend_execute_data* execute_data) {
  const zend_op* op = execute_data->opline;
  fprintf(stderr, "phpovm: Zend's executor ran a user opline (%s at %s:%u)\n", zend_get_opcode_name(op->opcode),
          execute_data->func->op_array.filename ? ZSTR_VAL(execute_data->func->op_array.filename) : "?", op->lineno);
  abort();
}
}  // namespace

void install_executor_hooks() {
  if (getenv("PHPOVM_TRAP_ZEND_VM"))
    for (int op = 0; op <= ZEND_VM_LAST_OPCODE; op++)
      zend_set_user_opcode_handler(static_cast<zend_uchar>(op), trap_zend_vm);
  zend_execute_ex = execute;
  zend_compile_file = compile_file_hook;
  zend_compile_string = compile_string_hook;
}

void set_handle_content(zend_file_handle* handle, std::string_view content) {
  auto* buf = static_cast<char*>(emalloc(content.size() + ZEND_MMAP_AHEAD));
  memcpy(buf, content.data(), content.size());
  memset(buf + content.size(), 0, ZEND_MMAP_AHEAD);
  handle->buf = buf;
  handle->len = content.size();
}

}  // namespace phpovm
