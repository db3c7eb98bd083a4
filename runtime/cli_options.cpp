#include "runtime/cli_options.h"

#include <cctype>
#include <cstring>

namespace phpovm {
namespace {

// -d key=value as php-cli reads it: a value that starts with something other than a letter, a
// digit or a quote is taken literally (quoted), not as an ini expression ("~E_DEPRECATED",
// "&amp;"); -d key alone sets it to 1.
void add_ini_setting(EngineOptions& engine, const std::string& setting) {
  auto eq = setting.find('=');
  if (eq == std::string::npos) {
    engine.ini.emplace_back(setting, "1");
    return;
  }
  std::string value = setting.substr(eq + 1);
  unsigned char first = value.empty() ? 0 : static_cast<unsigned char>(value[0]);
  if (first && !isalnum(first) && first != '"' && first != '\'') value = "\"" + value + "\"";
  engine.ini.emplace_back(setting.substr(0, eq), value);
}

}  // namespace

const char* cli_usage() {
  return "Usage: phpovm [options] [-f] <file.php|file.phpo> [--] [args...]\n"
         "       phpovm [options] -r <code> [--] [args...]\n"
         "       phpovm compile [--strip-doc-comments] <file.php> -o <file.phpo>\n"
         "       phpovm dump <file.phpo|file.php>\n"
         "       phpovm coverage [--reasons FILE] [--per-opcode] <file.php>...\n"
         "       phpovm --version | -h\n"
         "\n"
         "  -d key=value  Set an ini entry (also -d extension=name)\n"
         "  -n            Use no php.ini and no scan directory\n"
         "  -c path       Look for php.ini in this file or directory\n"
         "  -f file       Run file\n"
         "  -r code       Run PHP code (without <?php)\n"
         "  -q            Quiet mode (accepted for php-cli compatibility)\n"
         "  -v, --version Print phpovm's version, the PHP version it runs and the image format version\n"
         "  -h, --help    This help\n";
}

bool parse_cli(int argc, char** argv, CliOptions& out, std::string& error) {
  int i = 1;
  if (argc >= 2 && !strcmp(argv[1], "coverage")) {
    out.mode = CliOptions::Mode::Coverage;
    for (i = 2; i < argc; i++) {
      if (!strcmp(argv[i], "--reasons")) {
        if (i + 1 >= argc) { error = "--reasons needs a file"; return false; }
        out.reasons = argv[++i];
      } else if (!strcmp(argv[i], "--per-opcode")) {
        out.per_opcode = true;
      } else {
        out.args.emplace_back(argv[i]);
      }
    }
    if (out.args.empty()) { error = "coverage needs programs"; return false; }
    return true;
  }
  if (argc >= 2 && (!strcmp(argv[1], "compile") || !strcmp(argv[1], "dump"))) {
    bool compile = !strcmp(argv[1], "compile");
    out.mode = compile ? CliOptions::Mode::Compile : CliOptions::Mode::Dump;
    for (i = 2; i < argc; i++) {
      if (compile && !strcmp(argv[i], "--strip-doc-comments")) {
        out.strip_doc_comments = true;
      } else if (compile && !strcmp(argv[i], "-o")) {
        if (i + 1 >= argc) { error = "-o needs a file name"; return false; }
        out.output = argv[++i];
      } else if (!strcmp(argv[i], "-d") || !strcmp(argv[i], "-c")) {
        if (i + 1 >= argc) { error = std::string(argv[i]) + " needs an argument"; return false; }
        std::string v = argv[++i];
        if (argv[i - 1][1] == 'c') { out.engine.ini_path = v; continue; }
        add_ini_setting(out.engine, v);
      } else if (!strcmp(argv[i], "-n")) {
        out.engine.no_ini_files = true;
      } else if (argv[i][0] == '-' && argv[i][1]) {
        error = std::string("unknown option for ") + argv[1] + ": " + argv[i];
        return false;
      } else if (out.file.empty()) {
        out.file = argv[i];
      } else {
        error = std::string("unexpected argument: ") + argv[i];
        return false;
      }
    }
    if (out.file.empty()) { error = std::string(argv[1]) + " needs a file"; return false; }
    if (compile && out.output.empty()) { error = "compile needs -o <file.phpo>"; return false; }
    return true;
  }
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (!strcmp(a, "--")) { i++; break; }
    if (a[0] != '-' || !a[1]) break;
    if (!strcmp(a, "-h") || !strcmp(a, "--help") || !strcmp(a, "-?")) {
      out.mode = CliOptions::Mode::Help;
      return true;
    }
    if (!strcmp(a, "-v") || !strcmp(a, "--version")) { out.mode = CliOptions::Mode::Version; return true; }
    if (!strcmp(a, "-n")) { out.engine.no_ini_files = true; continue; }
    if (!strcmp(a, "-q")) continue;
    // Options with a value, given as "-d x=y" or "-dx=y".
    if (a[1] == 'd' || a[1] == 'c' || a[1] == 'r' || a[1] == 'f') {
      std::string v;
      if (a[2]) v = a + 2;
      else if (i + 1 < argc) v = argv[++i];
      else { error = std::string("option ") + a + " needs an argument"; return false; }
      switch (a[1]) {
        case 'd': add_ini_setting(out.engine, v); break;
        case 'c': out.engine.ini_path = v; break;
        case 'r': out.mode = CliOptions::Mode::RunCode; out.code = v; break;
        case 'f': out.file = v; i++; goto rest;
      }
      continue;
    }
    error = std::string("unknown option: ") + a;
    return false;
  }
  if (out.mode == CliOptions::Mode::Run) {
    if (i >= argc) { error = "no input file (see phpovm -h)"; return false; }
    out.file = argv[i++];
  }
rest:
  if (i < argc && !strcmp(argv[i], "--")) i++;
  for (; i < argc; i++) out.args.emplace_back(argv[i]);
  return true;
}

}  // namespace phpovm
