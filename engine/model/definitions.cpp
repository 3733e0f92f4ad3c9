// Defined terms and the parties' roles (see definitions.hpp).
#include "definitions.hpp"

#include "text_util.hpp"
#include "tree_util.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace avvlint {
namespace {

constexpr std::size_t kMaxDefinitions = 200;

// A pronoun a party may speak or be spoken to with ("wir", "Sie", "ich", "du", the plural "ihr"), folded.
bool party_pronoun(std::string const& fw) {
  return fw == "wir" || fw == "sie" || fw == "ich" || fw == "du" || fw == "ihr";
}

// The words that introduce a defined term: "(im Folgenden: „Auftraggeber“)".
constexpr char const* kMarkers[] = {"im folgenden", "nachfolgend", "nachstehend", "hereinafter", "in der folge", "im weiteren"};

// Defined terms: "(im Folgenden: „Auftraggeber“)", "- nachstehend Auftragnehmer genannt -".
// The role a word names, if any ("Auftraggeber", "Verantwortliche" -> controller).
std::string role_of_word(std::string const& fw) {
  auto ends_with = [&](std::string_view tail) {
    return fw.size() >= tail.size() && fw.compare(fw.size() - tail.size(), tail.size(), tail) == 0;
  };
  // "Kunde", "Firmenkundin", "des Kunden" — not "Kundenkreis", "Kundenservice" (names of things)
  bool customer = ends_with("kunde") || ends_with("kunden") || ends_with("kundin") || ends_with("kundinnen");
  if (fw == "ag" || fw.find("geber") != std::string::npos || fw.find("verantwortlich") != std::string::npos ||
      customer || fw.find("controller") != std::string::npos ||
      fw.find("client") != std::string::npos || fw.find("customer") != std::string::npos) {
    return "controller";
  }
  // (Swiss "Auftragsbearbeiter", not "Sachbearbeiter": a clerk)
  if (fw == "an" || fw.find("nehmer") != std::string::npos || fw.find("verarbeiter") != std::string::npos ||
      fw.rfind("auftragsbearbeiter", 0) == 0 ||
      fw.find("dienstleister") != std::string::npos || fw.find("anbieter") != std::string::npos ||
      fw.find("processor") != std::string::npos || fw.find("lieferant") != std::string::npos ||
      fw == "provider" || fw == "vendor" || fw == "supplier") {
    return "processor";
  }
  return {};
}

// The role the first role word among a text's first `limit` words names, or "".
std::string role_in(std::string_view text, std::size_t limit) {
  for (auto const& w : text_util::words(text, 0, limit)) {
    if (std::string role = role_of_word(text_util::fold(w.text)); !role.empty()) return role;
  }
  return {};
}

bool in_party_block(Document const& doc, Node const& n) {
  return n.kind == NodeKind::paragraph && n.parent >= 0 && doc.nodes[static_cast<std::size_t>(n.parent)].kind == NodeKind::parties;
}

// A paragraph's first line when it is a label over the lines below ("Verantwortlicher:", "**Auftraggeber:**"), or "".
std::string_view label_line(Node const& n) {
  if (n.pieces.size() < 2) return {};
  std::string_view label = text_util::trim(std::string_view(n.text).substr(0, n.pieces[1].text_offset));
  while (!label.empty() && label.back() == '*') label.remove_suffix(1);
  while (!label.empty() && label.front() == '*') label.remove_prefix(1);
  return !label.empty() && label.back() == ':' ? label : std::string_view();
}


bool is_article(std::string const& fw) {
  return fw == "der" || fw == "die" || fw == "das" || fw == "den" || fw == "dem" || fw == "des";
}

// Words between a party and the role a sentence gives it: "ist (dabei) (der) (alleinige) Verantwortliche",
// "wir sind Ihr Auftragsverarbeiter".
bool role_filler(std::string const& fw) {
  return is_article(fw) || fw == "ein" || fw == "eine" || fw == "einer" || fw == "alleinige" || fw == "alleiniger" ||
         fw == "ihr" || fw == "unser" || fw == "dein" || fw == "mein" || fw == "sein" || fw == "dabei" ||
         fw == "hierbei" || fw == "insoweit" || fw == "datenschutzrechtlich" || fw == "datenschutzrechtliche" ||
         fw == "datenschutzrechtlicher";
}

// The last role word before `end` in the party block: "Auftraggeber\nMuster GmbH
// (im Folgenden „Praxis“)" or "(Verantwortliche, nachfolgend „Praxis“)".
std::string role_from_context(Document const& doc, int paragraph, std::size_t end) {
  Node const& p = doc.nodes[static_cast<std::size_t>(paragraph)];
  std::string role;
  for (auto const& w : text_util::words(p.text, 0, 1000)) {
    if (w.begin >= end) break;
    std::string fw = text_util::fold(w.text);
    if (fw == "ag" || fw == "an") continue;  // "Alpenrhein Backoffice AG": a legal form here, not the role
    if (auto r = role_of_word(fw); !r.empty()) role = r;
  }
  if (!role.empty()) return role;
  // The nearest bare role label among the paragraphs just before ("Auftraggeber", or
  // "Verantwortlicher:" above the address, above "(nachfolgend „Fahrschule“)").
  Node const& holder = doc.nodes[static_cast<std::size_t>(p.parent)];
  auto self = std::find(holder.children.begin(), holder.children.end(), paragraph);
  if (self == holder.children.end()) return {};
  for (int back = 0; back < 3 && self != holder.children.begin(); ++back) {
    --self;
    Node const& before = doc.nodes[static_cast<std::size_t>(*self)];
    // "**Auftragsverarbeiter:**" over the address lines, then "– im Folgenden „Voltaris“ –" on its own
    std::string_view labelled = label_line(before);
    auto label = labelled.empty() ? text_util::words(before.text, 0, 3) : text_util::words(labelled, 0, 3);
    if (label.size() == 2 && is_article(text_util::fold(label[0].text))) label.erase(label.begin());  // "Der Anbieter:"
    if (label.size() == 1) return role_of_word(text_util::fold(label[0].text));
  }
  return {};
}

// A role word right after a defined term, in the same line and phrase:
// "nachfolgend „wir“ oder „uns“ (Auftragsverarbeiter)", "„Sie“ (Verantwortlicher)".
std::string role_after(std::string_view text, std::size_t from) {
  std::size_t at = from;
  for (auto const& w : text_util::words(text, from, 6)) {
    std::string_view gap = text.substr(at, w.begin - at);
    if (gap.find_first_of("\n.;") != std::string_view::npos) break;
    // a comma ends the phrase unless a list of quoted names goes on: "„Sie“, „der Kunde“ oder …"
    // or an "als" gives the role after the bracket: "(nachfolgend „wir“), als Auftragsverarbeiter, und"
    bool quoted_next = gap.find('"') != std::string_view::npos || gap.find("\xE2\x80\x9E") != std::string_view::npos;
    std::string fw = text_util::fold(w.text);
    bool as_role = fw == "als" && gap.find(')') != std::string_view::npos;
    if (gap.find(',') != std::string_view::npos && !quoted_next && !as_role) break;
    at = w.begin + w.text.size();
    if (fw == "und" || fw == "sowie" || fw == "zwischen" || fw == "vertreten") break;
    if (auto r = role_of_word(fw); !r.empty()) return r;
  }
  return {};
}

// A role word between the start of the phrase (sentence, comma) and a "nachfolgend":
// "Der Auftraggeber wird nachfolgend als „Verbund“, der Auftragnehmer als „Anbieter“ bezeichnet".
std::string role_before(std::string_view text, std::size_t marker) {
  std::size_t from = text.substr(0, marker).find_last_of(".;,(\n");
  from = from == std::string_view::npos ? 0 : from + 1;
  std::string role;
  for (auto const& w : text_util::words(text.substr(from, marker - from), 0, 12)) {
    std::string fw = text_util::fold(w.text);
    if (fw == "ag" || fw == "an") continue;  // legal form, not the role
    if (auto r = role_of_word(fw); !r.empty()) role = r;
  }
  return role;
}

// Is the (folded) term defined already?
bool already_defined(Document const& doc, std::string const& folded) {
  return std::any_of(doc.definitions.begin(), doc.definitions.end(),
                     [&](Definition const& d) { return text_util::fold(d.term) == folded; });
}

// Defined terms that name documents or things, not parties ("Hauptvertrag", "Daten").
bool names_a_thing(std::string const& fw) {
  if (!role_of_word(fw).empty()) return false;  // "Dienstleisterin" names a party
  auto ends_with = [&](std::string_view tail) {
    return fw.size() >= tail.size() && fw.compare(fw.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends_with("gesellschaft") || ends_with("unternehmen")) return false;  // "Dienstleistungsgesellschaft"
  if (ends_with("haus") || ends_with("zentrum")) return false;                 // "Systemhaus", "Rechenzentrum"
  if (ends_with("betreiber") || ends_with("betreiberin")) return false;        // "Plattformbetreiber"
  if (ends_with("partner") && fw != "vertragspartner") return false;           // "Systempartner"
  // the answers of a questionnaire: "Kreuzt der Auftragnehmer „Ja“ an, verpflichtet er sich …"
  if (fw == "ja" || fw == "nein" || fw == "yes" || fw == "no") return true;
  for (char const* w : {"vertrag", "vereinbarung", "avv", "leistung", "daten", "gesetz", "dsgvo", "verordnung",
                        "anlage", "anhang", "auftrag", "software", "plattform", "dienste", "system", "dpa", "addendum",
                        "agreement", "msa", "agb", "avb", "bedingungen", "nachtrag", "services", "partei", "vertragspartner", "party",
                        "parties"}) {
    if (fw.find(w) != std::string::npos && fw.find("nehmer") == std::string::npos &&
        fw.find("geber") == std::string::npos && fw.find("verarbeiter") == std::string::npos) {
      return true;
    }
  }
  return false;
}

// "Die Datenfalke Kundenservice GmbH … (nachfolgend „Datenfalke“)": a term taken from the
// company name just before it names that party, whatever its word looks like.
bool names_party_entry(std::string_view entry);

// "Die Lernwerft GmbH wird nachfolgend „Plattform“ genannt": so does a term the same sentence
// gives to a company (or an address) named just before it.
bool names_a_thing(Document const& doc, Definition const& d) {
  if (!names_a_thing(text_util::fold(d.term))) return false;
  std::string_view src = doc.source.text;
  std::size_t from = d.span.begin > 300 ? d.span.begin - 300 : 0;
  std::size_t at = src.substr(from, d.span.begin - from).rfind(d.term);
  if (at != std::string_view::npos && names_company(src.substr(from + at, 120))) return false;
  // (from the start of the term's paragraph: "Clubnetz Software GmbH / … / (im Folgenden „Plattform“)")
  std::uint32_t para = doc.nodes[static_cast<std::size_t>(doc.node_at(d.span.begin))].span.begin;
  std::size_t near = std::max<std::size_t>(para, d.span.begin > 400 ? d.span.begin - 400 : 0);
  if (near > d.span.begin) near = d.span.begin;
  std::string_view lead = src.substr(near, d.span.begin - near);
  if (std::size_t stop = lead.rfind(". "); stop != std::string_view::npos) lead.remove_prefix(stop + 2);
  std::string folded_lead = text_util::fold(lead);
  bool defining = folded_lead.find("nachfolgend") != std::string::npos || folded_lead.find("im folgenden") != std::string::npos ||
                  folded_lead.find("nachstehend") != std::string::npos;
  return !(defining && names_party_entry(lead));
}

// "… „Verantwortlicher“ oder „Klinikum“": a second quoted name joined by "oder",
// "bzw." or "auch" names the same party.
// ("„die Dienstleisterin“ oder kurz „KKD“": a filler word may stand before the second name.)
void alias_definition(Document& doc, Node const& n, std::size_t from, std::string const& role) {
  // ("„Auftragnehmer“, „Telefonservice“ oder kurz „Wagner“": up to three more names, parted by commas or "oder")
  std::string_view text = n.text;
  int first = static_cast<int>(doc.definitions.size()) - 1;  // the term just defined
  for (int more = 0; more < 3; ++more) {
    auto words = text_util::words(text, from, 4);
    if (words.empty()) return;
    std::size_t at = 0;
    std::string_view const gap = text.substr(from, words[0].begin - from);
    std::string joiner = text_util::fold(words[0].text);
    if (joiner == "oder" || joiner == "bzw" || joiner == "auch") {
      at = 1;
      if (words.size() >= 3 && (text_util::fold(words[1].text) == "kurz" || text_util::fold(words[1].text) == "einfach")) at = 2;
    } else if (gap.find(',') == std::string_view::npos) {
      return;
    }
    if (at >= words.size()) return;
    // (the name must open with its quote: in „wir" oder „Rundbrief"), als … the straight quote closes)
    if (!text_util::quote_opens_before(text, words[at].begin)) return;
    // „die Praxis“: the noun after the article is the name; „die jeweilige Gesellschaft“ is a description
    if (is_article(text_util::fold(words[at].text))) {
      if (at + 1 >= words.size() || !text_util::quote_closes_at(text, words[at + 1].begin + words[at + 1].text.size())) return;
      ++at;
    }
    auto const& w = words[at];
    std::string fw = text_util::fold(w.text);
    if (names_a_thing(fw) || (!role_of_word(fw).empty() && role_of_word(fw) != role)) return;
    if (role.empty() && already_defined(doc, fw)) return;
    // "„Firma Kowalski“": a quoted name of two capitalised words is one term
    std::size_t term_end = w.begin + w.text.size();
    if (at + 1 < words.size() && !text_util::quote_closes_at(text, term_end) && words[at + 1].begin == term_end + 1 &&
        text_util::quote_closes_at(text, words[at + 1].begin + words[at + 1].text.size()) &&
        std::isupper(static_cast<unsigned char>(words[at + 1].text.front()))) {
      term_end = words[at + 1].begin + words[at + 1].text.size();
    }
    Definition d;
    d.term = std::string(text.substr(w.begin, term_end - w.begin));
    d.role = role;
    d.span = map_span(n, w.begin, term_end);
    d.alias_of = first;
    doc.definitions.push_back(std::move(d));
    from = term_end;
  }
}

// Party-block lines that define a term without "im Folgenden": a role label
// ("Kunde:", "Dienstleister:") standing above the party, or a quoted term alone
// ("– „Anbieter“ –").
void label_definitions(Document& doc, std::size_t i) {
  Node const& n = doc.nodes[i];
  for (std::size_t k = 0; k < n.pieces.size(); ++k) {
    std::size_t from = n.pieces[k].text_offset;
    std::size_t to = k + 1 < n.pieces.size() ? n.pieces[k + 1].text_offset : n.text.size();
    std::string_view line = text_util::trim(std::string_view(n.text).substr(from, to - from));
    // "– im Vertrag „die Praxis“ –": the phrase before the quotes only says where the name applies
    // ("– die Gemeinde, in dieser Vereinbarung „Verantwortliche“ genannt –": a name before it is another one)
    std::string_view lead_name;
    std::size_t lead_at = 0;
    for (std::string_view phrase : {"im Vertrag ", "in diesem Vertrag ", "in dieser Vereinbarung ", "im Folgenden ",
                                    "nachfolgend ", "nachstehend "}) {
      std::size_t at = line.find(phrase);
      if (at == std::string_view::npos) continue;
      std::string_view before = line.substr(0, at);
      if (at <= 4 && before.find_first_not_of("-\xE2\x80\x93 ") == std::string_view::npos) {
        line = line.substr(at + phrase.size());
        break;
      }
      auto named = text_util::words(before, 0, 3);
      if (at <= 40 && named.size() == 2 && is_article(text_util::fold(named[0].text)) &&
          text_util::trim(before.substr(named[1].begin + named[1].text.size())) == "," &&
          std::isupper(static_cast<unsigned char>(named[1].text.front()))) {
        lead_name = named[1].text;
        lead_at = static_cast<std::size_t>(lead_name.data() - n.text.data());
        line = line.substr(at + phrase.size());
        // ("„Verantwortliche“ genannt –")
        while (!line.empty() && (line.back() == ' ' || line.back() == '-' || static_cast<unsigned char>(line.back()) >= 0x80)) {
          if (line.ends_with("\xE2\x80\x93")) line.remove_suffix(3);
          else if (line.back() == ' ' || line.back() == '-') line.remove_suffix(1);
          else break;
        }
        for (std::string_view verb : {" genannt", " bezeichnet"}) {
          if (line.ends_with(verb)) line.remove_suffix(verb.size());
        }
        break;
      }
    }
    // ("– in dieser Vereinbarung durchgehend „Kaufhaus Brenner“ –")
    for (std::string_view adverb : {"durchgehend ", "einheitlich ", "stets ", "kurz ", "nur noch "}) {
      if (line.substr(0, adverb.size()) == adverb) line.remove_prefix(adverb.size());
    }
    // "– „Schule“ / the "School" –": a bilingual party block glosses the name; the German one counts
    if (std::size_t slash = line.find(" / "); slash != std::string_view::npos &&
                                              (line.substr(0, slash).find("\xE2\x80\x9E") != std::string_view::npos ||
                                               line.substr(0, slash).find('"') != std::string_view::npos)) {
      line = text_util::trim(line.substr(0, slash));
    }
    // "Tierschutzverein Elbaue e.V., Tierheimweg 3, … – „Verein“": a quoted name after a dash ends the line
    for (std::string_view dash : {"\xE2\x80\x93 \xE2\x80\x9E", "- \xE2\x80\x9E", "\xE2\x80\x93 \"", "- \""}) {
      std::size_t at = line.rfind(dash);
      if (at == std::string_view::npos || at == 0) continue;
      std::string_view quoted = line.substr(at + dash.size() - (dash.back() == '"' ? 1 : 3));
      if (text_util::words(quoted, 0, 3).size() == 1 && (quoted.ends_with("\xE2\x80\x9C") || quoted.ends_with("\""))) {
        line = quoted;
      }
      break;
    }
    // "– nachfolgend „Aurelia Kranken“ (Verantwortlicher, Controller) –": the name is what the quotes
    // hold; a bracket after them states the role
    std::string bracket_role;
    if (line.starts_with("\xE2\x80\x9E") || line.starts_with("\"")) {
      std::size_t open_len = line.front() == '"' ? 1 : 3;
      std::size_t close = line.find_first_of("\"\xE2", open_len);
      if (close != std::string_view::npos && line.find('(', close) != std::string_view::npos) {
        std::string_view after = line.substr(close);
        std::size_t open = after.find('('), end = after.find(')', open);
        if (end != std::string_view::npos) bracket_role = role_in(after.substr(open, end - open), 4);
        if (!bracket_role.empty()) line = line.substr(0, close + (line[close] == '"' ? 1 : 3));
      }
    }
    auto words = text_util::words(line, 0, 4);
    // "– „die Agentur“ –": the article inside the quotes belongs to the name
    bool quote_first = !words.empty() && (line.substr(0, words[0].begin).find("\xE2\x80\x9E") != std::string_view::npos ||
                                          line.substr(0, words[0].begin).find('"') != std::string_view::npos);
    if (words.size() == 2 && is_article(text_util::fold(words[0].text)) && quote_first) {
      words.erase(words.begin());
    }
    // "„Kaufhaus Brenner“": a name of two capitalised words, quoted on a line of its own
    bool two_words = words.size() == 2 && quote_first &&
                     std::all_of(words.begin(), words.end(), [](text_util::Word const& w) {
                       unsigned char c = static_cast<unsigned char>(w.text.front());
                       return (c >= 'A' && c <= 'Z') || c == 0xC3;
                     });
    if (words.size() != 1 && !two_words) continue;
    auto const& last = words.back();
    std::string_view rest = line;
    rest.remove_prefix(last.begin + last.text.size());
    std::string_view before = line.substr(0, words[0].begin);
    bool label = !two_words && text_util::trim(rest) == ":" && text_util::trim(before).empty();
    bool quoted = before.find("\xE2\x80\x9E") != std::string_view::npos || before.find('"') != std::string_view::npos;
    if (!label && !quoted) continue;
    std::string_view term = line.substr(words[0].begin, last.begin + last.text.size() - words[0].begin);
    std::string fw = text_util::fold(words[0].text);
    Definition d;
    d.term = std::string(term);
    d.role = !bracket_role.empty() ? bracket_role : two_words ? std::string() : role_of_word(fw);
    if (d.role.empty() && (label || (!two_words && names_a_thing(fw)))) continue;
    auto b = n.source_offset(from + words[0].begin);
    d.span = {b, b + static_cast<std::uint32_t>(term.size())};
    std::string role = d.role;
    doc.definitions.push_back(std::move(d));
    if (!lead_name.empty() && !role.empty() && !already_defined(doc, text_util::fold(lead_name))) {
      Definition alias;
      alias.term = std::string(lead_name);
      alias.role = role;
      alias.span = map_span(n, lead_at, lead_at + lead_name.size());
      alias.alias_of = static_cast<int>(doc.definitions.size()) - 1;
      doc.definitions.push_back(std::move(alias));
    }
  }
}

// "**Händler (Verantwortlicher / Controller):**" above a party's address, as a heading
// or a line of the party block: the word before the bracket names the party whose
// role the bracket states.
void role_label_definitions(Document& doc) {
  auto add = [&](Node const& n, std::string_view word, std::size_t at, bool heading, std::string const& role) {
    std::string folded = text_util::fold(word);
    if (folded.rfind("auftraggeber", 0) == 0 || folded.rfind("auftragnehmer", 0) == 0) return;
    bool known = already_defined(doc, folded);
    if (known) return;
    Definition d;
    d.term = std::string(word);
    d.role = role;
    d.span = heading ? Span{n.heading_span.begin + static_cast<std::uint32_t>(at),
                            n.heading_span.begin + static_cast<std::uint32_t>(at + word.size())}
                     : map_span(n, at, at + word.size());
    doc.definitions.push_back(std::move(d));
  };
  // "Sie – die Verantwortliche („Kundin“):": the pronoun and the quoted names take the role.
  auto define_speaker = [&](Node const& n, std::string_view text, std::size_t base, bool heading) {
    std::string_view t = text_util::trim(text);
    while (!t.empty() && t.back() == '*') t.remove_suffix(1);
    if (t.empty() || t.back() != ':') return false;
    auto words = text_util::words(text, 0, 12);
    if (words.empty()) return false;
    std::string first = text_util::fold(words[0].text);
    if (!party_pronoun(first)) return false;
    std::string role = role_in(text, 12);
    if (role.empty()) return false;
    add(n, words[0].text, base + static_cast<std::size_t>(words[0].text.data() - text.data()), heading, role);
    for (std::size_t q = text.find("\xE2\x80\x9E"); q != std::string_view::npos; q = text.find("\xE2\x80\x9E", q + 3)) {
      std::size_t close = text.find_first_of("\"\xE2", q + 3);
      auto quoted = text_util::words(text.substr(q + 3, close == std::string_view::npos ? 40 : close - q - 3), 0, 2);
      if (quoted.size() == 1) {
        add(n, quoted[0].text, base + static_cast<std::size_t>(quoted[0].text.data() - text.data()), heading, role);
      }
    }
    return true;
  };
  // "- AG: Kita-Verbund Sonnenkinder e.V., …", "**AN:** Byteschmiede GmbH": the usual abbreviations
  // as labels of the party lines
  auto define_abbreviation = [&](Node const& n, std::string_view text, std::size_t base, bool heading) {
    std::size_t lead = text.find_first_not_of(" -*");
    if (lead == std::string_view::npos || text.size() <= lead + 4) return false;
    std::string_view label = text.substr(lead, 2);
    std::size_t colon = text.find_first_not_of('*', lead + 2);
    if ((label != "AG" && label != "AN") || colon == std::string_view::npos || text[colon] != ':') return false;
    add(n, label, base + lead, heading, label == "AG" ? "controller" : "processor");
    return true;
  };
  auto define = [&](Node const& n, std::string_view text, std::size_t base, bool heading) {
    if (define_speaker(n, text, base, heading) || define_abbreviation(n, text, base, heading)) return;
    std::size_t open = text.find('(');
    std::size_t close = text.find(')', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos || open > 40) return;
    auto words = text_util::words(text.substr(0, open), 0, 3);
    std::string_view after = text_util::trim(text.substr(close + 1));
    while (!after.empty() && after.front() == '*') after.remove_prefix(1);
    if (words.size() != 1 || (!after.empty() && after.front() != ':')) return;
    // "**Auftragsverarbeiter („wir“, „uns“):**": the role stands before, the quoted names inside
    if (std::string label_role = role_of_word(text_util::fold(words[0].text)); !label_role.empty()) {
      std::string_view inside = text.substr(open, close - open);
      for (std::size_t q = inside.find("\xE2\x80\x9E"); q != std::string_view::npos; q = inside.find("\xE2\x80\x9E", q + 3)) {
        std::string_view rest = inside.substr(q + 3);
        auto quoted = text_util::words(rest.substr(0, std::min<std::size_t>(rest.find_first_of("\"\xE2"), 40)), 0, 3);
        // ("**Verantwortliche („die Kanzlei“):**": the article inside the quotes belongs to no name)
        if (quoted.size() == 2 && is_article(text_util::fold(quoted[0].text))) quoted.erase(quoted.begin());
        if (quoted.size() != 1) continue;  // one quoted word up to the closing quote
        std::size_t at = base + static_cast<std::size_t>(quoted[0].text.data() - text.data());
        add(n, quoted[0].text, at, heading, label_role);
      }
      // "Auftraggeber (AG): Kern Immobilien GmbH", "**Auftraggeber (AG, Verantwortlicher):**": the
      // abbreviation opening the brackets takes the role
      std::string_view bracketed = text.substr(open + 1, close - open - 1);
      auto inner = text_util::words(bracketed, 0, 2);
      std::size_t after = inner.empty() ? 0 : static_cast<std::size_t>(inner[0].text.data() - bracketed.data()) + inner[0].text.size();
      bool alone = inner.size() == 1 || (after < bracketed.size() && bracketed[after] == ',');
      bool abbreviation = alone && inner[0].text.size() <= 6 && inner[0].text.size() >= 2 &&
                          std::all_of(inner[0].text.begin(), inner[0].text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      // "Verantwortlicher (Kunde): Fahrschule Grünwald GmbH, …": a single capitalised name in the brackets
      bool plain_name = inner.size() == 1 && inner[0].text.size() >= 3 && inner[0].text.front() >= 'A' &&
                        inner[0].text.front() <= 'Z' && text_util::trim(bracketed).size() == inner[0].text.size() &&
                        (role_of_word(text_util::fold(inner[0].text)).empty() ||
                         role_of_word(text_util::fold(inner[0].text)) == label_role);
      if (abbreviation || plain_name) {
        add(n, inner[0].text, base + static_cast<std::size_t>(inner[0].text.data() - text.data()), heading, label_role);
      }
    }
    std::string role = role_in(text.substr(open, close - open), 8);
    std::string folded = text_util::fold(words[0].text);
    if (role.empty() || folded.rfind("auftraggeber", 0) == 0 || folded.rfind("auftragnehmer", 0) == 0) return;
    bool known = already_defined(doc, folded);
    if (known) return;
    Definition d;
    d.term = std::string(words[0].text);
    d.role = role;
    std::size_t at = base + static_cast<std::size_t>(words[0].text.data() - text.data());
    d.span = heading ? Span{n.heading_span.begin + static_cast<std::uint32_t>(at),
                            n.heading_span.begin + static_cast<std::uint32_t>(at + words[0].text.size())}
                     : map_span(n, at, at + words[0].text.size());
    doc.definitions.push_back(std::move(d));
  };
  bool first_section = true, party_section = false;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    if (n.kind == NodeKind::section || n.kind == NodeKind::annex) {
      // "Teil 1 – Vertragspartner" above "AG:  Autohaus Sieberts …": a numbered first section that
      // holds the party lines, read for their abbreviations only
      std::string heading = text_util::fold(n.heading);
      party_section = n.kind == NodeKind::section && first_section && n.parent == 0 &&
                      (heading.find("vertragspartner") != std::string::npos || heading.find("parteien") != std::string::npos);
      first_section = false;
      if (party_section) continue;
      return;  // the party block is over
    }

    if (n.kind == NodeKind::subheading) {
      define(n, n.heading, 0, true);
      continue;
    }
    for (std::size_t k = 0; k < n.pieces.size(); ++k) {  // each line of a party paragraph
      std::size_t from = n.pieces[k].text_offset;
      std::size_t to = k + 1 < n.pieces.size() ? n.pieces[k + 1].text_offset : n.text.size();
      std::string_view line = std::string_view(n.text).substr(from, to - from);
      if (party_section) {
        define_abbreviation(n, line, from, false);
      } else {
        define(n, line, from, false);
      }
    }
  }
}

// Glosses that give a quoted word a party's role: "In den folgenden Absätzen bedeutet
// „ich“ den Auftragnehmer und „das Büro“ die Auftraggeberin", "„wir“ (der Anbieter)",
// "„Praxis“ bezeichnet die Auftraggeberin". The role word must follow the closing quote
// with at most an article and a gloss verb between; quoted role words and things
// ("„Daten“ die der Auftraggeber …") define nothing.
// "Ich, die Auftragnehmerin, …", "Wir, der Anbieter, …": the role a speaking party names for itself.
std::string self_described_role(std::string_view text, std::string const& pronoun) {
  auto words = text_util::words(text, 0, 400);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (text_util::fold(words[k].text) != pronoun) continue;
    for (std::size_t j = k + 1; j < words.size() && j <= k + 3; ++j) {
      if (auto r = role_of_word(text_util::fold(words[j].text)); !r.empty()) return r;
    }
  }
  return {};
}

// The role a copula gives right after `at` ("… sind Ihr Auftragsverarbeiter"), within the clause.
std::string role_after_copula(std::string_view text, std::size_t at) {
  auto words = text_util::words(text, at, 10);
  bool copula = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::size_t from = k == 0 ? at : words[k - 1].begin + words[k - 1].text.size();
    if (text.substr(from, words[k].begin - from).find_first_of(".;,") != std::string_view::npos) break;
    std::string fw = text_util::fold(words[k].text);
    if (fw == "ist" || fw == "sind" || fw == "bin" || fw == "bist" || fw == "seid" || fw == "bleibt" || fw == "bleiben") {
      copula = true;
      continue;
    }
    if (!copula || role_filler(fw)) continue;
    return role_of_word(fw);
  }
  return {};
}

