// Cleaning pdftotext -layout output into contract text (see extract.hpp).
//
// pdftotext keeps the page picture: running headers and footers on every page,
// page numbers, words hyphenated at line ends, tables as columns of text. This
// step undoes what would confuse the clause grammar, and nothing more:
//  1. pages (split at \f): in the top and bottom two lines of each page, a line
//     that recurs on most pages (digits ignored, so "Seite 3 von 7" recurs) or
//     that is only a page number ("3", "- 3 -", "Seite 3", "3/7") is dropped;
//  2. pages are joined; a blank line marks the page break unless the last line
//     stopped mid-sentence, so a clause running over a page stays one clause;
//  3. column-aligned blocks (a header line of three or more cells separated by
//     two or more spaces, and lines that fit those columns) become Markdown
//     pipe tables; cells wrapped over several lines are joined, rows are told
//     apart by blank lines or, without them, by a filled first column;
//  4. a word hyphenated at a line end is joined ("Auftrags-" + "verarbeiter"),
//     but not an elided compound ("Vor-" + "und Nachname");
//  5. lines wrapped by the typesetter are joined again: a line is glued to the
//     one before when that one is full (the next word would not have fitted)
//     and it does not begin like a clause, item or bullet, so "1. Gegenstand …"
//     wrapped after twelve words does not read as a heading;
//  6. runs of spaces inside prose lines (justification) become one space.
#include "extract.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace avvlint::extract {

namespace {

using Lines = std::vector<std::string>;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool blank(std::string_view s) { return trim(s).empty(); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letter case of the character starting at s[i], ASCII and Latin-1 letters
// (ä, ö, ü, ß, é …) in UTF-8: 'l' lower, 'u' upper, 0 no letter.
char letter_case(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 'a' && c <= 'z') return 'l';
  if (c >= 'A' && c <= 'Z') return 'u';
  if (c == 0xC3 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) return 'u';
    if (d >= 0x9F && d <= 0xBF && d != 0xB7) return 'l';
  }
  return 0;
}

// Does the text end in a letter followed by a hyphen ("Auftrags-", "Maß-")?
bool hyphen_after_letter(std::string_view s) {
  if (s.size() < 2 || s.back() != '-') return false;
  unsigned char c = static_cast<unsigned char>(s[s.size() - 2]);
  return std::isalpha(c) || c >= 0x80;
}

// Indices of the top and bottom `n` non-blank lines of a page.
std::vector<std::size_t> edge_lines(Lines const& page, std::size_t n) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0, seen = 0; i < page.size() && seen < n; ++i) {
    if (!blank(page[i])) {
      out.push_back(i);
      ++seen;
    }
  }
  for (std::size_t i = page.size(), seen = 0; i-- > 0 && seen < n;) {
    if (!blank(page[i])) {
      if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
      ++seen;
    }
  }
  return out;
}

std::vector<Lines> split_pages(std::string_view layout) {
  std::vector<Lines> pages(1);
  std::size_t pos = 0;
  while (pos <= layout.size()) {
    std::size_t end = layout.find_first_of("\n\f", pos);
    if (end == std::string_view::npos) end = layout.size();
    std::string line(layout.substr(pos, end - pos));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (!line.empty() || end < layout.size()) pages.back().push_back(std::move(line));
    if (end < layout.size() && layout[end] == '\f') {
      pages.emplace_back();
      if (end + 1 < layout.size() && layout[end + 1] == '\n') ++end;  // "\f\n"
    }
    if (end >= layout.size()) break;
    pos = end + 1;
  }
  while (!pages.empty() && std::all_of(pages.back().begin(), pages.back().end(), [](auto const& l) { return blank(l); })) {
    pages.pop_back();
  }
  return pages;
}

