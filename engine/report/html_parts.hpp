// Pieces of the HTML report shared by its translation units: escaping, anchor
// names, the embedded stylesheet and the contract-text renderer.
//
// Anchors inside a page are prefixed per document ("d1-", "d2-", …):
//   d1-L12      line 12 of the contract text
//   d1-c-<id>   the first line of the clause with that id (see anchor_name)
//   d1-f3       finding 3 (1-based, in the document's finding order)
//   d1-req-<id> a row of the coverage matrix
#pragma once

#include <avvlint/findings.hpp>

#include "labels.hpp"

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

namespace avvlint::report {

// Text for element content and attribute values: & < > " ' escaped; control
// characters other than tab and line feed shown as their Unicode pictures (␌).
std::string html_escape(std::string_view text);

// An id-safe form of a clause or requirement id: ASCII letters, digits, '.', '-'
// stay; every other byte becomes "_XX" (hex), so distinct ids stay distinct.
std::string anchor_name(std::string_view id);

// Clause id -> the line its numbered node starts on (first occurrence wins).
std::map<std::string, std::uint32_t> clause_lines(Document const& doc);

// The stylesheet, embedded in every page (no external assets).
extern char const* const kHtmlStyle;

// The contract text as a table: line number, clause id where a clause starts,
// the text with findings highlighted, and marks linking each marked line to its
// findings. `lang` is the language of finding messages (used in tooltips).
void write_html_source(std::ostream& out, DocumentResult const& result, std::string const& prefix,
                       RulePack const& pack, Labels const& labels, std::string const& lang);

}  // namespace avvlint::report
