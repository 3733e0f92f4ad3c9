#include "../test_util.hpp"

using namespace avvlint;
using namespace avvlint::test;

namespace {
std::vector<std::uint32_t> lines_of(DocumentResult const& r, std::string const& rule) {
  std::vector<std::uint32_t> lines;
  for (auto const& f : findings_of(r, rule)) lines.push_back(r.document.source.position(f.span.begin).line);
  return lines;
}
}  // namespace

TEST_CASE("placeholder.unfilled: blanks, labels, empty items and rows", "[checks][placeholder]") {
  auto r = lint_text(
      "AVV\n\n"
      "Firma, Anschrift\n"
      "(im Folgenden: Auftraggeber)\n\n"
      "1. Gegenstand\n\n"
      "- 1.1 Die Vergütung beträgt _____ EUR.\n"
      "- 1.2 Es gelten folgende Sonderregeln:\n"
      "- 1.3 Name: [Name des Ansprechpartners]\n\n"
      "Anlage 1 – Liste\n\n"
      "| A | B |\n|---|---|\n| x | y |\n| | |\n\n"
      "Anlage 2 – Maßnahmen\n\n[wird nachgereicht]\n");
  CHECK(lines_of(r, "placeholder.unfilled") == std::vector<std::uint32_t>{3, 8, 9, 10, 17, 21});
}

TEST_CASE("placeholder.unfilled: lead-ins followed by content stay quiet", "[checks][placeholder]") {
  auto r = lint_text(
      "AVV\n\nMuster GmbH, Hauptstraße 1, 10115 Berlin (im Folgenden: Auftraggeber)\n\n"
      "1. Gegenstand\n\n"
      "- 1.1 Es gelten folgende Regeln:\n"
      "  a) erste Regel\n\n"
      "Folgende Maßnahmen gelten:\n\n"
      "- Alarmanlage\n");
  CHECK(findings_of(r, "placeholder.unfilled").empty());
}

TEST_CASE("structure.numbering: gaps, duplicates, misplaced numbers", "[checks][numbering]") {
  auto r = lint_text(
      "AVV\n\n1. Eins\n\n- 1.1 a.\n- 1.3 b.\n\n2. Zwei\n\n- 2.1 c.\n- 2.1 d.\n- 3.2 e.\n\n4. Vier\n\nText.\n");
  auto lines = lines_of(r, "structure.numbering");
  CHECK(lines == std::vector<std::uint32_t>{6, 11, 12, 14});
}

TEST_CASE("structure.numbering: letters and roman numerals count correctly", "[checks][numbering]") {
  auto r = lint_text("AVV\n\n§ 1 Eins\n\n(1) Text:\n(a) x\n(i) y\n(ii) z\n(b) w\n(2) Text.\n");
  CHECK(findings_of(r, "structure.numbering").empty());
}

TEST_CASE("structure.numbering: layouts whose numbering is sound", "[checks][numbering]") {
  std::pair<char const*, std::string> const layouts[] = {
      {"a '1.' after an unnumbered heading starts a new list",
       "AVV\n\nVertragsparteien\n\n1. Praxis Dr. Lind,\n   Marktplatz 3, 97070 Würzburg,\n   – im Folgenden „Praxis“ –\n\n"
       "2. Netzwerk GmbH,\n   Ohmstraße 2, 97076 Würzburg,\n   – im Folgenden „Dienstleister“ –\n\n"
       "PRÄAMBEL\n\nDie Parteien schließen diese Vereinbarung.\n\n1. BEGRIFFE\n\n1.1 Text.\n\n2. GEGENSTAND\n\n2.1 Text.\n"},
      {"a numbered title of another style ('A.2 Betroffene') starts a new list",
       "AVV\n\n1. Gegenstand\n\nText.\n\nAnlage A – Daten\n\nA.1 Datenarten\n\n1. Vertragsdaten: Name\n"
       "2. Kontaktdaten: E-Mail\n\nA.2 Betroffene Personen\n\n1. Kunden\n2. Interessenten\n"},
      {"a wrapped line that is only a citation ('§ 203 StGB.') is no clause",
       "AVV\n\n1. Gegenstand\n\n1.1 Text.\n\n2. Rechte\n\n2.1 Der Auftraggeber unterliegt als "
       "Berufsgeheimnisträger § 57 StBerG und\n§ 203 StGB.\n\n2.2 Text.\n"},
      {"an unpunctuated entry, then a lead-in label with a list of its own",
       "AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Daten\n\nDatenarten:\n   a) E-Mail-Adresse\n   b) Kontaktdaten der Nutzer\n\n"
       "Kategorien betroffener Personen:\n   a) Abonnenten\n   b) Kunden\n"},
      {"a roman section title with a colon; a numbered lead-in '2. Der Auftraggeber' above its entries",
       "AVV\n\nI. Pflichten des Auftraggebers\n\n1. Er ist Verantwortlicher.\n\n2. Der Auftraggeber\na) legt fest,\n"
       "b) prüft.\n\n3. Er erteilt Weisungen.\n\nII. Beendigung: Rückgabe, Löschung und Vernichtung\n\n1. Text.\n\n"
       "III. Kontrollen\n\n1. Text.\n"},
      {"numbered questions with the answer on the next line",
       "AVV\n\n1. Worum geht es?\nDer Auftragnehmer betreibt eine Hotline.\n\n2. Wie lange gilt der Vertrag?\nEr gilt "
       "unbefristet.\n\n3. Was wird verarbeitet?\nName und Anliegen.\n"},
      {"bullets opening with 'Ziff. 12 … gilt' or with 'z. B.' are no numbered lines",
       "AVV\n\n1. LAUFZEIT\n\n- Beginn: 1. Mai 2025\n- Ziff. 12 (Löschung) gilt über Vertragsende hinaus\n\n2. RECHTE\n\n"
       "- unterstützt den AG bei Anträgen\n- z. B. Suche oder Export auf Anforderung\n\n3. ENDE\n\nText.\n"},
      {"capitalised 'PUNKT 1 – …' headings",
       "AVV\n\nPUNKT 1 – GEGENSTAND\n\nText.\n\nPUNKT 2 – DAUER\n\nText nach Punkt 1.\n"},
      {"a bilingual contract repeats each paragraph number for the English text",
       "AVV\n\n§ 1 Gegenstand / Subject matter\n\n(1) Gegenstand dieser Vereinbarung ist die Verarbeitung der Daten.\n\n"
       "(1) The subject matter of this agreement is the processing of the data.\n\n(2) Die Vereinbarung läuft mit dem "
       "Hauptvertrag.\n\n(2) This agreement runs with the main agreement.\n"},
      {"a Markdown list nested by indentation alone",
       "AVV\n\n1. **Gegenstand**\n   1. Gegenstand ist der Betrieb.\n   2. Es werden folgende Daten verarbeitet:\n"
       "      1. Stammdaten;\n      2. Kontaktdaten.\n   3. Der Auftragnehmer unterstützt den Auftraggeber bei den\n"
       "      1. Anträgen Betroffener,\n      2. Meldungen.\n   4. Ziffer 1.2 bleibt unberührt.\n\n2. **Dauer**\n   1. Text.\n"},
      {"narrow lines: a title wrapped after 'des', a citation number at a line start",
       "AVV\n\n1. Vorbemerkung\n\n1.1 Text.\n\n2. Daten\n\n2.1 Text.\n\n3. Zweck\n\n3.1 Text.\n\n4. Art\n\n4.1 Text.\n\n"
       "5. Gegenstand\n\n5.1 Text.\n\n6. Rechte und Pflichten des\nAuftraggebers\n\n6.1 Der Auftraggeber ist\n"
       "Verantwortlicher im Sinne von Art. 4 Nr.\n7 DSGVO und verantwortlich.\n\n6.2 Text.\n\n7. Dauer\n\n7.1 Text.\n"},
      {"a wrapped line that is only a reference ('Ziffer 5.') is no clause",
       "AVV\n\nZiffer 1 Gegenstand\n\nDie Vertretung gilt dann als Unterauftragsverarbeiterin nach\nZiffer 5.\n\n"
       "Ziffer 2 Sicherheit\n\nText.\n"},
      {"a title paragraph without a colon between two lettered lists",
       "AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Daten\n\nArten personenbezogener Daten\n\na) Name\nb) Anschrift\n\n"
       "Kategorien betroffener Personen\n\na) Mandanten\nb) Gegner\n"},
      {"an entry's wrapped line that starts with 'Unterschrift' is no signature",
       "AVV\n\n1. Daten\n\n1.1 Verarbeitet werden:\n    a) Stammdaten;\n    b) Auftragsdaten: Tour, Empfänger,\n"
       "       Unterschrift des Empfängers beim Abliefernachweis;\n    c) Nutzerdaten.\n1.2 Betroffen sind\n"
       "    a) Fahrer,\n    b) Disponenten.\n"},
  };
  for (auto const& [what, text] : layouts) {
    INFO(what);
    CHECK(findings_of(lint_text(text), "structure.numbering").empty());
  }
}

