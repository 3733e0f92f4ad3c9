// Command-line parsing: argv in, a Command value out (or a usage error as a value).
#pragma once

#include <avvlint/rule_pack.hpp>

#include <string>
#include <vector>

namespace avvlint::cli {

enum class Verb { check, tree, text, rules, explain, version, help };

struct Command {
  Verb verb = Verb::help;
  std::string format = "text";       // text | json | sarif | html
  std::string output;                // -o/--output FILE; empty: standard output
  Severity fail_on = Severity::error;
  std::string lang;                  // "", "de", "en"
  std::vector<std::string> files;    // check/tree inputs; explain: the id
  std::string error;                 // usage error, when set
};

Command parse_command_line(int argc, char** argv);
char const* usage();

}  // namespace avvlint::cli
