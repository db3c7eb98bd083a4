#include "include/phpovm/engine.h"

#include <cstdio>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "loader/bundle.h"
#include "loader/disassembler.h"
#include "loader/front_end.h"
#include "loader/image.h"
#include "loader/opcode_coverage.h"
#include "loader/translator.h"
#include "vm/zend_headers.h"
#include "runtime/image_cache.h"
#include "runtime/request.h"
#include "runtime/sapi.h"
#include "stdlib_bridge/bundle_stream.h"
#include "stdlib_bridge/executor_hook.h"
#include "vm/runtime_cache.h"
#ifdef PHPOVM_JIT
#include "jit/jit.h"
#endif

extern "C" {
#include "SAPI.h"
#include "php_main.h"
#include "zend_signal.h"
}

namespace phpovm {

namespace {
bool g_engine_alive = false;  // libphp is NTS: one Engine at a time
}  // namespace

Engine::Engine(const EngineOptions& options) : owner_(std::this_thread::get_id()) {
  if (g_engine_alive) throw std::logic_error("phpovm::Engine: an Engine is alive already (libphp is NTS: one per process)");
#if defined(ZEND_SIGNALS)
  zend_signal_startup();
#endif
  sapi_module_struct* module = sapi_start(options);
  if (module->startup(module) == FAILURE) {
    // libphp has printed why (a removed ini directive, ...); php-cli then exits with 1.
    fflush(stdout);
    sapi_shutdown();
    throw std::runtime_error("phpovm::Engine: libphp could not start");
  }
  g_engine_alive = true;
  install_executor_hooks();
  install_bundle_wrapper();
  started_ = true;
  streams_own_descriptors_ = options.streams_own_descriptors;
  release_images_ = !options.process_ends_with_engine;
}

void Engine::check_thread() const {
  if (std::this_thread::get_id() != owner_)
    throw std::logic_error("phpovm::Engine: called from another thread than the one that made it (libphp is NTS)");
}

Engine::~Engine() {
  if (!started_) return;
  g_engine_alive = false;
#ifdef PHPOVM_JIT
  jit::shutdown();  // before exit() destroys what a compile under way uses
#endif
  php_module_shutdown();
  sapi_shutdown();
  if (release_images_) release_linked_images();
}

int Engine::run_file(const std::string& path, const std::vector<std::string>& argv) {
  check_thread();
  FILE* fp = fopen(path.c_str(), "rb");
  if (!fp) {
    fprintf(stderr, "Could not open input file: %s\n", path.c_str());
    return 1;
  }
  return run_primary(fp, path, argv);
}

int Engine::run_file(const std::string& path, std::string_view content, const std::vector<std::string>& argv) {
  check_thread();
  FILE* fp = fmemopen(const_cast<char*>(content.data()), content.size(), "rb");
  if (!fp) {
    fprintf(stderr, "phpovm: cannot run %s: %s\n", path.c_str(), strerror(errno));
    return 1;
  }
  return run_primary(fp, path, argv);
}

int Engine::run_primary(FILE* fp, const std::string& path, const std::vector<std::string>& argv) {
  return run_main_script(fp, path, argv, true, streams_own_descriptors_);
}

int Engine::run_code(const std::string& code, const std::vector<std::string>& argv) {
  check_thread();
  RequestArgs args(argv);
  sapi_set_script_names(nullptr, "");  // as php -r: $_SERVER['SCRIPT_FILENAME'] is ""
  if (!start_request(args, "Standard input code", true, streams_own_descriptors_)) return 1;
  zend_try { zend_eval_stringl_ex(code.data(), code.size(), nullptr, "Command line code", 1); }
  zend_end_try();
  return end_request();
}

namespace {
// Sets the host's output sink for the length of a request.
struct OutputScope {
  explicit OutputScope(const std::function<void(std::string_view)>* sink) { sapi_set_output(sink); }
  ~OutputScope() { sapi_set_output(nullptr); }
};

// Hands the SAPI the request's HTTP side and header sink for its length.
struct RequestScope {
  explicit RequestScope(const Request& request) { sapi_set_request(&request); }
  ~RequestScope() { sapi_set_request(nullptr); }
};

// What ended the request, if an uncaught exception or a fatal error did (PHP's last error).
void note_failure(Result& result) {
  constexpr int kFatal = E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR | E_PARSE | E_RECOVERABLE_ERROR;
  if (!PG(last_error_message) || !(PG(last_error_type) & kFatal)) return;
  std::string_view message(ZSTR_VAL(PG(last_error_message)), ZSTR_LEN(PG(last_error_message)));
  result.failed = true;
  result.error = std::string(message.substr(0, message.find('\n')));
  if (PG(last_error_file)) result.error_file = ZSTR_VAL(PG(last_error_file));
  result.error_line = PG(last_error_lineno);
}
}  // namespace

Result Engine::run(const Request& request) {
  check_thread();
  Result result;
  std::vector<std::string> argv = request.argv.empty() ? std::vector<std::string>{request.script} : request.argv;
  std::string filename = request.script, error;
  if (is_bundle_file(request.script) && !prepare_bundle_entry(request.script, 0, 0, filename, error)) {
    result.exit_status = 1;
    result.failed = true;
    result.error = request.script + ": " + error;
    return result;
  }
  OutputScope output(request.output ? &request.output : nullptr);
  RequestScope http(request);
  RequestArgs args(argv);
  if (!start_request(args, request.script.c_str(), true, streams_own_descriptors_)) {
    result.exit_status = 1;
    result.failed = true;
    result.error = "libphp could not start the request";
    return result;
  }
  for (const auto& [name, value] : request.ini) {
    zend_string* key = zend_string_init(name.data(), name.size(), 0);
    zend_string* text = zend_string_init(value.data(), value.size(), 0);
    bool set = zend_alter_ini_entry_ex(key, text, ZEND_INI_SYSTEM, ZEND_INI_STAGE_RUNTIME, 0) == SUCCESS;
    zend_string_release(key);
    zend_string_release(text);
    if (!set) {
      result.failed = true;
      result.error = "ini setting " + name + " cannot be set to \"" + value + "\"";
      break;
    }
  }
  if (!result.failed) {
    execute_main_file(filename);
    note_failure(result);
  }
  result.peak_memory = zend_memory_peak_usage(true);
  int status = end_request();
  result.exit_status = result.failed && status == 0 ? 1 : status;
  return result;
}

namespace {
// Runs compile_file_and_visit on a source file inside a request of its own. error: one line,
// empty when libphp has printed the error itself.
bool visit_source(const std::string& source_path, const ScriptVisitor& visit, std::string& error) {
  FILE* fp = fopen(source_path.c_str(), "rb");
  if (!fp) {
    error = "Could not open input file: " + source_path;
    return false;
  }
  std::vector<std::string> argv{source_path};
  RequestArgs args(argv);
  if (!start_request(args, source_path.c_str(), false)) {
    fclose(fp);
    error = "could not start a request";
    return false;
  }
  char real[MAXPATHLEN];
  zend_file_handle handle;
  zend_stream_init_fp(&handle, fp, source_path.c_str());
  if (expand_filepath(source_path.c_str(), real)) handle.opened_path = zend_string_init(real, strlen(real), 0);
  volatile bool ok = false;  // set inside zend_try (setjmp)
  error.clear();
  zend_try {
    try {
      ok = compile_file_and_visit(&handle, visit);
    } catch (const CompileError& e) {
      error = e.file + ":" + std::to_string(e.line) + ": " + e.what();
    } catch (const image::ImageError& e) {
      error = std::string("translated code failed verification: ") + e.what();
    }
  }
  zend_end_try();
  if (!ok && error.empty() && EG(exception)) zend_exception_error(EG(exception), E_ERROR);
  zend_destroy_file_handle(&handle);
  end_request();
  return ok && error.empty();
}
}  // namespace

bool Engine::compile(const std::string& source_path, std::string& image_bytes, std::string& error,
                     bool strip_doc_comments) {
  check_thread();
  return visit_source(
      source_path,
      [&](zend_script& script) {
        image::Image img;
        TranslateOptions options;
        options.strip_doc_comments = strip_doc_comments;
        translate_script(script, img, options);
        image::verify(img);
        image_bytes = image::serialize(img);
      },
      error);
}

void Engine::count_coverage(const std::vector<std::string>& sources, OpcodeCoverage& coverage) {
  check_thread();
  for (auto& path : sources) {
    std::string error;
    visit_source(
        path,
        [&](zend_script& script) {
          image::Image img;
          bool translated = true;
          try {
            translate_script(script, img);
          } catch (const CompileError&) {
            translated = false;
          }
          coverage.add_program(script, translated ? &img : nullptr);
        },
        error);
  }
}

namespace {
// Checks a bundle's header and table (its files are checked when read), and lists its table in
// `listing` when asked (reading its links); "" or the one-line message.
std::string checked_bundle(const std::string& path, std::string_view bytes, std::string* listing) {
  try {
    bundle::Reader reader(bytes);
    if (listing) *listing = describe_bundle(reader);
  } catch (const image::VersionError& e) {
    return fmt::format("{}: {}", path, e.what());
  } catch (const image::ImageError& e) {
    return fmt::format("{}: invalid bundle: {}", path, e.what());
  }
  return {};
}

// Reads image bytes, whole or with bodies deferred, and verifies them (a bundle: checked_bundle);
// "" or the one-line message.
std::string checked_image(const std::string& path, std::string_view bytes, bool whole, image::Image* out) {
  if (bundle::starts_like_bundle(bytes)) return checked_bundle(path, bytes, nullptr);
  try {
    image::Image img = whole ? image::parse(bytes) : image::parse_deferred(bytes);
    image::verify(img);
    if (out) *out = std::move(img);
  } catch (const image::VersionError& e) {
    return fmt::format("{}: {}", path, e.what());
  } catch (const image::ImageError& e) {
    return fmt::format("{}: invalid image: {}", path, e.what());
  }
  return {};
}
}  // namespace

bool Engine::is_image(std::string_view bytes) { return looks_like_image(bytes.data(), bytes.size()); }

std::string Engine::check_image(const std::string& path, std::string_view bytes) {
  return checked_image(path, bytes, false, nullptr);
}

bool Engine::disassemble(const std::string& path, std::string_view bytes, std::string& listing, std::string& error) {
  if (bundle::starts_like_bundle(bytes)) {
    error = checked_bundle(path, bytes, &listing);
    return error.empty();
  }
  image::Image img;
  error = checked_image(path, bytes, true, &img);
  if (!error.empty()) return false;
  listing = phpovm::disassemble(img);
  return true;
}

int Engine::image_format_version() { return image::kFormatVersion; }

}  // namespace phpovm