TEST_CASE("structure.numbering: an inserted '§ 3a' and entries ending in 'Inc.' are sound", "[checks][numbering]") {
  auto inserted = lint_text("AVV\n\n§ 1 Gegenstand\n\nText.\n\n§ 2 Dauer\n\nText.\n\n§ 3 Daten\n\nText.\n\n§ 3a Rechte\n\nText.\n\n"
                            "§ 4 Weisungen\n\nText.\n\n§ 4 Doppelt\n\nText.\n");
  CHECK(lines_of(inserted, "structure.numbering") == std::vector<std::uint32_t>{23});  // the second "§ 4" only
  auto entries = lint_text("AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Unterauftragsverarbeiter\n\n1. Elbsicher Backup GmbH\n"
                           "   Ort: Dresden\n\n2. Fernblick Software Inc.\n   Ort: Frankfurt\n\n3. Techniker-Service Lehmann\n"
                           "   Ort: Delitzsch\n");
  CHECK(findings_of(entries, "structure.numbering").empty());
}

TEST_CASE("structure.numbering: a duty table numbering its own rows from 1 continues no clauses", "[checks][numbering]") {
  auto r = lint_text("AVV\n\n1. Gegenstand\n\nText.\n\n2. Pflichten\n\n| Nr. | Pflicht |\n|---|---|\n| 1 | Weisungen |\n"
                     "| 2 | Vertraulichkeit |\n| 3 | Sicherheit |\n| 4 | Meldung |\n\n3. Schluss\n\nText.\n");
  CHECK(findings_of(r, "structure.numbering").empty());
}

TEST_CASE("structure.numbering: numbers in a table's first column continue the clauses", "[checks][numbering]") {
  auto table = lint_text(
      "AVV\n\nTeil C\n\nC.0 Es gelten die Pflichten der Tabelle.\n\n| Nr. | Pflicht |\n|---|---|\n"
      "| C.1 | Weisungen |\n| C.2 | Vertraulichkeit |\n\nC.3 Weiteres.\n");
  CHECK(findings_of(table, "structure.numbering").empty());
  auto gap = lint_text(
      "AVV\n\nTeil C\n\nC.0 Es gelten die Pflichten der Tabelle.\n\n| Nr. | Pflicht |\n|---|---|\n"
      "| C.1 | Weisungen |\n| C.2 | Vertraulichkeit |\n\nC.4 Weiteres.\n");
  CHECK(lines_of(gap, "structure.numbering") == std::vector<std::uint32_t>{12});
}

TEST_CASE("reference graph: dangling references and unreferenced annexes", "[checks][references]") {
  auto r = lint_text(
      "AVV\n\n1. Gegenstand\n\n- 1.1 Siehe Anlage 1 und Ziffer 4.2 sowie Anlage 7.\n\n"
      "Anlage 1 – Eins\n\nText.\n\nAnlage 2 – Zwei\n\nText, siehe Anlage 2.\n");
  auto dangling = findings_of(r, "reference.dangling");
  REQUIRE(dangling.size() == 2);
  CHECK(dangling[0].args.at("target") == "Ziffer 4.2");
  auto unreferenced = findings_of(r, "reference.unreferenced-annex");
  REQUIRE(unreferenced.size() == 1);
  CHECK(unreferenced[0].args.at("annex") == "Anlage 2");  // its self-reference does not count
}

