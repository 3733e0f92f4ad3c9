// Inline suppressions in text and Markdown contracts (docs/configuration.md):
//
//   <!-- avvlint-disable RULE[, RULE…] -->            from this line until a matching
//   <!-- avvlint-enable RULE[, RULE…] -->             enable (or the end of the file)
//   <!-- avvlint-disable-next-line RULE[, RULE…] -->  only the next line with text
//   … text … <!-- avvlint-disable-line RULE[, RULE…] -->  only the comment's own line
//
// RULE may be `*` (every rule); text after " -- " is a reason for the reader.
// `enable RULE` ends the open disables of that rule, `enable` or `enable *` ends
// all of them. A finding is suppressed when its line (the line it is reported at)
// lies in a range of a comment naming its rule.
//
// Why here and not in the tree builder: the comments stay in the text the checks see
// (an HTML comment line is plain text to the clause parser and does not change the
// analysis), so line numbers and clause ids stay exactly those of the file, and the
// suppression is a filter over findings by line.
#pragma once

#include <avvlint/findings.hpp>
#include <avvlint/rule_pack.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace avvlint {

struct SuppressionComment {
  enum class Kind { disable, enable, disable_next_line, disable_line };
  Kind kind = Kind::disable;
  std::vector<std::string> rules;  // as written; "*" for every rule
  Span span;                       // the comment "<!-- … -->"
  std::uint32_t line = 0;          // 1-based
};

// Every avvlint comment of a text, in order (other HTML comments are ignored).
std::vector<SuppressionComment> find_suppression_comments(SourceText const& source);

// Drops the findings that comments suppress and adds a `suppression.unused` finding
// (with {rule}) at every comment, per rule named, that suppressed nothing. Only for
// text and Markdown input: .docx and .pdf text carries no such comments.
void apply_suppressions(DocumentResult& result, RulePack const& pack);

}  // namespace avvlint
