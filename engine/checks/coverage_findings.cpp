// requirement.missing / requirement.partial from the coverage evaluation, and the
// findings of every "forbids" rule. The evaluation itself lives in analysis/coverage.
//
// A missing requirement points at the heading that names its topic when there is
// one ("§ 10 Vertragsende" speaks of the end but no clause imposes deletion), else
// at the document title; a partial one points at the clause that limits or only
// half-satisfies it. Messages say what was found and what is missing.
#include "check.hpp"

namespace avvlint::checks {
namespace {

Span heading_span(Node const& n) {
  return n.heading_span.end > n.heading_span.begin ? n.heading_span : Span{n.span.begin, n.span.begin + 1};
}

Span title_span(Document const& doc) {
  for (int c : doc.root().children) {
    Node const& n = doc.nodes[static_cast<std::size_t>(c)];
    if (n.kind == NodeKind::title) return heading_span(n);
  }
  return {0, 0};
}

}  // namespace

void requirement_findings(Context& ctx) {
  if (!ctx.coverage || !ctx.coverage_rules) return;
  auto const& specs = ctx.coverage_rules->requirements;
  for (std::size_t r = 0; r < ctx.coverage->requirements.size(); ++r) {
    auto const& ev = ctx.coverage->requirements[r];
    auto const& spec = specs[r];
    RequirementInfo const* info = ctx.pack.requirement(ev.id);
    if (!info || (ev.status != Status::missing && ev.status != Status::partial)) continue;
    bool missing = ev.status == Status::missing;
    LocalText detail = missing ? info->missing : info->partial;
    Args args{{"requirement", "@title"}, {"title_de", info->title.de}, {"title_en", info->title.en},
              {"detail", "@detail"}};
    std::vector<Related> related;
    Span at = title_span(ctx.doc);
    int node = 0;
    if (ev.limit >= 0) {
      auto const& limit = spec.limits[static_cast<std::size_t>(ev.limit)];
      detail = limit.detail;
      auto const& s = ctx.coverage->sentences[static_cast<std::size_t>(ev.limit_at.sentence)];
      at = s.span;
      node = s.node;
    } else if (!missing) {
      // Name the parts that are there and the ones that are not.
      std::string found_de, found_en, lacking_de, lacking_en;
      for (std::size_t p = 0; p < spec.parts.size(); ++p) {
        auto const& best = ev.parts[p].best;
        auto& de = best.kind == analysis::MatchKind::full ? found_de : lacking_de;
        auto& en = best.kind == analysis::MatchKind::full ? found_en : lacking_en;
        bool weakened = best.kind == analysis::MatchKind::hollowed;  // "nur, soweit zumutbar"
        de += (de.empty() ? "" : ", ") + spec.parts[p].label.de + (weakened ? " (nur eingeschränkt)" : "");
        en += (en.empty() ? "" : ", ") + spec.parts[p].label.en + (weakened ? " (only in a weakened form)" : "");
        if (best.kind != analysis::MatchKind::none && node == 0) {
          auto const& s = ctx.coverage->sentences[static_cast<std::size_t>(best.sentence)];
          at = s.span;
          node = s.node;
        }
      }
      // "12 c) Von den Pflichten nach Buchstabe (a) ausgenommen sind …": the clause that limits a full
      // provision from elsewhere is the place to look, and the message names both.
      for (std::size_t p = 0; p < spec.parts.size(); ++p) {
        int by = ev.parts[p].limited_by;
        if (by < 0) continue;
        auto const& limiter = ctx.coverage->sentences[static_cast<std::size_t>(by)];
        auto const& limited = ctx.coverage->sentences[static_cast<std::size_t>(ev.parts[p].best.sentence)];
        std::string const& own = ctx.doc.nodes[static_cast<std::size_t>(limited.node)].id;
        std::string const& other = ctx.doc.nodes[static_cast<std::size_t>(limiter.node)].id;
        std::string own_de = own.empty() ? "eine Klausel" : own, own_en = own.empty() ? "a clause" : own;
        detail.de = "Die Regelung in " + own_de + " wird an anderer Stelle" + (other.empty() ? "" : " (" + other + ")") +
                    " eingeschränkt oder ausgesetzt.";
        detail.en = "The provision in " + own_en + " is limited or set aside elsewhere" +
                    (other.empty() ? "" : " (" + other + ")") + ".";
        at = limiter.span;
        node = limiter.node;
        break;
      }
      args["lacking_de"] = lacking_de;
      args["lacking_en"] = lacking_en;
      args["found_de"] = found_de.empty() ? "–" : found_de;
      args["found_en"] = found_en.empty() ? "–" : found_en;
      args["found"] = "@found";
      args["lacking"] = "@lacking";
    }
    if (missing && ev.topic_node >= 0) {
      Node const& heading = ctx.doc.nodes[static_cast<std::size_t>(ev.topic_node)];
      at = heading_span(heading);
      node = ev.topic_node;
      args["heading"] = heading.heading;
    }
    args["detail_de"] = detail.de;
    args["detail_en"] = detail.en;
    std::string rule = missing ? "requirement.missing" : "requirement.partial";
    Finding& f = ctx.report(rule, at, node, args);
    f.requirement = ev.id;
    if (missing && ev.topic_node >= 0) f.related.push_back(ctx.related(at, "heading", args));
    if (!missing && ev.limit < 0 && !args["lacking_de"].empty()) f.related.push_back(ctx.related(at, "parts", args));
  }
}

void forbidden_provisions(Context& ctx) {
  if (!ctx.coverage) return;
  for (auto const& hit : ctx.coverage->forbidden) {
    auto const& s = ctx.coverage->sentences[static_cast<std::size_t>(hit.sentence)];
    // The sentence's longest stated period fills "{deadline}" where a rule names one.
    Args args;
    double longest = -1;
    for (int p : s.periods) {
      auto const& pm = ctx.doc.periods[static_cast<std::size_t>(p)];
      if (pm.period.unit != "immediate" && pm.period.hours > longest) {
        longest = pm.period.hours;
        args["deadline"] = std::string(std::string_view(ctx.doc.source.text).substr(pm.span.begin, pm.span.end - pm.span.begin));
      }
    }
    // No period stated ("nach Abschluss der internen Untersuchung"): the rule's own words for it.
    RuleInfo const* rule = ctx.pack.rule(hit.rule);
    if (!args.count("deadline") && rule && rule->notes.count("deadline_open")) args["deadline"] = "@deadline_open";
    ctx.report(hit.rule, s.span, s.node, args);
  }
}

}  // namespace avvlint::checks
