// term.inconsistent: a defined term ("im Folgenden: Auftragnehmer") spelled
// differently elsewhere ("Auftragsnehmer"). Inflected forms (Auftragnehmers,
// Auftragnehmerin) are the same term; a spelling one edit away is a variant.
// The finding points at the rarer spelling: at the definition when the contract
// itself mostly uses the other spelling, else at the first deviating use.
#include "../model/text_util.hpp"
#include "check.hpp"

#include <map>

namespace avvlint::checks {
namespace {

std::string strip_inflection(std::string word) {
  static char const* const kSuffixes[] = {"innen", "in", "en", "er", "es", "em", "n", "s", "e"};
  for (char const* suffix : kSuffixes) {
    std::size_t len = std::char_traits<char>::length(suffix);
    if (word.size() >= len + 6 && word.compare(word.size() - len, len, suffix) == 0) {
      word.resize(word.size() - len);
      break;
    }
  }
  return word;
}

// True when a and b differ by exactly one insertion, deletion or substitution.
bool one_edit_apart(std::string const& a, std::string const& b) {
  if (a == b) return false;
  std::string const& longer = a.size() >= b.size() ? a : b;
  std::string const& shorter = a.size() >= b.size() ? b : a;
  if (longer.size() - shorter.size() > 1) return false;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  if (longer.size() == shorter.size()) return longer.compare(i + 1, std::string::npos, shorter, i + 1) == 0;
  return longer.compare(i + 1, std::string::npos, shorter, i) == 0;
}

struct Spelling {
  std::string written;  // first occurrence as written
  std::uint32_t first = 0;
  int count = 0;
};

}  // namespace

void term_inconsistent(Context& ctx) {
  auto const& doc = ctx.doc;
  std::map<std::string, std::size_t> terms;  // stem -> definition index
  for (std::size_t d = 0; d < doc.definitions.size(); ++d) {
    std::string stem = strip_inflection(text_util::fold(doc.definitions[d].term));
    if (stem.size() >= 6) terms.emplace(stem, d);
  }
  if (terms.empty()) return;
  // stem of a defined term -> (stem of the spelling actually used -> occurrences)
  std::map<std::string, std::map<std::string, Spelling>> used;
  text_util::for_each_word(doc.source.text, [&](text_util::Word w) {
    if (w.text.size() < 6) return;
    std::string stem = strip_inflection(text_util::fold(w.text));
    for (auto const& [term, d] : terms) {
      if (stem == term || one_edit_apart(stem, term)) {
        Spelling& s = used[term][stem];
        if (s.count++ == 0) {
          s.written = std::string(w.text);
          s.first = static_cast<std::uint32_t>(w.begin);
        }
      }
    }
  });
  for (auto const& [term, spellings] : used) {
    Definition const& def = doc.definitions[terms.at(term)];
    auto own = spellings.find(term);
    int defined_count = own == spellings.end() ? 0 : own->second.count;
    for (auto const& [stem, s] : spellings) {
      if (stem == term) continue;
      Args args{{"found", s.written}, {"defined", def.term}, {"found_count", std::to_string(s.count)},
                {"defined_count", std::to_string(defined_count)}};
      bool definition_is_odd = s.count > defined_count;
      Span at = definition_is_odd ? def.span
                                  : Span{s.first, s.first + static_cast<std::uint32_t>(s.written.size())};
      Finding& f = ctx.report("term.inconsistent", at, -1, args);
      f.related.push_back(ctx.related(definition_is_odd ? Span{s.first, s.first + static_cast<std::uint32_t>(s.written.size())}
                                                        : def.span,
                                      definition_is_odd ? "counts" : "definition", args));
    }
  }
}

}  // namespace avvlint::checks
