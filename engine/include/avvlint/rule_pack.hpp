// The rule pack: rule and requirement metadata, lexicons and legal data, loaded
// from JSON files. The default pack (rules/ in the repository) is embedded into
// the binary at build time, so `avvlint check x.txt` works from any directory.
//
// Every text a user reads exists in German and English (LocalText); ids and keys
// stay English. Loading problems are values (`error`), naming file and JSON path.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace avvlint {

enum class Severity { info = 0, warning = 1, error = 2 };
char const* to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

struct LocalText {
  std::string de, en;
  std::string const& in(std::string_view lang) const { return lang == "en" && !en.empty() ? en : de; }
};

// Metadata of a finding rule (rules/findings/*.json).
struct RuleInfo {
  std::string id;
  Severity severity = Severity::warning;
  std::string requirement;  // requirement id or ""
  std::string legal_basis, legal_basis_en;
  LocalText title, message, explanation;
  std::map<std::string, LocalText> notes;  // templates for related locations
};

// Metadata of a catalogue requirement (rules/requirements/*.json).
struct RequirementInfo {
  std::string id;
  int order = 0;
  std::string legal_basis, legal_basis_en;
  LocalText title, missing, partial, explanation;
  std::string source_file;  // for error messages
};

struct RulePack {
  std::vector<RequirementInfo> requirements;  // catalogue order
  std::map<std::string, RuleInfo> rules;      // by id (sorted: deterministic listings)
  std::map<std::string, std::string_view> data;  // non-JSON files by relative path ("data/cities.tsv")
  std::shared_ptr<std::vector<std::string> const> storage;  // owns file contents not embedded in the binary

  RuleInfo const* rule(std::string_view id) const;
  RequirementInfo const* requirement(std::string_view id) const;
  // A lexicon's JSON document ("lexicon/placeholders.json"); null json when absent.
  nlohmann::json const& json(std::string const& path) const;

  std::shared_ptr<std::map<std::string, nlohmann::json> const> parsed;  // every JSON file, parsed once
};

struct RulePackResult {
  std::optional<RulePack> pack;
  std::string error;  // "rules/findings/x.json: /title/de: missing"
  bool ok() const { return pack.has_value(); }
};

// Loads the embedded default pack (its files are read in place, not copied).
RulePackResult load_default_rule_pack();
// Loads from (relative path, contents) pairs that the pack must keep (tests, external packs).
RulePackResult load_rule_pack(std::vector<std::pair<std::string, std::string>> const& files);

// Fills "{name}" placeholders of a template from args; unknown names stay as written.
std::string fill_template(std::string_view tmpl, std::map<std::string, std::string> const& args);

}  // namespace avvlint