TEST_CASE("reference graph: annexes numbered 'Anlage 7.1' under a contract that is itself 'Anlage 7'", "[checks][references]") {
  auto r = lint_text("ANLAGE 7 ZUM DIENSTLEISTUNGSVERTRAG: VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG\n\n1. Sicherheit\n\n"
                     "1.1 Es gelten die Maßnahmen der Anlage 7.1 und die Liste in Anlage 7.2.\n\n"
                     "Anlage 7.1 – Maßnahmen\n\n1. Verschlüsselung\n\nAnlage 7.2 – Unterauftragnehmer\n\n1. Keine.\n");
  CHECK(findings_of(r, "reference.dangling").empty());
  CHECK(findings_of(r, "structure.numbering").empty());
}

TEST_CASE("reference graph: 'Anhang 1 Abschnitt 6' and 'Abschnitt VII Ziff. 4' name the clause inside", "[checks][references]") {
  auto r = lint_text("AVV\n\nI. Begriffe\n\n1. Gruppengesellschaften sind die in Anhang 1 Abschnitt 2 genannten Unternehmen.\n\n"
                     "II. Kontrollen\n\n1. Text.\n\n2. Abschnitt II Ziff. 1 bleibt unberührt.\n\n"
                     "Anhang 1 – Details\n\n1. Daten\n\nName.\n\n2. Gruppengesellschaften\n\nNord GmbH.\n");
  CHECK(findings_of(r, "reference.dangling").empty());
}

TEST_CASE("reference graph: 'nach Anhang 3, Löschen' names one annex", "[checks][references]") {
  auto r = lint_text("AVV\n\n§ 1 Art\n\nErheben, Übermitteln an Unterauftragsverarbeiter nach Anhang 1, Löschen.\n\n"
                     "Anhang 1 – Unterauftragsverarbeiter\n\nKeine.\n");
  CHECK(findings_of(r, "reference.dangling").empty());
}

TEST_CASE("reference graph: '§ 80 Zehntes Buch Sozialgesetzbuch' cites a law, not a clause", "[checks][references]") {
  auto r = lint_text("Vereinbarung gemäß Art. 28 DSGVO und § 80 Zehntes Buch Sozialgesetzbuch (SGB X)\n\n§ 1 Gegenstand\n\n"
                     "Text nach § 80 Zehntes Buch Sozialgesetzbuch.\n");
  CHECK(findings_of(r, "reference.dangling").empty());
}

TEST_CASE("reference graph: clauses numbered straight through roman sections", "[checks][references]") {
  auto r = lint_text("AVV\n\nI. Gegenstand\n\n1. Text.\n\n2. Text.\n\nII. Vertraulichkeit\n\n3. Der Auftragnehmer wahrt "
                     "das Berufsgeheimnis.\n\nIII. Unterauftragsverarbeiter\n\n4. Es gilt die Pflicht nach Ziffer 3.\n");
  CHECK(findings_of(r, "reference.dangling").empty());
}

TEST_CASE("term.inconsistent: a variant spelling of a defined term", "[checks][terms]") {
  auto r = lint_text(
      "AVV\n\nA GmbH (im Folgenden: Auftraggeber)\nB GmbH (im Folgenden: Auftragnehmer)\n\n"
      "1. Pflichten\n\nDer Auftragnehmer und die Auftragnehmerin des Auftraggebers; der Auftragsnehmer haftet.\n");
  auto f = findings_of(r, "term.inconsistent");
  REQUIRE(f.size() == 1);
  CHECK(f[0].args.at("found") == "Auftragsnehmer");
  CHECK(f[0].args.at("defined") == "Auftragnehmer");
  CHECK(r.document.source.position(f[0].span.begin).line == 8);
}

TEST_CASE("law.outdated: old BDSG, Privacy Shield, Sperrung", "[checks][law]") {
  auto r = lint_text(
      "AVV\n\n1. Grundlagen\n\n- 1.1 Es gilt § 11 BDSG.\n- 1.2 Die Übermittlung erfolgt auf Grundlage des Privacy "
      "Shield.\n- 1.3 Die Sperrung der Daten.\n- 1.4 Sperren von USB-Schnittstellen; Art. 28 DSGVO.\n");
  CHECK(lines_of(r, "law.outdated") == std::vector<std::uint32_t>{5, 6, 7});
}

TEST_CASE("seed: structural findings at the expected places", "[checks][seed]") {
  if (!std::filesystem::exists(seed_path())) {
    WARN("skipped: ../shared/seed is absent");
    return;
  }
  auto r = lint(parse(read_file(seed_path())), pack());
  auto placeholder = lines_of(r, "placeholder.unfilled");
  for (std::uint32_t line : {7u, 101u, 124u, 248u}) {
    CHECK(std::find(placeholder.begin(), placeholder.end(), line) != placeholder.end());
  }
  auto terms = findings_of(r, "term.inconsistent");
  REQUIRE(terms.size() == 1);
  CHECK((terms[0].args.at("found") == "Auftragsnehmer" || terms[0].args.at("defined") == "Auftragsnehmer"));
  CHECK(findings_of(r, "structure.numbering").empty());
  CHECK(findings_of(r, "reference.dangling").empty());
}

TEST_CASE("seed: its six subprocessors resolve to Germany, no transfer findings", "[checks][transfers][seed]") {
  if (!std::filesystem::exists(seed_path())) {
    WARN("skipped: ../shared/seed is absent");
    return;
  }
  auto r = lint(parse(read_file(seed_path())), pack());
  REQUIRE(r.subprocessors.size() == 6);
  for (auto const& s : r.subprocessors) {
    INFO(s.name);
    REQUIRE(s.flows.size() == 1);
    CHECK(s.flows[0].country == "DE");
    CHECK(s.flows[0].status == "inside-eea");
  }
  CHECK(r.processing_restriction == "EEA");
  for (char const* rule : {"transfer.no-safeguard", "transfer.location-conflict", "subprocessor.unknown-location",
                           "subprocessor.incomplete-entry", "subprocessor.objection-after-start"}) {
    CHECK(findings_of(r, rule).empty());
  }
}

