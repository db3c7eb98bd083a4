// phpovm's public API: an Engine starts libphp once per process; a request runs a PHP file or
// image (DESIGN.md decision 12). The CLI is a thin client of this API. Hosts link libphpovm.so
// (CMake: find_package(phpovm), target phpovm::phpovm; pkg-config: phpovm).
#pragma once
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace phpovm {

class OpcodeCoverage;

struct EngineOptions {
  std::vector<std::pair<std::string, std::string>> ini;  // -d key=value, in order
  bool no_ini_files = false;                            // -n
  std::string ini_path;                                 // -c PATH (file or directory)
  // False (for hosts): a request's STDIN/STDOUT/STDERR are duplicates of descriptors 0, 1 and 2,
  // closed when the request ends; the host's descriptors and C streams are never closed. True,
  // as the phpovm command sets it: as in php-cli, they are descriptors 0, 1 and 2 themselves, and
  // fclose(STDOUT) or the request's end closes them.
  bool streams_own_descriptors = false;
  // The process ends with the Engine (the phpovm command): its destructor shuts libphp down as
  // php-cli does but leaves the loaded images to the operating system instead of freeing them
  // one by one.
  bool process_ends_with_engine = false;
  // The program PHP_BINARY names (php-cli: itself, which scripts run again for child processes);
  // empty leaves PHP_BINARY empty, as for libphp embedded in a host.
  std::string executable;
};

// One request, as a host describes it (Engine::run).
struct Request {
  std::string script;             // a .php file, a .phpo image or a bundle
  std::vector<std::string> argv;  // $argv; empty: {script}
  // ini settings for this request only (as ini_set() before the script runs, with php.ini's
  // authority): "memory_limit" and "max_execution_time" are its limits. An unknown name fails
  // the request before the script runs.
  std::vector<std::pair<std::string, std::string>> ini;
  // Receives what the script prints, as PHP writes it; empty: descriptor 1.
  std::function<void(std::string_view)> output;

  // An HTTP request, as a web server passes it (all optional): libphp parses them into $_GET,
  // $_COOKIE, $_POST and $_FILES (urlencoded and multipart bodies) and php://input, as php-cgi
  // does; `server` entries are added to $_SERVER (HTTP_HOST, REMOTE_ADDR, ...).
  std::string method;        // REQUEST_METHOD ("GET", "POST", ...)
  std::string query_string;  // QUERY_STRING, without the "?"
  std::string cookie;        // the Cookie header's value
  std::string content_type;  // CONTENT_TYPE of the body
  std::string body;
  std::vector<std::pair<std::string, std::string>> server;
  // Receives the response's status and headers ("Name: value", Set-Cookie included) once, before
  // the first output or at the end; empty: they are dropped, as php-cli drops them.
  std::function<void(int status, const std::vector<std::string>& headers)> headers;
};

// How a request ended.
struct Result {
  int exit_status = 0;  // as php-cli's: 0, exit()'s value, 255 after a fatal error
  // An uncaught exception or a fatal error ended it (a memory or time limit included): PHP's
  // message's first line ("Uncaught RuntimeException: boom", "Allowed memory size of ..."), and
  // where it was raised.
  bool failed = false;
  std::string error;
  std::string error_file;
  uint32_t error_line = 0;
  size_t peak_memory = 0;  // the request's peak in libphp's allocator (memory_get_peak_usage(true))
};

// libphp here is built without thread safety (NTS): one Engine per process, used from the thread
// that made it. A second Engine while one is alive, or a call from another thread, throws
// std::logic_error. A libphp that cannot start (a bad php.ini directive) throws
// std::runtime_error after libphp has printed why.
class __attribute__((visibility("default"))) Engine {
 public:
  explicit Engine(const EngineOptions& options);
  // Several requests may run one after the other; each starts from a clean state (its own
  // declarations, static variables, runtime caches), sharing the loaded images.
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs a .phpo image or a .php source file as the main script, with $argv = argv (argv[0] is
  // the script as named). Returns the exit status php-cli would (0, exit's value, 255 on fatal).
  int run_file(const std::string& path, const std::vector<std::string>& argv);
  // The same for a file the caller has read already (its whole `content`, which must outlive the
  // call), run as the file named path: a pipe or a terminal cannot be read a second time.
  int run_file(const std::string& path, std::string_view content, const std::vector<std::string>& argv);
  // Runs code as `php -r` does.
  int run_code(const std::string& code, const std::vector<std::string>& argv);
  // Runs a request: its script with its own ini settings and output, and says how it ended.
  Result run(const Request& request);
  // Compiles a source file to image bytes; on failure returns false with a one-line message.
  // strip_doc_comments leaves doc comments out of the image (Reflection then sees none).
  bool compile(const std::string& source_path, std::string& image_bytes, std::string& error,
               bool strip_doc_comments = false);
  // Counts the opcodes of each source file into coverage (tools: phpovm coverage).
  void count_coverage(const std::vector<std::string>& sources, OpcodeCoverage& coverage);

  // What needs no started engine: checking image bytes before anything runs them.
  // Whether bytes start like an image ("<?phpo").
  static bool is_image(std::string_view bytes);
  // Checks image bytes as loading them does (every checksum and record; a function's body is
  // verified when the function is first entered, spec/phpo-format.md): empty if they are good,
  // else the one-line message ("PATH: invalid image: REASON", or the versions that differ).
  static std::string check_image(const std::string& path, std::string_view bytes);
  // The listing of `phpovm dump` for image bytes (the whole image verified); on a bad image false
  // with the one-line message of check_image().
  static bool disassemble(const std::string& path, std::string_view bytes, std::string& listing, std::string& error);
  // The version of the image format this phpovm reads and writes.
  static int image_format_version();
  // phpovm's version ("0.1.0"): the library's, for a host linked against libphpovm.so.
  static const char* version();

 private:
  int run_primary(FILE* fp, const std::string& path, const std::vector<std::string>& argv);  // takes fp
  void check_thread() const;
  std::thread::id owner_;
  bool started_ = false;
  bool streams_own_descriptors_ = true;
  bool release_images_ = true;
};

}  // namespace phpovm
