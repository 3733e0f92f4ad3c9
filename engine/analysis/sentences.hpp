// Sentences: the unit in which a provision is matched.
//
// Every text-bearing node (clause, item, paragraph, bullet, table row) is split
// into sentences. The splitter knows German legal abbreviations ("Art.", "Abs.",
// "z. B.", "i. S. d.", "ggf.", …) and ordinal numbers, so "gem. Art. 28 Abs. 3
// lit. e DSGVO" does not end a sentence. Each sentence keeps its folded words
// (lower case, umlauts folded) with their source spans, and each word knows its
// segment: the part of the sentence between commas, semicolons, brackets and
// subordinating conjunctions ("sofern", "soweit", "es sei denn"), which bounds
// the reach of a negation.
#pragma once

#include <avvlint/model.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace avvlint::analysis {

struct Token {
  std::string word;  // folded: "loschen", "auftragnehmer"
  Span span;         // in the source
  int segment = 0;
};

struct Sentence {
  int node = -1;
  Span span;
  std::vector<Token> tokens;
  bool in_annex = false;
  int leading_condition = 0;  // segments before this one are a verb-first condition ("Erfüllt X nicht, haftet …")
  int question = 0;           // segments before this one are the question an answer belongs to ("F 9: … ?")
  std::vector<int> periods;  // indices into Document::periods inside this sentence
  // segments that end in a blank template field ("für die Dauer von [●]", "Laufzeit: ____"):
  // what they announce is not stated
  std::vector<int> blank_segments;
};

std::vector<Sentence> split_sentences(Document const& doc);

// A finite verb, roughly: an auxiliary or modal, or a word ending in -t ("haftet").
bool finite_verb(std::string_view folded_word);

// A preposition with its article contractions folded onto it ("zum", "zur" -> "zu"; "im" -> "in");
// any other word as it is.
std::string_view preposition_family(std::string_view folded_word);

}  // namespace avvlint::analysis
