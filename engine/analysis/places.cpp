#include "places.hpp"

#include "../model/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <sstream>

namespace avvlint::analysis {

std::string place_key(std::string_view text) {
  std::string folded = text_util::fold(text);
  std::string out;
  bool space = true;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t len = text_util::letter_length(folded, i);
    if (len == 0) {
      if (!space) out.push_back(' ');
      space = true;
      ++i;
      continue;
    }
    out.append(folded, i, len);
    space = false;
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

bool has_lowercase(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

std::vector<std::string> split_words(std::string const& key) {
  std::vector<std::string> words;
  std::istringstream in(key);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

std::shared_ptr<Gazetteer const> Gazetteer::from_pack(RulePack const& pack, std::string& error) {
  auto const& j = pack.json("data/countries.json");
  if (!j.is_object() || !j.contains("countries")) {
    error = "rules/data/countries.json: missing or without /countries";
    return nullptr;
  }
  auto g = std::make_shared<Gazetteer>();
  auto add_name = [&](std::string const& name, std::string const& code) {
    if (name.empty()) return;
    if (!has_lowercase(name)) {
      g->exact_names_.emplace(name, code);
      std::string stripped;
      for (char c : name) {
        if (c != '.') stripped.push_back(c);
      }
      g->exact_names_.emplace(stripped, code);
    } else {
      g->folded_names_.emplace(place_key(name), code);
    }
  };
  for (auto const& c : j["countries"]) {
    CountryInfo info;
    info.code = c.value("code", "");
    info.name_de = c.value("name_de", "");
    info.name_en = c.value("name_en", "");
    info.status = c.value("status", "third");
    if (auto a = c.find("adequacy"); a != c.end() && a->is_object()) {
      info.decision = a->value("decision", "");
      if (auto cond = a->find("condition"); cond != a->end() && cond->is_string()) info.adequacy_condition = *cond;
    }
    add_name(info.name_de, info.code);
    add_name(info.name_en, info.code);
    for (auto const& alias : c.value("aliases", nlohmann::json::array())) add_name(alias.get<std::string>(), info.code);
    g->countries_[info.code] = std::move(info);
  }
  for (auto const& r : j.value("regions", nlohmann::json::array())) {
    std::string code = r.value("code", "");
    for (auto const& n : r.value("names", nlohmann::json::array())) {
      std::string name = n.get<std::string>();
      if (has_lowercase(name)) {
        g->region_names_.emplace(place_key(name), code);
      } else {
        g->region_names_.emplace(name, code);  // "EU", "EWR": case-sensitive
      }
    }
    for (auto const& m : r.value("members", nlohmann::json::array())) g->region_members_[code].insert(m.get<std::string>());
  }
  for (auto const& s : j.value("us_states", nlohmann::json::array())) g->us_states_.insert(s.get<std::string>());
  if (auto it = pack.data.find("data/cities.tsv"); it != pack.data.end()) g->cities_tsv_ = it->second;
  return g;
}

std::vector<std::pair<std::string, long>> Gazetteer::cities_named(std::string const& key) const {
  std::call_once(city_index_once_, [this] {
    std::string_view tsv = cities_tsv_;
    for (std::size_t pos = 0; pos < tsv.size();) {
      std::size_t eol = tsv.find('\n', pos);
      if (eol == std::string_view::npos) eol = tsv.size();
      if (eol > pos && tsv[pos] != '#') city_lines_.push_back(static_cast<std::uint32_t>(pos));
      pos = eol + 1;
    }
  });
  std::string_view tsv = cities_tsv_;
  auto name_at = [&](std::uint32_t start) {
    std::size_t tab = tsv.find('\t', start);
    return tsv.substr(start, (tab == std::string_view::npos ? tsv.size() : tab) - start);
  };
  auto it = std::lower_bound(city_lines_.begin(), city_lines_.end(), key,
                             [&](std::uint32_t start, std::string const& k) { return name_at(start) < k; });
  std::vector<std::pair<std::string, long>> out;
  for (; it != city_lines_.end() && name_at(*it) == key; ++it) {
    std::size_t eol = tsv.find('\n', *it);
    std::string_view line = tsv.substr(*it, (eol == std::string_view::npos ? tsv.size() : eol) - *it);
    std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    std::string cc(line.substr(t1 + 1, (t2 == std::string_view::npos ? line.size() : t2) - t1 - 1));
    long population = t2 == std::string_view::npos ? 0 : std::atol(std::string(line.substr(t2 + 1)).c_str());
    out.emplace_back(std::move(cc), population);
  }
  return out;
}

std::string Gazetteer::best_city_country(std::vector<std::pair<std::string, long>> const& options) const {
  // Context first: Germany, then the EU/EEA; within a tier the most populous place.
  auto tier = [&](std::string const& cc) { return cc == "DE" ? 0 : in_region(cc, "EEA") ? 1 : 2; };
  std::pair<std::string, long> const* best = nullptr;
  for (auto const& o : options) {
    if (!best || tier(o.first) < tier(best->first) ||
        (tier(o.first) == tier(best->first) && o.second > best->second)) {
      best = &o;
    }
  }
  return best ? best->first : std::string();
}

bool Gazetteer::in_region(std::string const& code, std::string const& region) const {
  auto it = region_members_.find(region);
  return it != region_members_.end() && it->second.count(code) > 0;
}

CountryInfo const* Gazetteer::country(std::string const& code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? nullptr : &it->second;
}

PlaceResolution Gazetteer::resolve(std::string_view text, bool allow_cities) const {
  PlaceResolution r;
  // Case-sensitive short names on the original tokens ("USA", "UK", "EU", "EWR", "GA 30308").
  // ("EU-Kommission", "EU-US Data Privacy Framework", "EU-Standardvertragsklauseln": a region that names an
  // institution or a law, not a place — the word after the hyphen tells; so does "(EU) 2021/914")
  static constexpr std::string_view kNotPlace[] = {"Kommission", "US", "U.S", "Standard", "Datenschutz", "Recht", "Richtlin",
                                                   "Verordnung", "Beschluss", "Angemessenheit", "Vertrag", "Klausel", "DSGVO"};
  std::vector<std::string> raw;
  {
    std::string cur;
    bool skip_next = false;  // the part after "EU-" in "EU-US"
    for (std::size_t at = 0; at <= text.size(); ++at) {
      char c = at < text.size() ? text[at] : ' ';
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || static_cast<unsigned char>(c) >= 0x80) {
        cur.push_back(c);
        continue;
      }
      bool institution = c == '-' && std::any_of(std::begin(kNotPlace), std::end(kNotPlace), [&](std::string_view w) {
        return text.substr(at + 1, w.size()) == w;
      });
      // ("Durchführungsbeschluss (EU) 2021/914": the Union's act, numbered)
      bool act = c == ')' && at + 2 < text.size() && text[at + 1] == ' ' && std::isdigit(static_cast<unsigned char>(text[at + 2]));
      if (!cur.empty() && !institution && !skip_next && !act) raw.push_back(cur);
      skip_next = institution && text.substr(at + 1, 2) == "US";
      cur.clear();
    }
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    std::string w = raw[i];
    while (!w.empty() && w.back() == '.' && w.size() > 1 && !exact_names_.count(w)) w.pop_back();
    if (auto it = exact_names_.find(w); it != exact_names_.end()) r.countries.insert(it->second);
    if (auto it = region_names_.find(w); it != region_names_.end()) r.regions.insert(it->second);
    // "GA 30308": a US state code followed by a ZIP code.
    if (us_states_.count(w) && i + 1 < raw.size() && raw[i + 1].size() == 5 &&
        std::all_of(raw[i + 1].begin(), raw[i + 1].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      r.countries.insert("US");
    }
  }
  std::vector<std::string> words = split_words(place_key(text));
  std::vector<bool> used(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (std::size_t n = std::min<std::size_t>(6, words.size() - i); n >= 1; --n) {
      std::string gram = words[i];
      for (std::size_t k = 1; k < n; ++k) gram += " " + words[i + k];
      std::string const* code = nullptr;
      if (auto it = folded_names_.find(gram); it != folded_names_.end()) code = &it->second;
      if (code) {
        r.countries.insert(*code);
      } else if (auto rg = region_names_.find(gram); rg != region_names_.end()) {
        r.regions.insert(rg->second);
      } else {
        continue;
      }
      for (std::size_t k = 0; k < n; ++k) used[i + k] = true;
      i += n - 1;
      break;
    }
  }
  if (!allow_cities || !r.countries.empty()) return r;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (used[i]) continue;
    bool after_zip = i > 0 && words[i - 1].size() == 5 &&
                     std::all_of(words[i - 1].begin(), words[i - 1].end(), [](char c) { return c >= '0' && c <= '9'; });
    for (std::size_t n = std::min<std::size_t>(5, words.size() - i); n >= 1; --n) {
      std::string gram = words[i];
      for (std::size_t k = 1; k < n; ++k) gram += " " + words[i + k];
      if (gram.size() < 3) continue;
      auto options = cities_named(gram);
      if (options.empty()) continue;
      // A single common word is only a city right after a postcode ("38302 Wolfenbüttel").
      long largest = 0;
      for (auto const& o : options) largest = std::max(largest, o.second);
      if (n == 1 && !after_zip && largest < 20000 && words.size() > 2) continue;
      r.countries.insert(best_city_country(options));
      i += n - 1;
      break;
    }
  }
  return r;
}

}  // namespace avvlint::analysis
