#include "runtime/sapi.h"

#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib_bridge/phpovm_functions.h"
#include "vm/zend_headers.h"

extern "C" {
#include "SAPI.h"
#include "php_main.h"
#include "php_variables.h"
#include "ext/standard/dl.h"
#include "ext/standard/info.h"
}

namespace phpovm {
namespace {

// php-cli's fixed settings (php_cli.c's INI_DEFAULT and HARDCODED_INI), which php.ini can override
// only where php-cli lets it.
constexpr char kHardcodedIni[] =
    "html_errors=0\nregister_argc_argv=1\nimplicit_flush=1\noutput_buffering=0\nmax_execution_time=0\nmax_input_time=-"
    "1\n";
constexpr char kCliIniDir[] = "/etc/php/8.2/cli";

std::string g_ini_entries;
std::string g_ini_path;
std::string g_executable;
bool g_set_scan_dir = false;             // PHP_INI_SCAN_DIR was set for libphp's start only
std::optional<std::string> g_php_self;         // $_SERVER['PHP_SELF'] when it is not the script
std::optional<std::string> g_script_filename;  // $_SERVER['SCRIPT_FILENAME'] when it is not the script
php_stream* g_stdin_stream = nullptr;    // the request's STDIN
const std::function<void(std::string_view)>* g_output = nullptr;  // a host's sink, or null
const Request* g_request = nullptr;      // a host's request (Engine::run), or null
size_t g_body_read = 0;                  // how much of its body libphp has read

}  // namespace
}  // namespace phpovm

// The interactive shell (php -a) is the readline extension's: when it starts, it looks this
// function up in the process (dlsym) and fills in the callbacks, as it does in php-cli. The
// phpovm executable exports it (CMakeLists.txt).
extern "C" __attribute__((visibility("default"))) phpovm::ShellCallbacks* php_cli_get_shell_callbacks() {
  static phpovm::ShellCallbacks callbacks{};
  return &callbacks;
}

