#include "provisions.hpp"

#include "defined_terms.hpp"

#include "../model/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>

namespace avvlint::analysis {

namespace {

std::string strings(nlohmann::json const& j, char const* key, std::vector<std::string>& out) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (!it->is_array()) return std::string("/") + key + ": must be a list of concept names";
  for (auto const& v : *it) {
    if (!v.is_string()) return std::string("/") + key + ": must be a list of concept names";
    out.push_back(v.get<std::string>());
  }
  return {};
}

bool in(std::vector<int> const& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

bool has_concept_in_segments(MatchContext const& ctx, Sentence const& s, int concept_index,
                             std::set<int> const& segments, std::set<int> const& excluded_segments) {
  for (int t : ctx.hits(s, concept_index)) {
    int seg = s.tokens[static_cast<std::size_t>(t)].segment;
    if (segments.count(seg) && !excluded_segments.count(seg)) return true;
  }
  return false;
}

// "Absagen und nicht wahrgenommene Termine", "die nicht gelöschten Kopien": a "nicht" before an inflected
// participle or adjective that a noun follows belongs to that noun phrase and negates no provision.
bool attributive_negation(MatchContext const& ctx, Sentence const& s, std::size_t at) {
  if (at + 2 >= s.tokens.size()) return false;
  Token const& modifier = s.tokens[at + 1];
  Token const& noun = s.tokens[at + 2];
  if (modifier.segment != s.tokens[at].segment || noun.segment != modifier.segment) return false;
  std::string const& m = modifier.word;
  bool inflected = m.size() > 4 && (m.ends_with("e") || m.ends_with("en") || m.ends_with("er") || m.ends_with("es"));
  char first = ctx.doc.source.text[noun.span.begin], own = ctx.doc.source.text[modifier.span.begin];
  return inflected && first >= 'A' && first <= 'Z' && own >= 'a' && own <= 'z';
}

// Segments opened by a condition word ("sofern keine Pflicht besteht"): their
// negations qualify an exception, not the provision.
std::set<int> conditional_segments(MatchContext const& ctx, Sentence const& s) {
  std::set<int> out;
  std::vector<int> openers = ctx.hits(s, ctx.condition);
  // "unter der Voraussetzung, dass …", "mit der Maßgabe, dass …": the dass-clause is the condition
  for (std::size_t k = 1; k < s.tokens.size(); ++k) {
    std::string const& before = s.tokens[k - 1].word;
    if (s.tokens[k].word == "dass" && (before == "voraussetzung" || before == "bedingung" || before == "massgabe")) {
      openers.push_back(static_cast<int>(k));
    }
  }
  for (int t : openers) {
    int seg = s.tokens[static_cast<std::size_t>(t)].segment;
    out.insert(seg);
    // ", es sei denn, das Gesetz untersagt dies": a bare opener governs the next segment too.
    auto size_of = [&](int sg) { return std::count_if(s.tokens.begin(), s.tokens.end(), [&](Token const& k) { return k.segment == sg; }); };
    auto size = size_of(seg);
    if (size <= 3) out.insert(seg + 1);
    // "wenn er … unter Angabe von Name, Anschrift, Tätigkeit und Verarbeitungsort unterrichtet": the
    // commas of an enumeration do not end the condition; it runs on to the segment with its verb
    // (a condition is verb-final: until a segment ends in its verb, the next one goes on with it, unless
    // that one opens with a verb of its own, as the main clause does: "Soweit erforderlich, unterstützt …")
    auto first_of = [&](int sg) {
      auto k = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& t) { return t.segment == sg; });
      return k == s.tokens.end() ? nullptr : &*k;
    };
    auto ends_in_verb = [&](int sg) {
      auto k = std::find_if(s.tokens.rbegin(), s.tokens.rend(), [&](Token const& t) { return t.segment == sg; });
      return k != s.tokens.rend() && finite_verb(k->word);
    };
    // (nor where the next one opens a clause of its own: "außer in einem Fall: Wir dürfen …")
    auto goes_on = [&](int sg) {
      Token const* next = first_of(sg + 1);
      if (!next || finite_verb(next->word)) return false;
      static constexpr std::string_view kOpensClause[] = {"wir", "ich", "er", "sie", "es", "der", "die", "das", "dies",
                                                          "diese", "dieser", "ein", "eine", "man"};
      if (std::find(std::begin(kOpensClause), std::end(kOpensClause), next->word) != std::end(kOpensClause)) return false;
      auto prev = std::find_if(s.tokens.rbegin(), s.tokens.rend(), [&](Token const& t) { return t.segment == sg; });
      std::string_view gap = std::string_view(ctx.doc.source.text).substr(prev->span.end, next->span.begin - prev->span.end);
      return gap.find_first_of(":;") == std::string_view::npos;
    };
    int last = seg;
    while (!ends_in_verb(last) && goes_on(last)) out.insert(++last);
    // "wenn der Auftragnehmer … informiert und der Auftraggeber nicht … widerspricht": a clause
    // joined to the condition by "und"/"oder" is part of it
    for (std::size_t k = 1; k < s.tokens.size(); ++k) {
      Token const& tk = s.tokens[k];
      if (tk.segment > last + 1) break;
      if (tk.segment == s.tokens[k - 1].segment + 1 && s.tokens[k - 1].segment == last &&
          (tk.word == "und" || tk.word == "oder")) {
        out.insert(tk.segment);
      }
    }
  }
  for (int seg = 0; seg < s.leading_condition; ++seg) out.insert(seg);
  return out;
}

// Does the party appear as grammatical subject? ("der Auftragnehmer", a sentence-initial
// "Auftragnehmer", but not "des Auftragnehmers" / "dem Auftragnehmer").
// Does the party appear as grammatical subject? A sentence-initial mention ("Der
// Auftragnehmer löscht …", "Das Labor meldet …") or one right after the finite verb
// in inverted order ("Nach Vertragsende löscht der Auftragnehmer …") — not an
// object further on ("… meldet der Praxis", "des Auftragnehmers").
// "…, so ist der Auftraggeber unverzüglich zu unterrichten", "wird der Auftraggeber
// hierauf hingewiesen": the party is the subject of a passive and receives the action.
// A word that reads as a past participle rather than a present-tense verb: "gemeldet",
// "unterrichtet", "unterstützt", "informiert" (not "gilt", "besteht").
bool participle_shape(std::string const& w) {
  if (w.size() < 6) return false;
  if (w.rfind("ge", 0) == 0 || w.find("ge", 2) != std::string::npos) return true;
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "iert") == 0) return true;
  for (std::string_view prefix : {"be", "er", "ver", "zer", "ent", "unter", "uber", "hinter", "wider"}) {
    if (w.rfind(prefix, 0) == 0 && w != "besteht" && w != "entsteht" && w != "erfolgt") return true;
  }
  return false;
}

bool passive_subject(Sentence const& s, std::size_t head, std::size_t term) {
  auto aux = [](std::string const& w) { return w == "wird" || w == "werden" || w == "ist" || w == "sind"; };
  bool before = head > 0 && aux(s.tokens[head - 1].word) && s.tokens[head - 1].segment == s.tokens[term].segment;
  bool after = term + 1 < s.tokens.size() && aux(s.tokens[term + 1].word);
  if (!before && !after) return false;
  int segment = s.tokens[term].segment;
  std::size_t last = term;
  while (last + 1 < s.tokens.size() && s.tokens[last + 1].segment == segment) ++last;
  // a participle closes the clause: "informiert", "unterrichtet", "hingewiesen", "mitgeteilt"
  auto participle_word = [](std::string const& w) {
    return (w.size() > 4 && w.back() == 't') ||
           (w.size() > 6 && w.compare(w.size() - 2, 2, "en") == 0 && w.find("ge", 1) != std::string::npos);
  };
  bool gerundive = last > term && s.tokens[last - 1].word == "zu";
  bool participle = last > term + 1 && !gerundive && participle_word(s.tokens[last].word);
  if (participle || gerundive) return true;
  std::string const& verb = before ? s.tokens[head - 1].word : s.tokens[term + 1].word;
  // "Die Praxis wird bei der Beantwortung von Anträgen – insbesondere Auskunft, … – (Art. 12
  // bis 22) durch geeignete Maßnahmen unterstützt": with "wird" the participle may close the
  // whole sentence, after asides (not the future "wird … informieren")
  // ("… bei der Erfüllung der Rechte … (Art. 12 bis 22) unterstützt, insbesondere bei …": or close a
  // later segment)
  if (verb == "wird" || verb == "werden") {
    for (std::size_t k = last + 1; k < s.tokens.size(); ++k) {
      bool closes = k + 1 == s.tokens.size() || s.tokens[k + 1].segment != s.tokens[k].segment;
      if (closes && participle_word(s.tokens[k].word) && participle_shape(s.tokens[k].word)) return true;
    }
    return false;
  }
  // "ist der Auftraggeber …, möglichst binnen 24 Stunden, zu unterrichten": the gerundive
  // may close a later segment of the same sentence.
  if (verb != "ist" && verb != "sind") return false;
  for (std::size_t k = last + 2; k < s.tokens.size(); ++k) {
    bool closes = k + 1 == s.tokens.size() || s.tokens[k + 1].segment != s.tokens[k].segment;
    if (closes && s.tokens[k - 1].word == "zu") return true;
  }
  return false;
}

