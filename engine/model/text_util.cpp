#include "text_util.hpp"

#include <algorithm>
#include <cctype>

namespace avvlint::text_util {

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Non-breaking spaces at either end.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

std::string fold(std::string_view s) { return fold_mapped(s).text; }

Folded fold_mapped(std::string_view s) {
  Folded f;
  f.text.reserve(s.size());
  f.origin.reserve(s.size() + 1);
  std::string& out = f.text;
  auto emit = [&](char c, std::size_t from) {
    out.push_back(c);
    f.origin.push_back(static_cast<std::uint32_t>(from));
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      emit(static_cast<char>(std::tolower(c)), i);
      continue;
    }
    // A soft hyphen is invisible: dropped, and a hard hyphen right after it with it ("Folgen\u00AD-abschätzung").
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD) {
      ++i;
      if (i + 1 < s.size() && s[i + 1] == '-') ++i;
      continue;
    }
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      char base = 0;
      switch (d) {
        case 0xA4: case 0x84: base = 'a'; break;  // ä Ä
        case 0xB6: case 0x96: base = 'o'; break;  // ö Ö
        case 0xBC: case 0x9C: base = 'u'; break;  // ü Ü
        case 0x9F: emit('s', i); emit('s', i); ++i; continue;  // ß
        case 0xA9: case 0x89: case 0xA8: case 0x88: base = 'e'; break;  // é É è È
        case 0xA1: case 0xA0: case 0x81: case 0x80: base = 'a'; break;  // á à
        case 0xB3: case 0xB2: case 0x93: base = 'o'; break;  // ó ò
        case 0xA3: case 0x83: base = 'a'; break;  // ã
        case 0xA7: case 0x87: base = 'c'; break;  // ç
        default: break;
      }
      if (base) {
        emit(base, i);
        ++i;
        continue;
      }
    }
    if (c == 0xE1 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBA &&
        static_cast<unsigned char>(s[i + 2]) == 0x9E) {  // ẞ
      emit('s', i);
      emit('s', i);
      i += 2;
      continue;
    }
    emit(static_cast<char>(c), i);
  }
  f.origin.push_back(static_cast<std::uint32_t>(s.size()));
  return f;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool quote_opens_before(std::string_view text, std::size_t at) {
  return (at >= 1 && at <= text.size() && text[at - 1] == '"') ||
         (at >= 3 && at <= text.size() && text.substr(at - 3, 3) == "\xE2\x80\x9E");
}

bool quote_closes_at(std::string_view text, std::size_t at) {
  return at < text.size() && (text[at] == '"' || text.substr(at, 3) == "\xE2\x80\x9C");
}

bool ends_with_bracketed_name(std::string_view text) {
  text = trim(text);
  if (!(text.ends_with("\xE2\x80\x9C)") || text.ends_with("\")") || text.ends_with("\xE2\x80\x9D)"))) return false;
  std::size_t open = text.rfind('(');
  return open != std::string_view::npos && text.size() - open <= 40 &&
         (text.substr(open, 4) == "(\xE2\x80\x9E" || text.substr(open, 2) == "(\"");
}

std::size_t letter_length(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return std::isalnum(c) ? 1 : 0;
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c == 0xC2 || c == 0xE2 || i + len > text.size()) return 0;  // C2: NBSP, §, «; E2: quotes, dashes
  if (c == 0xC3 && (static_cast<unsigned char>(text[i + 1]) == 0x97 || static_cast<unsigned char>(text[i + 1]) == 0xB7)) {
    return 0;  // × ÷
  }
  return len;
}

namespace {

// Where the colon of a labelled line stands ("Widerspruchsfrist: 21 Tage"; the line trimmed), or npos.
std::size_t label_colon(std::string_view t) {
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 48 || colon + 3 >= t.size() || t[colon + 1] != ' ') {
    return std::string_view::npos;
  }
  auto first = static_cast<unsigned char>(t.front());
  if (!(std::isupper(first) || first == 0xC3)) return std::string_view::npos;
  std::string_view label = t.substr(0, colon);
  if (label.find_first_of(",;!?\"") != std::string_view::npos || std::count(label.begin(), label.end(), ' ') > 3) {
    return std::string_view::npos;
  }
  return colon;
}

}  // namespace

bool label_row(std::string_view line) { return label_colon(trim(line)) != std::string_view::npos; }

