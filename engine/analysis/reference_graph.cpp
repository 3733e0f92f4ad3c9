#include "reference_graph.hpp"

#include <boost/graph/adjacency_list.hpp>

namespace avvlint::analysis {

namespace {
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
}  // namespace

ReferenceGraphSummary summarise_references(Document const& doc) {
  Graph graph(doc.nodes.size());
  ReferenceGraphSummary summary;
  for (std::size_t r = 0; r < doc.references.size(); ++r) {
    auto const& ref = doc.references[r];
    if (ref.target < 0) {
      summary.dangling.push_back(static_cast<int>(r));
      continue;
    }
    boost::add_edge(static_cast<std::size_t>(ref.from), static_cast<std::size_t>(ref.target), graph);
  }
  summary.incoming_from_outside.assign(doc.nodes.size(), 0);
  for (std::size_t v = 0; v < doc.nodes.size(); ++v) {
    for (auto [e, end] = boost::in_edges(v, graph); e != end; ++e) {
      auto source = static_cast<int>(boost::source(*e, graph));
      if (!doc.within(source, static_cast<int>(v))) ++summary.incoming_from_outside[v];
    }
  }
  return summary;
}

}  // namespace avvlint::analysis
