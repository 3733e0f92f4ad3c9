#include <avvlint/grammar.hpp>

#include <catch2/catch.hpp>

using namespace avvlint::grammar;

namespace {
std::vector<std::string> ids(std::string_view text) {
  std::size_t used = 0;
  std::vector<std::string> out;
  for (auto const& r : parse_cross_reference(text, used)) out.push_back(r.id);
  return out;
}
}  // namespace

TEST_CASE("xref: clauses and paragraphs", "[grammar][xref]") {
  CHECK(ids("Ziffer 8.2 gilt") == std::vector<std::string>{"8.2"});
  CHECK(ids("Ziff. 3 bleibt") == std::vector<std::string>{"3"});
  CHECK(ids("§ 4 dieses Vertrags") == std::vector<std::string>{"§ 4"});
  CHECK(ids("§ 4 Abs. 2") == std::vector<std::string>{"§ 4 (2)"});
  CHECK(ids("§ 126a des Bürgerlichen Gesetzbuchs") == std::vector<std::string>{"§ 126a"});
  CHECK(ids("§ A5 Abs. 2") == std::vector<std::string>{"§ A5 (2)"});
  CHECK(ids("Ziffern 3.1 und 3.2") == std::vector<std::string>{"3.1", "3.2"});
  CHECK(ids("Abschnitt 5") == std::vector<std::string>{"5"});
  CHECK(ids("Abschnitt XI erhält") == std::vector<std::string>{"XI"});
  CHECK(ids("Abschnitt Xylophon").empty());
  CHECK(ids("Kasten 7 gewählt") == std::vector<std::string>{"7"});
}

TEST_CASE("xref: annexes in their spellings", "[grammar][xref]") {
  CHECK(ids("Anlage 3 aufgezählten") == std::vector<std::string>{"Anlage 3"});
  CHECK(ids("**Anlage 2** dieses") == std::vector<std::string>{"Anlage 2"});
  CHECK(ids("Anhang A") == std::vector<std::string>{"Anlage A"});
  CHECK(ids("Beilage ./3 genannten") == std::vector<std::string>{"Anlage 3"});
  CHECK(ids("Annex II") == std::vector<std::string>{"Anlage II"});
  CHECK(ids("Anlagen C-1 und C-2, soweit") == std::vector<std::string>{"Anlage C-1", "Anlage C-2"});
  CHECK(ids("Anlagen 1 und 2") == std::vector<std::string>{"Anlage 1", "Anlage 2"});
  std::size_t used = 0;
  auto refs = parse_cross_reference("Anlage 1 zu entnehmen", used);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].target == CrossReference::Target::annex);
  CHECK(refs[0].label == "Anlage 1");
}

TEST_CASE("xref: words that are no reference", "[grammar][xref]") {
  CHECK(ids("Anlagen zu diesem Vertrag").empty());
  CHECK(ids("Ziffernfolge").empty());
  CHECK(ids("Der Anhang").empty());
}

TEST_CASE("scan_inline finds everything in order", "[grammar][scan]") {
  std::string text = "Gemäß Ziffer 8.2 und Art. 28 Abs. 3 DSGVO binnen zwei Wochen, siehe Anlage 3.";
  auto found = scan_inline(text);
  REQUIRE(found.size() == 4);
  CHECK(found[0].reference);
  CHECK(found[1].citation);
  CHECK(found[2].period);
  CHECK(found[3].reference);
  CHECK(text.substr(found[3].begin, found[3].end - found[3].begin) == "Anlage 3");
}
