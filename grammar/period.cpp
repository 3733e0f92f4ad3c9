// Period grammar, instantiation: parse_period.
#include "period_def.hpp"

namespace avvlint::grammar {
namespace x3 = boost::spirit::x3;

std::optional<Period> parse_period(std::string_view text, std::size_t& consumed) {
  Period result;
  auto first = text.begin();
  auto const parser = x3::with<inline_rules::period_tag>(std::ref(result))[inline_rules::period];
  if (!x3::parse(first, text.end(), parser)) return std::nullopt;
  if (result.unit != "immediate") result.hours *= result.amount;
  consumed = static_cast<std::size_t>(first - text.begin());
  return result;
}

}  // namespace avvlint::grammar
