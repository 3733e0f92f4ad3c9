// Line grammar, instantiation and classification (X3 "instantiate" part).
#include "line_def.hpp"

#include <avvlint/grammar.hpp>

#include <algorithm>
#include <cctype>
#include <string>

namespace avvlint::grammar {
namespace x3 = boost::spirit::x3;
namespace lr = line_rules;

namespace {

using Iter = std::string_view::const_iterator;

template <class Parser, class Attr>
bool parse_prefix(Iter& it, Iter end, Parser const& p, Attr& attr) {
  Iter probe = it;
  if (x3::parse(probe, end, p, attr)) {
    it = probe;
    return true;
  }
  return false;
}

template <class Parser>
bool parse_prefix(Iter& it, Iter end, Parser const& p) {
  Iter probe = it;
  if (x3::parse(probe, end, p)) {
    it = probe;
    return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "**Text**" -> "Text"; anything else unchanged.
std::string_view strip_bold(std::string_view s) {
  s = trim(s);
  if (s.size() >= 4 && s.substr(0, 2) == "**" && s.substr(s.size() - 2) == "**") {
    return trim(s.substr(2, s.size() - 4));
  }
  return s;
}

// "*Kategorien betroffener Personen*" above a list: a short title set in italics (not "**bold**",
// not a sentence in italics, "*Diese Fassung ersetzt die vom 1. März.*")
std::string_view italic_title(std::string_view s) {
  s = trim(s);
  if (s.size() < 5 || s.size() > 90) return {};
  char mark = s.front();
  if ((mark != '*' && mark != '_') || s.back() != mark || s[1] == mark || s[s.size() - 2] == mark) return {};
  std::string_view inner = trim(s.substr(1, s.size() - 2));
  if (inner.empty() || inner.find(mark) != std::string_view::npos || inner.back() == '.') return {};
  if (std::count(inner.begin(), inner.end(), ' ') > 7) return {};
  return inner;
}

bool wholly_bold(std::string_view s) {
  s = trim(s);
  return s.size() > 4 && s.substr(0, 2) == "**" && s.substr(s.size() - 2) == "**" &&
         s.substr(2, s.size() - 4).find("**") == std::string_view::npos;
}

// "betroffene Personen", "technische Maßnahmen": a lower-case adjective and a noun, as the
// last part of a title ("Art und Zweck; Daten; betroffene Personen") — not "kein Versand per
// E-Mail" or "nur nach Freigabe" (list entries).
bool adjective_and_noun(std::string_view part) {
  part = trim(part);
  std::size_t space = part.find(' ');
  if (space == std::string_view::npos || part.find(' ', space + 1) != std::string_view::npos) return false;
  std::string_view adjective = part.substr(0, space), noun = part.substr(space + 1);
  unsigned char n = static_cast<unsigned char>(noun.front());
  if (!((n >= 'A' && n <= 'Z') || n == 0xC3)) return false;
  for (std::string_view determiner : {"eine", "keine", "diese", "jede", "alle", "seine", "ihre", "unsere", "andere"}) {
    if (adjective == determiner) return false;
  }
  return adjective.size() > 3 && (adjective.back() == 'e' || adjective.substr(adjective.size() - 2) == "en");
}

// A heading is short, has few words and does not end like a sentence or a lead-in.
bool heading_like(std::string_view title) {
  title = strip_bold(title);
  if (title.empty()) return true;
  // "Technische und organisatorische Maßnahmen / Technical and organisational measures": a title in two
  // languages reads as its first one ("/ ANNEX 2 – …" after "ANLAGE 2": the number in the other language first)
  if (title.starts_with("/ ")) {
    std::size_t dash = title.find("\xE2\x80\x93 ");
    title = dash == std::string_view::npos || dash > 16 ? title.substr(2) : title.substr(dash + 4);
  }
  if (std::size_t gloss = title.find(" / "); gloss != std::string_view::npos && gloss > 0) title = title.substr(0, gloss);
  if (title.size() > 140) return false;
  char last = title.back();
  // "2. Fernblick Software Inc.", "2. RELAYMINT INC." name a company; its dot ends no sentence
  std::string tail(title.substr(title.size() > 12 ? title.size() - 12 : 0));
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool legal_form_dot = false;
  for (std::string_view form : {" inc.", " ltd.", " co.", " corp.", " e.v.", " e. v.", " e.k.", " e. k.", " s.a.", " b.v.",
                                " n.v.", " a/s.", " pvt. ltd.", " s.r.l.", " s.r.o.", " d.o.o.", " sp. z o.o.", " lda.",
                                " ltda.", " s.l.", " s.p.a.", " s.a.s.", " s.a.r.l.", " kft.", " zrt.", " a.s.", " llc.",
                                " plc.", " pty.", " oy.", " ab."}) {
    legal_form_dot = legal_form_dot || std::string_view(tail).ends_with(form);
  }
  if ((last == '.' && !legal_form_dot) || last == ':' || last == ';' || last == ',' || last == '-') return false;
  if (title.size() >= 3 && title.substr(title.size() - 3) == "\xE2\x80\x93") return false;  // "… Deutschland –" goes on
  // "Betroffene Personen sind", "Die Verarbeitung umfasst insbesondere": a lead-in to a list, not a
  // title; "Wie lange diese Vereinbarung gilt", "Was du darfst und was deine Aufgabe ist" are titles.
  std::size_t last_space = title.find_last_of(' ');
  bool clause_title = false;
  for (std::size_t from = 0; from < title.size();) {
    std::size_t to = title.find(' ', from);
    std::string word(title.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from));
    if (!word.empty()) word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    for (std::string_view w : {"was", "wie", "wer", "wann", "welche", "welcher", "welches", "wo", "warum", "wozu", "wenn",
                               "dass", "ob"}) {
      clause_title = clause_title || word == w;
    }
    if (to == std::string_view::npos) break;
    from = to + 1;
  }
  if (last_space != std::string_view::npos && !clause_title) {
    std::string_view last_word = title.substr(last_space + 1);
    for (std::string_view lead : {"sind", "ist", "werden", "wird", "gelten", "gilt", "umfasst", "umfassen", "insbesondere",
                                  "folgende", "folgt"}) {
      if (last_word == lead) return false;
    }
  }
  // Count words outside brackets: "Verfügbarkeit (Art. 32 Abs. 1 lit. b DSGVO)" is short.
  int words = 1, depth = 0;
  for (char c : title) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ' ' && depth == 0) ++words;
  }
  // "Vertragsbeendigung, Löschung und Rückgabe der Daten" and "Art und Zweck; Daten;
  // Betroffene" are headings; a list entry like "Dokumentenaustausch nur über …; kein
  // Versand per E-Mail" is not: after a semicolon a heading goes on with a capital.
  // "Beendigung: Rückgabe und Löschung" is a heading; "Daten des Kindes: Name, Vorname, …" is not.
  if (words > 13) return false;
  // "KitaPost setzt die nach Art. 32 DSGVO erforderlichen technischen und organisatorischen" / "Maßnahmen um.":
  // a long line whose first or second word is a verb with an article or pronoun after it is a sentence
  // wrapped at the line end, not a title
  if (words >= 9 && last != '?') {
    auto nth_word = [&](int n) {
      std::size_t from = 0;
      for (int k = 0; k < n && from != std::string_view::npos; ++k) {
        from = title.find(' ', from);
        if (from != std::string_view::npos) ++from;
      }
      if (from == std::string_view::npos) return std::string();
      std::string w(title.substr(from, title.find(' ', from) - from));
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return w;
    };
    auto verb = [](std::string const& w) {
      return w == "ist" || w == "sind" || w == "wird" || w == "werden" || w == "hat" || w == "haben" ||
             (w.size() >= 5 && w.back() == 't' && !w.ends_with("heit") && !w.ends_with("keit") && !w.ends_with("schaft") &&
              !w.ends_with("recht") && !w.ends_with("ort") && !w.ends_with("kunft"));
    };
    auto determiner = [](std::string const& w) {
      return w == "die" || w == "der" || w == "das" || w == "den" || w == "dem" || w == "uns" || w == "sich" ||
             w == "ihm" || w == "ihr" || w == "alle" || w == "eine" || w == "einen" || w == "keine";
    };
    if ((verb(nth_word(0)) && determiner(nth_word(1))) || (verb(nth_word(1)) && determiner(nth_word(2)))) return false;
  }
  if (auto colon = title.find(": "); colon != std::string_view::npos &&
                                     (words > 8 || title.find(',', colon) != std::string_view::npos ||
                                      std::count(title.begin() + static_cast<std::ptrdiff_t>(colon) + 2, title.end(), ' ') > 3)) {
    return false;
  }
  for (std::size_t semi = title.find(';'); semi != std::string_view::npos; semi = title.find(';', semi + 1)) {
    std::size_t next = title.find_first_not_of(' ', semi + 1);
    if (next == std::string_view::npos) return false;
    unsigned char c = static_cast<unsigned char>(title[next]);
    bool capital = (c >= 'A' && c <= 'Z') || c == 0xC3;  // 0xC3: Ä, Ö, Ü (and ä, ö, ü, rare after ";")
    if (!capital && !adjective_and_noun(title.substr(next, title.find(';', next) - next))) return false;
  }
  unsigned char first = static_cast<unsigned char>(title.front());
  return !(first >= 'a' && first <= 'z');
}

std::vector<std::string> split_parts(std::string_view number) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : number) {
    bool keep = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (keep) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      parts.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  return parts;
}

