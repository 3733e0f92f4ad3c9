// Places: turning "Atlanta, GA 30308, USA", "Freiburg i. Br." or "EWR" into
// countries and regions, with each country's legal status under Chapter V GDPR.
//
// The data is the rule pack's: rules/data/countries.json (ISO 3166 names from
// Debian's iso-codes, EU/EEA membership, adequacy decisions with reference, date
// and scope) and rules/data/cities.tsv (GeoNames). Nothing here knows a country.
// Ambiguous city names resolve towards the contract's context: a German contract
// prefers Germany, then the EU/EEA, then the most populous place.
#pragma once

#include <avvlint/rule_pack.hpp>

#include <map>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace avvlint::analysis {

struct CountryInfo {
  std::string code, name_de, name_en;
  std::string status;              // "eu", "eea", "adequate", "third"
  std::string adequacy_condition;  // "", "dpf" (USA), "commercial" (Canada)
  std::string decision;            // adequacy decision reference, if any
};

struct PlaceResolution {
  std::set<std::string> countries;  // ISO codes
  std::set<std::string> regions;    // "EU", "EEA", "WORLD"
  bool empty() const { return countries.empty() && regions.empty(); }
};

class Gazetteer {
 public:
  // Builds from the rule pack; returns nullptr and sets `error` when the data is unusable.
  static std::shared_ptr<Gazetteer const> from_pack(RulePack const& pack, std::string& error);

  // Countries and regions named in a text. `allow_cities`: also look up city names
  // (only for address and location fields: in running text many cities are words).
  PlaceResolution resolve(std::string_view text, bool allow_cities) const;
  CountryInfo const* country(std::string const& code) const;
  bool in_region(std::string const& code, std::string const& region) const;

 private:
  std::map<std::string, CountryInfo> countries_;
  std::unordered_map<std::string, std::string> folded_names_;  // "vereinigte staaten" -> US
  std::unordered_map<std::string, std::string> exact_names_;   // "USA", "UK", "US" (case-sensitive)
  std::unordered_map<std::string, std::string> region_names_;  // "ewr" -> EEA
  std::map<std::string, std::set<std::string>> region_members_;
  std::set<std::string> us_states_;
  // rules/data/cities.tsv, keys normalised by place_key and sorted bytewise
  // (scripts/normalise-cities.py): looked up by binary search over its lines,
  // so the 70,000 places cost nothing until a subprocessor list needs them.
  std::string_view cities_tsv_;  // lives as long as the rule pack
  mutable std::vector<std::uint32_t> city_lines_;  // line starts, built on first lookup
  mutable std::once_flag city_index_once_;
  std::vector<std::pair<std::string, long>> cities_named(std::string const& key) const;
  std::string best_city_country(std::vector<std::pair<std::string, long>> const& options) const;
};

// Folds and reduces a text to space-separated alphanumeric words: "Freiburg i. Br." -> "freiburg i br".
std::string place_key(std::string_view text);

}  // namespace avvlint::analysis
