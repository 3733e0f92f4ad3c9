// The explicit check registry: one line per check, sorted by rule id.
// Adding a check = one file in checks/, one line here, one rule file in rules/findings/.
#include "check.hpp"

namespace avvlint::checks {

void source_tracked_changes(Context&);  // checks/source_tracked_changes.cpp

std::vector<Check> const& registry() {
  static std::vector<Check> const checks = {
      {"forbids", forbidden_provisions},
      {"law.outdated", law_outdated},
      {"placeholder.unfilled", placeholder_unfilled},
      {"reference.dangling", reference_graph, "reference.unreferenced-annex"},
      {"requirement.missing", requirement_findings, "requirement.partial"},
      {"source.encoding-converted", source_encoding},
      {"source.tracked-changes", source_tracked_changes},
      {"subprocessor.incomplete-entry", subprocessor_entries, "subprocessor.unknown-location"},
      {"subprocessor.objection-after-start", objection_after_start},
      {"structure.numbering", structure_numbering},
      {"term.inconsistent", term_inconsistent},
      {"transfer.location-conflict", transfer_location_conflict},
      {"transfer.no-safeguard", transfer_no_safeguard},
  };
  return checks;
}

}  // namespace avvlint::checks