int leading_indent(std::string_view line, std::size_t& pos) {
  int indent = 0;
  pos = 0;
  while (pos < line.size()) {
    if (line[pos] == ' ') {
      ++indent;
    } else if (line[pos] == '\t') {
      indent += 4;
    } else {
      break;
    }
    ++pos;
  }
  return indent;
}

}  // namespace

std::vector<std::string_view> split_table_row(std::string_view line) {
  std::vector<std::string_view> cells;
  line = trim(line);
  if (line.empty() || line.front() != '|') return cells;
  line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))) {
      cells.push_back(trim(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return cells;
}

// Skips pictographs and the spaces after them: emoji (U+1F000 and up), arrows, symbols and dingbats
// (U+2190–U+2BFF), the emoji variation selector and the zero-width joiner — not a checklist's boxes.
void skip_pictographs(Iter& it, Iter const end) {
  for (;;) {
    Iter at = it;
    auto byte = [&](Iter p) { return static_cast<unsigned char>(*p); };
    std::size_t left = static_cast<std::size_t>(end - at);
    std::size_t length = 0;
    if (left >= 4 && byte(at) == 0xF0 && byte(at + 1) >= 0x9F) {
      length = 4;  // U+1F000 … (the emoji planes)
    } else if (left >= 3 && byte(at) == 0xE2 && ((byte(at + 1) >= 0x86 && byte(at + 1) <= 0xAF) || (byte(at + 1) == 0x80 && byte(at + 2) == 0x8D))) {
      length = 3;  // U+2190 … U+2BFF, U+200D
    } else if (left >= 3 && byte(at) == 0xEF && byte(at + 1) == 0xB8 && byte(at + 2) == 0x8F) {
      length = 3;  // U+FE0F
    }
    // (not the ballot boxes and check marks of a checklist: "☐", "☑", "☒", "✓", "✔", "✗", "✘")
    bool ballot = length == 3 && byte(at) == 0xE2 &&
                  ((byte(at + 1) == 0x98 && byte(at + 2) >= 0x90 && byte(at + 2) <= 0x92) ||
                   (byte(at + 1) == 0x9C && byte(at + 2) >= 0x93 && byte(at + 2) <= 0x98));
    if (length == 0 || ballot) return;
    it += static_cast<std::ptrdiff_t>(length);
    while (it != end && *it == ' ') ++it;
  }
}

LineShape classify_line(std::string_view line) {
  LineShape shape;
  std::size_t pos = 0;
  shape.indent = leading_indent(line, pos);
  std::string_view rest = trim(line.substr(pos));
  if (rest.empty()) {
    shape.kind = LineKind::blank;
    return shape;
  }
  // "=== Anlage 1: Leistungsbeschreibung ===": a title framed by rules on its own line reads as a
  // heading (the closing rule is cut off, the opening one skipped below)
  std::size_t frame = 0;
  if (rest.size() > 8 && (rest.substr(0, 3) == "===" || rest.substr(0, 3) == "---")) {
    char rule = rest[0];
    std::size_t lead = rest.find_first_not_of(rule), tail = rest.find_last_not_of(rule);
    if (lead != std::string_view::npos && rest[lead] == ' ' && rest.size() - 1 - tail >= 3 && tail > lead) {
      frame = lead;
      line = line.substr(0, static_cast<std::size_t>(rest.data() - line.data()) + tail + 1);
    }
  }
  Iter const begin = line.begin();
  Iter it = line.begin() + static_cast<std::ptrdiff_t>(pos);
  Iter const end = line.end();

  if (*it == '|') {
    shape.kind = parse_prefix(it, end, lr::table_separator) ? LineKind::table_separator : LineKind::table_row;
    shape.text_begin = pos;
    return shape;
  }

  std::string hashes;
  if (frame > 0) {
    it += static_cast<std::ptrdiff_t>(frame);
    while (it != end && *it == ' ') ++it;
    shape.markdown_level = 1;
  } else if (parse_prefix(it, end, lr::markdown_hashes, hashes)) {
    shape.markdown_level = static_cast<int>(hashes.size());
  }
  if (shape.markdown_level == 0 && parse_prefix(it, end, lr::bullet_marker)) {
    shape.bulleted = true;
  }
  skip_pictographs(it, end);  // "## 🧾 1. Gegenstand und Dauer": an emoji before the number decorates it
  // Bold-wrapped line: look for a number inside the markers ("**§ 3 Pflichten**").
  std::string_view remaining = line.substr(static_cast<std::size_t>(it - begin));
  bool bold = wholly_bold(remaining);
  if (bold) {
    it += 2;
    if (it != end && *it == '*') ++it;  // "*** 5. WEISUNGEN ***": bold italic
    while (it != end && (*it == ' ')) ++it;
  } else if (remaining.size() > 4 && remaining.substr(0, 2) == "**" &&
             (std::isdigit(static_cast<unsigned char>(remaining[2])) || remaining.substr(2, 2) == "\xC2\xA7" ||
              (std::isupper(static_cast<unsigned char>(remaining[2])) && remaining[3] == '.'))) {
    it += 2;  // "- **1.1** Die Plattform …": only the number is bold
  }

  auto finish_title = [&](Iter after) {
    Iter t = after;
    while (t != end && *t == '*') ++t;  // the closing marks of a bold number
    if (!parse_prefix(t, end, lr::title_separator)) {
      while (t != end && (*t == ' ' || *t == '\t')) ++t;
    }
    std::string_view title = line.substr(static_cast<std::size_t>(t - begin));
    title = strip_bold(title);
    if (bold && title.size() >= 2 && title.substr(title.size() - 2) == "**") title.remove_suffix(2);
    if (bold && !title.empty() && title.back() == '*') title.remove_suffix(1);
    shape.title = trim(title);
    shape.text_begin = static_cast<std::size_t>(t - begin);
  };

  std::string number;
  Iter after = it;
  auto try_number = [&](auto const& rule, NumberStyle style) {
    number.clear();
    Iter probe = it;
    if (parse_prefix(probe, end, rule, number) && (probe == end || *probe == ' ' || *probe == '\t' || *probe == '*' ||
                                                   *probe == ':' || static_cast<unsigned char>(*probe) == 0xE2 ||
                                                   (style == NumberStyle::annex && *probe == '-'))) {
      shape.style = style;
      shape.number = number;
      after = probe;
      return true;
    }
    return false;
  };

  bool numbered = try_number(lr::annex, NumberStyle::annex) || try_number(lr::bare_annex, NumberStyle::annex) ||
                  try_number(lr::paragraph, NumberStyle::paragraph) || try_number(lr::part, NumberStyle::ziffer) ||
                  try_number(lr::ziffer, NumberStyle::ziffer) || try_number(lr::dotted, NumberStyle::dotted) ||
                  try_number(lr::parenthesised, NumberStyle::parenthesis) ||
                  try_number(lr::roman, NumberStyle::roman) || try_number(lr::letter, NumberStyle::letter);
  // A number read at the line start that turns out to be a word: the line is plain text after all.
  auto not_a_number = [&]() {
    numbered = false;
    shape.style = NumberStyle::none;
    shape.number.clear();
    shape.parts.clear();
  };
  // "z. B. Suche …", "d. h. …": an abbreviation of two letters, not the item "z." (a letter, a dot, a
  // blank, then a single letter with its dot)
  if (numbered && shape.style == NumberStyle::letter && number.size() == 2 && number[1] == '.') {
    Iter probe = after;
    while (probe != end && (*probe == ' ' || *probe == '\t')) ++probe;
    Iter second = probe;
    if (probe != end && std::isalpha(static_cast<unsigned char>(*probe)) && ++second != end && *second == '.') not_a_number();
    // "z. Hd. Herrn …" (for the attention of) in a letter's address
    if (line.substr(static_cast<std::size_t>(probe - begin), 4) == "Hd. ") not_a_number();
  }
  // "- 10. Kalendertag des Folgemonats: Lohnsteuer-Anmeldung": after a bullet, an ordinal of a date
  if (numbered && shape.bulleted && shape.style == NumberStyle::dotted) {
    std::string_view rest = line.substr(static_cast<std::size_t>(after - begin));
    rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(' ')));
    for (std::string_view unit : {"Kalendertag", "Werktag", "Arbeitstag", "Bankarbeitstag", "Tag ", "Monat", "Woche", "Quartal",
                                  "Januar", "Februar", "M\xC3\xA4rz", "April", "Mai ", "Juni", "Juli", "August", "September",
                                  "Oktober", "November", "Dezember"}) {
      if (rest.rfind(unit, 0) == 0) {
        not_a_number();
        break;
      }
    }
  }
  // "an. Änderungen dürfen …" (a sentence wrapped after "passt … an"): two different letters are a
  // word, not an item; items double their letter ("aa)") or are roman ("iv.")
  if (numbered && shape.style == NumberStyle::letter) {
    std::string letters;
    for (char c : shape.number) {
      if (std::islower(static_cast<unsigned char>(c))) letters += c;
    }
    if (letters.size() == 2 && letters[0] != letters[1] && letters.find_first_not_of("ivxl") != std::string::npos) not_a_number();
  }
  // "II. Gegenstand" and "4 Pflichten" are section headings only when the title reads like one.
  bool bare = false;
  if (!numbered && !shape.bulleted) {
    if (try_number(lr::upper_roman, NumberStyle::roman)) {
      numbered = true;
      bare = true;
    } else if (try_number(lr::bare_number, NumberStyle::dotted)) {
      numbered = true;
      bare = true;
    }
  }

  if (!numbered) {
    shape.text_begin = static_cast<std::size_t>(it - begin);
    std::string_view text = line.substr(shape.text_begin);
    if (shape.markdown_level > 0) {
      shape.kind = LineKind::heading;
      shape.title = strip_bold(text);
    } else if (bold) {
      shape.kind = LineKind::bold_heading;
      shape.title = strip_bold(remaining);
    } else if (!shape.bulleted && !italic_title(remaining).empty()) {
      shape.kind = LineKind::bold_heading;
      shape.title = italic_title(remaining);
    } else if (shape.bulleted) {
      shape.kind = LineKind::bullet;
    } else {
      shape.kind = LineKind::text;
    }
    return shape;
  }

  shape.parts = split_parts(shape.number);
  if (shape.style == NumberStyle::annex || shape.style == NumberStyle::paragraph ||
      shape.style == NumberStyle::ziffer) {
    shape.parts.erase(shape.parts.begin());  // drop the word ("Anlage", "Ziffer"); "§" is not alnum
    if (shape.style == NumberStyle::paragraph) shape.parts = split_parts(shape.number);
  }
  finish_title(after);
  bool headingish = heading_like(shape.title);
  if (!headingish && bare && shape.style == NumberStyle::roman) {
    // "XI. Beendigung: Rückgabe, Löschung und Vernichtung": after a roman section number a colon
    // joins the parts of a title, it does not open a list of data
    std::string joined(shape.title);
    if (std::size_t colon = joined.find(": "); colon != std::string::npos) joined[colon] = ',';
    headingish = heading_like(joined);
  }
  if (bare) {
    // ("C. Verfügbarkeit und Belastbarkeit (Art. 32 Abs. 1 lit. b und c DSGVO)": a closing bracketed
    // gloss is no part of the title's length)
    std::string_view counted = shape.title;
    if (counted.ends_with(')') && counted.rfind(" (") != std::string_view::npos) counted = counted.substr(0, counted.rfind(" ("));
    auto words = 1 + std::count(counted.begin(), counted.end(), ' ');
    bool short_title = !shape.title.empty() && words <= 10;
    // "2 Zugang: Administrative Zugänge nur …": a numbered entry with a label.
    std::size_t colon = shape.title.find(": ");
    bool labelled = colon != std::string_view::npos && colon <= 40 && shape.style == NumberStyle::dotted &&
                    std::count(shape.title.begin(), shape.title.begin() + static_cast<std::ptrdiff_t>(colon), ' ') < 4;
    if (!(headingish && short_title) && labelled && shape.markdown_level == 0 && !bold) {
      shape.kind = LineKind::numbered;
      shape.text_begin = static_cast<std::size_t>(after - begin);
      while (shape.text_begin < line.size() && line[shape.text_begin] == ' ') ++shape.text_begin;
      shape.title = {};
      return shape;
    }
    if (!(headingish && short_title) && shape.markdown_level == 0 && !bold) {
      // Not a heading after all ("2026 wurde …", "II. wird …"): plain text.
      shape = LineShape{};
      shape.indent = leading_indent(line, pos);
      shape.kind = LineKind::text;
      shape.text_begin = pos;
      return shape;
    }
    shape.kind = LineKind::section_heading;
    if (shape.style == NumberStyle::roman) shape.parts = {shape.number.substr(0, shape.number.size() - 1)};
    return shape;
  }

  switch (shape.style) {
    case NumberStyle::annex: {
      // "Anlage 3 – Titel", "Anlage 3" alone, or a Markdown/bold heading; not "Anlage 1 regelt …"
      // and not a list of annexes ("– Anhang 1: Beschreibung der Verarbeitung").
      Iter t = after;
      bool separated = after == end || parse_prefix(t, end, lr::title_separator);
      // "Anlage 2 / Annex 2 – Technical … / Technische …": a bilingual title names the annex twice
      std::string_view rest_after =
          after == end ? std::string_view() : trim(std::string_view(&*after, static_cast<std::size_t>(end - after)));
      if (!separated && rest_after.size() > 2 && rest_after.front() == '/') {
        std::string_view again = trim(rest_after.substr(1));
        for (std::string_view word : {"Annex", "Appendix", "Schedule", "Anhang"}) separated = separated || again.starts_with(word);
      }
      // "Anlage 1 zur Vereinbarung zur Auftragsdatenverarbeitung": the annex names what it belongs to
      std::string_view title = trim(shape.title);
      // ("Anhang 1 zu den AGB – Technische und organisatorische Maßnahmen")
      bool belongs = (title.rfind("zur ", 0) == 0 || title.rfind("zum ", 0) == 0 || title.rfind("zu ", 0) == 0) && title.size() <= 120 &&
                     title.back() != '.' && title.back() != ',' && title.back() != ';';
      shape.kind = ((!shape.bulleted && (separated || headingish || belongs)) || shape.markdown_level > 0 || bold)
                       ? LineKind::annex_heading
                       : shape.bulleted ? LineKind::bullet : LineKind::text;
      if (shape.kind != LineKind::annex_heading) shape.text_begin = static_cast<std::size_t>(it - begin);
      break;
    }
    case NumberStyle::paragraph:
    case NumberStyle::ziffer: {
      // "§ 9 Meldung; Beendigung", "Klausel 9 – Verletzung …; Beendigung": a § or
      // Klausel line that does not end like a sentence is a heading.
      std::string_view t = strip_bold(shape.title);
      // "Nr. 4 Ort der Verarbeitung: Rechenzentrum des Auftragnehmers in Mainz;" is an entry, not a title.
      std::size_t colon = t.find(": ");
      bool entry = colon != std::string_view::npos &&
                   std::count(t.begin() + static_cast<std::ptrdiff_t>(colon) + 2, t.end(), ' ') > 3;
      bool titled = !t.empty() && t.size() <= 160 && t.back() != '.' && t.back() != ':' && t.back() != ',' && !entry;
      shape.kind = (headingish || titled || shape.markdown_level > 0 || bold) ? LineKind::section_heading
                                                                              : LineKind::numbered;
      // "- Ziff. 12 (Löschung/Rückgabe) gilt über Vertragsende hinaus": a bullet that opens with a
      // reference, not a heading
      bool verb = false;
      for (std::string_view v : {" gilt ", " gelten ", " ist ", " sind ", " bleibt ", " bleiben ", " regelt ", " wird ",
                                 " werden "}) {
        verb = verb || (std::string(" ") + std::string(t) + " ").find(v) != std::string::npos;
      }
      if (shape.bulleted && (!headingish || verb) && shape.markdown_level == 0 && !bold) {
        shape.kind = LineKind::bullet;
        shape.text_begin = static_cast<std::size_t>(it - begin);
        shape.style = NumberStyle::none;
        shape.number.clear();
        shape.parts.clear();
      }
      break;
    }
    case NumberStyle::dotted:
      if (shape.markdown_level > 0 || bold) {
        shape.kind = LineKind::section_heading;
      } else if (shape.parts.size() == 1 && headingish && !shape.bulleted && !shape.title.empty()) {
        shape.kind = LineKind::section_heading;
      } else {
        shape.kind = LineKind::numbered;
      }
      break;
    case NumberStyle::parenthesis:
      shape.kind = LineKind::numbered;
      break;
    default:
      shape.kind = LineKind::item;
      break;
  }
  if (shape.kind != LineKind::section_heading && shape.kind != LineKind::annex_heading) shape.title = {};
  return shape;
}

}  // namespace avvlint::grammar
