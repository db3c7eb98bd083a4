#include "runtime/trust.h"

#include <algorithm>
#include <vector>

#include "loader/image.h"
#include "loader/signature.h"
#include "vm/zend_headers.h"

extern "C" {
#include "php_ini.h"
}

namespace phpovm {
namespace {

struct TrustedKeys {
  bool required = false;
  std::vector<signature::PublicKey> keys;
  std::string error;  // a key that cannot be read: then nothing runs
};

const TrustedKeys& trusted_keys() {
  static const TrustedKeys trusted = [] {
    TrustedKeys t;
    zval* v = cfg_get_entry(ZEND_STRL("phpovm.trusted_keys"));
    if (!v || Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) return t;
    t.required = true;
    std::string_view list(Z_STRVAL_P(v), Z_STRLEN_P(v));
    for (size_t at = 0; at <= list.size();) {
      size_t end = std::min(list.find(':', at), list.size());
      std::string path(list.substr(at, end - at));
      at = end + 1;
      if (path.empty()) continue;
      signature::PublicKey key;
      std::string error;
      if (!signature::read_public_key(path, key, error)) {
        t.error = "phpovm.trusted_keys: " + error;
        continue;
      }
      t.keys.push_back(key);
    }
    if (t.keys.empty() && t.error.empty()) t.error = "phpovm.trusted_keys names no key";
    return t;
  }();
  return trusted;
}

}  // namespace

bool signatures_required() { return trusted_keys().required; }

std::string signature_problem(std::string_view bytes) {
  const TrustedKeys& trusted = trusted_keys();
  if (!trusted.required) return {};
  if (!trusted.error.empty()) return trusted.error;
  bytes.remove_prefix(image::launcher_line_length(bytes));
  signature::Signed parts;
  if (!signature::split(bytes, signature::declared_size(bytes), parts)) return "invalid signature block";
  if (parts.block.empty()) return "not signed, and phpovm.trusted_keys requires a signature";
  signature::PublicKey signer = signature::signer(parts.block);
  if (std::find(trusted.keys.begin(), trusted.keys.end(), signer) == trusted.keys.end())
    return "signed by a key that phpovm.trusted_keys does not name";
  if (!signature::verify(parts.content, parts.block)) return "the signature does not match: changed after signing";
  return {};
}

std::string source_refused() { return "PHP source, and phpovm.trusted_keys allows only signed images and bundles"; }

}  // namespace phpovm
