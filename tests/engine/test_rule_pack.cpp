#include "../test_util.hpp"

#include <avvlint/report.hpp>

using namespace avvlint;
using namespace avvlint::test;

TEST_CASE("rule pack: every registered check has a rule file, every rule text is bilingual", "[rules]") {
  auto const& p = pack();
  for (auto const& id : registered_check_ids()) {
    INFO(id);
    CHECK(p.rule(id) != nullptr);
  }
  for (auto const& [id, rule] : p.rules) {
    INFO(id);
    CHECK_FALSE(rule.title.de.empty());
    CHECK_FALSE(rule.title.en.empty());
    CHECK_FALSE(rule.explanation.de.empty());
    CHECK_FALSE(rule.explanation.en.empty());
    CHECK(rule.title.de != rule.title.en);
  }
}

TEST_CASE("rule pack: the requirement catalogue is complete and ordered", "[rules]") {
  auto const& reqs = pack().requirements;
  REQUIRE(reqs.size() == 23);
  CHECK(reqs.front().id == "art28.3.subject-matter");
  CHECK(reqs.back().id == "art28.9.written-form");
  for (std::size_t i = 0; i < reqs.size(); ++i) CHECK(reqs[i].order == static_cast<int>(i + 1));
}

// The CLI compiles the embedded pack on a second thread without waiting for the
// verdict: its coverage specs must compile.
TEST_CASE("rule pack: the embedded pack's coverage specs compile", "[rules]") {
  CHECK(prepare_rule_pack(pack()) == "");
}

TEST_CASE("rule pack: a broken file is an error naming the file and JSON path", "[rules]") {
  auto r = load_rule_pack({{"findings/x.json", R"({"id": "x", "severity": "loud"})"}});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error == "rules/findings/x.json: /severity: must be error, warning or info");
  auto bad = load_rule_pack({{"findings/y.json", "{not json"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error == "rules/findings/y.json: invalid JSON");
  auto half = load_rule_pack({{"findings/z.json",
                               R"({"id":"z","severity":"info","title":{"de":"T"},"message":{"de":"m","en":"m"},"explanation":{"de":"e","en":"e"}})"}});
  REQUIRE_FALSE(half.ok());
  CHECK(half.error == "rules/findings/z.json: /title/en: missing German or English text");
}

TEST_CASE("templates: placeholders are filled, unknown ones kept", "[rules]") {
  CHECK(fill_template("a {x} b {y}", {{"x", "1"}}) == "a 1 b {y}");
}

TEST_CASE("messages render in German and English", "[rules][report]") {
  Finding f;
  f.rule = "reference.dangling";
  f.args = {{"target", "Anlage 7"}};
  auto de = render_message(f, pack(), "de");
  auto en = render_message(f, pack(), "en");
  CHECK(de.find("Anlage 7") != std::string::npos);
  CHECK(en.find("Anlage 7") != std::string::npos);
  CHECK(de != en);
}