// The token where a party named by `terms` stands as a subject (the start of its noun
// phrase), or -1.
int party_subject_at(Sentence const& s, std::vector<std::string> const& terms, std::string_view src) {
  auto is_term = [&](std::string const& w) {
    for (auto const& term : terms) {
      if (w == term || w == term + "in") return true;
    }
    return false;
  };
  auto determiner = [](std::string const& w) {
    return w == "der" || w == "die" || w == "das" || w == "jeder" || w == "jede" || w == "jedes" || w == "the";
  };
  auto finite = [](std::string const& w) {
    // (words ending in "t" that are no verbs: "soweit", "nicht", "selbst", …)
    static constexpr std::string_view kNot[] = {"soweit", "insoweit", "seit", "nicht", "selbst", "erst", "jetzt",
                                                "zuletzt", "zunachst", "bereit", "meist", "weit", "sofort", "recht"};
    if (std::find(std::begin(kNot), std::end(kNot), w) != std::end(kNot)) return false;
    return w == "ist" || w == "sind" || w == "hat" || w == "haben" || w == "wird" || w == "werden" || w == "kann" ||
           w == "darf" || w == "muss" || w == "soll" || (w.size() >= 4 && w.back() == 't');
  };
  std::size_t start = 0;  // the answer to a question has its own subject
  while (start < s.tokens.size() && s.tokens[start].segment < s.question) ++start;
  // "Betroffenenrechte: Der Provider unterstützt …", "| 8 | Datenschutzverletzungen | PersoNet meldet …":
  // short labels (a table row's number and title) before the sentence proper
  for (int labels = 0; labels < 3; ++labels) {
    std::size_t label_end = start;
    while (label_end < s.tokens.size() && s.tokens[label_end].segment == s.tokens[start].segment) ++label_end;
    // ("Zu den Rechten der Patientinnen und Patienten: Das Labor unterstützt …": a longer title run in with a colon)
    std::uint32_t label_tail = label_end > start ? s.tokens[label_end - 1].span.end : 0;
    bool colon = label_tail < src.size() && src[label_tail] == ':';
    bool label = label_end < s.tokens.size() && (label_end - start <= 3 || (colon && label_end - start <= 10)) &&
                 std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(start),
                              s.tokens.begin() + static_cast<std::ptrdiff_t>(label_end),
                              [&](Token const& k) { return finite(k.word) || is_term(k.word); });
    if (!label) break;
    start = label_end;
  }
  for (std::size_t i = start; i < s.tokens.size(); ++i) {
    if (!is_term(s.tokens[i].word)) continue;
    std::size_t head = i > start && determiner(s.tokens[i - 1].word) ? i - 1 : i;  // where the noun phrase starts
    // ("Der Auftraggeberin werden auf Verlangen alle Informationen bereitgestellt": "der" before a feminine
    // party word is its dative, not a subject)
    std::string const& noun = s.tokens[i].word;
    bool feminine = noun.size() > 2 && noun.compare(noun.size() - 2, 2, "in") == 0;
    if (head != i && s.tokens[head].word == "der" && feminine) continue;
    // ("Die unverzügliche Information der Schule durch den Anbieter ist geschuldet": the party after a noun of
    // action is its genitive object)
    if (head != i && head > start) {
      std::string const& before = s.tokens[head - 1].word;
      if (before.size() > 5 && (before.ends_with("ung") || before.ends_with("ion"))) continue;
    }
    // ("dann rufen wir sofort an", "Informieren wir …": a pronoun read as the party, right after a plural verb
    // that opens its clause or follows one word there)
    auto plural_verb_before = [&]() {
      static constexpr std::string_view kLeadingAdverbs[] = {"dann", "so", "zudem", "ausserdem", "daher", "deshalb",
                                                             "hierzu", "dabei", "sodann", "ebenso", "anschliessend"};
      if (head != i || head == 0) return false;
      std::string const& verb = s.tokens[head - 1].word;
      int seg = s.tokens[head - 1].segment;
      bool verb_first = head - 1 == 0 || s.tokens[head - 2].segment != seg;
      bool after_adverb = head >= 2 && s.tokens[head - 2].segment == seg && (head == 2 || s.tokens[head - 3].segment != seg) &&
                          std::find(std::begin(kLeadingAdverbs), std::end(kLeadingAdverbs), s.tokens[head - 2].word) !=
                              std::end(kLeadingAdverbs);
      return seg == s.tokens[i].segment && (verb_first || after_adverb) && verb.size() > 3 &&
             verb.compare(verb.size() - 2, 2, "en") == 0;
    };
    // ("…, und Pankratz stellt der Kanzlei … zur Verfügung": a clause joined by a conjunction, subject first)
    auto after_conjunction = [&]() {
      if (head == 0 || i + 1 >= s.tokens.size() || !finite(s.tokens[i + 1].word)) return false;
      std::string const& joiner = s.tokens[head - 1].word;
      int seg = s.tokens[head - 1].segment;
      bool opens = head - 1 == 0 || s.tokens[head - 2].segment != seg;
      return opens && seg == s.tokens[i].segment &&
             (joiner == "und" || joiner == "oder" || joiner == "aber" || joiner == "sondern");
    };
    bool subject = head == start ||
                   (finite(s.tokens[head - 1].word) && s.tokens[head - 1].segment == s.tokens[i].segment) ||
                   plural_verb_before() || after_conjunction();
    if (subject && !passive_subject(s, head, i)) return static_cast<int>(head);
  }
  return -1;
}

// Whether each party is a subject of the sentence. "Die Auftraggeberin informiert die
// Auftragnehmerin …": when both look like one in the same clause segment, the one in front
// is the subject and the one after the verb its object.
std::pair<bool, bool> party_subjects(Sentence const& s, MatchContext const& ctx) {
  std::string_view src = ctx.doc.source.text;
  int processor = party_subject_at(s, ctx.processor_terms, src), controller = party_subject_at(s, ctx.controller_terms, src);
  if (processor >= 0 && controller >= 0 &&
      s.tokens[static_cast<std::size_t>(processor)].segment == s.tokens[static_cast<std::size_t>(controller)].segment) {
    (processor < controller ? controller : processor) = -1;
  }
  return {processor >= 0, controller >= 0};
}

// A lead-in that breaks off mid-sentence: a comma or a word that needs its continuation
// ("… nur Personen ein, die", "…, dass eine Weisung … verstößt,").
bool open_end(Node const& node, Sentence const& last) {
  std::string_view t = text_util::trim(node.text);
  std::string const& w = last.tokens.empty() ? std::string() : last.tokens.back().word;
  // ("(1) … hat der Auftragnehmer nach Wahl des Auftraggebers / a) … zurückzugeben oder": no
  // punctuation at all before the list)
  // (not a label such as "Weitergabekontrolle" above TOM bullets)
  unsigned char last_char = t.empty() ? 0 : static_cast<unsigned char>(t.back());
  bool unpunctuated = (std::isalnum(last_char) || last_char >= 0x80) && last.tokens.size() >= 5;
  return !t.empty() && (t.back() == ',' || unpunctuated || w == "die" || w == "der" ||
                        w == "dass" || w == "wenn" || w == "indem" || w == "um" || w == "und" || w == "oder");
}

// The sentence that leads into the list a list entry stands in (its holder's last
// sentence, which the list continues), or null. Computed once per sentence (MatchContext::lead_in).
Sentence const* find_lead_in(MatchContext const& ctx, Sentence const& s) {
  Node const& entry = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
  if (entry.kind != NodeKind::item && entry.kind != NodeKind::bullet) return nullptr;
  // "- Der Auftragnehmer setzt nur Personen ein, die" then "  - a) …" read beside it: the
  // entry before the run of lettered items, when it breaks off with a comma
  if (entry.kind == NodeKind::item && entry.parent > 0) {
    auto const& siblings = ctx.doc.nodes[static_cast<std::size_t>(entry.parent)].children;
    auto at = std::find(siblings.begin(), siblings.end(), s.node);
    while (at != siblings.begin() && ctx.doc.nodes[static_cast<std::size_t>(*(at - 1))].kind == NodeKind::item) --at;
    if (at != siblings.begin()) {
      int before = *(at - 1);
      // (the bullet sits in a list of its own: take the list's last bullet)
      while (ctx.doc.nodes[static_cast<std::size_t>(before)].kind == NodeKind::list &&
             !ctx.doc.nodes[static_cast<std::size_t>(before)].children.empty()) {
        before = ctx.doc.nodes[static_cast<std::size_t>(before)].children.back();
      }
      Node const& prev = ctx.doc.nodes[static_cast<std::size_t>(before)];
      auto const& own = ctx.sentences_of_node[static_cast<std::size_t>(before)];
      if (prev.kind == NodeKind::bullet && !own.empty() && open_end(prev, ctx.sentences[static_cast<std::size_t>(own.back())])) {
        return &ctx.sentences[static_cast<std::size_t>(own.back())];
      }
    }
  }
  int holder = entry.parent;
  int list = -1;
  while (holder > 0 && ctx.doc.nodes[static_cast<std::size_t>(holder)].kind == NodeKind::list) {
    list = holder;
    holder = ctx.doc.nodes[static_cast<std::size_t>(holder)].parent;
  }
  if (holder <= 0) return nullptr;
  // "AN:" or "Das Rechenzentrum verpflichtet sich," as a paragraph of its own, the list beside it ("- stellt
  // AG alle … Informationen … zur Verfügung"): the paragraph right before the list leads into it
  if (list > 0) {
    auto const& siblings = ctx.doc.nodes[static_cast<std::size_t>(holder)].children;
    auto at = std::find(siblings.begin(), siblings.end(), list);
    if (at != siblings.begin()) {
      Node const& prev = ctx.doc.nodes[static_cast<std::size_t>(*(at - 1))];
      auto const& own = ctx.sentences_of_node[static_cast<std::size_t>(*(at - 1))];
      std::string_view lead = text_util::trim(prev.text);
      if (prev.kind == NodeKind::paragraph && !own.empty() && (lead.ends_with(':') || lead.ends_with(','))) {
        return &ctx.sentences[static_cast<std::size_t>(own.back())];
      }
    }
  }
  auto const& own = ctx.sentences_of_node[static_cast<std::size_t>(holder)];
  return own.empty() ? nullptr : &ctx.sentences[static_cast<std::size_t>(own.back())];
}

