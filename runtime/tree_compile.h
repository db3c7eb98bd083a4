// `phpovm compile SRC_DIR -o OUT_DIR`: a tree of sources becomes a tree of images.
#pragma once
#include <string>

namespace phpovm {

class Engine;

// Compiles every PHP file under src (runtime/source_tree.h) into an image at the same relative
// path under out, under the same name, and copies every other file, link and directory, with
// their permissions. A file that does not compile is reported on stderr and copied as source,
// so that loading it fails as it would under php-cli, when it would. Returns the exit status:
// 0, or 1 (with a one-line message) when the trees cannot be read or written. With a secret key's
// file (`sign_key`), every image is signed (loader/signature.h).
int compile_tree(Engine& engine, const std::string& src, const std::string& out, bool strip_doc_comments,
                 const std::string& sign_key);

}  // namespace phpovm
