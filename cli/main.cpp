// avvlint — the command line. The only place that knows argv, streams and exit codes.
#include "options.hpp"

#include <avvlint/lint.hpp>
#include <avvlint/report.hpp>
#include <avvlint/source.hpp>

#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

using namespace avvlint;

constexpr int kExitClean = 0, kExitFindings = 1, kExitError = 2;

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
  auto loaded = load_default_rule_pack();
  if (!loaded.ok()) {
    std::cerr << "avvlint: internal error: embedded rule pack: " << loaded.error << "\n";
    return kExitError;
  }
  RulePack const& pack = *loaded.pack;
  std::string lang = cmd.lang.empty() ? "de" : cmd.lang;
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
      write_rule_list(out, pack, lang);
      return finish(out, cmd, kExitClean);
    case cli::Verb::explain:
      if (!write_explanation(out, pack, cmd.files.front(), lang)) {
        std::cerr << "avvlint: unknown rule or requirement '" << cmd.files.front() << "' (see 'avvlint rules')\n";
        return kExitError;
      }
      return finish(out, cmd, kExitClean);
    case cli::Verb::tree: {
      auto source = load_source(cmd.files.front());
      if (!source.ok()) {
        std::cerr << "avvlint: " << source.error << "\n";
        return kExitError;
      }
      write_tree_json(out, lint(build_document(std::move(*source.source)), pack));
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

  // check
  bool input_error = false, over_threshold = false;
  std::vector<DocumentResult> results;
  results.reserve(cmd.files.size());
  ReportOptions options;
  options.lang = cmd.lang;
  options.color = cmd.format == "text" && !file.is_open() && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  for (auto const& path : cmd.files) {
    auto source = load_source(path);
    if (!source.ok()) {
      std::cerr << "avvlint: " << source.error << "\n";
      input_error = true;
      continue;
    }
    results.push_back(lint(build_document(std::move(*source.source)), pack));
    for (auto const& f : results.back().findings) {
      if (f.severity >= cmd.fail_on) over_threshold = true;
    }
    if (cmd.format == "text") write_text(out, results.back(), pack, options);
  }
  if (cmd.format != "text") {
    std::vector<DocumentResult const*> view;
    for (auto const& r : results) view.push_back(&r);
    if (cmd.format == "json") write_json(out, view, pack, options);
    if (cmd.format == "sarif") write_sarif(out, view, pack, options);
    if (cmd.format == "html") write_html(out, view, pack, options);
  }
  if (input_error) return finish(out, cmd, kExitError);
  return finish(out, cmd, over_threshold ? kExitFindings : kExitClean);
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