// The cached lead-in of one of the context's sentences (`open_only`: only one that breaks off
// mid-sentence); a sentence from elsewhere is looked up directly.
Sentence const* lead_in_of(MatchContext const& ctx, Sentence const& s, bool open_only = false) {
  auto si = static_cast<std::size_t>(&s - ctx.sentences.data());
  if (si >= ctx.lead_in.size()) {
    Sentence const* lead = find_lead_in(ctx, s);
    return lead && (!open_only || open_end(ctx.doc.nodes[static_cast<std::size_t>(lead->node)], *lead)) ? lead : nullptr;
  }
  if (ctx.lead_in[si] < 0 || (open_only && !ctx.lead_in_open[si])) return nullptr;
  return &ctx.sentences[static_cast<std::size_t>(ctx.lead_in[si])];
}

// "Der Auftragnehmer unterstützt … namentlich (a) … (d) …, jeweils jedoch nur, soweit dies
// ihm wirtschaftlich zumutbar ist": a list entry is hollowed by the sentence that leads into it.
bool lead_in_hollowed(MatchContext const& ctx, Sentence const& s) {
  Sentence const* lead = lead_in_of(ctx, s);
  if (!lead) return false;
  auto const& exempt = ctx.hits(*lead, ctx.hollowing_exempt);
  auto const& hollowing = ctx.hits(*lead, ctx.hollowing);
  return std::any_of(hollowing.begin(), hollowing.end(), [&](int t) { return !in(exempt, t); });
}

// A clause the sentence refers to ("nach Ziffer 4.4", "§ 4 Abs. 2 gilt entsprechend") mentions one of the concepts.
bool referred_clause_mentions(MatchContext const& ctx, Sentence const& s, std::vector<int> const& concepts) {
  for (int r : ctx.references_from[static_cast<std::size_t>(s.node)]) {
    auto const& ref = ctx.doc.references[static_cast<std::size_t>(r)];
    if (ref.target < 0 || ref.span.begin < s.span.begin || ref.span.end > s.span.end) continue;
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(ref.target)]) {
      for (int c : concepts) {
        if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
      }
    }
  }
  return false;
}

// The sentence itself, the other sentences of its clause, the sentences of
// enclosing nodes, or their headings carry one of the concepts.
bool under_context(MatchContext const& ctx, Sentence const& s, std::vector<int> const& concepts) {
  for (int c : concepts) {
    if (ctx.occurs(s, c)) return true;
  }
  // The other sentences of the same clause ("Nach Vertragsende … . Der Auftragnehmer löscht …");
  // a table's rows are clauses of their own ("| P-03 | Zwingendes Recht | …" is no subprocessor row).
  Node const& clause = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
  Span row{0, UINT32_MAX};
  for (auto const& r : clause.rows) {
    if (r.span.begin <= s.span.begin && s.span.begin < r.span.end) row = r.span;
  }
  for (int other : ctx.sentences_of_node[static_cast<std::size_t>(s.node)]) {
    Span o = ctx.sentences[static_cast<std::size_t>(other)].span;
    if (o.begin < row.begin || o.begin >= row.end) continue;
    for (auto const& c : concepts) {
      if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
    }
  }
  // "| Kategorie betroffener Personen | Arten personenbezogener Daten |": a table's header row
  // names what its rows list
  for (auto const& r : clause.rows) {
    if (!r.header) continue;
    std::vector<std::string> words;
    for (auto const& cell : r.cells) {
      text_util::for_each_word(cell, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
    }
    for (int c : concepts) {
      if (ctx.concepts.occurs_in_words(words, c)) return true;
    }
  }
  // "10.1 Macht eine betroffene Person … Rechte nach Art. 15 bis 21 DSGVO geltend, …" / "10.2 … bei der
  // Beantwortung solcher Anfragen": a sentence that points back names its topic in the clause before.
  // (a noun phrase that points back: "solche Anfragen", "diese Rechte" — not "hierzu", "dabei")
  auto const& anaphors = ctx.hits(s, ctx.anaphor);
  bool points_back = std::any_of(anaphors.begin(), anaphors.end(), [&](int t) {
    std::string const& w = s.tokens[static_cast<std::size_t>(t)].word;
    return w.rfind("solch", 0) == 0 || w.rfind("diese", 0) == 0 || w.rfind("derartig", 0) == 0;
  });
  if (points_back) {
    Node const& self = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
    if (self.parent >= 0) {
      auto const& siblings = ctx.doc.nodes[static_cast<std::size_t>(self.parent)].children;
      auto pos = std::find(siblings.begin(), siblings.end(), s.node);
      if (pos != siblings.begin() && pos != siblings.end()) {
        for (int other : ctx.sentences_of_node[static_cast<std::size_t>(*(pos - 1))]) {
          for (int c : concepts) {
            if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
          }
        }
      }
    }
  }
  // A lead-in just before the node or one of its ancestors ("Arten personenbezogener
  // Daten:" followed by a list).
  for (int n = s.node; n > 0; n = ctx.doc.nodes[static_cast<std::size_t>(n)].parent) {
    Node const& cur = ctx.doc.nodes[static_cast<std::size_t>(n)];
    Node const& parent = ctx.doc.nodes[static_cast<std::size_t>(cur.parent)];
    auto pos = std::find(parent.children.begin(), parent.children.end(), n);
    if (pos == parent.children.begin() || pos == parent.children.end()) continue;
    Node const& before = ctx.doc.nodes[static_cast<std::size_t>(*(pos - 1))];
    std::string_view lead = text_util::trim(before.text);
    // "Arten personenbezogener Daten:" or a bare title line above a list ("Kategorien betroffener Personen").
    // ("Kategorien betroffener Personen (Data Subjects)": a gloss in brackets after the title)
    std::string_view title = lead;
    if (!title.empty() && title.back() == ')' && title.rfind('(') != std::string_view::npos) {
      title = text_util::trim(title.substr(0, title.rfind('(')));
    }
    bool title_line = before.kind == NodeKind::paragraph && title.size() <= 60 && !title.empty() &&
                      std::isalpha(static_cast<unsigned char>(title.back())) &&
                      std::count(title.begin(), title.end(), ' ') < 6 &&
                      (cur.kind == NodeKind::list || cur.kind == NodeKind::item || cur.kind == NodeKind::table);
    // "(3) Betroffene Personen sind" above "1. …", "2. …": a lead-in that stops at its verb
    std::string_view last_word = lead.substr(lead.find_last_of(' ') == std::string_view::npos ? 0 : lead.find_last_of(' ') + 1);
    bool verb_lead = last_word == "sind" || last_word == "ist" || last_word == "umfasst" || last_word == "umfassen" ||
                     last_word == "insbesondere" || last_word == "folgende";
    if (lead.empty() || (lead.back() != ':' && !title_line && !verb_lead)) continue;
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(*(pos - 1))]) {
      for (int c : concepts) {
        if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
      }
    }
  }
  for (int n = ctx.doc.nodes[static_cast<std::size_t>(s.node)].parent; n > 0;
       n = ctx.doc.nodes[static_cast<std::size_t>(n)].parent) {
    Node const& node = ctx.doc.nodes[static_cast<std::size_t>(n)];
    if (!node.heading.empty()) {
      std::vector<std::string> words;
      text_util::for_each_word(node.heading, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
      for (int c : concepts) {
        if (ctx.concepts.occurs_in_words(words, c)) return true;
      }
    }
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(n)]) {
      for (int c : concepts) {
        if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
      }
    }
  }
  // "6.1 … Unterauftragnehmer …", "6.3 Der Auftraggeber kann … Einwände erheben": clauses
  // numbered 6.x whose "6" is no node of its own (a clause quoted in an amendment) share
  // their context; the earlier ones of the run count as the enclosing clause.
  Node const& self = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
  if (self.kind == NodeKind::clause && self.parts.size() >= 2 && self.parent >= 0) {
    Node const& holder = ctx.doc.nodes[static_cast<std::size_t>(self.parent)];
    bool own_parent = holder.parts.size() == self.parts.size() - 1 &&
                      std::equal(holder.parts.begin(), holder.parts.end(), self.parts.begin());
    // "8. Arbeiten wir mit anderen Firmen zusammen?" / "8.1 Ja, mit den … Unterauftragsverarbeitern." /
    // "8.2 Über jede geplante Änderung informieren wir Sie …": under a question, the answer's
    // earlier clauses name the topic the question put in everyday words.
    bool question = own_parent && text_util::trim(holder.heading).ends_with('?');
    auto pos = std::find(holder.children.begin(), holder.children.end(), s.node);
    while ((!own_parent || question) && pos != holder.children.begin() && pos != holder.children.end()) {
      --pos;
      Node const& sibling = ctx.doc.nodes[static_cast<std::size_t>(*pos)];
      if (sibling.parts.size() != self.parts.size() ||
          !std::equal(self.parts.begin(), self.parts.end() - 1, sibling.parts.begin())) {
        break;
      }
      for (int other : ctx.sentences_of_node[static_cast<std::size_t>(*pos)]) {
        for (int c : concepts) {
          if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
        }
      }
    }
  }
  // A clause the sentence refers to ("In den Fällen der Ziffer 4.4 setzt er den
  // Auftraggeber hiervon in Kenntnis").
  if (referred_clause_mentions(ctx, s, concepts)) return true;
  // A table row: the table's header names the column ("Datenarten").
  Node const& own = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
  if (own.kind == NodeKind::table && !own.rows.empty() && own.rows.front().header) {
    std::vector<std::string> words;
    for (auto const& cell : own.rows.front().cells) {
      text_util::for_each_word(cell, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
    }
    for (int c : concepts) {
      if (ctx.concepts.occurs_in_words(words, c)) return true;
    }
  }
  return false;
}

// The clause segment in which all the concepts occur ("nur durch Zertifikate"), or -1.
int meeting_segment(MatchContext const& ctx, Sentence const& s, std::vector<int> const& concepts) {
  if (concepts.empty()) return -1;
  for (int t : ctx.hits(s, concepts.front())) {
    int seg = s.tokens[static_cast<std::size_t>(t)].segment;
    bool all = std::all_of(concepts.begin() + 1, concepts.end(), [&](int c) {
      auto const& hits = ctx.hits(s, c);
      return std::any_of(hits.begin(), hits.end(), [&](int k) { return s.tokens[static_cast<std::size_t>(k)].segment == seg; });
    });
    if (all) return seg;
  }
  return -1;
}

