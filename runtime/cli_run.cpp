#include "runtime/cli_run.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "include/phpovm/engine.h"
#include "runtime/image_cache.h"
#include "runtime/request.h"
#include "runtime/sapi.h"
#include "runtime/trust.h"
#include "loader/bundle.h"
#include "stdlib_bridge/bundle_stream.h"
#include "stdlib_bridge/executor_hook.h"
#include "vm/zend_headers.h"
#ifdef PHPOVM_JIT
#include "jit/jit.h"
#endif

extern "C" {
#include "SAPI.h"
#include "php_main.h"
#include "php_ini.h"
#include "php_version.h"
#include "ext/standard/basic_functions.h"
#include "ext/standard/info.h"
#include "zend_extensions.h"
#include "zend_highlight.h"
#include "zend_language_scanner.h"

// What php.ini loading found (main/php_ini.c; no installed header declares them).
extern char* php_ini_opened_path;
extern char* php_ini_scanned_path;
extern char* php_ini_scanned_files;
// Reflection's classes (ext/reflection/php_reflection.h, which php8.2-dev does not install).
extern zend_class_entry* reflection_function_ptr;
extern zend_class_entry* reflection_method_ptr;
extern zend_class_entry* reflection_class_ptr;
extern zend_class_entry* reflection_extension_ptr;
extern zend_class_entry* reflection_zend_extension_ptr;
}

namespace phpovm {
namespace {

using Mode = CliOptions::Mode;
constexpr char kStdinName[] = "Standard input code";

// The whole of a file, or of standard input (""): a script from a pipe can be read only once.
bool read_input(const std::string& path, std::string& out) {
  FILE* fp = path.empty() ? stdin : fopen(path.c_str(), "rb");
  if (!fp) return false;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, fp)) > 0;) out.append(buf, n);
  if (fp != stdin) fclose(fp);
  return true;
}

// The script's bytes, or false after php-cli's "Could not open input file" (on stdout, as php-cli
// prints it).
bool read_script(const CliOptions& opt, std::string& bytes) {
  if (read_input(opt.file, bytes)) return true;
  fmt::print("Could not open input file: {}\n", opt.file);
  return false;
}

// $_SERVER['SCRIPT_FILENAME'] for a request about the script: "" when it came from standard
// input, else its name (null).
const char* script_filename(const CliOptions& opt) { return opt.file.empty() ? "" : nullptr; }

// The script's name as php-cli gives it to $argv[0] and PHP_SELF.
std::string script_name(const CliOptions& opt) { return opt.file.empty() ? kStdinName : opt.file; }

std::vector<std::string> request_argv(const std::string& first, const CliOptions& opt) {
  std::vector<std::string> argv{first};
  argv.insert(argv.end(), opt.args.begin(), opt.args.end());
  return argv;
}

// An image refused: its one-line message on stderr.
int refuse_image(const std::string& message) {
  fmt::print(stderr, "phpovm: {}\n", message);
  return 1;
}

// Checks that bytes read from `name` are a good image if they claim to be one (or are named
// .phpo), signed if phpovm.trusted_keys requires it (then source is refused); "" when they may
// run.
std::string check_if_image(const std::string& name, const std::string& bytes) {
  bool named_image = name.size() > 5 && name.compare(name.size() - 5, 5, ".phpo") == 0;
  if (named_image || Engine::is_image(bytes)) {
    std::string error = Engine::check_image(name, bytes);
    if (error.empty())
      if (std::string problem = signature_problem(bytes); !problem.empty()) error = name + ": " + problem;
    return error;
  }
  return signatures_required() ? name + ": " + source_refused() : std::string();
}

// A bundle's entry script, run as the main script (runtime/request.h: prepare_bundle_entry).
int run_bundle(const CliOptions& opt, const std::string& path, uint64_t offset, uint64_t length) {
  std::string entry, error;
  if (!prepare_bundle_entry(path, offset, length, entry, error))
    return refuse_image(fmt::format("{}: {}", opt.file, error));
  return run_main_file(entry, opt.file, request_argv(opt.file, opt), true, true);
}