// "„wir“, „uns“ und „unser“ bezeichnen die Terminfuchs GmbH als Auftragsverarbeiter": the
// role a quoted pronoun's own sentence gives with "als", read from `at` to the sentence end.
std::string role_given_with_als(std::string_view text, std::size_t at) {
  // (a party's full name may run long and hold abbreviations: "vertreten durch … StB Dipl.-Kfm. Arne
  // Behrens, als Verantwortliche gemeint"; a full stop after a short word ends nothing)
  auto words = text_util::words(text, at, 40);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::size_t from = k == 0 ? at : words[k - 1].begin + words[k - 1].text.size();
    std::string_view gap = text.substr(from, words[k].begin - from);
    if (gap.find(';') != std::string_view::npos) break;
    if (gap.find('.') != std::string_view::npos && (k == 0 || words[k - 1].text.size() >= 5)) break;
    if (text_util::fold(words[k].text) != "als") continue;
    std::size_t j = k + 1;
    if (j + 1 < words.size() && is_article(text_util::fold(words[j].text))) ++j;
    return role_of_word(text_util::fold(words[j].text));
  }
  return {};
}

void gloss_definitions(Document& doc, std::size_t i, bool party_block) {
  static constexpr std::string_view kOpen[] = {"\xE2\x80\x9E", "\xE2\x80\x9C", "\""};
  static constexpr std::string_view kClose[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\""};
  Node const& n = doc.nodes[i];
  std::string_view text = n.text;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t open = std::string_view::npos, open_len = 0;
    for (auto q : kOpen) {
      auto f = text.find(q, at);
      if (f < open) open = f, open_len = q.size();
    }
    if (open == std::string_view::npos) return;
    std::size_t inner = open + open_len, close = std::string_view::npos, close_len = 0;
    for (auto q : kClose) {
      auto f = text.find(q, inner);
      if (f < close) close = f, close_len = q.size();
    }
    if (close == std::string_view::npos) return;
    if (close - inner > 40) {  // a quoted passage, not a term: look for terms inside it
      at = inner;
      continue;
    }
    at = close + close_len;
    auto quoted = text_util::words(text.substr(inner, close - inner), 0, 3);
    if (quoted.empty() || quoted.size() > 2) continue;
    auto const& term = quoted.back();  // "das Büro" -> "Büro"
    std::string role;
    bool apposition = false;
    std::string skipped;  // the last word passed over
    // inside a bracket of names ("(„Sie“, „Kunde“ – Verantwortlicher)") the names go together
    std::size_t paren = text.substr(0, open).rfind('(');
    bool in_bracket = paren != std::string_view::npos && text.substr(paren, open - paren).find(')') == std::string_view::npos;
    for (auto const& w : text_util::words(text, at, 3)) {
      if (text.substr(at, w.begin - at).find_first_of(".;") != std::string_view::npos) break;  // next sentence
      // ("„Betroffener“, „Verantwortlicher“ und …": the next quoted term is no gloss of this one)
      if (!in_bracket && text_util::quote_opens_before(text, w.begin)) break;
      std::string fw = text_util::fold(w.text);
      if (fw == "zugleich" || fw == "als") apposition = true;  // "„Plattform“, zugleich Auftragsverarbeiter"
      if (fw == "der" || fw == "die" || fw == "den" || fw == "dem" || fw == "des" || fw == "das" || fw == "bedeutet" ||
          fw == "bezeichnet" || fw == "meint" || fw == "ist" || fw == "zugleich" || fw == "als" || fw == "und") {
        skipped = fw;
        continue;
      }
      // ("die Plattform „Tulpenveld Commerce“ des Verarbeiters": whose it is, not what it is)
      if (skipped != "des") role = role_of_word(fw);
      break;
    }
    // "Verantwortlicher … („Schulträger“)" in a party block laid out as a table: a lone
    // term in brackets takes the role named last before it.
    // "(„Fahrschule“ oder „Sie“)": the same, with an alias.
    auto next = text_util::words(text, at, 1);
    bool alias_follows = !next.empty() && (text_util::fold(next[0].text) == "oder" || text_util::fold(next[0].text) == "bzw");
    // "– in dieser Vereinbarung kurz „Nordlicht“ genannt –": the same, named by a verb.
    std::string next_word = next.empty() ? std::string() : text_util::fold(next[0].text);
    bool named = next_word == "genannt" || next_word == "bezeichnet" || next_word == "angesprochen";
    // "– in dieser Vereinbarung "wir" –": a quoted pronoun in the party block names that party
    std::string quoted_word = text_util::fold(quoted.back().text);
    named = named || party_pronoun(quoted_word);
    bool bracketed = quoted.size() == 1 && ((open > 0 && text[open - 1] == '(' && (text.substr(at, 1) == ")" || alias_follows)) ||
                                            (named && party_block));
    // '"wir" (Briefwind) sind Ihr Auftragsverarbeiter': a pronoun's own copula names its role
    if (role.empty() && party_pronoun(quoted_word)) role = role_after_copula(text, at);
    // ("„Sie“ und „Ihr“ bezeichnen den oben genannten Kunden als Verantwortlichen": the pronoun's own
    // sentence, before the role word nearest in the party block)
    if (role.empty() && party_pronoun(quoted_word)) role = role_given_with_als(text, at);
    if (role.empty() && bracketed && party_block) role = role_from_context(doc, static_cast<int>(i), open);
    // "Ich, die Auftragnehmerin, bin Einzelunternehmerin; „ich“ bezeichnet im Folgenden mich": the
    // pronoun's role is the one its speaker gives herself
    if (role.empty() && (quoted_word == "ich" || quoted_word == "wir")) role = self_described_role(text, quoted_word);
    // "– "Jobhafen" oder "Verantwortlicher" –": the alias is the role.
    if (role.empty() && alias_follows && party_block) {
      auto alias = text_util::words(text, at, 2);
      if (alias.size() == 2) role = role_of_word(text_util::fold(alias[1].text));
      bracketed = bracketed || !role.empty();
    }
    std::string folded = text_util::fold(term.text);
    // ("„wir“ und „uns“ meint die Funkelbyte UG": the other forms of a pronoun name no party of their own)
    static constexpr std::string_view kPronounForms[] = {"uns", "unser", "unsere", "dein", "deine", "dich", "dir", "euch",
                                                         "euer", "eure", "mich", "mir", "mein", "meine", "ihnen"};
    if (std::find(std::begin(kPronounForms), std::end(kPronounForms), folded) != std::end(kPronounForms) &&
        quoted.size() == 1) {
      continue;
    }
    // A party block's quoted name that is itself a role word the lexicon does not know
    // ("„Kundengesellschaft“") names that party; "„Auftraggeber“" needs no definition.
    std::string own_role = role_of_word(folded);
    // ("„Kunde“", "„Anbieter“" are defined all the same: with an alias such as „Provider“ beside
    // them, the lexicon's default reading of those words would otherwise be switched off.)
    bool lexicon_word = folded.rfind("auftraggeber", 0) == 0 || folded.rfind("auftragnehmer", 0) == 0 ||
                        folded.rfind("verantwortlich", 0) == 0 || folded.rfind("auftragsverarbeiter", 0) == 0;
    if (!own_role.empty()) {
      if (!party_block || lexicon_word || (!role.empty() && role != own_role)) continue;
      role = own_role;
    }
    // "„Brenninger“ bezeichnet die Autohaus Brenninger GmbH & Co. KG, …": a definitions
    // clause naming a company defines a party whose role a later sentence states.
    bool names_party = false;
    if (role.empty()) {
      auto gloss = text_util::words(text, at, 2);
      std::size_t stop = text.find_first_of(".;", at);
      std::string verb = gloss.empty() ? std::string() : text_util::fold(gloss[0].text);
      names_party = (verb == "bezeichnet" || verb == "ist" || verb == "meint" || verb == "bedeutet") &&
                    names_company(text.substr(at, stop == std::string_view::npos ? std::string_view::npos : stop - at));
    }
    // A bracketed name in the party block whose role nothing states yet is kept
    // without one: a role statement or infer_roles() decides it later.
    // "Wir nennen sie in diesem Dokument kurz „Kornblum“": a name the text gives a party in so many
    // words, its role stated later ("Kornblum ist die Verantwortliche")
    bool introduced = false;
    {
      auto lead = text_util::words(text.substr(0, open), 0, 400);
      for (std::size_t k = lead.size() > 4 ? lead.size() - 4 : 0; k < lead.size(); ++k) {
        std::string f = text_util::fold(lead[k].text);
        introduced = introduced || f == "kurz" || f == "nennen" || f == "nennt" || f == "bezeichnen" || f == "heisst" ||
                     f == "heissen";
      }
      unsigned char c = static_cast<unsigned char>(term.text.front());
      introduced = introduced && quoted.size() == 1 && ((c >= 'A' && c <= 'Z') || c == 0xC3);
    }
    if (role.empty() && !(bracketed && party_block) && !names_party && !introduced) continue;
    bool known = already_defined(doc, folded);
    // ("Auftragsverarbeiterin:" over the company, then „Plattform“: a label over the paragraph makes
    // even a word for a thing the party's name)
    bool labelled = party_block && !role_in(label_line(n), 4).empty();
    if (known || (names_a_thing(folded) && !apposition && !labelled)) continue;
    Definition d;
    d.term = std::string(term.text);
    d.role = role;
    d.span = map_span(n, inner + term.begin, inner + term.begin + term.text.size());
    doc.definitions.push_back(std::move(d));
    if (alias_follows) alias_definition(doc, n, at, role);
  }
}