TEST_CASE("transfers: a US subprocessor without safeguard, inside an EU-only contract", "[checks][transfers]") {
  std::string head =
      "AVV\n\n1. Ort\n\n- 1.1 Die Verarbeitung erfolgt ausschließlich in der Europäischen Union.\n\n"
      "Anlage 1 – Unterauftragsverarbeiter\n\n"
      "| Firma | Leistung | Sitz |\n|---|---|---|\n"
      "| Beispiel Mail Inc. | Newsletter | Atlanta, GA 30308, USA |\n"
      "| Nordhost GmbH | Hosting | 20095 Hamburg |\n"
      "| Bergwerk AG | Backup | Zürich, Schweiz |\n";
  auto r = lint_text(head);
  auto none = findings_of(r, "transfer.no-safeguard");
  REQUIRE(none.size() == 1);
  CHECK(none[0].args.at("entity") == "Beispiel Mail Inc.");
  auto conflict = findings_of(r, "transfer.location-conflict");
  REQUIRE(conflict.size() == 2);  // USA and Switzerland lie outside the EU
  REQUIRE(conflict[0].related.size() == 1);
  CHECK(r.document.source.position(conflict[0].related[0].span.begin).line == 5);

  // With SCCs stated for the US entry, and without the EU-only clause: quiet.
  auto ok = lint_text(
      "AVV\n\n1. Ort\n\n- 1.1 Die Übermittlung an Beispiel Mail erfolgt auf Grundlage der Standardvertragsklauseln "
      "(Durchführungsbeschluss (EU) 2021/914).\n\nAnlage 1 – Unterauftragsverarbeiter\n\n"
      "| Firma | Leistung | Sitz |\n|---|---|---|\n| Beispiel Mail Inc. | Newsletter | Atlanta, GA 30308, USA |\n");
  CHECK(findings_of(ok, "transfer.no-safeguard").empty());
  CHECK(findings_of(ok, "transfer.location-conflict").empty());
}

TEST_CASE("transfers: incomplete and unplaceable entries", "[checks][transfers]") {
  auto r = lint_text(
      "AVV\n\nAnlage 1 – Subunternehmer\n\n| Name | Leistung | Ort |\n|---|---|---|\n"
      "| Alpha GmbH |  | Köln |\n| Beta GmbH | Druck | Nebelhafen |\n");
  auto incomplete = findings_of(r, "subprocessor.incomplete-entry");
  REQUIRE(incomplete.size() == 1);
  CHECK(incomplete[0].args.at("entity") == "Alpha GmbH");
  auto unknown = findings_of(r, "subprocessor.unknown-location");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].args.at("location") == "Nebelhafen");
}

TEST_CASE("subprocessor.objection-after-start: notice that comes only after the new subprocessor has started",
          "[checks][transfers]") {
  std::string head =
      "AVV\n\nMuster GmbH (im Folgenden „Auftraggeber“)\n\nBeispiel AG (im Folgenden „Auftragnehmer“)\n\n"
      "7. Unterauftragsverarbeiter\n\n"
      "- 7.1 Für weitere Unterauftragsverarbeiter erteilt der Auftraggeber eine allgemeine Genehmigung.\n";
  auto late = lint_text(head + "- 7.2 Der Auftragnehmer informiert den Auftraggeber spätestens 14 Tage nach Aufnahme "
                               "der Tätigkeit eines neuen Unterauftragsverarbeiters. Der Auftraggeber kann binnen 14 Tagen "
                               "widersprechen.\n");
  REQUIRE(findings_of(late, "subprocessor.objection-after-start").size() == 1);
  auto early = lint_text(head + "- 7.2 Der Auftragnehmer informiert den Auftraggeber spätestens 30 Tage vor dem Einsatz "
                                "eines neuen Unterauftragsverarbeiters. Der Auftraggeber kann binnen 14 Tagen widersprechen.\n");
  CHECK(findings_of(early, "subprocessor.objection-after-start").empty());
}

TEST_CASE("subprocessor.objection-after-start: a duty table's deadline column gives the notice period",
          "[checks][transfers]") {
  auto r = lint_text("# AVV\n\n**Auftraggeber (AG, Verantwortlicher):** Fit GmbH, Bochum\n**Auftragnehmer (AN, "
                     "Auftragsverarbeiter):** Club GmbH, Düsseldorf\n\n## 2. Pflichten\n\n| Nr. | Pflicht | Regelung | Frist |\n"
                     "|---|---|---|---|\n| 2.10 | Änderung bei UAV | AN informiert AG in Textform über jede beabsichtigte "
                     "Hinzuziehung oder Ersetzung eines UAV; AG kann innerhalb von 14 Tagen nach Zugang widersprechen. | "
                     "Information mind. 4 Wochen vor Einsatz |\n");
  CHECK(findings_of(r, "subprocessor.objection-after-start").empty());
}

TEST_CASE("transfers: 'ab' in a sentence is a preposition, 'AB' after a name a legal form", "[checks][transfers]") {
  auto r = lint_text(
      "AVV\n\n1. Gegenstand und Dauer\n\n1.1 Der Auftragnehmer betreibt die Software bei den in Anlage B genannten "
      "Dienstleistern.\n1.2 Dauer: Die Vereinbarung gilt ab Unterzeichnung für die Laufzeit des Hauptvertrags.\n\n"
      "Anlage B – Unterauftragsverarbeiter\n\n- Nordisk Data AB, Stockholm, Schweden – Hosting\n");
  REQUIRE(r.subprocessors.size() == 1);
  CHECK(r.subprocessors[0].name == "Nordisk Data AB");
  CHECK(findings_of(r, "subprocessor.unknown-location").empty());
}