// The script, read whole first (a pipe cannot be read twice), run as php-cli runs it. From
// standard input it has no STDIN/STDOUT/STDERR constants and an empty SCRIPT_FILENAME.
int run_script(const CliOptions& opt) {
  if (!opt.bundle_path.empty()) return run_bundle(opt, opt.bundle_path, opt.bundle_offset, opt.bundle_length);
  if (!opt.file.empty() && is_bundle_file(opt.file)) return run_bundle(opt, opt.file, 0, 0);
  std::string bytes;
  std::string name = script_name(opt);
  if (!read_script(opt, bytes)) return 1;
  if (std::string error = check_if_image(name, bytes); !error.empty()) return refuse_image(error);
  FILE* fp = fmemopen(bytes.data(), bytes.size(), "rb");
  if (!fp) return refuse_image(fmt::format("cannot run {}: {}", name, strerror(errno)));
  // php-cli's $_SERVER script names point into its arguments, which -H blanks.
  if (opt.file.empty() || opt.hide_args) sapi_set_script_names(opt.hide_args && !opt.file.empty() ? "" : nullptr, "");
  return run_main_script(fp, name, request_argv(name, opt), !opt.file.empty(), true);
}

// A request for the modes that run no script (the reports, the shell, -R code).
struct Request {
  RequestArgs args;
  bool started;
  Request(const std::string& self, const CliOptions& opt, bool std_streams, const char* script_filename)
      : Request(self, request_argv(self, opt), std_streams, script_filename) {}
  Request(const std::string& self, const std::vector<std::string>& argv, bool std_streams, const char* script_filename)
      : args(argv) {
    if (script_filename) sapi_set_script_names(nullptr, script_filename);
    started = start_request(args, self.c_str(), std_streams);
    if (!started) fmt::print("Could not startup.\n");
  }
  int end() { return started ? end_request() : 1; }
};

// -B, then -R or -F for each line of standard input ($argn without its line end, $argi from 1),
// then -E; an exit() anywhere ends it all, as in php-cli.
int process_lines(const CliOptions& opt) {
  bool from_file = !opt.file.empty() && opt.code.empty();
  std::string self = from_file ? opt.file : kStdinName;
  Request request(self, opt, true, from_file ? nullptr : "");
  if (!request.started) return 1;
  zend_try {
    if (!opt.begin_code.empty())
      zend_eval_stringl_ex(opt.begin_code.data(), opt.begin_code.size(), nullptr, "Command line begin code", 1);
    php_stream* in = sapi_stdin_stream();
    zend_long index = 0;
    size_t len = 0;
    while (in && EG(exit_status) == 0) {
      char* line = php_stream_get_line(in, nullptr, 0, &len);
      if (!line) break;
      // php-cli's own arithmetic: line ends are cut, but an empty line leaves one NUL byte.
      len = strlen(line);
      while (len > 0 && len-- && (line[len] == '\n' || line[len] == '\r')) line[len] = '\0';
      zval argn, argi;
      ZVAL_STRINGL(&argn, line, len + 1);
      zend_hash_str_update(&EG(symbol_table), ZEND_STRL("argn"), &argn);
      ZVAL_LONG(&argi, ++index);
      zend_hash_str_update(&EG(symbol_table), ZEND_STRL("argi"), &argi);
      efree(line);
      if (!opt.code.empty()) {
        zend_eval_stringl_ex(opt.code.data(), opt.code.size(), nullptr, "Command line run code", 1);
      } else if (FILE* fp = fopen(opt.file.c_str(), "rb")) {
        zend_file_handle handle;
        zend_stream_init_fp(&handle, fp, opt.file.c_str());
        handle.primary_script = 1;
        CG(skip_shebang) = 1;
        php_execute_script(&handle);
        zend_destroy_file_handle(&handle);
      } else {
        php_printf("Could not open input file: %s\n", opt.file.c_str());
        EG(exit_status) = 1;
      }
    }
    if (!opt.end_code.empty())
      zend_eval_stringl_ex(opt.end_code.data(), opt.end_code.size(), nullptr, "Command line end code", 1);
  }
  zend_end_try();
  return request.end();
}

int interactive_shell(const CliOptions& opt) {
  ShellCallbacks* shell = php_cli_get_shell_callbacks();
  if (!shell->run) {
    fmt::print("Interactive shell (-a) requires the readline extension.\n");
    return 1;
  }
  fmt::print("Interactive shell\n\n");
  fflush(stdout);
  Request request(script_name(opt), opt, !opt.file.empty(), script_filename(opt));
  if (!request.started) return 1;
  zend_try { EG(exit_status) = shell->run(); }
  zend_end_try();
  return request.end();
}

