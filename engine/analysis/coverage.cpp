#include "coverage.hpp"

#include "../model/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <set>

namespace avvlint::analysis {

namespace {

bool read_local(nlohmann::json const& j, char const* key, LocalText& out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return false;
  out.de = it->value("de", "");
  out.en = it->value("en", "");
  return !out.de.empty() && !out.en.empty();
}

std::string parse_requirement(nlohmann::json const& m, RequirementSpec& spec) {
  if (auto it = m.find("topic"); it != m.end()) {
    for (auto const& t : *it) spec.topic.push_back(t.get<std::string>());
  }
  auto parts = m.find("parts");
  if (parts == m.end() || !parts->is_array() || parts->empty()) return "/match/parts: needs at least one part";
  for (std::size_t i = 0; i < parts->size(); ++i) {
    auto const& pj = (*parts)[i];
    Part part;
    std::string where = "/match/parts/" + std::to_string(i);
    if (!read_local(pj, "label", part.label)) return where + "/label: needs de and en";
    part.core = pj.value("core", i == 0);
    part.set_aside_finding = pj.value("set_aside_finding", "");
    if (auto e = parse_provisions(pj.value("provisions", nlohmann::json()), part.provisions); !e.empty()) {
      return where + "/provisions" + e;
    }
    spec.parts.push_back(std::move(part));
  }
  if (auto limits = m.find("limits"); limits != m.end()) {
    for (std::size_t i = 0; i < limits->size(); ++i) {
      auto const& lj = (*limits)[i];
      Limit limit;
      std::string where = "/match/limits/" + std::to_string(i);
      limit.fact = lj.value("fact", "");
      if (!limit.fact.empty()) {
        if (std::find(std::begin(kLimitFacts), std::end(kLimitFacts), limit.fact) == std::end(kLimitFacts)) {
          return where + "/fact: unknown fact '" + limit.fact + "'";
        }
      } else if (auto e = parse_provisions(lj.value("provisions", nlohmann::json()), limit.provisions); !e.empty()) {
        return where + "/provisions" + e;
      }
      std::string effect = lj.value("effect", "partial");
      if (effect != "partial" && effect != "missing") return where + "/effect: must be partial or missing";
      limit.effect = effect == "missing" ? Status::missing : Status::partial;
      if (!read_local(lj, "detail", limit.detail)) return where + "/detail: needs de and en";
      limit.finding = lj.value("finding", "");
      limit.establishes = lj.value("establishes", false);
      spec.limits.push_back(std::move(limit));
    }
  }
  if (auto na = m.find("not_applicable_if"); na != m.end()) {
    if (auto e = parse_provisions(*na, spec.not_applicable_if); !e.empty()) return "/match/not_applicable_if" + e;
  }
  if (auto unless = m.find("not_applicable_unless"); unless != m.end()) {
    if (auto e = parse_provisions(*unless, spec.not_applicable_unless); !e.empty()) return "/match/not_applicable_unless" + e;
  }
  return {};
}

}  // namespace

CoverageRulesResult compile_coverage_rules(RulePack const& pack) {
  auto rules = std::make_shared<CoverageRules>();
  CoverageRulesResult result;
  if (pack.parsed) {
    for (auto const& [path, j] : *pack.parsed) {
      if (path.rfind("lexicon/concepts", 0) == 0) {
        if (auto e = rules->concepts.add_lexicon(j, "rules/" + path); !e.empty()) {
          result.error = e;
          return result;
        }
      }
    }
  }
  for (auto const& req : pack.requirements) {
    auto const& j = pack.json(req.source_file);
    auto m = j.find("match");
    if (m == j.end()) continue;
    RequirementSpec spec;
    spec.id = req.id;
    if (auto e = parse_requirement(*m, spec); !e.empty()) {
      result.error = "rules/" + req.source_file + ": " + e;
      return result;
    }
    rules->requirements.push_back(std::move(spec));
  }
  for (auto const& spec : rules->requirements) {
    for (auto const& part : spec.parts) {
      if (!part.set_aside_finding.empty() && !pack.rule(part.set_aside_finding)) {
        result.error = "rules/requirements/" + spec.id + ".json: unknown set_aside_finding '" + part.set_aside_finding + "'";
        return result;
      }
    }
  }
  for (auto const& [id, rule] : pack.rules) {
    auto const& j = pack.json("findings/" + id + ".json");
    auto f = j.find("forbids");
    if (f == j.end()) continue;
    ForbidSpec spec;
    spec.rule = id;
    if (auto e = parse_provisions(*f, spec.provisions); !e.empty()) {
      result.error = "rules/findings/" + id + ".json: /forbids" + e;
      return result;
    }
    rules->forbids.push_back(std::move(spec));
  }
  // Resolve every provision's concept names once; an unknown name is an error in the pack.
  auto resolve_all = [&](std::vector<Provision>& list, std::string const& where) {
    for (auto& p : list) {
      if (auto e = resolve_concepts(p, rules->concepts); !e.empty() && result.error.empty()) result.error = where + ": " + e;
    }
  };
  for (auto& spec : rules->requirements) {
    for (auto& part : spec.parts) resolve_all(part.provisions, "rules/requirements/" + spec.id + ".json");
    for (auto& limit : spec.limits) resolve_all(limit.provisions, "rules/requirements/" + spec.id + ".json");
    resolve_all(spec.not_applicable_if, "rules/requirements/" + spec.id + ".json");
    resolve_all(spec.not_applicable_unless, "rules/requirements/" + spec.id + ".json");
  }
  for (auto& spec : rules->forbids) resolve_all(spec.provisions, "rules/findings/" + spec.rule + ".json");
  if (!result.error.empty()) return result;
  result.rules = std::move(rules);
  return result;
}

namespace {

// The best sentence for a list of provisions: the first full match, else the first hollowed one.
SentenceRef best_match(MatchContext const& ctx, std::vector<Provision> const& provisions) {
  // The earliest full match over all provisions, else the earliest hollowed one;
  // each provision only looks at the sentences that hold its concepts.
  SentenceRef full, hollowed;
  for (auto const& p : provisions) {
    for (int i : candidate_sentences(ctx, p)) {
      if (full.sentence >= 0 && i >= full.sentence) break;
      MatchKind k = match(ctx, p, ctx.sentences[static_cast<std::size_t>(i)]);
      if (k == MatchKind::full) {
        full = {i, k};
        break;
      }
      if (k == MatchKind::hollowed && (hollowed.sentence < 0 || i < hollowed.sentence)) hollowed = {i, k};
    }
  }
  return full.sentence >= 0 ? full : hollowed;
}

int topic_heading(Document const& doc, ConceptTable const& concepts, std::vector<std::string> const& topic) {
  if (topic.empty()) return -1;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    if (n.heading.empty() || n.kind == NodeKind::title) continue;
    std::vector<std::string> words;
    text_util::for_each_word(n.heading, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
    for (auto const& c : topic) {
      if (concepts.occurs_in_words(words, c)) return static_cast<int>(i);
    }
  }
  return -1;
}

// Hollowing words in the sentence, other than the controller's discretion ("Verletzt der DL die
// Meldepflicht nach Ziffer 11, … Vertragsstrafe, deren Höhe die Bank nach billigem Ermessen bestimmt").
// With `near`, only words on the same side of a semicolon as that span count ("speichert … nach
// Möglichkeit in dessen Systemen; … löscht er … nach den in Anlage A genannten Fristen").
bool hollows(MatchContext const& ctx, Sentence const& s, Span const* near = nullptr) {
  auto const& exempt = ctx.hits(s, ctx.hollowing_exempt);
  auto const& hollowing = ctx.hits(s, ctx.hollowing);
  std::string_view src = ctx.doc.source.text;
  return std::any_of(hollowing.begin(), hollowing.end(), [&](int t) {
    if (std::find(exempt.begin(), exempt.end(), t) != exempt.end()) return false;
    if (!near) return true;
    Span const& word = s.tokens[static_cast<std::size_t>(t)].span;
    std::uint32_t from = std::min(word.begin, near->begin), to = std::max(word.end, near->end);
    return src.substr(from, to - from).find(';') == std::string_view::npos;
  });
}

// "Klausel 5 (Kopplungsklausel) findet keine Anwendung" under "Einbeziehung der Standardvertragsklauseln":
// a choice among the options of the standard clauses, whose clause numbers are not this contract's.
bool about_standard_clauses(MatchContext const& ctx, Sentence const& s) {
  int safeguard = ctx.concepts.index("safeguard");
  if (ctx.occurs(s, safeguard)) return true;
  for (int n = s.node; n > 0; n = ctx.doc.nodes[static_cast<std::size_t>(n)].parent) {
    Node const& holder = ctx.doc.nodes[static_cast<std::size_t>(n)];
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(n)]) {
      Sentence const& lead = ctx.sentences[static_cast<std::size_t>(other)];
      if (lead.span.begin < s.span.begin && ctx.occurs(lead, safeguard)) return true;
    }
    if (holder.heading.empty()) continue;
    std::vector<std::string> words;
    text_util::for_each_word(holder.heading, [&](text_util::Word w) { words.push_back(text_util::fold(w.text)); });
    if (ctx.concepts.occurs_in_words(words, safeguard)) return true;
  }
  return false;
}

