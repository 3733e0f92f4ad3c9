#include <avvlint/grammar.hpp>

#include <catch2/catch.hpp>

using namespace avvlint::grammar;

namespace {
Citation cite(std::string_view text, std::size_t expected_length) {
  std::size_t used = 0;
  auto c = parse_citation(text, used);
  REQUIRE(c.has_value());
  CHECK(used == expected_length);
  return *c;
}
}  // namespace

TEST_CASE("citation: articles with paragraph, letter and law", "[grammar][citation]") {
  auto c = cite("Art. 28 Abs. 3 lit. e DSGVO bei dessen", 27);
  CHECK(c.unit == "Art");
  CHECK(c.number == "28");
  CHECK(c.paragraph == "3");
  CHECK(c.letter == "e");
  CHECK(c.law == "DSGVO");

  auto d = cite("Artikel 4 Nr. 7 DS-GVO.", 22);
  CHECK(d.number == "4");
  CHECK(d.law == "DSGVO");

  auto e = cite("Art. 44 ff. DSGVO", 17);
  CHECK(e.following);
  auto f = cite("Art. 12 – 22 DSGVO", std::string_view("Art. 12 – 22 DSGVO").size());
  CHECK(f.range_end == "22");
  auto g = cite("Art. 32 DSGVO", 13);
  CHECK(g.law == "DSGVO");
  auto h = cite("Art. 28 GDPR", 12);
  CHECK(h.law == "DSGVO");
}

TEST_CASE("citation: paragraphs need a law, chapters may stand alone", "[grammar][citation]") {
  auto c = cite("§ 11 BDSG", std::string_view("§ 11 BDSG").size());
  CHECK(c.unit == "§");
  CHECK(c.law == "BDSG");
  std::size_t used = 0;
  CHECK_FALSE(parse_citation("§ 4 dieses Vertrags", used));
  auto k = cite("Kapitel 5 der DSGVO", std::string_view("Kapitel 5 der DSGVO").size());
  CHECK(k.unit == "Kapitel");
  CHECK(k.number == "5");
  CHECK(k.law == "DSGVO");
  auto r = cite("Kapitel III, Art. 12", std::string_view("Kapitel III").size());
  CHECK(r.number == "III");
}

TEST_CASE("citation: non-citations are rejected", "[grammar][citation]") {
  std::size_t used = 0;
  CHECK_FALSE(parse_citation("Artikelnummer 5", used));
  CHECK_FALSE(parse_citation("Arten der Daten", used));
  CHECK_FALSE(parse_citation("Der Auftragnehmer", used));
}
