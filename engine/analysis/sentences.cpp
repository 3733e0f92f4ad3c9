#include "sentences.hpp"

#include "../model/text_util.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <array>
#include <string_view>

namespace avvlint::analysis {
namespace {

// Folded words that end with a period without ending a sentence.
constexpr std::array<std::string_view, 56> kAbbreviations = {
    "art", "abs", "lit", "nr", "nrn", "ziff", "s", "z", "b", "ggf", "bzw", "insb", "insbes", "ggu", "i", "d", "o",
    "a", "u", "v", "m", "f", "ff", "br", "vgl", "gem", "sog", "ca", "max", "min", "etc", "str", "co", "kap",
    "buchst", "uabs", "anl", "inkl", "zzgl", "evtl", "usw", "e", "h", "ua", "dr", "abschn", "inc", "ltd", "corp",
    "pers", "personenbez",
    // Austrian and Czech law gazettes ("BGBl. I Nr. 165/1999", "Nr. 110/2019 Slg."), "Mag.", "Ing."
    "bgbl", "slg", "mag", "ing", "lgbl"};

bool abbreviation(std::string_view folded_word) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), folded_word) != kAbbreviations.end();
}

// Words that open a subordinate segment; a negation does not reach across them.
bool segment_opener(std::string_view w) {
  return w == "sofern" || w == "soweit" || w == "wenn" || w == "falls" || w == "sobald" || w == "ausser" ||
         w == "unless" || w == "if" || w == "where" || w == "provided";
}


// "Erfüllt ein Unterauftragsverarbeiter seine Pflichten nicht, haftet der Auftragnehmer":
// a verb-first clause followed by a verb-first main clause is a condition.
// A finite verb at token i; a plural form counts when its subject follows
// ("Kommen wir …", "…, haften wir"), the party pronouns being canonicalised already.
bool finite_at(Sentence const& s, std::size_t i) {
  std::string const& w = s.tokens[i].word;
  if (finite_verb(w)) return true;
  // plural "-en" ("haften wir") or first person "-e" ("hafte ich"), with the subject right after
  bool ending = w.size() >= 5 && (w.compare(w.size() - 2, 2, "en") == 0 || w.back() == 'e');
  if (!ending || i + 1 >= s.tokens.size()) return false;
  std::string const& next = s.tokens[i + 1].word;
  return next == "auftragnehmer" || next == "auftraggeber" || next == "wir" || next == "sie";
}

// The condition may run over an aside ("Verarbeitet er Daten zu eigenen Zwecken,
// etwa Kontaktdaten zur Abrechnung, so unterfällt …"): the main clause is the first of
// the next three segments that opens with a finite verb.
// ("**Haftung:** Erfüllt ein Unterauftragsverarbeiter …": the condition may follow a one-word label.)
void mark_leading_condition(Sentence& s) {
  std::size_t start = s.tokens.size() > 2 && s.tokens[1].segment != s.tokens[0].segment ? 1 : 0;
  if (s.tokens.empty() || !finite_at(s, start)) return;
  int segment = s.tokens[start].segment;
  for (std::size_t i = start + 1; i < s.tokens.size(); ++i) {
    if (s.tokens[i].segment == segment) continue;
    segment = s.tokens[i].segment;
    if (segment > 3) return;
    // "…, so haftet der Auftragnehmer": a correlative "so"/"dann" may stand before the verb.
    std::size_t verb = i;
    if ((s.tokens[i].word == "so" || s.tokens[i].word == "dann") && i + 1 < s.tokens.size()) ++verb;
    if (finite_at(s, verb)) {
      s.leading_condition = segment;
      return;
    }
    if (verb != i) return;  // "so" without a verb after it: no correlative main clause
  }
}

// "…, weist er den Auftraggeber darauf hin und führt die Weisung nicht aus": a
// conjunction followed by a finite verb starts a clause of its own, so a negation
// in the second clause does not reach the first.
// Likewise a conjunction between a verb and a new party subject ("…, dass der Auftragnehmer
// … informiert und der Auftraggeber nicht binnen vier Wochen widerspricht").
// "Für Auswertungen über mehrere Kunden hinweg – etwa zur Produktverbesserung – werden keine Daten
// des Kunden verwendet": a short aside between two dashes, without a verb of its own, belongs to the
// clause around it, which then goes on as one segment (and carries its negation over the aside).
// An aside that states an exception ("– ausgenommen …, –", "– soweit …, –") stays a segment of its own.
void merge_dash_asides(Sentence& s, std::vector<int> const& dash_opened) {
  static constexpr std::string_view kOwnClause[] = {"ausgenommen", "ausser", "es", "mit", "sofern", "soweit", "wenn",
                                                    "falls", "nur", "jedoch", "aber", "sowie", "und", "oder"};
  for (std::size_t i = 0; i + 1 < dash_opened.size(); ++i) {
    int aside = dash_opened[i];
    if (aside < 1 || dash_opened[i + 1] != aside + 1) continue;
    std::size_t size = 0;
    bool verb = false;
    std::string_view first;
    for (auto const& t : s.tokens) {
      if (t.segment != aside) continue;
      if (size++ == 0) first = t.word;
      verb = verb || finite_verb(t.word);
    }
    if (size == 0 || size > 6 || verb || std::find(std::begin(kOwnClause), std::end(kOwnClause), first) != std::end(kOwnClause)) {
      continue;
    }
    auto merged = [&](int seg) { return seg < aside ? seg : seg <= aside + 1 ? aside - 1 : seg - 2; };
    for (auto& t : s.tokens) t.segment = merged(t.segment);
    for (int& b : s.blank_segments) b = merged(b);
    return;  // (one aside per sentence: the later dash numbers no longer hold)
  }
}

void split_coordinated_clauses(Sentence& s) {
  auto party = [](std::string const& w) { return w == "auftraggeber" || w == "auftragnehmer"; };
  auto article = [](std::string const& w) { return w == "der" || w == "die" || w == "das"; };
  int shift = 0;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    auto const& w = s.tokens[i].word;
    bool conjunction = i > 0 && i + 1 < s.tokens.size() && (w == "und" || w == "oder" || w == "sowie") &&
                       s.tokens[i + 1].segment == s.tokens[i].segment;
    if (conjunction) {
      auto const& next = s.tokens[i + 1].word;
      bool new_subject = finite_verb(s.tokens[i - 1].word) && s.tokens[i - 1].segment == s.tokens[i].segment &&
                         (party(next) || (article(next) && i + 2 < s.tokens.size() && party(s.tokens[i + 2].word)));
      if (finite_verb(next) || new_subject) ++shift;
    }
    s.tokens[i].segment += shift;
  }
}

bool node_has_sentences(NodeKind k) {
  return k == NodeKind::clause || k == NodeKind::item || k == NodeKind::paragraph || k == NodeKind::bullet;
}

