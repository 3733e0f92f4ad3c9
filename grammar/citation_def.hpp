// Citation grammar: references to laws.
//   Art. 28 Abs. 3 lit. e DSGVO · Artikel 4 Nr. 7 DSGVO · Art. 44 ff. DSGVO ·
//   Art. 12 – 22 DSGVO · § 11 BDSG · §§ 3, 4 BDSG · Kapitel 5 der DSGVO · Kapitel III
// "§ N" counts only with a law behind it; without one it is a cross reference.
#pragma once

#include "inline_common.hpp"

#include <avvlint/grammar.hpp>

namespace avvlint::grammar::inline_rules {

struct citation_tag;
template <auto Member>
using cite = assign_to<citation_tag, Member>;

inline auto const law_name =
    x3::lit("DSGVO") | x3::lit("DS-GVO") | x3::lit("EU-DSGVO") | x3::lit("GDPR") | x3::lit("BDSG-neu") |
    x3::lit("BDSG") | x3::lit("BGB") | x3::lit("HGB") | x3::lit("TTDSG") | x3::lit("TDDDG") | x3::lit("TMG") |
    x3::lit("TKG") | x3::lit("UWG") | x3::lit("StGB") | x3::lit("AO") | x3::lit("SGB") | x3::lit("UrhG") |
    x3::lit("Datenschutz-Grundverordnung");
inline auto const law_article = x3::lit("der") | x3::lit("des") | x3::lit("dem");
inline auto const law = -(gap >> law_article) >> gap >> x3::raw[law_name][cite<&Citation::law>{}] >> word_end;

inline auto const article_word = x3::lit("Artikel") | x3::lit("Artt.") | x3::lit("Art.") | x3::lit("Art");
inline auto const paragraph_word = x3::lit("\xC2\xA7\xC2\xA7") | x3::lit("\xC2\xA7");
inline auto const chapter_word = x3::lit("Kapitel") | x3::lit("Kap.");
inline auto const roman_number = x3::repeat(1, 5)[x3::char_("IVX")];

inline auto const dash = x3::lit("\xE2\x80\x93") | x3::lit('-') | x3::lit("bis");
inline auto const range_end = *blank >> dash >> *blank >> x3::raw[number][cite<&Citation::range_end>{}];
inline auto const subparagraph =
    gap >> (x3::lit("Abs.") | x3::lit("Absatz")) >> *blank >> x3::raw[number][cite<&Citation::paragraph>{}];
inline auto const sentence_no = gap >> (x3::lit("S.") | x3::lit("Satz") | x3::lit("UAbs.") | x3::lit("Unterabs.")) >>
                                *blank >> number;
inline auto const letter = gap >> (x3::lit("lit.") | x3::lit("Buchst.") | x3::lit("Buchstabe")) >> *blank >>
                           x3::raw[ascii::lower][cite<&Citation::letter>{}] >> !ascii::alnum;
inline auto const item_no = gap >> (x3::lit("Nr.") | x3::lit("Nummer")) >> *blank >> number;
inline auto const following = *blank >> (x3::lit("ff.") | x3::lit("f."))[([](auto& ctx) {
                                x3::get<citation_tag>(ctx).get().following = true;
                              })];
inline auto const more_numbers = *(*blank >> (x3::lit(',') | x3::lit("und")) >> *blank >> number);

inline auto const article_citation =
    x3::raw[article_word][([](auto& ctx) { x3::get<citation_tag>(ctx).get().unit = "Art"; })] >> *blank >>
    x3::raw[number][cite<&Citation::number>{}] >> !ascii::alpha >> -range_end >> -subparagraph >> -sentence_no >>
    -letter >> -item_no >> -following >> -law;

inline auto const paragraph_citation =
    x3::raw[paragraph_word][([](auto& ctx) { x3::get<citation_tag>(ctx).get().unit = "\xC2\xA7"; })] >> *blank >>
    x3::raw[number][cite<&Citation::number>{}] >> -ascii::lower >> more_numbers >> -subparagraph >> -sentence_no >>
    -item_no >> -following >> law;

inline auto const chapter_citation =
    x3::raw[chapter_word][([](auto& ctx) { x3::get<citation_tag>(ctx).get().unit = "Kapitel"; })] >> gap >>
    x3::raw[number | roman_number][cite<&Citation::number>{}] >> word_end >> -law;

inline auto const citation = article_citation | paragraph_citation | chapter_citation;

}  // namespace avvlint::grammar::inline_rules
