// Unit tests for the workflow layer (issue #6): path globs, config parsing and
// settings, inline suppression comments, baseline fingerprints and matching.
#include "../test_util.hpp"

#include <avvlint/baseline.hpp>
#include <avvlint/config.hpp>
#include <avvlint/suppressions.hpp>

using namespace avvlint;
using namespace avvlint::test;

TEST_CASE("globs: *, ?, **, classes, basename patterns", "[config]") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK(glob_match("*.md", "x/y/a.md"));  // no '/': the file name in any directory
  CHECK_FALSE(glob_match("*.md", "a.txt"));
  CHECK(glob_match("muster/*.txt", "muster/a.txt"));
  CHECK_FALSE(glob_match("muster/*.txt", "muster/x/a.txt"));
  CHECK(glob_match("muster/**", "muster/x/a.txt"));
  CHECK(glob_match("muster/", "muster/x/a.txt"));
  CHECK(glob_match("**/anlage-?.md", "a/b/anlage-3.md"));
  CHECK(glob_match("**/anlage-?.md", "anlage-3.md"));
  CHECK_FALSE(glob_match("**/anlage-?.md", "anlage-12.md"));
  CHECK(glob_match("v[0-9]*.txt", "v42.txt"));
  CHECK_FALSE(glob_match("v[!0-9]*.txt", "v42.txt"));
  CHECK(glob_match("./kunden/*.txt", "kunden/a.txt"));
  CHECK(glob_match("k?nde.txt", "künde.txt"));  // '?' is one character, not one byte
  CHECK_FALSE(glob_match("", "a"));
}

TEST_CASE("config: values, pointers and errors", "[config]") {
  auto r = parse_config("/p/.avvlint.json", R"({"rules": {"law.outdated": "warning"}, "lang": "en",
      "fail_on": "info", "overrides": [{"paths": ["muster/**"], "rules": {"law.outdated": "off"}}],
      "rule_packs": ["regeln"]})");
  REQUIRE(r.ok());
  CHECK(r.config->settings.rules.at("law.outdated").value == "warning");
  CHECK(r.config->settings.rules.at("law.outdated").pointer == "/rules/law.outdated");
  CHECK(r.config->overrides.at(0).settings.rules.at("law.outdated").pointer == "/overrides/0/rules/law.outdated");
  CHECK(r.config->lang == "en");
  CHECK(r.config->fail_on == Severity::info);
  CHECK(r.config->dir == "/p");
  CHECK(r.config->rule_packs == std::vector<std::string>{"/p/regeln"});
  CHECK(validate_config(*r.config, pack()).empty());

  CHECK(parse_config("c.json", R"({"rules": {"a/b~c": 1}})").error ==
        "c.json: /rules/a~1b~0c: must be a string: \"off\", \"error\", \"warning\" or \"info\", not a number");
  CHECK(parse_config("c.json", R"({"x": 1})").error.rfind("c.json: /x: unknown key", 0) == 0);
  auto unknown = parse_config("c.json", R"({"overrides": [{"paths": ["*"], "rules": {"no.such": "off"}}]})");
  REQUIRE(unknown.ok());
  CHECK(validate_config(*unknown.config, pack()) ==
        "c.json: /overrides/0/rules/no.such: unknown rule id 'no.such' (see 'avvlint rules')");
}

TEST_CASE("config: settings per path, severities and requirements off", "[config]") {
  auto r = parse_config("/p/.avvlint.json", R"({"rules": {"placeholder.unfilled": "error"},
      "requirements": {"art28.3.h.audits": "off"},
      "overrides": [{"paths": ["muster/**"], "rules": {"placeholder.unfilled": "off"}}]})");
  REQUIRE(r.ok());
  CHECK(settings_for(*r.config, "/p/a.txt").rules.at("placeholder.unfilled").value == "error");
  CHECK(settings_for(*r.config, "/p/muster/x/a.txt").rules.at("placeholder.unfilled").value == "off");

  auto result = lint_text("Vertrag\n\n1. Gegenstand\n\n1.1 Ort: _____\n");
  auto statuses = result.requirements.size();
  apply_settings(result, settings_for(*r.config, "/p/a.txt"));
  auto placeholders = findings_of(result, "placeholder.unfilled");
  REQUIRE_FALSE(placeholders.empty());
  CHECK(placeholders.front().severity == Severity::error);
  for (auto const& f : result.findings) CHECK(f.requirement != "art28.3.h.audits");
  CHECK(result.requirements.size() == statuses);
  apply_settings(result, settings_for(*r.config, "/p/muster/a.txt"));
  CHECK(findings_of(result, "placeholder.unfilled").empty());
}

