#include "dot_leaders.hpp"

#include <cctype>
#include <string_view>

namespace avvlint::source {
namespace {

constexpr std::size_t kLabelReach = 60;  // a leader starts within this many bytes of the line start

bool is_label_end(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == ')' || u >= 0x80;  // a letter (also a UTF-8 one), a digit, "(AG)"
}

// Rewrites the leader of one line [start, eol), if it has one.
bool rewrite_line(std::string& text, std::size_t start, std::size_t eol) {
  std::string_view line(text.data() + start, eol - start);
  std::size_t dots = line.find("....");
  if (dots == std::string_view::npos || dots < 2 || dots > kLabelReach || line[dots - 1] != ' ') return false;
  if (!is_label_end(line[dots - 2])) return false;  // "Name: ......" is a blank to fill in
  std::size_t after = dots;
  while (after < line.size() && line[after] == '.') ++after;
  if (after >= line.size() || line[after] != ' ') return false;
  std::size_t value = line.find_first_not_of(' ', after);
  if (value == std::string_view::npos) return false;  // "Ort, Datum ........": a line to sign on
  std::string_view rest = line.substr(value);
  bool page_number = rest.find_first_not_of("0123456789 ") == std::string_view::npos;
  if (page_number) return false;  // a table of contents
  text[start + dots - 1] = ':';
  for (std::size_t i = dots; i < after; ++i) text[start + i] = ' ';
  return true;
}

}  // namespace

int rewrite_dot_leaders(std::string& text) {
  int rewritten = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t eol = text.find('\n', start);
    if (eol == std::string::npos) eol = text.size();
    if (rewrite_line(text, start, eol)) ++rewritten;
    start = eol + 1;
  }
  return rewritten;
}

}  // namespace avvlint::source
