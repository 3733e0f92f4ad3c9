// avvlint — the command line. The only place that knows argv, streams and exit codes.
#include "check.hpp"
#include "options.hpp"
#include "policies.hpp"

#include <avvlint/lint.hpp>
#include <avvlint/report.hpp>
#include <avvlint/source.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

using namespace avvlint;
using cli::kExitClean, cli::kExitError;

// Flushes the report; a failed write (disk full, closed pipe) is an error, not a silent loss.
int finish(std::ostream& out, cli::Command const& cmd, int code) {
  out.flush();
  if (!out) {
    std::cerr << "avvlint: " << (cmd.output.empty() || cmd.output == "-" ? "<stdout>" : cmd.output)
              << ": cannot write the report\n";
    return kExitError;
  }
  return code;
}

int run(cli::Command const& cmd) {
  if (cmd.verb == cli::Verb::version) {
    std::cout << "avvlint " << AVVLINT_VERSION << "\n";
    return kExitClean;
  }
  if (cmd.verb == cli::Verb::help) {
    std::cout << cli::usage();
    return kExitClean;
  }
  cli::Policies policies;
  if (auto e = policies.init(cmd); !e.empty()) {
    std::cerr << "avvlint: " << e << "\n";
    return kExitError;
  }
  // `rules` and `explain` use --config FILE when given (its rule packs, its lang).
  cli::Policy global = policies.global();
  RulePack const& pack = *global.pack;
  std::string lang = !cmd.lang.empty() ? cmd.lang : !global.config->lang.empty() ? global.config->lang : "de";
  // -o/--output: the report goes to a file ("-": standard output).
  std::ofstream file;
  if (!cmd.output.empty() && cmd.output != "-") {
    file.open(cmd.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "avvlint: " << cmd.output << ": cannot write: " << std::strerror(errno) << "\n";
      return kExitError;
    }
  }
  std::ostream& out = file.is_open() ? static_cast<std::ostream&>(file) : std::cout;

  switch (cmd.verb) {
    case cli::Verb::rules:
      if (cmd.format == "markdown") {
        // No --lang: German with the English below (docs/rules.md).
        write_rule_markdown(out, pack, !cmd.lang.empty() ? cmd.lang : global.config->lang);
      } else {
        write_rule_list(out, pack, lang);
      }
      return finish(out, cmd, kExitClean);
    case cli::Verb::explain:
      if (!write_explanation(out, pack, cmd.files.front(), lang)) {
        std::cerr << "avvlint: unknown rule or requirement '" << cmd.files.front() << "' (see 'avvlint rules')\n";
        return kExitError;
      }
      return finish(out, cmd, kExitClean);
    case cli::Verb::tree: {
      cli::Policy policy;
      if (auto e = policies.resolve(cmd.files.front(), policy); !e.empty()) {
        std::cerr << "avvlint: " << e << "\n";
        return kExitError;
      }
      auto source = load_source(cmd.files.front());
      if (!source.ok()) {
        std::cerr << "avvlint: " << source.error << "\n";
        return kExitError;
      }
      write_tree_json(out, lint(build_document(std::move(*source.source)), *policy.pack));
      return finish(out, cmd, kExitClean);
    }
    case cli::Verb::text: {
      // The text the checks see: for .docx/.pdf the extracted text, whose line
      // numbers the findings use.
      auto source = load_source(cmd.files.front());
      if (!source.ok()) {
        std::cerr << "avvlint: " << source.error << "\n";
        return kExitError;
      }
      out << source.source->text;
      if (!source.source->text.empty() && source.source->text.back() != '\n') out << '\n';
      return finish(out, cmd, kExitClean);
    }
    default:
      break;
  }
  bool terminal = !file.is_open() && isatty(STDOUT_FILENO);
  bool color = cmd.format == "text" && terminal && std::getenv("NO_COLOR") == nullptr;
  return finish(out, cmd, cli::run_check(cmd, policies, out, color, terminal));
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  auto cmd = avvlint::cli::parse_command_line(argc, argv);
  if (!cmd.error.empty()) {
    std::cerr << "avvlint: " << cmd.error << "\n" << avvlint::cli::usage();
    return kExitError;
  }
  try {
    return run(cmd);
  } catch (std::exception const& e) {
    std::cerr << "avvlint: internal error: " << e.what() << "\n";
    return kExitError;
  } catch (...) {
    std::cerr << "avvlint: internal error\n";
    return kExitError;
  }
}
