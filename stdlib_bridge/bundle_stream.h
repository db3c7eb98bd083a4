// Bundles mounted in this process, and the phpovm:// stream wrapper that serves their files to
// PHP code, as phar:// serves a phar's: include and require, Composer's class loader, fopen,
// file_get_contents, file_exists, is_file, opendir, glob, parse_ini_file. A bundle's file that
// was /app/src/A.php when it was bundled is phpovm:///path/of/app.phpo/app/src/A.php.
// Bundles are read-only: writes, unlink, rename, mkdir and touch fail with a warning.
#pragma once
#include <string>
#include <string_view>

#include "loader/image.h"
#include "loader/relocation.h"
#include "vm/zend_headers.h"

namespace phpovm {

struct MountedBundle;

// Installs phpovm's glob(), realpath() and include path resolution for bundle paths (once, after
// libphp has started); the wrapper itself is registered when the first bundle is mounted.
void install_bundle_wrapper();

// Whether the file at path is a bundle (only its first bytes are read, and only of a regular
// file: a pipe's bytes, once read, are gone).
bool is_bundle_file(const std::string& path);

// Maps the bundle in the file at `path` (`length` bytes from byte `offset`, 0 for the rest of
// the file: an executable's bundle follows the program) and checks its header and table.
// Returns null with a one-line reason in `error` (the caller adds the path). A bundle stays
// mounted for the process.
const MountedBundle* mount_bundle(const std::string& path, uint64_t offset, uint64_t length, std::string& error);
// The URL of its entry script.
std::string bundle_entry_url(const MountedBundle& bundle);

// Where an image loaded from a bundle's URL is placed: at that URL, with every tree of the bundle
// moved under it. False when url is not in a mounted bundle.
bool bundle_placement(std::string_view url, Placement& out);
// The bytes of the bundle file that a handle opened by the wrapper reads, borrowed from the
// bundle's mapping (no copy); false for any other handle. A bad checksum is an ImageError.
bool bundle_handle_bytes(zend_file_handle* handle, image::FileBytes& out);

}  // namespace phpovm
