// libFuzzer target: the line grammar and the inline grammars (citations, cross
// references, periods) on arbitrary bytes.
#include <avvlint/grammar.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view text(reinterpret_cast<char const*>(data), size);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto shape = avvlint::grammar::classify_line(text.substr(start, end - start));
    if (shape.text_begin > end - start) __builtin_trap();
    (void)avvlint::grammar::split_table_row(text.substr(start, end - start));
    start = end + 1;
  }
  for (auto const& m : avvlint::grammar::scan_inline(text)) {
    if (m.begin > m.end || m.end > text.size()) __builtin_trap();
  }
  return 0;
}