// "Sie sind dabei Verantwortlicher, wir sind Auftragsverarbeiter." in the front matter of
// a contract written as a letter: unquoted pronouns that a sentence gives a party's role.
// (Not "Sie sind Unterauftragsverarbeiter": that "sie" speaks of others.)
void pronoun_role_definitions(Document& doc, std::size_t i) {
  Node const& n = doc.nodes[i];
  std::string_view text = n.text;
  auto words = text_util::words(text, 0, 400);
  for (std::size_t w = 0; w + 2 < words.size(); ++w) {
    std::string pronoun = text_util::fold(words[w].text);
    if (!party_pronoun(pronoun) || already_defined(doc, pronoun)) continue;
    if (pronoun == "sie" && words[w].text.front() != 'S') continue;  // "…, sie sind …": others
    std::size_t gap_from = w == 0 ? 0 : words[w - 1].begin + words[w - 1].text.size();
    bool clause_start = w == 0 || text.substr(gap_from, words[w].begin - gap_from).find_first_of(".:;,") !=
                                      std::string_view::npos;
    std::string copula = text_util::fold(words[w + 1].text);
    if (!clause_start || !(copula == "sind" || copula == "bin" || copula == "bist" || copula == "seid")) continue;
    std::string role;
    for (std::size_t j = w + 2; j < words.size() && j < w + 6; ++j) {
      std::size_t from = words[j - 1].begin + words[j - 1].text.size();
      if (text.substr(from, words[j].begin - from).find_first_of(".;,(") != std::string_view::npos) break;
      std::string fw = text_util::fold(words[j].text);
      if (role_filler(fw)) continue;
      if (fw.rfind("unter", 0) != 0 && fw.rfind("sub", 0) != 0 && fw.rfind("weiter", 0) != 0) role = role_of_word(fw);
      break;
    }
    if (role.empty()) continue;
    Definition d;
    d.term = pronoun == "sie" ? "Sie" : pronoun;
    d.role = role;
    d.span = map_span(n, words[w].begin, words[w].begin + words[w].text.size());
    doc.definitions.push_back(std::move(d));
  }
}