void drop_running_lines(std::vector<Lines>& pages) {
  constexpr std::size_t kEdge = 2;
  std::map<std::string, std::size_t> pages_with;
  for (auto const& page : pages) {
    std::vector<std::string> seen;
    for (std::size_t i : edge_lines(page, kEdge)) {
      std::string s = line_shape(page[i]);
      if (std::find(seen.begin(), seen.end(), s) == seen.end()) seen.push_back(std::move(s));
    }
    for (auto& s : seen) ++pages_with[s];
  }
  for (auto& page : pages) {
    std::vector<std::size_t> drop;
    for (std::size_t i : edge_lines(page, kEdge)) {
      std::size_t n = pages_with[line_shape(page[i])];
      bool running = pages.size() >= 2 && n >= 2 && 2 * n > pages.size();
      if (running || page_number_line(page[i])) drop.push_back(i);
    }
    std::sort(drop.rbegin(), drop.rend());
    for (std::size_t i : drop) page.erase(page.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

bool ends_mid_sentence(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  char c = line.back();
  return c != '.' && c != ':' && c != ';' && c != '!' && c != '?' && c != '|';
}

Lines join_pages(std::vector<Lines>& pages) {
  Lines out;
  for (auto& page : pages) {
    std::size_t first = 0, last = page.size();
    while (first < last && blank(page[first])) ++first;
    while (last > first && blank(page[last - 1])) --last;
    if (first == last) continue;
    if (!out.empty() && !ends_mid_sentence(out.back())) out.emplace_back();
    for (std::size_t i = first; i < last; ++i) out.push_back(std::move(page[i]));
  }
  return out;
}

// ---- tables --------------------------------------------------------------

struct Segment {
  std::size_t column = 0;  // in code points
  std::size_t width = 0;
  std::string text;
};

// Splits a line at runs of two or more spaces; columns count code points.
std::vector<Segment> segments(std::string_view line) {
  std::vector<Segment> out;
  std::size_t col = 0, spaces = 0;
  Segment cur;
  bool in_seg = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    bool lead = (c & 0xC0) != 0x80;
    if (c == ' ') {
      ++spaces;
      if (in_seg && spaces >= 2) {
        while (!cur.text.empty() && cur.text.back() == ' ') cur.text.pop_back();
        cur.width = col - 1 - cur.column;
        out.push_back(std::move(cur));
        cur = Segment{};
        in_seg = false;
      } else if (in_seg) {
        cur.text.push_back(' ');
      }
    } else {
      if (!in_seg && lead) {
        in_seg = true;
        cur.column = col;
      }
      spaces = 0;
      cur.text.push_back(static_cast<char>(c));
    }
    if (lead) ++col;
  }
  if (in_seg) {
    while (!cur.text.empty() && cur.text.back() == ' ') cur.text.pop_back();
    cur.width = col - cur.column;
    out.push_back(std::move(cur));
  }
  return out;
}

constexpr std::size_t kSlack = 2;  // columns drift by a character or two in layout output

// The column a segment belongs to, or -1 when it straddles a column boundary.
int column_of(Segment const& s, std::vector<std::size_t> const& starts) {
  int found = -1;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    if (s.column + kSlack >= starts[k]) found = static_cast<int>(k);
  }
  if (found < 0) return -1;
  auto k = static_cast<std::size_t>(found);
  if (k + 1 < starts.size() && s.column + s.width > starts[k + 1] + kSlack - 1) return -1;
  return found;
}

bool fits(std::vector<Segment> const& segs, std::vector<std::size_t> const& starts) {
  return !segs.empty() && std::all_of(segs.begin(), segs.end(), [&](Segment const& s) { return column_of(s, starts) >= 0; });
}

void append_cell(std::string& cell, std::string_view piece) {
  if (piece.empty()) return;
  if (cell.empty()) {
    cell = piece;
    return;
  }
  bool hyphen = hyphen_after_letter(cell);
  if (hyphen && letter_case(piece, 0) == 'l') {
    cell.pop_back();
  } else if (!hyphen) {
    cell.push_back(' ');
  }
  cell.append(piece);
}

std::string escape_cell(std::string const& cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Tries a table starting at `begin`; returns the pipe-table lines and sets `end`.
bool table_at(Lines const& lines, std::size_t begin, std::size_t& end, Lines& out) {
  auto header = segments(lines[begin]);
  if (header.size() < 3) return false;
  std::vector<std::size_t> starts;
  for (auto const& s : header) starts.push_back(s.column);
  std::vector<std::size_t> body;  // indices of fitting non-blank lines after the header
  bool blank_between = false;
  std::size_t i = begin + 1, blanks = 0;
  for (; i < lines.size(); ++i) {
    if (blank(lines[i])) {
      if (++blanks > 3) break;
      continue;
    }
    auto segs = segments(lines[i]);
    if (!fits(segs, starts)) break;
    if (blanks > 0 && !body.empty()) blank_between = true;
    blanks = 0;
    body.push_back(i);
  }
  if (body.empty()) return false;
  // The first data line must start a row: something in the first column.
  if (column_of(segments(lines[body.front()]).front(), starts) != 0) return false;

  std::vector<std::vector<std::string>> rows;
  rows.emplace_back();
  for (auto const& s : header) rows.back().push_back(s.text);
  std::size_t previous = begin;
  for (std::size_t idx : body) {
    auto segs = segments(lines[idx]);
    bool gap = idx > previous + 1;
    bool starts_row = blank_between ? gap : column_of(segs.front(), starts) == 0;
    if (starts_row || rows.size() == 1) {
      // A row shows at least two cells on its first line; a lone short line after
      // the table ("Stand: März 2025") is prose again.
      if (segs.size() < 2) break;
      rows.emplace_back(starts.size());
    }
    end = idx + 1;
    for (auto const& s : segs) append_cell(rows.back()[static_cast<std::size_t>(column_of(s, starts))], s.text);
    previous = idx;
  }
  if (rows.size() < 2) return false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string line = "|";
    for (auto const& c : rows[r]) {
      line += ' ';
      line += escape_cell(c);
      line += " |";
    }
    out.push_back(std::move(line));
    if (r == 0) {
      std::string sep = "|";
      for (std::size_t k = 0; k < starts.size(); ++k) sep += " --- |";
      out.push_back(std::move(sep));
    }
  }
  return true;
}

// ---- prose ---------------------------------------------------------------

bool table_line(std::string const& s) { return !s.empty() && s.front() == '|'; }

void join_hyphenation(Lines& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string& a = lines[i];
    std::string& b = lines[i + 1];
    if (table_line(a) || table_line(b) || blank(b) || !hyphen_after_letter(a)) continue;
    std::size_t lead = b.find_first_not_of(' ');
    std::size_t word_end = b.find(' ', lead);
    if (word_end == std::string::npos) word_end = b.size();
    std::string word = b.substr(lead, word_end - lead);
    std::string bare;
    for (char c : word) {
      if (std::isalpha(static_cast<unsigned char>(c))) bare.push_back(c);
    }
    if (bare == "und" || bare == "oder" || bare == "bzw" || bare == "sowie" || bare == "als" || bare == "bis") continue;
    char first = letter_case(word, 0);
    if (first == 'l') {
      a.pop_back();  // "Auftrags-" + "verarbeiter": the hyphen was the typesetter's
    } else if (first != 'u') {
      continue;      // digits, punctuation, non-ASCII: leave the line break alone
    }                // "Datenschutz-" + "Grundverordnung": the hyphen stays, the space does not
    a += word;
    std::size_t rest = b.find_first_not_of(' ', word_end);
    if (rest == std::string::npos) {
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i + 1));
    } else {
      std::string next(lead, ' ');
      next.append(b, rest, std::string::npos);
      b = std::move(next);
    }
  }
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Does the line begin like a new clause, item, bullet, annex or table row? Such a
// line is never glued to the one before it, however full that one is.
bool starts_like_marker(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  for (std::string_view m : {"|", "\xC2\xA7", "- ", "* ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xC2\xB7", "\xE2\x97\x8F",
                             "Anlage ", "Anhang ", "Annex ", "Appendix "}) {
    if (t.substr(0, m.size()) == m) return true;
  }
  std::size_t i = 0;
  if (t[0] == '(') {
    // "(1)", "(a)", "(iv)" — not "(CRM)"
    for (i = 1; i < t.size() && i <= 5 && (std::islower(static_cast<unsigned char>(t[i])) || is_digit(t[i])); ++i) {
    }
    return i > 1 && i < t.size() && t[i] == ')';
  }
  while (i < t.size() && i < 3 && is_digit(t[i])) ++i;
  if (i > 0) {
    while (i < t.size() && (t[i] == '.' || is_digit(t[i]))) ++i;
    if (i < t.size() && t[i] == ')') ++i;
    return t[i - 1] == '.' || t[i - 1] == ')' ? (i == t.size() || t[i] == ' ') : false;
  }
  while (i < t.size() && i < 2 && t[i] >= 'a' && t[i] <= 'z') ++i;
  return i > 0 && i < t.size() && (t[i] == ')' || t[i] == '.') && (i + 1 == t.size() || t[i + 1] == ' ');
}

