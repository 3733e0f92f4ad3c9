#include "redlines.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace avvlint::source {
namespace {

void blank(std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// The "]" that closes the bracket opened at `open`, or npos (brackets inside count). An edit
// spans a few clauses at most: the search stops after 4,000 characters (linear on hostile input).
std::size_t closing_bracket(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size() && i < open + 4000; ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// Does a mark such as "gestrichen" follow the "[" at `open`, then ":" or a blank? (case as written)
bool marked(std::string_view text, std::size_t open, std::string_view mark) {
  std::string_view rest = text.substr(open + 1);
  if (rest.substr(0, mark.size()) != mark || rest.size() <= mark.size()) return false;
  char next = rest[mark.size()];
  return next == ':' || next == ' ';
}

constexpr std::array<std::string_view, 6> kDeleted = {"gestrichen", "Gestrichen", "gelöscht", "Gelöscht", "Streichung",
                                                      "GESTRICHEN"};
// (Word's change notes: "[Formatiert: Einzug: Links 1,25 cm]" says how, not what)
constexpr std::array<std::string_view, 6> kComment = {"Kommentar", "KOMMENTAR", "Anmerkung", "Comment", "Formatiert",
                                                      "Formatted"};
constexpr std::array<std::string_view, 7> kInserted = {"NEU", "neu", "eingefügt", "Eingefügt", "Einfügung", "EINGEFÜGT",
                                                       "ergänzt"};

// Who made an insertion and when ("L. Vogelsang, 08.09.2025", "Kerstin Adam, 04.04.2025 10:12"), not what
// was inserted: short, a comma, then a date.
bool editor_note(std::string_view content) {
  while (!content.empty() && content.front() == ' ') content.remove_prefix(1);
  std::size_t comma = content.find(',');
  if (content.size() > 60 || comma == std::string_view::npos || comma > 40) return false;
  std::string_view when = content.substr(comma + 1);
  while (!when.empty() && when.front() == ' ') when.remove_prefix(1);
  // dd.mm.yyyy
  return when.size() >= 10 && std::isdigit(static_cast<unsigned char>(when[0])) && std::isdigit(static_cast<unsigned char>(when[1])) &&
         when[2] == '.' && std::isdigit(static_cast<unsigned char>(when[3])) && std::isdigit(static_cast<unsigned char>(when[4])) &&
         when[5] == '.' && std::isdigit(static_cast<unsigned char>(when[6])) && std::isdigit(static_cast<unsigned char>(when[9]));
}

// "[Anm. AN: Wir möchten … weiterhin erheben können]": a note signed by a negotiating side (its author
// before the colon) is a comment. ("[Anm. 02/2024: …]" or "[Anm.: …]" may be dated contract text: a
// contract can declare its bracketed notes binding.)
bool signed_note(std::string_view text, std::size_t open) {
  std::string_view rest = text.substr(open + 1);
  if (!rest.starts_with("Anm. ") && !rest.starts_with("ANM. ")) return false;
  std::string_view author = rest.substr(5, 40);
  std::size_t colon = author.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  author = author.substr(0, colon);
  return std::isalpha(static_cast<unsigned char>(author.front())) &&
         std::none_of(author.begin(), author.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::uint32_t accept_redlines(std::string& text) {
  if (text.find('[') == std::string::npos && text.find("~~") == std::string::npos) return 0;
  std::string const before = text;
  std::uint32_t edits = 0;
  for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
    auto any = [&](auto const& marks) {
      for (auto m : marks) {
        if (marked(text, open, m)) return m.size();
      }
      return std::size_t{0};
    };
    bool deleted = any(kDeleted) || any(kComment) || signed_note(text, open);
    std::size_t mark = deleted ? 0 : any(kInserted);
    if (!deleted && mark == 0) continue;
    std::size_t close = closing_bracket(text, open);
    if (close == std::string::npos) continue;
    if (deleted) {
      blank(text, open, close + 1);
      ++edits;
      open = close;
    } else {
      // keep the inserted words, drop "[NEU:" and the closing "]"
      std::size_t content = open + 1 + mark;
      if (content < text.size() && text[content] == ':') ++content;
      if (editor_note(std::string_view(text).substr(content, close - content))) {  // "[Eingefügt: L. Vogelsang, 08.09.2025]"
        blank(text, open, close + 1);
        ++edits;
        open = close;
        continue;
      }
      blank(text, open, content);
      blank(text, close, close + 1);
      ++edits;
    }
  }
  // "~~struck text~~" (Markdown strikethrough), within one paragraph
  for (std::size_t from = text.find("~~"); from != std::string::npos; from = text.find("~~", from + 2)) {
    std::size_t to = text.find("~~", from + 2);
    if (to == std::string::npos) break;
    if (text.substr(from, to - from).find("\n\n") != std::string::npos) continue;
    blank(text, from, to + 2);
    ++edits;
    from = to;
  }
  // A table row struck cell by cell ("| ~~4~~ | ~~Firma~~ | … |") is struck as a whole: blank its pipes too.
  if (edits > 0 && before != text) {
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + start, end - start);
      bool only_pipes = line.find('|') != std::string_view::npos && line.find_first_not_of("| \t") == std::string_view::npos;
      if (only_pipes && std::string_view(before).substr(start, end - start) != line) blank(text, start, end);
      start = end + 1;
    }
  }
  return edits;
}

}  // namespace avvlint::source
