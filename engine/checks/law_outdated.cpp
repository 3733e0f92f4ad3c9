// law.outdated: references to superseded law or terminology — the old BDSG
// ("§ 11 BDSG", "BDSG a. F."), the Data Protection Directive 95/46/EC, the old
// standard contractual clauses, Safe Harbor / Privacy Shield, "Sperrung" for what
// the GDPR calls restriction of processing. The list is data
// (rules/lexicon/outdated-law.json): phrases matched at word starts in folded text,
// and citations matched by law and number.
#include "../model/text_util.hpp"
#include "check.hpp"

#include <nlohmann/json.hpp>

namespace avvlint::checks {
namespace {

struct Phrase {
  std::string folded;
  std::string replacement;  // German replacement text (English in "replacement_en")
  std::string replacement_en;
};

}  // namespace

void law_outdated(Context& ctx) {
  auto const& lexicon = ctx.pack.json("lexicon/outdated-law.json");
  if (!lexicon.is_object()) return;
  std::vector<Phrase> phrases;
  for (auto const& e : lexicon.value("phrases", nlohmann::json::array())) {
    for (auto const& m : e.value("match", nlohmann::json::array())) {
      phrases.push_back({text_util::fold(m.get<std::string>()), e.value("replacement", ""),
                         e.value("replacement_en", "")});
    }
  }
  auto const& nodes = ctx.doc.nodes;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    Node const& n = nodes[i];
    std::string_view texts[2] = {n.heading, n.text};
    for (int t = 0; t < 2; ++t) {
      if (texts[t].empty()) continue;
      auto folded = text_util::fold_mapped(texts[t]);
      for (auto const& p : phrases) {
        for (std::size_t at = folded.text.find(p.folded); at != std::string::npos;
             at = folded.text.find(p.folded, at + 1)) {
          bool starts_word = at == 0 || text_util::letter_length(folded.text, at - 1) == 0;
          if (!starts_word) continue;
          std::uint32_t b = folded.origin[at], e = folded.origin[at + p.folded.size()];
          Span span = t == 0 ? Span{n.heading_span.begin + b, n.heading_span.begin + e}
                             : Span{n.source_offset(b), n.source_offset(e - 1) + 1};
          std::string found(texts[t].substr(b, e - b));
          ctx.report("law.outdated", span, static_cast<int>(i),
                     {{"found", found}, {"replacement", "@replacement"}, {"replacement_de", p.replacement},
                      {"replacement_en", p.replacement_en}});
          break;  // one finding per phrase and node
        }
      }
    }
  }
  // Citations of superseded provisions.
  for (auto const& c : ctx.doc.citations) {
    for (auto const& e : lexicon.value("citations", nlohmann::json::array())) {
      if (e.value("law", "") != c.citation.law || e.value("unit", "") != c.citation.unit) continue;
      bool number_matches = false;
      for (auto const& num : e.value("numbers", nlohmann::json::array())) {
        if (num.get<std::string>() == c.citation.number) number_matches = true;
      }
      if (!number_matches) continue;
      std::string found(std::string_view(ctx.doc.source.text).substr(c.span.begin, c.span.end - c.span.begin));
      ctx.report("law.outdated", c.span, c.from,
                 {{"found", found}, {"replacement", "@replacement"}, {"replacement_de", e.value("replacement", "")},
                  {"replacement_en", e.value("replacement_en", "")}});
    }
  }
}

}  // namespace avvlint::checks
