#include "concepts.hpp"

#include "../model/text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace avvlint::analysis {

bool WordGlob::matches(std::string const& word) const {
  if (any_word) return true;
  if (any_prefix && any_suffix) return word.find(text) != std::string::npos;
  if (any_prefix) return word.size() >= text.size() && word.compare(word.size() - text.size(), text.size(), text) == 0;
  if (any_suffix) return word.compare(0, text.size(), text) == 0;
  return word == text;
}

namespace {

Pattern compile(std::string const& source) {
  Pattern p;
  std::string folded = text_util::fold(source);
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    std::size_t start = i;
    while (i < folded.size() && folded[i] != ' ') ++i;
    if (i == start) break;
    std::string w = folded.substr(start, i - start);
    WordGlob g;
    if (w == "*") {
      g.any_word = true;
    } else if (w == "\xE2\x80\xA6" || w == "...") {
      g.gap = true;
      g.gap_max = 16;
    } else if (w == "~") {
      g.gap = true;
      g.gap_max = 4;
    } else {
      if (w.front() == '*') {
        g.any_prefix = true;
        w.erase(w.begin());
      }
      if (!w.empty() && w.back() == '*') {
        g.any_suffix = true;
        w.pop_back();
      }
      // Punctuation inside a pattern word ("art.", "lit.") is not part of folded tokens.
      std::string clean;
      for (char c : w) {
        if (c != '.' && c != ',' && c != '(' && c != ')') clean.push_back(c);
      }
      g.text = clean;
    }
    p.words.push_back(std::move(g));
  }
  return p;
}

// Does `p` (from word k on) match at token t? Matched token indices are appended to
// `covered`; on failure `covered` is left as it was. No allocation on the hot path.
template <class WordAt>
bool match_from(Pattern const& p, std::size_t k, std::size_t count, WordAt const& word_at, std::size_t t,
                std::vector<int>& covered) {
  std::size_t const mark = covered.size();
  for (; k < p.words.size(); ++k) {
    WordGlob const& g = p.words[k];
    if (g.gap) {
      // Try 0..16 skipped words before the next glob (room for a separable verb's
      // particle: "teilt … dem Auftraggeber unverzüglich … mit").
      if (k + 1 >= p.words.size()) return true;
      for (std::size_t skip = 0; skip <= static_cast<std::size_t>(g.gap_max) && t + skip < count; ++skip) {
        if (match_from(p, k + 1, count, word_at, t + skip, covered)) return true;
      }
      covered.resize(mark);
      return false;
    }
    if (t >= count || !g.matches(word_at(t))) {
      covered.resize(mark);
      return false;
    }
    covered.push_back(static_cast<int>(t));
    ++t;
  }
  return true;
}

template <class WordAt>
bool match_at(Pattern const& p, std::size_t count, WordAt const& word_at, std::size_t at, std::vector<int>& covered) {
  // Cheap rejection on the first word before any recursion.
  WordGlob const& first = p.words.front();
  if (!first.gap && !first.any_word && !first.matches(word_at(at))) return false;
  return match_from(p, 0, count, word_at, at, covered);
}

}  // namespace

std::string ConceptTable::add_lexicon(nlohmann::json const& lexicon, std::string const& name) {
  auto it = lexicon.find("concepts");
  if (it == lexicon.end() || !it->is_object()) return name + ": /concepts: missing or not an object";
  for (auto const& [concept_name, list] : it->items()) {
    if (!list.is_array()) return name + ": /concepts/" + concept_name + ": must be a list of patterns";
    patterns_[concept_name];  // (an empty list: a concept only a defined term carries, "narrowed-scope")
    for (auto const& entry : list) {
      if (!entry.is_string()) return name + ": /concepts/" + concept_name + ": patterns must be strings";
      Pattern p = compile(entry.get<std::string>());
      if (!p.words.empty()) patterns_[concept_name].push_back(std::move(p));
    }
  }
  return {};
}