bool inside_annex(Document const& doc, int node) {
  for (int n = node; n >= 0; n = doc.nodes[static_cast<std::size_t>(n)].parent) {
    if (doc.nodes[static_cast<std::size_t>(n)].kind == NodeKind::annex) return true;
  }
  return false;
}

bool front_matter(Document const& doc, int node) {
  for (int n = node; n >= 0; n = doc.nodes[static_cast<std::size_t>(n)].parent) {
    NodeKind k = doc.nodes[static_cast<std::size_t>(n)].kind;
    if (k == NodeKind::parties || k == NodeKind::signature || k == NodeKind::title) return true;
  }
  return false;
}

// Defined party names are read as the canonical terms the lexicons use: a
// contract that calls the parties "Kunde" and "Dienstleister", "AG" and "AN", or
// "Verantwortlicher" and "Auftragsverarbeiter" is matched like one that says
// "Auftraggeber" and "Auftragnehmer". Inflected forms keep their ending
// ("des Kunden" -> "auftraggeberen" still matches "auftraggeber*"). All-capital
// abbreviations ("AN") match only as written, never the preposition "an".
// Pronoun forms matched as prefixes with the endings `apply` allows ("meine" -> "meinen").
constexpr char const* kFirstPersonSingular[] = {"ich", "mir", "mich", "mein", "meine"};
constexpr char const* kFirstPersonPlural[] = {"wir", "uns", "unser", "unsere"};
constexpr char const* kFamiliarForms[] = {"du", "dich", "dir", "dein", "deine"};  // "Du, die Verantwortliche:"
// "„ihr“ oder „Kunde“, wenn wir euch meinen": the familiar plural
constexpr char const* kFamiliarPluralForms[] = {"ihr", "euch", "euer", "eure", "euren", "eurem", "eurer", "eures"};
// The polite "Sie" names a party only as written with a capital, and so do its forms.
constexpr char const* kPoliteForms[] = {"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"};

struct PartyTerms {
  struct Term {
    std::string folded, written, canonical;
    bool exact;
  };
  std::vector<Term> terms;
  bool familiar = false;       // a party is "du"
  bool abbreviations = true;   // "AG"/"AN" read as the parties (unless the contract defines them otherwise)
  struct TwoWordName {
    std::string first, second, canonical;  // folded: "kaufhaus", "brenner" -> "auftraggeber"
  };
  std::vector<TwoWordName> two_word_names;

  // The canonical party word when `first` and `second` (folded, in a row) spell a two-word party name.
  std::string const* two_word_name(std::string_view first, std::string_view second) const {
    for (auto const& n : two_word_names) {
      // (a genitive "s" on the second word: "Kaufhaus Brenners"; an adjective declined: "der Verantwortlichen Stelle")
      bool first_matches = first.substr(0, n.first.size()) == n.first && first.size() <= n.first.size() + 2;
      if (first_matches && second.substr(0, n.second.size()) == n.second && second.size() <= n.second.size() + 1) {
        return &n.canonical;
      }
    }
    return nullptr;
  }

  explicit PartyTerms(Document const& doc) {
    // Without a definition of its own, the usual names of a party still name it.
    bool controller_defined = false, processor_defined = false;
    for (auto const& d : doc.definitions) {
      controller_defined = controller_defined || d.role == "controller";
      processor_defined = processor_defined || d.role == "processor";
    }
    if (!controller_defined) terms.push_back({"kunde", "", "auftraggeber", false});
    if (!processor_defined) {
      terms.push_back({"anbieter", "", "auftragnehmer", false});
      terms.push_back({"dienstleister", "", "auftragnehmer", false});
    }
    for (auto const& d : doc.definitions) {
      if (d.term == "AG" || d.term == "AN") abbreviations = false;  // defined ones are read as defined
      if (d.role.empty()) continue;
      std::string canonical = d.role == "controller" ? "auftraggeber" : "auftragnehmer";
      std::string folded = text_util::fold(d.term);
      if (folded.rfind(canonical, 0) == 0) continue;  // "Auftraggeberin": already the lexicon's word
      // Adjectival nouns decline: "Verantwortlicher", "des Verantwortlichen".
      if (folded.size() > 8 && folded.compare(folded.size() - 6, 6, "licher") == 0) folded.pop_back();
      // A party that speaks of itself ("„ich“ bedeutet den Auftragnehmer") is named by
      // every case of the pronoun and its possessive.
      familiar = familiar || folded == "du";
      if (folded == "ich" || folded == "wir" || folded == "du" || folded == "ihr") {
        auto forms = folded == "ich"   ? std::span<char const* const>(kFirstPersonSingular)
                     : folded == "wir" ? std::span<char const* const>(kFirstPersonPlural)
                     : folded == "ihr" ? std::span<char const* const>(kFamiliarPluralForms)
                                       : std::span<char const* const>(kFamiliarForms);
        for (char const* form : forms) terms.push_back({form, "", canonical, false});
        continue;
      }
      if (d.term == "Sie") {
        for (char const* form : kPoliteForms) terms.push_back({text_util::fold(form), form, canonical, true});
        continue;
      }
      if (std::size_t space = folded.find(' '); space != std::string::npos) {  // "Kaufhaus Brenner"
        two_word_names.push_back({folded.substr(0, space), folded.substr(space + 1), canonical});
        continue;
      }
      bool exact = std::none_of(d.term.begin(), d.term.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      terms.push_back({folded, d.term, canonical, exact});
    }
  }

  // `previous` is the folded word before: "Kunden" without an article of the singular
  // ("des", "dem", "den") is the plural — the controller's customers, not the party.
  void apply(std::string& folded, std::string_view written, std::string_view previous) const {
    // "der AN meldet dem AG …" in a contract that defines only the full words: the usual
    // abbreviations, after an article (not "Datenwerft AG", the legal form)
    bool article = previous == "der" || previous == "die" || previous == "dem" || previous == "den" || previous == "des" ||
                   previous == "vom" || previous == "beim" || previous == "zum";
    if (article && abbreviations && (written == "AG" || written == "AN")) {
      folded = written == "AG" ? "auftraggeber" : "auftragnehmer";
      return;
    }
    for (auto const& t : terms) {
      if (t.exact) {
        if (written == t.written) folded = t.canonical;
        continue;
      }
      if (folded.compare(0, t.folded.size(), t.folded) != 0) continue;
      std::string_view ending = std::string_view(folded).substr(t.folded.size());
      bool singular_article = previous == "des" || previous == "dem" || previous == "den" || previous == "vom" ||
                              previous == "beim" || previous == "zum";
      bool adjectival = t.folded.size() > 5 && t.folded.compare(t.folded.size() - 5, 5, "liche") == 0;  // "der Verantwortlichen"
      if ((ending == "n" || ending == "en") && t.folded.back() == 'e' && !singular_article && !adjectival) continue;
      if (ending.empty() || ending == "s" || ending == "n" || ending == "en" || ending == "es" || ending == "e" ||
          ending == "r" || ending == "m" || ending == "in" || ending == "innen") {
        folded = t.canonical;  // "des Kunden" -> "auftraggeber": the lexicon's patterns cover the endings
        return;
      }
    }
  }
};

// "Anordnungen (Weisungen)", "Sicherheitsvorfall (Datenschutzverletzung)", "Subdienstleister
// (Unterauftragsverarbeiter)": a contract's own word glossed with one of the words the
// lexicon is built on is read as that word, in every form sharing its stem.
struct TermGlosses {
  static constexpr std::string_view kAnchors[] = {
      "weisung",    "unterauftragsverarbeiter", "unterauftragnehmer", "datenschutzverletzung", "verletzung",
      "uberprufung", "kontrolle", "audit", "inspektion", "loschung", "ruckgabe", "betroffene"};
  std::vector<std::pair<std::string, std::string>> stems;  // own stem -> anchor stem

