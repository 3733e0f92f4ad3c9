// Citation grammar, instantiation: parse_citation.
#include "citation_def.hpp"

namespace avvlint::grammar {
namespace x3 = boost::spirit::x3;

std::optional<Citation> parse_citation(std::string_view text, std::size_t& consumed) {
  Citation result;
  auto first = text.begin();
  auto const parser = x3::with<inline_rules::citation_tag>(std::ref(result))[inline_rules::citation];
  if (!x3::parse(first, text.end(), parser)) return std::nullopt;
  if (result.law == "DS-GVO" || result.law == "GDPR" || result.law == "EU-DSGVO" ||
      result.law == "Datenschutz-Grundverordnung") {
    result.law = "DSGVO";
  }
  if (result.law == "BDSG-neu") result.law = "BDSG";
  consumed = static_cast<std::size_t>(first - text.begin());
  return result;
}

}  // namespace avvlint::grammar
