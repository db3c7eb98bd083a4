// The command line: phpovm's subcommands and php-cli's own options.
#pragma once
#include <string>
#include <vector>

#include "include/phpovm/engine.h"

namespace phpovm {

struct CliOptions {
  enum class Mode { Run, RunCode, Compile, Dump, Coverage, Version, Help } mode = Mode::Run;
  EngineOptions engine;
  std::string file;                // script or image to run, compile or dump
  std::string output;              // compile -o
  std::string code;                // -r
  std::vector<std::string> args;   // $argv[1..]; coverage: the programs
  std::string reasons;             // coverage --reasons
  bool per_opcode = false;         // coverage --per-opcode
  bool strip_doc_comments = false; // compile --strip-doc-comments
};

// Returns false with a one-line message in error for a bad command line.
bool parse_cli(int argc, char** argv, CliOptions& out, std::string& error);
const char* cli_usage();

}  // namespace phpovm
