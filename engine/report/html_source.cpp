// The contract text of the HTML report: one table row per source line with its
// number, the clause id where a numbered clause starts (and the clause anchor),
// the escaped text with the spans of findings highlighted in place, and marks that
// link the line to its findings (and to findings that cite it as a related place).
//
// Highlights are clipped to the line a finding starts on, so a finding whose span
// covers a whole section does not paint the page; overlapping spans show the most
// severe one.
#include "html_parts.hpp"

#include <algorithm>
#include <vector>

namespace avvlint::report {
namespace {

// Highlight priority: the more severe wins where spans overlap; 0 = related note.
int priority(Severity s) { return static_cast<int>(s) + 1; }

char const* priority_class(int p) {
  switch (p) {
    case 3: return "sev-error";
    case 2: return "sev-warning";
    case 1: return "sev-info";
    default: return "note";
  }
}

struct Mark {
  std::size_t finding;  // index into result.findings
  bool related;         // the line is a related place of the finding, not its own
  std::string title;    // tooltip
};

struct Range {
  std::size_t begin, end;  // byte offsets within the line
  int priority;
};

std::size_t char_boundary(std::string_view line, std::size_t at) {
  at = std::min(at, line.size());
  while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) ++at;
  return at;
}

void add_range(std::vector<Range>& ranges, SourceText const& src, std::uint32_t line, Span span, int prio) {
  std::size_t start = src.lines.line_start(line);
  std::string_view text = src.line_text(line);
  if (span.end <= span.begin || span.begin < start) return;
  std::size_t b = char_boundary(text, span.begin - start);
  std::size_t e = char_boundary(text, std::min<std::size_t>(span.end - start, text.size()));
  if (e > b) ranges.push_back({b, e, prio});
}

// The line's escaped text, with <mark> around highlighted segments.
std::string highlighted(std::string_view text, std::vector<Range> const& ranges) {
  if (ranges.empty()) return html_escape(text);
  std::vector<std::size_t> cuts{0, text.size()};
  for (auto const& r : ranges) {
    cuts.push_back(r.begin);
    cuts.push_back(r.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  // Each piece between two cuts gets the highest priority covering it (-1: none);
  // neighbouring pieces of equal priority are emitted as one.
  std::string out;
  std::size_t from = 0;
  int current = -1;
  auto flush = [&](std::size_t to) {
    if (to <= from) return;
    std::string piece = html_escape(text.substr(from, to - from));
    if (current < 0) {
      out += piece;
    } else {
      out += "<mark class=\"";
      out += priority_class(current);
      out += "\">" + piece + "</mark>";
    }
    from = to;
  };
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    std::size_t a = cuts[i], b = cuts[i + 1];
    int best = -1;
    for (auto const& r : ranges) {
      if (r.begin <= a && r.end >= b) best = std::max(best, r.priority);
    }
    if (best != current) {
      flush(a);
      current = best;
    }
  }
  flush(text.size());
  return out;
}

}  // namespace

void write_html_source(std::ostream& out, DocumentResult const& result, std::string const& prefix,
                       RulePack const& pack, Labels const& labels, std::string const& lang) {
  Document const& doc = result.document;
  SourceText const& src = doc.source;
  std::uint32_t line_count = static_cast<std::uint32_t>(src.lines.line_count());

  std::map<std::uint32_t, std::vector<Mark>> marks;
  std::map<std::uint32_t, std::vector<Range>> ranges;
  std::map<std::uint32_t, int> worst;  // line -> highest priority of its own findings
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    Finding const& f = result.findings[i];
    std::uint32_t line = src.position(f.span.begin).line;
    marks[line].push_back({i, false, f.rule + ": " + render_message(f, pack, lang)});
    add_range(ranges[line], src, line, f.span, priority(f.severity));
    int& w = worst[line];
    w = std::max(w, priority(f.severity));
    for (auto const& r : f.related) {
      std::uint32_t rl = src.position(r.span.begin).line;
      add_range(ranges[rl], src, rl, r.span, 0);
      if (rl != line) marks[rl].push_back({i, true, render_note(f, r, pack, lang)});
    }
  }
  for (auto& [line, list] : marks) {  // by finding, each finding's own mark before its related ones
    std::stable_sort(list.begin(), list.end(), [](Mark const& a, Mark const& b) {
      return a.finding != b.finding ? a.finding < b.finding : !a.related && b.related;
    });
    list.erase(std::unique(list.begin(), list.end(),
                           [](Mark const& a, Mark const& b) { return a.finding == b.finding && a.related == b.related; }),
               list.end());
  }
  std::map<std::uint32_t, std::vector<std::string>> clauses_at;  // line -> clause ids starting there
  for (auto const& [id, line] : clause_lines(doc)) clauses_at[line].push_back(id);

  out << "<section class=\"source\" id=\"" << prefix << "source\">\n<h3>" << html_escape(labels("contract_text"))
      << "</h3>\n<p class=\"note\">" << html_escape(labels("contract_note")) << "</p>\n"
      << "<table class=\"source\">\n<thead><tr><th class=\"ln\">" << html_escape(labels("col_line"))
      << "</th><th class=\"cl\">" << html_escape(labels("col_clause")) << "</th><th class=\"tx\">"
      << html_escape(labels("contract_text")) << "</th><th class=\"mk\"></th></tr></thead>\n<tbody>\n";
  for (std::uint32_t line = 1; line <= line_count; ++line) {
    std::string row_class = "line";
    if (auto w = worst.find(line); w != worst.end()) {
      row_class += std::string(" hit ") + priority_class(w->second);
    } else if (marks.count(line)) {
      row_class += " rel";
    }
    out << "<tr id=\"" << prefix << "L" << line << "\" class=\"" << row_class << "\"><td class=\"ln\"><a href=\"#"
        << prefix << "L" << line << "\">" << line << "</a></td><td class=\"cl\">";
    if (auto c = clauses_at.find(line); c != clauses_at.end()) {
      for (auto const& id : c->second) out << "<span id=\"" << prefix << "c-" << anchor_name(id) << "\"></span>";
      out << html_escape(c->second.back());
    }
    auto r = ranges.find(line);
    out << "</td><td class=\"tx\">"
        << highlighted(src.line_text(line), r == ranges.end() ? std::vector<Range>{} : r->second)
        << "</td><td class=\"mk\">";
    if (auto m = marks.find(line); m != marks.end()) {
      for (auto const& mark : m->second) {
        Finding const& f = result.findings[mark.finding];
        out << "<a class=\"mark " << (mark.related ? "note" : priority_class(priority(f.severity))) << "\" href=\"#"
            << prefix << "f" << mark.finding + 1 << "\" title=\"" << html_escape(mark.title) << "\">"
            << mark.finding + 1 << "</a>";
      }
    }
    out << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace avvlint::report
