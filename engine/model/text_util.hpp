// Small text helpers shared by the model and the analysis: trimming, German case
// folding (lower case, umlauts to base letters, ß to ss) and word splitting that
// keeps byte offsets into the original text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace avvlint::text_util {

std::string_view trim(std::string_view s);

// Lower-cases ASCII and German letters and folds ä/ö/ü/ß to a/o/u/ss, so that
// "Löschung", "LÖSCHUNG" and "Loeschung"-free spellings compare equal as "loschung".
std::string fold(std::string_view s);

struct Word {
  std::string_view text;  // a run of letters, digits, hyphens inside words
  std::size_t begin = 0;  // byte offset in the scanned text
};

// A folded copy of a text that remembers, for every folded byte, the byte of the
// original it came from (so matches in folded text map back to source spans).
struct Folded {
  std::string text;
  std::vector<std::uint32_t> origin;  // origin[i] = original offset of text[i]; origin.back() = original size
};
Folded fold_mapped(std::string_view s);

// Calls fn(Word) for every word of `text`, without storing them; a fn that returns bool
// ends the walk by returning false.
template <class Fn>
void for_each_word(std::string_view text, Fn&& fn);

// Words of `text` from byte `from`, at most `limit` of them.
std::vector<Word> words(std::string_view text, std::size_t from, std::size_t limit);

// Appends the UTF-8 encoding of a Unicode code point.
void append_utf8(std::string& out, std::uint32_t code_point);

// A quoted term: an opening quote ("„" or '"') right before text[at], a closing one ("“" or
// '"') right at text[at].
// A row of a key sheet: a short label, a colon, then the value set off in its column
// ("Zweck:       Vermarktung …"), the label opening with a capital. (Not "Hinweis: …" in running
// text, nor the fields of one entry written with a single blank, "Firma: …".)
bool key_row(std::string_view line);
// A line that opens with such a label and a single blank ("Widerspruchsfrist: 21 Tage").
bool label_row(std::string_view line);

bool quote_opens_before(std::string_view text, std::size_t at);
// "de" or "en", by counting common function words of each language (German when tied).
std::string language_of(std::string_view text);
bool quote_closes_at(std::string_view text, std::size_t at);
// Does the text close with a short quoted name in brackets, as a party entry does ("… 79115 Freiburg
// („Praxiswolke“)")?
bool ends_with_bracketed_name(std::string_view text);

// The answer a questionnaire gives right after a question (the text after its "?"): 'y' for "Ja"
// ("Antwort: Ja.", "– Ja, siehe Anlage 3", "☒ Ja ☐ Nein", "Ja [X]  Nein [ ]"), 'n' for "Nein", 0 when
// neither can be told (no answer word, or boxes ticked for both or none).
char yes_no_answer(std::string_view after_question);

// The value of a roman numeral in either case ("IV", "iv" -> 4), or -1 when it is none.
int roman_value(std::string_view numeral);

// Byte length of the letter or digit starting at text[i] (UTF-8 aware), 0 when
// text[i] starts punctuation, space, a typographic quote or dash, or is not a lead byte.
std::size_t letter_length(std::string_view text, std::size_t i);

template <class Fn>
void for_each_word(std::string_view text, Fn&& fn) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    while (i < text.size() && (len = letter_length(text, i)) == 0) ++i;
    std::size_t start = i;
    while (i < text.size()) {
      len = letter_length(text, i);
      if (len == 0 && text[i] == '-' && i > start && i + 1 < text.size() && letter_length(text, i + 1) > 0) len = 1;
      // a soft hyphen ("Unterauftrags\u00ADverarbeiter") stays inside the word
      if (len == 0 && i > start && i + 2 < text.size() && text[i] == '\xC2' && text[i + 1] == '\xAD' &&
          (letter_length(text, i + 2) > 0 || text[i + 2] == '-')) {
        len = 2;
      }
      if (len == 0) break;
      i += len;
    }
    if (i > start) {
      // a callback returning bool stops the walk with false ("enough words")
      if constexpr (std::is_same_v<std::invoke_result_t<Fn&, Word>, bool>) {
        if (!fn(Word{text.substr(start, i - start), start})) return;
      } else {
        fn(Word{text.substr(start, i - start), start});
      }
    }
  }
}

}  // namespace avvlint::text_util
