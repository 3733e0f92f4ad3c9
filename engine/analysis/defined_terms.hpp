// Terms a contract defines, read into the sentences that use them.
//
// "„Sicherheitsverletzung“ ist jede Verletzung des Schutzes personenbezogener Daten …",
// "5. **Unterauftragsverarbeiter** ist …", "7. Vertragsende: der Tag, der 24 Monate nach …"
// (an entry of a "Begriffsbestimmungen" section): wherever the contract uses such a term, the
// duty means what the definition says. So a duty can look complete and still be emptied by
// its definitions clause: "Beschäftigte" defined as permanent staff only, a "Datenschutz-
// verletzung" only when it is likely to be high-risk, a "Vertragsende" two years after the
// services end. carry_defined_terms() puts into the match context:
//   - the genus: a term defined as a breach, a subprocessor, an instruction, a security
//     measure or a team carries that concept wherever it is used, and in the later sentences
//     of its own definition ("„Weisung“ ist … mündlich … . Einer Bestätigung bedarf es nicht.");
//   - the narrowing the definition states affirmatively (permanent staff only, a risk threshold):
//     the term carries it wherever it is used;
//   - a defined end that lies a period after the real end ("24 Monate nach …"): every sentence
//     using the term carries that period.
#pragma once

#include "provisions.hpp"

namespace avvlint::analysis {

// Adds the defined terms' concepts to ctx.hit_cache / ctx.sentences_with and their periods to
// ctx.carried_periods. Needs the context's concept indices (negation) set.
void carry_defined_terms(MatchContext& ctx);

}  // namespace avvlint::analysis