// Joins lines that the typesetter wrapped: a line is glued to the previous one when
// that one is full, i.e. the first word of this line would not have fitted on it.
// Short lines (addresses, list items, headings) keep their breaks.
void unwrap(Lines& lines) {
  std::vector<std::size_t> widths;
  for (auto const& l : lines) {
    if (!blank(l) && !table_line(l)) widths.push_back(code_points(l));
  }
  if (widths.size() < 4) return;
  std::sort(widths.begin(), widths.end());
  std::size_t measure = widths[widths.size() * 95 / 100];
  Lines out;
  for (auto& line : lines) {
    if (!out.empty() && !blank(out.back()) && !blank(line) && !table_line(out.back()) && !table_line(line) &&
        !starts_like_marker(line)) {
      std::string_view next = trim(line);
      std::size_t first_word = code_points(next.substr(0, next.find(' ')));
      if ((code_points(out.back()) + 1 + first_word) * 100 > measure * 90) {
        out.back() += ' ';
        out.back() += next;
        continue;
      }
    }
    out.push_back(std::move(line));
  }
  lines = std::move(out);
}

std::string collapse_spaces(std::string const& line) {
  std::size_t lead = line.find_first_not_of(' ');
  if (lead == std::string::npos) return {};
  std::string out(lead, ' ');
  for (std::size_t i = lead; i < line.size(); ++i) {
    if (line[i] == ' ' && out.back() == ' ') continue;
    out.push_back(line[i]);
  }
  return out;
}

}  // namespace

