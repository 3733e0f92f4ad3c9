#include <avvlint/grammar.hpp>

#include <catch2/catch.hpp>

using namespace avvlint::grammar;

namespace {
Period period(std::string_view text) {
  std::size_t used = 0;
  auto p = parse_period(text, used);
  REQUIRE(p.has_value());
  return *p;
}
bool is_period(std::string_view text) {
  std::size_t used = 0;
  return parse_period(text, used).has_value();
}
}  // namespace

TEST_CASE("period: numbers and number words with units", "[grammar][period]") {
  CHECK(period("zwei Wochen").hours == Approx(336));
  CHECK(period("14 Tage").hours == Approx(336));
  CHECK(period("drei Monaten").unit == "month");
  CHECK(period("drei Monaten").amount == 3);
  CHECK(period("72 Stunden").hours == Approx(72));
  CHECK(period("24h").hours == Approx(24));
  CHECK(period("fünf Werktagen").unit == "workday");
  CHECK(period("vierzehn (14) Tagen").amount == 14);
  CHECK(period("einem Monat").hours == Approx(720));
  CHECK(period("30 days").unit == "day");
}

TEST_CASE("period: immediacy words", "[grammar][period]") {
  CHECK(period("unverzüglich").unit == "immediate");
  CHECK(period("Unverzüglich").unit == "immediate");
  CHECK(period("umgehend").unit == "immediate");
  CHECK(period("without undue delay").unit == "immediate");
}

TEST_CASE("period: numbers that are not periods", "[grammar][period]") {
  CHECK_FALSE(is_period("28 Abs."));
  CHECK_FALSE(is_period("zwei Parteien"));
  CHECK_FALSE(is_period("24 haben"));
  CHECK_FALSE(is_period("eine Tagesordnung"));
}
