// phpovm's SAPI module: presents itself as php-cli ("cli"), reads the same php.ini and scan
// directory, and writes output and logs as php-cli does.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>

#include "include/phpovm/engine.h"

typedef struct _sapi_module_struct sapi_module_struct;
typedef struct _php_stream php_stream;

namespace phpovm {

// php-cli's cli_shell_callbacks_t (sapi/cli/cli.h), which the readline extension fills in to run
// the interactive shell: the same layout, as readline reads it.
struct ShellCallbacks {
  size_t (*write)(const char* str, size_t length);
  size_t (*ub_write)(const char* str, size_t length);
  int (*run)();
};

}  // namespace phpovm

// The hooks readline's shell fills in (php-cli's name; runtime/sapi.cpp).
extern "C" phpovm::ShellCallbacks* php_cli_get_shell_callbacks();

namespace phpovm {

// Starts the SAPI layer with phpovm's module configured by options; returns libphp's copy.
sapi_module_struct* sapi_start(const EngineOptions& options);
// The constants php-cli registers for each request (PHP_CLI_PROCESS_TITLE).
void sapi_register_request_constants();
// STDIN/STDOUT/STDERR; own_descriptors: closing them (or the request's end) closes fds 0-2.
void sapi_register_std_streams(bool own_descriptors);
// The request's STDIN stream (null before sapi_register_std_streams()).
php_stream* sapi_stdin_stream();
// $_SERVER's script names for the next request when they are not the script's name: PHP_SELF and
// SCRIPT_NAME (php_self), SCRIPT_FILENAME and PATH_TRANSLATED (script_filename; php-cli: "" for
// -r code and a script read from standard input). Null: the script's name.
void sapi_set_script_names(const char* php_self, const char* script_filename);
// Where the request's output goes: a host's sink (Request::output), or null for descriptor 1.
void sapi_set_output(const std::function<void(std::string_view)>* sink);
// The host's request for the next request's start (its HTTP side and header sink), or null; it
// must stay alive until sapi_set_request(nullptr) after the request ends.
void sapi_set_request(const Request* request);
// Forgets the request's script file name and STDIN (end_request()).
void sapi_request_ended();
// php_print_info() as php-cli prints it (phpinfo(), -i).
void sapi_print_info(int flags);
// php-cli's configuration directory, which phpovm reads (php.ini and conf.d).
const char* sapi_ini_dir();

}  // namespace phpovm
