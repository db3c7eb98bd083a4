#include "runtime/cli_options.h"

#include <cctype>
#include <cstring>

#include <fmt/format.h>

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

// php-cli's options: the letter (or a code above 'z' for long-only ones), whether it takes a
// value, and its long name.
enum : int { kRf = 256, kRc, kRe, kRz, kRi, kIni };
struct Option {
  int code;
  bool value;
  const char* name;
};
constexpr Option kOptions[] = {
    {'a', false, "interactive"},   {'B', true, "process-begin"},  {'C', false, "no-chdir"},
    {'c', true, "php-ini"},        {'d', true, "define"},         {'E', true, "process-end"},
    {'e', false, "profile-info"},  {'F', true, "process-file"},   {'f', true, "file"},
    {'h', false, "help"},          {'i', false, "info"},          {'l', false, "syntax-check"},
    {'m', false, "modules"},       {'n', false, "no-php-ini"},    {'q', false, "no-header"},
    {'R', true, "process-code"},   {'H', false, "hide-args"},     {'r', true, "run"},
    {'s', false, "syntax-highlight"}, {'s', false, "syntax-highlighting"},
    {'S', true, "server"},         {'t', true, "docroot"},        {'w', false, "strip"},
    {'?', false, "usage"},         {'v', false, "version"},       {'z', true, "zend-extension"},
    {kRf, true, "rf"},  {kRf, true, "rfunction"},  {kRc, true, "rc"},  {kRc, true, "rclass"},
    {kRe, true, "re"},  {kRe, true, "rextension"}, {kRz, true, "rz"},  {kRz, true, "rzendextension"},
    {kRi, true, "ri"},  {kRi, true, "rextinfo"},   {kIni, false, "ini"},
};

// Reads options one at a time as php-cli's getopt does: "-abc" is -a -b -c, a value follows its
// letter ("-dx=1", "-d=x=1") or is the next argument, "--name[=value]" is a long option, and
// "--", "-" or an argument without a dash ends the options.
class OptionReader {
 public:
  OptionReader(int argc, char** argv) : argc_(argc), argv_(argv) {}
  int index() const { return index_; }
  // The next option's code, 0 at the end of the options (index() is then the first argument
  // left), -1 after an error (in error).
  int next(std::string& value, std::string& error) {
    if (index_ >= argc_) return 0;
    const char* a = argv_[index_];
    if (pos_ == 0) {
      if (a[0] != '-' || !a[1]) return 0;
      if (a[1] == '-') return next_long(a, value, error);
      pos_ = 1;
    }
    char c = a[pos_];
    last_letter_ = pos_;
    if (c == ':') {
      error = fmt::format("Error in argument {}, char {}: : in flags\n", index_, pos_ + 1);
      return -1;
    }
    const Option* option = nullptr;
    for (auto& o : kOptions)
      if (o.code == static_cast<unsigned char>(c)) { option = &o; break; }
    if (!option) {
      error = fmt::format("Error in argument {}, char {}: option not found {}\n", index_, pos_ + 1, c);
      return -1;
    }
    if (!option->value) {
      if (a[++pos_] == 0) { index_++; pos_ = 0; }
      return option->code;
    }
    const char* rest = a + pos_ + 1;
    int at = index_, at_char = pos_;
    pos_ = 0;
    index_++;
    if (*rest) {
      value = *rest == '=' ? rest + 1 : rest;
      return option->code;
    }
    if (index_ >= argc_) {
      error = fmt::format("Error in argument {}, char {}: no argument for option {}\n", at, at_char + 1, c);
      return -1;
    }
    value = argv_[index_++];
    return option->code;
  }

