// Text set in two columns side by side: a contract and its translation laid out with
// spaces ("(1) Die Praxis ist …            (1) The Practice is …"), or a two-column page
// that a PDF tool flattened with its layout kept. Read line by line, each line would mix
// two languages and two sentences; the tree builder reads one column instead — the
// German one, where the languages differ — and keeps every offset the source's.
#pragma once

#include <cstddef>
#include <string_view>

namespace avvlint {

struct TextColumns {
  bool found = false;
  std::size_t gutter = 0;   // the code-point column where the right column starts
  bool keep_right = false;  // read the right column (it is the German one)
};

// Finds a two-column layout of a text and its translation: at least 15 lines, and two in
// five of the non-blank lines, whose right column starts at one column (±1) after a gap of
// three or more spaces, and the columns in two languages. (Two columns in one language —
// a flattened PDF page — are left as they are: their order is the page's, not the line's.)
TextColumns find_columns(std::string_view text);

// The part of `line` that the kept column holds, as [begin, end) byte offsets into the
// line (begin == end when the column is empty on this line).
struct ColumnPart {
  std::size_t begin = 0, end = 0;
};
ColumnPart column_part(std::string_view line, TextColumns const& columns);

}  // namespace avvlint
