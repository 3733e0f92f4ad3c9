// source.encoding-converted: the input was not UTF-8 and was converted; say so,
// because a silent guess about the encoding could change what the contract says.
#include "check.hpp"

namespace avvlint::checks {

void source_encoding(Context& ctx) {
  if (!ctx.doc.source.converted) return;
  ctx.report("source.encoding-converted", Span{0, 0}, 0, {{"encoding", ctx.doc.source.encoding}});
}

}  // namespace avvlint::checks