 private:
  int next_long(const char* a, std::string& value, std::string& error) {
    int at = index_++;
    if (!a[2]) return 0;  // "--": the end of the options
    std::string name = a + 2;
    std::string inline_value;
    bool has_inline = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
      has_inline = true;
    }
    for (auto& o : kOptions) {
      if (name != o.name) continue;
      last_letter_ = 0;
      if (!o.value) return o.code;
      if (has_inline) { value = inline_value; return o.code; }
      if (index_ < argc_) { value = argv_[index_++]; return o.code; }
      break;
    }
    // php-cli's getopt reports an unknown long option, or a missing value, this way, at the
    // position of the last letter it read in a cluster before (its state is not reset).
    error = fmt::format("Error in argument {}, char {}: no argument for option -\n", at, last_letter_ + 1);
    return -1;
  }

  int argc_;
  char** argv_;
  int index_ = 1;
  int pos_ = 0;  // inside a cluster of letters: the next one's position
  int last_letter_ = 0;
};

bool parse_subcommand(int argc, char** argv, CliOptions& out, CliError& error) {
  error.kind = CliError::Kind::Phpovm;
  if (!strcmp(argv[1], "coverage")) {
    out.mode = CliOptions::Mode::Coverage;
    for (int i = 2; i < argc; i++) {
      if (!strcmp(argv[i], "--reasons")) {
        if (i + 1 >= argc) { error.message = "--reasons needs a file"; return false; }
        out.reasons = argv[++i];
      } else if (!strcmp(argv[i], "--per-opcode")) {
        out.per_opcode = true;
      } else {
        out.args.emplace_back(argv[i]);
      }
    }
    if (out.args.empty()) { error.message = "coverage needs programs"; return false; }
    return true;
  }
  if (!strcmp(argv[1], "keygen")) {
    out.mode = CliOptions::Mode::Keygen;
    if (argc != 3 || argv[2][0] == '-') { error.message = "usage: keygen NAME (writes NAME and NAME.pub)"; return false; }
    out.file = argv[2];
    return true;
  }
  // compile, bundle and dump: their options, then a file (bundle: an entry script, then
  // directories).
  const bool bundle = !strcmp(argv[1], "bundle"), compile = !strcmp(argv[1], "compile");
  const bool writes = bundle || compile;
  out.mode = bundle ? CliOptions::Mode::Bundle : compile ? CliOptions::Mode::Compile : CliOptions::Mode::Dump;
  for (int i = 2; i < argc; i++) {
    const char* a = argv[i];
    auto value = [&](const char* what) -> const char* {
      if (i + 1 < argc) return argv[++i];
      error.message = std::string(a) + " needs " + what;
      return nullptr;
    };
    if (writes && !strcmp(a, "--strip-doc-comments")) {
      out.strip_doc_comments = true;
    } else if (bundle && !strcmp(a, "--executable")) {
      out.executable = true;
    } else if (writes && (!strcmp(a, "--sign") || !strcmp(a, "-o"))) {
      const char* v = value(a[1] == 'o' ? "a file name" : "a key");
      if (!v) return false;
      (a[1] == 'o' ? out.output : out.sign_key) = v;
    } else if (!strcmp(a, "-d") || !strcmp(a, "-c")) {
      const char* v = value("an argument");
      if (!v) return false;
      if (a[1] == 'c') out.engine.ini_path = v;
      else add_ini_setting(out.engine, v);
    } else if (!strcmp(a, "-n")) {
      out.engine.no_ini_files = true;
    } else if (a[0] == '-' && a[1]) {
      error.message = std::string("unknown option for ") + argv[1] + ": " + a;
      return false;
    } else if (out.file.empty()) {
      out.file = a;
    } else if (bundle) {
      out.args.emplace_back(a);
    } else {
      error.message = std::string("unexpected argument: ") + a;
      return false;
    }
  }
  if (bundle && out.file.empty()) { error.message = "bundle needs an entry script"; return false; }
  if (out.file.empty()) { error.message = std::string(argv[1]) + " needs a file"; return false; }
  if (compile && out.output.empty()) { error.message = "compile needs -o <file.phpo> (or -o <out_dir>)"; return false; }
  return true;
}

constexpr char kModeConflict[] = "Either execute direct code, process stdin or use a file.\n";

}  // namespace