// "Ziffer 7.3 findet während der Pilotphase keine Anwendung", "Von den Pflichten nach Buchstabe (a)
// ausgenommen sind die Logdaten": the sentence sets the referenced clause aside, in whole or for a
// part. The reference must name the clause itself, not something else tied to it ("Eine Vergütung
// nach Absatz 2 entfällt", "im Sinne dieses § 7"), and what the law demands anyway ("gilt nicht,
// soweit er nach dem Recht der Union verpflichtet ist") sets nothing aside.
bool suspends(MatchContext const& ctx, Sentence const& s, Span const& ref) {
  if (ctx.occurs(s, "law-requires") || ctx.occurs(s, "statutory-retention") || ctx.occurs(s, "other-processing")) return false;
  std::size_t first = 0;
  while (first < s.tokens.size() && s.tokens[first].span.begin < ref.begin) ++first;
  // "Haftungsbeschränkungen … finden auf Ziffer 8.4 keine Anwendung": something else is set aside for the clause
  if (first >= 1 && s.tokens[first - 1].word == "auf") return false;
  if (about_standard_clauses(ctx, s)) return false;
  if (first >= 2) {
    static constexpr std::string_view linking[] = {"nach", "gemass", "gem", "aus", "laut", "in", "des", "der", "dieses"};
    std::string const& before = s.tokens[first - 1].word;
    if (std::find(std::begin(linking), std::end(linking), before) != std::end(linking)) {
      std::string const& noun = s.tokens[first - 2].word;
      bool names_clause = noun.starts_with("pflicht") || noun.starts_with("verpflichtung") ||
                          noun.starts_with("regelung") || noun.starts_with("bestimmung") || noun.starts_with("vorgabe");
      if (!names_clause) return false;
    }
  }
  std::string_view src = ctx.doc.source.text;
  for (int t : ctx.hits(s, "suspends")) {
    Span const& word = s.tokens[static_cast<std::size_t>(t)].span;
    if (word.begin < ref.end) continue;
    if (src.substr(ref.end, word.begin - ref.end).find(';') == std::string_view::npos) return true;
  }
  return false;
}

