// The default rule pack extended by a config's rule_packs and lexicons, read from
// disk at run time (see load_config_rule_pack in avvlint/config.hpp).
//
// The extra files join the embedded ones under paths the loader already knows
// ("findings/<id>.json", "lexicon/concepts…json"), so a new rule with a "forbids"
// list becomes a working check — the coverage compiler reads every concept lexicon
// and every finding rule's "forbids" — without rebuilding avvlint. Errors from the
// loader name the synthetic path; they are mapped back to the file on disk.
#include <avvlint/config.hpp>

#include "analysis/coverage.hpp"
#include "display_path.hpp"
#include "read_capped.hpp"
#include "rules/embedded.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace avvlint {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxPackFileBytes = 16u * 1024u * 1024u;

struct Builder {
  std::vector<std::pair<std::string, std::string>> files;          // (pack path, contents)
  std::vector<std::pair<std::string, std::string>> origin;         // (pack path, file on disk)
  std::set<std::string> paths;
  int lexicon_count = 0;
  std::string error;

  bool read(fs::path const& p, std::string& out) {
    auto text = config_detail::read_capped(p, config_detail::display_path(p), "rule-pack file", kMaxPackFileBytes, error);
    if (text) out = std::move(*text);
    return text.has_value();
  }

  // The *.json files of a directory whose names start with `prefix`, sorted.
  static std::vector<fs::path> json_files(fs::path const& dir, std::string const& prefix) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0 && name.rfind(prefix, 0) == 0 &&
          it->is_regular_file(ec)) {
        out.push_back(it->path());
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  bool add_lexicon(fs::path const& p) {
    std::string contents;
    if (!read(p, contents)) return false;
    std::string path = "lexicon/concepts.config-" + std::to_string(++lexicon_count) + ".json";
    files.emplace_back(path, std::move(contents));
    origin.emplace_back(path, config_detail::display_path(p));
    return true;
  }

  bool add_rule(fs::path const& p) {
    std::string contents;
    if (!read(p, contents)) return false;
    nlohmann::json j = nlohmann::json::parse(contents, nullptr, false);
    if (j.is_discarded()) {
      error = config_detail::display_path(p) + ": invalid JSON";
      return false;
    }
    auto id = j.find("id");
    if (id == j.end() || !id->is_string()) {
      error = config_detail::display_path(p) + ": /id: missing";
      return false;
    }
    std::string rule = id->get<std::string>();
    if (p.filename().string() != rule + ".json") {
      error = config_detail::display_path(p) + ": /id: '" + rule + "' must match the file name (" + rule + ".json)";
      return false;
    }
    std::string path = "findings/" + rule + ".json";
    if (!paths.insert(path).second) {
      error = config_detail::display_path(p) + ": /id: rule '" + rule + "' already exists (rule ids are unique; choose a new one)";
      return false;
    }
    files.emplace_back(path, std::move(contents));
    origin.emplace_back(path, config_detail::display_path(p));
    return true;
  }

  bool add_rule_pack(fs::path const& dir, std::string const& where) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      error = where + ": " + config_detail::display_path(dir) + " is not a directory";
      return false;
    }
    if (!json_files(dir / "requirements", "").empty()) {
      error = config_detail::display_path(dir / "requirements") + ": a rule pack cannot add requirements (the catalogue is fixed)";
      return false;
    }
    auto rules = json_files(dir / "findings", "");
    auto lexicons = json_files(dir / "lexicon", "concepts");
    if (rules.empty() && lexicons.empty()) {
      error = where + ": " + config_detail::display_path(dir) + " holds neither findings/*.json nor lexicon/concepts*.json";
      return false;
    }
    for (auto const& p : lexicons) {
      if (!add_lexicon(p)) return false;
    }
    for (auto const& p : rules) {
      if (!add_rule(p)) return false;
    }
    return true;
  }

  bool add_lexicon_dir(fs::path const& dir, std::string const& where) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      error = where + ": " + config_detail::display_path(dir) + " is not a directory";
      return false;
    }
    auto list = json_files(dir, "concepts");
    for (auto const& p : json_files(dir / "lexicon", "concepts")) list.push_back(p);
    if (list.empty()) {
      error = where + ": " + config_detail::display_path(dir) + " holds no concepts*.json";
      return false;
    }
    for (auto const& p : list) {
      if (!add_lexicon(p)) return false;
    }
    return true;
  }

  // "rules/findings/x.json: /title/en: …" -> "/home/…/findings/x.json: /title/en: …"
  std::string on_disk(std::string message) const {
    for (auto const& [path, real] : origin) {
      std::string prefix = "rules/" + path;
      if (message.rfind(prefix, 0) == 0) return real + message.substr(prefix.size());
    }
    return message;
  }
};

}  // namespace

RulePackResult load_config_rule_pack(Config const& config) {
  if (config.rule_packs.empty() && config.lexicons.empty()) return load_default_rule_pack();
  Builder b;
  for (auto const& f : embedded_rule_files()) {
    b.files.emplace_back(std::string(f.path), std::string(f.contents));
    b.paths.insert(std::string(f.path));
  }
  RulePackResult result;
  for (std::size_t i = 0; i < config.rule_packs.size(); ++i) {
    if (!b.add_rule_pack(config.rule_packs[i], config.file + ": /rule_packs/" + std::to_string(i))) {
      result.error = b.error;
      return result;
    }
  }
  for (std::size_t i = 0; i < config.lexicons.size(); ++i) {
    if (!b.add_lexicon_dir(config.lexicons[i], config.file + ": /lexicons/" + std::to_string(i))) {
      result.error = b.error;
      return result;
    }
  }
  result = load_rule_pack(b.files);
  if (!result.ok()) {
    result.error = b.on_disk(result.error);
    return result;
  }
  // A new rule may only point at a catalogue requirement.
  for (auto const& [path, real] : b.origin) {
    if (path.rfind("findings/", 0) != 0) continue;
    RuleInfo const* rule = result.pack->rule(path.substr(9, path.size() - 9 - 5));
    if (rule && !rule->requirement.empty() && !result.pack->requirement(rule->requirement)) {
      std::string error = real + ": /requirement: unknown requirement id '" + rule->requirement + "'";
      return RulePackResult{std::nullopt, error};
    }
  }
  // Compile the coverage specs once here (not through lint's per-pack cache: this
  // pack still moves) so that a bad "forbids" list or lexicon is reported now.
  if (auto compiled = analysis::compile_coverage_rules(*result.pack); !compiled.error.empty()) {
    return RulePackResult{std::nullopt, b.on_disk(compiled.error)};
  }
  return result;
}

}  // namespace avvlint
