// libFuzzer target: the .docx reader (zip container, XML, Word numbering) and the
// PDF layout cleaner on arbitrary bytes. Seeds: tests/fixtures/*.docx.
#include "../engine/source/extract.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<char const*>(data), size);
  auto docx = avvlint::extract::extract_docx(bytes);
  if (!docx.ok() && !docx.text.empty()) __builtin_trap();
  (void)avvlint::extract::clean_pdf_layout(bytes);
  return 0;
}
