// Period grammar: time spans in German (and English) contract language.
//   unverzüglich · umgehend · 24 Stunden · 72 h · zwei Wochen · vierzehn (14) Tage ·
//   fünf Werktagen · drei Monaten · einem Jahr · 30 days · without undue delay
#pragma once

#include "inline_common.hpp"

#include <avvlint/grammar.hpp>

namespace avvlint::grammar::inline_rules {

struct period_tag;

inline auto set_amount(double v) {
  return [v](auto& ctx) { x3::get<period_tag>(ctx).get().amount = v; };
}
inline auto set_unit(char const* unit, double hours) {
  return [unit, hours](auto& ctx) {
    auto& p = x3::get<period_tag>(ctx).get();
    p.unit = unit;
    p.hours = hours;
  };
}
inline auto const digits_amount = [](auto& ctx) {
  auto const& range = x3::_attr(ctx);
  double v = 0;
  for (char c : range) v = v * 10 + (c - '0');
  x3::get<period_tag>(ctx).get().amount = v;
};

struct number_words_ : x3::symbols<double> {
  number_words_() {
    add("ein", 1)("eine", 1)("einem", 1)("einer", 1)("eines", 1)("einen", 1)("Ein", 1)("Eine", 1)
       ("zwei", 2)("drei", 3)("vier", 4)("f\xC3\xBCnf", 5)("sechs", 6)("sieben", 7)("acht", 8)("neun", 9)
       ("zehn", 10)("elf", 11)("zw\xC3\xB6lf", 12)("vierzehn", 14)("f\xC3\xBCnfzehn", 15)("zwanzig", 20)
       ("einundzwanzig", 21)("vierundzwanzig", 24)("drei\xC3\x9Fig", 30)("achtundvierzig", 48)("sechzig", 60)
       ("zweiundsiebzig", 72)("neunzig", 90)
       ("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("seven", 7)("ten", 10)("fourteen", 14)
       ("thirty", 30)("a", 1)("an", 1);
  }
};
inline number_words_ const number_words;

inline auto const word_amount = x3::raw[number_words][([](auto& ctx) {
  // raw[] hides the symbol value; look it up again from the matched text.
  auto const& range = x3::_attr(ctx);
  std::string w(range.begin(), range.end());
  double const* v = number_words.find(w);
  x3::get<period_tag>(ctx).get().amount = v ? *v : 0;
})] >> word_end;
inline auto const amount = (x3::raw[number][digits_amount] | word_amount) >>
                           -(*blank >> x3::lit('(') >> number >> x3::lit(')'));

// Inflection endings only: "Tagen", "Monats", "Stunden" — not "Tagesordnung".
inline auto const suffix = -(x3::lit("en") | x3::lit("es") | x3::lit('e') | x3::lit('n') | x3::lit('s'));
inline auto const unit_word =
    ((x3::lit("Kalendertag") | x3::lit("Tag") | x3::lit("day"))[set_unit("day", 24)] |
     (x3::lit("Werktag") | x3::lit("Arbeitstag") | x3::lit("Gesch\xC3\xA4\x66tstag") | x3::lit("business day") |
      x3::lit("working day"))[set_unit("workday", 24)] |
     (x3::lit("Stunde") | x3::lit("hour"))[set_unit("hour", 1)] |
     (x3::lit("Woche") | x3::lit("week"))[set_unit("week", 168)] |
     (x3::lit("Monat") | x3::lit("month"))[set_unit("month", 720)] |
     (x3::lit("Jahr") | x3::lit("year"))[set_unit("year", 8760)]) >>
    suffix;
inline auto const unit_abbreviation = (x3::lit("Std.") | x3::lit('h'))[set_unit("hour", 1)];
inline auto const unit = (unit_word | unit_abbreviation) >> word_end;

inline auto const immediate_word =
    (x3::lit("unverz\xC3\xBCglich") | x3::lit("Unverz\xC3\xBCglich") | x3::lit("umgehend") |
     x3::lit("Umgehend") | x3::lit("sofort") | x3::lit("without undue delay") |
     x3::lit("immediately"))[set_unit("immediate", 0)];

inline auto const period = (amount >> *blank >> unit) | (immediate_word >> suffix >> word_end);

}  // namespace avvlint::grammar::inline_rules
