// Baselines: accept today's findings, fail only on new ones (docs/configuration.md).
//
//   {"version": 1, "findings": [{"rule": "…", "clause": "8.2", "fingerprint": "…",
//                                "path": "vertraege/kunde-a.txt"}, …]}
//
// A finding is identified by its rule, its clause id and a hash of the normalised
// text of its source line (lower case, whitespace collapsed, digits kept) — not by
// its line number, so a paragraph inserted above it or a re-flowed file keeps the
// finding accepted, while a new finding (another rule, clause or line text) is not.
// "path" is the input relative to the baseline file's directory; an entry without
// it applies to every file. requirement.missing / requirement.partial findings also
// store their "requirement" (they share rule, clause and line — the title — and
// differ only in it). Entries count: two accepted findings with the same key
// accept two findings, not three.
#pragma once

#include <avvlint/findings.hpp>

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace avvlint {

struct BaselineEntry {
  std::string rule, clause, fingerprint;
  std::string path;         // "" : any file
  std::string requirement;  // requirement.missing / requirement.partial only
};

struct Baseline {
  std::string file;
  std::vector<BaselineEntry> entries;
};

struct BaselineResult {
  std::optional<Baseline> baseline;
  std::string error;  // "FILE: /findings/3/rule: missing"
  bool ok() const { return baseline.has_value(); }
};

BaselineResult parse_baseline(std::string const& file, std::string_view text);
BaselineResult load_baseline(std::string const& file);

// The fingerprint of a source line: 16 hex digits of FNV-1a over its normalised text.
std::string line_fingerprint(std::string_view line);

// The key a baseline stores for an input: its path relative to the baseline file's
// directory ('/' separators); "-" for standard input.
std::string baseline_path(std::string const& input_path, std::string const& baseline_file);

// The entries for a document's current findings, in finding order.
std::vector<BaselineEntry> baseline_entries(DocumentResult const& result, std::string const& path);

// Drops the findings the baseline accepts (entries for `path` or for any file).
void apply_baseline(DocumentResult& result, Baseline const& baseline, std::string const& path);

// {"version": 1, "findings": […]}: deterministic, one entry per line.
void write_baseline(std::ostream& out, std::vector<BaselineEntry> const& entries);

}  // namespace avvlint
