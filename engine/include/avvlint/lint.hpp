// The analysis entry point: a built document plus a rule pack in, results out.
// Deterministic: the same document and pack always give the same results.
#pragma once

#include <avvlint/findings.hpp>

namespace avvlint {

// Throws std::runtime_error when the pack's coverage specs do not compile (see
// prepare_rule_pack: packs from configs are checked before any document is linted).
DocumentResult lint(Document document, RulePack const& pack);

// Compiles, once per pack, what lint() derives from it (the coverage rules and the
// place gazetteer) and returns the errors in its coverage specs ("" when fine).
// Thread-safe; lint() calls it too, so calling it early only moves the work — the
// CLI does so on a second thread while the inputs are read.
std::string prepare_rule_pack(RulePack const& pack);

// The registered checks (id of the rule each one raises), in registry order —
// for `avvlint rules` and for tests that every rule file has an implementation.
std::vector<std::string> registered_check_ids();

}  // namespace avvlint
