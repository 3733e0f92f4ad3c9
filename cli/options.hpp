// Command-line parsing: argv in, a Command value out (or a usage error as a value).
#pragma once

#include <avvlint/rule_pack.hpp>

#include <optional>
#include <string>
#include <vector>

namespace avvlint::cli {

enum class Verb { check, tree, text, rules, explain, version, help };

struct Command {
  Verb verb = Verb::help;
  std::string format = "text";       // check: text | json | sarif | html; rules: text | markdown
  std::string output;                // -o/--output FILE; empty: standard output
  std::optional<Severity> fail_on;   // unset: the config's fail_on, else error
  std::string lang;                  // "", "de", "en"
  std::vector<std::string> files;    // check: files and directories; tree/text: one file; explain: the id
  std::string config;                // --config FILE: one config for every input (no lookup)
  bool no_config = false;            // --no-config: built-in defaults, no lookup
  std::string baseline;              // --baseline FILE: drop the findings it accepts
  std::string write_baseline;        // --write-baseline FILE: write the current findings there
  unsigned jobs = 1;                 // -j N: files linted in parallel (0: one per CPU)
  std::string error;                 // usage error, when set
};

Command parse_command_line(int argc, char** argv);
char const* usage();

}  // namespace avvlint::cli
