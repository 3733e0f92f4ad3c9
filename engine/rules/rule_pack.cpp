// Loading and validating the rule pack.
#include <avvlint/rule_pack.hpp>

#include "embedded.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <thread>

namespace avvlint {

using nlohmann::json;

char const* to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info" || s == "note") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  return std::nullopt;
}

RuleInfo const* RulePack::rule(std::string_view id) const {
  auto it = rules.find(std::string(id));
  return it == rules.end() ? nullptr : &it->second;
}

RequirementInfo const* RulePack::requirement(std::string_view id) const {
  for (auto const& r : requirements) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

json const& RulePack::json(std::string const& path) const {
  static nlohmann::json const null_json;
  if (!parsed) return null_json;
  auto it = parsed->find(path);
  return it == parsed->end() ? null_json : it->second;
}

std::string fill_template(std::string_view tmpl, std::map<std::string, std::string> const& args) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      std::size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        auto it = args.find(std::string(tmpl.substr(i + 1, close - i - 1)));
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out.push_back(tmpl[i++]);
  }
  return out;
}

namespace {

struct Reader {
  std::string file;
  std::string error;

  bool fail(std::string const& pointer, std::string const& what) {
    if (error.empty()) error = file + ": " + pointer + ": " + what;
    return false;
  }
  bool text(json const& j, char const* key, std::string& out, bool required = true) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return required ? fail(std::string("/") + key, "missing") : true;
    if (!it->is_string()) return fail(std::string("/") + key, "must be a string");
    out = it->get<std::string>();
    return true;
  }
  bool local(json const& j, char const* key, LocalText& out, bool required = true) {
    auto it = j.find(key);
    if (it == j.end()) return required ? fail(std::string("/") + key, "missing") : true;
    if (!it->is_object()) return fail(std::string("/") + key, "must be an object {\"de\": …, \"en\": …}");
    for (char const* lang : {"de", "en"}) {
      auto l = it->find(lang);
      if (l == it->end() || !l->is_string() || l->get<std::string>().empty()) {
        return fail(std::string("/") + key + "/" + lang, "missing German or English text");
      }
    }
    out.de = (*it)["de"].get<std::string>();
    out.en = (*it)["en"].get<std::string>();
    return true;
  }
};

bool read_rule(json const& j, Reader& r, RuleInfo& rule) {
  std::string severity;
  if (!r.text(j, "id", rule.id) || !r.text(j, "severity", severity)) return false;
  auto sev = parse_severity(severity);
  if (!sev) return r.fail("/severity", "must be error, warning or info");
  rule.severity = *sev;
  if (!r.text(j, "requirement", rule.requirement, false) || !r.text(j, "legal_basis", rule.legal_basis, false) ||
      !r.text(j, "legal_basis_en", rule.legal_basis_en, false) || !r.local(j, "title", rule.title) ||
      !r.local(j, "message", rule.message) || !r.local(j, "explanation", rule.explanation)) {
    return false;
  }
  if (auto notes = j.find("notes"); notes != j.end() && notes->is_object()) {
    for (auto const& [key, value] : notes->items()) {
      LocalText t;
      json wrapper = {{"note", value}};
      if (!r.local(wrapper, "note", t)) return r.fail("/notes/" + key, "needs de and en");
      rule.notes[key] = t;
    }
  }
  return true;
}

bool read_requirement(json const& j, Reader& r, RequirementInfo& req) {
  if (!r.text(j, "id", req.id)) return false;
  auto order = j.find("order");
  if (order == j.end() || !order->is_number_integer()) return r.fail("/order", "must be an integer");
  req.order = order->get<int>();
  return r.text(j, "legal_basis", req.legal_basis) && r.text(j, "legal_basis_en", req.legal_basis_en, false) &&
         r.local(j, "title", req.title) && r.local(j, "missing", req.missing) && r.local(j, "partial", req.partial) &&
         r.local(j, "explanation", req.explanation);
}

}  // namespace

namespace {

bool is_json_file(std::string_view path) { return path.size() > 5 && path.substr(path.size() - 5) == ".json"; }

// Every .json file parsed (discarded on a syntax error; null for other files). A
// large pack is parsed on two threads, which halves the start-up of a CLI run.
std::vector<json> parse_json_files(std::vector<std::pair<std::string, std::string_view>> const& files) {
  std::vector<json> documents(files.size());
  std::vector<std::size_t> share[2];
  std::size_t bytes[2] = {0, 0};
  for (std::size_t f = 0; f < files.size(); ++f) {
    if (!is_json_file(files[f].first)) continue;
    int lighter = bytes[0] <= bytes[1] ? 0 : 1;
    share[lighter].push_back(f);
    bytes[lighter] += files[f].second.size();
  }
  auto parse_share = [&](std::vector<std::size_t> const& indices) {
    for (auto f : indices) documents[f] = json::parse(files[f].second, nullptr, false);
  };
  constexpr std::size_t kWorthAThread = 64 * 1024;
  if (bytes[1] < kWorthAThread) {
    parse_share(share[0]);
    parse_share(share[1]);
    return documents;
  }
  std::thread second(parse_share, std::cref(share[1]));
  parse_share(share[0]);
  second.join();
  return documents;
}

// `files` views contents that outlive the pack (embedded data, or `storage`).
RulePackResult load_views(std::vector<std::pair<std::string, std::string_view>> const& files,
                          std::shared_ptr<std::vector<std::string> const> storage) {
  RulePackResult result;
  RulePack pack;
  pack.storage = std::move(storage);
  auto parsed = std::make_shared<std::map<std::string, nlohmann::json>>();
  std::vector<json> documents = parse_json_files(files);
  for (std::size_t f = 0; f < files.size(); ++f) {
    auto const& [path, contents] = files[f];
    if (!is_json_file(path)) {
      pack.data[path] = contents;
      continue;
    }
    Reader reader{"rules/" + path, {}};
    json j = std::move(documents[f]);
    if (j.is_discarded()) {
      result.error = reader.file + ": invalid JSON";
      return result;
    }
    if (path.rfind("findings/", 0) == 0) {
      RuleInfo rule;
      if (!read_rule(j, reader, rule)) {
        result.error = reader.error;
        return result;
      }
      pack.rules[rule.id] = std::move(rule);
    } else if (path.rfind("requirements/", 0) == 0) {
      RequirementInfo req;
      req.source_file = path;
      if (!read_requirement(j, reader, req)) {
        result.error = reader.error;
        return result;
      }
      pack.requirements.push_back(std::move(req));
    }
    (*parsed)[path] = std::move(j);
  }
  std::sort(pack.requirements.begin(), pack.requirements.end(),
            [](RequirementInfo const& a, RequirementInfo const& b) { return a.order < b.order; });
  pack.parsed = std::move(parsed);
  result.pack = std::move(pack);
  return result;
}

}  // namespace

RulePackResult load_rule_pack(std::vector<std::pair<std::string, std::string>> const& files) {
  auto storage = std::make_shared<std::vector<std::string>>();
  storage->reserve(files.size());
  std::vector<std::pair<std::string, std::string_view>> views;
  for (auto const& [path, contents] : files) {
    storage->push_back(contents);
    views.emplace_back(path, storage->back());
  }
  return load_views(views, storage);
}

RulePackResult load_default_rule_pack() {
  std::vector<std::pair<std::string, std::string_view>> files;
  for (auto const& f : embedded_rule_files()) files.emplace_back(std::string(f.path), f.contents);
  return load_views(files, nullptr);
}

}  // namespace avvlint