  static std::string stem(std::string w) {
    for (std::string_view end : {"en", "n", "e", "s"}) {
      if (w.size() > end.size() + 3 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
        return w.substr(0, w.size() - end.size());
      }
    }
    return w;
  }

  explicit TermGlosses(std::string_view text) {
    for (std::size_t open = text.find('('); open != std::string_view::npos && stems.size() < 20;
         open = text.find('(', open + 1)) {
      std::size_t close = text.find(')', open);
      if (close == std::string_view::npos || close - open > 40 || open < 2 || text[open - 1] != ' ') continue;
      std::string inner = text_util::fold(text_util::trim(text.substr(open + 1, close - open - 1)));
      if (inner.empty() || inner.find(' ') != std::string::npos) continue;
      std::string anchor = stem(inner);
      if (std::find(std::begin(kAnchors), std::end(kAnchors), anchor) == std::end(kAnchors)) continue;
      std::size_t end = open - 1, begin = end;
      while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
      if (begin == end || !std::isupper(static_cast<unsigned char>(text[begin]))) continue;  // a noun before it
      std::string own = stem(text_util::fold(text.substr(begin, end - begin)));
      // ("Andere Dienstleister des Labors (Unterauftragsverarbeiter)": the bracket glosses the whole
      // phrase, not its genitive "des Labors")
      std::size_t before = begin > 0 ? text.find_last_not_of(' ', begin - 1) : std::string_view::npos;
      std::size_t word_start = before == std::string_view::npos ? 0 : text.find_last_of(" \n", before);
      word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
      std::string article = before == std::string_view::npos ? std::string()
                                                              : text_util::fold(text.substr(word_start, before + 1 - word_start));
      if (article == "des" || article == "der" || article == "dem" || article == "eines" || article == "einer") continue;
      // ("andere Auftragsverarbeiter (Unterauftragsverarbeiter)": a word inside the other is a narrower term)
      if (own.size() < 5 || anchor.find(own) != std::string::npos || own.find(anchor) != std::string::npos) continue;
      stems.emplace_back(own, anchor);
    }
    quoted_glosses(text);
  }

  // "„UAV“ Unterauftragsverarbeiter", "„Vorfall“: jede Datenschutzverletzung", "„UAV“ bezeichnet
  // einen Unterauftragsverarbeiter": a quoted term with an anchor word as its gloss; an
  // abbreviation ("UAV", "DSV") is read as the anchor only in its own spelling.
  void quoted_glosses(std::string_view text) {
    static constexpr std::string_view kOpen = "\xE2\x80\x9E";  // „
    for (std::size_t open = text.find(kOpen); open != std::string_view::npos && stems.size() < 20;
         open = text.find(kOpen, open + 1)) {
      std::size_t inner = open + kOpen.size();
      std::size_t close = text.find("\xE2\x80\x9C", inner);
      if (close == std::string_view::npos || close - inner > 30) continue;
      std::string_view term = text.substr(inner, close - inner);
      if (term.empty() || term.find(' ') != std::string_view::npos) continue;
      bool acronym = term.size() >= 2 && term.size() <= 6 &&
                     std::all_of(term.begin(), term.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      std::string own = acronym ? text_util::fold(term) : stem(text_util::fold(term));
      if (!acronym && own.size() < 5) continue;
      std::string anchor;
      for (auto const& w : text_util::words(text, close + 3, 4)) {
        std::string fw = text_util::fold(w.text);
        if (fw == "bezeichnet" || fw == "bedeutet" || fw == "meint" || fw == "der" || fw == "die" || fw == "den" ||
            fw == "das" || fw == "ein" || fw == "eine" || fw == "einen" || fw == "jeder" || fw == "jede" || fw == "jeden") {
          continue;
        }
        anchor = stem(fw);
        break;
      }
      if (std::find(std::begin(kAnchors), std::end(kAnchors), anchor) == std::end(kAnchors)) continue;
      if (anchor.find(own) != std::string::npos || own.find(anchor) != std::string::npos) continue;
      stems.emplace_back(own, anchor);
    }
  }

  void apply(std::string& folded) const {
    for (auto const& [own, anchor] : stems) {
      if (folded.compare(0, own.size(), own) == 0 && folded.size() <= own.size() + 3) {
        folded = anchor + folded.substr(own.size());
        return;
      }
    }
  }
};

// "entscheidest" -> "entscheidet", "darfst" -> "darf", "bist" -> "ist": the second person
// singular as the third, so that the lexicon's verbs match a contract written to "du".
void third_person(std::string& w) {
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"bist", "ist"},   {"wirst", "wird"}, {"kannst", "kann"}, {"darfst", "darf"}, {"musst", "muss"},
      {"sollst", "soll"}, {"willst", "will"}, {"weisst", "weiss"}, {"hast", "hat"}};
  for (auto const& [second, third] : kIrregular) {
    if (w == second) {
      w = third;
      return;
    }
  }
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "st") == 0) w.replace(w.size() - 2, 2, "t");  // "gibst" -> "gibt"
}

// A sentence that opens with a personal pronoun ("Es entscheidet …", "Er ist
// berechtigt …") continues with the party that opened the sentence before it, when
// the pronoun agrees with that party's article ("Das Büro …" → "es", "Der Kunde …"
// → "er", "Die Kanzlei …" → "sie"). The expletive "es" ("Es gilt …", "Es ist
// sicherzustellen …") is left alone.
class PronounSubject {
 public:
  // Called with each finished sentence: remembers its subject when it opens with a party.
  void remember(Sentence const& s) {
    pronoun_.clear();
    // ("… | 7. Der Verantwortliche ist …": the number of a clause's translation stands before its subject)
    std::size_t first = !s.tokens.empty() && std::all_of(s.tokens[0].word.begin(), s.tokens[0].word.end(),
                                                          [](char c) { return c >= '0' && c <= '9'; }) ? 1 : 0;
    if (s.tokens.size() < first + 2) return;
    party_ = party_of(s.tokens[first + 1].word);
    if (party_.empty()) return;
    std::string const& article = s.tokens[first].word;
    if (article == "der") pronoun_ = "er";
    else if (article == "das") pronoun_ = "es";
    else if (article == "die") pronoun_ = "sie";
  }
  void resolve(Sentence& s) const {
    if (pronoun_.empty() || s.tokens.size() < 2 || s.tokens[0].word != pronoun_) return;
    static constexpr std::string_view kExpletive[] = {"ist", "sind", "gilt", "gelten", "wird", "werden", "sei",
                                                       "bedarf", "besteht", "gibt", "handelt", "obliegt", "steht",
                                                       "genugt", "reicht", "liegt", "bleibt", "erfolgt"};
    if (pronoun_ == "es" && std::find(std::begin(kExpletive), std::end(kExpletive), s.tokens[1].word) !=
                                std::end(kExpletive)) {
      return;
    }
    s.tokens[0].word = party_;
  }

