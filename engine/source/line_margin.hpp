// Line numbers printed in the left margin, as in a court brief or a copy from an editor:
// "  12  Der Auftragnehmer …". Read as clause numbers they would break every structure, so
// they are blanked before the contract is read.
#pragma once

#include <string>

namespace avvlint::source {

// When (nearly) every line opens with its own line number, replaces those numbers with
// spaces in place (offsets and line numbers stay as in the file). Returns whether it did.
bool blank_line_number_margin(std::string& text);

}  // namespace avvlint::source