// "(„Klickwerk“, „wir“, „uns“)" or "("Sie", "Kunde")" under a party in the party block: a
// bracket holding nothing but quoted names gives that party all of them; a role word among
// them ("Kunde") is the party's role.
void bracketed_name_list(Document& doc, std::size_t i) {
  Node const& n = doc.nodes[i];
  std::string_view text = n.text;
  for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 120) return;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    std::vector<std::pair<std::size_t, std::string_view>> names;  // offset in text, name
    std::size_t at = 0;
    bool only_names = true;
    while (at < inside.size() && only_names) {
      std::size_t q = inside.find_first_of("\"\xE2", at);
      std::string_view gap = text_util::trim(inside.substr(at, q == std::string_view::npos ? std::string_view::npos : q - at));
      if (!(gap.empty() || gap == "," || gap == "und" || gap == "oder" || gap == "bzw.")) only_names = false;
      if (q == std::string_view::npos || !only_names) break;
      std::size_t len = inside[q] == '"' ? 1 : 3;
      if (len == 3 && inside.substr(q, 3) != "\xE2\x80\x9E" && inside.substr(q, 3) != "\xE2\x80\x9C") {
        only_names = false;
        break;
      }
      std::size_t end = inside.find_first_of("\"\xE2", q + len);
      if (end == std::string_view::npos) {
        only_names = false;
        break;
      }
      std::string_view name = inside.substr(q + len, end - q - len);
      if (name.empty() || name.find(' ') != std::string_view::npos) only_names = false;
      names.emplace_back(open + 1 + q + len, name);
      at = end + (inside[end] == '"' ? 1 : 3);
    }
    if (!only_names || names.size() < 2) continue;
    std::string role;
    for (auto const& [pos, name] : names) {
      if (role.empty()) role = role_of_word(text_util::fold(name));
    }
    int first = -1;
    for (auto const& [pos, name] : names) {
      std::string fw = text_util::fold(name);
      if (already_defined(doc, fw)) continue;
      Definition d;
      d.term = std::string(name);
      d.role = role;
      d.span = map_span(n, pos, pos + name.size());
      d.alias_of = first;
      if (first < 0) first = static_cast<int>(doc.definitions.size());
      doc.definitions.push_back(std::move(d));
    }
  }
}

// "**Auftraggeber (Verantwortlicher):** Weingut Sommerhalde e.K., …" and later "das Weingut",
// "die Pixelfabrik": a party block that labels a company with its role but defines no short
// name; the company name's first word, used with an article in the text, names the party.
// A company or an address follows a party label ("Weingut Sommerhalde e.K., … 67146 Deidesheim").
bool names_party_entry(std::string_view entry) {
  bool postcode = false;
  for (auto const& w : text_util::words(entry, 0, 30)) {
    postcode = postcode || (w.text.size() == 5 && std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= '0' && c <= '9'; }));
  }
  return names_company(entry) || postcode;
}

// The word stands after an article at least twice in the contract ("das Weingut", "den Salon"):
// the text uses it as a name for a party.
bool used_with_article(Document const& doc, std::string_view word) {
  int uses = 0;
  std::string_view src = doc.source.text;
  for (std::size_t at = src.find(word); at != std::string_view::npos && uses < 2; at = src.find(word, at + 1)) {
    std::size_t word_start = at >= 5 ? src.find_last_of(" \n\t", at - 2) : std::string_view::npos;
    if (word_start == std::string_view::npos || at < 2 || src[at - 1] != ' ') continue;
    std::string article = text_util::fold(src.substr(word_start + 1, at - 1 - word_start - 1));
    if (is_article(article)) ++uses;
  }
  return uses >= 2;
}

