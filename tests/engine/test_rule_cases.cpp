// Runs the case files beside the rules (rules/cases/<id>.txt): every requirement
// and every finding rule has a positive case, a negative case and a near miss,
// written as contract snippets. Format:
//
//   === expect: met            (requirement ids: met | partial | missing | not-applicable)
//   Der Auftragnehmer löscht …
//   === expect: finding        (finding rule ids: finding | none)
//   Der Auftragnehmer ist nicht verpflichtet …
//
// Text after the status ("=== expect: none | near miss: …") is a label. Each snippet
// is placed in a minimal contract (title, party block with the defined terms
// "Auftraggeber" and "Auftragnehmer", one section) unless it starts with its own
// section or annex heading.
#include "../test_util.hpp"

#include <avvlint/findings.hpp>

#include <filesystem>

using namespace avvlint;
using namespace avvlint::test;

namespace {

struct Case {
  std::string id, expect, label, text;
  int line = 0;
};

std::vector<Case> read_cases(std::filesystem::path const& file) {
  std::vector<Case> cases;
  std::string id = file.stem().string();
  std::istringstream in(read_file(file));
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("=== ", 0) == 0) {
      Case c;
      c.id = id;
      c.line = number;
      std::string head = line.substr(4);
      auto bar = head.find('|');
      if (bar != std::string::npos) {
        c.label = head.substr(bar + 1);
        head = head.substr(0, bar);
      }
      auto colon = head.find(':');
      c.expect = colon == std::string::npos ? "" : head.substr(colon + 1);
      c.expect.erase(0, c.expect.find_first_not_of(' '));
      c.expect.erase(c.expect.find_last_not_of(' ') + 1);
      cases.push_back(c);
    } else if (!cases.empty() && !(line.rfind("#", 0) == 0 && cases.back().text.empty())) {
      cases.back().text += line + "\n";
    }
  }
  return cases;
}

std::string wrap(std::string const& snippet) {
  std::string head =
      "Vertrag zur Auftragsverarbeitung\n\n"
      "Muster Handels GmbH, Hauptstraße 1, 10115 Berlin (im Folgenden: „Auftraggeber“)\n\n"
      "Beispiel Dienste AG, Am Markt 2, 04109 Leipzig (im Folgenden: „Auftragnehmer“)\n\n";
  std::string trimmed = snippet.substr(snippet.find_first_not_of("\n "));
  bool structured = trimmed.rfind("\xC2\xA7", 0) == 0 || trimmed.rfind("Anlage", 0) == 0 ||
                    trimmed.rfind("#", 0) == 0 || (std::isdigit(static_cast<unsigned char>(trimmed[0])) &&
                                                   trimmed.find(". ") < 4 && trimmed.find('\n') < 80);
  return head + (structured ? "" : "1. Regelungen\n\n") + trimmed;
}

}  // namespace

TEST_CASE("rule cases: every case file holds", "[rules][cases]") {
  std::filesystem::path dir = std::filesystem::path(AVVLINT_SOURCE_DIR) / "rules" / "cases";
  REQUIRE(std::filesystem::is_directory(dir));
  std::vector<std::filesystem::path> files;
  for (auto const& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  int total = 0;
  for (auto const& file : files) {
    for (auto const& c : read_cases(file)) {
      ++total;
      INFO(file.filename().string() << ":" << c.line << " expect " << c.expect << " |" << c.label << "\n" << c.text);
      auto result = lint_text(wrap(c.text));
      if (pack().requirement(c.id)) {
        std::string status = "?";
        for (auto const& r : result.requirements) {
          if (r.id == c.id) status = to_string(r.status);
        }
        CHECK(status == c.expect);
      } else {
        REQUIRE(pack().rule(c.id) != nullptr);
        bool found = !findings_of(result, c.id).empty();
        REQUIRE((c.expect == "finding" || c.expect == "none"));
        CHECK(found == (c.expect == "finding"));
      }
    }
  }
  CHECK(total > 0);
}

TEST_CASE("rule cases: every requirement and coverage rule has positive, negative and near-miss cases", "[rules][cases]") {
  std::filesystem::path dir = std::filesystem::path(AVVLINT_SOURCE_DIR) / "rules" / "cases";
  std::vector<std::string> ids;
  for (auto const& r : pack().requirements) ids.push_back(r.id);
  for (auto const& [id, rule] : pack().rules) {
    auto const& j = pack().json("findings/" + id + ".json");
    if (j.contains("forbids")) ids.push_back(id);
  }
  for (auto const& id : ids) {
    INFO(id);
    auto file = dir / (id + ".txt");
    REQUIRE(std::filesystem::exists(file));
    auto cases = read_cases(file);
    CHECK(cases.size() >= 3);
  }
}
