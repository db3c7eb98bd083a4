// The phpovm command: a thin client of phpovm::Engine (include/phpovm/engine.h).
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <iostream>
#include <sstream>

#include "include/phpovm/engine.h"
#include "loader/opcode_coverage.h"
#include "runtime/cli_options.h"

extern "C" {
#include "php_version.h"
}
#ifdef PHPOVM_JIT
#include "jit/jit.h"
#endif

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

int fail(const std::string& message) {
  fprintf(stderr, "phpovm: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  phpovm::CliOptions opt;
  std::string error;
  if (!phpovm::parse_cli(argc, argv, opt, error)) {
    fmt::print(stderr, "phpovm: {}\n", error);
    return 1;
  }
  opt.engine.executable = argv[0];  // PHP_BINARY: phpovm runs scripts as php-cli does
  switch (opt.mode) {
    case phpovm::CliOptions::Mode::Help:
      fmt::print("{}", phpovm::cli_usage());
      return 0;
    case phpovm::CliOptions::Mode::Version:
      fmt::print("phpovm {} (runs PHP {}, image format {})\n", PHPOVM_VERSION, PHP_VERSION,
                 phpovm::Engine::image_format_version());
#ifdef PHPOVM_JIT
      fmt::print("JIT: built, with {} (on; -d phpovm.jit=0 switches it off)\n", phpovm::jit::backend_version());
#else
      fmt::print("JIT: not built (configure with -DPHPOVM_JIT=ON)\n");
#endif
      return 0;
    case phpovm::CliOptions::Mode::Compile: {
      phpovm::Engine engine(opt.engine);
      std::string bytes;
      if (!engine.compile(opt.file, bytes, error, opt.strip_doc_comments)) return error.empty() ? 255 : fail(error);
      std::ofstream out(opt.output, std::ios::binary | std::ios::trunc);
      if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        return fail(fmt::format("{}: cannot write the image", opt.output));
      return 0;
    }
    case phpovm::CliOptions::Mode::Dump: {
      std::string bytes;
      if (!read_file(opt.file, bytes)) return fail(fmt::format("{}: cannot read the file", opt.file));
      if (!phpovm::Engine::is_image(bytes)) {
        phpovm::Engine engine(opt.engine);
        if (!engine.compile(opt.file, bytes, error)) return error.empty() ? 255 : fail(error);
      }
      std::string listing;
      if (!phpovm::Engine::disassemble(opt.file, bytes, listing, error)) return fail(error);
      fmt::print("{}", listing);
      return 0;
    }
    case phpovm::CliOptions::Mode::Coverage: {
      // Reasons file: "ZEND_NAME  why it cannot be emitted for user code" per line, # comments.
      std::map<std::string, std::string> reasons;
      if (!opt.reasons.empty()) {
        std::ifstream in(opt.reasons);
        if (!in) return fail(fmt::format("{}: cannot read the file", opt.reasons));
        for (std::string line; std::getline(in, line);) {
          if (line.empty() || line[0] == '#') continue;
          auto sp = line.find_first_of(" \t");
          if (sp == std::string::npos) continue;
          reasons[line.substr(0, sp)] = line.substr(line.find_first_not_of(" \t", sp));
        }
      }
      opt.engine.no_ini_files = true;
      opt.engine.ini.emplace_back("display_errors", "0");
      opt.engine.ini.emplace_back("log_errors", "0");
      phpovm::Engine engine(opt.engine);
      phpovm::OpcodeCoverage coverage;
      engine.count_coverage(opt.args, coverage);
      fmt::print("{}", coverage.report(reasons, opt.per_opcode));
      return 0;
    }
    case phpovm::CliOptions::Mode::RunCode: {
      opt.engine.process_ends_with_engine = true;
      phpovm::Engine engine(opt.engine);
      std::vector<std::string> args{"Standard input code"};
      args.insert(args.end(), opt.args.begin(), opt.args.end());
      return engine.run_code(opt.code, args);
    }
    case phpovm::CliOptions::Mode::Run: {
      std::string bytes;
      if (!read_file(opt.file, bytes)) {
        fmt::print("Could not open input file: {}\n", opt.file);  // on stdout, as php-cli prints it
        return 1;
      }
      // A .phpo file is an image: one that does not look like one is refused, not run as PHP.
      bool named_image = opt.file.size() > 5 && opt.file.compare(opt.file.size() - 5, 5, ".phpo") == 0;
      if (named_image || phpovm::Engine::is_image(bytes)) {
        error = phpovm::Engine::check_image(opt.file, bytes);
        if (!error.empty()) return fail(error);
      }
      opt.engine.process_ends_with_engine = true;
      phpovm::Engine engine(opt.engine);
      std::vector<std::string> args{opt.file};
      args.insert(args.end(), opt.args.begin(), opt.args.end());
      return engine.run_file(opt.file, bytes, args);  // read once: the file may be a pipe
    }
  }
  return 0;
}
