// Translates libphp's optimised op arrays into phpovm functions of an Image.
#pragma once
#include "loader/image.h"

typedef struct _zend_script zend_script;

namespace phpovm {
// Throws CompileError (front_end.h) naming the Zend opcode, file and line of anything it cannot
// translate; never produces a partial image.
struct TranslateOptions {
  bool strip_doc_comments = false;  // leave doc comments out of the image (Reflection sees none)
};
void translate_script(zend_script& script, image::Image& out, const TranslateOptions& options = {});
}
