// source.tracked-changes: a .docx still holds unaccepted revisions. The text was
// read in its accepted state (insertions in, deletions out); say so, because the
// agreed wording may still differ from what was checked.
#include "check.hpp"

#include <string>

namespace avvlint::checks {

void source_tracked_changes(Context& ctx) {
  if (ctx.doc.source.tracked_changes == 0) return;
  ctx.report("source.tracked-changes", Span{0, 0}, 0, {{"count", std::to_string(ctx.doc.source.tracked_changes)}});
}

}  // namespace avvlint::checks