TEST_CASE("suppressions: comment syntax", "[config]") {
  auto src = decode_source("t.md", "a <!-- avvlint-disable a.b, c.d -- weil -->\n"
                                   "<!-- avvlint-disable-next-line -->\n"
                                   "<!-- avvlint-enable * --> <!-- other -->\n"
                                   "<!-- avvlint-disablex a -->\n"
                                   "x <!-- avvlint-disable-line a -->\n");
  REQUIRE(src.ok());
  auto comments = find_suppression_comments(*src.source);
  REQUIRE(comments.size() == 4);
  CHECK(comments[0].kind == SuppressionComment::Kind::disable);
  CHECK(comments[0].rules == std::vector<std::string>{"a.b", "c.d"});
  CHECK(comments[0].line == 1);
  CHECK(comments[0].span.begin == 2);
  CHECK(comments[1].kind == SuppressionComment::Kind::disable_next_line);
  CHECK(comments[1].rules == std::vector<std::string>{"*"});
  CHECK(comments[2].kind == SuppressionComment::Kind::enable);
  CHECK(comments[3].kind == SuppressionComment::Kind::disable_line);
  CHECK(comments[3].line == 5);
}

TEST_CASE("suppressions: findings dropped by line, unused ones reported", "[config]") {
  auto result = lint_text("Vertrag\n\n1. Gegenstand\n\n<!-- avvlint-disable-next-line placeholder.unfilled -->\n"
                          "1.1 Ort: _____\n\n1.2 Frist: _____\n\n<!-- avvlint-disable-next-line law.outdated -->\n"
                          "1.3 Ende.\n");
  REQUIRE(findings_of(result, "placeholder.unfilled").size() == 2);
  apply_suppressions(result, pack());
  auto left = findings_of(result, "placeholder.unfilled");
  REQUIRE(left.size() == 1);
  CHECK(result.document.source.position(left[0].span.begin).line == 8);
  auto unused = findings_of(result, "suppression.unused");
  REQUIRE(unused.size() == 1);
  CHECK(unused[0].args.at("rule") == "law.outdated");
  CHECK(unused[0].severity == Severity::info);
  CHECK(result.document.source.position(unused[0].span.begin).line == 10);
}

TEST_CASE("baseline: fingerprints ignore case and whitespace, not digits", "[config]") {
  CHECK(line_fingerprint("  1.2 Es gilt  Ziffer 9.") == line_fingerprint("1.2 es gilt ZIFFER 9.\t"));
  CHECK(line_fingerprint("ÄNDERUNG") == line_fingerprint("änderung"));
  CHECK(line_fingerprint("Ziffer 9") != line_fingerprint("Ziffer 8"));
  CHECK(line_fingerprint("x").size() == 16);
  CHECK(baseline_path("/a/b/c.txt", "/a/base.json") == "b/c.txt");
  CHECK(baseline_path("-", "/a/base.json") == "-");
}

TEST_CASE("baseline: parse, write and apply", "[config]") {
  auto result = lint_text("Vertrag\n\n1. Gegenstand\n\n1.1 Ort: _____\n");
  auto entries = baseline_entries(result, "v.txt");
  REQUIRE(entries.size() == result.findings.size());
  std::ostringstream out;
  write_baseline(out, entries);
  auto parsed = parse_baseline("b.json", out.str());
  REQUIRE(parsed.ok());
  CHECK(parsed.baseline->entries.size() == entries.size());
  auto other = result;
  apply_baseline(result, *parsed.baseline, "v.txt");
  CHECK(result.findings.empty());
  apply_baseline(other, *parsed.baseline, "w.txt");  // another file: nothing accepted
  CHECK(other.findings.size() == entries.size());
  CHECK(parse_baseline("b.json", R"({"version": 1, "findings": [{"rule": "x"}]})").error ==
        "b.json: /findings/0/clause: missing");
  CHECK(parse_baseline("b.json", "[").error.rfind("b.json: invalid JSON", 0) == 0);
}
