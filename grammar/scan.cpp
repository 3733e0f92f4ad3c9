// scan_inline: walks a text once and tries the inline grammars at each word start.
// No Spirit here; the grammars are reached through their entry points.
#include <avvlint/grammar.hpp>

#include <cctype>

namespace avvlint::grammar {
namespace {

bool word_start(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  unsigned char prev = static_cast<unsigned char>(text[i - 1]);
  // "Friedrich-Ebert-Anlage 40" is a street, not a reference: a compound goes on after a hyphen.
  if (prev == '-' && i >= 2) {
    unsigned char before = static_cast<unsigned char>(text[i - 2]);
    if (std::isalpha(before) || before >= 0x80) return false;
  }
  return !(std::isalnum(prev) || prev >= 0x80);
}

// Cheap first-byte filter: only these can start a citation, reference or period.
bool may_start(unsigned char c) {
  return std::isdigit(c) || std::isalpha(c) || c == 0xC2 /* § */ || c == '*';
}

}  // namespace

std::vector<InlineMatch> scan_inline(std::string_view text) {
  std::vector<InlineMatch> found;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!may_start(c) || !word_start(text, i)) {
      ++i;
      continue;
    }
    std::string_view rest = text.substr(i);
    std::size_t used = 0;
    InlineMatch match;
    if (auto citation = parse_citation(rest, used)) {
      match.citation = std::move(*citation);
    } else if (auto refs = parse_cross_reference(rest, used); !refs.empty()) {
      for (std::size_t k = 0; k < refs.size(); ++k) {
        InlineMatch m;
        m.begin = i;
        m.end = i + used;
        m.reference = std::move(refs[k]);
        found.push_back(std::move(m));
      }
      i += used;
      continue;
    } else if (auto period = parse_period(rest, used)) {
      match.period = std::move(*period);
    } else {
      ++i;
      continue;
    }
    match.begin = i;
    match.end = i + used;
    found.push_back(std::move(match));
    i += used > 0 ? used : 1;
  }
  return found;
}

}  // namespace avvlint::grammar
