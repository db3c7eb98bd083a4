#include "stdlib_bridge/executor_hook.h"

#include <fmt/format.h>

#include <memory>
#include <unordered_map>

#include "loader/class_materialiser.h"
#include "loader/front_end.h"
#include "loader/linker.h"
#include "vm/interpreter.h"

namespace phpovm {
namespace {

// Images already linked in this process, by their bytes' identity (path and content).
// Never destroyed: an Engine with static storage may release them at exit, after other statics.
std::unordered_map<std::string, LinkedImage*>& image_cache() {
  static auto* cache = new std::unordered_map<std::string, LinkedImage*>();
  return *cache;
}

// Images compiled from source in this process (not cached: a file may change between includes).
std::vector<LinkedImage*>& source_images() {
  static auto* images = new std::vector<LinkedImage*>();
  return *images;
}

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
zend_op_array* link_source_image(image::Image& img) {
  std::string error;
  try {
    image::verify(img);
  } catch (const image::ImageError& e) {
    error = e.what();
  }
  if (!error.empty()) zend_error_noreturn(E_COMPILE_ERROR, "phpovm: translated code failed verification: %s", error.c_str());
  LinkedImage* linked = link_image(std::make_shared<image::Image>(std::move(img)));
  source_images().push_back(linked);
  return run_linked(linked);
}

zend_op_array* compile_file_hook(zend_file_handle* handle, int type) {
  char* buf = nullptr;
  size_t len = 0;
  if (zend_stream_fixup(handle, &buf, &len) == FAILURE) {
    // The stream layer has warned; add include's or require's own message, as libphp would.
    if (!EG(exception))
      zend_message_dispatcher(type == ZEND_REQUIRE ? ZMSG_FAILED_REQUIRE_FOPEN : ZMSG_FAILED_INCLUDE_FOPEN, ZSTR_VAL(handle->filename));
    return nullptr;
  }
  if (looks_like_image(buf, len)) {
    const char* name = handle->opened_path ? ZSTR_VAL(handle->opened_path) : ZSTR_VAL(handle->filename);
    std::string_view bytes(buf, len);
    LinkedImage* linked = nullptr;
    std::string error;
    try {
      linked = load_image_bytes(name, bytes);
    } catch (const image::VersionError& e) {
      error = fmt::format("{}: {}", name, e.what());
    } catch (const image::ImageError& e) {
      error = fmt::format("{}: invalid image: {}", name, e.what());
    }
    if (!linked) zend_error_noreturn(E_COMPILE_ERROR, "phpovm: %s", error.c_str());
    return run_linked(linked);
  }
  image::Image img;
  bool compiled = false;
  try {
    compiled = compile_file_to_image(handle, img);
  } catch (const CompileError& e) {
    report_compile_error(e);
  }
  if (!compiled) return nullptr;
  return link_source_image(img);
}

zend_op_array* compile_string_hook(zend_string* source, const char* filename, zend_compile_position position) {
  image::Image img;
  bool compiled = false;
  try {
    compiled = compile_string_to_image(source, filename, img);
  } catch (const CompileError& e) {
    report_compile_error(e);
  }
  if (!compiled) return nullptr;
  return link_source_image(img);
}

}  // namespace

bool looks_like_image(const char* data, size_t size) { return size >= 6 && memcmp(data, "<?phpo", 6) == 0; }

LinkedImage* load_image_bytes(const std::string& key, std::string_view bytes) {
  std::string cache_key = key + '\0' + std::to_string(bytes.size()) + '\0' + std::to_string(image::content_digest(bytes));
  auto it = image_cache().find(cache_key);
  if (it != image_cache().end()) return it->second;
  auto img = std::make_shared<image::Image>(image::parse_deferred(bytes));
  image::verify(*img);
  LinkedImage* linked = link_image(std::move(img), key);
  image_cache().emplace(cache_key, linked);
  return linked;
}

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

void release_linked_images() {
  for (auto& [key, linked] : image_cache()) unlink_image(linked);
  image_cache().clear();
  for (LinkedImage* linked : source_images()) unlink_image(linked);
  source_images().clear();
}

void install_executor_hooks() {
  if (getenv("PHPOVM_TRAP_ZEND_VM"))
    for (int op = 0; op <= ZEND_VM_LAST_OPCODE; op++) zend_set_user_opcode_handler(static_cast<zend_uchar>(op), trap_zend_vm);
  zend_execute_ex = execute;
  zend_compile_file = compile_file_hook;
  zend_compile_string = compile_string_hook;
}

}  // namespace phpovm