// Finds "Absatz 2", "Abs. 2", "Buchstabe (a)", "lit. a" or "Nr. 3" naming `sibling` by its own number; a
// mark after another number or an annex ("Art. 28 Abs. 3", "Anlage 2 Nr. 3") names something else.
bool names_sibling(Sentence const& s, Node const& sibling, Span& ref) {
  std::string own = text_util::fold(sibling.parts.back());
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    std::string const& mark = s.tokens[i].word;
    if (mark != "absatz" && mark != "abs" && mark != "buchstabe" && mark != "buchst" && mark != "lit" && mark != "nr") continue;
    if (i > 0) {
      std::string const& before = s.tokens[i - 1].word;
      if (!before.empty() && (std::isdigit(static_cast<unsigned char>(before.back())) || before == "anlage" || before == "anhang")) continue;
    }
    if (s.tokens[i + 1].word != own) continue;
    ref = {s.tokens[i].span.begin, s.tokens[i + 1].span.end};
    return true;
  }
  return false;
}

// "Die Unterstützung nach Ziffer 8.1 schuldet der Auftragnehmer nur, soweit sie ihm
// wirtschaftlich zumutbar ist": a later sentence that refers to the clause of a match
// and hollows it out, or sets it aside, hollows the match.
int hollowed_by_reference(MatchContext const& ctx, SentenceRef const& at) {
  if (at.sentence < 0) return -1;
  int node = ctx.sentences[static_cast<std::size_t>(at.sentence)].node;
  // "Ziffer 4.3 Satz 2 findet keine Anwendung": only that sentence of the clause is meant
  auto other_sentence = [&](Sentence const& s, Span const& ref, int target) {
    if (target != node) return false;
    std::size_t k = 0;
    while (k < s.tokens.size() && s.tokens[k].span.begin < ref.end) ++k;
    if (k + 1 >= s.tokens.size() || s.tokens[k].word != "satz") return false;
    auto const& own = ctx.sentences_of_node[static_cast<std::size_t>(node)];
    auto pos = std::find(own.begin(), own.end(), at.sentence);
    return std::to_string(pos - own.begin() + 1) != s.tokens[k + 1].word;
  };
  for (auto const& ref : ctx.doc.references) {
    if (ref.target < 0 || ref.from == node) continue;
    if (!ctx.doc.within(node, ref.target)) continue;  // the reference names the clause or one that encloses it
    for (int other : ctx.sentences_of_node[static_cast<std::size_t>(ref.from)]) {
      Sentence const& s = ctx.sentences[static_cast<std::size_t>(other)];
      // (the sentence may start after the reference's "§")
      bool holds = ref.span.begin < s.span.end && ref.span.end > s.span.begin && ref.span.end <= s.span.end;
      if (holds && !other_sentence(s, ref.span, ref.target) &&
          (hollows(ctx, s, &ref.span) || suspends(ctx, s, ref.span))) {
        return other;
      }
    }
  }
  // "(2) Absatz 1 gilt nicht für …", "(c) Von den Pflichten nach Buchstabe (a) ausgenommen sind …": a
  // sibling named by its number alone, which the reference grammar leaves to the reader.
  for (int n = node; n > 0; n = ctx.doc.nodes[static_cast<std::size_t>(n)].parent) {
    Node const& named = ctx.doc.nodes[static_cast<std::size_t>(n)];
    bool numbered_part = named.kind == NodeKind::clause || named.kind == NodeKind::item;
    if (named.parent <= 0 || named.parts.empty() || !numbered_part) continue;
    for (int sibling : ctx.doc.nodes[static_cast<std::size_t>(named.parent)].children) {
      if (sibling == n) continue;
      for (int other : ctx.sentences_of_node[static_cast<std::size_t>(sibling)]) {
        Sentence const& s = ctx.sentences[static_cast<std::size_t>(other)];
        Span ref;
        if (names_sibling(s, named, ref) && !other_sentence(s, ref, n) && (hollows(ctx, s, &ref) || suspends(ctx, s, ref))) {
          return other;
        }
      }
    }
  }
  return -1;
}

