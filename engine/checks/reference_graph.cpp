// reference.dangling: a cross reference ("Ziffer 14.2", "Anlage 4") to a part the
// document does not contain. reference.unreferenced-annex: an annex no clause
// outside it refers to — often a leftover, or an annex the body forgot to bind in.
#include "../analysis/reference_graph.hpp"
#include "check.hpp"

namespace avvlint::checks {

void reference_graph(Context& ctx) {
  auto summary = analysis::summarise_references(ctx.doc);
  for (int r : summary.dangling) {
    auto const& ref = ctx.doc.references[static_cast<std::size_t>(r)];
    ctx.report("reference.dangling", ref.span, ref.from, {{"target", ref.ref.label}});
  }
  auto const& nodes = ctx.doc.nodes;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    if (nodes[i].kind != NodeKind::annex || summary.incoming_from_outside[i] > 0) continue;
    Span heading{nodes[i].span.begin, nodes[i].span.begin + static_cast<std::uint32_t>(nodes[i].number.size())};
    ctx.report("reference.unreferenced-annex", heading, static_cast<int>(i), {{"annex", nodes[i].id}});
  }
}

}  // namespace avvlint::checks