void company_short_names(Document& doc, std::size_t i) {
  Node const& n = doc.nodes[i];
  std::string_view text = n.text;
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 60) return;
  std::string role = role_in(text.substr(0, colon), 4);
  auto name = text_util::words(text, colon + 1, 1);
  std::string_view entry = text.substr(colon + 1, 160);
  if (role.empty() || name.empty() || name[0].text.size() < 4 || !names_party_entry(entry)) return;
  std::string fw = text_util::fold(name[0].text);
  unsigned char first = static_cast<unsigned char>(name[0].text.front());
  if (!(first >= 'A' && first <= 'Z') || !role_of_word(fw).empty() || already_defined(doc, fw) || names_a_thing(fw)) return;
  if (!used_with_article(doc, name[0].text)) return;
  Definition d;
  d.term = std::string(name[0].text);
  d.role = role;
  d.span = map_span(n, name[0].begin, name[0].begin + name[0].text.size());
  doc.definitions.push_back(std::move(d));
}

// "**Salon:** Salon Haarwerk, Inhaberin …, 40211 Düsseldorf": a one-word label in front of a
// party's company or address names that party when the text goes on to use it with an article
// ("der Salon"). Its role comes from the word itself or, later, from a role statement ("Der
// Salon ist Verantwortlicher") or from the other party's role.
void party_label_names(Document& doc, std::size_t i) {
  Node const& n = doc.nodes[i];
  std::string_view text = n.text;
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 40) return;
  auto label = text_util::words(text.substr(0, colon), 0, 3);
  if (label.size() != 1 || text_util::trim(text.substr(0, label[0].begin)).find_first_not_of('*') != std::string_view::npos) return;
  std::string fw = text_util::fold(label[0].text);
  // the fields of an address block are no party names
  static constexpr std::string_view kFields[] = {"anschrift", "adresse", "sitz", "telefon", "tel", "fax", "e-mail", "email",
                                                 "kontakt", "ansprechpartner", "ansprechpartnerin", "vertreten", "vertreter",
                                                 "vertreterin", "datum", "ort", "firma", "name", "unternehmen", "inhaber",
                                                 "inhaberin", "geschaftsfuhrer", "geschaftsfuhrerin", "registergericht",
                                                 "handelsregister", "web", "website", "internet", "bank", "iban",
                                                 "datenschutzbeauftragter", "datenschutzbeauftragte", "vertragspartner",
                                                 "vertragsparteien", "parteien", "zwischen"};
  if (std::find(std::begin(kFields), std::end(kFields), fw) != std::end(kFields)) return;
  unsigned char first = static_cast<unsigned char>(label[0].text.front());
  // ("Du:" above the studio's address: a pronoun takes no article)
  bool pronoun = party_pronoun(fw);
  if ((label[0].text.size() < 3 && !pronoun) || !((first >= 'A' && first <= 'Z') || first >= 0xC3) ||
      already_defined(doc, fw) || names_a_thing(fw) || !names_party_entry(text.substr(colon + 1, 160)) ||
      (!pronoun && !used_with_article(doc, label[0].text))) {
    return;
  }
  Definition d;
  d.term = fw == "sie" ? "Sie" : pronoun ? fw : std::string(label[0].text);
  d.role = role_of_word(fw);
  d.span = map_span(n, label[0].begin, label[0].begin + label[0].text.size());
  doc.definitions.push_back(std::move(d));
}

// Inside a clause headed "Begriffsbestimmungen", "Definitionen" or "Begriffe".
bool under_definitions_heading(Document const& doc, std::size_t i) {
  for (int n = doc.nodes[i].parent; n > 0; n = doc.nodes[static_cast<std::size_t>(n)].parent) {
    std::string h = text_util::fold(doc.nodes[static_cast<std::size_t>(n)].heading);
    if (h.find("begriff") != std::string::npos || h.find("definition") != std::string::npos) return true;
  }
  return false;
}

// A party table ("| Verantwortlicher (im Folgenden „Landkreis“) | Landkreis Ostermoor … |"):
// a quoted term after a marker in a cell names the party whose role the cell or the
// row's first cell states.
void table_definitions(Document& doc, Node const& table) {
  for (auto const& row : table.rows) {
    // "| **Praxis (Verantwortliche)** | Lea Wunderlich, … |": a short name with its role in brackets
    if (!row.cells.empty()) {
      std::string_view label = text_util::trim(row.cells[0]);
      while (label.size() > 4 && label.substr(0, 2) == "**" && label.substr(label.size() - 2) == "**") {
        label = text_util::trim(label.substr(2, label.size() - 4));
      }
      auto words = text_util::words(label, 0, 3);
      std::size_t open = label.find(" (");
      if (words.size() == 2 && open != std::string_view::npos && label.back() == ')' && open == words[0].text.size()) {
        std::string fw = text_util::fold(words[0].text);
        std::string role = role_of_word(text_util::fold(words[1].text));
        if (!role.empty() && role_of_word(fw).empty() && !names_a_thing(fw) && !already_defined(doc, fw)) {
          Definition d;
          d.term = std::string(words[0].text);
          d.role = role;
          auto b = row.cell_spans[0].begin + static_cast<std::uint32_t>(words[0].text.data() - row.cells[0].data());
          d.span = {b, b + static_cast<std::uint32_t>(words[0].text.size())};
          doc.definitions.push_back(std::move(d));
          continue;
        }
      }
    }
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      std::string_view cell = row.cells[c];
      // Where the name's quote is looked for: after a marker, or anywhere in a cell holding
      // nothing but a quoted name ("| Verantwortlicher | der „Verein“ | 1. FC … |").
      auto lower = text_util::fold_mapped(cell);
      std::size_t pos = std::string_view::npos;
      for (char const* marker : kMarkers) {
        std::size_t at = lower.text.find(marker);
        if (at != std::string::npos && pos == std::string_view::npos) {
          pos = lower.origin[at + std::char_traits<char>::length(marker)];
        }
      }
      bool bare_name = text_util::words(cell, 0, 3).size() <= 2 &&
                       (cell.find("\xE2\x80\x9E") != std::string_view::npos || cell.find('"') != std::string_view::npos);
      if (pos == std::string_view::npos && bare_name) pos = 0;
      if (pos == std::string_view::npos) continue;
      std::size_t open = cell.find("\xE2\x80\x9E", pos);
      if (open == std::string_view::npos) open = cell.find('"', pos);
      if (open == std::string_view::npos) continue;
      auto words = text_util::words(cell, open, 1);
      if (words.empty() || words[0].begin > open + 3) continue;
      std::string fw = text_util::fold(words[0].text);
      // (a name alone in a role table's cell is a party even when it sounds like a thing: „Plattform“)
      if (already_defined(doc, fw) || (names_a_thing(fw) && !bare_name)) continue;
      // the role: the term itself, a role word before it in the cell, or the row's label
      std::string role = role_of_word(fw);
      for (auto const& w : text_util::words(cell.substr(0, open), 0, 12)) {
        if (role.empty()) role = role_of_word(text_util::fold(w.text));
      }
      for (std::size_t other = 0; other < row.cells.size() && role.empty(); ++other) {
        if (other != c && text_util::words(row.cells[other], 0, 4).size() <= 3) {
          role = role_before(row.cells[other], row.cells[other].size());
        }
      }
      // ("| | Verantwortliche | Auftragsverarbeiterin |" over "| Kurzbezeichnung | „Rheinblick“ | „Callwerk“ |":
      // the column's header names the role)
      if (role.empty() && !table.rows.empty() && table.rows.front().header && c < table.rows.front().cells.size()) {
        role = role_in(table.rows.front().cells[c], 4);
      }
      if (role.empty()) continue;
      Definition d;
      d.term = std::string(words[0].text);
      d.role = role;
      auto b = row.cell_spans[c].begin + static_cast<std::uint32_t>(words[0].begin);
      d.span = {b, b + static_cast<std::uint32_t>(words[0].text.size())};
      doc.definitions.push_back(std::move(d));
    }
  }
}

