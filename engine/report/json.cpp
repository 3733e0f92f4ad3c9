// The JSON report (../shared/spec/output.md) and the clause-tree JSON.
#include <avvlint/report.hpp>

#include <nlohmann/json.hpp>

namespace avvlint {

using nlohmann::ordered_json;

namespace {

ordered_json finding_json(Finding const& f, Document const& doc, RulePack const& pack, std::string const& lang) {
  Position pos = doc.source.position(f.span.begin);
  Position end = doc.source.position(std::max(f.span.end, f.span.begin));
  ordered_json j;
  j["rule"] = f.rule;
  j["requirement"] = f.requirement.empty() ? ordered_json(nullptr) : ordered_json(f.requirement);
  j["severity"] = to_string(f.severity);
  j["message"] = render_message(f, pack, lang);
  j["clause"] = f.clause;
  j["line"] = pos.line;
  j["column"] = pos.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
  ordered_json related = ordered_json::array();
  for (auto const& r : f.related) {
    Position rp = doc.source.position(r.span.begin);
    related.push_back({{"clause", r.clause}, {"line", rp.line}, {"column", rp.column},
                       {"message", render_note(f, r, pack, lang)}});
  }
  j["related"] = std::move(related);
  return j;
}

ordered_json document_json(DocumentResult const& result, RulePack const& pack, ReportOptions const& options) {
  auto const& doc = result.document;
  std::string lang = options.lang.empty() ? doc.language : options.lang;
  ordered_json j;
  j["path"] = doc.source.path;
  j["language"] = doc.language;
  j["encoding"] = doc.source.encoding;
  j["format"] = doc.source.format;
  ordered_json reqs = ordered_json::array();
  for (auto const& r : result.requirements) {
    ordered_json ev = ordered_json::array();
    for (auto const& e : r.evidence) ev.push_back({{"clause", e.clause}, {"line", doc.source.position(e.span.begin).line}});
    reqs.push_back({{"id", r.id}, {"status", to_string(r.status)}, {"evidence", std::move(ev)}});
  }
  j["requirements"] = std::move(reqs);
  ordered_json findings = ordered_json::array();
  for (auto const& f : result.findings) findings.push_back(finding_json(f, doc, pack, lang));
  j["findings"] = std::move(findings);
  return j;
}

ordered_json span_json(Document const& doc, Span s) {
  Position b = doc.source.position(s.begin);
  Position e = doc.source.position(s.end);
  return {{"line", b.line}, {"column", b.column}, {"end_line", e.line}, {"end_column", e.column}};
}

ordered_json node_json(Document const& doc, int index) {
  Node const& n = doc.nodes[static_cast<std::size_t>(index)];
  ordered_json j;
  j["kind"] = to_string(n.kind);
  if (!n.id.empty()) j["id"] = n.id;
  if (!n.number.empty()) j["number"] = n.number;
  if (!n.heading.empty()) j["heading"] = n.heading;
  if (!n.text.empty()) j["text"] = n.text;
  j["span"] = span_json(doc, n.span);
  if (n.kind == NodeKind::table) {
    ordered_json header = ordered_json::array(), rows = ordered_json::array();
    for (auto const& row : n.rows) {
      ordered_json cells(row.cells);
      if (row.header) {
        header = cells;
      } else {
        rows.push_back({{"line", doc.source.position(row.span.begin).line}, {"cells", cells}});
      }
    }
    j["header"] = header;
    j["rows"] = rows;
  }
  ordered_json refs = ordered_json::array();
  for (auto const& r : doc.references) {
    if (r.from != index) continue;
    ordered_json ref{{"label", r.ref.label}, {"target", r.ref.id},
                     {"resolved", r.target >= 0 ? ordered_json(doc.clause_id(r.target)) : ordered_json(nullptr)},
                     {"line", doc.source.position(r.span.begin).line}};
    refs.push_back(std::move(ref));
  }
  if (!refs.empty()) j["references"] = std::move(refs);
  if (!n.children.empty()) {
    ordered_json kids = ordered_json::array();
    for (int c : n.children) kids.push_back(node_json(doc, c));
    j["children"] = std::move(kids);
  }
  return j;
}

}  // namespace

void write_json(std::ostream& out, std::vector<DocumentResult const*> const& results, RulePack const& pack,
                ReportOptions const& options) {
  ordered_json j;
  j["version"] = 1;
  j["tool"] = {{"name", "avvlint"}, {"version", AVVLINT_VERSION}};
  ordered_json docs = ordered_json::array();
  for (auto const* r : results) docs.push_back(document_json(*r, pack, options));
  j["documents"] = std::move(docs);
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void write_tree_json(std::ostream& out, DocumentResult const& result) {
  Document const& doc = result.document;
  ordered_json j;
  j["path"] = doc.source.path;
  j["language"] = doc.language;
  j["encoding"] = doc.source.encoding;
  j["format"] = doc.source.format;
  ordered_json defs = ordered_json::array();
  for (auto const& d : doc.definitions) {
    defs.push_back({{"term", d.term}, {"role", d.role}, {"line", doc.source.position(d.span.begin).line}});
  }
  j["definitions"] = std::move(defs);
  ordered_json cites = ordered_json::array();
  for (auto const& c : doc.citations) {
    cites.push_back({{"law", c.citation.law}, {"unit", c.citation.unit}, {"number", c.citation.number},
                     {"paragraph", c.citation.paragraph}, {"letter", c.citation.letter},
                     {"clause", doc.clause_id(c.from)}, {"line", doc.source.position(c.span.begin).line}});
  }
  j["citations"] = std::move(cites);
  ordered_json periods = ordered_json::array();
  for (auto const& p : doc.periods) {
    periods.push_back({{"text", std::string_view(doc.source.text).substr(p.span.begin, p.span.end - p.span.begin)},
                       {"unit", p.period.unit}, {"amount", p.period.amount}, {"hours", p.period.hours},
                       {"clause", doc.clause_id(p.from)}, {"line", doc.source.position(p.span.begin).line}});
  }
  j["periods"] = std::move(periods);
  ordered_json subs = ordered_json::array();
  for (auto const& sp : result.subprocessors) {
    ordered_json flows = ordered_json::array();
    for (auto const& f : sp.flows) {
      flows.push_back({{"country", f.country}, {"transfer", f.status}, {"conflicts_with_restriction", f.conflicts_with_restriction}});
    }
    subs.push_back({{"name", sp.name}, {"service", sp.service}, {"location", sp.location},
                    {"line", doc.source.position(sp.span.begin).line}, {"clause", doc.clause_id(doc.node_at(sp.span.begin))},
                    {"flows", std::move(flows)}});
  }
  j["processing_restriction"] = result.processing_restriction;
  j["subprocessors"] = std::move(subs);
  j["depth_capped"] = doc.depth_capped;
  j["tree"] = node_json(doc, 0);
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace avvlint