// -l: "No syntax errors detected in FILE", or libphp's parse error and "Errors parsing FILE"
// (255). An image is checked as loading it would check it.
int lint(const CliOptions& opt) {
  std::string bytes, name = script_name(opt);
  if (!read_script(opt, bytes)) return 1;
  Request request(name, opt, false, script_filename(opt));
  if (!request.started) return 1;
  bool good = false;
  if (Engine::is_image(bytes)) {
    std::string error = Engine::check_image(name, bytes);
    if (!error.empty()) fmt::print(stderr, "phpovm: {}\n", error);
    good = error.empty();
  } else if (FILE* fp = fmemopen(bytes.data(), bytes.size(), "rb")) {
    zend_file_handle handle;
    zend_stream_init_fp(&handle, fp, name.c_str());
    handle.primary_script = 1;
    good = php_lint_script(&handle) == SUCCESS;
    zend_destroy_file_handle(&handle);
  }
  php_printf(good ? "No syntax errors detected in %s\n" : "Errors parsing %s\n", name.c_str());
  EG(exit_status) = good ? 0 : 255;
  return request.end();
}

// -s and -w: the source highlighted as HTML, or without comments and whitespace.
int show_source(const CliOptions& opt) {
  std::string bytes, name = script_name(opt);
  if (!read_script(opt, bytes)) return 1;
  if (Engine::is_image(bytes)) {
    return refuse_image(fmt::format("{}: {} works on PHP source, and this is a compiled image", name,
                                    opt.mode == Mode::Highlight ? "-s" : "-w"));
  }
  Request request(name, opt, false, script_filename(opt));
  if (!request.started) return 1;
  zend_file_handle handle;
  zend_stream_init_filename(&handle, name.c_str());
  set_handle_content(&handle, bytes);
  handle.primary_script = 1;
  zend_try {
    if (open_file_for_scanning(&handle) == SUCCESS) {
      if (opt.mode == Mode::Highlight) {
        zend_syntax_highlighter_ini colors;
        php_get_highlight_struct(&colors);
        zend_highlight(&colors);
      } else {
        zend_strip();
      }
    }
  }
  zend_end_try();
  zend_destroy_file_handle(&handle);
  return request.end();
}

// php-cli's -m: the modules sorted without regard to case, then the Zend extensions.
void print_modules() {
  std::vector<const char*> modules;
  void* module;
  ZEND_HASH_MAP_FOREACH_PTR(&module_registry, module) { modules.push_back(static_cast<zend_module_entry*>(module)->name); }
  ZEND_HASH_FOREACH_END();
  std::stable_sort(modules.begin(), modules.end(), [](const char* a, const char* b) { return strcasecmp(a, b) < 0; });
  php_printf("[PHP Modules]\n");
  for (const char* name : modules) php_printf("%s\n", name);
  std::vector<const char*> extensions;
  for (zend_llist_element* e = zend_extensions.head; e; e = e->next)
    extensions.push_back(reinterpret_cast<zend_extension*>(e->data)->name);
  std::stable_sort(extensions.begin(), extensions.end(), [](const char* a, const char* b) { return strcmp(a, b) < 0; });
  php_printf("\n[Zend Modules]\n");
  for (const char* name : extensions) php_printf("%s\n", name);
  php_printf("\n");
}

// php-cli's -v, with phpovm's own line after the Zend extensions' lines, as an extension adds one.
void print_version() {
  php_printf("PHP %s (cli) (built: %s %s) (NTS)\nCopyright (c) The PHP Group\n%s", PHP_VERSION, __DATE__, __TIME__,
             get_zend_version());
#ifdef PHPOVM_JIT
  std::string jit = fmt::format("JIT with {}", jit::backend_version());
#else
  std::string jit = "no JIT";
#endif
  php_printf("    with phpovm v%s (images v%d, %s), by the phpovm authors\n", PHPOVM_VERSION,
             Engine::image_format_version(), jit.c_str());
}

// --rf, --rc, --re, --rz: the Reflection object's text, or "Exception: MESSAGE" (1).
int reflect(const CliOptions& opt) {
  zend_class_entry* ce = nullptr;
  switch (opt.reflection) {
    case CliOptions::Reflection::Function:
      ce = opt.name.find("::") != std::string::npos ? reflection_method_ptr : reflection_function_ptr;
      break;
    case CliOptions::Reflection::Class: ce = reflection_class_ptr; break;
    case CliOptions::Reflection::Extension: ce = reflection_extension_ptr; break;
    case CliOptions::Reflection::ZendExtension: ce = reflection_zend_extension_ptr; break;
  }
  zval name, object;
  ZVAL_STRINGL(&name, opt.name.data(), opt.name.size());
  object_init_ex(&object, ce);
  // A constructor called from outside any function needs a frame to report from.
  zend_execute_data frame;
  memset(&frame, 0, sizeof frame);
  zend_execute_data* saved = EG(current_execute_data);
  EG(current_execute_data) = &frame;
  zend_call_known_instance_method_with_1_params(ce->constructor, Z_OBJ(object), nullptr, &name);
  EG(current_execute_data) = saved;
  if (EG(exception)) {
    zval rv;
    zval* message = zend_read_property(zend_ce_exception, EG(exception), ZEND_STRL("message"), 0, &rv);
    zend_printf("Exception: %s\n", Z_STRVAL_P(message));
    zend_object_release(EG(exception));
    EG(exception) = nullptr;
    EG(exit_status) = 1;
  } else {
    zend_print_zval(&object, 0);
    zend_write("\n", 1);
  }
  zval_ptr_dtor(&object);
  zval_ptr_dtor(&name);
  return 0;
}

