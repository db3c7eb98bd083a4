// The phpovm command's php-cli modes (runtime/cli_options.h): running a script, a file from
// standard input, -r/-B/-R/-F/-E code, the shell, lint, highlighting, stripping and the reports
// (-i, -m, -v, --ini, --rf/--rc/--re/--rz/--ri), each as php-cli does it.
#pragma once
#include "runtime/cli_options.h"

namespace phpovm {

// Starts libphp for opt and runs its mode; returns the process's exit status. argv is the
// process's own (-H clears it, as php-cli does). conflict: the command line's modes conflict
// (parse_cli()), which is reported once libphp has started.
int run_cli(CliOptions& opt, int argc, char** argv, const CliError* conflict = nullptr);

}  // namespace phpovm
