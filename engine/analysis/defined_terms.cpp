// Terms a contract defines, read into the sentences that use them (see defined_terms.hpp).
#include "defined_terms.hpp"

#include "../model/text_util.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <utility>

namespace avvlint::analysis {

namespace {

// What a definition can make its term: the concept it names right after its verb.
constexpr char const* kDefinable[] = {"breach", "subprocessor", "instructions", "tom", "staff-unit"};
// A term that is one of these by its own word keeps that concept as its genus ("„Löschung“: die Sperrung …").
constexpr char const* kOwnGenus[] = {"breach", "subprocessor", "instructions", "tom", "staff-unit", "delete",
                                     "third-country"};
// What a definition can narrow its term to, the concept the term then carries, and the genus the term must
// have for it (nullptr: any).
struct Narrowing {
  char const* stated;
  char const* carried;
  char const* genus;
};
constexpr Narrowing kNarrowing[] = {{"permanent-staff", "permanent-staff", nullptr},
                                    {"risk-filter", "risk-filter", nullptr},
                                    {"high-risk", "narrowed-breach", "breach"},
                                    {"breach-threshold", "narrowed-breach", "breach"},
                                    // "„Löschung“: … bewahrt der Auftragnehmer zehn Jahre auf, um eigene Interessen zu wahren"
                                    {"retain", "retain", "delete"},
                                    {"own-purpose", "own-purpose", "delete"},
                                    // "„Drittland“: jeder Staat außerhalb des EWR, mit Ausnahme der Staaten, in denen …"
                                    {"scope-exception", "narrowed-scope", "third-country"}};
constexpr std::string_view kCopula[] = {"ist", "sind", "bezeichnet", "bezeichnen", "bedeutet", "bedeuten", "meint",
                                        "umfasst", "umfassen"};
constexpr std::size_t kMaxTerms = 50;          // a contract defines a handful; a file of many contracts is no reason for more
constexpr std::size_t kMaxEntrySentences = 4;  // the later sentences of one definition

struct TermDefinition {
  std::string first, second;  // folded words without a final "e" ("beschaftigt", ""; "befugt", "person")
  int genus = -1;             // a kDefinable concept, or -1
  std::size_t sentence = 0;   // the defining sentence
  std::vector<int> carried;   // narrowing concepts the term carries
  std::vector<int> periods;   // indices into Document::periods: the defined end lies this long after the real one
};

bool is_copula(std::string const& word) { return std::find(std::begin(kCopula), std::end(kCopula), word) != std::end(kCopula); }

bool bold_at(std::string_view src, std::size_t at) {
  return at + 2 <= src.size() && (src.substr(at, 2) == "**" || src.substr(at, 2) == "__");
}

// The number of bytes a closing quote or bold marker takes at `at` (0: none).
std::size_t closing_mark(std::string_view src, std::size_t at) {
  if (bold_at(src, at)) return 2;
  if (!text_util::quote_closes_at(src, at)) return 0;
  return src[at] == '"' ? 1 : 3;
}

bool capitalised(std::string_view src, std::size_t at) {
  if (at >= src.size()) return false;
  unsigned char c = static_cast<unsigned char>(src[at]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c != 0xC3 || at + 1 >= src.size()) return false;
  unsigned char d = static_cast<unsigned char>(src[at + 1]);
  return d == 0x84 || d == 0x96 || d == 0x9C;  // Ä Ö Ü
}

// An entry of a "Begriffsbestimmungen" / "Definitionen" section.
bool in_glossary(MatchContext const& ctx, int glossary_concept, int node) {
  for (int n = node; n > 0; n = ctx.doc.nodes[static_cast<std::size_t>(n)].parent) {
    std::string const& heading = ctx.doc.nodes[static_cast<std::size_t>(n)].heading;
    if (heading.empty()) continue;
    std::vector<std::string> words;
    text_util::for_each_word(heading, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
    if (ctx.concepts.occurs_in_words(words, glossary_concept)) return true;
  }
  return false;
}

// Where a definition opens: the term's words (one or two) and the first token of what it is
// defined as, after the verb or the colon. {0, 0} when the sentence defines nothing.
struct DefiningHead {
  std::size_t words = 0, body = 0;
};

DefiningHead defining_head(std::string_view src, Sentence const& s, bool glossary_entry) {
  auto const& tokens = s.tokens;
  if (tokens.size() < 4) return {};
  std::size_t start = tokens[0].span.begin;
  bool marked = text_util::quote_opens_before(src, start) || (start >= 2 && bold_at(src, start - 2));
  if (!marked && !(glossary_entry && capitalised(src, start))) return {};
  for (std::size_t words = 1; words <= 2; ++words) {
    std::size_t end = tokens[words - 1].span.end;
    std::size_t mark = closing_mark(src, end);
    if (marked && mark == 0) continue;  // "„Befugte Personen“": the term ends where its quote closes
    std::size_t after = end + mark;
    if (after < src.size() && src[after] == ':') return {words, words};
    // "„Beschäftigte“ im Sinne dieses Vertrags sind …"
    std::size_t verb = words;
    if (verb + 4 < tokens.size() && tokens[verb].word == "im" && tokens[verb + 1].word == "sinne") verb += 4;
    if (is_copula(tokens[verb].word)) return {words, verb + 1};
    if (marked) return {};
  }
  return {};
}

// Does the token stand in a segment free of negation? ("Sicherheitsverletzungen ohne ein solches hohes
// Risiko sind keine …" states no threshold.)
bool affirmed(MatchContext const& ctx, Sentence const& s, int token) {
  int segment = s.tokens[static_cast<std::size_t>(token)].segment;
  auto const& negations = ctx.hits(s, ctx.negation);
  return std::none_of(negations.begin(), negations.end(),
                      [&](int t) { return s.tokens[static_cast<std::size_t>(t)].segment == segment; });
}

// The sentences after the defining one in the same entry.
std::vector<int> entry_sentences(MatchContext const& ctx, std::size_t defining) {
  std::vector<int> later;
  for (int i : ctx.sentences_of_node[static_cast<std::size_t>(ctx.sentences[defining].node)]) {
    if (static_cast<std::size_t>(i) > defining && later.size() < kMaxEntrySentences) later.push_back(i);
  }
  return later;
}

std::vector<TermDefinition> read_term_definitions(MatchContext const& ctx) {
  std::string_view src = ctx.doc.source.text;
  int glossary = ctx.concepts.index("glossary-topic");
  int end = ctx.concepts.index("end");
  std::vector<TermDefinition> terms;
  std::map<int, bool> glossary_node;  // node -> inside a definitions section
  for (std::size_t i = 0; i < ctx.sentences.size() && terms.size() < kMaxTerms; ++i) {
    Sentence const& s = ctx.sentences[i];
    if (s.tokens.size() < 4) continue;
    auto const& of_node = ctx.sentences_of_node[static_cast<std::size_t>(s.node)];
    bool first_of_entry = !of_node.empty() && of_node.front() == static_cast<int>(i);
    bool glossary_entry = false;
    if (first_of_entry && glossary >= 0) {
      auto [at, fresh] = glossary_node.try_emplace(s.node, false);
      if (fresh) at->second = in_glossary(ctx, glossary, s.node);
      glossary_entry = at->second;
    }
    DefiningHead head = defining_head(src, s, glossary_entry);
    if (head.words == 0) continue;
    TermDefinition term;
    term.first = s.tokens[0].word;
    if (head.words == 2) term.second = s.tokens[1].word;
    term.sentence = i;
    // The genus: the term's own concept ("„Weisung“ ist jede Äußerung …"), else the first one the
    // definition names within eight words after its verb.
    int own = -1, named = -1;
    for (char const* name : kOwnGenus) {
      int c = ctx.concepts.index(name);
      auto const& hits = ctx.hits(s, c);
      if (own < 0 && !hits.empty() && static_cast<std::size_t>(hits.front()) < head.words) own = c;
    }
    std::size_t named_at = head.body + 8;
    for (char const* name : kDefinable) {
      int c = ctx.concepts.index(name);
      for (int t : ctx.hits(s, c)) {
        auto at = static_cast<std::size_t>(t);
        if (at >= head.body && at < named_at) {
          named_at = at;
          named = c;
        }
      }
    }
    term.genus = own >= 0 ? own : named;
    std::vector<int> later = entry_sentences(ctx, i);
    for (auto [stated, carried, genus] : kNarrowing) {
      if (genus && (term.genus < 0 || term.genus != ctx.concepts.index(genus))) continue;
      int c = ctx.concepts.index(stated);
      bool found = false;
      for (int t : ctx.hits(s, c)) found = found || (static_cast<std::size_t>(t) >= head.body && affirmed(ctx, s, t));
      for (int l : later) {
        Sentence const& ls = ctx.sentences[static_cast<std::size_t>(l)];
        for (int t : ctx.hits(ls, c)) found = found || affirmed(ctx, ls, t);
      }
      int carried_index = ctx.concepts.index(carried);
      if (found && carried_index >= 0 && std::find(term.carried.begin(), term.carried.end(), carried_index) == term.carried.end()) {
        term.carried.push_back(carried_index);
      }
    }
    // "Vertragsende: der Tag, der 24 Monate nach dem Tag liegt, an dem der Hauptvertrag … endet"
    auto const& term_hits = ctx.hits(s, end);
    bool names_end = std::any_of(term_hits.begin(), term_hits.end(),
                                 [&](int t) { return static_cast<std::size_t>(t) < head.words; });
    for (int p : names_end ? s.periods : std::vector<int>{}) {
      std::uint32_t period_end = ctx.doc.periods[static_cast<std::size_t>(p)].span.end;
      auto next = std::find_if(s.tokens.begin(), s.tokens.end(), [&](Token const& t) { return t.span.begin >= period_end; });
      if (next != s.tokens.end() && next->word == "nach") term.periods.push_back(p);
    }
    if (term.genus < 0 && term.carried.empty() && term.periods.empty()) continue;
    // a word of the term in an inflected form: "befugten" for "befugte" (compared without the final "e")
    for (std::string* w : {&term.first, &term.second}) {
      if (w->size() > 4 && w->back() == 'e') w->pop_back();
    }
    terms.push_back(std::move(term));
  }
  return terms;
}

bool inflects(std::string const& word, std::string const& base) {
  if (word.compare(0, base.size(), base) != 0) return false;
  std::string_view ending = std::string_view(word).substr(base.size());
  return ending.empty() || ending == "s" || ending == "n" || ending == "en" || ending == "es" || ending == "e" ||
         ending == "er" || ending == "em";
}

// Where the sentence uses the term: its tokens.
std::vector<int> uses(Sentence const& s, TermDefinition const& term) {
  std::vector<int> found;
  auto const& tokens = s.tokens;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (!inflects(tokens[t].word, term.first)) continue;
    if (term.second.empty()) {
      found.push_back(static_cast<int>(t));
    } else if (t + 1 < tokens.size() && inflects(tokens[t + 1].word, term.second)) {
      found.push_back(static_cast<int>(t));
      found.push_back(static_cast<int>(t + 1));
    }
  }
  return found;
}

// Adds concept hits to one sentence; a sentence gaining a concept it had not is noted in `added`.
void add_hits(MatchContext& ctx, std::size_t sentence, int concept_index, std::vector<int> const& tokens,
              std::map<int, std::vector<int>>& added) {
  auto& hits = ctx.hit_cache[sentence];
  auto at = std::lower_bound(hits.begin(), hits.end(), concept_index, [](auto const& h, int k) { return h.first < k; });
  if (at != hits.end() && at->first == concept_index) {
    std::vector<int> merged;
    std::set_union(at->second.begin(), at->second.end(), tokens.begin(), tokens.end(), std::back_inserter(merged));
    at->second = std::move(merged);
  } else {
    hits.insert(at, {concept_index, tokens});
    added[concept_index].push_back(static_cast<int>(sentence));
  }
}

}  // namespace

void carry_defined_terms(MatchContext& ctx) {
  std::vector<TermDefinition> terms = read_term_definitions(ctx);
  if (terms.empty()) return;
  std::map<int, std::vector<int>> added;  // concept -> sentences that gain it (merged in below, in order)
  for (std::size_t i = 0; i < ctx.sentences.size(); ++i) {
    for (auto const& term : terms) {
      std::vector<int> found = uses(ctx.sentences[i], term);
      if (found.empty()) continue;
      if (term.genus >= 0) add_hits(ctx, i, term.genus, found, added);
      for (int c : term.carried) add_hits(ctx, i, c, found, added);
      if (i != term.sentence && !term.periods.empty()) {
        if (ctx.carried_periods.empty()) ctx.carried_periods.resize(ctx.sentences.size());
        auto& carried = ctx.carried_periods[i];
        carried.insert(carried.end(), term.periods.begin(), term.periods.end());
      }
    }
  }
  // The later sentences of a definition speak of its term: every clause segment of one that does not name
  // it carries the genus ("Einer Bestätigung bedarf es nicht."; not "Nicht als Unterauftragsverarbeiter
  // gelten …", whose own mention carries its negation).
  for (auto const& term : terms) {
    if (term.genus < 0) continue;
    for (int l : entry_sentences(ctx, term.sentence)) {
      Sentence const& s = ctx.sentences[static_cast<std::size_t>(l)];
      if (ctx.occurs(s, term.genus)) continue;
      std::vector<int> openings;
      for (std::size_t t = 0; t < s.tokens.size(); ++t) {
        if (t == 0 || s.tokens[t].segment != s.tokens[t - 1].segment) openings.push_back(static_cast<int>(t));
      }
      if (!openings.empty()) add_hits(ctx, static_cast<std::size_t>(l), term.genus, openings, added);
    }
  }
  for (auto& [c, sentences] : added) {
    std::sort(sentences.begin(), sentences.end());
    sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
    auto& with = ctx.sentences_with[static_cast<std::size_t>(c)];
    std::vector<int> merged;
    std::set_union(with.begin(), with.end(), sentences.begin(), sentences.end(), std::back_inserter(merged));
    with = std::move(merged);
  }
}

}  // namespace avvlint::analysis
