// Shared pieces of the inline grammars (citation, cross reference, period):
// white space, word ends, and the semantic-action helper that copies a matched
// range into a field of the result object carried in the parse context.
#pragma once

#include "ascii.hpp"

#include <functional>
#include <string>

namespace avvlint::grammar::inline_rules {
namespace x3 = boost::spirit::x3;

inline auto const blank = x3::lit(' ') | x3::lit('\t') | x3::lit('\n') | x3::lit("\xC2\xA0");
inline auto const gap = +blank;
// The end of a word: no letter (ASCII or a UTF-8 lead/continuation byte) follows.
inline auto const word_end = !(ascii::alnum | x3::char_('\x80', '\xFF'));
inline auto const number = x3::repeat(1, 4)[ascii::digit];

// Copies the text matched by raw[...] into `Member` of the object tagged `Tag` in the context.
template <class Tag, auto Member>
struct assign_to {
  template <class Context>
  void operator()(Context& ctx) const {
    auto const& range = x3::_attr(ctx);
    x3::get<Tag>(ctx).get().*Member = std::string(range.begin(), range.end());
  }
};

}  // namespace avvlint::grammar::inline_rules
