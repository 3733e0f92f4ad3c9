// Project configuration: `.avvlint.json`, found beside the contracts or given with
// `--config FILE` (docs/configuration.md is the user's manual).
//
//   {"rules": {"term.inconsistent": "off", "law.outdated": "warning"},
//    "requirements": {"art28.3.h.audits": "off"},
//    "lang": "de", "fail_on": "warning",
//    "overrides": [{"paths": ["muster/**"], "rules": {"placeholder.unfilled": "off"}}],
//    "rule_packs": ["avv-regeln"], "lexicons": ["begriffe"]}
//
// Why: a team reviews many contracts under one policy — switch off a rule that does
// not fit its practice, raise another to an error, relax templates in one folder,
// add house rules and vocabulary — without rebuilding avvlint.
//
// Everything here is a value: a wrong key or value is an error text
// "FILE: /json/pointer: what is wrong" (one line), never an exception.
#pragma once

#include <avvlint/findings.hpp>
#include <avvlint/rule_pack.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace avvlint {

// The name looked up from each input file's directory upwards.
inline constexpr char const* kConfigFileName = ".avvlint.json";

// One rule or requirement setting, with the place it was written (for error messages).
struct Setting {
  std::string value;    // rules: "off", "error", "warning", "info"; requirements: "off", "on"
  std::string pointer;  // JSON pointer into the config file: "/overrides/0/rules/law.outdated"
};

struct RuleSettings {
  std::map<std::string, Setting> rules;         // by rule id
  std::map<std::string, Setting> requirements;  // by requirement id
};

struct ConfigOverride {
  std::vector<std::string> paths;  // globs, relative to the config file's directory
  RuleSettings settings;
};

struct Config {
  std::string file;  // the config file as found or given; "" for the built-in defaults
  std::string dir;   // its directory (absolute, normalised): globs and pack paths are relative to it
  RuleSettings settings;
  std::vector<ConfigOverride> overrides;  // in file order; later ones win
  std::string lang;                       // "", "de" or "en"
  std::optional<Severity> fail_on;
  std::vector<std::string> rule_packs;    // absolute directories laid out like rules/ (findings/*.json)
  std::vector<std::string> lexicons;      // absolute directories holding concepts*.json
};

struct ConfigResult {
  std::optional<Config> config;
  std::string error;  // "FILE: /json/pointer: what is wrong"
  bool ok() const { return config.has_value(); }
};

// Parses a config file's text (structure and values; rule ids are checked by validate_config).
ConfigResult parse_config(std::string const& file, std::string_view text);
// Reads and parses a config file.
ConfigResult load_config(std::string const& file);

// The config file that governs an input: `.avvlint.json` in the input's directory or
// the nearest parent; the search stops at the filesystem root and after a directory
// that contains `.git` (the top of a repository). "" when there is none. Standard
// input ("-") is looked up from the working directory.
std::string find_config_file(std::string const& input_path);

// Every rule and requirement id the config names must exist in the pack (the
// default pack plus the config's own rule packs): "" or the error.
std::string validate_config(Config const& config, RulePack const& pack);

// The default rule pack extended by the config's rule_packs and lexicons, read from
// disk now. A rule pack adds finding rules (findings/<id>.json; a "forbids" list
// makes a working check) and may bring lexicon/concepts*.json; requirements cannot
// be added. Ids must be new. Errors name the file on disk.
RulePackResult load_config_rule_pack(Config const& config);

// The settings that apply to one input: the top-level ones, then every override
// whose globs match the input's path relative to the config directory, in order.
RuleSettings settings_for(Config const& config, std::string const& input_path);

// Applies settings to a result: drops the findings of rules that are "off" and the
// requirement.missing / requirement.partial findings of requirements that are "off"
// (their status stays in the result), and sets the severity of the others.
void apply_settings(DocumentResult& result, RuleSettings const& settings);

// Path globs: `*` any run of characters except '/', `?` one such character,
// `**` any run including '/', `[abc]` / `[a-z]` / `[!a]` one of a set. A pattern
// without '/' matches the file name in any directory (like .gitignore).
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace avvlint
