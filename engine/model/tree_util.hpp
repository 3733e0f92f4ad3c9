// Small helpers the tree builder shares with the readers that work on its result
// (definitions.cpp).
#pragma once

#include <avvlint/model.hpp>

#include <cstddef>
#include <string_view>

namespace avvlint {

// A line naming a company: it holds a legal form ("GmbH", "AG", "Ltd", "e. V." …).
bool names_company(std::string_view line);

// The source span of [begin, end) in a node's running text (which may join several lines).
Span map_span(Node const& n, std::size_t begin, std::size_t end);

}  // namespace avvlint