// Does the sentence's clause, with its items, mention one of the concepts? "Mündliche
// Weisungen sind nur zulässig, wenn (a) … (b) …; sie werden (i) erfasst und (ii) in
// Textform bestätigt." A paragraph or item inside a clause stands for the whole clause.
bool clause_mentions(MatchContext const& ctx, Sentence const& s, std::vector<int> const& concepts) {
  int root = s.node;
  for (int up = root; up > 0; up = ctx.doc.nodes[static_cast<std::size_t>(up)].parent) {
    NodeKind k = ctx.doc.nodes[static_cast<std::size_t>(up)].kind;
    if (k == NodeKind::clause) root = up;
    if (k != NodeKind::paragraph && k != NodeKind::item && k != NodeKind::bullet && k != NodeKind::list) break;
  }
  std::vector<int> pending{root};
  while (!pending.empty()) {
    int n = pending.back();
    pending.pop_back();
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(n)]) {
      for (int c : concepts) {
        if (ctx.occurs(ctx.sentences[static_cast<std::size_t>(other)], c)) return true;
      }
    }
    for (int child : ctx.doc.nodes[static_cast<std::size_t>(n)].children) pending.push_back(child);
  }
  // "… kann der Auftragnehmer auch mündlich entgegennehmen; § 4 Abs. 2 Satz 3 gilt entsprechend": a
  // clause the sentence itself refers to counts as part of it
  if (referred_clause_mentions(ctx, s, concepts)) return true;
  return false;
}

// "Daten: E-Mail-Adresse, Vorname, …": the sentence opens with a short label (a first segment
// of up to three words, with more segments after it) that one of the concepts fills.
bool labelled(MatchContext const& ctx, Sentence const& s, std::vector<int> const& concepts) {
  std::size_t label_end = 0;
  while (label_end < s.tokens.size() && s.tokens[label_end].segment == s.tokens.front().segment) ++label_end;
  if (label_end == 0 || label_end > 3 || label_end == s.tokens.size()) return false;
  for (int c : concepts) {
    auto const& hits = ctx.hits(s, c);
    if (std::any_of(hits.begin(), hits.end(), [&](int t) { return static_cast<std::size_t>(t) < label_end; })) return true;
  }
  return false;
}

// "Insbesondere ist es ihm untersagt,\n (a) Daten für eigene Auswertungen zu nutzen, …":
// the items of a prohibiting lead-in are prohibited.
bool prohibited_by_lead_in(MatchContext const& ctx, Sentence const& s) {
  Node const& own = ctx.doc.nodes[static_cast<std::size_t>(s.node)];
  if (own.kind != NodeKind::item || own.parent <= 0) return false;
  std::string_view lead = text_util::trim(ctx.doc.nodes[static_cast<std::size_t>(own.parent)].text);
  auto const& lead_sentences = ctx.sentences_of_node[static_cast<std::size_t>(own.parent)];
  if (lead.empty() || (lead.back() != ',' && lead.back() != ':') || lead_sentences.empty()) return false;
  return ctx.occurs(ctx.sentences[static_cast<std::size_t>(lead_sentences.back())], ctx.prohibition);
}

}  // namespace

std::string parse_provision(nlohmann::json const& j, Provision& p) {
  if (!j.is_object()) return ": a provision must be an object";
  for (auto [key, target] : {std::pair<char const*, std::vector<std::string>*>{"all", &p.all},
                             {"any", &p.any}, {"none", &p.none}, {"none_in_clause", &p.none_in_clause},
                             {"none_in_segment", &p.none_in_segment},
                             {"under", &p.under}, {"label", &p.label}}) {
    if (auto e = strings(j, key, *target); !e.empty()) return e;
  }
  std::string actor = j.value("actor", "any");
  if (actor == "processor") {
    p.actor = Actor::processor;
  } else if (actor == "controller") {
    p.actor = Actor::controller;
  } else if (actor != "any") {
    return "/actor: must be processor, controller or any";
  }
  std::string modality = j.value("modality", "any");
  if (modality == "duty") {
    p.modality = Modality::duty;
  } else if (modality == "permission") {
    p.modality = Modality::permission;
  } else if (modality != "any") {
    return "/modality: must be duty, permission or any";
  }
  p.negated = j.value("negated", false);
  p.weak = j.value("weak", false);
  p.any_polarity = j.value("any_polarity", false);
  p.min_matches = j.value("min_matches", 1);
  p.min_segments = j.value("min_segments", 1);
  p.annex_only = j.value("annex_only", false);
  p.asserted = j.value("asserted", false);
  p.same_segment = j.value("same_segment", false);
  p.period_max_hours = j.value("period_max_hours", -1.0);
  p.period_min_hours = j.value("period_min_hours", -1.0);
  if (p.all.empty() && p.any.empty() && p.under.empty()) return "/all: a provision needs at least one concept";
  return {};
}

std::string parse_provisions(nlohmann::json const& j, std::vector<Provision>& out) {
  if (!j.is_array()) return ": must be a list of provisions";
  for (std::size_t i = 0; i < j.size(); ++i) {
    Provision p;
    if (auto e = parse_provision(j[i], p); !e.empty()) return "/" + std::to_string(i) + e;
    out.push_back(std::move(p));
  }
  return {};
}

std::vector<int> const& MatchContext::hits(Sentence const& s, int c) const {
  static std::vector<int> const none;
  if (c < 0) return none;
  auto si = static_cast<std::size_t>(&s - sentences.data());
  if (si >= sentences.size()) {  // not one of ours (tests): no caching
    thread_local std::vector<int> scratch;
    scratch = concepts.find(s, c);
    return scratch;
  }
  auto const& hits = hit_cache[si];
  auto it = std::lower_bound(hits.begin(), hits.end(), c, [](auto const& h, int key) { return h.first < key; });
  return it != hits.end() && it->first == c ? it->second : none;
}

std::string resolve_concepts(Provision& p, ConceptTable const& concepts) {
  std::string error;
  auto resolve = [&](std::vector<std::string> const& names, std::vector<int>& ids) {
    ids.clear();
    for (auto const& n : names) {
      int id = concepts.index(n);
      if (id < 0 && error.empty()) error = "unknown concept '" + n + "'";
      ids.push_back(id);
    }
  };
  resolve(p.all, p.all_ids);
  resolve(p.any, p.any_ids);
  resolve(p.none, p.none_ids);
  resolve(p.none_in_clause, p.none_in_clause_ids);
  resolve(p.none_in_segment, p.none_in_segment_ids);
  resolve(p.under, p.under_ids);
  resolve(p.label, p.label_ids);
  return error;
}

std::vector<int> const& candidate_sentences(MatchContext const& ctx, Provision const& p) {
  static std::vector<int> const none;
  std::vector<int> const* best = nullptr;
  for (int c : p.all_ids) {
    if (c < 0) return none;
    auto const& list = ctx.sentences_with[static_cast<std::size_t>(c)];
    if (!best || list.size() < best->size()) best = &list;
  }
  if (best) return *best;
  if (p.any_ids.empty()) return ctx.all_sentences;  // only context conditions ("under"): every sentence
  // Only `any` concepts: the union of their sentences.
  thread_local std::vector<int> merged;
  merged.clear();
  for (int c : p.any_ids) {
    if (c < 0) continue;
    auto const& list = ctx.sentences_with[static_cast<std::size_t>(c)];
    merged.insert(merged.end(), list.begin(), list.end());
  }
  std::sort(merged.begin(), merged.end());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  return merged;
}

