// Dot leaders between a label and its value, as in a form or a key sheet:
// "Gegenstand ............ Bereitstellung des CRM". Read as they stand, the dots would end a
// sentence after every label; they are rewritten in place to "Gegenstand:" and blanks, so a
// leader reads like the colon it stands for.
#pragma once

#include <string>

namespace avvlint::source {

// Rewrites every leader of four or more dots that follows a label near the line's start and
// precedes a value (not a page number, not the line's end): the blank before the dots becomes
// ":", the dots become blanks. Offsets and line numbers stay as in the file. Returns how many
// leaders it rewrote.
int rewrite_dot_leaders(std::string& text);

}  // namespace avvlint::source