TEST_CASE("transfers: a location the controller may choose restricts nothing", "[checks][transfers]") {
  std::string tail =
      "Anlage 3 – Unterauftragsverarbeiter\n\n- Relaynet Inc., Wilmington, USA – Relay-Server; EU-U.S. Data Privacy "
      "Framework zertifiziert\n";
  auto option = lint_text("AVV\n\n8. Ort\n\n8.1 Der Auftraggeber kann in der Verwaltungskonsole festlegen, dass "
                          "Besprechungen ausschließlich über Server in Deutschland geführt werden.\n\n" + tail);
  CHECK(findings_of(option, "transfer.location-conflict").empty());
  auto rule = lint_text("AVV\n\n8. Ort\n\n8.1 Die Verarbeitung erfolgt ausschließlich in Deutschland.\n\n" + tail);
  CHECK(findings_of(rule, "transfer.location-conflict").size() == 1);
}

TEST_CASE("amendments: a clause rewritten by a Nachtrag is read in its new wording only", "[checks][amendments]") {
  std::string base =
      "AVV\n\nMuster GmbH (im Folgenden „Auftraggeber“)\n\nBeispiel AG (im Folgenden „Auftragnehmer“)\n\n"
      "§ 10 Meldungen\n\n(1) Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten "
      "innerhalb von 96 Stunden.\n\n";
  auto old_only = lint_text(base);
  CHECK(findings_of(old_only, "breach.notice-too-late").size() == 1);
  auto amended = lint_text(base +
                           "Nachtrag\n\n1. § 10 Abs. 1 wird wie folgt neu gefasst:\n\n„(1) Der Auftragnehmer meldet dem "
                           "Auftraggeber jede Verletzung des Schutzes personenbezogener Daten unverzüglich, spätestens "
                           "binnen 24 Stunden.“\n");
  CHECK(findings_of(amended, "breach.notice-too-late").empty());
}

TEST_CASE("amendments: an amendment agreement after the old annexes is read as the contract", "[checks][amendments]") {
  auto r = lint_text(
      "Vertrag über Auftragsdatenverarbeitung\n\nStadtwerke GmbH (Auftraggeber)\n\nDruck GmbH (Auftragnehmer)\n\n"
      "1. Gegenstand\n\n1.1 Der Auftragnehmer druckt Rechnungen.\n\nAnlage 1 zum Vertrag – Maßnahmen\n\n"
      "1. Zutrittskontrolle: Schließanlage.\n\n────────────────────\n\nErste Änderungsvereinbarung\nzum Vertrag vom 10.09.2014\n\n"
      "Artikel 1 – Anpassungen\n\n(1) Die in Anlage 1 beschriebenen Maßnahmen gelten fort. Nr. 3.2 des Vertrags erhält folgende "
      "Fassung: „Der Auftragnehmer trifft alle nach Art. 32 DSGVO erforderlichen Maßnahmen.“\n\n"
      "Artikel 2 – Anlage\n\nDem Vertrag wird folgende Anlage 2 beigefügt:\n\nAnlage 2 – Unterauftragsverarbeiter\n\n"
      "- Beispiel IT GmbH, Gütersloh, Deutschland – Hosting\n\nArtikel 3 – Inkrafttreten\n\n(1) Diese Vereinbarung gilt ab sofort.\n");
  int articles = 0;
  for (auto const& n : r.document.nodes) {
    if (n.number.rfind("Artikel", 0) != 0) continue;
    ++articles;
    CHECK(n.parent == 0);  // not inside "Anlage 1" or the inserted "Anlage 2"
  }
  CHECK(articles == 3);
  CHECK(findings_of(r, "placeholder.unfilled").empty());
  CHECK(findings_of(r, "structure.numbering").empty());
  auto const& security = std::find_if(r.requirements.begin(), r.requirements.end(),
                                      [](auto const& q) { return q.id == "art28.3.c.security"; });
  REQUIRE(security != r.requirements.end());
  CHECK(security->status != Status::missing);  // the amendment inside "Anlage 1" does not drop Anlage 1 itself
}

TEST_CASE("transfers: where staff work restricts no processing; worldwide access only by instruction is no transfer",
          "[checks][transfers]") {
  std::string tail = "Anlage 3 – Unterauftragsverarbeiter\n\n- Vox Clinica B.V., Utrecht, Niederlande – Spracherkennung\n";
  auto staff = lint_text("AVV\n\n5. Ort\n\n5.3 Schreibkräfte arbeiten ausschließlich in den Büroräumen des Auftragnehmers in "
                         "Deutschland.\n\n" + tail);
  CHECK(findings_of(staff, "transfer.location-conflict").empty());
  auto access = lint_text("AVV\n\n6. Drittländer\n\n6.2 Ein Zugriff auf Daten von Standorten weltweit ist ohne eine "
                          "dokumentierte Weisung des Auftraggebers ausgeschlossen.\n\n" + tail);
  CHECK(findings_of(access, "transfer.no-safeguard").empty());
}

TEST_CASE("transfers: legal forms written with dots ('d.o.o.') and Icelandic 'ehf.' mark list entries", "[checks][transfers]") {
  auto r = lint_text("AVV\n\n3. Ort\n\n3.1 Die Verarbeitung erfolgt ausschließlich in der EU oder im EWR.\n\n"
                     "Anlage 3 – Unterauftragsverarbeiter\n\n"
                     "1. Norðurljós Gagnaver ehf., Reykjavík, Island – Datensicherung\n"
                     "2. Dunavski Kontakt Centar d.o.o., Novi Sad, Serbien – Servicecenter – Garantie: "
                     "Standarddatenschutzklauseln 2021/914, Modul 3\n");
  CHECK(r.subprocessors.size() == 2);
  CHECK(findings_of(r, "transfer.location-conflict").size() == 1);
  CHECK(findings_of(r, "transfer.no-safeguard").empty());
}