 private:
  // The lexicon's party word for a subject noun, or "" ("Verantwortliche" when the contract defines no names).
  static std::string party_of(std::string const& w) {
    if (w.rfind("auftraggeber", 0) == 0 || w.rfind("verantwortliche", 0) == 0) return "auftraggeber";
    if (w.rfind("auftragnehmer", 0) == 0 || w.rfind("auftragsverarbeiter", 0) == 0) return "auftragnehmer";
    return {};
  }
  std::string pronoun_, party_;
};

// A contract typed without umlauts ("Loeschung", "unverzueglich", "Massnahmen") reads
// like one with them: in such a document "ae", "oe" and "ue" stand for the umlauts,
// except where they are German spellings of their own ("Steuer", "neue", "Quelle",
// "Dauer"). Decided once per document.
bool written_without_umlauts(std::string_view text) {
  int umlauts = 0, digraphs = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]), d = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC3 && (d == 0xA4 || d == 0xB6 || d == 0xBC || d == 0x84 || d == 0x96 || d == 0x9C || d == 0x9F)) ++umlauts;
    if ((c == 'a' || c == 'o' || c == 'u') && d == 'e') ++digraphs;
  }
  return umlauts == 0 && digraphs >= 20;
}

void fold_digraphs(std::string& w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    bool digraph = i + 1 < w.size() && w[i + 1] == 'e' && (w[i] == 'a' || w[i] == 'o' || w[i] == 'u') &&
                   !(i > 0 && (w[i - 1] == 'e' || w[i - 1] == 'a' || w[i - 1] == 'q' || w[i - 1] == 'i'));
    // (not "aktuell", "manuell": "-uell"; nor "zuerst", "aufzuerlegen": the prefix "zu" before "er")
    if (digraph && w[i] == 'u' && w.compare(i + 2, 2, "ll") == 0) digraph = false;
    if (digraph && w[i] == 'u' && i > 0 && w[i - 1] == 'z' && w.compare(i + 2, 1, "r") == 0) digraph = false;
    out.push_back(w[i]);
    if (digraph) ++i;  // "loeschung" -> "loschung", as "Löschung" folds
  }
  w = std::move(out);
}

// A blank template field between two words: "____", "[…]", "[...]", "[●]", "[ ]".
bool blank_field(std::string_view gap) {
  if (gap.find("___") != std::string_view::npos) return true;
  std::size_t open = gap.find('[');
  std::size_t close = open == std::string_view::npos ? open : gap.find(']', open);
  if (close == std::string_view::npos || close == open + 1) return false;
  std::string_view inner = gap.substr(open + 1, close - open - 1);
  // dots, ellipses, bullets ("●" E2 97 8F, "…" E2 80 A6) and spaces only
  return inner.find_first_not_of(". \xE2\x80\xA6\x97\x8F") == std::string_view::npos;
}

