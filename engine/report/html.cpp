// The HTML report (`check --format html`): one self-contained page for all
// documents — no scripts, no external assets, the stylesheet embedded — that a
// reviewer can open from disk or attach to a ticket.
//
// Per document: a summary (findings by severity, requirement statuses), the
// coverage matrix of the requirement catalogue (each row links to the clause that
// satisfies it), the findings grouped by severity (each links to its line), the
// subprocessors with their countries and transfer status, and the contract text
// with line numbers, clause ids and the findings highlighted in place.
//
// Every piece of contract text and every message is HTML-escaped. UI words come
// from rules/lexicon/report-labels.json in the report language; finding messages
// are in each document's language unless --lang says otherwise, as in the other
// formats. Deterministic: no dates, no absolute paths beyond what was given.
#include <avvlint/report.hpp>

#include "html_parts.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <map>

namespace avvlint {

namespace {

using report::html_escape;
using report::Labels;

std::array<Severity, 3> const kSeverities{Severity::error, Severity::warning, Severity::info};
std::array<Status, 4> const kStatuses{Status::met, Status::partial, Status::missing, Status::not_applicable};

std::string sev_class(Severity s) { return std::string("sev-") + to_string(s); }
std::string status_class(Status s) { return std::string("status-") + to_string(s); }

// ISO code -> country name in the report language, from data/countries.json.
std::map<std::string, std::string> country_names(RulePack const& pack, std::string const& lang) {
  std::map<std::string, std::string> names;
  auto const& data = pack.json("data/countries.json");
  if (!data.is_object() || !data.contains("countries") || !data["countries"].is_array()) return names;
  std::string key = lang == "en" ? "name_en" : "name_de";
  for (auto const& c : data["countries"]) {
    if (c.contains("code") && c.contains(key) && c["code"].is_string() && c[key].is_string()) {
      names[c["code"].get<std::string>()] = c[key].get<std::string>();
    }
  }
  return names;
}

class Page {
 public:
  Page(std::ostream& out, RulePack const& pack, ReportOptions const& options, Labels const& labels)
      : out_(out), pack_(pack), options_(options), t_(labels), countries_(country_names(pack, labels.lang())) {}

  void document(DocumentResult const& result, std::size_t number) {
    auto const& doc = result.document;
    prefix_ = "d";  // (built stepwise: GCC 12 warns falsely on "d" + to_string(n))
    prefix_ += std::to_string(number);
    prefix_ += '-';
    lang_ = options_.lang.empty() ? doc.language : options_.lang;
    clauses_ = report::clause_lines(doc);
    out_ << "<article class=\"document\" id=\"d" << number << "\">\n<h2>" << html_escape(display_path(doc)) << "</h2>\n"
         << "<p class=\"meta\">" << html_escape(t_("language")) << ": " << html_escape(doc.language) << " · "
         << html_escape(t_("encoding")) << ": " << html_escape(doc.source.encoding) << "</p>\n";
    summary(result);
    coverage(result);
    findings(result);
    subprocessors(result);
    report::write_html_source(out_, result, prefix_, pack_, t_, lang_);
    out_ << "</article>\n";
  }

  static std::string display_path(Document const& doc) { return doc.source.path == "-" ? "<stdin>" : doc.source.path; }

 private:
  std::string const& L(std::string const& key) {
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, html_escape(t_(key))).first;
    return it->second;
  }

  std::string line_link(std::uint32_t line, std::string const& text) const {
    return "<a class=\"loc\" href=\"#" + prefix_ + "L" + std::to_string(line) + "\">" + text + "</a>";
  }

  std::string clause_link(std::string const& clause) const {
    auto it = clauses_.find(clause);
    std::string target = it == clauses_.end() ? "" : prefix_ + "c-" + report::anchor_name(clause);
    if (target.empty()) return "<span class=\"clause\">" + html_escape(clause) + "</span>";
    return "<a class=\"clause\" href=\"#" + target + "\">" + html_escape(clause) + "</a>";
  }

  void summary(DocumentResult const& result) {
    std::map<Severity, int> counts;
    for (auto const& f : result.findings) ++counts[f.severity];
    std::map<Status, int> statuses;
    for (auto const& r : result.requirements) ++statuses[r.status];
    out_ << "<section class=\"summary\" id=\"" << prefix_ << "summary\">\n<h3>" << L("summary") << "</h3>\n"
         << "<div class=\"cards\">\n<div class=\"group\"><h4>" << L("findings") << "</h4>\n";
    for (Severity s : kSeverities) {
      out_ << "<div class=\"card " << sev_class(s) << "\"><span class=\"num\">" << counts[s]
           << "</span><span class=\"lbl\">" << L(std::string("severity_") + to_string(s)) << "</span></div>\n";
    }
    out_ << "</div>\n<div class=\"group\"><h4>" << L("requirements") << "</h4>\n";
    for (Status s : kStatuses) {
      out_ << "<div class=\"card " << status_class(s) << "\"><span class=\"num\">" << statuses[s]
           << "</span><span class=\"lbl\">" << L(std::string("status_") + to_string(s)) << "</span></div>\n";
    }
    out_ << "</div>\n</div>\n</section>\n";
  }

