// avvlint-trace — a rule author's microscope: prints every sentence of a contract
// with its clause, line and the concepts it contains, then, for each requirement,
// which sentence satisfied which part (or that none did). Use it to see why a
// requirement was judged missing or partial:
//   build/avvlint-trace contract.txt [REQUIREMENT-ID]
#include "analysis/coverage.hpp"

#include <avvlint/lint.hpp>
#include <avvlint/source.hpp>

#include <iostream>

using namespace avvlint;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: avvlint-trace FILE [REQUIREMENT-ID]\n";
    return 2;
  }
  auto loaded = load_source(argv[1]);
  if (!loaded.ok()) {
    std::cerr << loaded.error << "\n";
    return 2;
  }
  auto pack = load_default_rule_pack();
  auto rules = analysis::compile_coverage_rules(*pack.pack);
  if (!rules.rules) {
    std::cerr << rules.error << "\n";
    return 2;
  }
  Document doc = build_document(std::move(*loaded.source));
  auto coverage = analysis::evaluate_coverage(doc, *rules.rules);
  std::string only = argc > 2 ? argv[2] : "";
  auto concept_names = [&](analysis::Sentence const& s) {
    std::string out;
    for (auto const& [c, hits] : rules.rules->concepts.all_hits(s)) {
      (void)hits;
      out += " " + rules.rules->concepts.name(c);
    }
    return out;
  };
  if (only.empty()) {
    for (auto const& s : coverage.sentences) {
      std::cout << doc.clause_id(s.node) << " @" << doc.source.position(s.span.begin).line << ":";
      for (auto const& t : s.tokens) std::cout << " " << t.word << (t.segment ? "/" + std::to_string(t.segment) : "");
      std::cout << "\n   concepts:" << concept_names(s) << "\n";
    }
  }
  for (std::size_t r = 0; r < coverage.requirements.size(); ++r) {
    auto const& ev = coverage.requirements[r];
    if (!only.empty() && ev.id != only) continue;
    std::cout << ev.id << ": " << to_string(ev.status) << "\n";
    auto const& spec = rules.rules->requirements[r];
    for (std::size_t p = 0; p < ev.parts.size(); ++p) {
      auto const& best = ev.parts[p].best;
      std::cout << "  part " << spec.parts[p].label.en << ": ";
      if (best.sentence < 0) {
        std::cout << "none\n";
        continue;
      }
      auto const& s = coverage.sentences[static_cast<std::size_t>(best.sentence)];
      std::cout << (best.kind == analysis::MatchKind::full ? "full" : "hollowed") << " in " << doc.clause_id(s.node)
                << " line " << doc.source.position(s.span.begin).line << "\n";
    }
    if (ev.limit >= 0) std::cout << "  limit " << ev.limit << " applied\n";
  }
  return 0;
}
