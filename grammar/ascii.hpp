// ASCII character classes for the X3 grammars.
//
// Spirit's standard-encoding classes (x3::digit, x3::alpha, …) assert that the
// character is a valid `char` value; UTF-8 bytes above 0x7F are negative `char`s and
// trip that assertion in debug builds. These range parsers accept every byte and
// match only ASCII, so UTF-8 text flows through them safely.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace avvlint::grammar::ascii {
namespace x3 = boost::spirit::x3;

inline auto const digit = x3::char_('0', '9');
inline auto const lower = x3::char_('a', 'z');
inline auto const upper = x3::char_('A', 'Z');
inline auto const alpha = lower | upper;
inline auto const alnum = alpha | digit;

}  // namespace avvlint::grammar::ascii
