// .docx input: automatic numbering as Word shows it, tracked changes accepted,
// headers/footers/comments/field codes kept out of the text, hostile archives
// refused as values. Fixtures come from scripts/make-fixtures.py.
#include "../test_util.hpp"

#include <avvlint/findings.hpp>

#include <filesystem>

using namespace avvlint;

namespace {

std::filesystem::path fixture(char const* name) {
  return std::filesystem::path(AVVLINT_SOURCE_DIR) / "tests" / "fixtures" / name;
}

SourceText load_fixture(char const* name) {
  auto r = load_source(fixture(name).string());
  INFO(r.error);
  REQUIRE(r.ok());
  return std::move(*r.source);
}

bool has_line(std::string const& text, std::string const& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

// A minimal .docx (stored, not deflated) with one document.xml, built in memory.
std::string zip_of(std::vector<std::pair<std::string, std::string>> const& files) {
  auto le16 = [](std::string& s, unsigned v) {
    s.push_back(static_cast<char>(v & 0xFF));
    s.push_back(static_cast<char>((v >> 8) & 0xFF));
  };
  auto le32 = [&](std::string& s, unsigned long v) {
    le16(s, static_cast<unsigned>(v & 0xFFFF));
    le16(s, static_cast<unsigned>((v >> 16) & 0xFFFF));
  };
  auto crc32 = [](std::string const& d) {
    unsigned long c = 0xFFFFFFFFul;
    for (unsigned char b : d) {
      c ^= b;
      for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320ul & (0ul - (c & 1ul)));
    }
    return c ^ 0xFFFFFFFFul;
  };
  std::string out, central;
  for (auto const& [name, data] : files) {
    unsigned long offset = out.size(), crc = crc32(data);
    std::string header;
    le32(header, 0x04034b50);
    le16(header, 20), le16(header, 0), le16(header, 0), le16(header, 0), le16(header, 0);
    le32(header, crc), le32(header, data.size()), le32(header, data.size());
    le16(header, static_cast<unsigned>(name.size())), le16(header, 0);
    out += header + name + data;
    le32(central, 0x02014b50);
    le16(central, 20), le16(central, 20), le16(central, 0), le16(central, 0), le16(central, 0), le16(central, 0);
    le32(central, crc), le32(central, data.size()), le32(central, data.size());
    le16(central, static_cast<unsigned>(name.size())), le16(central, 0), le16(central, 0), le16(central, 0),
        le16(central, 0);
    le32(central, 0), le32(central, offset);
    central += name;
  }
  std::string end;
  le32(end, 0x06054b50);
  le16(end, 0), le16(end, 0), le16(end, static_cast<unsigned>(files.size())),
      le16(end, static_cast<unsigned>(files.size()));
  le32(end, central.size()), le32(end, out.size()), le16(end, 0);
  return out + central + end;
}

std::string document_xml(std::string const& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

}  // namespace

TEST_CASE("docx: automatic numbering shows as Word shows it", "[docx]") {
  SourceText src = load_fixture("base-ziffern.docx");
  CHECK(src.format == "docx");
  CHECK(src.encoding == "utf-8");
  CHECK(has_line(src.text, "**1. Gegenstand, Dauer und Ort der Verarbeitung**"));
  CHECK(has_line(src.text, "Vorbemerkung"));  // bold, but front matter: not wrapped as a heading
  CHECK(src.text.find("\n1.1 Dieser Vertrag hat die Verarbeitung") != std::string::npos);
  CHECK(src.text.find("\n13.5 Die Anlagen 1 bis 3 sind Bestandteil") != std::string::npos);
  // annex lists restart at 1 (startOverride), letters at level 2
  CHECK(src.text.find("\n1. Gegenstand des Auftrags:") != std::string::npos);
  CHECK(src.text.find("\n  a) Abwicklung von Bestellungen") != std::string::npos);
  CHECK(src.text.find("\n• Rechenzentrumsflächen") != std::string::npos);

  Document doc = build_document(std::move(src));
  for (char const* id : {"1", "1.4", "8.2", "13.5", "Anlage 1 Nr. 3 a)", "Anlage 1 Nr. 7", "Anlage 3"}) {
    INFO(id);
    CHECK(test::find_node(doc, id) != nullptr);
  }
}

TEST_CASE("docx: style-linked § numbering, (1) paragraphs and (a)/(i) items", "[docx]") {
  Document doc = build_document(load_fixture("base-paragraphen.docx"));
  CHECK(has_line(doc.source.text, "**§ 1 Gegenstand und Dauer**"));
  CHECK(doc.source.text.find("\n  (a) Erfassung und Plausibilisierung") != std::string::npos);
  CHECK(doc.source.text.find("\n    (iii) Steuer-Identifikationsnummer") != std::string::npos);
  for (char const* id : {"§ 1", "§ 1 (4)", "§ 7 (6)", "§ 12 (5)", "Anlage 1 Nr. 3 a)", "Anlage 1 Nr. 3 a) iii)",
                         "Anlage 1 Nr. 6"}) {
    INFO(id);
    CHECK(test::find_node(doc, id) != nullptr);
  }
}

TEST_CASE("docx: every numbering format, overrides, restarts, style links", "[docx]") {
  SourceText src = load_fixture("numbering.docx");
  std::string const& t = src.text;
  for (char const* line :
       {"I. Abschnitt eins", "  A. Teil A", "  B. Teil B", "I.1 Klausel", "      (a) Buchstabe", "      (b) Buchstabe",
        "        i) Römisch", "        ii) Römisch", "          01 - Null", "            \xE2\x80\xA2 Punkt",
        "Ohne Nummer", "1.1.1 Juristisch", "II. Abschnitt zwei", "  A. Teil A neu",
        "      (e) Buchstabe mit Startwert", "      (f) Buchstabe weiter", "IV. Neu ab vier",
        "**Artikel 1 Erster Artikel**", "  Nr. 1 Unterpunkt", "**Artikel 2 Zweiter Artikel**", "  Nr. 2 Unterpunkt",
        "1. Listenstil eins", "  a) Listenstil Buchstabe", "Nummer entfernt", "2. Weiter im Listenstil"}) {
    INFO(line);
    CHECK(has_line(t, line));
  }
}

TEST_CASE("docx: tracked changes are read accepted and reported", "[docx]") {
  SourceText src = load_fixture("base-ziffern.docx");
  CHECK(src.tracked_changes > 0);
  // w:ins kept, w:del dropped
  CHECK(src.text.find("Gerichtsstand ist Mainz.") != std::string::npos);
  CHECK(src.text.find("Hamburg") == std::string::npos);
  // the deleted numbered clause is gone and took no number: 3. follows 2.3
  CHECK(src.text.find("für eigene Zwecke nutzen und an Dritte verkaufen") == std::string::npos);
  CHECK(src.text.find("\n2.4 ") == std::string::npos);
  CHECK(src.text.find("\n**3. Weisungen**") != std::string::npos);

  DocumentResult r = lint(build_document(std::move(src)), test::pack());
  auto tracked = test::findings_of(r, "source.tracked-changes");
  REQUIRE(tracked.size() == 1);
  CHECK(tracked.front().severity == Severity::info);
  CHECK(test::findings_of(r, "purpose.own-use").empty());

  DocumentResult clean = lint(build_document(load_fixture("v13-liability-excluded.docx")), test::pack());
  CHECK(test::findings_of(clean, "source.tracked-changes").empty());
}

TEST_CASE("docx: headers, footers, comments, field codes and hidden text stay out", "[docx]") {
  for (char const* name : {"base-ziffern.docx", "base-paragraphen.docx"}) {
    SourceText src = load_fixture(name);
    INFO(name);
    for (char const* absent : {"KOPFZEILE", "FUSSZEILE", "KOMMENTAR", "REF _Ref", "DOCPROPERTY", "MERGEFORMAT",
                               "VERSTECKT", "Seite 1"}) {
      INFO(absent);
      CHECK(src.text.find(absent) == std::string::npos);
    }
  }
  // field results are text: "Ziffer 10" (a REF field) and "(DSGVO)" (a DOCPROPERTY field)
  std::string ziffern = load_fixture("base-ziffern.docx").text;
  CHECK(ziffern.find("nach Ziffer 10 zu überprüfen") != std::string::npos);
  CHECK(has_line(ziffern, "nach Art. 28 der Datenschutz-Grundverordnung (DSGVO)"));
  CHECK(load_fixture("base-paragraphen.docx").text.find("nach § 9 zu kontrollieren") != std::string::npos);
}

TEST_CASE("docx: the subprocessor table becomes a pipe table", "[docx]") {
  SourceText src = load_fixture("base-paragraphen.docx");
  CHECK(src.text.find("\n| Unterauftragnehmer | Sitz | Tätigkeit | Serverstandort |\n| --- | --- | --- | --- |\n") !=
        std::string::npos);
  CHECK(src.text.find("\n| Bergveld Archief B.V. | Utrecht, Niederlande |") != std::string::npos);
}

TEST_CASE("docx: hostile and broken archives are values, not crashes", "[docx]") {
  auto error_of = [](std::string bytes, std::string const& name = "x.docx") {
    auto r = decode_source(name, std::move(bytes));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.rfind(name + ": ", 0) == 0);
    CHECK(r.error.find('\n') == std::string::npos);
    return r.error;
  };
  std::string docx = test::read_file(fixture("base-ziffern.docx"));
  CHECK_THAT(error_of(docx.substr(0, docx.size() / 2)), Catch::Contains("ZIP"));
  CHECK_THAT(error_of(zip_of({{"word/other.xml", "<x/>"}})), Catch::Contains("no word/document.xml"));
  CHECK_THAT(error_of(zip_of({{"word/document.xml", "<w:document><w:body><w:p>"}})),
             Catch::Contains("not well-formed XML"));
  CHECK_THAT(error_of(std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + std::string(200, '\0')),
             Catch::Contains("executable"));
  CHECK_THAT(error_of("Nur Text, aber .docx genannt\n"), Catch::Contains("no ZIP signature"));
  CHECK_THAT(error_of(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0')),
             Catch::Contains("legacy Word .doc"));

  // 100 nested tables: refused at the nesting limit, not by exhausting the stack
  std::string nested;
  for (int i = 0; i < 100; ++i) nested += "<w:tbl><w:tr><w:tc>";
  nested += "<w:p><w:r><w:t>tief</w:t></w:r></w:p>";
  for (int i = 0; i < 100; ++i) nested += "</w:tc></w:tr></w:tbl>";
  CHECK_THAT(error_of(zip_of({{"word/document.xml", document_xml(nested)}})), Catch::Contains("nested"));

  // a document without text
  CHECK_THAT(error_of(zip_of({{"word/document.xml", document_xml("<w:p/>")}})), Catch::Contains("empty docx"));
}

TEST_CASE("docx: a minimal document reads without styles or numbering parts", "[docx]") {
  std::string body =
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1. Gegenstand</w:t></w:r></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">1.1 Der Auftragnehmer </w:t></w:r>"
      "<w:r><w:t>hostet.</w:t></w:r><w:r><w:br/><w:t>Zweite Zeile.</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nur eine Spalte</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  auto r = decode_source("mini.docx", zip_of({{"word/document.xml", document_xml(body)}}));
  INFO(r.error);
  REQUIRE(r.ok());
  CHECK(r.source->text == "**1. Gegenstand**\n\n1.1 Der Auftragnehmer hostet.\nZweite Zeile.\n\nNur eine Spalte\n");
  CHECK(r.source->tracked_changes == 0);
}