std::string cli_usage(const char* argv0) {
  const char* slash = argv0 ? strrchr(argv0, '/') : nullptr;
  std::string prog = slash ? slash + 1 : (argv0 && *argv0 ? argv0 : "phpovm");
  return fmt::format(
      "Usage: {0} [options] [-f] <file> [--] [args...]\n"
      "   {0} [options] -r <code> [--] [args...]\n"
      "   {0} [options] [-B <begin_code>] -R <code> [-E <end_code>] [--] [args...]\n"
      "   {0} [options] [-B <begin_code>] -F <file> [-E <end_code>] [--] [args...]\n"
      "   {0} [options] -- [args...]\n"
      "   {0} [options] -a\n"
      "   {0} compile [--strip-doc-comments] [--sign <key>] [-d foo[=bar]] <file.php> -o <file.phpo>\n"
      "   {0} compile [--strip-doc-comments] [--sign <key>] [-d foo[=bar]] <dir> -o <out_dir>\n"
      "   {0} bundle [--executable] [--strip-doc-comments] [--sign <key>] [-o <out>] <entry.php> [<dir>...]\n"
      "   {0} keygen <name>   (an Ed25519 key pair: <name>, <name>.pub)\n"
      "   {0} dump <file.phpo|file.php>\n"
      "   {0} coverage [--reasons <file>] [--per-opcode] <file.php>...\n"
      "\n"
      "  <file> is PHP source or a .phpo image compiled by `{0} compile`.\n"
      "\n"
      "  -a               Run as interactive shell (requires readline extension)\n"
      "  -c <path>|<file> Look for php.ini file in this directory\n"
      "  -n               No configuration (ini) files will be used\n"
      "  -d foo[=bar]     Define INI entry foo with value 'bar'\n"
      "  -e               Generate extended information for debugger/profiler\n"
      "  -f <file>        Parse and execute <file>.\n"
      "  -h               This help\n"
      "  -i               PHP information\n"
      "  -l               Syntax check only (lint)\n"
      "  -m               Show compiled in modules\n"
      "  -r <code>        Run PHP <code> without using script tags <?..?>\n"
      "  -B <begin_code>  Run PHP <begin_code> before processing input lines\n"
      "  -R <code>        Run PHP <code> for every input line\n"
      "  -F <file>        Parse and execute <file> for every input line\n"
      "  -E <end_code>    Run PHP <end_code> after processing all input lines\n"
      "  -H               Hide any passed arguments from external tools.\n"
      "  -s               Output HTML syntax highlighted source.\n"
      "  -v               Version number\n"
      "  -w               Output source with stripped comments and whitespace.\n"
      "  -z <file>        Load Zend extension <file>.\n"
      "\n"
      "  args...          Arguments passed to script. Use -- args when first argument\n"
      "                   starts with - or script is read from stdin\n"
      "\n"
      "  --ini            Show configuration file names\n"
      "\n"
      "  --rf <name>      Show information about function <name>.\n"
      "  --rc <name>      Show information about class <name>.\n"
      "  --re <name>      Show information about extension <name>.\n"
      "  --rz <name>      Show information about Zend extension <name>.\n"
      "  --ri <name>      Show configuration for extension <name>.\n"
      "\n",
      prog);
}

