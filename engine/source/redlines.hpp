// Redlines typed into a plain-text contract, as they come back from negotiations:
// deletions "[gestrichen: …]" or "~~…~~", insertions "[NEU: …]" or "[eingefügt: …]",
// comments "[Kommentar …: …]". The contract is read as it would be signed once the
// edits are accepted — deleted passages and comments do not count, inserted ones do —
// as a .docx with tracked changes is read in its accepted state.
#pragma once

#include <cstdint>
#include <string>

namespace avvlint::source {

// Blanks the deleted passages, the comments and the insertion marks in place (with spaces,
// keeping line breaks, so offsets and line numbers stay as in the file) and returns how
// many edits it found.
std::uint32_t accept_redlines(std::string& text);

}  // namespace avvlint::source
