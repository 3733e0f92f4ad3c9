#include <avvlint/grammar.hpp>

#include <catch2/catch.hpp>

using namespace avvlint::grammar;

TEST_CASE("line: section headings in the common styles", "[grammar][line]") {
  auto a = classify_line("1. Allgemeine Bestimmungen und Vertragsgegenstand");
  CHECK(a.kind == LineKind::section_heading);
  CHECK(a.style == NumberStyle::dotted);
  CHECK(a.parts == std::vector<std::string>{"1"});
  CHECK(a.title == "Allgemeine Bestimmungen und Vertragsgegenstand");

  auto b = classify_line("§ 4 Pflichten des Auftragnehmers");
  CHECK(b.kind == LineKind::section_heading);
  CHECK(b.style == NumberStyle::paragraph);
  CHECK(b.parts == std::vector<std::string>{"4"});
  CHECK(b.title == "Pflichten des Auftragnehmers");

  auto c = classify_line("## § 12 Haftung");
  CHECK(c.kind == LineKind::section_heading);
  CHECK(c.markdown_level == 2);
  CHECK(c.title == "Haftung");

  auto d = classify_line("**§ 3 Weisungen**");
  CHECK(d.kind == LineKind::section_heading);
  CHECK(d.title == "Weisungen");

  auto t = classify_line("TEIL A – GRUNDLAGEN");
  CHECK(t.kind == LineKind::section_heading);
  CHECK(t.parts == std::vector<std::string>{"A"});
  auto a1 = classify_line("A.1 Gegenstand. Der Auftragsverarbeiter betreibt die Plattform.");
  CHECK(a1.kind == LineKind::numbered);
  CHECK(a1.parts == std::vector<std::string>{"A", "1"});

  auto e = classify_line("Ziffer 7 Schlussbestimmungen");
  CHECK(e.kind == LineKind::section_heading);
  CHECK(e.style == NumberStyle::ziffer);
  // bold italic: "*** 5. WEISUNGEN ***"
  auto bold_italic = classify_line("*** 5. WEISUNGEN ***");
  CHECK(bold_italic.kind == LineKind::section_heading);
  CHECK(bold_italic.title == "WEISUNGEN");
  // a long sentence wrapped at the line end is no title
  CHECK(classify_line("1. KitaPost setzt die nach Art. 32 DSGVO erforderlichen technischen und organisatorischen").kind !=
        LineKind::section_heading);
  CHECK(classify_line("3. Verpflichtet uns das Recht der EU oder Deutschlands zu einer davon abweichenden").kind !=
        LineKind::section_heading);
  // a bilingual annex heading: the number and title in both languages
  auto bilingual = classify_line("ANLAGE 2 / ANNEX 2 \xE2\x80\x93 Technische und organisatorische Ma\xC3\x9Fnahmen nach Art. 32 DSGVO / "
                                 "Technical and organisational measures pursuant to Art. 32 GDPR");
  CHECK(bilingual.kind == LineKind::annex_heading);
  CHECK(bilingual.parts == std::vector<std::string>{"2"});
  // a form's boxes and fields
  auto box = classify_line("KASTEN 4 \xE2\x80\x93 DAUER");
  CHECK(box.kind == LineKind::section_heading);
  CHECK(box.parts == std::vector<std::string>{"4"});
  CHECK(classify_line("Feld 7 \xE2\x80\x93 Kategorien betroffener Personen").kind == LineKind::section_heading);

  // after a semicolon a title goes on with a capital, or with an adjective and its noun
  CHECK(classify_line("3. Art und Zweck der Bearbeitung; Daten; betroffene Personen").kind == LineKind::section_heading);
  CHECK(classify_line("4. Dateiaustausch nur über das Portal; kein Versand per E-Mail").kind != LineKind::section_heading);
}

TEST_CASE("line: a numbered sentence is a provision, not a heading", "[grammar][line]") {
  auto a = classify_line("1. Der vorliegende Vertrag umfasst folgende Leistungen:");
  CHECK(a.kind == LineKind::numbered);
  auto b = classify_line("- 8.2 Beabsichtigt der Auftragnehmer den Einsatz weiterer Subunternehmer, wird er dies anzeigen.");
  CHECK(b.kind == LineKind::numbered);
  CHECK(b.bulleted);
  CHECK(b.parts == std::vector<std::string>{"8", "2"});
  CHECK(std::string_view("- 8.2 Beabsichtigt").substr(b.text_begin, 11) == "Beabsichtig");
  auto c = classify_line("(2) Der Auftragnehmer verpflichtet sich.");
  CHECK(c.kind == LineKind::numbered);
  CHECK(c.style == NumberStyle::parenthesis);
  auto d = classify_line("1.2.3 Die Frist beträgt zwei Wochen.");
  CHECK(d.parts == std::vector<std::string>{"1", "2", "3"});
}

