// Baseline files: reading, writing and filtering (see avvlint/baseline.hpp).
#include <avvlint/baseline.hpp>

#include "json_pointer.hpp"
#include "read_capped.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <tuple>

namespace avvlint {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxBaselineBytes = 256u * 1024u * 1024u;

// Lower case for ASCII and the Latin-1 capitals (Ä Ö Ü …, UTF-8 C3 80–9E without ×);
// runs of whitespace (including no-break space) become one space, ends trimmed.
std::string normalised_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    bool nbsp = c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      if (nbsp) ++i;
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == 0xC3 && i + 1 < line.size()) {
      unsigned char d = static_cast<unsigned char>(line[++i]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d = static_cast<unsigned char>(d + 0x20);
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(d));
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;  // rule, clause, fingerprint, requirement

bool is_requirement_rule(std::string const& rule) {
  return rule == "requirement.missing" || rule == "requirement.partial";
}

// The requirement that is part of a finding's identity ("" for most rules).
std::string identity_requirement(Finding const& f) { return is_requirement_rule(f.rule) ? f.requirement : ""; }

}  // namespace

std::string line_fingerprint(std::string_view line) {
  // 64-bit FNV-1a: small, portable, the same on every machine.
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : normalised_line(line)) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string baseline_path(std::string const& input_path, std::string const& baseline_file) {
  if (input_path == "-") return "-";
  std::error_code ec;
  fs::path input = fs::absolute(fs::path(input_path), ec).lexically_normal();
  fs::path base = fs::absolute(fs::path(baseline_file), ec).lexically_normal().parent_path();
  if (ec) return fs::path(input_path).generic_string();
  fs::path rel = input.lexically_relative(base);
  return rel.empty() ? input.generic_string() : rel.generic_string();
}

std::vector<BaselineEntry> baseline_entries(DocumentResult const& result, std::string const& path) {
  std::vector<BaselineEntry> out;
  SourceText const& src = result.document.source;
  for (auto const& f : result.findings) {
    std::uint32_t line = src.lines.line_of(f.span.begin);
    out.push_back({f.rule, f.clause, line_fingerprint(src.line_text(line)), path, identity_requirement(f)});
  }
  return out;
}

void apply_baseline(DocumentResult& result, Baseline const& baseline, std::string const& path) {
  std::map<Key, int> accepted;
  for (auto const& e : baseline.entries) {
    if (e.path.empty() || e.path == path) ++accepted[Key{e.rule, e.clause, e.fingerprint, e.requirement}];
  }
  if (accepted.empty()) return;
  SourceText const& src = result.document.source;
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (auto& f : result.findings) {
    std::uint32_t line = src.lines.line_of(f.span.begin);
    auto it = accepted.find(Key{f.rule, f.clause, line_fingerprint(src.line_text(line)), identity_requirement(f)});
    if (it != accepted.end() && it->second > 0) {
      --it->second;
      continue;
    }
    kept.push_back(std::move(f));
  }
  result.findings = std::move(kept);
}

void write_baseline(std::ostream& out, std::vector<BaselineEntry> const& entries) {
  auto str = [](std::string const& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); };
  out << "{\n  \"version\": 1,\n  \"findings\": [";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto const& e = entries[i];
    out << (i == 0 ? "\n" : ",\n") << "    {\"rule\": " << str(e.rule) << ", \"clause\": " << str(e.clause)
        << ", \"fingerprint\": " << str(e.fingerprint);
    if (!e.requirement.empty()) out << ", \"requirement\": " << str(e.requirement);
    if (!e.path.empty()) out << ", \"path\": " << str(e.path);
    out << "}";
  }
  out << (entries.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

BaselineResult parse_baseline(std::string const& file, std::string_view text) {
  BaselineResult result;
  json j = json::parse(text, nullptr, false);
  auto fail = [&](std::string const& pointer, std::string const& what) {
    result.error = file + ": " + pointer + ": " + what;
    return result;
  };
  if (j.is_discarded()) {
    result.error = file + ": invalid JSON (not a baseline written by --write-baseline?)";
    return result;
  }
  if (!j.is_object()) return fail("/", "must be an object {\"version\": 1, \"findings\": […]}");
  auto version = j.find("version");
  if (version == j.end()) return fail("/version", "missing");
  if (!version->is_number_integer() || version->get<long long>() != 1) {
    return fail("/version", "must be 1, not " + (version->is_number() ? version->dump() : config_detail::describe(*version)));
  }
  auto findings = j.find("findings");
  if (findings == j.end()) return fail("/findings", "missing");
  if (!findings->is_array()) return fail("/findings", "must be a list, not " + config_detail::describe(*findings));
  Baseline baseline;
  baseline.file = file;
  for (std::size_t i = 0; i < findings->size(); ++i) {
    auto const& e = (*findings)[i];
    std::string where = "/findings/" + std::to_string(i);
    if (!e.is_object()) return fail(where, "must be an object {\"rule\", \"clause\", \"fingerprint\"}");
    BaselineEntry entry;
    struct Field {
      char const* key;
      std::string* out;
      bool required;
    };
    Field const fields[] = {{"rule", &entry.rule, true},
                            {"clause", &entry.clause, true},
                            {"fingerprint", &entry.fingerprint, true},
                            {"path", &entry.path, false},
                            {"requirement", &entry.requirement, false}};
    for (auto const& [key, out, required] : fields) {
      auto it = e.find(key);
      if (it == e.end()) {
        if (required) return fail(where + "/" + key, "missing");
        continue;
      }
      if (!it->is_string()) return fail(where + "/" + key, "must be a string, not " + config_detail::describe(*it));
      *out = it->get<std::string>();
    }
    if (entry.rule.empty()) return fail(where + "/rule", "must not be empty");
    baseline.entries.push_back(std::move(entry));
  }
  result.baseline = std::move(baseline);
  return result;
}

BaselineResult load_baseline(std::string const& file) {
  BaselineResult result;
  auto text = config_detail::read_capped(file, file, "baseline file", kMaxBaselineBytes, result.error);
  if (!text) return result;
  return parse_baseline(file, *text);
}

}  // namespace avvlint
