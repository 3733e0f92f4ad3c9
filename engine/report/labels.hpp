// UI words of the HTML and SARIF reports, from rules/lexicon/report-labels.json
// ({"de": {key: text}, "en": {key: text}}) — data, so that no report wording is
// buried in C++. A missing key falls back to German, then to the key itself, so a
// gap shows up in the output instead of crashing (the tests check both languages
// have every key).
#pragma once

#include <avvlint/report.hpp>
#include <avvlint/rule_pack.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace avvlint::report {

class Labels {
 public:
  Labels(RulePack const& pack, std::string lang)
      : table_(pack.json("lexicon/report-labels.json")), lang_(std::move(lang)) {}

  std::string operator()(std::string const& key) const {
    for (char const* l : {lang_.c_str(), "de"}) {
      if (!table_.is_object()) break;
      auto lt = table_.find(l);
      if (lt == table_.end() || !lt->is_object()) continue;
      auto it = lt->find(key);
      if (it != lt->end() && it->is_string()) return it->get<std::string>();
    }
    return key;
  }
  std::string const& lang() const { return lang_; }

 private:
  nlohmann::json const& table_;
  std::string lang_;
};

// The language of a report's UI words and rule metadata: --lang, else the language
// the documents share, else German. (Finding messages follow each document.)
inline std::string report_language(std::vector<DocumentResult const*> const& results, ReportOptions const& options) {
  if (!options.lang.empty()) return options.lang;
  if (results.empty()) return "de";
  std::string const& first = results.front()->document.language;
  for (auto const* r : results) {
    if (r->document.language != first) return "de";
  }
  return first.empty() ? "de" : first;
}

}  // namespace avvlint::report
