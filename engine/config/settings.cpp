// Applying a config's rule and requirement settings to one document's findings
// (see settings_for / apply_settings in avvlint/config.hpp).
//
// Runs after lint(): the analysis never sees the config, so one lint result means
// the same thing everywhere, and the settings only choose what is reported and how
// severe it is.
#include <avvlint/config.hpp>

#include <algorithm>
#include <filesystem>

namespace avvlint {

namespace fs = std::filesystem;

namespace {

// The input's path relative to the config directory, with '/' separators.
std::string relative_to(std::string const& input_path, std::string const& dir) {
  if (input_path == "-") return "-";
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(input_path), ec);
  if (ec) return fs::path(input_path).generic_string();
  fs::path rel = abs.lexically_normal().lexically_relative(fs::path(dir));
  return rel.empty() ? abs.lexically_normal().generic_string() : rel.generic_string();
}

void merge(RuleSettings& into, RuleSettings const& from) {
  for (auto const& [id, s] : from.rules) into.rules[id] = s;
  for (auto const& [id, s] : from.requirements) into.requirements[id] = s;
}

}  // namespace

RuleSettings settings_for(Config const& config, std::string const& input_path) {
  RuleSettings out = config.settings;
  if (config.overrides.empty()) return out;
  std::string rel = relative_to(input_path, config.dir);
  for (auto const& o : config.overrides) {
    bool hit = std::any_of(o.paths.begin(), o.paths.end(), [&](std::string const& g) { return glob_match(g, rel); });
    if (hit) merge(out, o.settings);
  }
  return out;
}

void apply_settings(DocumentResult& result, RuleSettings const& settings) {
  if (settings.rules.empty() && settings.requirements.empty()) return;
  auto requirement_off = [&](Finding const& f) {
    if (f.rule != "requirement.missing" && f.rule != "requirement.partial") return false;
    auto it = settings.requirements.find(f.requirement);
    return it != settings.requirements.end() && it->second.value == "off";
  };
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (auto& f : result.findings) {
    auto it = settings.rules.find(f.rule);
    if (it != settings.rules.end()) {
      if (it->second.value == "off") continue;
      if (auto sev = parse_severity(it->second.value)) f.severity = *sev;
    }
    if (requirement_off(f)) continue;
    kept.push_back(std::move(f));
  }
  result.findings = std::move(kept);
}

}  // namespace avvlint
