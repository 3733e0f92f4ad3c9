#include <avvlint/lint.hpp>

#include "checks/check.hpp"

#include <algorithm>
#include <tuple>

namespace avvlint {

char const* to_string(Status s) {
  switch (s) {
    case Status::met: return "met";
    case Status::partial: return "partial";
    case Status::missing: return "missing";
    case Status::not_applicable: return "not-applicable";
  }
  return "?";
}

std::vector<std::string> registered_check_ids() {
  std::vector<std::string> ids;
  for (auto const& c : checks::registry()) {
    ids.emplace_back(c.rule);
    if (c.also) ids.emplace_back(c.also);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

DocumentResult lint(Document document, RulePack const& pack) {
  DocumentResult result;
  result.document = std::move(document);
  checks::Context ctx{result.document, pack, result.findings};
  for (auto const& check : checks::registry()) check.run(ctx);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](Finding const& a, Finding const& b) {
    return std::tie(a.span.begin, a.rule, a.args) < std::tie(b.span.begin, b.rule, b.args);
  });
  return result;
}

}  // namespace avvlint