  void coverage(DocumentResult const& result) {
    auto const& doc = result.document;
    out_ << "<section class=\"coverage\" id=\"" << prefix_ << "coverage\">\n<h3>" << L("coverage") << "</h3>\n"
         << "<p class=\"note\">" << L("coverage_note") << "</p>\n<table class=\"coverage\">\n<thead><tr><th class=\"num\">"
         << L("col_number") << "</th><th>" << L("col_requirement") << "</th><th>" << L("col_legal_basis")
         << "</th><th>" << L("col_status") << "</th><th>" << L("col_evidence") << "</th></tr></thead>\n<tbody>\n";
    int n = 0;
    for (auto const& r : result.requirements) {
      RequirementInfo const* info = pack_.requirement(r.id);
      std::string title = info ? info->title.in(lang_) : r.id;
      std::string basis = !info ? "" : lang_ == "en" && !info->legal_basis_en.empty() ? info->legal_basis_en : info->legal_basis;
      std::string detail = r.detail.in(lang_);
      if (detail.empty() && info && r.status == Status::missing) detail = info->missing.in(lang_);
      if (detail.empty() && info && r.status == Status::partial) detail = info->partial.in(lang_);
      out_ << "<tr id=\"" << prefix_ << "req-" << report::anchor_name(r.id) << "\" class=\"" << status_class(r.status)
           << "\"><td class=\"num\">" << ++n << "</td><td><span class=\"req-title\">" << html_escape(title)
           << "</span> <code class=\"req-id\">" << html_escape(r.id) << "</code>";
      if (r.status == Status::missing || r.status == Status::partial) {
        out_ << "<div class=\"detail\">" << html_escape(detail) << "</div>";
      }
      out_ << "</td><td class=\"basis\">" << html_escape(basis) << "</td><td><span class=\"badge "
           << status_class(r.status) << "\">" << L(std::string("status_") + to_string(r.status))
           << "</span></td><td class=\"evidence\">";
      if (r.evidence.empty()) out_ << "<span class=\"none\">" << L("no_evidence") << "</span>";
      for (std::size_t i = 0; i < r.evidence.size(); ++i) {
        auto const& e = r.evidence[i];
        std::uint32_t line = doc.source.position(e.span.begin).line;
        if (i) out_ << "<br>";
        out_ << (e.clause.empty() ? L("top_level") : clause_link(e.clause)) << " ("
             << line_link(line, L("line_short") + "\u00a0" + std::to_string(line)) << ")";
      }
      out_ << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
  }

  void findings(DocumentResult const& result) {
    auto const& doc = result.document;
    out_ << "<section class=\"findings\" id=\"" << prefix_ << "findings\">\n<h3>" << L("findings") << " ("
         << result.findings.size() << ")</h3>\n";
    if (result.findings.empty()) out_ << "<p class=\"none\">" << L("no_findings") << "</p>\n";
    for (Severity s : kSeverities) {
      std::size_t count = 0;
      for (auto const& f : result.findings) count += f.severity == s;
      if (count == 0) continue;
      out_ << "<h4 class=\"" << sev_class(s) << "\">" << L(std::string("severity_") + to_string(s)) << " (" << count
           << ")</h4>\n<ol class=\"findings " << sev_class(s) << "\">\n";
      for (std::size_t i = 0; i < result.findings.size(); ++i) {
        Finding const& f = result.findings[i];
        if (f.severity != s) continue;
        Position pos = doc.source.position(f.span.begin);
        out_ << "<li class=\"finding " << sev_class(s) << "\" id=\"" << prefix_ << "f" << i + 1
             << "\"><div class=\"head\"><span class=\"badge " << sev_class(s) << "\">#" << i + 1 << " "
             << L(std::string("severity_one_") + to_string(s)) << "</span> "
             << line_link(pos.line, L("line") + "\u00a0" + std::to_string(pos.line) + ":" + std::to_string(pos.column));
        if (!f.clause.empty()) out_ << " · " << L("clause") << " " << clause_link(f.clause);
        out_ << " <code class=\"rule\">" << html_escape(f.rule) << "</code></div>\n<p class=\"msg\">"
             << html_escape(render_message(f, pack_, lang_)) << "</p>\n";
        if (!f.related.empty()) {
          out_ << "<ul class=\"related\" aria-label=\"" << L("related") << "\">\n";
          for (auto const& r : f.related) {
            std::uint32_t rl = doc.source.position(r.span.begin).line;
            out_ << "<li>" << line_link(rl, L("line") + "\u00a0" + std::to_string(rl));
            if (!r.clause.empty()) out_ << " (" << clause_link(r.clause) << ")";
            out_ << ": " << html_escape(render_note(f, r, pack_, lang_)) << "</li>\n";
          }
          out_ << "</ul>\n";
        }
        out_ << "</li>\n";
      }
      out_ << "</ol>\n";
    }
    out_ << "</section>\n";
  }

  std::string place_name(std::string const& code) {
    if (code == "EU" || code == "EEA" || code == "WORLD") return t_("region_" + code);
    auto it = countries_.find(code);
    return it == countries_.end() ? code : it->second;
  }

  void subprocessors(DocumentResult const& result) {
    auto const& doc = result.document;
    out_ << "<section class=\"subprocessors\" id=\"" << prefix_ << "subprocessors\">\n<h3>" << L("subprocessors")
         << "</h3>\n<p class=\"note\">";
    if (result.processing_restriction.empty()) {
      out_ << L("no_restriction");
    } else {
      out_ << L("processing_restriction") << ": <strong>" << html_escape(place_name(result.processing_restriction))
           << "</strong>";
    }
    out_ << "</p>\n";
    if (result.subprocessors.empty()) {
      out_ << "<p class=\"none\">" << L("no_subprocessors") << "</p>\n</section>\n";
      return;
    }
    out_ << "<table class=\"subprocessors\">\n<thead><tr><th>" << L("col_name") << "</th><th>" << L("col_service")
         << "</th><th>" << L("col_location") << "</th><th>" << L("col_countries") << "</th><th>" << L("col_line")
         << "</th></tr></thead>\n<tbody>\n";
    for (auto const& sp : result.subprocessors) {
      std::uint32_t line = doc.source.position(sp.span.begin).line;
      bool problem = false;  // a flow without safeguard, of unknown status, or against the restriction
      for (auto const& flow : sp.flows) {
        problem |= flow.status == "no-safeguard" || flow.status == "unknown" || flow.conflicts_with_restriction;
      }
      out_ << "<tr" << (problem ? " class=\"transfer-problem\"" : "") << "><td>" << html_escape(sp.name) << "</td><td>" << html_escape(sp.service) << "</td><td>"
           << html_escape(sp.location) << "</td><td><ul class=\"flows\">";
      for (auto const& flow : sp.flows) {
        out_ << "<li><code class=\"country\">" << html_escape(flow.country) << "</code> "
             << html_escape(place_name(flow.country)) << " <span class=\"badge transfer-" << report::anchor_name(flow.status)
             << "\">" << L("transfer_" + flow.status) << "</span>";
        if (flow.conflicts_with_restriction) {
          out_ << " <span class=\"badge conflict\">" << L("conflicts_with_restriction") << "</span>";
        }
        out_ << "</li>";
      }
      out_ << "</ul></td><td>" << line_link(line, std::to_string(line)) << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table>\n</section>\n";
  }

  std::ostream& out_;
  RulePack const& pack_;
  ReportOptions const& options_;
  Labels const& t_;
  std::map<std::string, std::string> countries_;
  std::map<std::string, std::string> cache_;
  std::map<std::string, std::uint32_t> clauses_;
  std::string prefix_, lang_;
};

}  // namespace

void write_html(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                ReportOptions const& options) {
  Labels t(pack, report::report_language(results, options));
  std::string title = t("report_title");
  if (results.size() == 1) title += " – " + Page::display_path(results.front()->document);
  out << "<!DOCTYPE html>\n<html lang=\"" << html_escape(t.lang()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"avvlint " << AVVLINT_VERSION << "\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>\n"
      << report::kHtmlStyle << "</style>\n</head>\n<body>\n<header class=\"page\">\n<h1>" << html_escape(t("report_title"))
      << "</h1>\n";
  if (results.size() > 1) {
    out << "<nav><h2>" << html_escape(t("documents")) << "</h2><ol>\n";
    for (std::size_t i = 0; i < results.size(); ++i) {
      std::map<Severity, int> counts;
      for (auto const& f : results[i]->findings) ++counts[f.severity];
      out << "<li><a href=\"#d" << i + 1 << "\">" << html_escape(Page::display_path(results[i]->document)) << "</a>";
      for (Severity s : kSeverities) {
        out << " <span class=\"badge " << sev_class(s) << "\">" << html_escape(t(std::string("severity_") + to_string(s)))
            << ": " << counts[s] << "</span>";
      }
      out << "</li>\n";
    }
    out << "</ol></nav>\n";
  }
  out << "</header>\n<main>\n";
  if (results.empty()) out << "<p class=\"none\">" << html_escape(t("no_documents")) << "</p>\n";
  Page page(out, pack, options, t);
  for (std::size_t i = 0; i < results.size(); ++i) page.document(*results[i], i + 1);
  out << "</main>\n<footer>" << html_escape(t("generated_by")) << " " << AVVLINT_VERSION << "</footer>\n</body>\n</html>\n";
}

}  // namespace avvlint
