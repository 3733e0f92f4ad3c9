// `avvlint rules` and `avvlint explain`: rendered from the rule pack metadata.
#include <avvlint/report.hpp>

#include <iomanip>

namespace avvlint {

void write_rule_list(std::ostream& out, RulePack const& pack, std::string const& lang) {
  for (auto const& [id, rule] : pack.rules) {
    out << std::left << std::setw(38) << id << std::setw(9) << to_string(rule.severity) << std::setw(36)
        << (rule.requirement.empty() ? "-" : rule.requirement) << rule.title.in(lang) << "\n";
  }
  for (auto const& req : pack.requirements) {
    out << std::left << std::setw(38) << req.id << std::setw(9) << "-" << std::setw(36)
        << (lang == "en" && !req.legal_basis_en.empty() ? req.legal_basis_en : req.legal_basis) << req.title.in(lang)
        << "\n";
  }
}

bool write_explanation(std::ostream& out, RulePack const& pack, std::string const& id, std::string const& lang) {
  bool en = lang == "en";
  if (RuleInfo const* rule = pack.rule(id)) {
    out << rule->id << " — " << rule->title.in(lang) << "\n";
    out << (en ? "Severity: " : "Schweregrad: ") << to_string(rule->severity) << "\n";
    if (!rule->requirement.empty()) out << (en ? "Requirement: " : "Anforderung: ") << rule->requirement << "\n";
    std::string basis = en && !rule->legal_basis_en.empty() ? rule->legal_basis_en : rule->legal_basis;
    if (!basis.empty()) out << (en ? "Legal basis: " : "Rechtsgrundlage: ") << basis << "\n";
    out << "\n" << rule->explanation.in(lang) << "\n";
    return true;
  }
  if (RequirementInfo const* req = pack.requirement(id)) {
    out << req->id << " — " << req->title.in(lang) << "\n";
    out << (en ? "Legal basis: " : "Rechtsgrundlage: ")
        << (en && !req->legal_basis_en.empty() ? req->legal_basis_en : req->legal_basis) << "\n\n";
    out << req->explanation.in(lang) << "\n";
    return true;
  }
  return false;
}

}  // namespace avvlint