void extract_definitions(Document& doc) {
  static char const* const kSkip[] = {"als", "kurz", "auch", "der", "die", "das", "referred", "to", "as", "the",
                                      "genannt", "bezeichnet", "einzeln", "jeweils", "gemeinsam", "zusammen",
                                      "wird", "werden", "ist", "sind", "gilt", "gelten"};
  // "Teil C – Vereinbarung über die Auftragsverarbeitung" above the parties: what comes
  // before the first numbered clause of a part is still the party block.
  std::size_t first_clause = doc.nodes.size();
  for (std::size_t i = 1; i < doc.nodes.size() && first_clause == doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    // "(1) Jobhafen GmbH, Großer Burstah 31, …": parties listed as numbered paragraphs
    // ("1. Gemeinschaftspraxis Dr. med. Anna Berger … („Praxis“)": a practice without a legal form, its short
    // name in brackets at the end)
    bool party_entry = n.kind == NodeKind::clause && n.text.size() < 400 &&
                       (names_company(n.text) || text_util::ends_with_bracketed_name(n.text));
    // ("1. Gemeinschaftspraxis Dr. med. …" read as a section title, the address and „Praxis“ in the paragraph below)
    if (n.kind == NodeKind::section && !n.children.empty()) {
      Node const& first = doc.nodes[static_cast<std::size_t>(n.children.front())];
      bool entry_below = first.kind == NodeKind::paragraph && first.text.size() < 400;
      party_entry = entry_below && (text_util::ends_with_bracketed_name(first.text) ||
                                    (names_company(n.heading) && n.heading.size() < 120 && n.children.size() == 1));
    }
    if ((n.kind == NodeKind::section && !n.is_part() && !party_entry) || (n.kind == NodeKind::clause && !party_entry) ||
        n.kind == NodeKind::annex) {
      first_clause = i;
    }
  }
  // the entries of such a list of parties, and what stands under them ("– „Jobhafen“ oder „Verantwortlicher“ –")
  auto in_party_list = [&](std::size_t i) {
    if (i >= first_clause) return false;
    for (int a = doc.nodes[i].parent; a > 0; a = doc.nodes[static_cast<std::size_t>(a)].parent) {
      NodeKind k = doc.nodes[static_cast<std::size_t>(a)].kind;
      if (k == NodeKind::clause || k == NodeKind::section) return true;
    }
    return doc.nodes[i].kind == NodeKind::clause;
  };
  for (std::size_t i = 1; i < doc.nodes.size() && doc.definitions.size() < kMaxDefinitions; ++i) {
    Node const& n = doc.nodes[i];
    if (n.parent < 0) continue;
    if (n.kind == NodeKind::table && i < first_clause) table_definitions(doc, n);
    NodeKind pk = doc.nodes[static_cast<std::size_t>(n.parent)].kind;
    bool in_part = n.parent > 0 && doc.nodes[static_cast<std::size_t>(n.parent)].is_part();
    bool under_part_heading = pk == NodeKind::subheading && doc.nodes[static_cast<std::size_t>(n.parent)].parent > 0 &&
                              doc.nodes[static_cast<std::size_t>(doc.nodes[static_cast<std::size_t>(n.parent)].parent)].is_part();
    // "### Vertragsparteien" / "**Klickwerk Analytics GmbH**" read as subheadings before the first clause
    std::string const& parent_heading = doc.nodes[static_cast<std::size_t>(n.parent)].heading;
    std::string_view last_word = parent_heading;
    if (auto space = last_word.find_last_of(' '); space != std::string_view::npos) last_word.remove_prefix(space + 1);
    std::string const folded_heading = text_util::fold(parent_heading);
    bool under_party_heading = pk == NodeKind::subheading && i < first_clause &&
                               (names_company(last_word) || folded_heading.find("partei") != std::string::npos ||
                                folded_heading.find("beteiligte") != std::string::npos ||
                                folded_heading.find("vertragspartner") != std::string::npos);
    bool party_block = pk == NodeKind::parties || pk == NodeKind::preamble || under_party_heading ||
                       ((in_part || under_part_heading) && i < first_clause && n.kind == NodeKind::paragraph) ||
                       in_party_list(i);
    if (n.text.empty()) continue;
    std::size_t before = doc.definitions.size();
    auto lower = text_util::fold_mapped(n.text);  // positions map back through `origin`
    // ("Förderverein … e.V. – kurz: FV": in the party block a short name follows "kurz:")
    std::vector<char const*> markers(std::begin(kMarkers), std::end(kMarkers));
    // ("– hier „Praxis“ –", "(der „Verlag“)": these only right before a quoted name)
    static constexpr std::string_view kBeforeQuoteOnly[] = {"hier", "(der", "(die", "(das"};
    if (party_block) {
      markers.push_back("kurz:");
      for (std::string_view m : kBeforeQuoteOnly) markers.push_back(m.data());
    }
    for (char const* marker : markers) {
      bool quote_only = std::find(std::begin(kBeforeQuoteOnly), std::end(kBeforeQuoteOnly), marker) != std::end(kBeforeQuoteOnly);
      std::size_t at = 0;
      while ((at = lower.text.find(marker, at)) != std::string::npos) {
        at += std::char_traits<char>::length(marker);
        if (at < lower.text.size() && std::isalpha(static_cast<unsigned char>(lower.text[at]))) continue;  // "nachfolgenden"
        std::size_t pos = lower.origin[at];
        if (quote_only) {
          std::size_t q = n.text.find_first_not_of(' ', pos);
          if (q == std::string::npos || !text_util::quote_opens_before(n.text, n.text[q] == '"' ? q + 1 : q + 3)) continue;
        }
        // Read words after the marker; the first one that is not filler is the term.
        auto words = text_util::words(std::string_view(n.text), pos, 6);
        std::string named_role;  // "Im Folgenden werden der Verantwortliche als „Shopbetreiber“ …": the role named first
        for (auto const& w : words) {
          std::string fw = text_util::fold(w.text);
          if (std::find(std::begin(kSkip), std::end(kSkip), fw) != std::end(kSkip)) continue;
          // "soweit nachstehend nichts Abweichendes bestimmt ist": a defined term is a noun
          // or a quoted word, never a bare lower-case word.
          bool quoted_term = text_util::quote_opens_before(n.text, w.begin);
          if (!quoted_term && !role_of_word(fw).empty() && &w + 1 < words.data() + words.size() &&
              text_util::fold((&w + 1)->text) == "als") {
            named_role = role_of_word(fw);
            continue;
          }
          if (std::islower(static_cast<unsigned char>(w.text.front())) && !quoted_term) break;
          // ("Schule:" above the school's address, then "… wird nachfolgend „Schule“ genannt": defined once)
          if (already_defined(doc, fw)) break;
          // "nachfolgend „Aurelia Kranken“": a quoted name of two capitalised words is one term
          std::size_t term_end = w.begin + w.text.size();
          if (quoted_term && &w + 1 < words.data() + words.size()) {
            auto const& second = *(&w + 1);
            std::string_view tail = std::string_view(n.text).substr(second.begin + second.text.size());
            bool closes = tail.starts_with("\xE2\x80\x9C") || tail.starts_with("\"");
            bool one_space = second.begin == term_end + 1 && n.text[term_end] == ' ';
            unsigned char c = static_cast<unsigned char>(second.text.front());
            if (closes && one_space && ((c >= 'A' && c <= 'Z') || c == 0xC3)) term_end = second.begin + second.text.size();
          }
          Definition d;
          d.term = n.text.substr(w.begin, term_end - w.begin);
          d.role = party_block ? role_of_word(fw) : std::string();
          if (party_block && d.role.empty()) d.role = named_role;
          // "Der Auftraggeber wird nachfolgend auch als „Verbund“ … bezeichnet": the role stands before.
          if (party_block && d.role.empty() && !names_a_thing(fw)) d.role = role_before(n.text, pos);
          if (party_block && d.role.empty() && !names_a_thing(fw)) d.role = role_after(n.text, w.begin + w.text.size());
          if (party_block && d.role.empty() && !names_a_thing(fw)) {
            d.role = role_from_context(doc, static_cast<int>(i), pos);
          }
          d.span = map_span(n, w.begin, term_end);
          std::size_t after_term = term_end;
          doc.definitions.push_back(d);
          // "nachstehend „Verantwortlicher“ oder „Klinikum“": an alias of the same party.
          alias_definition(doc, n, after_term, d.role);
          break;
        }
      }
    }
    if (party_block && doc.definitions.size() == before) bracketed_name_list(doc, i);
    if (party_block && doc.definitions.size() == before) company_short_names(doc, i);
    if ((party_block || (n.parent == 0 && i < first_clause)) && doc.definitions.size() == before) party_label_names(doc, i);
    if (party_block && doc.definitions.size() == before) label_definitions(doc, i);
    // Glosses stand in the party block, in front matter ("Vorbemerkung: …") and in a definitions clause.
    if (party_block || n.parent == 0 || under_definitions_heading(doc, i)) gloss_definitions(doc, i, party_block);
    if (i < first_clause && (party_block || n.parent == 0)) pronoun_role_definitions(doc, i);
  }
}

// The role of a quoted role word in the party block ("(der „KUNDE“)"), if exactly one role is named so.
std::string quoted_role_in_party_block(Document const& doc) {
  std::string found;
  for (auto const& n : doc.nodes) {
    if (n.parent < 0 || doc.nodes[static_cast<std::size_t>(n.parent)].kind != NodeKind::parties) continue;
    std::string_view text = n.text;
    for (std::size_t q = text.find("\xE2\x80\x9E"); q != std::string_view::npos; q = text.find("\xE2\x80\x9E", q + 3)) {
      auto words = text_util::words(text, q + 3, 2);
      if (words.empty() || words[0].begin > q + 3) continue;
      std::string_view after = text.substr(words[0].begin + words[0].text.size(), 3);
      if (after.empty() || (after[0] != '"' && after.substr(0, 3) != "\xE2\x80\x9C")) continue;  // one quoted word
      std::string role = role_of_word(text_util::fold(words[0].text));
      if (role.empty()) continue;
      if (!found.empty() && found != role) return {};
      found = role;
    }
  }
  return found;
}

// A contract defines two parties; when only one role is recognisable from the term
// ("Praxis", "Anbieter"), the other party has the other role, and when neither is,
// German AVVs name the controller first.
void infer_roles(Document& doc) {
  std::vector<Definition*> parties;  // defined terms that may name a party (not "Hauptvertrag")
  for (auto& d : doc.definitions) {
    if (d.alias_of < 0 && !names_a_thing(doc, d)) parties.push_back(&d);
  }
  // "(der „KUNDE“) … („CASTELLAN“)": the other party goes by a word the lexicon knows
  // and needs no definition; the named one has the other role.
  if (parties.size() == 1 && parties[0]->role.empty()) {
    std::string quoted_role = quoted_role_in_party_block(doc);
    if (!quoted_role.empty()) parties[0]->role = quoted_role == "controller" ? "processor" : "controller";
    return;
  }
  if (parties.size() < 2) return;
  // „Lieferant“ (an energy supplier, here the controller) and „Dienstleister“: two parties
  // with the same role, one named by the lexicon's plain party word — the other has the other role.
  if (parties.size() == 2 && !parties[0]->role.empty() && parties[0]->role == parties[1]->role) {
    auto plain = [](Definition const* d) {
      std::string fw = text_util::fold(d->term);
      for (char const* w : {"auftraggeber", "auftragnehmer", "verantwortlich", "auftragsverarbeiter", "dienstleister", "kunde",
                            "anbieter"}) {
        if (fw.rfind(w, 0) == 0) return true;
      }
      return false;
    };
    std::string other = parties[0]->role == "controller" ? "processor" : "controller";
    if (plain(parties[1]) && !plain(parties[0])) parties[0]->role = other;
    else if (plain(parties[0]) && !plain(parties[1])) parties[1]->role = other;
  }
  bool controller = false, processor = false;
  for (auto* d : parties) {
    controller = controller || d->role == "controller";
    processor = processor || d->role == "processor";
  }
  // Terms defined outside the party block ("zwischen der Taktwerk GmbH (nachfolgend „Anbieter“)
  // und ihren Kunden (nachfolgend „Kunde“)") still name their role when they are the plain party words.
  for (auto* d : parties) {
    if (!d->role.empty()) continue;
    std::string fw = text_util::fold(d->term);
    static constexpr std::string_view kPlain[] = {"kunde", "kundin", "anbieter", "anbieterin", "dienstleister",
                                                  "dienstleisterin", "auftraggeber", "auftraggeberin", "auftragnehmer",
                                                  "auftragnehmerin", "verantwortliche", "verantwortlicher",
                                                  "auftragsverarbeiter", "auftragsverarbeiterin"};
    if (std::find(std::begin(kPlain), std::end(kPlain), fw) != std::end(kPlain)) d->role = role_of_word(fw);
    controller = controller || d->role == "controller";
    processor = processor || d->role == "processor";
  }
  if (!controller && !processor) {  // neither recognisable: German AVVs name the controller first
    parties[0]->role = "controller";
    parties[1]->role = "processor";
    return;
  }
  if (controller && processor) return;
  // One side is named ("Kundengesellschaft", "Kundengesellschaften"): the first unnamed term is the other.
  for (auto* d : parties) {
    if (d->role.empty()) {
      d->role = controller ? "processor" : "controller";
      return;
    }
  }
}

// An alias takes the role of the name it stands for; an alias of a name that stays
// without a role is dropped.
void resolve_aliases(Document& doc) {
  for (auto& d : doc.definitions) {
    if (d.alias_of >= 0 && d.role.empty()) d.role = doc.definitions[static_cast<std::size_t>(d.alias_of)].role;
  }
}

