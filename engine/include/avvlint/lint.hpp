// The analysis entry point: a built document plus a rule pack in, results out.
// Deterministic: the same document and pack always give the same results.
#pragma once

#include <avvlint/findings.hpp>

namespace avvlint {

DocumentResult lint(Document document, RulePack const& pack);

// Errors in the coverage specs of a rule pack ("" when fine); lint() skips coverage then.
std::string coverage_rule_error(RulePack const& pack);

// The registered checks (id of the rule each one raises), in registry order —
// for `avvlint rules` and for tests that every rule file has an implementation.
std::vector<std::string> registered_check_ids();

}  // namespace avvlint
