// avvlint — the command line. The only place that knows argv, streams and exit codes.
#include "options.hpp"

#include <avvlint/lint.hpp>
#include <avvlint/report.hpp>
#include <avvlint/source.hpp>

#include <exception>
#include <iostream>
#include <unistd.h>

namespace {

using namespace avvlint;

constexpr int kExitClean = 0, kExitFindings = 1, kExitError = 2;

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

  switch (cmd.verb) {
    case cli::Verb::rules:
      write_rule_list(std::cout, pack, lang);
      return kExitClean;
    case cli::Verb::explain:
      if (!write_explanation(std::cout, pack, cmd.files.front(), lang)) {
        std::cerr << "avvlint: unknown rule or requirement '" << cmd.files.front() << "' (see 'avvlint rules')\n";
        return kExitError;
      }
      return kExitClean;
    case cli::Verb::tree: {
      auto source = load_source(cmd.files.front());
      if (!source.ok()) {
        std::cerr << "avvlint: " << source.error << "\n";
        return kExitError;
      }
      write_tree_json(std::cout, lint(build_document(std::move(*source.source)), pack));
      return kExitClean;
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
  options.color = cmd.format == "text" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
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
    if (cmd.format == "text") write_text(std::cout, results.back(), pack, options);
  }
  if (cmd.format == "json") {
    std::vector<DocumentResult const*> view;
    for (auto const& r : results) view.push_back(&r);
    write_json(std::cout, view, pack, options);
  }
  std::cout.flush();
  if (input_error) return kExitError;
  return over_threshold ? kExitFindings : kExitClean;
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
