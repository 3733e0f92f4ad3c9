// `avvlint rules` (text or Markdown) and `avvlint explain`: rendered from the rule
// pack metadata. The Markdown form is docs/rules.md; a test keeps that file equal to
// what this code writes, so the documentation cannot drift from the rule files.
#include <avvlint/report.hpp>

#include <iomanip>

namespace avvlint {

namespace {

// Text from the rule files as Markdown text: characters that Markdown would read
// as markup ("„_____“", "[Firma]") are escaped; paragraphs stay paragraphs.
std::string md(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

std::string anchor(std::string const& id) { return "<a id=\"" + id + "\"></a>"; }
std::string link(std::string const& id) { return "[`" + id + "`](#" + id + ")"; }

std::string basis(std::string const& de, std::string const& en, bool english) {
  return english && !en.empty() ? en : de;
}

// One language's block of a rule or requirement: labelled facts, then the explanation.
struct Labels {
  char const *severity, *requirement, *basis, *findings, *missing, *partial;
};
constexpr Labels kDe{"Schweregrad", "Anforderung", "Rechtsgrundlage", "Befunde",
                     "wenn die Anforderung fehlt", "wenn sie nur teilweise erfüllt ist"};
constexpr Labels kEn{"Severity", "Requirement", "Legal basis", "Findings",
                     "when the requirement is missing", "when it is only partly met"};

}  // namespace

void write_rule_markdown(std::ostream& out, RulePack const& pack, std::string const& lang) {
  bool both = lang.empty();
  std::vector<bool> languages;  // false: German, true: English
  if (both || lang == "de") languages.push_back(false);
  if (both || lang == "en") languages.push_back(true);
  bool en_only = lang == "en";
  auto title = [&](LocalText const& t) { return both ? md(t.de) + " / " + md(t.en) : md(t.in(lang)); };

  out << (en_only ? "# avvlint rules\n\n" : "# avvlint-Regeln\n\n");
  out << "<!-- Generated from the rule pack by `build/avvlint rules --format markdown > docs/rules.md`; "
         "do not edit by hand (the test rules-doc fails when this file is stale). -->\n\n";
  if (both || !en_only) {
    out << "Jede Befundregel und jede Anforderung des Katalogs (Art. 28 DSGVO) mit Schweregrad, Anforderung, "
           "Rechtsgrundlage und Erläuterung, erzeugt aus den Regeldateien in `rules/`.\n";
  }
  if (both) out << "\n";
  if (both || en_only) {
    out << "Every finding rule and every requirement of the catalogue (Art. 28 GDPR) with its severity, "
           "requirement, legal basis and explanation, generated from the rule files in `rules/`.\n";
  }
  out << "\n" << (both ? "## Befundregeln / Finding rules" : en_only ? "## Finding rules" : "## Befundregeln")
      << "\n\n";
  out << (both ? "| Regel / Rule | Schweregrad / Severity | Anforderung / Requirement | Titel / Title |"
               : en_only ? "| Rule | Severity | Requirement | Title |" : "| Regel | Schweregrad | Anforderung | Titel |")
      << "\n|---|---|---|---|\n";
  for (auto const& [id, rule] : pack.rules) {
    out << "| " << link(id) << " | " << to_string(rule.severity) << " | "
        << (rule.requirement.empty() ? "–" : link(rule.requirement)) << " | " << title(rule.title) << " |\n";
  }
  for (auto const& [id, rule] : pack.rules) {
    out << "\n### `" << id << "`\n\n" << anchor(id) << "\n";
    for (bool english : languages) {
      Labels const& l = english ? kEn : kDe;
      out << "\n" << (both && english ? "*English:* " : "") << "**" << md(rule.title.in(english ? "en" : "de"))
          << "**\n\n";
      out << "- " << l.severity << ": `" << to_string(rule.severity) << "`\n";
      if (!rule.requirement.empty()) out << "- " << l.requirement << ": " << link(rule.requirement) << "\n";
      std::string b = basis(rule.legal_basis, rule.legal_basis_en, english);
      if (!b.empty()) out << "- " << l.basis << ": " << md(b) << "\n";
      out << "\n" << md(rule.explanation.in(english ? "en" : "de")) << "\n";
    }
  }

  out << "\n"
      << (both ? "## Anforderungen / Requirements" : en_only ? "## Requirements" : "## Anforderungen") << "\n\n";
  out << (both ? "| # | Anforderung / Requirement | Rechtsgrundlage / Legal basis | Titel / Title |"
               : en_only ? "| # | Requirement | Legal basis | Title |" : "| # | Anforderung | Rechtsgrundlage | Titel |")
      << "\n|---|---|---|---|\n";
  for (auto const& req : pack.requirements) {
    out << "| " << req.order << " | " << link(req.id) << " | " << md(basis(req.legal_basis, req.legal_basis_en, en_only))
        << " | " << title(req.title) << " |\n";
  }
  for (auto const& req : pack.requirements) {
    out << "\n### `" << req.id << "`\n\n" << anchor(req.id) << "\n";
    std::string related;
    for (auto const& [id, rule] : pack.rules) {
      if (rule.requirement == req.id && id != "requirement.missing" && id != "requirement.partial") {
        related += ", " + link(id) + " (" + to_string(rule.severity) + ")";
      }
    }
    for (bool english : languages) {
      Labels const& l = english ? kEn : kDe;
      out << "\n" << (both && english ? "*English:* " : "") << "**" << md(req.title.in(english ? "en" : "de"))
          << "**\n\n";
      out << "- " << l.basis << ": " << md(basis(req.legal_basis, req.legal_basis_en, english)) << "\n";
      out << "- " << l.findings << ": " << link("requirement.missing") << " (error) " << l.missing << ", "
          << link("requirement.partial") << " (warning) " << l.partial << related << "\n";
      out << "\n" << md(req.explanation.in(english ? "en" : "de")) << "\n";
    }
  }
}

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