void split_text(Document const& doc, PartyTerms const& parties, TermGlosses const& glosses, int node_index, std::string_view text,
                Span base_for_rows, bool mapped, bool without_umlauts, PronounSubject& subject,
                std::vector<Sentence>& out) {
  Node const& node = doc.nodes[static_cast<std::size_t>(node_index)];
  auto source_of = [&](std::size_t off) -> std::uint32_t {
    return mapped ? node.source_offset(off) : base_for_rows.begin + static_cast<std::uint32_t>(off);
  };
  bool annex = inside_annex(doc, node_index);
  Sentence current;
  current.node = node_index;
  current.in_annex = annex;
  int segment = 0;
  std::vector<int> dash_opened;  // segments opened by a dash alone ("… hinweg – etwa …")
  bool in_reference = false;     // inside "(c)" after a clause number
  // "Klausel 3 (c)", "Abs. 2 (a)": an opening bracket right after a number, around one to three letters
  // or digits that the closing bracket follows at once
  auto bracketed_reference = [&](std::string_view gap, text_util::Word const& w) {
    std::size_t after = w.begin + w.text.size();
    return text_util::trim(gap) == "(" && w.text.size() <= 3 && after < text.size() && text[after] == ')' &&
           !current.tokens.empty() && std::isdigit(static_cast<unsigned char>(current.tokens.back().word.back()));
  };
  std::size_t last_end = 0;
  std::string_view gap_before_last;  // the punctuation before the last word ("§ " before "3")
  bool after_du = false;             // the word before was a party's "du"
  std::string previous_raw;          // the word before, folded, as written (for two-word party names)
  auto flush = [&]() {
    if (!current.tokens.empty()) {
      subject.resolve(current);
      subject.remember(current);
      current.span = {current.tokens.front().span.begin, current.tokens.back().span.end};
      merge_dash_asides(current, dash_opened);
      split_coordinated_clauses(current);
      mark_leading_condition(current);
      out.push_back(std::move(current));
    }
    current = Sentence{};
    current.node = node_index;
    current.in_annex = annex;
    segment = 0;
    dash_opened.clear();
    in_reference = false;
  };
  // "[ ] mündlich ohne Bestätigung", "☐ …": an option left unticked is no part of the contract.
  std::string const& src = doc.source.text;
  std::size_t line_begin = 1, line_end = 0;  // the line last looked at (empty at first)
  bool unticked_line = false;
  std::size_t box_indent = 0;  // the indentation of the unticked box the last line looked at belongs to
  auto unticked = [&](std::uint32_t at) {
    if (at < line_begin || at >= line_end) {  // each line is looked at once, however long it is
      std::size_t begin = at == 0 ? 0 : src.rfind('\n', at - 1);
      begin = begin == std::string::npos ? 0 : begin + (at == 0 ? 0 : 1);
      bool next_line = begin == line_end + 1;
      line_begin = begin;
      line_end = std::min(src.find('\n', at), src.size());
      if (line_end <= at) line_end = at + 1;
      std::string_view line = std::string_view(src).substr(begin, std::min<std::size_t>(16, src.size() - begin));
      std::size_t indent = 0;
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
        line.remove_prefix(1);
        ++indent;
      }
      if (line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0) line.remove_prefix(2);
      bool box = line.rfind("[ ]", 0) == 0 || line.rfind("( )", 0) == 0 || line.rfind("\xE2\x98\x90", 0) == 0 ||
                 line.rfind("\xE2\x96\xA1", 0) == 0;
      // ("☐ (b) Der Auftraggeber erteilt …" / "      informiert den Auftraggeber …": the option's
      // continuation lines, indented under it, are left unticked with it)
      bool continues = next_line && unticked_line && !line.empty() && indent > box_indent;
      if (box) box_indent = indent;
      unticked_line = box || continues;
    }
    return unticked_line;
  };
  auto opens_row = [&](std::size_t at, bool (*row)(std::string_view)) {
    std::size_t line_start = at;
    while (line_start > 0 && (src[line_start - 1] == ' ' || src[line_start - 1] == '\t')) --line_start;
    if (line_start > 0 && src[line_start - 1] != '\n') return false;
    std::size_t eol = std::min(src.find('\n', at), src.size());
    return row(std::string_view(src).substr(at, eol - at));
  };
  auto opens_key_row = [&](std::size_t at) { return opens_row(at, text_util::key_row); };
  auto titled_code_line = [&](Sentence const& sentence, std::size_t at) {
    if (sentence.tokens.empty() || sentence.tokens.size() > 7) return false;
    std::string const& code = sentence.tokens.front().word;
    bool coded = code.size() >= 2 && code.size() <= 4 && code[0] >= 'a' && code[0] <= 'z' &&
                 std::all_of(code.begin() + 1, code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!coded || at == 0) return false;
    std::size_t line_start = at;
    while (line_start > 0 && (src[line_start - 1] == ' ' || src[line_start - 1] == '\t')) --line_start;
    if (line_start == 0 || src[line_start - 1] != '\n') return false;
    // every word of the sentence so far on the line before, and a capital opening this line
    std::size_t previous_line = src.rfind('\n', line_start >= 2 ? line_start - 2 : 0);
    previous_line = previous_line == std::string::npos ? 0 : previous_line + 1;
    return sentence.tokens.front().span.begin >= previous_line && src[at] >= 'A' && src[at] <= 'Z';
  };
  auto note_blank = [&](std::string_view gap) {
    if (!current.tokens.empty() && blank_field(gap)) current.blank_segments.push_back(current.tokens.back().segment);
  };
  text_util::for_each_word(text, [&](text_util::Word w) {
    if (unticked(source_of(w.begin))) return;
    // Punctuation between the previous word and this one decides segment and sentence ends.
    std::string_view gap = text.substr(last_end, w.begin - last_end);
    note_blank(gap);
    if (!current.tokens.empty()) {
      bool sentence_end = false;
      if (gap.find_first_of("!?") != std::string_view::npos) sentence_end = true;
      // "[Anm.: … wird durch folgende Regelung ersetzt:] Für Pflichtverletzungen …": a bracketed note
      // that ends with a colon or a full stop stands apart from the sentence after it
      if (gap.find(":]") != std::string_view::npos || gap.find(".]") != std::string_view::npos) sentence_end = true;
      std::size_t dot = gap.find('.');
      // The dot may follow a closing bracket, quote or emphasis: "(Art. 28 Abs. 9 DSGVO). Mündliche …",
      // "… **widersprechen**. Der Widerspruch …".
      std::size_t lead = 0;
      while (lead < gap.size() && (gap[lead] == ' ' || gap[lead] == '\t' || gap[lead] == ')' || gap[lead] == ']' ||
                                   gap[lead] == '"' || gap[lead] == '*' || gap[lead] == '_')) {
        ++lead;
      }
      if (gap.substr(lead, 3) == "\xE2\x80\x9C") lead += 3;  // closing „…“
      if (dot != std::string_view::npos && dot == lead) {
        std::string const& prev = current.tokens.back().word;
        bool numeric = std::all_of(prev.begin(), prev.end(), [](char c) { return c >= '0' && c <= '9'; });
        unsigned char next = static_cast<unsigned char>(w.text.front());
        bool next_lower = next >= 'a' && next <= 'z';
        // "U.S.", "EU-U.S.", "i. Br.": single-letter initials do not end a sentence.
        bool initial = prev.size() == 1 || (prev.size() >= 2 && prev[prev.size() - 2] == '-') || w.text.size() == 1;
        // "… nach Anlage B. Besichtigungen …": a letter that names an annex or part is no
        // initial and no abbreviation ("z. B.").
        bool label_letter = false;
        if (prev.size() == 1 && w.text.size() > 1 && current.tokens.size() >= 2) {
          std::string const& label = current.tokens[current.tokens.size() - 2].word;
          label_letter = label == "anlage" || label == "anhang" || label == "teil" || label == "abschnitt" ||
                         label == "annex";
        }
        sentence_end = (label_letter || (!abbreviation(prev) && !initial)) && !numeric && !next_lower;
        if (numeric && !next_lower && prev.size() > 3) sentence_end = true;
        // "… kontrolliert deren Einhaltung nach § 3. Der Auftragnehmer …": a number that
        // names a clause is no ordinal ("am 3. Mai"), so the dot ends the sentence.
        if (numeric && !next_lower && !sentence_end) {
          static constexpr std::string_view kNaming[] = {"art", "abs", "absatz", "ziffer", "ziff", "nr", "anlage", "anhang",
                                                         "klausel", "abschnitt", "artikel", "satz", "lit", "punkt"};
          std::string const& before = current.tokens.size() >= 2 ? current.tokens[current.tokens.size() - 2].word : prev;
          bool named = gap_before_last.find("\xC2\xA7") != std::string_view::npos ||
                       std::find(std::begin(kNaming), std::end(kNaming), before) != std::end(kNaming);
          bool spaced = gap.find_first_of(" \t\n", dot) != std::string_view::npos;  // not "1.1"
          if (named && spaced && current.tokens.size() >= 2) sentence_end = true;
        }
        // "(Nr. 5). Der Auftragnehmer …": after a closing bracket a dot ends the sentence.
        if (gap.substr(0, dot).find_first_of(")]") != std::string_view::npos && !next_lower) sentence_end = true;
      }
      // "Drittland:      nur auf Weisung …" on the line after "Weisungen:      nur dokumentiert": each
      // row of a key sheet is a statement of its own
      if (!sentence_end && opens_key_row(source_of(w.begin))) sentence_end = true;
      // "D4 Wir stehen dafür ein" / "Erfüllt ein Unterauftragsverarbeiter …": a line that opens with a code of a
      // letter and digits and holds a few words without a full stop is a title over the text below it
      if (!sentence_end && titled_code_line(current, source_of(w.begin))) sentence_end = true;
      // "… in accordance with Section X. | 7. Der Verantwortliche …": outside a table, a bar parts two
      // texts set side by side (a translation), each with its own sentences
      if (!sentence_end && node.kind != NodeKind::table && text_util::trim(gap).find('|') != std::string_view::npos) {
        sentence_end = true;
      }
      if (sentence_end) {
        flush();
      } else if (bracketed_reference(gap, w)) {
        // "entgegen Klausel 3 (c) für eigene Zwecke": a clause's letter in brackets parts nothing
        in_reference = true;
      } else if (in_reference && text_util::trim(gap) == ")") {
        in_reference = false;
      } else if (gap.find_first_of(",;:()[]|") != std::string_view::npos) {  // ("|": the cells of a table row)
        in_reference = false;
        ++segment;
      } else if (gap.find("\xE2\x80\x93") != std::string_view::npos) {
        dash_opened.push_back(++segment);
      } else if (opens_row(source_of(w.begin), text_util::label_row)) {
        // "Informationsfrist vor Einsatz: 30 Tage" / "Widerspruchsfrist: 21 Tage": each labelled line opens a part
        ++segment;
      }
    }
    std::string folded = text_util::fold(w.text);
    if (without_umlauts) fold_digraphs(folded);
    // "Kaufhaus Brenner" as one party word: the second word joins the first
    if (!current.tokens.empty() && text_util::trim(gap).empty() && !previous_raw.empty()) {
      if (std::string const* canonical = parties.two_word_name(previous_raw, folded)) {
        current.tokens.back().word = *canonical;
        current.tokens.back().span.end = source_of(w.begin + w.text.size() - 1) + 1;
        previous_raw.clear();
        gap_before_last = gap;
        last_end = w.begin + w.text.size();
        return;
      }
    }
    previous_raw = folded;
    if (segment_opener(folded) && !current.tokens.empty()) ++segment;
    // "du entscheidest", "darfst du": the verb next to a familiar "du" party reads as the third person.
    bool familiar = folded == "du" && parties.familiar;
    if (familiar && !current.tokens.empty()) third_person(current.tokens.back().word);
    if (after_du) third_person(folded);
    after_du = familiar;
    glosses.apply(folded);
    parties.apply(folded, w.text, current.tokens.empty() ? std::string_view() : std::string_view(current.tokens.back().word));
    Token t;
    t.span = {source_of(w.begin), source_of(w.begin + w.text.size() - 1) + 1};
    t.word = std::move(folded);
    t.segment = segment;
    current.tokens.push_back(std::move(t));
    gap_before_last = gap;
    last_end = w.begin + w.text.size();
  });
  note_blank(text.substr(std::min(last_end, text.size())));
  flush();
}

}  // namespace

