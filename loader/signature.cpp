#include "loader/signature.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "loader/bundle.h"
#include "loader/image.h"

namespace phpovm::signature {
namespace {

constexpr char kMagic[8] = {'P', 'H', 'P', 'O', 'S', 'I', 'G', '1'};
constexpr std::string_view kSecretTag = "phpovm-ed25519-secret ";
constexpr std::string_view kPublicTag = "phpovm-ed25519-public ";

bool ready() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

bool read_key(const std::string& path, std::string_view tag, unsigned char* out, size_t size, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot read the key: " + strerror(errno);
    return false;
  }
  std::string line;
  std::getline(in, line);
  size_t used = 0;
  if (line.compare(0, tag.size(), tag) != 0 ||
      sodium_hex2bin(out, size, line.data() + tag.size(), line.size() - tag.size(), nullptr, &used, nullptr) != 0 ||
      used != size) {
    error = path + ": not a phpovm " + std::string(tag.substr(15, tag.size() - 16)) + " key";
    return false;
  }
  return true;
}

bool write_key(const std::string& path, std::string_view tag, const unsigned char* key, size_t size, mode_t mode,
               std::string& error) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), key, size);
  hex.pop_back();
  std::string text = std::string(tag) + hex + "\n";
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    error = path + ": " + strerror(errno) + (errno == EEXIST ? " (a key is never overwritten)" : "");
    return false;
  }
  bool ok = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ok = close(fd) == 0 && ok;
  if (!ok) error = path + ": cannot write the key";
  return ok;
}

}  // namespace

uint64_t declared_size(std::string_view bytes) {
  uint64_t size = 0;
  if (bundle::starts_like_bundle(bytes)) {
    if (bytes.size() >= 56) memcpy(&size, bytes.data() + 48, 8);
  } else if (bytes.size() >= 48) {
    memcpy(&size, bytes.data() + 40, 8);
  }
  return size;
}

bool split(std::string_view bytes, uint64_t declared, Signed& out) {
  if (bytes.size() == declared) {
    out = {bytes, {}};
    return true;
  }
  if (declared > bytes.size() || bytes.size() - declared != kBlockSize ||
      memcmp(bytes.data() + declared, kMagic, sizeof kMagic) != 0)
    return false;
  out = {bytes.substr(0, declared), bytes.substr(declared)};
  return true;
}

std::string sign(std::string_view content, const SecretKey& secret) {
  ready();
  std::string block(kMagic, sizeof kMagic);
  block.append(reinterpret_cast<const char*>(secret.data()) + 32, 32);  // libsodium keeps the public key there
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                       secret.data());
  block.append(reinterpret_cast<const char*>(sig), sizeof sig);
  return block;
}

PublicKey signer(std::string_view block) {
  PublicKey key{};
  if (block.size() == kBlockSize) memcpy(key.data(), block.data() + 8, 32);
  return key;
}

bool verify(std::string_view content, std::string_view block) {
  if (block.size() != kBlockSize || !ready()) return false;
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(block.data()) + 40,
                                     reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                                     reinterpret_cast<const unsigned char*>(block.data()) + 8) == 0;
}

bool generate_key_pair(const std::string& name, std::string& error) {
  if (!ready()) {
    error = "libsodium cannot start";
    return false;
  }
  PublicKey pk;
  SecretKey sk;
  crypto_sign_keypair(pk.data(), sk.data());
  bool ok = write_key(name, kSecretTag, sk.data(), sk.size(), 0600, error) &&
            write_key(name + ".pub", kPublicTag, pk.data(), pk.size(), 0644, error);
  sodium_memzero(sk.data(), sk.size());
  return ok;
}

bool read_secret_key(const std::string& path, SecretKey& out, std::string& error) {
  return read_key(path, kSecretTag, out.data(), out.size(), error);
}

bool read_public_key(const std::string& path, PublicKey& out, std::string& error) {
  return read_key(path, kPublicTag, out.data(), out.size(), error);
}

}  // namespace phpovm::signature
