// avvlint grammar — the public face of the Spirit X3 grammars.
//
// Two kinds of grammar live here, each behind one parse entry point:
//
//  * the line grammar (`classify_line`): what a single source line *is* by its
//    prefix — a Markdown heading, an annex heading, a section or clause number
//    ("§ 4", "8.2", "(2)"), an item marker ("a)", "- a.", "(i)"), a bullet, a
//    table row — and where its text starts. The document structure is then
//    assembled from these shapes by engine/model (tree_builder).
//
//  * the inline grammars (`scan_inline`): legal citations ("Art. 28 Abs. 3 lit. e
//    DSGVO", "§ 11 BDSG", "Kapitel 5 der DSGVO"), cross references ("Ziffer 8.2",
//    "gemäß § 4", "Anlage 3", "Anhang 1") and periods ("zwei Wochen", "72 Stunden",
//    "unverzüglich") with their byte spans inside a text.
//
// Only plain structs cross this header; nothing outside grammar/ sees Spirit.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace avvlint::grammar {

// ---------------------------------------------------------------- line grammar

enum class LineKind {
  blank,           // empty or whitespace only
  table_row,       // "| a | b |"
  table_separator, // "|---|:--|"
  annex_heading,   // "Anlage 3 – Subunternehmer", "Anhang A", "Annex I", "## Anlage 1"
  section_heading, // "1. Gegenstand", "§ 4 Pflichten", "Ziffer 2", "## § 1 …"
  numbered,        // a numbered provision with running text: "- 1.1 Der …", "(2) Der …", "1. Der … folgende:"
  item,            // "a) …", "- a. …", "(a) …", "(iv) …"
  bullet,          // "- …", "• …", "* …"
  bold_heading,    // "**Zutrittskontrolle**", "- **Verschlüsselung**"
  heading,         // a Markdown heading without a number ("# Vertrag …")
  text             // anything else
};

enum class NumberStyle {
  none,
  dotted,      // 1.  1.1  1.1.1
  paragraph,   // § 4, § 4a
  ziffer,      // Ziffer 4 / Ziff. 4
  parenthesis, // (1)
  letter,      // a)  a.  (a)
  roman,       // (i)  iv)
  annex        // Anlage 3 / Anhang A / Annex I
};

struct LineShape {
  LineKind kind = LineKind::text;
  NumberStyle style = NumberStyle::none;
  int indent = 0;              // leading columns (tab = 4)
  int markdown_level = 0;      // number of leading '#'
  bool bulleted = false;       // a "- " / "• " / "* " marker stood before the number
  std::string number;          // the number as written: "8.2", "§ 4", "(2)", "a)", "Anlage 3"
  std::vector<std::string> parts; // its components: {"8","2"}, {"4"}, {"a"}, {"3"}
  std::size_t text_begin = 0;  // byte offset in the line where the running text starts
  std::string_view title;      // heading text (annex/section/bold/markdown) without markers
};

// Classifies one line (without its line break). Never throws; any input is a line.
LineShape classify_line(std::string_view line);

// Splits a pipe-table row into trimmed cells ("| a | b |" -> {"a","b"}).
std::vector<std::string_view> split_table_row(std::string_view line);

// -------------------------------------------------------------- inline grammars

struct Citation {               // a reference to a law
  std::string law;              // "DSGVO", "BDSG", "BGB", … (normalised; "DSGVO" for GDPR/DS-GVO)
  std::string unit;             // "Art", "§", "Kapitel"
  std::string number;           // "28", "11", "5"
  std::string paragraph;        // "3" (Abs.), may be empty
  std::string letter;           // "e" (lit./Buchst.), may be empty
  bool following = false;       // "ff."
  std::string range_end;        // "22" in "Art. 12 – 22"
};

struct CrossReference {         // a reference to a part of this document
  enum class Target { clause, annex } target = Target::clause;
  std::string label;            // as written: "Ziffer 8.2", "§ 4 Abs. 2", "Anlage 3"
  std::string id;               // normalised target id: "8.2", "§ 4", "§ 4 (2)", "Anlage 3"
};

struct Period {                 // a time span
  double amount = 0;            // 2 for "zwei Wochen"; 0 for "unverzüglich"
  std::string unit;             // "hour", "day", "workday", "week", "month", "year", "immediate"
  double hours = 0;             // normalised length (workday = 24 h; month = 30 days)
};

struct InlineMatch {
  std::size_t begin = 0, end = 0; // byte span inside the scanned text
  std::optional<Citation> citation;
  std::optional<CrossReference> reference;
  std::optional<Period> period;
};

// Scans a text for citations, cross references and periods, in text order.
// Linear in the text length; never throws.
std::vector<InlineMatch> scan_inline(std::string_view text);

// Single-construct entry points (used by scan_inline and by the tests): each parses
// a construct at the very start of `text` and reports how many bytes it consumed.
std::optional<Citation> parse_citation(std::string_view text, std::size_t& consumed);
std::vector<CrossReference> parse_cross_reference(std::string_view text, std::size_t& consumed);
std::optional<Period> parse_period(std::string_view text, std::size_t& consumed);

}  // namespace avvlint::grammar
