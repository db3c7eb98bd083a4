#include "runtime/request.h"

#include <fcntl.h>
#include <unistd.h>

#include "runtime/sapi.h"
#include "stdlib_bridge/bundle_stream.h"
#include "vm/runtime_cache.h"
#include "vm/zend_headers.h"

extern "C" {
#include "SAPI.h"
#include "php_main.h"
}

namespace phpovm {
namespace {
int g_start_directory = -1;  // the working directory when the request started (fd)
}  // namespace

RequestArgs::RequestArgs(const std::vector<std::string>& args) : storage(args) {
  for (auto& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);
}

bool start_request(RequestArgs& args, const char* script, bool std_streams, bool own_descriptors) {
  SG(request_info).argc = static_cast<int>(args.storage.size());
  SG(request_info).argv = args.argv.data();
  SG(request_info).path_translated = const_cast<char*>(script);
  SG(options) |= SAPI_OPTION_NO_CHDIR;
  if (php_request_startup() == FAILURE) {
    sapi_request_ended();
    return false;
  }
  runtime_cache_request_start();
  EG(exit_status) = 0;  // the last request's exit() or fatal error is not this one's
  // Nor is its last error (error_get_last(), and a host's Result).
  if (PG(last_error_message)) zend_string_release(PG(last_error_message));
  if (PG(last_error_file)) zend_string_release(PG(last_error_file));
  PG(last_error_message) = nullptr;
  PG(last_error_file) = nullptr;
  PG(last_error_type) = 0;
  PG(last_error_lineno) = 0;
  // A chdir() of this request is not the next one's: the directory is put back when it ends.
  g_start_directory = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  CG(skip_shebang) = 1;
  sapi_register_request_constants();
  zend_is_auto_global_str(ZEND_STRL("_SERVER"));
  // As php-cli: from here on, diagnostics name the function that raised them ("fopen(/x): ...",
  // not "PHP Request Startup: ...") and display_errors applies to them.
  PG(during_request_startup) = 0;
  if (std_streams) sapi_register_std_streams(own_descriptors);
  return true;
}

int run_main_script(FILE* fp, const std::string& path, const std::vector<std::string>& argv, bool std_streams,
                    bool own_descriptors) {
  RequestArgs args(argv);
  if (!start_request(args, path.c_str(), std_streams, own_descriptors)) {
    fclose(fp);
    return 1;
  }
  zend_file_handle handle;
  zend_stream_init_fp(&handle, fp, path.c_str());
  handle.primary_script = 1;
  php_execute_script(&handle);
  zend_destroy_file_handle(&handle);
  return end_request();
}

int run_main_file(const std::string& filename, const std::string& script, const std::vector<std::string>& argv,
                  bool std_streams, bool own_descriptors) {
  RequestArgs args(argv);
  if (!start_request(args, script.c_str(), std_streams, own_descriptors)) return 1;
  execute_main_file(filename);
  return end_request();
}

void execute_main_file(const std::string& filename) {
  zend_file_handle handle;
  zend_stream_init_filename(&handle, filename.c_str());
  handle.primary_script = 1;
  php_execute_script(&handle);
  zend_destroy_file_handle(&handle);
}

bool prepare_bundle_entry(const std::string& path, uint64_t offset, uint64_t length, std::string& entry,
                          std::string& error) {
  const MountedBundle* bundle = mount_bundle(path, offset, length, error);
  if (!bundle) return false;
  entry = bundle_entry_url(*bundle);
  sapi_set_script_names(entry.c_str(), entry.c_str());
  return true;
}

int end_request() {
  // A bailout without a fatal error (output to a closed stdout) still ends php-cli with 255.
  int status = EG(exit_status) == 0 && CG(unclean_shutdown) ? 255 : EG(exit_status);
  php_request_shutdown(nullptr);
  // Shutdown functions and destructors may still exit or fail; an earlier status stands otherwise.
  if (EG(exit_status) != 0) status = EG(exit_status);
  SG(request_info).argv = nullptr;
  SG(request_info).path_translated = nullptr;
  sapi_request_ended();
  if (g_start_directory >= 0) {
    if (fchdir(g_start_directory) != 0) { /* the directory is gone: nothing to go back to */ }
    close(g_start_directory);
    g_start_directory = -1;
  }
  return status;
}

}  // namespace phpovm