TEST_CASE("transfers: a prose entry that opens with the company is one, even when it names the processor later", "[checks][transfers]") {
  auto r = lint_text("AVV\n\nMuster GmbH, Berlin (im Folgenden: Auftraggeber)\n\nBeispiel UG, Köln (im Folgenden: Auftragnehmer)\n\n"
                     "1. Gegenstand\n\nText.\n\nAnlage 2 – Unterauftragsverarbeiter\n\n"
                     "Die Kaveri Softworks Pvt. Ltd., Pune, Indien, unterstützt den Auftragnehmer beim Support; die Verarbeitung "
                     "findet in Pune, Indien, statt.\n\n"
                     "Der Auftragnehmer setzt die Nordhost GmbH, Kiel, ein.\n\n"
                     "Die Förde Hosting GmbH, Kiel, ist nicht unser Unterauftragsverarbeiter.\n");
  REQUIRE(r.subprocessors.size() == 1);
  CHECK(findings_of(r, "transfer.no-safeguard").size() == 1);
}

TEST_CASE("placeholder.unfilled: a contract that opens with 'Anlage 4 zum …vertrag' is that annex", "[checks][placeholder]") {
  auto r = lint_text("Anlage 4 zum Auslagerungsvertrag „Kreditservice“ vom 10. April 2025\n\nVEREINBARUNG ZUR AUFTRAGSVERARBEITUNG\n\n"
                     "zwischen\n\nRheingau Privatbank AG, Wiesbaden („Bank“)\n\n§ 1 Gegenstand\n\nText.\n");
  CHECK(findings_of(r, "placeholder.unfilled").empty());
  CHECK(findings_of(r, "structure.numbering").empty());
}

TEST_CASE("placeholder.unfilled: an annex titled in German and then in English is one annex", "[checks][placeholder]") {
  auto r = lint_text("AVV\n\n§ 1 Gegenstand\n\nText.\n\nANLAGE 1 – TECHNISCHE MASSNAHMEN\nANNEX 1 – TECHNICAL MEASURES\n\n"
                     "1. Zutrittskontrolle / Physical access control\n");
  CHECK(findings_of(r, "placeholder.unfilled").empty());
}

TEST_CASE("placeholder.unfilled: 'Ergänzend gilt:' leads into the clauses that follow", "[checks][placeholder]") {
  auto r = lint_text("AVV\n\nKlausel 1 – Begriffe\n\n1.1 Es gelten die Begriffe des Art. 4 DSGVO. Ergänzend gilt:\n\n"
                     "1.2 „Nutzer“ sind die freigeschalteten Personen.\n\n1.3 Die Datenarten sind:\n\n1.4 Text.\n");
  CHECK(lines_of(r, "placeholder.unfilled") == std::vector<std::uint32_t>{9});
}

TEST_CASE("placeholder.unfilled: an annex whose content is the titled contract below it is not empty", "[checks][placeholder]") {
  auto r = lint_text("Rahmenvertrag\n\n§ 1 Leistungen\n\nText.\n\nAnlage 1 – Preise\n\nPreis: 95 Euro.\n\n"
                     "Anlage 2 – Auftragsverarbeitung\n\nVereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO\n\n"
                     "1. Gegenstand\n\n1.1 Text.\n");
  CHECK(findings_of(r, "placeholder.unfilled").empty());
}

TEST_CASE("transfers: a fallback to SCC for one named entry covers no other; key management in the EU restricts nothing",
          "[checks][transfers]") {
  auto r = lint_text("AVV\n\n10. Unterauftragsverarbeiter\n\n10.1 Für den Unterauftragsverarbeiter Inkwell Monitoring Inc. stützt "
                     "sich die Übermittlung auf den Angemessenheitsbeschluss (EU) 2023/1795; er ist nach dem EU-US Data Privacy "
                     "Framework zertifiziert. Entfällt die Zertifizierung, stellt der Auftragnehmer die Übermittlung ein, bis er mit "
                     "dem Unterauftragsverarbeiter die Standardvertragsklauseln abgeschlossen hat.\n\n10.2 Ergänzend gilt: "
                     "Verschlüsselung sämtlicher Daten mit Schlüsseln, die ausschließlich in der Europäischen Union verwaltet werden.\n\n"
                     "Anlage 3 – Unterauftragsverarbeiter\n\n| Nr. | Unterauftragsverarbeiter | Leistung | Ort |\n|---|---|---|---|\n"
                     "| 1 | Archipel Data Services Inc. | Validierung | Makati City, Philippinen |\n"
                     "| 2 | Inkwell Monitoring Inc. | Monitoring | Austin, USA |\n");
  CHECK(lines_of(r, "transfer.no-safeguard") == std::vector<std::uint32_t>{13});
  CHECK(findings_of(r, "transfer.location-conflict").empty());
}

TEST_CASE("transfers: entries written as labelled blocks ('1. Firma: … / Leistung: … / Ort: …')", "[checks][transfers]") {
  auto r = lint_text("AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Genehmigte Subunternehmer\n\n"
                     "1. Firma: Glasklar Fensterreinigung Hendrik Ostermann e. K., Wolbecker Straße 88, 48155 Münster\n"
                     "   Leistung: Glasreinigung\n   Ort der Leistung: Münster, Deutschland\n\n"
                     "2. Firma: Reißwolf-Partner Aktenservice GmbH\n   Leistung: Aktenvernichtung nach DIN 66399\n\n"
                     "3. Firma: Putzplan Online GmbH, Domplatz 5, 48143 Münster\n   Leistung: Einsatzplanung\n"
                     "   Ort der Leistung: Münster, Deutschland\n");
  REQUIRE(r.subprocessors.size() == 3);
  CHECK(r.subprocessors[0].name == "Glasklar Fensterreinigung Hendrik Ostermann e. K.");
  CHECK(r.subprocessors[1].name == "Reißwolf-Partner Aktenservice GmbH");
  CHECK(lines_of(r, "subprocessor.incomplete-entry") == std::vector<std::uint32_t>{13});
  CHECK(findings_of(r, "structure.numbering").empty());
}

