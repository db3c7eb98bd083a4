#include "stdlib_bridge/phpovm_functions.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "loader/front_end.h"
#include "loader/translator.h"
#include "runtime/source_tree.h"

namespace phpovm {
namespace {

ZEND_FUNCTION(phpovm_compile_file) {
  zend_string* file;
  zend_string* image_path;
  ZEND_PARSE_PARAMETERS_START(2, 2)
  Z_PARAM_PATH_STR(file)
  Z_PARAM_PATH_STR(image_path)
  ZEND_PARSE_PARAMETERS_END();
  char real[MAXPATHLEN];
  if (!VCWD_REALPATH(ZSTR_VAL(file), real)) {
    zend_throw_error(nullptr, "phpovm_compile_file(): %s: %s", ZSTR_VAL(file), strerror(errno));
    RETURN_THROWS();
  }
  zend_file_handle handle;
  zend_stream_init_filename(&handle, real);
  handle.opened_path = zend_string_init(real, strlen(real), 0);
  std::string bytes, error;
  bool compiled = false;
  try {
    compiled = compile_file_and_visit(&handle, [&](zend_script& script) {
      image::Image img;
      translate_script(script, img);
      image::verify(img);
      bytes = image::serialize(img);
    });
  } catch (const CompileError& e) {
    error = e.file + ":" + std::to_string(e.line) + ": " + e.what();
  } catch (const image::ImageError& e) {
    error = std::string("translated code failed verification: ") + e.what();
  }
  zend_destroy_file_handle(&handle);
  if (EG(exception)) RETURN_THROWS();  // libphp's ParseError or CompileError
  if (!compiled || !error.empty()) {
    zend_throw_error(nullptr, "phpovm_compile_file(): %s: %s", real, error.empty() ? "cannot be compiled" : error.c_str());
    RETURN_THROWS();
  }
  try {
    write_atomically(ZSTR_VAL(image_path), bytes, std::filesystem::perms(0644));
  } catch (const std::filesystem::filesystem_error& e) {
    zend_throw_error(nullptr, "phpovm_compile_file(): %s: %s", ZSTR_VAL(image_path), e.code().message().c_str());
    RETURN_THROWS();
  }
  RETURN_TRUE;
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_phpovm_compile_file, 0, 2, _IS_BOOL, 0)
ZEND_ARG_TYPE_INFO(0, file, IS_STRING, 0)
ZEND_ARG_TYPE_INFO(0, image, IS_STRING, 0)
ZEND_END_ARG_INFO()

}  // namespace

const zend_function_entry kPhpovmFunctions[] = {
    ZEND_RAW_FENTRY("phpovm_compile_file", zif_phpovm_compile_file, arginfo_phpovm_compile_file, 0)
    ZEND_FE_END};

}  // namespace phpovm
