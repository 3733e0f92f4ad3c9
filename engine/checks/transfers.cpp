// The findings of the transfer analysis (analysis/transfers.hpp):
//  transfer.no-safeguard        a subprocessor (or "worldwide" processing) in a third
//                               country without adequacy and without a stated safeguard
//  transfer.location-conflict   a subprocessor outside the region the contract restricts
//                               processing to; the restricting clause is a related location
//  subprocessor.incomplete-entry    a list entry without name, service or location
//  subprocessor.unknown-location    a listed subprocessor whose country is unknown
//  subprocessor.objection-after-start  the notice period is shorter than the objection
//                               period (or notice comes only after the start), so a new
//                               subprocessor may start before the controller could object
#include "check.hpp"

#include <algorithm>

namespace avvlint::checks {
namespace {

Args country_args(Context const& ctx, std::string const& code) {
  Args args{{"country", "@country"}};
  if (code == "WORLD") {
    args["country"] = "@world";
    return args;
  }
  auto places = analysis::gazetteer_for(ctx.pack);
  analysis::CountryInfo const* info = places ? places->country(code) : nullptr;
  args["country_de"] = info ? info->name_de : code;
  args["country_en"] = info ? info->name_en : code;
  return args;
}

std::string entity(analysis::SubprocessorEntry const& e) { return e.name.empty() ? e.location : e.name; }

}  // namespace

void transfer_no_safeguard(Context& ctx) {
  if (!ctx.transfers) return;
  for (auto const& e : ctx.transfers->entries) {
    for (auto const& f : e.flows) {
      if (f.status != analysis::FlowStatus::no_safeguard) continue;
      Args args = country_args(ctx, f.country);
      args["entity"] = entity(e);
      ctx.report("transfer.no-safeguard", e.span, e.node, args);
    }
  }
  if (ctx.transfers->global_safeguard) return;
  for (int si : ctx.transfers->worldwide_sentences) {
    auto const& s = ctx.coverage->sentences[static_cast<std::size_t>(si)];
    Args args = country_args(ctx, "WORLD");
    args["entity"] = "@processor";
    ctx.report("transfer.no-safeguard", s.span, s.node, args);
  }
}

void transfer_location_conflict(Context& ctx) {
  if (!ctx.transfers) return;
  auto const& restriction = ctx.transfers->restriction;
  for (auto const& e : ctx.transfers->entries) {
    for (auto const& f : e.flows) {
      if (!f.conflicts_with_restriction) continue;
      Args args = country_args(ctx, f.country);
      args["entity"] = entity(e);
      args["restriction"] = "@scope_" + restriction.scope;
      Finding& finding = ctx.report("transfer.location-conflict", e.span, e.node, args);
      finding.related.push_back(ctx.related(restriction.span, "restriction", args));
    }
  }
}

void subprocessor_entries(Context& ctx) {
  if (!ctx.transfers) return;
  RuleInfo const* rule = ctx.pack.rule("subprocessor.incomplete-entry");
  for (auto const& e : ctx.transfers->entries) {
    if (!e.missing_fields.empty()) {
      std::string de, en;
      for (auto const& field : e.missing_fields) {
        auto note = rule ? rule->notes.find("field_" + field) : decltype(rule->notes.end()){};
        de += (de.empty() ? "" : ", ") + (rule && note != rule->notes.end() ? note->second.de : field);
        en += (en.empty() ? "" : ", ") + (rule && note != rule->notes.end() ? note->second.en : field);
      }
      ctx.report("subprocessor.incomplete-entry", e.span, e.node,
                 {{"entity", entity(e)}, {"missing_fields", "@fields"}, {"fields_de", de}, {"fields_en", en}});
    }
    bool location_missing =
        std::find(e.missing_fields.begin(), e.missing_fields.end(), "location") != e.missing_fields.end();
    if (e.location_unknown && !location_missing) {
      ctx.report("subprocessor.unknown-location", e.span, e.node, {{"entity", entity(e)}, {"location", e.location}});
    }
  }
}

// "Er informiert den Auftraggeber spätestens 14 Tage nach Aufnahme der Tätigkeit. Der
// Auftraggeber kann … widersprechen": the coverage evaluation applied a limit that names this
// finding (notice only after the start) to a change procedure that has a right to object.
void notice_after_start(Context& ctx) {
  if (!ctx.coverage || !ctx.coverage_rules) return;
  auto const& specs = ctx.coverage_rules->requirements;
  for (std::size_t r = 0; r < ctx.coverage->requirements.size(); ++r) {
    auto const& ev = ctx.coverage->requirements[r];
    if (ev.limit < 0) continue;
    auto const& limit = specs[r].limits[static_cast<std::size_t>(ev.limit)];
    if (limit.finding != "subprocessor.objection-after-start" || ev.limit_at.sentence < 0) continue;
    // without any right to object there is no objection period to come too late for
    bool objection_right = std::any_of(ev.parts.begin(), ev.parts.end(),
                                       [](auto const& part) { return part.best.kind != analysis::MatchKind::none; });
    if (!objection_right) continue;
    auto const& s = ctx.coverage->sentences[static_cast<std::size_t>(ev.limit_at.sentence)];
    auto const& objection = ctx.transfers->objection;
    Args args{{"notice", "@notice_after_start"},
              {"objection", objection.hours >= 0 ? objection.text : std::string("@objection_unstated")}};
    Finding& f = ctx.report("subprocessor.objection-after-start", s.span, s.node, args);
    f.related.push_back(ctx.related(s.span, "notice", args));
    if (objection.hours >= 0) f.related.push_back(ctx.related(objection.span, "objection", args));
  }
}

void objection_after_start(Context& ctx) {
  if (!ctx.transfers) return;
  auto const& notice = ctx.transfers->notice;
  auto const& objection = ctx.transfers->objection;
  if (!ctx.transfers->objection_outlasts_notice()) {
    notice_after_start(ctx);
    return;
  }
  Args args{{"notice", notice.text}, {"objection", objection.text}};
  Finding& f = ctx.report("subprocessor.objection-after-start", notice.span, notice.node, args);
  f.related.push_back(ctx.related(notice.span, "notice", args));
  f.related.push_back(ctx.related(objection.span, "objection", args));
}

}  // namespace avvlint::checks
