#include "text_columns.hpp"

#include "text_util.hpp"

#include <map>
#include <string>

namespace avvlint {

namespace {

struct Split {
  bool found = false;
  std::size_t column = 0;     // code-point column of the right text
  std::size_t left_end = 0;   // byte offset where the left text ends
  std::size_t right = 0;      // byte offset where the right text starts
};

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where the right column of a line starts: after a gap of three or more spaces that
// follows text, or after an indentation of at least 20 columns (a line of the right
// column alone).
Split split_line(std::string_view line) {
  Split s;
  std::size_t column = 0, i = 0;
  while (i < line.size() && line[i] == ' ') ++i, ++column;
  if (i == line.size()) return s;
  if (column >= 20) return {true, column, 0, i};
  std::size_t text_end = 0;
  for (; i < line.size(); ++i) {
    if (line[i] != ' ') {
      if (!continuation(line[i])) ++column;
      text_end = i + 1;
      continue;
    }
    std::size_t run = 0;
    while (i + run < line.size() && line[i + run] == ' ') ++run;
    if (run >= 3 && i + run < line.size()) return {true, column + run, text_end, i + run};
    column += run;
    i += run - 1;
  }
  return s;
}

std::size_t word_count(std::string_view text) { return text_util::words(text, 0, 8).size(); }

}  // namespace

TextColumns find_columns(std::string_view text) {
  TextColumns found;
  std::map<std::size_t, int> starts;  // right-column start -> lines with two prose columns
  int non_blank = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++non_blank;
    Split s = split_line(line);
    // (two columns of prose, four words or more on each side: not a key sheet's "Weisungen:   nur dokumentiert")
    if (s.found && s.left_end > 0 && s.column >= 25 && word_count(line.substr(0, s.left_end)) >= 4 &&
        word_count(line.substr(s.right)) >= 4) {
      ++starts[s.column];
    }
  }
  std::size_t best = 0;
  int best_count = 0;
  for (auto const& [column, count] : starts) {
    int around = count;
    if (auto it = starts.find(column - 1); it != starts.end()) around += it->second;
    if (auto it = starts.find(column + 1); it != starts.end()) around += it->second;
    if (around > best_count) best_count = around, best = column;
  }
  if (best_count < 15 || best_count * 5 < non_blank * 2) return found;
  found.found = true;
  found.gutter = best;
  // the German column, where the two differ
  std::string left, right;
  for (std::size_t pos = 0; pos < text.size() && left.size() < 40000;) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    ColumnPart l = column_part(text.substr(pos, eol - pos), found);
    found.keep_right = true;
    ColumnPart r = column_part(text.substr(pos, eol - pos), found);
    found.keep_right = false;
    left.append(text.substr(pos + l.begin, l.end - l.begin)).push_back('\n');
    right.append(text.substr(pos + r.begin, r.end - r.begin)).push_back('\n');
    pos = eol + 1;
  }
  std::string left_language = text_util::language_of(left), right_language = text_util::language_of(right);
  // (two columns in one language are one text flowing from column to column, not a translation:
  // read as written, line by line)
  if (left_language == right_language) return TextColumns{};
  found.keep_right = left_language != "de" && right_language == "de";
  return found;
}

ColumnPart column_part(std::string_view line, TextColumns const& columns) {
  if (!columns.found) return {0, line.size()};
  Split s = split_line(line);
  bool at_gutter = s.found && s.column + 2 >= columns.gutter && s.column <= columns.gutter + 2;
  if (!at_gutter) return columns.keep_right ? ColumnPart{line.size(), line.size()} : ColumnPart{0, line.size()};
  return columns.keep_right ? ColumnPart{s.right, line.size()} : ColumnPart{0, s.left_end};
}

}  // namespace avvlint
