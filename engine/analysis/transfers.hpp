// Transfers: following the data to every subprocessor and every country.
//
//  * subprocessor entries from annex tables (whatever the column order or header
//    wording: "Name und Anschrift", "Firma", "Leistung", "Sitz", "Serverstandort" …)
//    and from bullet lists under a subprocessor heading;
//  * each entry's countries (places.hpp), and the contract's own facts: a
//    restriction of processing to the EU/EEA or Germany, "worldwide" processing,
//    safeguards stated globally or for one entry (SCC 2021/914, BCR, DPF), the
//    notice period for new subprocessors and the controller's objection period;
//  * a data-flow graph (Boost.Graph, inside transfers.cpp): controller → processor
//    → subprocessors → countries, every subprocessor→country edge classified
//    against the restriction and Chapter V.
#pragma once

#include "coverage.hpp"
#include "places.hpp"

#include <avvlint/model.hpp>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace avvlint::analysis {

enum class FlowStatus {
  inside_eea,     // EU/EEA: no transfer
  adequate,       // adequacy decision (for the USA: the entry says it is DPF-certified)
  safeguarded,    // a stated Art. 46 safeguard (SCC, BCR) covers it
  no_safeguard,   // third country, nothing stated
  unknown         // the country could not be determined
};
char const* to_string(FlowStatus s);

struct Flow {
  std::string country;  // ISO code ("" when unknown)
  FlowStatus status = FlowStatus::unknown;
  bool conflicts_with_restriction = false;
};

struct SubprocessorEntry {
  std::string name, address, service, location;
  std::vector<std::string> missing_fields;  // "name", "service", "location"
  int node = -1;                            // the table or bullet node
  Span span;                                // the row or bullet
  bool location_unknown = false;            // a location was written but not understood
  bool dpf = false;                         // the entry says it is DPF-certified
  bool safeguard = false;                   // an Art. 46 safeguard is stated for it
  bool safeguard_set_aside = false;         // the general safeguard clause is set aside for it ("Ziffer 9.3
                                            // findet auf die in Anlage 3 unter Nr. 4 genannte … keine Anwendung")
  std::string key;                          // its row number in a numbered list ("4" under "Nr."), or ""
  std::vector<Flow> flows;
};

struct Restriction {
  std::string scope;  // "EEA", "EU", "DE" or "" when the contract states none
  std::set<std::string> also;  // countries the clause admits besides the scope ("… des EWR und in der Schweiz")
  bool storage_only = false;  // it names where data are hosted or stored ("Das Hosting erfolgt
                              // ausschließlich in Deutschland"), not where all processing happens
  Span span;
  int node = -1;
};

struct PeriodRef {
  double hours = -1;  // -1: not stated
  std::string text;
  Span span;
  int node = -1;
};

struct TransferFacts {
  std::vector<SubprocessorEntry> entries;
  Restriction restriction;
  std::vector<int> worldwide_sentences;  // "weltweit" processing statements without a safeguard
  bool global_safeguard = false;         // SCC/BCR stated for third-country transfers in general
  PeriodRef notice, objection;           // subprocessor change procedure

  // A new subprocessor may start before the controller's objection window closes.
  bool objection_outlasts_notice() const {
    return notice.hours >= 0 && objection.hours >= 0 && notice.hours < objection.hours;
  }
};

std::shared_ptr<Gazetteer const> gazetteer_for(RulePack const& pack);

// `match_ctx`: the context evaluate_coverage used (built over coverage.sentences).
TransferFacts analyse_transfers(Document const& doc, CoverageRules const& rules, CoverageResult const& coverage,
                                Gazetteer const& places, MatchContext const& match_ctx);

// Applies the limits that name a fact (kLimitFacts) to a requirement the provisions
// left met or partial: "Ankündigung 14 Tage, Widerspruch binnen vier Wochen" makes the
// change procedure partial although each half is there.
void apply_fact_limits(CoverageRules const& rules, TransferFacts const& facts, CoverageResult& coverage);

}  // namespace avvlint::analysis