// "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen … . Diese
// Unterstützung leistet der Auftragnehmer nur, soweit personell möglich.": a later sentence of the
// same clause, or the first of the next paragraph ("(2) Diese Unterstützung beschränkt sich auf …"),
// that points back with "diese"/"dies" and hollows or narrows it hollows the match.
int hollowed_by_follow_up(MatchContext const& ctx, SentenceRef const& at) {
  if (at.sentence < 0) return -1;
  int node = ctx.sentences[static_cast<std::size_t>(at.sentence)].node;
  auto limits_back = [&](int index) {
    Sentence const& s = ctx.sentences[static_cast<std::size_t>(index)];
    if (s.tokens.empty()) return false;
    std::string const& first = s.tokens.front().word;
    bool points_back = first == "diese" || first == "dieser" || first == "dies" || first == "diesen" || first == "solche";
    return points_back && (hollows(ctx, s) || ctx.occurs(s, "narrowing"));
  };
  for (int other : ctx.sentences_of_node[static_cast<std::size_t>(node)]) {
    if (other > at.sentence && limits_back(other)) return other;
  }
  Node const& own = ctx.doc.nodes[static_cast<std::size_t>(node)];
  if (own.parent < 0) return -1;
  auto const& siblings = ctx.doc.nodes[static_cast<std::size_t>(own.parent)].children;
  auto pos = std::find(siblings.begin(), siblings.end(), node);
  if (pos == siblings.end() || pos + 1 == siblings.end()) return -1;
  auto const& next = ctx.sentences_of_node[static_cast<std::size_t>(*(pos + 1))];
  return !next.empty() && limits_back(next.front()) ? next.front() : -1;
}

// A sentence elsewhere that hollows or sets aside the clause of a full match, or -1.
int limiter_of(MatchContext const& ctx, SentenceRef const& at) {
  int by = hollowed_by_reference(ctx, at);
  return by >= 0 ? by : hollowed_by_follow_up(ctx, at);
}

// The earliest full match that nothing elsewhere limits. When the earliest one is limited ("Ziffer
// 4.3 Satz 2 findet keine Anwendung" and the match is that second sentence), a later full match
// that stands unlimited still satisfies the part; else the part is hollowed, naming the limiter.
PartResult part_match(MatchContext const& ctx, std::vector<Provision> const& provisions) {
  PartResult result;
  result.best = best_match(ctx, provisions);
  if (result.best.kind != MatchKind::full) return result;
  result.limited_by = limiter_of(ctx, result.best);
  if (result.limited_by < 0) return result;
  std::set<int> later;  // the other full matches, in document order
  for (auto const& p : provisions) {
    for (int i : candidate_sentences(ctx, p)) {
      if (i != result.best.sentence && !later.count(i) && match(ctx, p, ctx.sentences[static_cast<std::size_t>(i)]) == MatchKind::full) {
        later.insert(i);
      }
    }
  }
  for (int i : later) {
    SentenceRef other{i, MatchKind::full};
    if (limiter_of(ctx, other) < 0) return {other, -1};
  }
  result.best.kind = MatchKind::hollowed;
  return result;
}

}  // namespace

