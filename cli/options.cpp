#include "options.hpp"

#include <charconv>
#include <string_view>

namespace avvlint::cli {

char const* usage() {
  return "usage: avvlint check [--format text|json|sarif|html] [--fail-on error|warning|info] [--lang de|en]\n"
         "                     [-o|--output OUT] [--config FILE | --no-config] [--baseline FILE]\n"
         "                     [--write-baseline FILE] [-j N] FILE-OR-DIR...\n"
         "       avvlint tree FILE          the parsed clause tree as JSON\n"
         "       avvlint text FILE          the text that is checked (extracted from .docx/.pdf)\n"
         "       avvlint rules [--format text|markdown] [--lang de|en]   every rule and requirement\n"
         "       avvlint explain RULE-OR-REQUIREMENT-ID [--lang de|en]\n"
         "       avvlint --version | --help\n"
         "FILE may be '-' for standard input; a directory is searched for .txt, .md, .docx and .pdf files\n"
         "(hidden directories skipped), in sorted order. Exit codes: 0 no finding at or above --fail-on\n"
         "(default error), 1 findings at or above it, 2 usage error or unreadable/invalid input.\n"
         "-o/--output OUT writes the report (or tree, rule list, explanation) to OUT instead of standard output.\n"
         "Configuration: .avvlint.json in the input's directory or above (up to the repository top), or\n"
         "--config FILE; --no-config ignores config files. -j N lints N files at a time (0: one per CPU);\n"
         "the output is the same as with -j 1. --write-baseline FILE accepts the current findings;\n"
         "--baseline FILE reports only findings that are not in it. See docs/configuration.md.\n";
}

Command parse_command_line(int argc, char** argv) {
  Command cmd;
  if (argc < 2) {
    cmd.error = "missing command";
    return cmd;
  }
  std::string_view verb = argv[1];
  if (verb == "--version" || verb == "version") {
    cmd.verb = Verb::version;
    return cmd;
  }
  if (verb == "--help" || verb == "-h" || verb == "help") {
    cmd.verb = Verb::help;
    return cmd;
  }
  if (verb == "check") {
    cmd.verb = Verb::check;
  } else if (verb == "tree") {
    cmd.verb = Verb::tree;
  } else if (verb == "text") {
    cmd.verb = Verb::text;
  } else if (verb == "rules") {
    cmd.verb = Verb::rules;
  } else if (verb == "explain") {
    cmd.verb = Verb::explain;
  } else {
    cmd.error = "unknown command '" + std::string(verb) + "'";
    return cmd;
  }
  bool check_only_option = false;  // -j, --baseline, --write-baseline
  for (int i = 2; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::string {
      if (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=') {
        return std::string(arg.substr(name.size() + 1));
      }
      if (i + 1 >= argc) {
        cmd.error = std::string(name) + " needs a value";
        return {};
      }
      return argv[++i];
    };
    auto is = [&](std::string_view name) {
      return arg == name || (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=');
    };
    auto file_value = [&](std::string_view name, std::string& out) {
      out = value(name);
      if (cmd.error.empty() && (out.empty() || out == "-")) cmd.error = std::string(name) + " needs a file name";
    };
    if (is("--format")) {
      cmd.format = value("--format");
      if (cmd.error.empty() && cmd.format != "text" && cmd.format != "json" && cmd.format != "sarif" &&
          cmd.format != "html" && cmd.format != "markdown") {
        cmd.error = "--format must be text, json, sarif, html or markdown, not '" + cmd.format + "'";
      }
    } else if (is("--output") || arg == "-o") {
      cmd.output = value(arg == "-o" ? "-o" : "--output");
      if (cmd.error.empty() && cmd.output.empty()) cmd.error = "--output needs a file name";
    } else if (is("--fail-on")) {
      std::string v = value("--fail-on");
      auto sev = parse_severity(v);
      if (!sev && cmd.error.empty()) cmd.error = "--fail-on must be error, warning or info, not '" + v + "'";
      if (sev) cmd.fail_on = *sev;
    } else if (is("--lang")) {
      cmd.lang = value("--lang");
      if (cmd.error.empty() && cmd.lang != "de" && cmd.lang != "en") {
        cmd.error = "--lang must be de or en, not '" + cmd.lang + "'";
      }
    } else if (is("--config")) {
      file_value("--config", cmd.config);
    } else if (arg == "--no-config") {
      cmd.no_config = true;
    } else if (is("--baseline")) {
      file_value("--baseline", cmd.baseline);
      check_only_option = true;
    } else if (is("--write-baseline")) {
      file_value("--write-baseline", cmd.write_baseline);
      check_only_option = true;
    } else if (is("--jobs") || arg.substr(0, 2) == "-j") {
      std::string v = arg.substr(0, 2) == "-j" && arg.size() > 2 ? std::string(arg.substr(2))
                                                                  : value(arg == "-j" ? "-j" : "--jobs");
      unsigned n = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (cmd.error.empty() && (v.empty() || ec != std::errc() || end != v.data() + v.size() || n > 1024)) {
        cmd.error = "-j must be a number of parallel jobs (0 to 1024), not '" + v + "'";
      }
      cmd.jobs = n;
      check_only_option = true;
    } else if (arg.size() > 1 && arg.front() == '-' && arg != "-") {
      cmd.error = "unknown option '" + std::string(arg) + "'";
    } else {
      cmd.files.emplace_back(arg);
    }
    if (!cmd.error.empty()) return cmd;
  }
  if ((cmd.verb == Verb::check || cmd.verb == Verb::tree || cmd.verb == Verb::text) && cmd.files.empty()) {
    cmd.error = "no input file";
  }
  if (cmd.verb == Verb::tree && cmd.files.size() > 1) cmd.error = "tree takes one file";
  if (cmd.verb == Verb::text && cmd.files.size() > 1) cmd.error = "text takes one file";
  if (cmd.verb == Verb::explain && cmd.files.size() != 1) cmd.error = "explain takes one rule or requirement id";
  if (cmd.verb == Verb::rules && cmd.format != "text" && cmd.format != "markdown") {
    cmd.error = "rules --format must be text or markdown, not '" + cmd.format + "'";
  }
  if (cmd.verb != Verb::rules && cmd.format == "markdown") cmd.error = "--format markdown is for 'avvlint rules'";
  if (cmd.verb != Verb::check && check_only_option) cmd.error = "-j, --baseline and --write-baseline are for 'avvlint check'";
  if (!cmd.config.empty() && cmd.no_config) cmd.error = "--config and --no-config exclude each other";
  return cmd;
}

}  // namespace avvlint::cli
