// Defined terms and the parties' roles.
//
// A contract names its parties in many ways: "(im Folgenden: „Auftraggeber“)", a role
// label above the address ("Verantwortlicher:", "Du, die Verantwortliche:"), a bracket
// with aliases ("(„Fahrschule“ oder „Sie“)"), a party table, a definitions clause
// ("„Brenninger“ bezeichnet die Autohaus Brenninger GmbH"), a later role statement
// ("Die Schule ist Verantwortliche im Sinne der DSGVO") — or only by the plain words the
// lexicon knows. read_definitions() collects the terms into Document::definitions and
// gives each party term the role "controller" or "processor"; terms naming things
// ("Hauptvertrag", "DSGVO") keep an empty role. The sentence splitter then reads every
// party term as the lexicon's canonical word.
#pragma once

#include <avvlint/model.hpp>

namespace avvlint {

// Fills doc.definitions from a built tree (nodes, spans and texts must be final).
void read_definitions(Document& doc);

}  // namespace avvlint