// A finite verb, roughly: the auxiliaries and modals, or a word ending in -t
// ("erfüllt", "haftet", "gilt") that is not a determiner or preposition.
bool finite_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kAux = {
      "ist", "sind", "hat", "haben", "wird", "werden", "kann", "konnen", "darf", "durfen", "muss", "mussen",
      "soll", "sollen", "sollte", "sollten", "gilt", "gelten", "bleibt", "war", "waren"};
  if (std::find(kAux.begin(), kAux.end(), w) != kAux.end()) return true;
  static constexpr std::array<std::string_view, 12> kNot = {"mit", "bist", "nicht", "seit", "jetzt", "selbst",
                                                            "zuletzt", "erst", "meist", "recht", "zeit", "vertrag"};
  if (std::find(kNot.begin(), kNot.end(), w) != kNot.end()) return false;
  // nouns: "Sicherheit", "Vertraulichkeit", "Gesellschaft", "Integrität", "Auskunft", "Meldefrist", "Arbeit"
  // ("Anschrift", "Verarbeitungsort", "Monat", "Prüfbericht", "Zeitpunkt", "Dienst", "Unionsrecht")
  for (std::string_view noun : {"heit", "keit", "schaft", "itat", "kunft", "frist", "arbeit", "schrift", "ort", "monat",
                                "bericht", "punkt", "inhalt", "produkt", "projekt", "objekt", "kontakt", "dienst",
                                "markt", "zeit", "recht"}) {
    if (w.size() > noun.size() && w.compare(w.size() - noun.size(), noun.size(), noun) == 0) return false;
  }
  return w.size() >= 4 && w.back() == 't';
}

// "F 9: Und wenn eine Weisung rechtswidrig ist?" — "Dann informieren wir die Fahrschule
// unverzüglich.": in a contract written as questions and answers the first sentence of
// an answer is read together with its question, which supplies what the answer leaves out.
void answer_question(Document const& doc, PartyTerms const& parties, TermGlosses const& glosses, int node_index,
                     bool without_umlauts, Sentence& answer) {
  Node const& n = doc.nodes[static_cast<std::size_t>(node_index)];
  if (n.parent <= 0) return;
  Node const& section = doc.nodes[static_cast<std::size_t>(n.parent)];
  if (section.children.empty() || section.children.front() != node_index) return;
  std::string_view heading = text_util::trim(section.heading);
  if (heading.empty() || heading.back() != '?' || section.heading_span.end <= section.heading_span.begin) return;
  std::string_view source = std::string_view(doc.source.text).substr(
      section.heading_span.begin, section.heading_span.end - section.heading_span.begin);
  std::vector<Sentence> question;
  PronounSubject none;
  split_text(doc, parties, glosses, n.parent, source, section.heading_span, false, without_umlauts, none, question);
  if (question.size() != 1 || question[0].tokens.empty()) return;
  if (!answer.tokens.empty() && answer.tokens.front().word == "nein") return;  // the answer denies the question
  int shift = question[0].tokens.back().segment + 1;
  for (auto& t : answer.tokens) t.segment += shift;
  for (int& b : answer.blank_segments) b += shift;
  // "Informiert der Auftragnehmer unverzüglich, wenn …?" / "Ja [X]  Nein [ ]": answered "Ja", the question
  // is the statement. Otherwise it asserts nothing: its segments count as a leading condition.
  std::string_view after = std::string_view(doc.source.text).substr(section.heading_span.end, 80);
  if (text_util::yes_no_answer(after) != 'y') {
    answer.leading_condition += shift;
    answer.question = shift;
  }
  answer.tokens.insert(answer.tokens.begin(), question[0].tokens.begin(), question[0].tokens.end());
  answer.span.begin = question[0].span.begin;
}