namespace {

// An annex with nothing in it but template fields ("Anlage 2 – TOM" over "[wird nachgereicht]").
bool hollow_annex(Document const& doc, int index) {
  Node const& annex = doc.nodes[static_cast<std::size_t>(index)];
  if (annex.kind != NodeKind::annex) return false;
  std::vector<int> pending(annex.children.begin(), annex.children.end());
  std::string text = annex.text;
  while (!pending.empty() && text.size() < 400) {
    Node const& n = doc.nodes[static_cast<std::size_t>(pending.back())];
    pending.pop_back();
    text += " " + n.text + " " + n.heading;
    pending.insert(pending.end(), n.children.begin(), n.children.end());
  }
  // what is left outside brackets and blanks
  int depth = 0;
  for (char c : text) {
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (depth == 0 && std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "… trifft die in Anlage 2 festgelegten Maßnahmen" with Anlage 2 only "[wird nachgereicht]": the
// pointer to the annex lists nothing, so its annex word does not count.
void drop_hollow_annex_words(MatchContext& ctx) {
  int annex_word = ctx.concepts.index("annex-word");
  if (annex_word < 0) return;
  for (std::size_t i = 0; i < ctx.sentences.size(); ++i) {
    Sentence const& s = ctx.sentences[i];
    std::vector<Span> hollow;
    for (int r : ctx.references_from[static_cast<std::size_t>(s.node)]) {
      Reference const& ref = ctx.doc.references[static_cast<std::size_t>(r)];
      if (ref.target >= 0 && hollow_annex(ctx.doc, ref.target)) hollow.push_back(ref.span);
    }
    if (hollow.empty()) continue;
    auto& hits = ctx.hit_cache[i];
    auto entry = std::find_if(hits.begin(), hits.end(), [&](auto const& h) { return h.first == annex_word; });
    if (entry == hits.end()) continue;
    std::erase_if(entry->second, [&](int t) {
      auto at = s.tokens[static_cast<std::size_t>(t)].span.begin;
      return std::any_of(hollow.begin(), hollow.end(), [&](Span const& h) { return at >= h.begin && at < h.end; });
    });
    if (entry->second.empty()) {
      hits.erase(entry);
      std::erase(ctx.sentences_with[static_cast<std::size_t>(annex_word)], static_cast<int>(i));
    }
  }
}

}  // namespace

MatchContext make_match_context(Document const& doc, ConceptTable const& concepts,
                                std::vector<Sentence> const& sentences) {
  MatchContext ctx{doc, concepts, sentences, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  ctx.sentences_of_node.resize(doc.nodes.size());
  ctx.references_from.resize(doc.nodes.size());
  for (std::size_t r = 0; r < doc.references.size(); ++r) {
    int from = doc.references[r].from;
    if (from >= 0 && static_cast<std::size_t>(from) < doc.nodes.size()) {
      ctx.references_from[static_cast<std::size_t>(from)].push_back(static_cast<int>(r));
    }
  }
  ctx.hit_cache.resize(sentences.size());
  ctx.sentences_with.resize(concepts.size());
  ctx.all_sentences.resize(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) ctx.all_sentences[i] = static_cast<int>(i);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    ctx.sentences_of_node[static_cast<std::size_t>(sentences[i].node)].push_back(static_cast<int>(i));
    ctx.hit_cache[i] = concepts.all_hits(sentences[i]);
    for (auto const& [c, tokens] : ctx.hit_cache[i]) ctx.sentences_with[static_cast<std::size_t>(c)].push_back(static_cast<int>(i));
  }
  // Defined party names arrive canonicalised by the sentence splitter.
  for (char const* t : {"auftragnehmer", "auftragsverarbeiter", "dienstleister", "processor", "anbieter"}) {
    ctx.processor_terms.emplace_back(t);
  }
  for (char const* t : {"auftraggeber", "verantwortliche", "verantwortlicher", "kunde", "controller"}) {
    ctx.controller_terms.emplace_back(t);
  }
  ctx.negation = concepts.index("negation");
  ctx.anaphor = concepts.index("anaphor");
  ctx.negation_exempt = concepts.index("negation-exempt");
  ctx.condition = concepts.index("condition");
  ctx.modal = concepts.index("modal");
  ctx.obliging = concepts.index("obliging");
  ctx.permission = concepts.index("permission");
  ctx.duty = concepts.index("duty");
  ctx.hollowing = concepts.index("hollowing");
  ctx.hollowing_exempt = concepts.index("hollowing-exempt");
  ctx.claim = concepts.index("claim");
  ctx.immediate = concepts.index("immediate");
  ctx.negating_predicate = concepts.index("negating-predicate");
  ctx.only = concepts.index("only");
  ctx.own_deadline = concepts.index("own-deadline");
  ctx.prohibition = concepts.index("prohibition-word");
  carry_defined_terms(ctx);
  drop_hollow_annex_words(ctx);
  ctx.lead_in.assign(sentences.size(), -1);
  ctx.lead_in_open.assign(sentences.size(), 0);
  // A list entry whose lead-in breaks off mid-sentence is a candidate for the lead-in's concepts
  // too (match() lets them count for the entry).
  std::vector<std::vector<int>> inherited(concepts.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sentence const* lead = find_lead_in(ctx, sentences[i]);
    if (!lead) continue;
    std::size_t li = static_cast<std::size_t>(lead - sentences.data());
    ctx.lead_in[i] = static_cast<int>(li);
    ctx.lead_in_open[i] = open_end(doc.nodes[static_cast<std::size_t>(lead->node)], *lead);
    if (!ctx.lead_in_open[i]) continue;
    for (auto const& [c, tokens] : ctx.hit_cache[li]) inherited[static_cast<std::size_t>(c)].push_back(static_cast<int>(i));
  }
  for (std::size_t c = 0; c < inherited.size(); ++c) {
    if (inherited[c].empty()) continue;
    auto& with = ctx.sentences_with[c];
    std::vector<int> merged;
    std::set_union(with.begin(), with.end(), inherited[c].begin(), inherited[c].end(), std::back_inserter(merged));
    with = std::move(merged);
  }
  return ctx;
}

// "Eine Inspektion pro Kalenderjahr ist ohne zusätzliche Vergütung", "Nach Ablauf von 30 Tagen ohne Wahl
// des Vereins löscht der Anbieter …": an "ohne" that is its segment's only negator negates the noun phrase
// after it (up to a finite verb), not the words before it or the verb after. It negates the provision only
// when one of the matched words stands in that phrase ("darf ohne Zustimmung … einsetzen").
bool lone_ohne_misses(Sentence const& s, std::size_t at, std::vector<int> const& negations,
                      std::vector<int> const& exempt, std::vector<int> const& matched) {
  int segment = s.tokens[at].segment;
  bool other_negator = std::any_of(negations.begin(), negations.end(), [&](int t) {
    return static_cast<std::size_t>(t) != at && !in(exempt, t) && s.tokens[static_cast<std::size_t>(t)].segment == segment;
  });
  if (other_negator) return false;
  for (std::size_t t = at + 1; t < s.tokens.size() && s.tokens[t].segment == segment; ++t) {
    if (finite_verb(s.tokens[t].word)) break;
    if (in(matched, static_cast<int>(t))) return false;
  }
  return true;
}

// "Frage 20: Behält der Auftragnehmer nach Vertragsende Daten für eigene Zwecke?" / "Antwort: Nein." (or a
// ticked "☒ Nein" below it): a question answered "Nein" states nothing (one answered "Ja" does). Returns
// the source offset up to which the sentence is such a question: its end, or the answer's end where the
// sentence runs on into a remark ("Ja [ ]  Nein [X]  Bemerkung: Der Auftragnehmer meldet …"); 0 for none.
std::uint32_t answered_no_until(MatchContext const& ctx, Sentence const& s) {
  std::string_view src = ctx.doc.source.text;
  // The question mark: at the sentence's end, or inside a sentence that runs on into its answer
  // ("Frage 20: Behält der Auftragnehmer … ?" as a title over "Antwort: Nein.")
  std::size_t mark = std::string_view::npos;
  if (s.span.end < src.size() && src[s.span.end] == '?') {
    mark = s.span.end;
  } else if (s.question > 0 && s.span.end <= src.size()) {
    mark = src.substr(s.span.begin, s.span.end - s.span.begin).find('?');
    if (mark != std::string_view::npos) mark += s.span.begin;
  }
  if (mark == std::string_view::npos) return 0;
  // the answer: the first words after the question mark ("Antwort: Nein.", "☐ Ja ☒ Nein", "Ja [ ] Nein [X]")
  auto answer = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& t) { return t.span.begin > mark; });
  auto answer_end = [&]() -> std::uint32_t {
    for (auto t = answer; t != s.tokens.end() && t - answer < 4; ++t) {
      if (t->word == "nein") return t->span.end + 4;  // (and a box after it)
    }
    return s.span.end;
  };
  char given = text_util::yes_no_answer(src.substr(mark + 1, 80));
  if (given == 'n') return mark < s.span.end ? answer_end() : s.span.end;
  if (given == 'y' || mark < s.span.end) return 0;
  auto no = [](std::vector<Token> const& tokens, std::size_t first) {
    if (first < tokens.size() && tokens[first].word == "antwort") ++first;
    return first < tokens.size() && tokens[first].word == "nein";
  };
  if (&s < ctx.sentences.data() || &s >= ctx.sentences.data() + ctx.sentences.size()) return 0;
  auto next = static_cast<std::size_t>(&s - ctx.sentences.data()) + 1;
  if (next >= ctx.sentences.size() || ctx.sentences[next].node != s.node) return 0;
  return no(ctx.sentences[next].tokens, 0) ? s.span.end : 0;
}

MatchKind match(MatchContext const& ctx, Provision const& p, Sentence const& s) {
  if (p.annex_only && !s.in_annex) return MatchKind::none;
  // (what a question answered "Nein" says counts for nothing; a remark after the answer does)
  std::uint32_t answered_no = answered_no_until(ctx, s);
  if (answered_no >= s.span.end) return MatchKind::none;
  if (p.min_segments > 1 && (s.tokens.empty() || s.tokens.back().segment + 1 < p.min_segments)) return MatchKind::none;
  std::vector<int> matched_tokens;
  // "- Der Auftragnehmer setzt nur Personen ein, die / - a) zur Vertraulichkeit verpflichtet worden
  // sind": an entry of a list whose lead-in breaks off mid-sentence (no colon, no full stop)
  // continues that sentence, and a concept the lead-in holds counts for the entry.
  Sentence const* lead = p.same_segment || p.min_matches > 1 ? nullptr : lead_in_of(ctx, s, true);
  for (int c : p.all_ids) {
    auto const& hits = ctx.hits(s, c);
    if (hits.empty() && lead && ctx.occurs(*lead, c)) continue;
    if (hits.empty()) return MatchKind::none;
    if (answered_no > 0 && std::none_of(hits.begin(), hits.end(), [&](int t) {
          return s.tokens[static_cast<std::size_t>(t)].span.begin >= answered_no;
        })) {
      return MatchKind::none;
    }
    // "Die Verarbeitung erfolgt für die Dauer von [●].": a concept only in a segment left blank
    if (!s.blank_segments.empty() && std::all_of(hits.begin(), hits.end(), [&](int t) {
          return in(s.blank_segments, s.tokens[static_cast<std::size_t>(t)].segment);
        })) {
      return MatchKind::none;
    }
    if (&c == &p.all_ids.front() && p.min_matches > 1 &&
        static_cast<int>(std::set<int>(hits.begin(), hits.end()).size()) < p.min_matches) {
      return MatchKind::none;
    }
    matched_tokens.insert(matched_tokens.end(), hits.begin(), hits.end());
  }
  int meeting = p.same_segment ? meeting_segment(ctx, s, p.all_ids) : -1;
  if (p.same_segment && meeting < 0) return MatchKind::none;
  if (!p.any.empty()) {
    bool found = false;
    for (int c : p.any_ids) {
      auto const& hits = ctx.hits(s, c);
      if (!hits.empty()) {
        found = true;
        matched_tokens.insert(matched_tokens.end(), hits.begin(), hits.end());
      }
    }
    if (!found) return MatchKind::none;
  }
  for (int c : p.none_ids) {
    if (ctx.occurs(s, c)) return MatchKind::none;
  }
  // Each `all` concept needs an occurrence outside the segments the excluded concepts
  // stand in: "Er unterstützt … bei der Meldung von Verletzungen an die Aufsichtsbehörde …
  // und meldet Verletzungen unverzüglich" holds a notice of its own after the assistance.
  if (!p.none_in_segment_ids.empty()) {
    std::set<int> blocked;
    for (int c : p.none_in_segment_ids) {
      for (int t : ctx.hits(s, c)) blocked.insert(s.tokens[static_cast<std::size_t>(t)].segment);
    }
    // "unterstützt … bei der Einhaltung der Pflichten, also bei der Sicherheit der Verarbeitung,
    // bei der Meldung …": the enumerated "bei …" segments go on with the segment they continue.
    for (std::size_t t = 1; t < s.tokens.size(); ++t) {
      int seg = s.tokens[t].segment;
      if (seg == s.tokens[t - 1].segment || !blocked.count(s.tokens[t - 1].segment)) continue;
      std::string const& w = s.tokens[t].word;
      bool enumerated = w == "bei" || ((w == "also" || w == "insbesondere" || w == "namentlich" || w == "etwa" ||
                                        w == "und" || w == "sowie") &&
                                       t + 1 < s.tokens.size() && s.tokens[t + 1].word == "bei");
      if (enumerated) blocked.insert(seg);
    }
    for (int c : p.all_ids) {
      auto const& hits = ctx.hits(s, c);
      if (hits.empty()) continue;  // held by the lead-in (checked above)
      bool free = std::any_of(hits.begin(), hits.end(), [&](int t) {
        return !blocked.count(s.tokens[static_cast<std::size_t>(t)].segment);
      });
      if (!free) return MatchKind::none;
    }
  }
  if (!p.none_in_clause_ids.empty() && clause_mentions(ctx, s, p.none_in_clause_ids)) return MatchKind::none;
  if (!p.under_ids.empty() && !under_context(ctx, s, p.under_ids)) return MatchKind::none;
  if (!p.label_ids.empty() && !labelled(ctx, s, p.label_ids)) return MatchKind::none;

  // Negation, judged per segment. A segment is negated when it holds an odd number
  // of negators ("ohne … keine", "nicht ausgeschlossen" cancel out) or several plain
  // ones ("gibt sie nicht weiter und nutzt sie nicht"); when it follows a segment that holds a
  // negated modal ("ist nicht verpflichtet, … zu dulden"); or when a later bare
  // predicate negates what came before ("…, ist ausgeschlossen"). Segments opened by
  // a condition ("sofern keine Pflicht besteht") qualify an exception: they are
  // never negated and negate nothing. A concept counts as negated when every one of
  // its occurrences stands in a negated segment; the provision is negated when one
  // of its concepts is.
  std::set<int> conditional = conditional_segments(ctx, s);
  std::vector<int> const& exempt = ctx.hits(s, ctx.negation_exempt);  // "ohne schuldhaftes Zögern", "nicht nur"
  std::map<int, int> negators_in, inverters_in;  // inverters: words that turn a negation around
  auto const& negation_hits = ctx.hits(s, ctx.negation);
  // "setzt keine Person ein, die nicht zuvor zur Vertraulichkeit verpflichtet worden ist": a "kein" whose
  // relative clause says "nicht" affirms (every person employed is committed); both cancel out
  std::vector<int> cancelled;
  for (int t : negation_hits) {
    if (s.tokens[static_cast<std::size_t>(t)].word.rfind("kein", 0) != 0) continue;
    int seg = s.tokens[static_cast<std::size_t>(t)].segment;
    auto next = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& k) { return k.segment == seg + 1; });
    if (next == s.tokens.end() || next == s.tokens.begin() ||
        !(next->word == "die" || next->word == "der" || next->word == "das" || next->word.rfind("welche", 0) == 0)) {
      continue;
    }
    // (a relative clause after a comma, not the next cell: "| Keine eigene Nutzung | Der Auftragnehmer nutzt … nicht")
    std::uint32_t gap_from = (next - 1)->span.end;
    if (std::string_view(ctx.doc.source.text).substr(gap_from, next->span.begin - gap_from).find(',') == std::string_view::npos) {
      continue;
    }
    for (int u : negation_hits) {
      if (s.tokens[static_cast<std::size_t>(u)].segment == seg + 1 && s.tokens[static_cast<std::size_t>(u)].word == "nicht") {
        cancelled.push_back(t);
        cancelled.push_back(u);
        break;
      }
    }
  }
  for (int t : negation_hits) {
    if (in(exempt, t) || in(matched_tokens, t) || in(cancelled, t)) continue;
    Token const& token = s.tokens[static_cast<std::size_t>(t)];
    if (token.word == "schliesst" || token.word == "schliessen") continue;  // "schließt … aus": "aus" negates once
    if (token.word == "ohne" && lone_ohne_misses(s, static_cast<std::size_t>(t), negation_hits, exempt, matched_tokens)) {
      continue;
    }
    if (token.word == "nicht" && attributive_negation(ctx, s, static_cast<std::size_t>(t))) continue;
    ++negators_in[token.segment];
    if (token.word != "nicht" && token.word.rfind("kein", 0) != 0 && token.word != "nie" && token.word != "niemals" &&
        token.word != "weder") {
      ++inverters_in[token.segment];
    }
  }
  auto negates = [&](int seg) {
    int n = negators_in[seg];
    return n % 2 == 1 || (n >= 2 && inverters_in[seg] == 0);
  };
  int last_segment = s.tokens.empty() ? 0 : s.tokens.back().segment;
  std::vector<char> seg_negated(static_cast<std::size_t>(last_segment) + 1, 0);
  for (int seg = 0; seg <= last_segment; ++seg) {
    if (conditional.count(seg)) continue;
    if (negates(seg)) seg_negated[static_cast<std::size_t>(seg)] = 1;
  }
  // (not into a segment that states its own polarity: "er ist dazu nicht verpflichtet, und sein Recht
  // auf Inspektionen wird dadurch nicht eingeschränkt")
  std::set<int> own_polarity;
  for (int t : ctx.hits(s, ctx.negation)) own_polarity.insert(s.tokens[static_cast<std::size_t>(t)].segment);
  for (int t : exempt) own_polarity.insert(s.tokens[static_cast<std::size_t>(t)].segment);
  // ("ist nicht berechtigt, die Daten für eigene Zwecke, für Statistiken, zum Training von Software
  // … zu nutzen": the negated modal reaches over the verbless segments of its infinitive clause)
  auto verbless = [&](int seg) {
    return std::none_of(s.tokens.begin(), s.tokens.end(), [&](Token const& t) { return t.segment == seg && finite_verb(t.word); });
  };
  bool modal_reach = false;
  for (int seg = 1; seg <= last_segment; ++seg) {
    int before = seg - 1;
    // (not out of a relative clause: "Ein Prüfer, der nicht … zur Verschwiegenheit verpflichtet ist, unterzeichnet …")
    bool relative = false;
    for (auto const& t : s.tokens) {
      if (t.segment != before) continue;
      relative = before > 0 && (t.word == "der" || t.word == "die" || t.word == "das" || t.word == "welcher" ||
                                t.word == "welche" || t.word == "welches" || t.word == "dem" || t.word == "den");
      break;
    }
    bool from_modal = !relative && negates(before) && has_concept_in_segments(ctx, s, ctx.obliging, {before}, {});
    bool goes_on = modal_reach && verbless(before) && verbless(seg);
    modal_reach = false;
    if (!conditional.count(seg) && !conditional.count(before) && (from_modal || goes_on) && !own_polarity.count(seg)) {
      seg_negated[static_cast<std::size_t>(seg)] = 1;
      modal_reach = true;
    }
  }
  // "Insbesondere ist es ihm untersagt, X zu verwenden oder Y zu nutzen": what follows a
  // prohibition is what it prohibits.
  for (int t : ctx.hits(s, ctx.prohibition)) {
    Token const& token = s.tokens[static_cast<std::size_t>(t)];
    if (conditional.count(token.segment)) continue;
    for (int seg = token.segment + 1; seg <= last_segment && !conditional.count(seg); ++seg) {
      seg_negated[static_cast<std::size_t>(seg)] = 1;
    }
  }
  // Whether a semicolon stands before a segment (it separates clauses a negation does not cross).
  std::vector<char> semicolon_before(static_cast<std::size_t>(last_segment) + 1, 0);
  for (std::size_t t = 1; t < s.tokens.size(); ++t) {
    if (s.tokens[t].segment == s.tokens[t - 1].segment) continue;
    std::string const& src = ctx.doc.source.text;
    std::size_t from = s.tokens[t - 1].span.end, to = s.tokens[t].span.begin;
    if (from < to && to <= src.size() && src.find(';', from) < to) {
      semicolon_before[static_cast<std::size_t>(s.tokens[t].segment)] = 1;
    }
  }
  auto semicolon_opens = [&](int seg) { return semicolon_before[static_cast<std::size_t>(seg)] != 0; };
  // Per segment, in one pass (only where something is negated): its first word, the word after
  // a "nicht"/"kein" in it, whether it holds a finite verb, and one past its last token.
  bool any_negated = std::find(seg_negated.begin(), seg_negated.end(), 1) != seg_negated.end();
  std::size_t segments = any_negated ? seg_negated.size() : 0;
  std::vector<std::string const*> first_word(segments, nullptr), after_negation(segments, nullptr);
  std::vector<char> has_verb(segments, 0);
  std::vector<int> segment_end(segments, 0);
  for (std::size_t k = 0; any_negated && k < s.tokens.size(); ++k) {
    Token const& token = s.tokens[k];
    auto seg = static_cast<std::size_t>(token.segment);
    // ("…, etwa für eigene Werbung": an example word before the repeated preposition)
    bool example = token.word == "etwa" || token.word == "insbesondere" || token.word == "beispielsweise" ||
                   token.word == "namentlich" || token.word == "also" || token.word == "wie";
    if (!first_word[seg] && !(example && (k + 1 < s.tokens.size() && s.tokens[k + 1].segment == token.segment))) {
      first_word[seg] = &token.word;
    }
    if ((token.word == "nicht" || token.word.rfind("kein", 0) == 0) && k + 1 < s.tokens.size() &&
        s.tokens[k + 1].segment == token.segment) {
      after_negation[seg] = &s.tokens[k + 1].word;
    }
    has_verb[seg] = has_verb[seg] || finite_verb(token.word);
    segment_end[seg] = static_cast<int>(k) + 1;
  }
  // "nutzt sie die Inhalte nicht für das Training …, für Benchmarks oder für Auswertungen …",
  // "nicht zum Aufbau …, zur Vermittlung …": verbless segments that repeat the word after the
  // negation (or its contraction) go on with what it negates.
  for (int seg = 1; any_negated && seg <= last_segment; ++seg) {
    auto at = static_cast<std::size_t>(seg);
    if (!seg_negated[at - 1] || seg_negated[at] || conditional.count(seg) || semicolon_opens(seg)) continue;
    if (!has_verb[at] && first_word[at] && after_negation[at - 1] &&
        preposition_family(*first_word[at]) == preposition_family(*after_negation[at - 1])) {
      seg_negated[at] = 1;
    }
    // "nutzt sie nicht für Werbung, eigene Auswertungen oder die Betreuung anderer Auftraggeber": the
    // list after "nicht für" goes on without repeating the preposition (not after "sondern", "aber" …)
    static constexpr std::string_view kListPrepositions[] = {"fur", "zu", "an", "in", "mit", "bei", "auf"};
    static constexpr std::string_view kNewClause[] = {"sondern", "aber", "jedoch", "und", "oder", "es", "er", "sie",
                                                      "dass", "wenn", "soweit", "sofern", "falls", "ausser", "ausgenommen"};
    bool list_after = after_negation[at - 1] &&
                      std::find(std::begin(kListPrepositions), std::end(kListPrepositions),
                                preposition_family(*after_negation[at - 1])) != std::end(kListPrepositions);
    // (its verb may close the sentence: "werden … nicht für Benchmarks, Produktanalysen oder das Training von
    // Modellen verwendet")
    bool verb_inside = false;
    for (std::size_t k = 0; k + 1 < s.tokens.size(); ++k) {
      verb_inside = verb_inside || (s.tokens[k].segment == seg && finite_verb(s.tokens[k].word));
    }
    if (!verb_inside && first_word[at] && list_after && at == static_cast<std::size_t>(last_segment) &&
        std::find(std::begin(kNewClause), std::end(kNewClause), *first_word[at]) == std::end(kNewClause)) {
      seg_negated[at] = 1;
    }
  }
  // "… werden weder mit anderen Datenbeständen zusammengeführt noch für Werbung, Adresshandel oder sonstige
  // eigene Zwecke … verwendet": the list after "weder … noch" goes on through the commas
  for (int seg = 1; any_negated && seg <= last_segment; ++seg) {
    auto at = static_cast<std::size_t>(seg);
    if (!seg_negated[at - 1] || seg_negated[at] || conditional.count(seg) || semicolon_opens(seg) || !first_word[at]) continue;
    bool weder_noch = false;
    for (auto const& t : s.tokens) weder_noch = weder_noch || (t.segment == seg - 1 && t.word == "noch");
    static constexpr std::string_view kOwnClause[] = {"aber", "jedoch", "sondern", "und", "es", "er", "sie", "der", "die",
                                                      "das", "dass", "wenn", "soweit", "sofern", "falls"};
    std::string const& w = *first_word[at];
    if (weder_noch && !finite_verb(w) && std::find(std::begin(kOwnClause), std::end(kOwnClause), w) == std::end(kOwnClause)) {
      seg_negated[at] = 1;
    }
  }
  for (int t : ctx.hits(s, ctx.negating_predicate)) {
    // ("…, die aus Anlass … erfolgen, nicht vorher angekündigt": the "nicht" is an exempt phrase's)
    if (in(exempt, t) || in(exempt, t + 1)) continue;
    int seg = s.tokens[static_cast<std::size_t>(t)].segment;
    // Only a bare predicate ("…, ist ausgeschlossen"); a segment with its own subject
    // ("eine Verarbeitung außerhalb findet nicht statt") speaks of something else.
    // (counted up to an "und"/"oder" after the predicate: "…, nicht besteht und der Kunde … erklärt")
    std::size_t size = 0;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (s.tokens[k].segment != seg) continue;
      if (static_cast<int>(k) > t + 1 && (s.tokens[k].word == "und" || s.tokens[k].word == "oder")) break;
      ++size;
    }
    // "dies unterbleibt nur, wenn …": an exception with its condition, not a negation. ("… ist unzulässig, es
    // sei denn, …" is a prohibition all the same: the exception follows it)
    bool unless_next = false;
    for (std::size_t k = 0; k + 2 < s.tokens.size(); ++k) {
      if (s.tokens[k].segment != seg + 1) continue;
      unless_next = s.tokens[k].word == "es" && s.tokens[k + 1].word == "sei" && s.tokens[k + 2].word == "denn";
      break;
    }
    // ("…, sind ausgeschlossen, da ich in meiner Privatwohnung arbeite": a reason, not an exception)
    bool reason_next = false;
    for (auto const& t : s.tokens) {
      if (t.segment != seg + 1) continue;
      reason_next = t.word == "da" || t.word == "weil";
      break;
    }
    bool exception = (conditional.count(seg + 1) > 0 && !unless_next && !reason_next) ||
                     has_concept_in_segments(ctx, s, ctx.only, {seg}, {});
    // "der AG kann binnen 14 Tagen widersprechen, dann (woraufhin) unterbleibt die Änderung": a consequence
    // of its own; "…, und die Änderung unterbleibt": a predicate with its own subject
    bool consequence = false, first_in_segment = true;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (s.tokens[k].segment != seg) continue;
      std::string const& w = s.tokens[k].word;
      if (static_cast<int>(k) > t + 1 && (w == "und" || w == "oder")) break;  // (as counted above)
      if (first_in_segment) {
        consequence = w == "dann" || w == "daraufhin" || w == "andernfalls" || w == "woraufhin" || w == "sodass";
        first_in_segment = false;
      }
      consequence = consequence || w == "der" || w == "die" || w == "das" || w == "ein" || w == "eine";
    }
    if (conditional.count(seg) || size > 4 || exception || consequence) continue;
    // back to the clause start: "…; erhebt er Einspruch, unterbleibt der Einsatz" negates nothing before the ";"
    int first = seg;
    while (first > 0 && !semicolon_opens(first)) --first;
    for (int before = first; before < seg; ++before) {
      if (!conditional.count(before)) seg_negated[static_cast<std::size_t>(before)] = 1;
    }
  }
  if (p.asserted) {
    for (int c : p.all_ids) {
      auto const& hits = ctx.hits(s, c);
      bool outside = std::any_of(hits.begin(), hits.end(), [&](int t) {
        return !conditional.count(s.tokens[static_cast<std::size_t>(t)].segment);
      });
      if (!outside) return MatchKind::none;
    }
  }
  // "Inspektionen, Besichtigungen oder sonstige Prüfungen vor Ort … finden nicht statt":
  // a negated predicate closing the sentence reaches back over the verbless segments
  // of the enumeration before it, but not over a semicolon ("…, für eigene Zwecke zu
  // verwenden; einer Weisung bedarf es hierfür nicht").
  // The same before a semicolon: "Besichtigungen, Kontrollen oder Inspektionen … finden nicht
  // statt; die Vorlage der Nachweise tritt an ihre Stelle".
  for (int closed = 0; any_negated && closed <= last_segment && !s.tokens.empty(); ++closed) {
    if (closed < last_segment && !semicolon_opens(closed + 1)) continue;
    if (!seg_negated[static_cast<std::size_t>(closed)] || conditional.count(closed)) continue;
    int end = segment_end[static_cast<std::size_t>(closed)];
    bool closing = false;
    // ("…, Kursteilnehmende ohne Mitgliedschaft": "ohne" qualifies a noun, it closes no predicate)
    for (int t : ctx.hits(s, ctx.negation)) {
      Token const& token = s.tokens[static_cast<std::size_t>(t)];
      closing = closing || (token.segment == closed && t + 3 >= end && token.word != "ohne");
      // "…, bei einer Datenschutz-Folgenabschätzung …, gehören nicht zum Leistungsumfang dieses Vertrags":
      // a predicate that opens its segment with the verb, negated right after it, has its subject before
      bool verb_first = t > 0 && s.tokens[static_cast<std::size_t>(t - 1)].segment == closed &&
                        (t < 2 || s.tokens[static_cast<std::size_t>(t - 2)].segment != closed);
      if (verb_first && token.segment == closed && token.word == "nicht") {
        std::string const& verb = s.tokens[static_cast<std::size_t>(t - 1)].word;
        closing = closing || finite_verb(verb) || (verb.size() > 4 && verb.compare(verb.size() - 2, 2, "en") == 0);
      }
    }
    for (int seg = closed - 1; closing && seg >= 0 && !conditional.count(seg) && !semicolon_opens(seg + 1); --seg) {
      bool verb = has_verb[static_cast<std::size_t>(seg)] != 0;
      // "Eine Mitwirkung an … (Art. 35 DSGVO) ist nicht Gegenstand dieser Vereinbarung und wird
      // nicht geschuldet": a negated predicate of its own passes the negation further back
      if (verb && !seg_negated[static_cast<std::size_t>(seg)]) break;
      seg_negated[static_cast<std::size_t>(seg)] = 1;
    }
  }
  if (prohibited_by_lead_in(ctx, s)) std::fill(seg_negated.begin(), seg_negated.end(), 1);
  // "nimmt eine solche Verarbeitung nicht vor, ohne dem Auftraggeber … mitgeteilt zu haben",
  // "Kein Beschäftigter erhält Zugang, bevor er zur Vertraulichkeit verpflichtet worden ist":
  // a negation followed by "ohne"/"bevor" states a condition that must be met — both halves affirm it.
  for (std::size_t t = 1; t < s.tokens.size(); ++t) {
    int seg = s.tokens[t].segment;
    if (seg == s.tokens[t - 1].segment || seg_negated.empty()) continue;
    std::string const& w = s.tokens[t].word;
    if ((w != "ohne" && w != "bevor") || negators_in[seg] > 1) continue;
    // the negated main clause may stand before a relative clause ("führt keine Weisung aus, die er
    // für datenschutzwidrig hält, ohne …")
    for (int before = seg - 1; before >= 0 && before >= seg - 2; --before) {
      if (!seg_negated[static_cast<std::size_t>(before)]) continue;
      seg_negated[static_cast<std::size_t>(seg)] = 0;
      seg_negated[static_cast<std::size_t>(before)] = 0;
      break;
    }
  }
  // "nutzt die Inhalte nicht, um Modelle zu trainieren": a purpose clause ("um … zu") goes with its negated verb
  for (std::size_t k = 1; k < s.tokens.size(); ++k) {
    int seg = s.tokens[k].segment;
    bool opens = s.tokens[k - 1].segment != seg && s.tokens[k].word == "um";
    if (opens && seg > 0 && static_cast<std::size_t>(seg) < seg_negated.size() && seg_negated[static_cast<std::size_t>(seg - 1)] &&
        !conditional.count(seg)) {
      seg_negated[static_cast<std::size_t>(seg)] = 1;
    }
  }
  auto concept_negated = [&](int c) {
    auto const& hits = ctx.hits(s, c);
    if (hits.empty()) return false;
    for (int t : hits) {
      if (!seg_negated[static_cast<std::size_t>(s.tokens[static_cast<std::size_t>(t)].segment)]) return false;
    }
    return true;
  };
  bool negated = false;
  for (int c : p.all_ids) negated = negated || concept_negated(c);
  // Concepts that must meet in one segment take that segment's polarity.
  if (meeting >= 0) negated = seg_negated[static_cast<std::size_t>(meeting)] != 0;
  if (!p.any_ids.empty()) {
    bool any_affirmative = false;
    for (int c : p.any_ids) any_affirmative = any_affirmative || (!ctx.hits(s, c).empty() && !concept_negated(c));
    negated = negated || !any_affirmative;
  }
  if (!p.any_polarity && negated != p.negated) return MatchKind::none;

  // Actor: the other party must not be the subject of the provision.
  auto [processor_subject, controller_subject] = party_subjects(s, ctx);
  // "Der Anbieter verpflichtet sich, … k) der Schule jede Verletzung … zu melden": a list entry
  // goes on with the subject of the sentence that leads into its list
  if (Sentence const* lead = lead_in_of(ctx, s)) {
    auto [processor_leads, controller_leads] = party_subjects(*lead, ctx);
    if (processor_leads != controller_leads) {
      processor_subject = processor_leads;
      controller_subject = controller_leads;
    }
  }
  // ("Der Auftraggeber hat Anspruch darauf, dass der Auftragnehmer …": the controller's right states the processor's duty)
  if (p.actor == Actor::processor && controller_subject && !processor_subject && !ctx.occurs(s, ctx.claim)) {
    return MatchKind::none;
  }
  if (p.actor == Actor::controller && processor_subject && !controller_subject) return MatchKind::none;

  // Periods. A period in a segment about the controller's own deadline ("um seiner
  // Meldepflicht gegenüber der Aufsichtsbehörde binnen 72 Stunden nachzukommen") is
  // not the processor's deadline.
  std::set<int> own_deadline_segments;
  for (int t : ctx.hits(s, ctx.own_deadline)) own_deadline_segments.insert(s.tokens[static_cast<std::size_t>(t)].segment);
  auto segment_of = [&](Span span) {
    for (auto const& t : s.tokens) {
      if (t.span.begin >= span.begin) return t.segment;
    }
    return s.tokens.empty() ? 0 : s.tokens.back().segment;
  };
  std::vector<grammar::Period const*> periods;
  for (int i : s.periods) {
    auto const& pm = ctx.doc.periods[static_cast<std::size_t>(i)];
    if (!own_deadline_segments.count(segment_of(pm.span))) periods.push_back(&pm.period);
  }
  // ("Mit dem Vertragsende löscht …" where "Vertragsende" is defined as 24 months after the end)
  if (auto si = static_cast<std::size_t>(&s - ctx.sentences.data()); si < ctx.carried_periods.size()) {
    for (int i : ctx.carried_periods[si]) periods.push_back(&ctx.doc.periods[static_cast<std::size_t>(i)].period);
  }
  bool immediate = ctx.occurs(s, ctx.immediate);
  if (p.period_min_hours >= 0) {
    // The shortest stated deadline counts: "möglichst binnen zwölf Stunden, damit der
    // Auftraggeber die 72 Stunden einhält" is a short deadline, not a long one.
    double shortest = -1;
    for (auto const* per : periods) {
      if (per->unit != "immediate" && (shortest < 0 || per->hours < shortest)) shortest = per->hours;
    }
    if (shortest <= p.period_min_hours) return MatchKind::none;
  }
  bool period_ok = true;
  if (p.period_max_hours >= 0) {
    period_ok = immediate;
    for (auto const* per : periods) {
      if (per->unit == "immediate" || per->hours <= p.period_max_hours) period_ok = true;
    }
  }

  // A permission counts where the provision stands, not in a relative clause
  // ("…, mit denen der Kunde Daten selbst löschen kann").
  // Judged by each concept's first occurrence: "unterstützt den Auftraggeber, damit dieser …
  // unterstützen kann" is a duty; the "kann" belongs to the controller's own support.
  std::set<int> own_segments;
  for (int c : p.all_ids) {
    auto const& hits = ctx.hits(s, c);
    if (!hits.empty()) own_segments.insert(s.tokens[static_cast<std::size_t>(hits.front())].segment);
  }
  if (p.all_ids.empty()) {
    for (int t : matched_tokens) own_segments.insert(s.tokens[static_cast<std::size_t>(t)].segment);
  }
  // "…, ist aber berechtigt, die Adressen auch für eigene Marktanalysen zu nutzen": a bare modal phrase
  // that a comma parts from its infinitive governs it (where a permission is what the provision asks for)
  std::set<int> governing;
  if (p.modality == Modality::permission) {
    for (int g : own_segments) {
      int size = static_cast<int>(std::count_if(s.tokens.begin(), s.tokens.end(), [&](Token const& k) { return k.segment == g - 1; }));
      if (g > 0 && size > 0 && size <= 4) governing.insert(g - 1);
    }
  }
  // "unterstützt …, damit der Kunde seiner Pflicht … nachkommen kann": the "kann" of a purpose
  // clause is the other party's, whatever concept stands in it
  std::set<int> purpose_segments;
  for (std::size_t t = 0; t < s.tokens.size(); ++t) {
    bool opens = t == 0 || s.tokens[t - 1].segment != s.tokens[t].segment;
    if (opens && t > 0 && (s.tokens[t].word == "damit" || s.tokens[t].word == "sodass")) {
      purpose_segments.insert(s.tokens[t].segment);
    }
  }
  // ("Soweit der Auftraggeber Anträge … nicht selbst erledigen kann, unterstützt ihn …": nor a condition's)
  purpose_segments.insert(conditional.begin(), conditional.end());
  bool permission = has_concept_in_segments(ctx, s, ctx.permission, own_segments, purpose_segments);
  bool duty = ctx.occurs(s, ctx.duty);
  if (p.modality == Modality::permission && !permission &&
      !has_concept_in_segments(ctx, s, ctx.permission, governing, purpose_segments)) {
    return MatchKind::none;
  }
  // "nach pflichtgemäßem Ermessen der Bank": the controller's discretion hollows nothing.
  auto const& exempt_hollowing = ctx.hits(s, ctx.hollowing_exempt);
  auto const& hollowing = ctx.hits(s, ctx.hollowing);
  // "…, etwa durch Wiederherstellung … aus Sicherungen, soweit technisch möglich": a limit right after
  // an example qualifies the example, not the duty
  auto after_example = [&](int t) {
    auto at = static_cast<std::size_t>(t);
    int seg = s.tokens[at].segment;
    while (at > 0 && s.tokens[at - 1].segment == seg) --at;  // the limit's segment starts here
    if (at == 0) return false;
    int before = s.tokens[at - 1].segment;  // the segment before it, and its first word
    while (at > 0 && s.tokens[at - 1].segment == before) --at;
    std::string const& w = s.tokens[at].word;
    return w == "etwa" || w == "beispielsweise" || w == "zb";
  };
  bool hollowed_words = std::any_of(hollowing.begin(), hollowing.end(),
                                    [&](int t) { return !in(exempt_hollowing, t) && !after_example(t); });
  // (a mere permission where a duty is required; not a negated one: "… können wir Anfragen nicht beantworten, aber wir
  // unterstützen …")
  std::set<int> negated_segments = purpose_segments;
  for (std::size_t seg = 0; seg < seg_negated.size(); ++seg) {
    if (seg_negated[seg]) negated_segments.insert(static_cast<int>(seg));
  }
  bool mere_permission = permission && has_concept_in_segments(ctx, s, ctx.permission, own_segments, negated_segments);
  bool hollow = p.weak || hollowed_words || !period_ok || lead_in_hollowed(ctx, s) ||
                (p.modality == Modality::duty && mere_permission && !duty);
  return hollow ? MatchKind::hollowed : MatchKind::full;
}

}  // namespace avvlint::analysis
