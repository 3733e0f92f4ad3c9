// Concepts: named groups of word patterns from the lexicons (rules/lexicon/concepts.*.json).
//
// A pattern is one or more words that must follow each other in a sentence. Each
// word is a glob over folded text (lower case, ä→a, ö→o, ü→u, ß→ss):
//   "losch*"   a prefix   (löschen, Löschung, löscht)
//   "*loschung" a suffix  (Datenlöschung)
//   "*losch*"  anywhere   (gelöscht, Datenlöschungen)
//   "vor ort"  two words in a row; "*" alone is any one word, "…" up to sixteen words, "~" up to four (room for a separable verb: "gibt … zurück").
// Several lexicons (German, English, …) may define the same concept; their
// patterns are merged, so adding a language needs no code.
#pragma once

#include "sentences.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <mutex>
#include <unordered_map>
#include <string>
#include <vector>

namespace avvlint::analysis {

struct WordGlob {
  std::string text;
  bool any_prefix = false;  // "*x"
  bool any_suffix = false;  // "x*"
  bool any_word = false;    // "*"
  bool gap = false;         // "…": up to sixteen words, "~": up to four
  int gap_max = 0;
  bool matches(std::string const& word) const;
};

struct Pattern {
  std::vector<WordGlob> words;
};

class ConceptTable {
 public:
  // Adds the "concepts" object of one lexicon; returns an error text or "".
  std::string add_lexicon(nlohmann::json const& lexicon, std::string const& name);
  bool has(std::string const& concept_name) const { return patterns_.count(concept_name) > 0; }
  // Token indices of every match of the concept in the sentence (first word of each match
  // and all words it covers), in order.
  std::vector<int> find(Sentence const& s, std::string const& concept_name) const;
  bool occurs(Sentence const& s, std::string const& concept_name) const { return !find(s, concept_name).empty(); }
  // The concept's index (stable for the table's life), or -1.
  int index(std::string const& concept_name) const;
  std::size_t size() const { return patterns_.size(); }
  std::string const& name(int concept_index) const;
  std::vector<int> find(Sentence const& s, int concept_index) const;
  // Every concept's hits in one pass over the sentence: (concept index, token indices),
  // sorted by concept. Patterns are only tried where their first word matches, found
  // through an index over the first globs; per-word results are cached.
  using SentenceHits = std::vector<std::pair<int, std::vector<int>>>;
  SentenceHits all_hits(Sentence const& s) const;
  // Matches against a bare folded word list (headings).
  bool occurs_in_words(std::vector<std::string> const& words, std::string const& concept_name) const;
  bool occurs_in_words(std::vector<std::string> const& words, int concept_index) const;

 private:
  std::map<std::string, std::vector<Pattern>> patterns_;
  mutable std::map<std::string, int> index_;  // built on first use
  mutable std::vector<std::vector<Pattern> const*> by_index_;
  void build_index() const;

  // The first-glob index over all patterns (built with index_).
  struct Flat {
    int concept_index;
    Pattern const* pattern;
  };
  mutable std::vector<Flat> flat_;
  mutable std::unordered_map<std::string, std::vector<int>> exact_first_, prefix_first_, suffix_first_;
  mutable std::vector<std::pair<std::string, int>> infix_first_;
  mutable std::vector<int> always_first_;
  mutable std::vector<std::size_t> prefix_lengths_, suffix_lengths_;  // the key lengths that exist
  mutable std::unordered_map<std::string, std::vector<int>> word_cache_;
  mutable std::mutex cache_mutex_;
  std::vector<int> const& candidates(std::string const& word) const;
};

}  // namespace avvlint::analysis