bool key_row(std::string_view line) {
  std::string_view t = trim(line);
  std::size_t colon = label_colon(t);
  return colon != std::string_view::npos && (t[colon + 2] == ' ' || t[colon + 2] == '\t');
}

std::vector<Word> words(std::string_view text, std::size_t from, std::size_t limit) {
  std::vector<Word> out;
  if (from >= text.size()) return out;
  if (limit == 0) return out;
  for_each_word(text.substr(from), [&](Word w) {
    out.push_back({w.text, w.begin + from});
    return out.size() < limit;
  });
  return out;
}

int roman_value(std::string_view numeral) {
  int total = 0, prev = 0;
  for (auto it = numeral.rbegin(); it != numeral.rend(); ++it) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(*it)));
    int v = c == 'i' ? 1 : c == 'v' ? 5 : c == 'x' ? 10 : c == 'l' ? 50 : 0;
    if (v == 0) return -1;
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return numeral.empty() ? -1 : total;
}

std::string language_of(std::string_view text) {
  int de = 0, en = 0;
  for_each_word(text, [&](Word w) {
    std::string f = fold(w.text);
    if (f == "der" || f == "die" || f == "und" || f == "das" || f == "des" || f == "ist" || f == "wird" || f == "nicht" ||
        f == "mit" || f == "zur") {
      ++de;
    }
    if (f == "the" || f == "and" || f == "of" || f == "shall" || f == "is" || f == "to" || f == "not" || f == "with" ||
        f == "by") {
      ++en;
    }
  });
  return en > de ? "en" : "de";
}

namespace {

// A check box that starts at `at`: 1 ticked ("☒", "☑", "[x]", "(x)"), 0 empty ("☐", "[ ]", "( )"), -1 none.
int box_at(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(std::min(at, text.size()), 3);
  if (rest == "\xE2\x98\x92" || rest == "\xE2\x98\x91" || rest == "[x]" || rest == "[X]" || rest == "(x)" || rest == "(X)") {
    return 1;
  }
  if (rest == "\xE2\x98\x90" || rest == "[ ]" || rest == "( )") return 0;
  return -1;
}

// Where a word ("ja", "nein", in any case) stands as a whole word in the text, or npos.
std::size_t answer_word(std::string_view text, std::string_view lower) {
  for (std::size_t at = 0; at + lower.size() <= text.size(); ++at) {
    bool same = true;
    for (std::size_t k = 0; k < lower.size() && same; ++k) {
      same = std::tolower(static_cast<unsigned char>(text[at + k])) == lower[k];
    }
    bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    bool ends = at + lower.size() == text.size() || !std::isalpha(static_cast<unsigned char>(text[at + lower.size()]));
    if (same && starts && ends) return at;
  }
  return std::string_view::npos;
}

}  // namespace

char yes_no_answer(std::string_view text) {
  std::size_t yes = answer_word(text, "ja"), no = answer_word(text, "nein");
  if (yes == std::string_view::npos && no == std::string_view::npos) return 0;
  std::size_t first_box = 0;
  while (first_box < text.size() && box_at(text, first_box) < 0) ++first_box;
  std::size_t first_word = std::min(yes, no);
  if (first_box < text.size()) {
    // the layout: whichever comes first, a box ("☐ Ja ☒ Nein") or a word ("Ja [ ]  Nein [X]")
    bool boxes_follow = first_word < first_box;
    auto ticked = [&](std::size_t word, std::size_t size) {
      if (word == std::string_view::npos) return false;
      std::size_t k = boxes_follow ? word + size : word;
      if (boxes_follow) {
        while (k < text.size() && text[k] == ' ') ++k;
        return box_at(text, k) == 1;
      }
      while (k > 0 && text[k - 1] == ' ') --k;
      return k >= 3 && box_at(text, k - 3) == 1;
    };
    bool y = ticked(yes, 2), n = ticked(no, 4);
    return y == n ? 0 : y ? 'y' : 'n';
  }
  // a plain answer: the first word after the question ("Antwort: Ja.", "– Nein.")
  auto lead = words(text, 0, 2);
  std::size_t at = 0;
  if (at < lead.size() && fold(lead[at].text) == "antwort") ++at;
  if (at >= lead.size()) return 0;
  std::string w = fold(lead[at].text);
  return w == "ja" ? 'y' : w == "nein" ? 'n' : 0;
}

}  // namespace avvlint::text_util
