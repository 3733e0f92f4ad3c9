// Cross-reference grammar: references to parts of this document.
//   Ziffer 8.2 · Ziff. 3 · Nr. 4.1 · Abschnitt 5 · § 4 · § 4 Abs. 2 · Anlage 3 ·
//   **Anlage 2** · Anlagen 1 und 2 · Anlagen 1 bis 3 · Anhang A · Annex I · Beilage ./2
// Each target found is pushed as a CrossReference (a list may name several).
#pragma once

#include "inline_common.hpp"

#include <avvlint/grammar.hpp>

#include <vector>

namespace avvlint::grammar::inline_rules {

struct xref_tag;

struct xref_state {
  std::vector<CrossReference> found;
  CrossReference::Target target = CrossReference::Target::clause;
  std::string prefix;  // "Anlage", "Ziffer", "§"
};

inline auto set_target(CrossReference::Target t, char const* prefix) {
  return [t, prefix](auto& ctx) {
    auto& st = x3::get<xref_tag>(ctx).get();
    st.target = t;
    st.prefix = prefix;
  };
}

inline auto const push_id = [](auto& ctx) {
  auto& st = x3::get<xref_tag>(ctx).get();
  auto const& range = x3::_attr(ctx);
  CrossReference ref;
  ref.target = st.target;
  ref.id = std::string(range.begin(), range.end());
  if (st.prefix == "\xC2\xA7") ref.id = "\xC2\xA7 " + ref.id;
  st.found.push_back(ref);
};

inline auto const add_paragraph = [](auto& ctx) {
  auto& st = x3::get<xref_tag>(ctx).get();
  auto const& range = x3::_attr(ctx);
  if (!st.found.empty()) st.found.back().id += " (" + std::string(range.begin(), range.end()) + ")";
};

inline auto const dotted_id = x3::raw[number >> *(x3::lit('.') >> number)];
inline auto const paragraph_id =
    x3::raw[-ascii::upper >> number >> *(x3::lit('.') >> number) >> -(ascii::lower >> !ascii::alpha)];
inline auto const annex_id = x3::raw[(ascii::upper >> x3::lit('-') >> number) |  // "Anlage C-1"
                                     // (not a postal code in a flattened address column: "Anlage\n67100 Strasbourg")
                                     (number >> !ascii::digit >> *(x3::lit('.') >> number) >> -(ascii::lower >> !ascii::alpha)) |
                                     (x3::repeat(1, 4)[x3::char_("IVX")] >> !ascii::alnum) |
                                     // (a letter, not the first of "Löschen": "nach Anhang 3, Löschen")
                                     (ascii::upper >> !(ascii::alnum | x3::lit('\xC3')))];
inline auto const joiner = *blank >> (x3::lit(',') | x3::lit("und") | x3::lit("sowie") | x3::lit("oder") |
                                      x3::lit("bis") | x3::lit("\xE2\x80\x93") | x3::lit('-')) >> *blank;
inline auto const bold = -x3::lit("**");

inline auto const clause_word =
    (x3::lit("Ziffern") | x3::lit("Ziffer") | x3::lit("Ziff.") | x3::lit("Nrn.") | x3::lit("Abschnitte") |
     x3::lit("Abschnitt") | x3::lit("Punkte") | x3::lit("Punkt") | x3::lit("Klauseln") | x3::lit("Klausel") |
     x3::lit("Clause") | x3::lit("Section") | x3::lit("Kasten") | x3::lit("Feld"))[set_target(CrossReference::Target::clause, "Ziffer")];
inline auto const paragraph_word =
    (x3::lit("\xC2\xA7\xC2\xA7") | x3::lit("\xC2\xA7"))[set_target(CrossReference::Target::clause, "\xC2\xA7")];
inline auto const annex_word =
    (x3::lit("Anlagen") | x3::lit("Anlage") | x3::lit("Anh\xC3\xA4nge") | x3::lit("Anhang") | x3::lit("Annexes") |
     x3::lit("Annex") | x3::lit("Appendix") | x3::lit("Anl.") | x3::lit("Beilagen") |
     x3::lit("Beilage"))[set_target(CrossReference::Target::annex, "Anlage")];

inline auto const subparagraph = *blank >> (x3::lit("Abs.") | x3::lit("Absatz")) >> *blank >> x3::raw[number][add_paragraph];

// "Abschnitt XI", "Ziffer IV": a section numbered in roman numerals
inline auto const clause_id =
    x3::raw[(number >> *(x3::lit('.') >> number)) | (x3::repeat(1, 5)[x3::char_("IVXL")] >> !ascii::alnum)];
inline auto const clause_reference = clause_word >> *blank >> clause_id[push_id] >> word_end >>
                                     *(joiner >> clause_id[push_id] >> word_end);
inline auto const paragraph_reference = paragraph_word >> *blank >> paragraph_id[push_id] >> -subparagraph >>
                                        *(joiner >> paragraph_id[push_id]);
// (Austrian "Beilage ./2": the "./" before the number)
inline auto const annex_mark = -x3::lit("./");
inline auto const annex_reference = annex_word >> *blank >> annex_mark >> annex_id[push_id] >> bold >>
                                    *(joiner >> bold >> annex_mark >> annex_id[push_id] >> bold);

inline auto const cross_reference = bold >> (annex_reference | paragraph_reference | clause_reference);

}  // namespace avvlint::grammar::inline_rules
