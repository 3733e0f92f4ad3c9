// What a check is: a function from a document (and the rule pack, for lexicons
// and data) to findings. Checks never print and never throw for bad input.
#pragma once

#include <avvlint/findings.hpp>

#include "../analysis/coverage.hpp"
#include "../analysis/transfers.hpp"

#include <string>
#include <vector>

namespace avvlint::checks {

struct Context {
  Document const& doc;
  RulePack const& pack;
  std::vector<Finding>& out;
  analysis::CoverageRules const* coverage_rules = nullptr;  // null when the pack has no coverage rules
  analysis::CoverageResult const* coverage = nullptr;
  std::vector<RequirementResult> const* requirements = nullptr;
  analysis::TransferFacts const* transfers = nullptr;

  // Adds a finding of `rule` at `span`, filling severity/requirement from the rule file.
  Finding& report(std::string const& rule, Span span, int node, Args args = {});
  Related related(Span span, std::string note, Args args = {}) const;
};

using CheckFn = void (*)(Context&);

struct Check {
  char const* rule;            // the rule id the check raises
  CheckFn run;
  char const* also = nullptr;  // a second rule id the same check raises, if any
};

// One line per check, sorted by rule id (see registry.cpp).
std::vector<Check> const& registry();

// The individual checks (one file each in checks/).
void placeholder_unfilled(Context&);
void structure_numbering(Context&);
void reference_graph(Context&);  // reference.dangling + reference.unreferenced-annex
void term_inconsistent(Context&);
void law_outdated(Context&);
void source_encoding(Context&);
void requirement_findings(Context&);  // requirement.missing + requirement.partial
void forbidden_provisions(Context&);  // every rule with a "forbids" spec
void transfer_no_safeguard(Context&);
void transfer_location_conflict(Context&);
void subprocessor_entries(Context&);  // subprocessor.incomplete-entry + subprocessor.unknown-location
void objection_after_start(Context&);

}  // namespace avvlint::checks
