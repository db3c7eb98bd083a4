// Ed25519 signatures of images and bundles (libsodium), and their key files. A signed image or
// bundle is followed by a block: "PHPOSIG1", the signer's 32-byte public key, and the 64-byte
// signature of everything from "<?phpo" to the end of the image or bundle (spec/phpo-format.md,
// "Signatures"). What a signature protects, and what it does not, is written there.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace phpovm::signature {

constexpr size_t kBlockSize = 8 + 32 + 64;
using PublicKey = std::array<unsigned char, 32>;
using SecretKey = std::array<unsigned char, 64>;

// An image's or a bundle's bytes (after any launcher line), split into what is signed and the
// signature block after it.
struct Signed {
  std::string_view content;   // the image or bundle, as its header's size says
  std::string_view block;     // empty when there is none
};
// Splits bytes whose header declares `declared_size`; false when what follows that size is not
// exactly one signature block (or nothing).
bool split(std::string_view bytes, uint64_t declared_size, Signed& out);
// The total size an image's or a bundle's header declares (0 when the bytes are too short).
uint64_t declared_size(std::string_view bytes);

// The block that signs content with a key pair.
std::string sign(std::string_view content, const SecretKey& secret);
// The signer's key named in a block.
PublicKey signer(std::string_view block);
// Whether the block's signature is the signer's signature of content.
bool verify(std::string_view content, std::string_view block);

// Key files: NAME holds "phpovm-ed25519-secret HEX" (mode 0600), NAME.pub
// "phpovm-ed25519-public HEX". Each returns false with a one-line reason.
bool generate_key_pair(const std::string& name, std::string& error);
bool read_secret_key(const std::string& path, SecretKey& out, std::string& error);
bool read_public_key(const std::string& path, PublicKey& out, std::string& error);

}  // namespace phpovm::signature
