// What a file is, by its first bytes (see extract.hpp). The name is not trusted:
// an .exe renamed .docx is still an executable, and a .docx saved as .txt is a
// .docx.
#include "extract.hpp"

namespace avvlint::extract {

Magic sniff(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("PK\x03\x04") || starts("PK\x05\x06")) return Magic::zip;
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Magic::ole;
  // "MZ" alone could begin a text; an executable header has NUL bytes right after it.
  bool mz = starts("MZ") && bytes.substr(0, 64).find('\0') != std::string_view::npos;
  if (mz || starts("\x7F" "ELF")) return Magic::exe;
  if (starts("%PDF-")) return Magic::pdf;
  return Magic::text;
}

}  // namespace avvlint::extract