namespace phpovm {
namespace {

size_t ub_write(const char* str, size_t len) {
  if (g_output) {
    // The host's sink must not throw through libphp; if it does, the output stops there, as
    // when a client goes away.
    try {
      (*g_output)(std::string_view(str, len));
    } catch (...) {
      php_handle_aborted_connection();
    }
    return len;
  }
  // Inside the shell, readline keeps output that does not end a line, to redraw its prompt after.
  ShellCallbacks* shell = php_cli_get_shell_callbacks();
  if (shell->ub_write) {
    size_t written = shell->ub_write(str, len);
    if (written != static_cast<size_t>(-1)) return written;
  }
  const char* p = str;
  size_t left = len;
  if (shell->write) shell->write(str, len);  // it watches what is written (the prompt's line)
  while (left > 0) {
    ssize_t n = write(STDOUT_FILENO, p, left);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      php_handle_aborted_connection();
      break;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return len;
}

void flush(void*) {
  if (!g_output) fflush(stdout);
}

// A host with a header sink receives the status and headers; otherwise they go nowhere.
int send_headers(sapi_headers_struct* headers) {
  if (g_request && g_request->headers) {
    std::vector<std::string> lines;
    for (auto* h = static_cast<sapi_header_struct*>(zend_llist_get_first(&headers->headers)); h;
         h = static_cast<sapi_header_struct*>(zend_llist_get_next(&headers->headers)))
      lines.emplace_back(h->header, h->header_len);
    try {
      g_request->headers(headers->http_response_code ? headers->http_response_code : 200, lines);
    } catch (...) {
      php_handle_aborted_connection();
    }
  }
  return SAPI_HEADER_SENT_SUCCESSFULLY;
}

// As php-cli: HTTP headers are accepted and dropped, so headers_list() stays empty; a host with a
// header sink keeps them.
int header_handler(sapi_header_struct*, sapi_header_op_enum, sapi_headers_struct*) {
  return g_request && g_request->headers ? SAPI_HEADER_ADD : 0;
}

// A host's request body, for $_POST, $_FILES and php://input.
size_t read_post(char* buffer, size_t count) {
  if (!g_request) return 0;
  size_t n = std::min(count, g_request->body.size() - g_body_read);
  memcpy(buffer, g_request->body.data() + g_body_read, n);
  g_body_read += n;
  return n;
}

void log_message(const char* message, int) { fprintf(stderr, "%s\n", message); }

char* read_cookies() {
  return g_request && !g_request->cookie.empty() ? const_cast<char*>(g_request->cookie.c_str()) : nullptr;
}

void register_variables(zval* vars) {
  php_import_environment_variables(vars);
  const char* script = SG(request_info).path_translated ? SG(request_info).path_translated : "";
  size_t len = strlen(script);
  const char* self = g_php_self ? g_php_self->c_str() : script;
  size_t self_len = g_php_self ? g_php_self->size() : len;
  php_register_variable_safe("PHP_SELF", self, self_len, vars);
  php_register_variable_safe("SCRIPT_NAME", self, self_len, vars);
  // As php-cli: a script read from standard input, or -r code, has an empty file name.
  if (g_script_filename) {
    script = g_script_filename->c_str();
    len = g_script_filename->size();
  }
  php_register_variable_safe("SCRIPT_FILENAME", script, len, vars);
  php_register_variable_safe("PATH_TRANSLATED", script, len, vars);
  php_register_variable_safe("DOCUMENT_ROOT", "", 0, vars);
  if (!g_request) return;
  auto add = [&](const char* name, const std::string& value) {
    if (!value.empty()) php_register_variable_safe(name, value.c_str(), value.size(), vars);
  };
  add("REQUEST_METHOD", g_request->method);
  add("QUERY_STRING", g_request->query_string);
  add("CONTENT_TYPE", g_request->content_type);
  if (!g_request->method.empty() && !g_request->body.empty()) add("CONTENT_LENGTH", std::to_string(g_request->body.size()));
  add("HTTP_COOKIE", g_request->cookie);
  for (const auto& [name, value] : g_request->server)
    php_register_variable_safe(name.c_str(), value.c_str(), value.size(), vars);
}

void ini_defaults(HashTable* config) {
  zval v;
  ZVAL_NEW_STR(&v, zend_string_init("1", 1, 1));
  zend_hash_str_update(config, "display_errors", sizeof("display_errors") - 1, &v);
}

// php-cli's own functions: dl() (libphp's), and cli_set_process_title() / cli_get_process_title().
// The title is the thread's name (what `ps -o comm` and /proc/PID/comm show, at most 15 bytes),
// and cli_get_process_title() returns the title last set ("" before).
std::string g_process_title;

ZEND_FUNCTION(phpovm_cli_set_process_title) {
  zend_string* title;
  ZEND_PARSE_PARAMETERS_START(1, 1)
  Z_PARAM_STR(title)
  ZEND_PARSE_PARAMETERS_END();
  g_process_title.assign(ZSTR_VAL(title), ZSTR_LEN(title));
  prctl(PR_SET_NAME, g_process_title.c_str(), 0, 0, 0);
  RETURN_TRUE;
}

ZEND_FUNCTION(phpovm_cli_get_process_title) {
  ZEND_PARSE_PARAMETERS_NONE();
  RETURN_STRINGL(g_process_title.data(), g_process_title.size());
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_dl, 0, 1, _IS_BOOL, 0)
ZEND_ARG_TYPE_INFO(0, extension_filename, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_cli_set_process_title, 0, 1, _IS_BOOL, 0)
ZEND_ARG_TYPE_INFO(0, title, IS_STRING, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_cli_get_process_title, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

const zend_function_entry kCliFunctions[] = {
    ZEND_RAW_FENTRY("dl", zif_dl, arginfo_dl, 0)
    ZEND_RAW_FENTRY("cli_set_process_title", zif_phpovm_cli_set_process_title, arginfo_cli_set_process_title, 0)
    ZEND_RAW_FENTRY("cli_get_process_title", zif_phpovm_cli_get_process_title, arginfo_cli_get_process_title, 0)
    ZEND_FE_END};

// php-cli's functions, then phpovm's own (stdlib_bridge/phpovm_functions.h): registered while
// libphp starts, as only then can it make their names.
const zend_function_entry* sapi_functions() {
  static const std::vector<zend_function_entry> all = [] {
    std::vector<zend_function_entry> v;
    for (const zend_function_entry* f = kCliFunctions; f->fname; f++) v.push_back(*f);
    for (const zend_function_entry* f = kPhpovmFunctions; f->fname; f++) v.push_back(*f);
    v.push_back(zend_function_entry{});
    return v;
  }();
  return all.data();
}

// phpinfo(), printing php-cli's configuration directory (sapi_print_info()).
ZEND_FUNCTION(phpovm_phpinfo) {
  zend_long flags = PHP_INFO_ALL;
  ZEND_PARSE_PARAMETERS_START(0, 1)
  Z_PARAM_OPTIONAL
  Z_PARAM_LONG(flags)
  ZEND_PARSE_PARAMETERS_END();
  php_output_start_default();
  sapi_print_info(static_cast<int>(flags));
  php_output_end();
  RETURN_TRUE;
}

int startup(sapi_module_struct* module) {
  int result = php_module_startup(module, nullptr);
  if (auto* info = static_cast<zend_function*>(zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("phpinfo"))))
    if (info->type == ZEND_INTERNAL_FUNCTION) info->internal_function.handler = zif_phpovm_phpinfo;
  // The scan directory was set for libphp's start: the script's environment (getenv(), $_ENV,
  // child processes) is the one phpovm was started with, as php-cli's is.
  if (g_set_scan_dir) unsetenv("PHP_INI_SCAN_DIR");
  // Start-up diagnostics go through stdio's stdout; a script's output does not, so they are
  // flushed now to come first, as in php-cli, also when stdout is a pipe.
  fflush(stdout);
  return result;
}

sapi_module_struct g_module = {
    const_cast<char*>("cli"),
    const_cast<char*>("Command Line Interface"),
    startup,
    php_module_shutdown_wrapper,
    nullptr,  // activate
    nullptr,  // deactivate
    ub_write,
    flush,
    nullptr,  // get_stat
    nullptr,  // getenv
    php_error,
    header_handler,
    send_headers,
    nullptr,  // send_header
    read_post,
    read_cookies,
    register_variables,
    log_message,
    nullptr,  // get_request_time
    nullptr,  // terminate_process
    STANDARD_SAPI_MODULE_PROPERTIES};

// STDIN, STDOUT or STDERR: the stream of url (php://stdin...), which is descriptor fd.
php_stream* register_stream_constant(const char* name, const char* url, int fd, bool own_descriptor) {
  const char* mode = fd == STDIN_FILENO ? "rb" : "wb";
  php_stream* s = nullptr;
  if (own_descriptor) {
    // As php-cli: the process's descriptor itself, which fclose(STDOUT) closes.
    s = php_stream_open_wrapper_ex(url, mode, 0, nullptr, nullptr);
  } else {
    // A host's: a duplicate, closed with the request; the host's descriptor and its C stream
    // (stdin, stdout, stderr) stay open and untouched.
    int copy = dup(fd);
    if (copy < 0) return nullptr;
    s = php_stream_fopen_from_fd(copy, mode, nullptr);
    if (!s) close(copy);
  }
  if (!s) return nullptr;
  zend_constant c;
  php_stream_to_zval(s, &c.value);
  ZEND_CONSTANT_SET_FLAGS(&c, CONST_CS, 0);
  c.name = zend_string_init_interned(name, strlen(name), 0);
  zend_register_constant(&c);
  return s;
}

}  // namespace

sapi_module_struct* sapi_start(const EngineOptions& options) {
  // sapi_startup() copies the module into libphp's global sapi_module and clears ini_entries, so
  // the settings go onto that copy afterwards, as php-cli does.
  sapi_startup(&g_module);
  g_ini_entries = kHardcodedIni;
  for (auto& [k, v] : options.ini) g_ini_entries += k + "=" + v + "\n";
  sapi_module.ini_entries = g_ini_entries.data();
  sapi_module.ini_defaults = ini_defaults;
  sapi_module.php_ini_ignore = options.no_ini_files ? 1 : 0;
  sapi_module.phpinfo_as_text = 1;
  sapi_module.additional_functions = sapi_functions();
  sapi_module.php_ini_ignore_cwd = 1;
  // libphp resolves it (through PATH when it has no '/') into PHP_BINARY.
  g_executable = options.executable;
  if (!g_executable.empty()) sapi_module.executable_location = const_cast<char*>(g_executable.c_str());
  g_ini_path = options.ini_path.empty() ? std::string(kCliIniDir) : options.ini_path;
  if (!options.no_ini_files) sapi_module.php_ini_path_override = const_cast<char*>(g_ini_path.c_str());
  g_set_scan_dir = !options.no_ini_files && !getenv("PHP_INI_SCAN_DIR");
  if (g_set_scan_dir) setenv("PHP_INI_SCAN_DIR", (std::string(kCliIniDir) + "/conf.d").c_str(), 0);
  return &sapi_module;
}

void sapi_register_request_constants() {
  // As php-cli, which registers it for each request: the process title can be set.
  zend_register_bool_constant("PHP_CLI_PROCESS_TITLE", sizeof("PHP_CLI_PROCESS_TITLE") - 1, true, CONST_CS, 0);
}

void sapi_register_std_streams(bool own_descriptors) {
  g_stdin_stream = register_stream_constant("STDIN", "php://stdin", STDIN_FILENO, own_descriptors);
  register_stream_constant("STDOUT", "php://stdout", STDOUT_FILENO, own_descriptors);
  register_stream_constant("STDERR", "php://stderr", STDERR_FILENO, own_descriptors);
}

void sapi_print_info(int flags) {
  // libphp, built as the embed SAPI, names the embed configuration directory; phpovm reads
  // php-cli's, and says so.
  constexpr std::string_view kLine = "Configuration File (php.ini) Path => ";
  if (!(flags & PHP_INFO_GENERAL) || php_output_start_default() == FAILURE) {
    php_print_info(flags);
    return;
  }
  php_print_info(flags);
  zval text;
  if (php_output_get_contents(&text) == FAILURE) {
    php_output_end();
    return;
  }
  php_output_discard();
  std::string out(Z_STRVAL(text), Z_STRLEN(text));
  zval_ptr_dtor(&text);
  if (auto at = out.find(kLine); at != std::string::npos) {
    at += kLine.size();
    out.replace(at, out.find('\n', at) - at, kCliIniDir);
  }
  PHPWRITE(out.data(), out.size());
}

php_stream* sapi_stdin_stream() { return g_stdin_stream; }

void sapi_set_script_names(const char* php_self, const char* script_filename) {
  g_php_self = php_self ? std::optional<std::string>(php_self) : std::nullopt;
  g_script_filename = script_filename ? std::optional<std::string>(script_filename) : std::nullopt;
}

void sapi_set_output(const std::function<void(std::string_view)>* sink) { g_output = sink; }

void sapi_set_request(const Request* request) {
  g_request = request;
  g_body_read = 0;
  // What libphp reads at the request's start: with a server context it reads the body (POST)
  // and the cookies, and parses the query string, as under php-cgi.
  bool http = request && (!request->method.empty() || !request->query_string.empty() || !request->cookie.empty());
  static int server_context;
  SG(server_context) = http ? &server_context : nullptr;
  SG(request_info).request_method = http && !request->method.empty() ? request->method.c_str() : nullptr;
  SG(request_info).query_string = http && !request->query_string.empty() ? const_cast<char*>(request->query_string.c_str()) : nullptr;
  SG(request_info).content_type = http && !request->content_type.empty() ? request->content_type.c_str() : nullptr;
  SG(request_info).content_length = http ? static_cast<zend_long>(request->body.size()) : 0;
}

void sapi_request_ended() {
  sapi_set_script_names(nullptr, nullptr);
  g_stdin_stream = nullptr;
}

const char* sapi_ini_dir() { return kCliIniDir; }

}  // namespace phpovm