void ConceptTable::build_index() const {
  if (by_index_.size() == patterns_.size()) return;
  index_.clear();
  by_index_.clear();
  flat_.clear();
  exact_first_.clear();
  prefix_first_.clear();
  suffix_first_.clear();
  infix_first_.clear();
  always_first_.clear();
  word_cache_.clear();
  for (auto const& [name, list] : patterns_) {
    int c = static_cast<int>(by_index_.size());
    index_[name] = c;
    by_index_.push_back(&list);
    for (auto const& p : list) {
      int id = static_cast<int>(flat_.size());
      flat_.push_back({c, &p});
      WordGlob const& g = p.words.front();
      if (g.any_word || g.gap) {
        always_first_.push_back(id);
      } else if (g.any_prefix && g.any_suffix) {
        infix_first_.emplace_back(g.text, id);
      } else if (g.any_prefix) {
        suffix_first_[g.text].push_back(id);
      } else if (g.any_suffix) {
        prefix_first_[g.text].push_back(id);
      } else {
        exact_first_[g.text].push_back(id);
      }
    }
  }
  auto lengths = [](auto const& map) {
    std::vector<std::size_t> out;
    for (auto const& [key, ids] : map) out.push_back(key.size());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  prefix_lengths_ = lengths(prefix_first_);
  suffix_lengths_ = lengths(suffix_first_);
}

std::vector<int> const& ConceptTable::candidates(std::string const& word) const {
  {
    std::lock_guard<std::mutex> lock(cache_mutex_);
    if (auto it = word_cache_.find(word); it != word_cache_.end()) return it->second;
  }
  std::vector<int> ids(always_first_);
  auto take = [&](auto const& map, std::string const& key) {
    if (auto it = map.find(key); it != map.end()) ids.insert(ids.end(), it->second.begin(), it->second.end());
  };
  take(exact_first_, word);
  // Probe only the key lengths that occur; one buffer, no allocation per probe.
  std::string key;
  key.reserve(word.size());
  for (std::size_t len : prefix_lengths_) {
    if (len > word.size()) break;
    key.assign(word, 0, len);
    take(prefix_first_, key);
  }
  for (std::size_t len : suffix_lengths_) {
    if (len > word.size()) break;
    key.assign(word, word.size() - len, len);
    take(suffix_first_, key);
  }
  for (auto const& [text, id] : infix_first_) {
    if (word.find(text) != std::string::npos) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::lock_guard<std::mutex> lock(cache_mutex_);
  return word_cache_.emplace(word, std::move(ids)).first->second;
}

ConceptTable::SentenceHits ConceptTable::all_hits(Sentence const& s) const {
  build_index();
  SentenceHits by_concept;  // appended per match, merged per concept below
  auto word_at = [&](std::size_t i) -> std::string const& { return s.tokens[i].word; };
  std::vector<int> covered;
  for (std::size_t at = 0; at < s.tokens.size(); ++at) {
    int done_concept = -1;  // per position, the first matching pattern of a concept wins
    for (int id : candidates(s.tokens[at].word)) {
      Flat const& f = flat_[static_cast<std::size_t>(id)];
      if (f.concept_index == done_concept) continue;
      covered.clear();
      if (match_at(*f.pattern, s.tokens.size(), word_at, at, covered)) {
        by_concept.emplace_back(f.concept_index, covered);
        done_concept = f.concept_index;
      }
    }
  }
  // Merge the per-match entries into one (concept, tokens) entry per concept.
  std::stable_sort(by_concept.begin(), by_concept.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
  SentenceHits merged;
  for (auto& [c, tokens] : by_concept) {
    if (!merged.empty() && merged.back().first == c) {
      merged.back().second.insert(merged.back().second.end(), tokens.begin(), tokens.end());
    } else {
      merged.emplace_back(c, std::move(tokens));
    }
  }
  return merged;
}

int ConceptTable::index(std::string const& concept_name) const {
  build_index();
  auto it = index_.find(concept_name);
  return it == index_.end() ? -1 : it->second;
}

std::string const& ConceptTable::name(int concept_index) const {
  build_index();
  for (auto const& [n, i] : index_) {
    if (i == concept_index) return n;
  }
  static std::string const unknown = "?";
  return unknown;
}

std::vector<int> ConceptTable::find(Sentence const& s, std::string const& concept_name) const {
  return find(s, index(concept_name));
}

std::vector<int> ConceptTable::find(Sentence const& s, int concept_index) const {
  std::vector<int> hits;
  if (concept_index < 0) return hits;
  build_index();
  auto const& patterns = *by_index_[static_cast<std::size_t>(concept_index)];
  auto word_at = [&](std::size_t i) -> std::string const& { return s.tokens[i].word; };
  for (std::size_t at = 0; at < s.tokens.size(); ++at) {
    for (auto const& p : patterns) {
      if (match_at(p, s.tokens.size(), word_at, at, hits)) break;
    }
  }
  return hits;
}

bool ConceptTable::occurs_in_words(std::vector<std::string> const& words, std::string const& concept_name) const {
  return occurs_in_words(words, index(concept_name));
}

bool ConceptTable::occurs_in_words(std::vector<std::string> const& words, int concept_index) const {
  if (concept_index < 0) return false;
  build_index();
  auto const& patterns = *by_index_[static_cast<std::size_t>(concept_index)];
  auto word_at = [&](std::size_t i) -> std::string const& { return words[i]; };
  std::vector<int> covered;
  for (std::size_t at = 0; at < words.size(); ++at) {
    for (auto const& p : patterns) {
      if (match_at(p, words.size(), word_at, at, covered)) return true;
    }
  }
  return false;
}

}  // namespace avvlint::analysis
