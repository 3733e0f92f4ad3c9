// `avvlint check`: inputs (directories expanded), the config governing each one,
// linting on -j threads, suppressions, config settings and the baseline applied to
// each result, the report written in input order, and the exit code.
#pragma once

#include "options.hpp"
#include "policies.hpp"

#include <ostream>

namespace avvlint::cli {

inline constexpr int kExitClean = 0, kExitFindings = 1, kExitError = 2;

// `color`: ANSI colours in the text report (NO_COLOR unset); `terminal`: the report
// goes to a terminal (it is flushed per file, and the progress line makes room for it).
int run_check(Command const& cmd, Policies& policies, std::ostream& out, bool color, bool terminal);

}  // namespace avvlint::cli
