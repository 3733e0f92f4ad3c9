// Cross-reference grammar, instantiation: parse_cross_reference.
#include "xref_def.hpp"

namespace avvlint::grammar {
namespace x3 = boost::spirit::x3;

std::vector<CrossReference> parse_cross_reference(std::string_view text, std::size_t& consumed) {
  inline_rules::xref_state state;
  auto first = text.begin();
  auto const parser = x3::with<inline_rules::xref_tag>(std::ref(state))[inline_rules::cross_reference];
  if (!x3::parse(first, text.end(), parser) || state.found.empty()) return {};
  consumed = static_cast<std::size_t>(first - text.begin());
  std::string_view label = text.substr(0, consumed);
  for (auto& ref : state.found) {
    ref.label = std::string(label);
    if (ref.target == CrossReference::Target::annex) ref.id = "Anlage " + ref.id;
  }
  return std::move(state.found);
}

}  // namespace avvlint::grammar
