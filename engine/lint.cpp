#include <avvlint/lint.hpp>

#include "checks/check.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace avvlint {

char const* to_string(Status s) {
  switch (s) {
    case Status::met: return "met";
    case Status::partial: return "partial";
    case Status::missing: return "missing";
    case Status::not_applicable: return "not-applicable";
  }
  return "?";
}

std::vector<std::string> registered_check_ids() {
  std::vector<std::string> ids;
  for (auto const& c : checks::registry()) {
    if (std::string_view(c.rule) == "forbids") continue;  // data-driven: one per rule file with "forbids"
    ids.emplace_back(c.rule);
    if (c.also) ids.emplace_back(c.also);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

namespace {

// Coverage rules are compiled once per rule pack and shared by every document.
analysis::CoverageRulesResult const& coverage_rules_for(RulePack const& pack) {
  static std::mutex mutex;
  static std::map<RulePack const*, analysis::CoverageRulesResult> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(&pack);
  if (it == cache.end()) it = cache.emplace(&pack, analysis::compile_coverage_rules(pack)).first;
  return it->second;
}

std::vector<RequirementResult> requirement_results(Document const& doc, analysis::CoverageResult const& coverage) {
  std::vector<RequirementResult> out;
  for (std::size_t r = 0; r < coverage.requirements.size(); ++r) {
    auto const& ev = coverage.requirements[r];
    RequirementResult res;
    res.id = ev.id;
    res.status = ev.status;
    if (ev.status == Status::met || ev.status == Status::partial) {
      for (auto const& part : ev.parts) {
        if (part.best.kind == analysis::MatchKind::none) continue;
        auto const& s = coverage.sentences[static_cast<std::size_t>(part.best.sentence)];
        std::string clause = doc.clause_id(s.node);
        bool seen = false;
        for (auto const& e : res.evidence) seen = seen || (e.clause == clause && e.span.begin == s.span.begin);
        if (!seen) res.evidence.push_back({clause, s.span});
      }
    }
    out.push_back(std::move(res));
  }
  return out;
}

}  // namespace

std::string prepare_rule_pack(RulePack const& pack) {
  auto const& compiled = coverage_rules_for(pack);
  if (compiled.rules) analysis::gazetteer_for(pack);
  return compiled.error;
}

DocumentResult lint(Document document, RulePack const& pack) {
  DocumentResult result;
  result.document = std::move(document);
  checks::Context ctx{result.document, pack, result.findings};
  auto const& compiled = coverage_rules_for(pack);
  if (!compiled.error.empty()) throw std::runtime_error("rule pack: " + compiled.error);
  analysis::CoverageResult coverage;
  analysis::TransferFacts transfers;
  if (compiled.rules) {
    // one concept index for the coverage and the transfer analysis
    coverage.sentences = analysis::split_sentences(result.document);
    analysis::MatchContext match_ctx = analysis::make_match_context(result.document, compiled.rules->concepts, coverage.sentences);
    analysis::evaluate_coverage(match_ctx, *compiled.rules, coverage);
    ctx.coverage_rules = compiled.rules.get();
    ctx.coverage = &coverage;
    ctx.requirements = &result.requirements;
    if (auto places = analysis::gazetteer_for(pack)) {
      transfers = analysis::analyse_transfers(result.document, *compiled.rules, coverage, *places, match_ctx);
      ctx.transfers = &transfers;
      result.processing_restriction = transfers.restriction.scope;
      for (auto const& e : transfers.entries) {
        SubprocessorInfo info{e.name, e.service, e.location, e.span, {}};
        for (auto const& f : e.flows) info.flows.push_back({f.country, to_string(f.status), f.conflicts_with_restriction});
        result.subprocessors.push_back(std::move(info));
      }
      analysis::apply_fact_limits(*compiled.rules, transfers, coverage);
    }
    result.requirements = requirement_results(result.document, coverage);
  }
  for (auto const& check : checks::registry()) check.run(ctx);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](Finding const& a, Finding const& b) {
    return std::tie(a.span.begin, a.rule, a.args) < std::tie(b.span.begin, b.rule, b.args);
  });
  return result;
}

}  // namespace avvlint
