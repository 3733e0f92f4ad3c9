// The reference graph: which part of the contract points at which other part.
// Vertices are tree nodes; an edge runs from the numbered clause holding a cross
// reference to the node it names. Boost.Graph stays inside reference_graph.cpp.
#pragma once

#include <avvlint/model.hpp>

#include <vector>

namespace avvlint::analysis {

struct ReferenceGraphSummary {
  // For every node: how many references reach it from outside its own subtree.
  std::vector<int> incoming_from_outside;
  std::vector<int> dangling;  // indices into Document::references that resolve nowhere
};

ReferenceGraphSummary summarise_references(Document const& doc);

}  // namespace avvlint::analysis