// --ri: an extension's section of phpinfo(), or for "main" the core's ini entries.
void extension_ini(const CliOptions& opt) {
  std::string lower = opt.name;
  for (char& c : lower) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  auto* module = static_cast<zend_module_entry*>(zend_hash_str_find_ptr(&module_registry, lower.data(), lower.size()));
  if (module) {
    php_info_print_module(module);
  } else if (opt.name == "main") {
    display_ini_entries(nullptr);
  } else {
    zend_printf("Extension '%s' not present.\n", opt.name.c_str());
    EG(exit_status) = 1;
  }
}

// The reports that need a request but run no script.
int report(const CliOptions& opt) {
  // php-cli reports -i and -m before it has read the script's name or arguments.
  bool early = opt.mode == Mode::Info || opt.mode == Mode::Modules;
  Request request(early ? "" : kStdinName, early ? std::vector<std::string>{} : request_argv(kStdinName, opt), false,
                  "");
  if (!request.started) return 1;
  zend_try {
    switch (opt.mode) {
      case Mode::Info:
        sapi_print_info(PHP_INFO_ALL & ~PHP_INFO_CREDITS);
        php_output_end_all();
        break;
      case Mode::Modules:
        print_modules();
        php_output_end_all();
        break;
      case Mode::Version: print_version(); break;
      case Mode::ShowIni:
        zend_printf("Configuration File (php.ini) Path: %s\n", sapi_ini_dir());
        zend_printf("Loaded Configuration File:         %s\n", php_ini_opened_path ? php_ini_opened_path : "(none)");
        zend_printf("Scan for additional .ini files in: %s\n", php_ini_scanned_path ? php_ini_scanned_path : "(none)");
        zend_printf("Additional .ini files parsed:      %s\n", php_ini_scanned_files ? php_ini_scanned_files : "(none)");
        break;
      case Mode::Reflect: reflect(opt); break;
      case Mode::ExtensionIni: extension_ini(opt); break;
      default: break;
    }
  }
  zend_end_try();
  return request.end();
}

}  // namespace

int run_cli(CliOptions& opt, int argc, char** argv, const CliError* conflict) {
  opt.engine.executable = argv[0];  // PHP_BINARY: phpovm runs scripts as php-cli does
  opt.engine.process_ends_with_engine = true;
  opt.engine.streams_own_descriptors = true;  // as php-cli: fclose(STDOUT) closes descriptor 1
  std::optional<Engine> started;
  try {
    started.emplace(opt.engine);
  } catch (const std::runtime_error&) {
    return 1;  // libphp has said why; php-cli then exits with 1
  }
  Engine& engine = *started;
  // -a needs the readline extension, which php.ini may or may not have loaded.
  if (opt.asked_for_shell && !php_cli_get_shell_callbacks()->run) {
    CliOptions without_shell;
    CliError error;
    if (!parse_cli(argc, argv, without_shell, error, false)) {
      fmt::print("{}", error.message);
      return 1;
    }
  } else if (conflict) {
    fmt::print("{}", conflict->message);
    return 1;
  }
  for (auto& path : opt.zend_extensions) zend_load_extension(path.c_str());
  if (opt.hide_args)  // as php-cli: what ps and /proc/PID/cmdline show is blanked (opt has copies)
    for (int i = 1; i < argc; i++) memset(argv[i], 0, strlen(argv[i]));
  switch (opt.mode) {
    case Mode::Run: return run_script(opt);
    case Mode::RunCode: return engine.run_code(opt.code, request_argv(kStdinName, opt));
    case Mode::ProcessLines: return process_lines(opt);
    case Mode::Interactive: return interactive_shell(opt);
    case Mode::Lint: return lint(opt);
    case Mode::Highlight:
    case Mode::Strip: return show_source(opt);
    default: return report(opt);
  }
}

}  // namespace phpovm