// "Seite 3 von 7" → "Seite # von #": what makes a running footer recur.
std::string line_shape(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : trim(line)) {
    if (c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out.push_back('#');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// "3", "- 3 -", "– 3 –", "Seite 3", "Seite 3 von 7", "3 von 7", "3/7", "Page 3 of 7", "[3]".
bool page_number_line(std::string_view line) {
  std::string s = line_shape(line);
  static char const* const kShapes[] = {"#",           "- # -",       "\xE2\x80\x93 # \xE2\x80\x93", "-#-",
                                        "Seite #",     "Seite # von #", "Seite #/#", "Seite # / #",
                                        "# von #",     "#/#",          "# / #",      "Page #",
                                        "Page # of #", "[#]",          "S. #",       "- Seite # -"};
  return std::any_of(std::begin(kShapes), std::end(kShapes), [&](char const* k) { return s == k; });
}


std::string clean_pdf_layout(std::string_view layout) {
  auto pages = split_pages(layout);
  drop_running_lines(pages);
  Lines lines = join_pages(pages);

  // Common left margin.
  std::size_t margin = std::string::npos;
  for (auto const& l : lines) {
    if (!blank(l)) margin = std::min(margin, l.find_first_not_of(' '));
  }
  if (margin != std::string::npos && margin > 0) {
    for (auto& l : lines) l = l.size() > margin ? l.substr(margin) : std::string();
  }

  Lines out;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    Lines table;
    if (!blank(lines[i]) && table_at(lines, i, end, table)) {
      if (!out.empty() && !blank(out.back())) out.emplace_back();
      for (auto& t : table) out.push_back(std::move(t));
      out.emplace_back();
      i = end;
      continue;
    }
    out.push_back(std::move(lines[i]));
    ++i;
  }
  join_hyphenation(out);
  unwrap(out);

  std::string text;
  bool previous_blank = true;
  for (auto const& l : out) {
    std::string line = table_line(l) ? l : collapse_spaces(l);
    bool is_blank = blank(line);
    if (is_blank && previous_blank) continue;
    text += is_blank ? std::string() : line;
    text.push_back('\n');
    previous_blank = is_blank;
  }
  while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
  return text;
}

}  // namespace avvlint::extract
