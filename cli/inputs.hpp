// The files `avvlint check` lints: the arguments as given, with every directory
// replaced by the supported files below it (.txt, .md, .docx, .pdf; hidden files and
// directories skipped), sorted, so that the same tree always gives the same order.
#pragma once

#include <string>
#include <vector>

namespace avvlint::cli {

struct Inputs {
  std::vector<std::string> files;   // in order; "-" is standard input
  std::vector<std::string> errors;  // "DIR: …" for directories that could not be read or hold no contract
};

Inputs expand_inputs(std::vector<std::string> const& arguments);

}  // namespace avvlint::cli
