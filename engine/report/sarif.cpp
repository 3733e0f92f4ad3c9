// The SARIF 2.1.0 report (`check --format sarif`): one run for all documents, for
// code-scanning dashboards and editors that read SARIF.
//
// - tool.driver.rules: every finding rule of the pack (title, explanation, default
//   level, legal basis); the requirement catalogue is a taxonomy (run.taxonomies),
//   and a rule that belongs to a requirement points to it through a relationship.
// - results: level, message in the report language, the physical location (relative
//   URI, 1-based lines, columns in Unicode code points, end column exclusive), the
//   clause id as a logical location, related locations for the notes, and a partial
//   fingerprint from rule + clause + the normalised text of the finding's line — no
//   line number, so a finding keeps its identity when text above it moves.
// - artifacts: one per document, with its language and requirement statuses as
//   properties.
// No informationUri or other links: the report must not invite network access.
// Deterministic: the same inputs (and working directory) give the same bytes.
#include <avvlint/report.hpp>

#include "labels.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>

namespace avvlint {

using nlohmann::ordered_json;

namespace {

constexpr char const* kTaxonomy = "avvlint-requirements";
constexpr char const* kFingerprintKey = "avvlint/v1";

char const* level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "none";
}

// Percent-encodes everything but RFC 3986 unreserved characters and '/'.
std::string uri_encode(std::string const& s) {
  std::string out;
  for (unsigned char c : s) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// The artifact URI of an input path: relative paths stay relative (normalised,
// forward slashes); absolute paths inside the working directory become relative to
// it; others become file:// URIs. Standard input is "stdin".
std::string artifact_uri(std::string const& path) {
  namespace fs = std::filesystem;
  if (path == "-") return "stdin";
  fs::path p(path);
  if (p.is_absolute()) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (!ec) {
      fs::path rel = p.lexically_normal().lexically_relative(cwd);
      std::string r = rel.generic_string();
      if (!r.empty() && r != "." && r.rfind("..", 0) != 0) return uri_encode(r);
    }
    return "file://" + uri_encode(p.lexically_normal().generic_string());
  }
  return uri_encode(p.lexically_normal().generic_string());
}

std::string mime_type(std::string const& path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".md") || ends(".markdown")) return "text/markdown";
  if (ends(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (ends(".pdf")) return "application/pdf";
  return "text/plain";
}

// "transfer.no-safeguard" -> "TransferNoSafeguard" (SARIF's reportingDescriptor.name).
std::string rule_name(std::string const& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '.' || c == '-' || c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out;
}

std::string first_paragraph(std::string const& text) {
  auto cut = text.find("\n\n");
  return cut == std::string::npos ? text : text.substr(0, cut);
}

// Escapes the characters that Markdown (and HTML inside it) would interpret.
std::string markdown_escape(std::string const& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

std::string basis_in(std::string const& de, std::string const& en, std::string const& lang) {
  return lang == "en" && !en.empty() ? en : de;
}

// 64-bit FNV-1a: small, portable, the same on every machine.
std::string fnv1a_hex(std::string const& s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// A line's text with whitespace runs collapsed and ASCII letters lower-cased, so
// that re-wrapping or re-indenting does not change a fingerprint.
std::string normalised_line(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

ordered_json region_json(SourceText const& src, Span span) {
  Position b = src.position(span.begin);
  Position e = src.position(std::max(span.end, span.begin));
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column}};
}

ordered_json physical_json(std::string const& uri, int artifact_index, SourceText const& src, Span span) {
  return {{"artifactLocation", {{"uri", uri}, {"index", artifact_index}}}, {"region", region_json(src, span)}};
}

ordered_json logical_json(std::string const& clause) {
  return ordered_json::array({{{"name", clause}, {"fullyQualifiedName", clause}, {"kind", "clause"}}});
}

ordered_json taxonomy_json(RulePack const& pack, report::Labels const& labels) {
  std::string const& lang = labels.lang();
  ordered_json taxa = ordered_json::array();
  for (auto const& req : pack.requirements) {
    std::string basis = basis_in(req.legal_basis, req.legal_basis_en, lang);
    taxa.push_back({{"id", req.id},
                    {"name", rule_name(req.id)},
                    {"shortDescription", {{"text", req.title.in(lang)}}},
                    {"fullDescription", {{"text", req.missing.in(lang)}}},
                    {"help",
                     {{"text", req.explanation.in(lang)},
                      {"markdown", "**" + markdown_escape(req.title.in(lang)) + "**\n\n" +
                                       markdown_escape(req.explanation.in(lang)) + "\n\n" + labels("legal_basis") +
                                       ": " + markdown_escape(basis)}}},
                    {"properties", {{"legalBasis", basis}, {"order", req.order}}}});
  }
  return {{"name", kTaxonomy},
          {"version", AVVLINT_VERSION},
          {"language", lang},
          {"shortDescription", {{"text", labels("taxonomy_description")}}},
          {"isComprehensive", true},
          {"taxa", std::move(taxa)}};
}

int requirement_index(RulePack const& pack, std::string const& id) {
  for (std::size_t i = 0; i < pack.requirements.size(); ++i) {
    if (pack.requirements[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

ordered_json taxon_reference(RulePack const& pack, std::string const& requirement) {
  return {{"id", requirement},
          {"index", requirement_index(pack, requirement)},
          {"toolComponent", {{"name", kTaxonomy}, {"index", 0}}}};
}

ordered_json rule_json(RuleInfo const& rule, RulePack const& pack, report::Labels const& labels) {
  std::string const& lang = labels.lang();
  std::string basis = basis_in(rule.legal_basis, rule.legal_basis_en, lang);
  std::string markdown = "**" + markdown_escape(rule.title.in(lang)) + "**\n\n" + markdown_escape(rule.explanation.in(lang));
  if (!basis.empty()) markdown += "\n\n" + labels("legal_basis") + ": " + markdown_escape(basis);
  ordered_json props;
  props["legalBasis"] = basis;
  props["requirement"] = rule.requirement.empty() ? ordered_json(nullptr) : ordered_json(rule.requirement);
  if (RequirementInfo const* req = pack.requirement(rule.requirement)) props["requirementTitle"] = req->title.in(lang);
  props["tags"] = ordered_json::array({"avv", rule.id.substr(0, rule.id.find('.'))});
  ordered_json j;
  j["id"] = rule.id;
  j["name"] = rule_name(rule.id);
  j["shortDescription"] = {{"text", rule.title.in(lang)}};
  j["fullDescription"] = {{"text", first_paragraph(rule.explanation.in(lang))}};
  j["help"] = {{"text", rule.explanation.in(lang)}, {"markdown", markdown}};
  j["defaultConfiguration"] = {{"level", level(rule.severity)}};
  if (!rule.requirement.empty() && pack.requirement(rule.requirement)) {
    j["relationships"] = ordered_json::array({{{"target", taxon_reference(pack, rule.requirement)}, {"kinds", {"relevant"}}}});
  }
  j["properties"] = std::move(props);
  return j;
}

ordered_json artifact_json(DocumentResult const& result, std::string const& uri) {
  auto const& doc = result.document;
  ordered_json statuses = ordered_json::object();
  for (auto const& r : result.requirements) statuses[r.id] = to_string(r.status);
  ordered_json roles = ordered_json::array({"analysisTarget"});
  if (doc.source.path == "-") roles.push_back("standardStream");
  return {{"location", {{"uri", uri}}},
          {"mimeType", mime_type(doc.source.path)},
          {"roles", std::move(roles)},
          {"properties",
           {{"path", doc.source.path}, {"language", doc.language}, {"sourceEncoding", doc.source.encoding},
            {"requirements", std::move(statuses)}}}};
}

}  // namespace

void write_sarif(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                 ReportOptions const& options) {
  report::Labels labels(pack, report::report_language(results, options));

  ordered_json rules = ordered_json::array();
  std::map<std::string, int> rule_index;
  for (auto const& [id, rule] : pack.rules) {
    rule_index[id] = static_cast<int>(rules.size());
    rules.push_back(rule_json(rule, pack, labels));
  }

  ordered_json artifacts = ordered_json::array(), sarif_results = ordered_json::array();
  for (std::size_t d = 0; d < results.size(); ++d) {
    DocumentResult const& result = *results[d];
    Document const& doc = result.document;
    SourceText const& src = doc.source;
    std::string lang = options.lang.empty() ? doc.language : options.lang;
    std::string uri = artifact_uri(src.path);
    int artifact = static_cast<int>(d);
    artifacts.push_back(artifact_json(result, uri));
    std::map<std::string, int> occurrences;  // fingerprint base -> times seen in this document
    for (auto const& f : result.findings) {
      Position pos = src.position(f.span.begin);
      ordered_json location;
      location["physicalLocation"] = physical_json(uri, artifact, src, f.span);
      if (!f.clause.empty()) location["logicalLocations"] = logical_json(f.clause);

      ordered_json r;
      r["ruleId"] = f.rule;
      if (auto it = rule_index.find(f.rule); it != rule_index.end()) r["ruleIndex"] = it->second;
      r["level"] = level(f.severity);
      r["message"] = {{"text", render_message(f, pack, lang)}};
      r["locations"] = ordered_json::array({std::move(location)});
      if (!f.related.empty()) {
        ordered_json related = ordered_json::array();
        for (std::size_t i = 0; i < f.related.size(); ++i) {
          Related const& rel = f.related[i];
          ordered_json loc;
          loc["id"] = static_cast<int>(i + 1);
          loc["physicalLocation"] = physical_json(uri, artifact, src, rel.span);
          if (!rel.clause.empty()) loc["logicalLocations"] = logical_json(rel.clause);
          loc["message"] = {{"text", render_note(f, rel, pack, lang)}};
          related.push_back(std::move(loc));
        }
        r["relatedLocations"] = std::move(related);
      }
      std::string base = fnv1a_hex(f.rule + '\0' + f.clause + '\0' + normalised_line(src.line_text(pos.line)));
      int n = ++occurrences[base];
      r["partialFingerprints"] = {{kFingerprintKey, base + ":" + std::to_string(n)}};
      if (!f.requirement.empty() && pack.requirement(f.requirement)) {
        r["taxa"] = ordered_json::array({taxon_reference(pack, f.requirement)});
      }
      ordered_json props;
      props["severity"] = to_string(f.severity);
      if (!f.clause.empty()) props["clause"] = f.clause;
      if (!f.requirement.empty()) props["requirement"] = f.requirement;
      r["properties"] = std::move(props);
      sarif_results.push_back(std::move(r));
    }
  }

  ordered_json driver;
  driver["name"] = "avvlint";
  driver["version"] = AVVLINT_VERSION;
  driver["semanticVersion"] = AVVLINT_VERSION;
  driver["language"] = labels.lang();
  driver["rules"] = std::move(rules);
  driver["supportedTaxonomies"] = ordered_json::array({{{"name", kTaxonomy}, {"index", 0}}});

  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["language"] = labels.lang();
  run["columnKind"] = "unicodeCodePoints";
  run["artifacts"] = std::move(artifacts);
  run["taxonomies"] = ordered_json::array({taxonomy_json(pack, labels)});
  run["results"] = std::move(sarif_results);

  ordered_json j;
  j["$schema"] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  j["version"] = "2.1.0";
  j["runs"] = ordered_json::array({std::move(run)});
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace avvlint
