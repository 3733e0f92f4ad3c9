// Page furniture in plain text: what a contract copied out of a PDF or printed
// view carries besides its text ("Seite 3 von 11", a running header "AVV Muster
// GmbH – Version 2.1" at every page break). The tree builder skips these lines, so
// a clause broken by a page break reads as one clause, without the footer inside it.
#pragma once

#include <string_view>
#include <vector>

namespace avvlint {

// One flag per line of `text` (lines split at '\n'): true for a page-number line
// ("Seite 3 von 11", "- 3 -", "Page 3 of 7"; a bare number is not enough in plain
// text) and for a short line that recurs, digits aside, next to at least two of them.
std::vector<char> page_furniture_lines(std::string_view text);

}  // namespace avvlint
