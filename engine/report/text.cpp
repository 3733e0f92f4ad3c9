// The clang-style text report.
#include <avvlint/report.hpp>

#include <map>

namespace avvlint {
namespace {

char const* colour(Severity s) {
  switch (s) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;35m";
    case Severity::info: return "\x1b[1;36m";
  }
  return "";
}

// Source line (cut around the column when very long) and a caret under the column.
void excerpt(std::ostream& out, SourceText const& src, Position pos, bool color) {
  std::string_view line = src.line_text(pos.line);
  // Work in code points so that the caret lines up under non-ASCII text.
  std::size_t byte = 0, cp = 1, cut_from = 0;
  std::uint32_t caret = pos.column;
  if (caret > 120) {  // show ~60 code points before the column
    std::uint32_t skip = caret - 60;
    while (byte < line.size() && cp < skip) {
      ++byte;
      while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
      ++cp;
    }
    cut_from = byte;
    caret = caret - skip + 1 + 4;
  }
  std::string_view shown = line.substr(cut_from);
  std::size_t limit = 0, count = 0;
  while (limit < shown.size() && count < 160) {
    ++limit;
    while (limit < shown.size() && (static_cast<unsigned char>(shown[limit]) & 0xC0) == 0x80) ++limit;
    ++count;
  }
  out << "  " << (cut_from ? "... " : "") << shown.substr(0, limit) << (limit < shown.size() ? " ..." : "") << "\n";
  out << "  " << std::string(caret > 0 ? caret - 1 : 0, ' ') << (color ? "\x1b[1;32m^\x1b[0m" : "^") << "\n";
}

}  // namespace

void write_text(std::ostream& out, DocumentResult const& result, RulePack const& pack, ReportOptions const& options) {
  auto const& doc = result.document;
  std::string lang = options.lang.empty() ? doc.language : options.lang;
  std::string path = doc.source.path == "-" ? "<stdin>" : doc.source.path;
  for (auto const& f : result.findings) {
    Position pos = doc.source.position(f.span.begin);
    if (options.color) out << "\x1b[1m";
    out << path << ":" << pos.line << ":" << pos.column << ": ";
    if (options.color) out << colour(f.severity);
    out << to_string(f.severity) << ": ";
    if (options.color) out << "\x1b[0m\x1b[1m";
    out << render_message(f, pack, lang) << " [" << f.rule << "]";
    if (options.color) out << "\x1b[0m";
    out << "\n";
    excerpt(out, doc.source, pos, options.color);
    for (auto const& r : f.related) {
      Position rp = doc.source.position(r.span.begin);
      out << path << ":" << rp.line << ":" << rp.column << ": note: " << render_note(f, r, pack, lang);
      if (!r.clause.empty()) out << " (" << r.clause << ")";
      out << "\n";
      excerpt(out, doc.source, rp, options.color);
    }
  }
  std::map<Severity, int> counts;
  for (auto const& f : result.findings) ++counts[f.severity];
  std::map<Status, int> statuses;
  for (auto const& r : result.requirements) ++statuses[r.status];
  bool de = lang != "en";
  out << path << ": " << counts[Severity::error] << (de ? " Fehler, " : " errors, ") << counts[Severity::warning]
      << (de ? " Warnungen, " : " warnings, ") << counts[Severity::info] << (de ? " Hinweise" : " notes");
  if (!result.requirements.empty()) {
    out << (de ? "; Anforderungen: " : "; requirements: ") << statuses[Status::met] << (de ? " erfüllt, " : " met, ")
        << statuses[Status::partial] << (de ? " teilweise, " : " partial, ") << statuses[Status::missing]
        << (de ? " fehlend" : " missing");
  }
  out << "\n";
}

}  // namespace avvlint
