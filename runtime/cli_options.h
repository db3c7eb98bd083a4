// The command line: phpovm's subcommands and php-cli's own options, read as php-cli reads them
// (clustered flags "-nr", "-dkey=value", long names "--define", "--" ending the options).
#pragma once
#include <string>
#include <vector>

#include "include/phpovm/engine.h"

namespace phpovm {

struct CliOptions {
  enum class Mode {
    Run,           // a script or image; file empty: read from standard input
    RunCode,       // -r
    ProcessLines,  // -B / -R / -F / -E: code run for each line of standard input
    Interactive,   // -a
    Lint,          // -l
    Highlight,     // -s
    Strip,         // -w
    Info,          // -i
    Modules,       // -m
    Version,       // -v
    ShowIni,       // --ini
    Reflect,       // --rf --rc --re --rz: Reflection's text for a name
    ExtensionIni,  // --ri
    Help,          // -h
    Compile,       // phpovm compile
    Dump,          // phpovm dump
    Coverage,      // phpovm coverage
    Bundle,        // phpovm bundle
    Keygen,        // phpovm keygen
  } mode = Mode::Run;
  enum class Reflection { Function, Class, Extension, ZendExtension } reflection = Reflection::Function;
  EngineOptions engine;
  std::string file;                // script or image (-f, or the first argument); -F's file
  std::string output;              // compile -o
  std::string code;                // -r, -R
  std::string begin_code;          // -B
  std::string end_code;            // -E
  std::string name;                // --rf/--rc/--re/--rz/--ri
  std::vector<std::string> zend_extensions;  // -z
  bool hide_args = false;          // -H
  bool asked_for_shell = false;    // -a was given
  std::vector<std::string> args;   // $argv[1..]; coverage: the programs
  std::string reasons;             // coverage --reasons
  bool per_opcode = false;         // coverage --per-opcode
  bool strip_doc_comments = false; // compile and bundle --strip-doc-comments
  bool executable = false;         // bundle --executable
  std::string sign_key;            // compile and bundle --sign NAME: the secret key's file
  // An executable's own bundle (runtime/bundle_build.h): the program's path, and where in it.
  std::string bundle_path;
  uint64_t bundle_offset = 0, bundle_length = 0;
};

// A refused command line, printed as php-cli prints it: getopt's complaint on stderr followed by
// the usage on stdout (Usage), or a conflict of modes on stdout (Conflict); phpovm's own
// subcommands print "phpovm: MESSAGE" on stderr (Phpovm). The exit status is 1.
struct CliError {
  enum class Kind { Usage, Conflict, Phpovm } kind = Kind::Phpovm;
  std::string message;  // Usage and Conflict: with its newline
};

// False with error set for a bad command line. shell_available: whether -a can run (the readline
// extension is loaded, which is known only once libphp has started: a Conflict error is therefore
// reported after starting it, by run_cli(), as php-cli does).
bool parse_cli(int argc, char** argv, CliOptions& out, CliError& error, bool shell_available = true);
// php-cli's usage text, naming the program as invoked (argv[0]'s base name), with phpovm's
// subcommands.
std::string cli_usage(const char* argv0);

}  // namespace phpovm
