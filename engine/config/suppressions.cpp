// Inline suppression comments (see avvlint/suppressions.hpp).
//
// Each comment becomes one range per rule it names: a disable runs from its own
// line to the line of the enable that ends it (or the end of the file), a
// disable-next-line covers the next line that has text and is not itself an avvlint
// comment, a disable-line its own line. A range that covers no finding of its rule
// is reported as `suppression.unused`, because a stale suppression can later hide a
// real finding.
#include <avvlint/suppressions.hpp>

#include <algorithm>
#include <limits>
#include <string_view>
#include <tuple>

namespace avvlint {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The body of an avvlint comment ("avvlint-disable a, b -- why") as a comment value;
// false for any other comment.
bool parse_body(std::string_view body, SuppressionComment& out) {
  body = trim(body);
  struct Keyword {
    std::string_view text;
    SuppressionComment::Kind kind;
  };
  static constexpr Keyword kKeywords[] = {
      {"avvlint-disable-next-line", SuppressionComment::Kind::disable_next_line},
      {"avvlint-disable-line", SuppressionComment::Kind::disable_line},
      {"avvlint-disable", SuppressionComment::Kind::disable},
      {"avvlint-enable", SuppressionComment::Kind::enable},
  };
  for (auto const& k : kKeywords) {
    if (body.substr(0, k.text.size()) != k.text) continue;
    std::string_view rest = body.substr(k.text.size());
    if (!rest.empty() && !is_space(rest.front())) continue;  // "avvlint-disablex" is not ours
    // " -- reason" ends the rule list.
    for (std::size_t i = 0; i + 1 < rest.size(); ++i) {
      if (rest[i] == '-' && rest[i + 1] == '-' && (i == 0 || is_space(rest[i - 1]))) {
        rest = rest.substr(0, i);
        break;
      }
    }
    out.kind = k.kind;
    out.rules.clear();
    std::size_t i = 0;
    while (i < rest.size()) {
      while (i < rest.size() && (is_space(rest[i]) || rest[i] == ',')) ++i;
      std::size_t start = i;
      while (i < rest.size() && !is_space(rest[i]) && rest[i] != ',') ++i;
      if (i > start) out.rules.emplace_back(rest.substr(start, i - start));
    }
    if (out.rules.empty()) out.rules.emplace_back("*");
    return true;
  }
  return false;
}

// Calls f(begin, end, body) for every "<!-- … -->" that opens and closes on the line.
template <class F>
void for_each_comment(std::string_view line, F&& f) {
  std::size_t pos = 0;
  while ((pos = line.find("<!--", pos)) != std::string_view::npos) {
    std::size_t close = line.find("-->", pos + 4);
    if (close == std::string_view::npos) return;
    f(pos, close + 3, line.substr(pos + 4, close - pos - 4));
    pos = close + 3;
  }
}

// A line with no text besides avvlint comments (skipped by disable-next-line).
bool only_avvlint_comments(std::string_view line) {
  std::string rest;
  std::size_t last = 0;
  for_each_comment(line, [&](std::size_t begin, std::size_t end, std::string_view body) {
    SuppressionComment c;
    if (!parse_body(body, c)) return;
    rest.append(line.substr(last, begin - last));
    last = end;
  });
  rest.append(line.substr(std::min(last, line.size())));
  return trim(rest).empty();
}

struct Range {
  std::string rule;
  std::uint32_t from = 0, to = 0;  // lines, inclusive; from > to: covers nothing
  Span at;                         // the comment
  bool used = false;
  bool open = false;
};

constexpr std::uint32_t kEnd = std::numeric_limits<std::uint32_t>::max();

}  // namespace

std::vector<SuppressionComment> find_suppression_comments(SourceText const& source) {
  std::vector<SuppressionComment> out;
  std::string_view text = source.text;
  if (text.find("avvlint-") == std::string_view::npos) return out;
  for (std::uint32_t line = 1; line <= source.lines.line_count(); ++line) {
    std::string_view lt = source.line_text(line);
    if (lt.find("<!--") == std::string_view::npos) continue;
    std::size_t start = source.lines.line_start(line);
    for_each_comment(lt, [&](std::size_t begin, std::size_t end, std::string_view body) {
      SuppressionComment c;
      if (!parse_body(body, c)) return;
      c.span = {static_cast<std::uint32_t>(start + begin), static_cast<std::uint32_t>(start + end)};
      c.line = line;
      out.push_back(std::move(c));
    });
  }
  return out;
}

void apply_suppressions(DocumentResult& result, RulePack const& pack) {
  Document const& doc = result.document;
  SourceText const& src = doc.source;
  if (src.format != "text") return;
  auto comments = find_suppression_comments(src);
  if (comments.empty()) return;

  std::vector<Range> ranges;
  for (auto const& c : comments) {
    using Kind = SuppressionComment::Kind;
    if (c.kind == Kind::enable) {
      for (auto const& rule : c.rules) {
        for (auto& r : ranges) {
          if (r.open && (rule == "*" || r.rule == rule)) {
            r.to = c.line;
            r.open = false;
          }
        }
      }
      continue;
    }
    std::uint32_t from = c.line, to = c.kind == Kind::disable_line ? c.line : kEnd;
    if (c.kind == Kind::disable_next_line) {
      from = 1;
      to = 0;  // nothing, unless a next line with text follows
      for (std::uint32_t l = c.line + 1; l <= src.lines.line_count(); ++l) {
        if (!only_avvlint_comments(src.line_text(l))) {
          from = to = l;
          break;
        }
      }
    }
    for (auto const& rule : c.rules) ranges.push_back({rule, from, to, c.span, false, c.kind == Kind::disable});
  }

  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (auto& f : result.findings) {
    std::uint32_t line = src.lines.line_of(f.span.begin);
    bool suppressed = false;
    for (auto& r : ranges) {
      if ((r.rule == "*" || r.rule == f.rule) && line >= r.from && line <= r.to) {
        r.used = true;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push_back(std::move(f));
  }
  RuleInfo const* info = pack.rule("suppression.unused");
  for (auto const& r : ranges) {
    if (r.used) continue;
    Finding f;
    f.rule = "suppression.unused";
    f.severity = info ? info->severity : Severity::info;
    f.requirement = info ? info->requirement : "";
    f.span = r.at;
    f.clause = doc.clause_id(doc.node_at(r.at.begin));
    f.args = {{"rule", r.rule}};
    kept.push_back(std::move(f));
  }
  // The order lint() gives: by position, then rule, then arguments.
  std::stable_sort(kept.begin(), kept.end(), [](Finding const& a, Finding const& b) {
    return std::tie(a.span.begin, a.rule, a.args) < std::tie(b.span.begin, b.rule, b.args);
  });
  result.findings = std::move(kept);
}

}  // namespace avvlint
