// Reporters: the only code that turns results into text. Each emitter writes one
// format to a stream; nothing is printed anywhere else in the engine.
#pragma once

#include <avvlint/findings.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace avvlint {

struct ReportOptions {
  std::string lang;    // "de" / "en"; empty: each document's own language
  bool color = false;  // ANSI colours in text output
};

// The message of a finding, rendered in a language.
std::string render_message(Finding const& f, RulePack const& pack, std::string const& lang);
std::string render_note(Finding const& f, Related const& r, RulePack const& pack, std::string const& lang);

// clang style: "path:line:col: severity: message [rule]", the source line, a caret, notes.
void write_text(std::ostream& out, DocumentResult const& result, RulePack const& pack, ReportOptions const& options);
// The JSON report of ../shared/spec/output.md (all documents in one object).
void write_json(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                ReportOptions const& options);
// SARIF 2.1.0 (all documents in one run): rule metadata, results with locations,
// clause ids as logical locations, related locations and stable fingerprints.
void write_sarif(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                 ReportOptions const& options);
// One self-contained HTML page (all documents): summary, requirement coverage,
// findings, subprocessors, and the contract text with the findings marked.
void write_html(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                ReportOptions const& options);
// The clause tree of one document as JSON (`avvlint tree`), with the extracted
// subprocessors, their countries and the status of each transfer.
void write_tree_json(std::ostream& out, DocumentResult const& result);
// `avvlint rules` and `avvlint explain`.
void write_rule_list(std::ostream& out, RulePack const& pack, std::string const& lang);
// `avvlint rules --format markdown` (docs/rules.md): every finding rule and
// requirement with severity, requirement, legal basis, title and explanation;
// lang "" writes German with the English below, "de" / "en" one language.
void write_rule_markdown(std::ostream& out, RulePack const& pack, std::string const& lang);
bool write_explanation(std::ostream& out, RulePack const& pack, std::string const& id, std::string const& lang);

}  // namespace avvlint
