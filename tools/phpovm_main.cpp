// The phpovm command: a thin client of phpovm::Engine (include/phpovm/engine.h).
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <iostream>

#include "include/phpovm/engine.h"
#include "loader/opcode_coverage.h"
#include "loader/signature.h"
#include "runtime/cli_options.h"
#include "runtime/cli_run.h"
#include "runtime/bundle_build.h"
#include "runtime/source_tree.h"
#include "runtime/tree_compile.h"

namespace {

int fail(const std::string& message) {
  fprintf(stderr, "phpovm: %s\n", message.c_str());
  return 1;
}

}  // namespace

// Runs what the command line asks for once it is parsed.
int run_mode(phpovm::CliOptions& opt, int argc, char** argv) {
  std::string error;
  switch (opt.mode) {
    case phpovm::CliOptions::Mode::Help:
      fmt::print("{}", phpovm::cli_usage(argv[0]));
      return 0;
    case phpovm::CliOptions::Mode::Compile: {
      phpovm::Engine engine(opt.engine);
      std::error_code ec;
      if (std::filesystem::is_directory(opt.file, ec))
        return phpovm::compile_tree(engine, opt.file, opt.output, opt.strip_doc_comments, opt.sign_key);
      phpovm::signature::SecretKey key;
      if (!opt.sign_key.empty() && !phpovm::signature::read_secret_key(opt.sign_key, key, error)) return fail(error);
      std::string bytes;
      if (!engine.compile(opt.file, bytes, error, opt.strip_doc_comments)) return error.empty() ? 255 : fail(error);
      if (!opt.sign_key.empty()) bytes += phpovm::signature::sign(bytes, key);
      std::ofstream out(opt.output, std::ios::binary | std::ios::trunc);
      if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        return fail(fmt::format("{}: cannot write the image", opt.output));
      return 0;
    }
    case phpovm::CliOptions::Mode::Bundle: {
      phpovm::Engine engine(opt.engine);
      phpovm::BundleOptions bundle{opt.file, opt.args, opt.output, opt.executable, opt.strip_doc_comments, opt.sign_key};
      return phpovm::build_bundle(engine, bundle);
    }
    case phpovm::CliOptions::Mode::Keygen:
      if (!phpovm::signature::generate_key_pair(opt.file, error)) return fail(error);
      return 0;
    case phpovm::CliOptions::Mode::Dump: {
      std::string bytes;
      if (!phpovm::read_whole(opt.file, bytes)) return fail(fmt::format("{}: cannot read the file", opt.file));
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
    default:
      return phpovm::run_cli(opt, argc, argv);
  }
  return 0;
}

int main(int argc, char** argv) {
  phpovm::CliOptions opt;
  // An application made by `phpovm bundle --executable`: every argument is the application's.
  if (phpovm::find_executable_bundle(opt.bundle_path, opt.bundle_offset, opt.bundle_length)) {
    opt.file = argv[0];
    for (int i = 1; i < argc; i++) opt.args.emplace_back(argv[i]);
    return phpovm::run_cli(opt, 1, argv);
  }
  phpovm::CliError bad;
  if (!phpovm::parse_cli(argc, argv, opt, bad)) {
    // A conflict of modes is reported once libphp has started, as php-cli reports it.
    if (bad.kind == phpovm::CliError::Kind::Conflict) return phpovm::run_cli(opt, argc, argv, &bad);
    if (bad.kind == phpovm::CliError::Kind::Usage) {  // as php-cli: getopt's complaint, then the usage
      fmt::print(stderr, "{}", bad.message);
      fflush(stderr);
      fmt::print("{}", phpovm::cli_usage(argv[0]));
    } else {
      fmt::print(stderr, "phpovm: {}\n", bad.message);
    }
    return 1;
  }
  try {
    return run_mode(opt, argc, argv);
  } catch (const std::runtime_error&) {
    return 1;  // libphp could not start, and has said why (php-cli's exit status then)
  }
}
