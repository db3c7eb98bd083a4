// The compiled-source cache on disk, as opcache's file cache: the image of each source file phpovm
// compiles is kept in a directory (phpovm.cache_dir; by default $XDG_CACHE_HOME/phpovm or
// ~/.cache/phpovm) and run instead of compiling the file again while the file, the phpovm build
// and the settings that change compilation are the same. phpovm.cache=0 turns it off.
//
// An entry is found by its key: the file's real path, device, inode, size and modification time,
// the build (its GNU build id) and compile_settings_key(). It is written to a temporary file and
// renamed into place, so that racing processes see a whole entry or none; it is read whole, its
// key compared, and then checked as any image is, so a stale or corrupt entry is compiled again,
// never run. A file modified less than 2 seconds before is not cached (opcache's
// file_update_protection): a write still under way could otherwise be cached half done.
#pragma once
#include <sys/stat.h>

#include <string>
#include <string_view>

#include "loader/image.h"

namespace phpovm {

struct SourceCacheEntry {
  std::string key;   // as above; empty when the file cannot be cached
  std::string file;  // the entry's path in the cache directory
  struct stat st {};
};

// The entry for a source file of this real path and stat() (a regular file); false when the
// cache is off or the file is not one it keeps.
bool source_cache_entry(const std::string& real_path, const struct stat& st, SourceCacheEntry& out);
// The image bytes of the entry, if it is there and has the same key.
bool source_cache_read(const SourceCacheEntry& entry, image::FileBytes& out);
// Keeps image bytes as the entry (errors, such as a directory that cannot be written, only mean
// that nothing is kept).
void source_cache_write(const SourceCacheEntry& entry, std::string_view image_bytes);

}  // namespace phpovm