// "Die Fahrschule ist Verantwortliche im Sinne der DSGVO. Lernspur verarbeitet die Daten
// als Auftragsverarbeiter": a sentence that opens with a party's name and states its
// role after "ist", "bleibt" or "als" gives a name from the party block its role.
void role_statements(Document& doc) {
  // A party name still without a role: "Fahrschule", "ACME" (not "wird", not "Hauptvertrag").
  auto open = [&](Definition const& d) {
    return d.role.empty() && d.alias_of < 0 && !d.term.empty() &&
           (!(d.term[0] >= 'a' && d.term[0] <= 'z') || party_pronoun(text_util::fold(d.term))) &&
           !names_a_thing(doc, d);
  };
  std::unordered_map<std::string, Definition*> open_names;  // folded name -> its definition
  for (auto& d : doc.definitions) {
    if (open(d)) open_names.emplace(text_util::fold(d.term), &d);
  }
  // an alias ("„Werkbank“ oder „wir“") speaks for its party
  for (auto& d : doc.definitions) {
    if (d.alias_of < 0 || !d.role.empty()) continue;
    Definition& main = doc.definitions[static_cast<std::size_t>(d.alias_of)];
    if (open(main)) open_names.emplace(text_util::fold(d.term), &main);
  }
  auto open_name = [&](std::string const& fw) -> Definition* {
    auto it = open_names.find(fw);
    return it == open_names.end() || !it->second->role.empty() ? nullptr : it->second;
  };
  bool any_open = !open_names.empty();
  for (std::size_t i = 1; i < doc.nodes.size() && any_open; ++i) {
    std::string_view text = doc.nodes[i].text;
    auto words = text_util::words(text, 0, 400);
    std::vector<std::string> folded;  // each word folded once
    folded.reserve(words.size());
    for (auto const& word : words) folded.push_back(text_util::fold(word.text));
    for (std::size_t w = 0; w < words.size(); ++w) {
      std::size_t k = w;
      if (k + 1 < words.size() && is_article(folded[k])) ++k;
      Definition* name = open_name(folded[k]);
      std::size_t name_end = k;  // the name's last word ("Kaufhaus Brenner ist Verantwortlicher")
      if (!name && k + 1 < words.size() && (name = open_name(folded[k] + " " + folded[k + 1]))) name_end = k + 1;
      if (!name) continue;
      std::size_t gap_from = w == 0 ? 0 : words[w - 1].begin + words[w - 1].text.size();
      // ("Sie sind Verantwortlicher, wir sind Ihr Auftragsverarbeiter": a pronoun may open the second half)
      std::string_view stops = party_pronoun(folded[w]) ? ".:;," : ".:;";
      bool sentence_start = w == 0 || text.substr(gap_from, words[w].begin - gap_from).find_first_of(stops) !=
                                          std::string_view::npos;
      // "Für diese Verarbeitung sind Sie Verantwortlicher und wir Ihr Auftragsverarbeiter": the verb first
      std::string const& verb_before = w > 0 ? folded[w - 1] : folded[w];
      bool inverted = w > 0 && (verb_before == "ist" || verb_before == "sind" || verb_before == "bleibt" || verb_before == "bleiben");
      if (!sentence_start && !inverted) continue;
      std::string role;
      std::size_t role_at = 0;
      bool copula = inverted;  // "ist", "bleibt", "als": the role word may follow with fillers between
      for (std::size_t j = name_end + 1; j < words.size() && j < name_end + 12 && role.empty(); ++j) {
        std::size_t from = words[j - 1].begin + words[j - 1].text.size();
        if (text.substr(from, words[j].begin - from).find_first_of(".;,(") != std::string_view::npos) break;
        std::string const& fw = folded[j];
        if (fw == "ist" || fw == "bleibt" || fw == "als" || fw == "handelt" || fw == "fungiert" ||
            ((fw == "sind" || fw == "bin" || fw == "bist" || fw == "seid") && party_pronoun(folded[k]))) {
          copula = true;
          continue;
        }
        if (!copula || role_filler(fw)) continue;
        role = role_of_word(fw);
        role_at = j;
        if (role.empty()) copula = false;  // "ist gegenüber dem Auftragnehmer …": no role statement
      }
      if (role.empty()) continue;
      name->role = role;
      // "… und wir Ihr Auftragsverarbeiter": the other party in the same statement
      if (role_at + 3 < words.size() && folded[role_at + 1] == "und") {
        Definition* other = open_name(folded[role_at + 2]);
        for (std::size_t j = role_at + 3; other && other != name && j < words.size() && j < role_at + 6; ++j) {
          std::string const& fw = folded[j];
          if (role_filler(fw)) continue;
          if (std::string r = role_of_word(fw); !r.empty() && r != role) other->role = r;
          break;
        }
      }
      any_open = std::any_of(open_names.begin(), open_names.end(), [](auto const& o) { return o.second->role.empty(); });
    }
  }
}

// A noun naming a kind of organisation ("kanzlei", "praxis", "stiftung"), folded: only such a tail of a
// company's compound names the party ("die Beratung" in "Datenschutzberatung GmbH" does not).
bool organisation_kind(std::string_view folded) {
  static constexpr std::string_view kKinds[] = {
      "kanzlei", "praxis", "klinik", "klinikum", "apotheke", "agentur", "gemeinde", "stiftung", "schule", "bank",
      "sparkasse", "versicherung", "hausverwaltung", "genossenschaft", "hochschule", "universitat", "stadtwerke",
      "behorde", "verein", "verband", "kammer", "labor", "druckerei", "spedition", "brauerei", "backerei", "kita",
      "werkstatt", "akademie", "kanzleigruppe", "praxisgemeinschaft", "pflegedienst", "einrichtung"};
  return std::find(std::begin(kKinds), std::end(kKinds), folded) != std::end(kKinds);
}

// Where the tail of a company's compound word starts when the text names the party by it after an
// article ("Steuerberatungskanzlei" … "der Kanzlei", "Sportverein" … "der Verein"); 0 when it does not.
// The tail must be at least five letters and name a kind of organisation.
std::size_t company_tail(Document const& doc, std::string const& body, std::string_view word) {
  std::string compound = text_util::fold(word);
  if (compound.size() < 9 || compound.size() != word.size()) return 0;  // (umlauts would shift the tail)
  for (std::size_t k = 3; k + 5 <= compound.size(); ++k) {
    std::string tail = compound.substr(k);
    if (!organisation_kind(tail) || already_defined(doc, tail) || !role_of_word(tail).empty()) continue;
    for (std::string_view article : {"der ", "die ", "das ", "dem ", "den "}) {
      std::string phrase = std::string(article) + tail;
      for (std::size_t at = body.find(phrase); at != std::string::npos; at = body.find(phrase, at + 1)) {
        std::size_t after = at + phrase.size();
        if ((at == 0 || !std::isalpha(static_cast<unsigned char>(body[at - 1]))) &&
            (after == body.size() || !std::isalpha(static_cast<unsigned char>(body[after])))) {
          return k;
        }
      }
    }
  }
  return 0;
}

// Defines a company's tail as a party's name, its first letter capitalised.
void define_tail(Document& doc, std::string_view tail, std::string const& role, Span span) {
  std::string term(tail);
  term[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(term[0])));
  Definition d;
  d.term = term;
  d.role = role;
  d.span = span;
  doc.definitions.push_back(std::move(d));
}

// "Auftraggeber (Verantwortlicher):\nSteuerberatungskanzlei Dr. Helga Wendland …" and later "der Kanzlei": a
// party named in the text by the tail of the compound in its company name ("…kanzlei", "…praxis") takes
// the role of the label above that name. The tail must be at least five letters and follow an article.
void roles_from_company_tails(Document& doc) {
  std::string body;  // the folded text, made when a labelled party paragraph asks for it
  for (Node const& n : doc.nodes) {
    std::string_view label = label_line(n);
    if (!in_party_block(doc, n) || label.empty()) continue;
    std::string role = role_in(label, 4);
    if (text_util::words(label, 0, 4).size() > 3 || role.empty()) continue;
    if (body.empty()) body = text_util::fold(doc.source.text);
    std::size_t name_end = n.pieces.size() > 2 ? n.pieces[2].text_offset : n.text.size();
    for (auto const& w : text_util::words(std::string_view(n.text).substr(n.pieces[1].text_offset,
                                                                         name_end - n.pieces[1].text_offset), 0, 6)) {
      std::size_t k = company_tail(doc, body, w.text);
      if (k == 0) continue;
      auto at = static_cast<std::size_t>(w.text.data() - n.text.data()) + k;
      define_tail(doc, w.text.substr(k), role, map_span(n, at, at + w.text.size() - k));
    }
  }
}

// A party table ("| **Verantwortlicher (Auftraggeber)** | Turn- und Sportverein Eichenau e.V., … |",
// "| **Auftragsverarbeiter (Auftragnehmer)** | Vereinsheld Software GmbH, … |") whose company names the
// text then shortens: "der Verein" (the tail of the compound, as above) and "Vereinsheld" (the company's
// first word, when the text uses it alone).
void party_table_names(Document& doc) {
  std::string body;
  for (Node const& table : doc.nodes) {
    if (table.kind != NodeKind::table) continue;
    std::vector<std::pair<std::size_t, std::string>> party_rows;  // row, role
    bool controller = false, processor = false;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      auto const& row = table.rows[r];
      if (row.cells.size() < 2 || text_util::words(row.cells[0], 0, 6).size() > 5 || !names_company(row.cells[1])) continue;
      std::string role = role_in(row.cells[0], 4);
      if (role.empty()) continue;
      controller = controller || role == "controller";
      processor = processor || role == "processor";
      party_rows.emplace_back(r, role);
    }
    if (!controller || !processor) continue;
    if (body.empty()) body = text_util::fold(doc.source.text);
    for (auto const& [r, role] : party_rows) {
      std::string_view company = table.rows[r].cells[1];
      company = company.substr(0, std::min(company.find(','), company.size()));
      auto words = text_util::words(company, 0, 6);
      auto span_of = [&](std::string_view part) {
        auto b = table.rows[r].cell_spans[1].begin + static_cast<std::uint32_t>(part.data() - table.rows[r].cells[1].data());
        return Span{b, b + static_cast<std::uint32_t>(part.size())};
      };
      for (auto const& w : words) {
        if (std::size_t k = company_tail(doc, body, w.text); k != 0) define_tail(doc, w.text.substr(k), role, span_of(w.text.substr(k)));
      }
      // the company's first word, used alone in the text ("Vereinsheld stellt dem Verein … bereit")
      if (words.size() < 2) continue;
      std::string first = text_util::fold(words[0].text);
      if (first.size() < 4 || !std::isupper(static_cast<unsigned char>(words[0].text.front())) || already_defined(doc, first) ||
          !role_of_word(first).empty() || names_a_thing(first)) {
        continue;
      }
      int uses = 0;
      for (std::size_t at = body.find(first); at != std::string::npos && uses < 3; at = body.find(first, at + 1)) {
        std::size_t after = at + first.size();
        bool alone = (at == 0 || !std::isalpha(static_cast<unsigned char>(body[at - 1]))) &&
                     (after == body.size() || !std::isalpha(static_cast<unsigned char>(body[after])));
        if (alone) ++uses;
      }
      if (uses < 3) continue;  // (the table's own cell, and at least two uses in the text)
      Definition d;
      d.term = std::string(words[0].text);
      d.role = role;
      d.span = span_of(words[0].text);
      doc.definitions.push_back(std::move(d));
    }
  }
}