TEST_CASE("transfers: an entry without a legal form among companies that have one, named without a location",
          "[checks][transfers]") {
  auto r = lint_text("AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Unterauftragsverarbeiter\n\nDerzeit setzt der Auftragnehmer "
                     "folgende Unterauftragsverarbeiter ein:\n\n"
                     "- Schauinsland Rechenzentrum GmbH, Freiburg im Breisgau, Deutschland – Hosting\n"
                     "- Kanaalpost B.V., Rotterdam, Niederlande – E-Mail-Versand\n"
                     "- Nordlys Analyse AS, Trondheim, Norwegen – Kennzahlen\n"
                     "- Pixelbridge Services – Auslieferung der Tracking-Pixel\n");
  REQUIRE(r.subprocessors.size() == 4);
  CHECK(lines_of(r, "subprocessor.incomplete-entry") == std::vector<std::uint32_t>{14});
  CHECK(findings_of(r, "subprocessor.unknown-location").empty());
}

TEST_CASE("transfers: an entry that is only the company's name", "[checks][transfers]") {
  auto r = lint_text("AVV\n\n1. Gegenstand\n\nText.\n\nAnlage 1 – Unterauftragsverarbeiter\n\nDer Auftragnehmer setzt "
                     "folgende Unterauftragsverarbeiter ein:\n\n- Rheinblick Telefonie GmbH\n");
  REQUIRE(r.subprocessors.size() == 1);
  CHECK(r.subprocessors[0].name == "Rheinblick Telefonie GmbH");
  CHECK(r.subprocessors[0].service.empty());
}

TEST_CASE("transfers: bullets naming the party 'AG' are no list of companies", "[checks][transfers]") {
  auto r = lint_text("AVV\n\nAG (Verantwortlicher): Autohaus Brandl GmbH, Straubing\nAN (Auftragsverarbeiter): Netzwacht GmbH, "
                     "Regensburg\n\n8. UAV\n\n- bei UAV: dieselben Pflichten\n\n"
                     "12. Löschung\n\nAN nach Ende der Leistungen:\n- nach Wahl AG: alle Daten löschen\n"
                     "- danach: Kopien löschen, auch bei UAV\n- Ausnahme: Speicherpflicht nach Unionsrecht\n"
                     "- Löschbestätigung: auf Verlangen AG\n");
  CHECK(r.subprocessors.empty());
  CHECK(findings_of(r, "subprocessor.unknown-location").empty());
}

TEST_CASE("transfers: a restriction that admits Switzerland besides the EEA", "[checks][transfers]") {
  std::string const entries = "\n\nAnlage 3 – Unterauftragsverarbeiter\n\n| Unternehmen | Leistung | Ort |\n|---|---|---|\n"
                              "| Säntisdata AG | Sicherungen | St. Gallen, Schweiz |\n| Cloudex Inc. | Hosting | Dallas, USA |\n";
  auto admitted = lint_text("AVV\n\n1. Ort\n\n1.1 Die Verarbeitung erfolgt ausschließlich in Mitgliedstaaten der EU, im EWR und "
                            "in der Schweiz." + entries);
  auto conflicts = lines_of(admitted, "transfer.location-conflict");
  CHECK(conflicts == std::vector<std::uint32_t>{12});  // the US entry only
  auto denied = lint_text("AVV\n\n1. Ort\n\n1.1 Die Verarbeitung erfolgt ausschließlich in Mitgliedstaaten der EU; in der "
                          "Schweiz findet keine Verarbeitung statt." + entries);
  CHECK(lines_of(denied, "transfer.location-conflict").size() == 2);
}

TEST_CASE("transfers: the access route of one subprocessor restricts no processing", "[checks][transfers]") {
  auto r = lint_text("AVV\n\n7. Drittländer\n\n7.3 Für die Velmora Pvt. Ltd. (Indien) gelten die Standardvertragsklauseln "
                     "2021/914, Modul 3. Als ergänzende Maßnahme erfolgt der Zugriff ausschließlich über einen Jump-Host in "
                     "Deutschland.\n\nAnlage 3 – Unterauftragsverarbeiter\n\n- Velmora Technologies Pvt. Ltd., Pune, Indien – "
                     "Support – Standardvertragsklauseln 2021/914\n");
  CHECK(findings_of(r, "transfer.location-conflict").empty());
}

TEST_CASE("transfers: the processor's own processing in Germany restricts no subprocessor", "[checks][transfers]") {
  auto r = lint_text("AVV\n\n9. Ort\n\n9.1 Der Auftragnehmer selbst verarbeitet die Daten ausschließlich in Deutschland.\n\n"
                     "Anlage 3 – Unterauftragsverarbeiter\n\n- TextBote OÜ, Tallinn, Estland – SMS-Versand\n");
  CHECK(findings_of(r, "transfer.location-conflict").empty());
}

namespace {
std::string status_in(avvlint::DocumentResult const& r, std::string const& id) {
  for (auto const& q : r.requirements) {
    if (q.id == id) return avvlint::to_string(q.status);
  }
  return "?";
}
}  // namespace

TEST_CASE("coverage: a one-person processor writing as 'ich' to 'Sie' or to „die Kanzlei“", "[checks][coverage]") {
  auto to_you = lint_text("# Auftragsverarbeitungsvertrag\n\n**Verantwortlicher („Sie“):**\nSeminarhaus Brückner GmbH, Kassel\n\n"
                          "**Auftragsverarbeiterin („ich“):**\nJana Brandt, Virtuelle Assistenz, Kassel\n\n1. Ende der Zusammenarbeit\n\n"
                          "1.1 Wenn wir die Zusammenarbeit beenden, geben Sie mir vor, ob ich Ihnen die Daten zurückgeben oder "
                          "löschen soll. Ich halte mich an Ihre Wahl.\n");
  CHECK(status_in(to_you, "art28.3.g.deletion-return") == "met");
  auto to_firm = lint_text("# Auftragsverarbeitungsvertrag\n\n**Verantwortliche („die Kanzlei“):**\nDr. Albrecht & Sommerfeld "
                           "Rechtsanwälte PartG mbB, Leipzig\n\n**Auftragsverarbeiter („ich“):**\nTomasz Kowalski, IT-Service, Leipzig\n\n"
                           "1. Weisungen\n\n1.1 Halte ich eine Weisung für datenschutzwidrig, sage ich das der Kanzlei unverzüglich.\n");
  CHECK(status_in(to_firm, "art28.3.infringing-instructions") == "met");
}

