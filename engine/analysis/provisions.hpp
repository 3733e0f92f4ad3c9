// Provisions: "who must (or may) do what" inside one sentence.
//
// A provision spec (JSON, in requirement and finding rule files) names concept
// groups that must all occur (`all`), of which one must occur (`any`), that must
// not occur (`none`), the actor (processor / controller / any), the modality
// (duty / permission / any), and whether the sentence must be affirmative
// (default) or negated (`"negated": true`, for prohibitions and exclusions).
// Period bounds (`period_max_hours`, `period_min_hours`) compare the sentence's
// periods from the period grammar.
//
// Matching a sentence gives one of: no match, a match, or a *hollowed* match —
// the provision is there but emptied ("nach eigenem Ermessen", "soweit zumutbar",
// or a mere permission where a duty is required).
#pragma once

#include "concepts.hpp"
#include "sentences.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace avvlint::analysis {

enum class Actor { any, processor, controller };
enum class Modality { any, duty, permission };

struct Provision {
  std::vector<std::string> all, any, none;
  std::vector<std::string> none_in_clause;  // concepts that must not occur anywhere in the clause
  std::vector<std::string> none_in_segment;  // concepts that must not share a clause segment with a
                                             // matched concept ("unterstützt bei der Meldung …" but not
                                             // "meldet unverzüglich, und hilft bei der Aufklärung")
  Actor actor = Actor::any;
  Modality modality = Modality::any;
  std::vector<std::string> under;  // concepts one of which must stand in the sentence or in an
                                   // enclosing clause or heading ("Datenarten:" above a list)
  std::vector<std::string> label;  // concepts one of which must fill the sentence's opening label, a
                                   // first segment of up to three words before more ("Daten: Name, …")
  bool negated = false;        // match only negated sentences
  bool weak = false;           // a match only ever counts as hollowed (e.g. "careful selection")
  bool any_polarity = false;   // the concepts carry their own negation ("Widerspruch … ausgeschlossen")
  int min_matches = 1;         // distinct words the first `all` concept must cover ("Name, E-Mail, …")
  int min_segments = 1;        // the sentence is an enumeration of at least this many parts ("A, B, C")
  bool annex_only = false;
  bool same_segment = false;   // the `all` concepts must meet in one clause segment ("nur durch
                               // Zertifikate", not "Zertifizierung …, Zutritt nur für …"),
                               // whose polarity is the provision's
  bool asserted = false;       // every `all` concept must stand outside a condition: "Verarbeitet er
                               // Daten zu eigenen Zwecken, so gilt …" grants no own use
  double period_max_hours = -1;  // satisfied by "immediate" or a period up to this bound
  double period_min_hours = -1;  // needs a (non-immediate) period above this bound and no immediacy

  // The concept names above resolved to ConceptTable indices (resolve_concepts).
  std::vector<int> all_ids, any_ids, none_ids, none_in_clause_ids, none_in_segment_ids, under_ids, label_ids;
};

// Parses a provision object; returns an error ("/all: …") or "" on success.
std::string parse_provision(nlohmann::json const& j, Provision& out);
std::string parse_provisions(nlohmann::json const& j, std::vector<Provision>& out);
// Resolves concept names to indices; returns an error naming an unknown concept, or "".
std::string resolve_concepts(Provision& p, ConceptTable const& concepts);

enum class MatchKind { none, hollowed, full };

struct MatchContext {
  Document const& doc;
  ConceptTable const& concepts;
  std::vector<Sentence> const& sentences;
  std::vector<std::string> processor_terms;  // folded defined terms, e.g. "auftragnehmer"
  std::vector<std::string> controller_terms;
  std::vector<std::vector<int>> sentences_of_node;  // node index -> its sentence indices
  std::vector<std::vector<int>> references_from;    // node index -> indices into doc.references

  // Concept hits per sentence, computed once for the whole document: every
  // provision asks for the same concepts again and again.
  std::vector<ConceptTable::SentenceHits> hit_cache;       // per sentence: (concept, tokens)
  std::vector<std::vector<int>> sentences_with;            // per concept: sentences containing it
  std::vector<int> all_sentences;                          // 0 … n-1
  // Per sentence of a list entry: the last sentence of the lead-in its list continues (or -1),
  // and whether that lead-in breaks off mid-sentence ("… nur Personen ein, die").
  std::vector<int> lead_in;
  std::vector<char> lead_in_open;
  // Per sentence (empty when no defined term brings one): periods a defined term carries into the
  // sentence ("Vertragsende" defined as 24 months after the services end).
  std::vector<std::vector<int>> carried_periods;
  std::vector<int> const& hits(Sentence const& s, int concept_index) const;
  std::vector<int> const& hits(Sentence const& s, std::string const& concept_name) const {
    return hits(s, concepts.index(concept_name));
  }
  bool occurs(Sentence const& s, int concept_index) const { return !hits(s, concept_index).empty(); }
  bool occurs(Sentence const& s, std::string const& concept_name) const { return !hits(s, concept_name).empty(); }

  // The grammar concepts every match consults.
  int hollowing_exempt = -1, claim = -1;
  int negation = -1, negation_exempt = -1, condition = -1, modal = -1, obliging = -1, permission = -1, duty = -1,
      hollowing = -1, immediate = -1, negating_predicate = -1, only = -1, own_deadline = -1, prohibition = -1,
      anaphor = -1;
};

MatchContext make_match_context(Document const& doc, ConceptTable const& concepts,
                                std::vector<Sentence> const& sentences);

MatchKind match(MatchContext const& ctx, Provision const& p, Sentence const& s);

// The sentences worth trying for a provision (those holding one of its rarest
// required concepts), in document order.
std::vector<int> const& candidate_sentences(MatchContext const& ctx, Provision const& p);

}  // namespace avvlint::analysis