TEST_CASE("line: items, bullets and bold headings", "[grammar][line]") {
  CHECK(classify_line("a) Name und Anschrift").kind == LineKind::item);
  auto b = classify_line(" - a. Login in den Kundenbereich");
  CHECK(b.kind == LineKind::item);
  CHECK(b.indent == 1);
  CHECK(b.parts == std::vector<std::string>{"a"});
  auto c = classify_line("(iv) vierter Punkt");
  CHECK(c.kind == LineKind::item);
  CHECK(c.style == NumberStyle::roman);
  CHECK(classify_line("(b) zweiter Punkt").style == NumberStyle::letter);
  CHECK(classify_line("- Alarmanlage").kind == LineKind::bullet);
  CHECK(classify_line("• Alarmanlage").kind == LineKind::bullet);
  CHECK(classify_line("* Alarmanlage").kind == LineKind::bullet);
  auto bold = classify_line("- **Zutrittskontrolle**");
  CHECK(bold.kind == LineKind::bold_heading);
  CHECK(bold.title == "Zutrittskontrolle");
}

TEST_CASE("line: annex headings, and annex mentions that are not headings", "[grammar][line]") {
  auto a = classify_line("Anlage 3 – Liste der bestehenden Subunternehmer");
  CHECK(a.kind == LineKind::annex_heading);
  CHECK(a.parts == std::vector<std::string>{"3"});
  CHECK(a.title == "Liste der bestehenden Subunternehmer");
  CHECK(classify_line("Anhang A").kind == LineKind::annex_heading);
  auto bold_number = classify_line("- **1.1** Die Plattform betreibt eine Software.");
  CHECK(bold_number.kind == LineKind::numbered);
  CHECK(bold_number.number == "1.1");
  CHECK(classify_line("Nr. 3 Arten der Auftraggeber-Daten").kind == LineKind::section_heading);
  auto part_annex = classify_line("Anlage C-2 – Genehmigte Unterauftragsverarbeiter");
  CHECK(part_annex.kind == LineKind::annex_heading);
  CHECK(part_annex.parts == std::vector<std::string>{"C", "2"});
  CHECK(classify_line("– Anhang 1: Beschreibung der Verarbeitung").kind == LineKind::bullet);
  CHECK(classify_line("Annex II: Technical measures").kind == LineKind::annex_heading);
  auto austrian = classify_line("Beilage ./2 – Technische und organisatorische Maßnahmen");
  CHECK(austrian.kind == LineKind::annex_heading);
  CHECK(austrian.parts == std::vector<std::string>{"2"});
  CHECK(classify_line("## Anlage 1 – Auftragsdetails").kind == LineKind::annex_heading);
  auto bare = classify_line("Anlage – Technische und organisatorische Maßnahmen");
  CHECK(bare.kind == LineKind::annex_heading);
  CHECK(bare.parts.empty());
  CHECK(classify_line("Anlage zu diesem Vertrag sind die Maßnahmen.").kind == LineKind::text);
  CHECK(classify_line("Anlage 1 regelt die Einzelheiten des Auftrags, soweit nicht anders vereinbart.").kind ==
        LineKind::text);
}

TEST_CASE("line: tables and plain text", "[grammar][line]") {
  CHECK(classify_line("| Name | Ort |").kind == LineKind::table_row);
  CHECK(classify_line("|--|---|").kind == LineKind::table_separator);
  CHECK(classify_line("| :-- | --: |").kind == LineKind::table_separator);
  CHECK(classify_line("").kind == LineKind::blank);
  CHECK(classify_line("   ").kind == LineKind::blank);
  CHECK(classify_line("Der Auftragnehmer haftet.").kind == LineKind::text);
  CHECK(classify_line("2026 wurde der Vertrag geschlossen.").kind == LineKind::text);
  auto cells = split_table_row("| Profihost | Webhosting | Hannover |");
  CHECK(cells == std::vector<std::string_view>{"Profihost", "Webhosting", "Hannover"});
  CHECK(split_table_row("| | | |") == std::vector<std::string_view>{"", "", ""});
}

TEST_CASE("line: hostile lines do not break the classifier", "[grammar][line]") {
  std::string long_line(1'000'000, 'x');
  CHECK(classify_line(long_line).kind == LineKind::text);
  std::string hashes(10'000, '#');
  CHECK(classify_line(hashes).kind == LineKind::text);
  std::string digits = "1";
  for (int i = 0; i < 1000; ++i) digits += ".1";
  CHECK(classify_line(digits + " Text").kind == LineKind::text);
  CHECK(classify_line("\xC3").kind == LineKind::text);
}

TEST_CASE("line: 'z. Hd.' in a letter's address is no lettered item", "[grammar][line]") {
  CHECK(classify_line("z. Hd. Herrn Jörn Brandhorst, Geschäftsführer").kind == LineKind::text);
  CHECK(classify_line("z) Der Auftragnehmer meldet Verletzungen.").kind == LineKind::item);
}