TEST_CASE("amendments: a roman-numbered section replaced by a quotation that runs on from its lead-in", "[checks][amendments]") {
  std::string base =
      "AVV\n\nMuster GmbH (im Folgenden „Auftraggeber“)\n\nBeispiel AG (im Folgenden „Auftragnehmer“)\n\n"
      "Abschnitt I – Löschung\n\nNach Auftragsende löscht der Auftragnehmer die Daten nach eigenem Ermessen.\n\n";
  auto old_only = lint_text(base);
  CHECK(status_in(old_only, "art28.3.g.deletion-return") == "partial");
  auto amended = lint_text(base +
                           "Nachtrag\n\nZiffer 1 – Neufassung von Abschnitt I\n\nAbschnitt I erhält folgende Fassung:\n"
                           "„(1) Nach Auftragsende gibt der Auftragnehmer nach Wahl des Auftraggebers alle Daten zurück oder "
                           "löscht sie.\n(2) Kopien werden gelöscht, soweit keine gesetzliche Pflicht zur Aufbewahrung besteht.“\n");
  CHECK(status_in(amended, "art28.3.g.deletion-return") == "met");
  CHECK(findings_of(amended, "structure.numbering").empty());  // "(2)" follows the quoted "„(1)"
}

TEST_CASE("prose contracts: the party block ends at its closing formula or at a run-in title", "[checks][prose]") {
  std::string parties =
      "Vereinbarung zur Auftragsverarbeitung\n\nDie\n\nGemeinschaftspraxis Dr. med. Anna Korthaus\nLange Straße 40\n"
      "32756 Detmold\n\n– hier „Praxis“ –\n\nund die\n\nScanlabor Lippe GmbH\nGewerbering Ost 7\n32758 Detmold\n\n"
      "– hier „Labor“ –\n\n";
  std::string body =
      "Gegenstand – Das Labor digitalisiert für die Praxis deren Patientenakten; die Verarbeitung erfolgt im Auftrag\n"
      "der Praxis und dauert so lange wie der Scanvertrag.\n\n"
      "Zu den Rechten der Patientinnen und Patienten: Das Labor unterstützt die Praxis mit geeigneten\n"
      "Maßnahmen dabei, Anträge betroffener Personen auf Auskunft, Berichtigung und Löschung zu erfüllen.\n";
  for (std::string const& close : {std::string("treffen die folgende Vereinbarung.\n\n"), std::string()}) {
    auto r = lint_text(parties + close + body);
    CHECK(status_in(r, "art28.3.subject-matter") == "met");
    CHECK(status_in(r, "art28.3.e.data-subject-rights") == "met");
    CHECK(role_of(r.document, "Praxis") == "controller");
    CHECK(role_of(r.document, "Labor") == "processor");
  }
}

TEST_CASE("prose contracts: a bracketed „Verlag“ after the company names the party", "[checks][prose]") {
  auto r = lint_text("Vereinbarung\n\nNordsee Verlag GmbH, Hafenstraße 2, 24103 Kiel\n(der „Verlag“)\n\nund\n\n"
                     "Leserdienst Nord GmbH, Ring 5, 24105 Kiel\n(der „Leserservice“)\n\nwird Folgendes vereinbart.\n\n"
                     "Dauer. Die Vereinbarung gilt für die Dauer des Servicevertrags.\n");
  CHECK(role_of(r.document, "Verlag") != "undefined");
  CHECK(status_in(r, "art28.3.duration") == "met");
}

TEST_CASE("glosses: a heading's gloss does not rename the party that bears the glossed word", "[checks][glosses]") {
  auto r = lint_text("AVV\n\nGemeinde Lindenhof e.V., Lindenhofweg 3, 31134 Hildesheim (im Folgenden „Verantwortliche“)\n\n"
                     "Gemeindenetz UG, Hafenweg 22, 48155 Münster (im Folgenden „Dienstleister“)\n\n"
                     "Artikel 7 – Weitere Dienstleister (Unterauftragsverarbeiter)\n\n"
                     "1. Der Dienstleister setzt Unterauftragsverarbeiter nur mit Genehmigung der Verantwortlichen ein.\n\n"
                     "Artikel 10 – Nachweise\n\n1. Der Dienstleister stellt der Verantwortlichen alle Informationen zur Verfügung, "
                     "die sie braucht, um nachzuweisen, dass die Pflichten aus Art. 28 DSGVO eingehalten werden.\n");
  CHECK(status_in(r, "art28.3.h.information") == "met");
}

TEST_CASE("checks: numbered party entries are a list of their own before '1. Zweck'", "[checks]") {
  auto result = lint_text(
      "RAHMENVEREINBARUNG ZUR AUFTRAGSVERARBEITUNG\nnach Art. 28 Abs. 3 DSGVO\n\nVertragsparteien\n\n"
      "1. Brenner Shared IT GmbH, Landsberger Straße 302, 80687 München, eingetragen im Handelsregister des Amtsgerichts "
      "München unter HRB 241 876, vertreten durch den Geschäftsführer\n   – nachfolgend „Dienstleister\" –\n\n"
      "2. Brenner Beteiligungs-AG, Prinzregentenstraße 54, 80538 München, vertreten durch den Vorstand\n"
      "   – nachfolgend „Muttergesellschaft\" –\n\n3. jede weitere Gesellschaft der Gruppe, die dieser Vereinbarung beitritt\n"
      "   – nachfolgend einzeln „Auftraggeberin\" –\n\n\n1. Zweck\n\n1.1 Der Dienstleister betreibt Anwendungen.\n\n"
      "2. Dauer\n\n2.1 Die Vereinbarung gilt unbefristet.\n");
  CHECK(findings_of(result, "structure.numbering").empty());
}
