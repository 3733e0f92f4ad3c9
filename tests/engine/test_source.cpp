#include "../test_util.hpp"

using namespace avvlint;

TEST_CASE("source: UTF-8 with BOM and CRLF becomes LF text", "[source]") {
  auto r = decode_source("x.txt", "\xEF\xBB\xBF" "Zeile eins\r\nZeile zwei\rZeile drei\n");
  REQUIRE(r.ok());
  CHECK(r.source->text == "Zeile eins\nZeile zwei\nZeile drei\n");
  CHECK(r.source->encoding == "utf-8-bom");
  CHECK_FALSE(r.source->converted);
  CHECK(r.source->position(0).line == 1);
  CHECK(r.source->position(11).line == 2);
  CHECK(r.source->line_text(3) == "Zeile drei");
}

TEST_CASE("source: plain-text redlines are read as accepted, lines kept", "[source]") {
  auto r = decode_source("x.txt",
                         "Meldung binnen [gestrichen: 72 Stunden][NEU: 24 Stunden].\n"
                         "Audits ~~sind ausgeschlossen~~ finden statt. [Kommentar RA Müller: bitte prüfen]\n"
                         "| ~~4~~ | ~~Firma Ltd.~~ |\n"
                         "Checkbox [x] bleibt. [Anm. AN: Wir möchten die Daten für eigene Zwecke nutzen.]\n");
  REQUIRE(r.ok());
  CHECK(r.source->tracked_changes == 7);
  CHECK(r.source->text.find("eigene Zwecke") == std::string::npos);
  CHECK(r.source->text.find("72 Stunden") == std::string::npos);
  CHECK(r.source->text.find("24 Stunden") != std::string::npos);
  CHECK(r.source->text.find("NEU") == std::string::npos);
  CHECK(r.source->text.find("ausgeschlossen") == std::string::npos);
  CHECK(r.source->text.find("Kommentar") == std::string::npos);
  CHECK(r.source->text.find("Firma") == std::string::npos);
  CHECK(r.source->text.find('|') == std::string::npos);  // the struck row is gone as a whole
  CHECK(r.source->text.find("[x]") != std::string::npos);
  CHECK(r.source->position(r.source->text.find("Checkbox")).line == 4);
}

TEST_CASE("source: a dated or unsigned note in brackets stays contract text", "[source]") {
  auto r = decode_source("x.txt", "Weisungen in Textform. [Anm. 02/2024: Telefonische Weisungen nur in Eilfällen.]\n"
                                  "Sicherung 30 Tage [Anm.: gilt auch für Backups]\n");
  REQUIRE(r.ok());
  CHECK(r.source->text.find("Telefonische Weisungen") != std::string::npos);
  CHECK(r.source->text.find("gilt auch für Backups") != std::string::npos);
}

TEST_CASE("source: Word's change notes say who and how, not what", "[source]") {
  auto r = decode_source("x.txt",
                         "5.4 Der Anbieter darf die Daten nutzen.\n[Eingefügt: L. Vogelsang, 08.09.2025]\n"
                         "[Formatiert: Einzug: Links 1,25 cm]\nMeldung binnen [Eingefügt: 24 Stunden, spätestens am Folgetag].\n");
  REQUIRE(r.ok());
  CHECK(r.source->text.find("Vogelsang") == std::string::npos);
  CHECK(r.source->text.find("Einzug") == std::string::npos);
  CHECK(r.source->text.find("24 Stunden, spätestens am Folgetag") != std::string::npos);
}

TEST_CASE("source: line numbers in the left margin are blanked", "[source]") {
  std::string text;
  for (int i = 1; i <= 25; ++i) text += std::string(i < 10 ? "   " : "  ") + std::to_string(i) + "  Zeile " + std::to_string(i) + ".\n";
  auto r = decode_source("x.txt", text);
  REQUIRE(r.ok());
  CHECK(r.source->text.find("  3  ") == std::string::npos);
  CHECK(r.source->text.find("Zeile 3.") != std::string::npos);
  CHECK(r.source->text.size() == text.size());
  auto plain = decode_source("y.txt", "1. Gegenstand\n\n2. Dauer\n");  // clause numbers are no margin
  REQUIRE(plain.ok());
  CHECK(plain.source->text == "1. Gegenstand\n\n2. Dauer\n");
}

TEST_CASE("source: dot leaders after a label read as its colon", "[source]") {
  std::string text = "Gegenstand ........ Bereitstellung des CRM\nAuftraggeber (AG) .... Beispiel GmbH\n"
                     "1. Gegenstand ........ 3\nOrt, Datum ..........\nName: ..........\n";
  auto r = decode_source("x.txt", text);
  REQUIRE(r.ok());
  CHECK(r.source->text.size() == text.size());
  CHECK(r.source->text.find("Gegenstand:         Bereitstellung") == 0);
  CHECK(r.source->text.find("Auftraggeber (AG):     Beispiel") != std::string::npos);
  CHECK(r.source->text.find("1. Gegenstand ........ 3") != std::string::npos);  // a table of contents
  CHECK(r.source->text.find("Ort, Datum ..........") != std::string::npos);     // a line to sign on
  CHECK(r.source->text.find("Name: ..........") != std::string::npos);          // a blank to fill in
}

TEST_CASE("source: columns count code points", "[source]") {
  auto r = decode_source("x.txt", "Größe: Änderung\n");
  REQUIRE(r.ok());
  auto text = r.source->text;
  auto at = text.find("Änderung");
  CHECK(r.source->position(at).column == 8);
}

TEST_CASE("source: Windows-1252 is converted and flagged", "[source]") {
  auto r = decode_source("x.txt", "Gr\xF6\xDF" "e und L\xF6schung \x84zitiert\x93\n");
  REQUIRE(r.ok());
  CHECK(r.source->encoding == "windows-1252");
  CHECK(r.source->converted);
  CHECK(r.source->text == "Größe und Löschung „zitiert“\n");
}

TEST_CASE("source: UTF-16 with BOM", "[source]") {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("Vertrag\n")) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  auto r = decode_source("x.txt", bytes);
  REQUIRE(r.ok());
  CHECK(r.source->text == "Vertrag\n");
  CHECK(r.source->encoding == "utf-16le");
}

TEST_CASE("source: bad input is an error value naming file and cause", "[source]") {
  auto empty = decode_source("leer.txt", "");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error.find("leer.txt") == 0);
  CHECK(empty.error.find("empty") != std::string::npos);

  auto blank = decode_source("blank.txt", "  \n\n\t\n");
  CHECK_FALSE(blank.ok());

  auto binary = decode_source("bin.docx", std::string("PK\x03\x04\0\0", 6));
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error.find("binary") != std::string::npos);

  auto control = decode_source("ctl.txt", "abc\x01\x02 \xFF\n");
  CHECK_FALSE(control.ok());

  auto undefined = decode_source("bad.txt", "Text \x81 mit undefiniertem Byte\n");
  REQUIRE_FALSE(undefined.ok());
  CHECK(undefined.error.find("undecodable") != std::string::npos);

  auto missing = load_source("/nonexistent/dir/x.txt");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error.find("/nonexistent/dir/x.txt") == 0);
}
