#include "page_furniture.hpp"

#include "../source/extract.hpp"
#include "text_util.hpp"

#include <map>
#include <set>
#include <string>

namespace avvlint {

namespace {

// "Vertraulich            Seite 2 von 7", "AVV Muster GmbH / Kunde – Seite 3 von 9": a running header
// or footer that carries the page count beside other words.
bool page_count_inside(std::string_view line) {
  std::string shape = extract::line_shape(line);
  for (char const* count : {"Seite # von #", "Seite #/#", "Seite # / #", "Page # of #"}) {
    std::size_t at = shape.find(count);
    if (at == std::string::npos) continue;
    std::size_t after = at + std::string_view(count).size();
    // (at either end of the line, not inside a sentence)
    if (at == 0 || after == shape.size() || shape.find_first_not_of(" -\xE2\x80\x93", after) == std::string::npos) return true;
    std::string_view before = std::string_view(shape).substr(0, at);
    if (before.find_last_not_of(" -\xE2\x80\x93") == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<char> page_furniture_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0;;) {
    std::size_t eol = text.find('\n', pos);
    lines.push_back(text.substr(pos, (eol == std::string_view::npos ? text.size() : eol) - pos));
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  std::vector<char> furniture(lines.size(), 0);
  auto blank_text = [](std::string_view t) { return t.find_first_not_of(" \t\r") == std::string_view::npos; };
  auto blank = [&](std::size_t i) { return blank_text(lines[i]); };
  // the length without indentation: a centred "– 3 –" stands far to the right
  auto length = [&](std::size_t i) {
    std::size_t from = lines[i].find_first_not_of(" \t");
    return from == std::string_view::npos ? 0 : lines[i].size() - from;
  };
  std::vector<std::size_t> page_numbers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // (one scan past the indentation per line: an indented text must stay linear)
    std::size_t from = lines[i].find_first_not_of(" \t");
    if (from == std::string_view::npos || lines[i].size() - from > 160) continue;
    std::string_view content = lines[i].substr(from);
    if (blank_text(content) || !((content.size() <= 40 && extract::page_number_line(content)) || page_count_inside(content))) continue;
    if (extract::line_shape(content) == "#") continue;  // a lone number may be content in plain text
    furniture[i] = 1;
    page_numbers.push_back(i);
  }
  if (page_numbers.size() < 2) return furniture;
  // Short lines within two non-blank lines of a page number, counted by shape.
  std::map<std::string, std::set<std::size_t>> near;  // shape -> the distinct lines that have it
  std::vector<std::pair<std::size_t, std::string>> candidates;
  for (std::size_t p : page_numbers) {
    for (int dir : {-1, 1}) {
      std::size_t i = p;
      for (int seen = 0; seen < 2;) {
        if ((dir < 0 && i == 0) || (dir > 0 && i + 1 >= lines.size())) break;
        i = dir < 0 ? i - 1 : i + 1;
        if (blank(i)) continue;
        ++seen;
        if (furniture[i] || length(i) > 110) continue;  // a running header may name both parties
        std::string shape = extract::line_shape(lines[i]);
        near[shape].insert(i);
        candidates.emplace_back(i, std::move(shape));
      }
    }
  }
  std::set<std::string_view> running;  // the running lines' texts
  for (auto const& [i, shape] : candidates) {
    if (near[shape].size() >= 2) {
      furniture[i] = 1;
      running.insert(text_util::trim(lines[i]));
    }
  }
  // The first page's header ("Vertraulich" as the document's first line) and the last page's footer
  // have no page number beside them: the same text as a running line, among the first or last lines.
  auto edge = [&](std::size_t from, int dir) {
    for (std::size_t i = from, seen = 0; i < lines.size() && seen < 3; i += static_cast<std::size_t>(dir)) {
      if (blank(i)) continue;
      ++seen;
      if (running.count(text_util::trim(lines[i]))) furniture[i] = 1;
      if (dir < 0 && i == 0) break;
    }
  };
  edge(0, 1);
  edge(lines.size() - 1, -1);
  return furniture;
}

}  // namespace avvlint