// "3. § 10 Abs. 1 wird wie folgt neu gefasst: „(1) …“", "§ 7 Abs. 3 wird gestrichen": an
// amendment that replaces or deletes the clause it opens with. The old wording no longer
// binds, so its sentences are not read; the new wording is read where it is quoted.
std::vector<char> superseded_nodes(Document const& doc) {
  std::vector<char> out(doc.nodes.size(), 0);
  static constexpr std::string_view kReplaces[] = {"neu gefasst", "erhalt folgende fassung", "erhalt die folgende fassung",
                                                   "wird gestrichen", "werden gestrichen", "wird aufgehoben",
                                                   "werden aufgehoben", "wird ersetzt", "werden ersetzt"};
  for (auto const& r : doc.references) {
    if (r.target <= 0 || r.from <= 0 || r.target == r.from) continue;
    Node const& from = doc.nodes[static_cast<std::size_t>(r.from)];
    // the clause it opens with, short up to the new wording ("Abschnitt XI erhält folgende Fassung: „(1) …" may
    // run on with the quotation in one paragraph)
    std::size_t lead = std::min(from.text.find(':'), from.text.find("\xE2\x80\x9E"));
    if (r.span.begin > from.span.begin + 24 || std::min(lead, from.text.size()) > 300) continue;
    if (doc.within(r.from, r.target)) continue;  // ("Die in Anlage 1 beschriebenen Maßnahmen …" inside Anlage 1)
    // the verb follows the reference closely: "Nr. 9.1 des Vertrags erhält folgende Fassung"
    std::string after = text_util::fold(std::string_view(doc.source.text).substr(r.span.end, 60));
    if (std::none_of(std::begin(kReplaces), std::end(kReplaces),
                     [&](std::string_view v) { return after.find(v) != std::string::npos; })) {
      continue;
    }
    for (std::size_t i = static_cast<std::size_t>(r.target); i < doc.nodes.size(); ++i) {
      if (!doc.within(static_cast<int>(i), r.target)) break;  // the target and its descendants follow it in the vector
      out[i] = 1;
    }
  }
  return out;
}

// "| Pflicht | Inhalt | Frist |": the column of a duty table that gives each row's deadline, or -1.
int deadline_column_of(Node const& table) {
  for (auto const& row : table.rows) {
    if (!row.header) continue;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      std::string f = text_util::fold(text_util::trim(row.cells[c]));
      if (f.rfind("frist", 0) == 0 || f.rfind("termin", 0) == 0 || f.rfind("zeitpunkt", 0) == 0 || f == "deadline" ||
          f == "wann") {
        return static_cast<int>(c);
      }
    }
  }
  return -1;
}

// "| Scanzentrum | ja, jährlich | ja (ISO 27001) | nein |" under "| … | Vor-Ort-Kontrolle |": a cell that only
// denies ("nein", "keine", "entfällt", "ausgeschlossen") says that its column's subject does not happen.
bool denial_cell(std::string_view cell) {
  std::string f = text_util::fold(text_util::trim(cell));
  while (!f.empty() && (f.back() == '.' || f.back() == ' ')) f.pop_back();
  return f == "nein" || f == "keine" || f == "kein" || f == "entfallt" || f == "ausgeschlossen" || f == "nicht vorgesehen" ||
         f == "nicht zulassig";
}

// The words of each header cell of a table, split once for all its rows ("Vor-Ort-Kontrolle").
std::vector<std::vector<Token>> header_words(Document const& doc, PartyTerms const& parties, TermGlosses const& glosses,
                                             int node_index, bool without_umlauts, TableRow const& header) {
  std::vector<std::vector<Token>> out(std::min(header.cells.size(), header.cell_spans.size()));
  for (std::size_t c = 0; c < out.size(); ++c) {
    std::vector<Sentence> split;
    PronounSubject none;
    Span span = header.cell_spans[c];
    std::string_view text = std::string_view(doc.source.text).substr(span.begin, span.end - span.begin);
    split_text(doc, parties, glosses, node_index, text, span, false, without_umlauts, none, split);
    for (auto const& s : split) out[c].insert(out[c].end(), s.tokens.begin(), s.tokens.end());
  }
  return out;
}

// Reads each denial cell of the row's sentences as its column header followed by "nicht": the header's words go in
// front of the cell's, in its segment, and a bare "nein" becomes the negation it stands for.
void read_denial_cells(std::vector<std::vector<Token>> const& header, TableRow const& row, std::vector<Sentence>& out,
                       std::size_t first) {
  for (std::size_t c = 0; c < row.cells.size() && c < row.cell_spans.size() && c < header.size(); ++c) {
    if (!denial_cell(row.cells[c])) continue;
    Span cell = row.cell_spans[c];
    for (std::size_t k = first; k < out.size(); ++k) {
      auto& tokens = out[k].tokens;
      auto at = std::find_if(tokens.begin(), tokens.end(), [&](Token const& t) { return t.span.begin >= cell.begin; });
      if (at == tokens.end() || at->span.begin >= cell.end) continue;
      if (at->word == "nein" || at->word == "entfallt") at->word = "nicht";
      std::vector<Token> inserted = header[c];
      for (Token& t : inserted) t.segment = at->segment;
      tokens.insert(at, inserted.begin(), inserted.end());
      break;
    }
  }
}

// "| Hinweis auf rechtswidrige Weisungen | Ziffer 4.5 |": a finding aid that points every topic to its clause
// states no duty itself; what counts is the clause it points to. Every row's last cell is references only.
bool finding_aid(Node const& table) {
  static constexpr std::string_view kReferenceWords[] = {"ziffer", "ziff", "nr", "nummer", "abschnitt", "anlage", "anhang",
                                                         "klausel", "art", "artikel", "abs", "absatz", "punkt", "teil",
                                                         "und", "bis", "sowie", "f", "ff", "satz"};
  int rows = 0;
  for (auto const& row : table.rows) {
    if (row.header) continue;
    if (row.cells.size() < 2) return false;
    auto words = text_util::words(row.cells.back(), 0, 20);
    if (words.empty()) return false;
    for (auto const& w : words) {
      std::string f = text_util::fold(w.text);
      bool reference = std::find(std::begin(kReferenceWords), std::end(kReferenceWords), f) != std::end(kReferenceWords) ||
                       std::any_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; }) || f.size() == 1 ||
                       f.find_first_not_of("ivx") == std::string::npos;
      if (!reference) return false;
    }
    ++rows;
  }
  return rows >= 3;
}

