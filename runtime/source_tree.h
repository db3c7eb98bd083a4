// The files of an application's tree, as `phpovm compile DIR` and `phpovm bundle` see them.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace phpovm {

// Visits every entry under root (directories before what they hold, names in byte order; links
// are visited, not followed), leaving out the directory `skip` (the output of a compile into
// the tree itself). `rel` is the entry's path relative to root. Throws
// std::filesystem::filesystem_error for a tree it cannot read.
void walk_tree(const std::filesystem::path& root, const std::filesystem::path& skip,
               const std::function<void(const std::filesystem::directory_entry& entry, const std::string& rel)>& visit);

// Whether a file is PHP source to compile, by its name and its bytes: a `.php` file, or a script
// whose "#!" line names php with `<?php` on the next line (a Composer `vendor/bin` stub, a tool
// without an extension), unless it reads its own bytes after __halt_compiler() (a phar, an
// installer with a payload), which must stay source to run. Anything else is data, copied as it
// is.
bool is_php_source(std::string_view name, std::string_view content);

// The launcher line phpovm writes before an image compiled from a "#!" script and before a
// bundle, so that they run as programs.
constexpr std::string_view kPhpovmLauncher = "#!/usr/bin/env phpovm\n";

// Whether a "#!" line starts the source (the compiled image then starts with phpovm's).
bool has_launcher_line(std::string_view head);

// The whole of a file; false when it cannot be read.
bool read_whole(const std::filesystem::path& path, std::string& out);

// Writes bytes beside target and renames them over it: a process running the old file keeps it
// (images are mapped), and nothing ever sees half a file. Throws std::filesystem::filesystem_error.
void write_atomically(const std::filesystem::path& target, std::string_view bytes, std::filesystem::perms perms);

}  // namespace phpovm