CoverageResult evaluate_coverage(Document const& doc, CoverageRules const& rules) {
  CoverageResult result;
  result.sentences = split_sentences(doc);
  MatchContext ctx = make_match_context(doc, rules.concepts, result.sentences);
  evaluate_coverage(ctx, rules, result);
  return result;
}

void evaluate_coverage(MatchContext const& ctx, CoverageRules const& rules, CoverageResult& result) {
  Document const& doc = ctx.doc;
  for (auto const& spec : rules.requirements) {
    RequirementEvaluation ev;
    ev.id = spec.id;
    bool core_found = false, all_full = true;
    for (auto const& part : spec.parts) {
      PartResult pr = part_match(ctx, part.provisions);
      bool set_aside = pr.limited_by >= 0 && !part.set_aside_finding.empty() &&
                       ctx.occurs(ctx.sentences[static_cast<std::size_t>(pr.limited_by)], "suspends");
      bool raised = std::any_of(result.forbidden.begin(), result.forbidden.end(), [&](ForbidHit const& hit) {
        return hit.rule == part.set_aside_finding && hit.sentence == pr.limited_by;
      });
      if (set_aside && !raised) result.forbidden.push_back({part.set_aside_finding, pr.limited_by});
      if (part.core && pr.best.kind != MatchKind::none) core_found = true;
      if (pr.best.kind != MatchKind::full) all_full = false;
      ev.parts.push_back(pr);
    }
    for (std::size_t l = 0; l < spec.limits.size() && ev.limit < 0; ++l) {
      SentenceRef at = best_match(ctx, spec.limits[l].provisions);
      if (at.kind != MatchKind::none) {
        ev.limit = static_cast<int>(l);
        ev.limit_at = at;
      }
    }
    bool core_full = false;
    for (std::size_t i = 0; i < spec.parts.size(); ++i) {
      if (spec.parts[i].core && ev.parts[i].best.kind == MatchKind::full) core_full = true;
    }
    bool not_applicable = !core_full && !spec.not_applicable_if.empty() &&
                          best_match(ctx, spec.not_applicable_if).kind == MatchKind::full &&
                          (spec.not_applicable_unless.empty() ||
                           best_match(ctx, spec.not_applicable_unless).kind == MatchKind::none);
    if (not_applicable) {
      ev.status = Status::not_applicable;
    } else if (!core_found && !(ev.limit >= 0 && spec.limits[static_cast<std::size_t>(ev.limit)].establishes)) {
      ev.status = Status::missing;
    } else if (ev.limit >= 0) {
      ev.status = spec.limits[static_cast<std::size_t>(ev.limit)].effect;
    } else {
      ev.status = all_full ? Status::met : Status::partial;
    }
    if (ev.status == Status::missing || ev.status == Status::partial) {
      ev.topic_node = topic_heading(doc, rules.concepts, spec.topic);
    }
    result.requirements.push_back(std::move(ev));
  }
  for (auto const& spec : rules.forbids) {
    std::set<int> hits;  // sentences matching any provision
    for (auto const& p : spec.provisions) {
      for (int i : candidate_sentences(ctx, p)) {
        if (!hits.count(i) && match(ctx, p, result.sentences[static_cast<std::size_t>(i)]) != MatchKind::none) {
          hits.insert(i);
        }
      }
    }
    int last_node = -1;
    for (int i : hits) {
      Sentence const& s = result.sentences[static_cast<std::size_t>(i)];
      if (s.node == last_node) continue;  // one finding per clause
      bool raised = std::any_of(result.forbidden.begin(), result.forbidden.end(), [&](ForbidHit const& hit) {
        return hit.rule == spec.rule && result.sentences[static_cast<std::size_t>(hit.sentence)].node == s.node;
      });
      if (raised) continue;  // (raised already where the clause sets a requirement's clause aside)
      result.forbidden.push_back({spec.rule, i});
      last_node = s.node;
    }
  }
}

}  // namespace avvlint::analysis