std::vector<Sentence> split_sentences(Document const& doc) {
  std::vector<Sentence> out;
  std::vector<std::pair<Span, std::size_t>> deadline_cells;  // a row's deadline cell, the row's first sentence
  std::vector<char> superseded = superseded_nodes(doc);
  PartyTerms parties(doc);
  TermGlosses glosses(doc.source.text);
  // ("Artikel 7 – Weitere Dienstleister (Unterauftragsverarbeiter)" where "Dienstleister" names the processor: a
  // party's own name is never read as the glossed term)
  std::erase_if(glosses.stems, [&](auto const& gloss) {
    return std::any_of(doc.definitions.begin(), doc.definitions.end(), [&](Definition const& d) {
      return !d.role.empty() && TermGlosses::stem(text_util::fold(d.term)) == gloss.first;
    });
  });
  bool without_umlauts = written_without_umlauts(doc.source.text);
  PronounSubject subject;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    if (front_matter(doc, static_cast<int>(i)) || superseded[i]) continue;
    if (node_has_sentences(n.kind) && !n.text.empty()) {
      std::size_t first = out.size();
      // "(3) Der Auftragnehmer … (4) Er unterstützt …": a pronoun may continue the subject of
      // the clause before, but not across a heading.
      if (!n.heading.empty() || n.kind == NodeKind::annex) subject = PronounSubject{};
      split_text(doc, parties, glosses, static_cast<int>(i), n.text, n.span, true, without_umlauts, subject, out);
      if (first < out.size()) answer_question(doc, parties, glosses, static_cast<int>(i), without_umlauts, out[first]);
    } else if (n.kind == NodeKind::table && !finding_aid(n)) {
      int deadline_column = deadline_column_of(n);
      auto header = std::find_if(n.rows.begin(), n.rows.end(), [](TableRow const& r) { return r.header; });
      std::vector<std::vector<Token>> header_cells;
      if (header != n.rows.end()) {
        header_cells = header_words(doc, parties, glosses, static_cast<int>(i), without_umlauts, *header);
      }
      for (auto const& row : n.rows) {
        if (row.header) continue;
        std::string_view line = std::string_view(doc.source.text).substr(row.span.begin, row.span.end - row.span.begin);
        PronounSubject row_subject;
        std::size_t first = out.size();
        split_text(doc, parties, glosses, static_cast<int>(i), line, row.span, false, without_umlauts, row_subject, out);
        read_denial_cells(header_cells, row, out, first);
        if (deadline_column >= 0 && first < out.size() && static_cast<std::size_t>(deadline_column) < row.cell_spans.size()) {
          deadline_cells.push_back({row.cell_spans[static_cast<std::size_t>(deadline_column)], first});
        }
      }
    }
  }
  // Attach periods to the sentences that contain them. Document::periods is ordered
  // by node, then position (scan order), so a binary search finds each sentence's run.
  auto const& periods = doc.periods;
  for (auto& s : out) {
    auto key = std::make_pair(s.node, s.span.begin);
    auto it = std::lower_bound(periods.begin(), periods.end(), key, [](PeriodMention const& p, auto const& k) {
      return std::make_pair(p.from, p.span.begin) < k;
    });
    for (; it != periods.end() && it->from == s.node && it->span.begin < s.span.end; ++it) {
      s.periods.push_back(static_cast<int>(it - periods.begin()));
    }
  }
  // "(8) „Meldefrist“: der Zeitraum von 72 Stunden …" — "meldet … innerhalb der Meldefrist": a
  // term defined as a period brings that period into every sentence using it.
  std::string const& src = doc.source.text;
  std::vector<std::pair<std::string, std::size_t>> period_terms;  // folded term, defining sentence
  for (std::size_t i = 0; i < out.size() && period_terms.size() < 20; ++i) {
    auto const& t = out[i].tokens;
    if (t.size() < 3 || out[i].periods.empty()) continue;
    bool quoted = text_util::quote_opens_before(src, t[0].span.begin) && text_util::quote_closes_at(src, t[0].span.end);
    if (quoted && t[0].word.size() >= 5) period_terms.emplace_back(t[0].word, i);
  }
  if (!period_terms.empty()) {
    std::map<std::string, std::size_t, std::less<>> defining_of(period_terms.begin(), period_terms.end());
    for (std::size_t i = 0; i < out.size(); ++i) {
      std::set<std::size_t> uses;  // one pass over the words: the term, or its plural in -n/-en
      for (auto const& k : out[i].tokens) {
        for (std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{2}}) {
          if (k.word.size() <= cut + 4) break;
          auto it = defining_of.find(std::string_view(k.word).substr(0, k.word.size() - cut));
          if (it != defining_of.end() && it->second != i) uses.insert(it->second);
        }
      }
      for (std::size_t d : uses) out[i].periods.insert(out[i].periods.end(), out[d].periods.begin(), out[d].periods.end());
    }
  }
  // "| P8 | Meldung | Der Auftragnehmer meldet … . Er ergreift … | unverzüglich, spätestens 24 Stunden |":
  // the deadline column sets the time of the row's duty, its first sentence
  for (auto const& [cell, first] : deadline_cells) {
    auto key = std::make_pair(out[first].node, cell.begin);
    auto it = std::lower_bound(periods.begin(), periods.end(), key, [](PeriodMention const& p, auto const& k) {
      return std::make_pair(p.from, p.span.begin) < k;
    });
    for (; it != periods.end() && it->from == out[first].node && it->span.end <= cell.end; ++it) {
      int k = static_cast<int>(it - periods.begin());
      auto& own = out[first].periods;
      if (std::find(own.begin(), own.end(), k) == own.end()) own.push_back(k);
    }
  }
  // "… informiert er den Auftraggeber. Dies geschieht unverzüglich, spätestens binnen 24 Stunden.":
  // the time a follow-up sentence sets belongs to the duty of the sentence before.
  // "9.4 Die Meldung nach Ziffer 9.1 erfolgt binnen fünf Werktagen …": a follow-up that names
  // its clause gives the time to that clause's first sentence.
  std::map<int, std::size_t> first_of_node;
  for (std::size_t i = 0; i < out.size(); ++i) first_of_node.emplace(out[i].node, i);
  std::vector<std::vector<Reference const*>> references_of(doc.nodes.size());  // by the node holding them
  for (auto const& r : doc.references) {
    if (r.from >= 0 && static_cast<std::size_t>(r.from) < doc.nodes.size()) references_of[static_cast<std::size_t>(r.from)].push_back(&r);
  }
  for (std::size_t i = 1; i < out.size(); ++i) {
    auto const& t = out[i].tokens;
    // ("Dies geschieht …", "Die Meldung erfolgt …", "Die Mitteilung nach Ziffer 9.1 erfolgt …")
    auto verb = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to && k < t.size(); ++k) {
        if (t[k].word == "geschieht" || t[k].word == "erfolgt") return true;
      }
      return false;
    };
    bool follow_up = t.size() >= 2 && (((t[0].word == "dies" || t[0].word == "das") && verb(1, 2)) ||
                                       (t[0].word == "die" && (t[1].word == "meldung" || t[1].word == "mitteilung" ||
                                                               t[1].word == "information" || t[1].word == "benachrichtigung" ||
                                                               t[1].word == "unterrichtung" || t[1].word == "anzeige") &&
                                        verb(2, 7)));
    if (!follow_up) continue;
    std::size_t duty = i - 1;
    if (out[i].node != out[i - 1].node) duty = out.size();
    for (Reference const* r : references_of[static_cast<std::size_t>(out[i].node)]) {
      if (r->target <= 0 || r->span.begin < out[i].span.begin || r->span.end > out[i].span.end) continue;
      if (auto it = first_of_node.find(r->target); it != first_of_node.end()) duty = it->second;
      break;
    }
    if (duty < out.size()) out[duty].periods.insert(out[duty].periods.end(), out[i].periods.begin(), out[i].periods.end());
  }
  return out;
}

std::string_view preposition_family(std::string_view w) {
  if (w == "zum" || w == "zur") return "zu";
  if (w == "im") return "in";
  if (w == "am") return "an";
  if (w == "vom") return "von";
  if (w == "beim") return "bei";
  return w;
}

}  // namespace avvlint::analysis