bool parse_cli(int argc, char** argv, CliOptions& out, CliError& error, bool shell_available) {
  using Mode = CliOptions::Mode;
  if (argc >= 2 && (!strcmp(argv[1], "coverage") || !strcmp(argv[1], "compile") || !strcmp(argv[1], "dump") ||
                    !strcmp(argv[1], "bundle") || !strcmp(argv[1], "keygen")))
    return parse_subcommand(argc, argv, out, error);

  OptionReader reader(argc, argv);
  std::string value, message;
  bool interactive = false, have_file = false;
  auto conflict = [&](const char* text) {  // as php-cli, the last one is reported
    error.kind = CliError::Kind::Conflict;
    error.message = text;
  };
  for (int c; (c = reader.next(value, message)) != 0;) {
    if (c < 0) {
      error.kind = CliError::Kind::Usage;
      error.message = message;
      return false;
    }
    bool standard = out.mode == Mode::Run;
    switch (c) {
      // These end php-cli's reading of options: later ones, -d included, are not applied.
      case 'h': case '?': out.mode = Mode::Help; return true;
      case 'i': out.mode = Mode::Info; return true;
      case 'v': out.mode = Mode::Version; return true;
      case 'm': out.mode = Mode::Modules; return true;
      case 'n': out.engine.no_ini_files = true; break;
      case 'c': out.engine.ini_path = value; break;
      case 'd': add_ini_setting(out.engine, value); break;
      case 'z': out.zend_extensions.push_back(value); break;
      case 'H': out.hide_args = true; break;
      // php-cli accepts these and does nothing with them (-t: only with -S); -e has no effect on
      // phpovm, which compiles without extended information (spec/differences.md).
      case 'C': case 'q': case 't': case 'e': break;
      case 'S':
        error.kind = CliError::Kind::Phpovm;
        error.message = "-S (php-cli's built-in web server) is not supported yet";
        return false;
      case 'a':
        out.asked_for_shell = true;
        if (!shell_available) {
          conflict("Interactive shell (-a) requires the readline extension.\n");
          break;
        }
        if (!interactive) {
          if (!standard) { conflict(kModeConflict); break; }
          interactive = true;
        }
        break;
      case 'f':
        if (out.mode == Mode::RunCode || out.mode == Mode::ProcessLines) { conflict(kModeConflict); break; }
        if (have_file) { conflict("You can use -f only once.\n"); break; }
        out.file = value;
        have_file = true;
        break;
      case 'F':
      case 'R':
        if (out.mode == Mode::ProcessLines) {
          if (!out.code.empty() || have_file) { conflict("You can use -R or -F only once.\n"); break; }
        } else if (!standard) {
          conflict(kModeConflict);
          break;
        }
        out.mode = Mode::ProcessLines;
        if (c == 'F') { out.file = value; have_file = true; } else { out.code = value; }
        break;
      case 'B':
      case 'E': {
        std::string& code = c == 'B' ? out.begin_code : out.end_code;
        if (out.mode == Mode::ProcessLines) {
          if (!code.empty()) { conflict(c == 'B' ? "You can use -B only once.\n" : "You can use -E only once.\n"); break; }
        } else if (!standard || interactive) {
          conflict(kModeConflict);
          break;
        }
        out.mode = Mode::ProcessLines;
        code = value;
        break;
      }
      case 'l':
        if (standard) out.mode = Mode::Lint;
        break;
      case 'r':
        if (out.mode == Mode::RunCode) {
          conflict("You can use -r only once.\n");
          break;
        }
        if (!standard || interactive) { conflict(kModeConflict); break; }
        out.mode = Mode::RunCode;
        out.code = value;
        break;
      case 's':
      case 'w':
        if (out.mode == Mode::RunCode || out.mode == Mode::ProcessLines) {
          conflict(c == 's' ? "Source highlighting only works for files.\n" : "Source stripping only works for files.\n");
          break;
        }
        out.mode = c == 's' ? Mode::Highlight : Mode::Strip;
        break;
      case kRf: case kRc: case kRe: case kRz:
        out.mode = Mode::Reflect;
        out.reflection = c == kRf ? CliOptions::Reflection::Function
                         : c == kRc ? CliOptions::Reflection::Class
                         : c == kRe ? CliOptions::Reflection::Extension
                                    : CliOptions::Reflection::ZendExtension;
        out.name = value;
        break;
      case kRi: out.mode = Mode::ExtensionIni; out.name = value; break;
      case kIni: out.mode = Mode::ShowIni; break;
      default: break;
    }
  }
  if (!error.message.empty()) return false;
  if (interactive && out.mode == Mode::Run) out.mode = Mode::Interactive;
  int i = reader.index();
  // The first argument names the script, unless the options ended with "--" (the script is then
  // read from standard input) or the code comes from -r/-R/-F.
  bool ended_by_dashes = i > 1 && !strcmp(argv[i - 1], "--");
  if (i < argc && !have_file && out.mode != Mode::RunCode && out.mode != Mode::ProcessLines && !ended_by_dashes)
    out.file = argv[i++];
  for (; i < argc; i++) out.args.emplace_back(argv[i]);
  return true;
}

}  // namespace phpovm