// "- Praxis (Verantwortliche) -", "– Labor (Auftragsverarbeiter) –": a line of the party block framed by
// dashes names the party's short name and, in brackets, its role.
void dashed_party_names(Document& doc) {
  auto dash = [](std::string_view& t, bool front) {
    std::string_view const marks[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (std::string_view m : marks) {
      if (front ? t.starts_with(m) : t.ends_with(m)) {
        front ? t.remove_prefix(m.size()) : t.remove_suffix(m.size());
        t = text_util::trim(t);
        return true;
      }
    }
    return false;
  };
  for (Node const& n : doc.nodes) {
    if (!in_party_block(doc, n)) continue;
    for (std::size_t p = 0; p < n.pieces.size(); ++p) {
      std::size_t begin = n.pieces[p].text_offset;
      std::size_t end = p + 1 < n.pieces.size() ? n.pieces[p + 1].text_offset : n.text.size();
      std::string_view line = text_util::trim(std::string_view(n.text).substr(begin, end - begin));
      dash(line, true);  // (a leading "- " may have been read as a list mark already)
      if (!dash(line, false) || line.empty() || line.back() != ')') continue;
      std::size_t open = line.find('(');
      if (open == std::string_view::npos || open == 0) continue;
      std::string_view name = text_util::trim(line.substr(0, open));
      std::string_view inside = line.substr(open + 1, line.size() - open - 2);
      auto name_words = text_util::words(name, 0, 3);
      auto role_words = text_util::words(inside, 0, 3);
      if (name_words.size() != 1 || role_words.empty() || role_words.size() > 2) continue;
      std::string role = role_in(inside, 2);
      std::string folded = text_util::fold(name_words[0].text);
      if (role.empty() || already_defined(doc, folded) || !role_of_word(folded).empty()) continue;
      Definition d;
      d.term = std::string(name_words[0].text);
      d.role = role;
      auto at = static_cast<std::size_t>(name_words[0].text.data() - n.text.data());
      d.span = map_span(n, at, at + name_words[0].text.size());
      doc.definitions.push_back(std::move(d));
    }
  }
}

// "Verantwortlicher:" on the first line of a party paragraph, the company below it, then „Kanzlei“:
// the label gives the paragraph's quoted name its role.
void roles_from_paragraph_labels(Document& doc) {
  for (auto& d : doc.definitions) {
    if (!d.role.empty() || d.alias_of >= 0) continue;
    Node const& n = doc.nodes[static_cast<std::size_t>(doc.node_at(d.span.begin))];
    std::string_view label = n.kind == NodeKind::paragraph ? label_line(n) : std::string_view();
    if (label.empty() || d.span.begin < n.pieces[1].source_offset) continue;
    if (label.find_first_of("(\"\xe2") != std::string_view::npos) continue;  // ("(nachfolgend „AG“):" defines on its own line)
    auto words = text_util::words(label, 0, 3);
    if (words.empty() || words.size() > 2) continue;
    std::string first = text_util::fold(words[0].text);
    if (first == "ag" || first == "an") continue;  // (the abbreviations label their own lines)
    d.role = role_in(label, 2);
  }
}

}  // namespace

// "Mit dieser Vereinbarung legen wir als Stiftung fest, …", "Wir als Auftraggeber …": a party that
// speaks of itself names its role, or its defined name, right after "wir als"/"uns als". Every such
// naming must agree.
void speaker_named_as(Document& doc) {
  if (already_defined(doc, "wir")) return;
  std::string_view src = doc.source.text;
  std::string role;
  int namings = 0;
  for (std::string_view phrase : {"wir als", "Wir als", "uns als"}) {
    for (std::size_t at = src.find(phrase); at != std::string_view::npos && namings < 16; at = src.find(phrase, at + 1)) {
      std::size_t after = at + phrase.size();
      auto next = text_util::words(src, after, 1);
      // (the name may follow on the next line: "legen wir als\nStiftung fest")
      if (next.empty() || next.front().begin == after || next.front().begin > after + 8 ||
          src.substr(after, next.front().begin - after).find_first_not_of(" \t\r\n") != std::string_view::npos) {
        continue;
      }
      std::string folded = text_util::fold(next.front().text);
      std::string named;
      for (auto const& d : doc.definitions) {
        if (!d.role.empty() && text_util::fold(d.term) == folded) named = d.role;
      }
      if (named.empty()) named = role_of_word(folded);
      if (named.empty() || folded == "ag" || folded == "an") continue;  // "wir als an … Beteiligte"
      if (!role.empty() && named != role) return;
      role = named;
      ++namings;
    }
  }
  if (role.empty()) return;
  Definition d;
  d.term = "wir";
  d.role = role;
  doc.definitions.push_back(std::move(d));
}

// "Stellen wir eine Verletzung fest, informieren wir Sie …" in a contract that never says who
// "wir" and "Sie" are: where the text speaks of data processed "in Ihrem Auftrag" or on "Ihre
// Weisung" (and never of "unserem Auftrag"), "wir" is the processor and "Sie" the controller.
void undefined_speakers(Document& doc) {
  if (already_defined(doc, "wir") || already_defined(doc, "sie")) return;
  std::string_view src = doc.source.text;
  // (a phrase opening with a space is searched without it and the space checked after: a text of
  // blanks must not make every byte a candidate)
  auto count = [&](std::initializer_list<std::string_view> phrases) {
    int n = 0;
    for (auto phrase : phrases) {
      bool space_first = phrase.front() == ' ';
      std::string_view core = space_first ? phrase.substr(1) : phrase;
      for (std::size_t at = src.find(core); at != std::string_view::npos && n < 8; at = src.find(core, at + 1)) {
        if (!space_first || (at > 0 && src[at - 1] == ' ')) ++n;
      }
    }
    return n;
  };
  int you_control = count({"in Ihrem Auftrag", "Ihre Weisung", "Ihren Weisung", "Ihrer Weisung", "Ihre Daten", "Ihrer Daten"});
  int we_control = count({"in unserem Auftrag", "unsere Weisung", "unseren Weisung", "unserer Weisung"});
  int we_speak = count({"Wir ", " wir "});
  if (we_control > 0 || we_speak < 3) return;
  if (you_control == 0) {
    // "Wir verarbeiten die Unterlagen … auf dokumentierte Weisung der Kanzlei": the controller named in the third
    // person as the one who instructs; "wir" is then the processor (and "Sie" nobody)
    std::string folded = text_util::fold(src.substr(0, std::min<std::size_t>(src.size(), 400000)));
    bool instructs = false;
    for (auto const& d : doc.definitions) {
      if (d.role != "controller" || d.term.empty()) continue;
      std::string term = text_util::fold(d.term);
      for (char const* lead : {"weisung der ", "weisung des ", "weisungen der ", "weisungen des ", "im auftrag der ",
                               "im auftrag des "}) {
        instructs = instructs || folded.find(lead + term) != std::string::npos;
      }
    }
    if (!instructs) return;
    Definition d;
    d.term = "wir";
    d.role = "processor";
    doc.definitions.push_back(std::move(d));
    return;
  }
  for (auto [term, role] : {std::pair<char const*, char const*>{"wir", "processor"}, {"Sie", "controller"}}) {
    Definition d;
    d.term = term;
    d.role = role;
    doc.definitions.push_back(std::move(d));
  }
}

// "– im Folgenden „Auftragsverarbeiter (AV)“ –", "„Dienstleister“ (DL)": an abbreviation in brackets
// right after a defined term is another name for it.
void bracketed_abbreviations(Document& doc) {
  std::string_view src = doc.source.text;
  std::size_t defined = doc.definitions.size();
  for (std::size_t i = 0; i < defined; ++i) {
    // ("„Auftragsverarbeiter (AV)"" read with the bracket as one term: the name ends before it)
    if (std::string& term = doc.definitions[i].term; term.find(" (") != std::string::npos) {
      std::size_t cut = term.find(" (");
      doc.definitions[i].span.end = doc.definitions[i].span.begin + static_cast<std::uint32_t>(cut);
      term.resize(cut);
    }
    std::size_t at = doc.definitions[i].span.end;
    if (at == 0 || at >= src.size()) continue;
    std::string_view rest = src.substr(at, std::min<std::size_t>(20, src.size() - at));
    if (rest.starts_with("\xE2\x80\x9C")) rest.remove_prefix(3);
    else if (rest.starts_with("\"")) rest.remove_prefix(1);
    if (!rest.starts_with(" (")) continue;
    std::size_t close = rest.find(')');
    if (close == std::string_view::npos) continue;
    std::string_view abbreviation = rest.substr(2, close - 2);
    bool capitals = abbreviation.size() >= 2 && abbreviation.size() <= 6 &&
                    std::all_of(abbreviation.begin(), abbreviation.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!capitals || already_defined(doc, text_util::fold(abbreviation))) continue;
    Definition d;
    d.term = std::string(abbreviation);
    d.role = doc.definitions[i].role;
    auto begin = static_cast<std::uint32_t>(abbreviation.data() - src.data());
    d.span = {begin, begin + static_cast<std::uint32_t>(abbreviation.size())};
    d.alias_of = static_cast<int>(i);
    doc.definitions.push_back(std::move(d));
  }
}

// "Die Kanzlei bleibt Verantwortliche und Herrin der Daten": a party the contract calls by a plain noun it never
// defines, given its role in a sentence of its own. The noun becomes a term with that role. (Not a role word
// itself, nor "Der Unterauftragsverarbeiter ist Auftragsverarbeiter …", nor a thing such as "Hauptvertrag".)
void undefined_party_nouns(Document& doc) {
  for (std::size_t i = 1; i < doc.nodes.size() && doc.definitions.size() < kMaxDefinitions; ++i) {
    std::string_view text = doc.nodes[i].text;
    auto words = text_util::words(text, 0, 400);
    for (std::size_t w = 0; w + 3 < words.size(); ++w) {
      std::size_t gap_from = w == 0 ? 0 : words[w - 1].begin + words[w - 1].text.size();
      bool sentence_start = w == 0 || text.substr(gap_from, words[w].begin - gap_from).find_first_of(".:;") != std::string_view::npos;
      std::string article = text_util::fold(words[w].text);
      if (!sentence_start || !(article == "der" || article == "die" || article == "das")) continue;
      std::string_view noun = words[w + 1].text;
      std::string folded = text_util::fold(noun);
      if (noun.size() < 4 || !(noun[0] >= 'A' && noun[0] <= 'Z') || !role_of_word(folded).empty() ||
          names_a_thing(folded) || already_defined(doc, folded) || folded.rfind("unter", 0) == 0 ||
          folded.rfind("sub", 0) == 0 || folded.rfind("weitere", 0) == 0) {
        continue;
      }
      std::string verb = text_util::fold(words[w + 2].text);
      if (verb != "ist" && verb != "bleibt") continue;
      std::string role;
      for (std::size_t j = w + 3; j < words.size() && j < w + 6; ++j) {
        std::string fw = text_util::fold(words[j].text);
        // ("Die Löschung ist dem Auftraggeber … zu bestätigen": a dative names the addressee, not the role)
        if (fw == "dem" || fw == "den" || fw == "des" || fw == "einem" || fw == "einer") break;
        if (role_filler(fw)) continue;
        role = role_of_word(fw);
        break;
      }
      if (role.empty()) continue;
      Definition d;
      d.term = std::string(noun);
      d.role = role;
      d.span = map_span(doc.nodes[i], words[w + 1].begin, words[w + 1].begin + noun.size());
      doc.definitions.push_back(std::move(d));
    }
  }
}

void read_definitions(Document& doc) {
  extract_definitions(doc);
  bracketed_abbreviations(doc);
  // A contract defines a few dozen terms; a file of many contracts must not make the
  // readers below (which compare every term with the others) quadratic.
  if (doc.definitions.size() > kMaxDefinitions) doc.definitions.resize(kMaxDefinitions);
  role_label_definitions(doc);
  role_statements(doc);
  undefined_speakers(doc);
  roles_from_paragraph_labels(doc);
  dashed_party_names(doc);
  roles_from_company_tails(doc);
  party_table_names(doc);
  infer_roles(doc);
  undefined_party_nouns(doc);  // (after the defined names have their roles)
  speaker_named_as(doc);  // (after the roles of the defined names are known)
  resolve_aliases(doc);
}

}  // namespace avvlint
