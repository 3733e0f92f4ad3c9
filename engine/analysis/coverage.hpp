// Coverage: the rule kinds that work on provisions.
//
//  * requires  — a requirement (rules/requirements/*.json, "match") is met,
//                partial, missing or not applicable, from its parts (each part
//                satisfied by any of its provisions), its limits (provisions that
//                hollow it out) and its not-applicable conditions;
//  * forbids   — a finding rule (rules/findings/*.json, "forbids") fires on every
//                clause with a sentence matching one of its provisions; with
//                period bounds in the provision it is the period-bound kind, with
//                "none_in_clause" the conditional kind (A without B in the clause).
//
// Specs are parsed once per rule pack (CoverageRules); evaluation works on one
// document's sentences and returns plain results.
#pragma once

#include "concepts.hpp"
#include "provisions.hpp"

#include <avvlint/findings.hpp>

#include <memory>

namespace avvlint::analysis {

struct Part {
  LocalText label;
  bool core = true;
  std::vector<Provision> provisions;
  // a finding rule raised where another clause sets this part's clause aside by its number
  // ("§ 8 Abs. 3 findet keine Anwendung" for the right to object), or ""
  std::string set_aside_finding;
};

struct Limit {
  std::vector<Provision> provisions;
  Status effect = Status::partial;
  LocalText detail;
  std::string finding;  // a finding rule raised at the limiting sentence, or ""
  bool establishes = false;  // the limiting clause regulates the topic: partial, not missing
  std::string fact;  // instead of provisions: a fact the transfer analysis establishes (transfers.hpp)
};

// The facts a limit may name instead of provisions.
inline constexpr char const* kLimitFacts[] = {"objection-outlasts-notice"};

struct RequirementSpec {
  std::string id;
  std::vector<std::string> topic;  // concepts that name the topic in headings
  std::vector<Part> parts;
  std::vector<Limit> limits;
  std::vector<Provision> not_applicable_if;
  std::vector<Provision> not_applicable_unless;  // a match keeps the requirement applicable ("… erteilt
                                                 // darüber hinaus die allgemeine Genehmigung")
};

struct ForbidSpec {
  std::string rule;
  std::vector<Provision> provisions;
};

struct CoverageRules {
  ConceptTable concepts;
  std::vector<RequirementSpec> requirements;  // catalogue order
  std::vector<ForbidSpec> forbids;
};

struct CoverageRulesResult {
  std::shared_ptr<CoverageRules const> rules;
  std::string error;
};

CoverageRulesResult compile_coverage_rules(RulePack const& pack);

struct SentenceRef {
  int sentence = -1;
  MatchKind kind = MatchKind::none;
};

struct PartResult {
  SentenceRef best;
  int limited_by = -1;  // a sentence elsewhere that hollows or sets aside the best match's clause
};

struct RequirementEvaluation {
  std::string id;
  Status status = Status::missing;
  std::vector<PartResult> parts;
  int limit = -1;                // index of the limit that applied
  SentenceRef limit_at;
  int topic_node = -1;           // a heading naming the topic
};

struct ForbidHit {
  std::string rule;
  int sentence = -1;
};

struct CoverageResult {
  std::vector<Sentence> sentences;
  std::vector<RequirementEvaluation> requirements;
  std::vector<ForbidHit> forbidden;
};

CoverageResult evaluate_coverage(Document const& doc, CoverageRules const& rules);
// The same with the match context built by the caller over `result.sentences` (already
// split), so that the transfer analysis can reuse its concept index.
void evaluate_coverage(MatchContext const& ctx, CoverageRules const& rules, CoverageResult& result);

}  // namespace avvlint::analysis
