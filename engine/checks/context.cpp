#include "check.hpp"

namespace avvlint::checks {

Finding& Context::report(std::string const& rule, Span span, int node, Args args) {
  Finding f;
  f.rule = rule;
  if (RuleInfo const* info = pack.rule(rule)) {
    f.severity = info->severity;
    f.requirement = info->requirement;
  }
  f.span = span;
  f.clause = node >= 0 ? doc.clause_id(node) : doc.clause_id(doc.node_at(span.begin));
  f.args = std::move(args);
  out.push_back(std::move(f));
  return out.back();
}

Related Context::related(Span span, std::string note, Args args) const {
  Related r;
  r.span = span;
  r.clause = doc.clause_id(doc.node_at(span.begin));
  r.note = std::move(note);
  r.args = std::move(args);
  return r;
}

}  // namespace avvlint::checks
