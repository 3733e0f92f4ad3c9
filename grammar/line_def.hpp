// Line grammar, definitions (X3 "define" part). Included by line.cpp only.
//
// Each rule recognises one kind of line prefix; line.cpp tries them in a fixed
// order and turns the first match into a LineShape. The rules parse bytes
// (UTF-8 passes through untouched: markers such as "§", "•" and "–" are literals).
#pragma once

#include "ascii.hpp"
#include <string>

namespace avvlint::grammar::line_rules {
namespace x3 = boost::spirit::x3;
using x3::lit;
using x3::char_;
using ascii::digit;
using x3::raw;
using x3::eoi;

inline auto const blank = lit(' ') | lit('\t') | lit("\xC2\xA0");  // incl. NBSP
inline auto const gap = +blank;
inline auto const end_or_gap = gap | eoi;

// "- ", "• ", "* ", "– ", "· " — a list marker followed by white space.
inline auto const bullet_marker =
    (lit('-') | lit("\xE2\x80\xA2") | lit('*') | lit("\xE2\x80\x93") | lit("\xC2\xB7") | lit("\xE2\x97\x8F")) >> gap;

inline auto const markdown_hashes = raw[+lit('#')] >> gap;

// "|---|:--:|" — a Markdown table separator row.
inline auto const table_separator =
    lit('|') >> +(*blank >> -lit(':') >> +lit('-') >> -lit(':') >> *blank >> lit('|')) >> *blank >> eoi;

inline auto const small_number = x3::repeat(1, 3)[ascii::digit];

// 1.  1.1  1.1.1  1)  (components of at most three digits, at most six levels)
x3::rule<struct dotted_class, std::string> const dotted = "dotted";
inline auto const dotted_def =
    raw[small_number >> x3::repeat(1, 5)[lit('.') >> small_number] >> -lit('.')] |
    raw[ascii::upper >> x3::repeat(1, 5)[lit('.') >> small_number] >> -lit('.')] |  // A.1, B.2.3
    // "A1. Warum es diesen Vertrag gibt", "B7.1 Der Auftragnehmer …": a part's letter fused with the number
    raw[ascii::upper >> small_number >> x3::repeat(0, 5)[lit('.') >> small_number] >> lit('.') >> &lit(' ')] |
    raw[ascii::upper >> small_number >> x3::repeat(1, 5)[lit('.') >> small_number] >> &lit(' ')] |
    raw[small_number >> (lit('.') | lit(')'))] |
    raw[lit('[') >> small_number >> x3::repeat(0, 5)[lit('.') >> small_number] >> lit(']')];  // [2], [2.1]

// Teil A, TEIL II, Abschnitt B, Kapitel IV — a part heading numbered with a letter or roman numeral
x3::rule<struct part_class, std::string> const part = "part";
// ("Kapitel III – Betroffenenrechte" only with a separator or alone: "Kapitel III DSGVO" at a line start is a citation)
inline auto const part_def = raw[(lit("Teil") | lit("TEIL") | lit("Abschnitt") | lit("ABSCHNITT")) >> gap >>
                                 (x3::repeat(1, 5)[char_("IVX")] | ascii::upper | small_number) >> !ascii::alnum] |
                             raw[(lit("Kapitel") | lit("KAPITEL")) >> gap >> (x3::repeat(1, 5)[char_("IVX")] | small_number) >>
                                 !ascii::alnum >>
                                 &(*blank >> (lit("\xE2\x80\x93") | lit('-') | lit(':') | lit('.') | x3::eoi))];

// § 4, § 4a, §4
x3::rule<struct paragraph_class, std::string> const paragraph = "paragraph";
// "§ 4", "§ 4a", and "§ A5" (paragraph 5 of part A)
inline auto const paragraph_def =
    raw[lit("\xC2\xA7") >> *blank >> -ascii::upper >> small_number >> -(ascii::lower >> !ascii::alpha)];

// Ziffer 4, Ziff. 4.2, Klausel 3, Abschnitt 2, Artikel 5, Clause 7, Frage 3, Kasten 4:
x3::rule<struct ziffer_class, std::string> const ziffer = "ziffer";
inline auto const ziffer_def =
    raw[(lit("Ziffer") | lit("Ziff.") | lit("Nr.") | lit("Punkt") | lit("Klausel") | lit("Abschnitt") | lit("Artikel") |
         lit("Clause") | lit("Section") | lit("Article") | lit("ZIFFER") | lit("KLAUSEL") | lit("ABSCHNITT") |
         lit("ARTIKEL") | lit("PUNKT") |
         // a form's boxes and fields: "KASTEN 4 – DAUER", "Feld 7 – Kategorien betroffener Personen"
         lit("Kasten") | lit("KASTEN") | lit("Feld") | lit("FELD")) >>
        gap >> small_number >> *(lit('.') >> small_number) >> -lit('.')] |
    // "Art. II – Art, Zweck und Umfang": an article numbered in roman (an arabic "Art. 28" is a citation)
    raw[lit("Art.") >> gap >> x3::repeat(1, 5)[char_("IVX")] >> !ascii::alnum >> !lit('.') >>
        &(*blank >> (lit("\xE2\x80\x93") | lit('-') | lit(':')))] |
    // "Art. 3 Art der Daten und Kreis der Betroffenen": a contract drafted like a statute — a capitalised word
    // follows the number ("Art. 28 DSGVO", "Art. 28 Abs. 3" stay citations)
    raw[lit("Art.") >> gap >> small_number >> !ascii::alnum >> !lit('.') >>
        &(+blank >> !(lit("Abs") | lit("Satz") | lit("UAbs") | lit("Unterabs") | lit("Buchst")) >>
          ((ascii::upper >> (ascii::lower | lit('\xC3'))) | lit("\xC3\x84") | lit("\xC3\x96") | lit("\xC3\x9C")))] |
    // Q&A contracts: "Frage 3:", "F 3:", "F3:", "Q 3:" (the title is the question); amendments "N 1 – …", "E 4 – …"
    raw[(lit("Frage") | lit("FRAGE") | ascii::upper) >> *blank >> small_number >>
        &(*blank >> (lit(':') | lit("\xE2\x80\x93") | lit(" -")))];

// I.  II.  XIV.  — a roman section number (upper case, with a dot)
x3::rule<struct upper_roman_class, std::string> const upper_roman = "upper_roman";
inline auto const upper_roman_def = raw[(x3::repeat(2, 6)[char_("IVXL")] | ascii::upper) >> lit('.')];  // II.  B.

// 4  — a bare number; a section heading only with a heading-like title (line.cpp decides)
x3::rule<struct bare_number_class, std::string> const bare_number = "bare_number";
inline auto const bare_number_def = raw[small_number];

// (1)
x3::rule<struct parenthesised_class, std::string> const parenthesised = "parenthesised";
inline auto const parenthesised_def = raw[lit('(') >> small_number >> lit(')')];

// (iv)  iv)  — two or more roman letters; a single "i"/"v"/"x" is read as a letter.
inline auto const roman_digits = +char_("ivxl");
x3::rule<struct roman_class, std::string> const roman = "roman";
inline auto const roman_def =
    raw[lit('(') >> x3::repeat(2, 6)[char_("ivxl")] >> lit(')')] | raw[x3::repeat(2, 6)[char_("ivxl")] >> lit(')')];

// a)  a.  (a)  aa)
x3::rule<struct letter_class, std::string> const letter = "letter";
inline auto const letter_def =
    raw[lit('(') >> ascii::lower >> -ascii::lower >> lit(')')] | raw[ascii::lower >> -ascii::lower >> (lit(')') | lit('.'))] |
    // "iii.", "viii.": read as letters here; the tree builder tells a roman run from a letter run
    raw[x3::repeat(3, 4)[char_("ivx")] >> lit('.')];

// Anlage 3, Anhang A, Annex I, Appendix 2, Beilage ./2 (Austrian)
inline auto const annex_word = lit("Anlage") | lit("Anhang") | lit("Annex") | lit("Appendix") | lit("Schedule") |
                               lit("Attachment") | lit("Anl.") | lit("ANLAGE") | lit("ANHANG") | lit("ANNEX") |
                               lit("Beilage") | lit("BEILAGE") | lit("APPENDIX") | lit("SCHEDULE");
// ("Anlage 7.1": an annex of an annex that is itself the contract, "Anlage 7 zum Dienstleistungsvertrag")
inline auto const annex_number = (ascii::upper >> lit('-') >> +ascii::digit) | (+ascii::digit >> *(lit('.') >> +ascii::digit)) |
                                 (x3::repeat(1, 4)[char_("IVX")] >> !ascii::alnum) | (ascii::upper >> !ascii::alnum) |
                                 // "Anlage TOM", "Anlage UA" alone on their line: named by an abbreviation
                                 (x3::repeat(2, 4)[ascii::upper] >> &(*blank >> eoi));
x3::rule<struct annex_class, std::string> const annex = "annex";
inline auto const annex_def = raw[annex_word >> gap >> -lit("./") >> annex_number];

// "Anlage – Technische und organisatorische Maßnahmen", "Anhang:" — an annex without a number.
x3::rule<struct bare_annex_class, std::string> const bare_annex = "bare_annex";
inline auto const bare_annex_def =
    raw[annex_word >> &(*blank >> (lit("\xE2\x80\x93") | lit("\xE2\x80\x94") | lit(':') | lit('-') | eoi))];

// After a heading number: an optional separator before the title.
inline auto const title_separator =
    *blank >> (lit("\xE2\x80\x93") | lit("\xE2\x80\x94") | lit('-') | lit(':') | lit('.')) >> *blank;

BOOST_SPIRIT_DEFINE(dotted, part, paragraph, ziffer, upper_roman, bare_number, parenthesised, roman, letter, annex,
                    bare_annex)

}  // namespace avvlint::grammar::line_rules
