#include "line_margin.hpp"

#include <string_view>
#include <utility>
#include <vector>

namespace avvlint::source {
namespace {

// The line's leading number and where it ends (after its digits), if the line opens with
// optional blanks, 1–5 digits, then two blanks or the line's end.
bool margin_number(std::string_view line, unsigned& number, std::size_t& end) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  std::size_t digits = i;
  number = 0;
  while (i < line.size() && i - digits < 5 && line[i] >= '0' && line[i] <= '9') number = number * 10 + unsigned(line[i++] - '0');
  if (i == digits) return false;
  end = i;
  return i == line.size() || (i + 1 < line.size() && line[i] == ' ' && line[i + 1] == ' ');
}

}  // namespace

bool blank_line_number_margin(std::string& text) {
  // The margins of the lines whose number is their own line number: (line start, end of the digits).
  std::vector<std::pair<std::size_t, std::size_t>> margins;
  unsigned lines = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t eol = text.find('\n', start);
    if (eol == std::string::npos) eol = text.size();
    ++lines;
    unsigned number = 0;
    std::size_t end = 0;
    if (margin_number(std::string_view(text).substr(start, eol - start), number, end) && number == lines) {
      margins.emplace_back(start, start + end);
    }
    start = eol + 1;
  }
  if (lines < 20 || margins.size() * 10 < std::size_t{lines} * 9) return false;
  for (auto [from, to] : margins) {
    for (std::size_t i = from; i < to; ++i) text[i] = ' ';
  }
  return true;
}

}  // namespace avvlint::source
