// placeholder.unfilled: what a template leaves for the parties to fill in and was
// not filled in — blanks ("_____"), bracketed template fields ("[Name]", "[…]"),
// template labels instead of a party's name and address ("Straße, Hausnummer"),
// clauses or annex items that announce content ("folgende:") but have none, empty
// annexes and entirely empty table rows.
#include "../model/text_util.hpp"
#include "check.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace avvlint::checks {
namespace {

using text_util::fold;
using text_util::trim;

std::set<std::string> word_set(nlohmann::json const& lexicon, char const* key) {
  std::set<std::string> out;
  if (auto it = lexicon.find(key); it != lexicon.end() && it->is_array()) {
    for (auto const& w : *it) {
      if (w.is_string()) out.insert(fold(w.get<std::string>()));
    }
  }
  return out;
}

// Blanks and bracketed fields in the raw source, one finding per line.
void blanks(Context& ctx, std::set<std::string> const& bracket_words) {
  std::string_view text = ctx.doc.source.text;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t eol = text.find('\n', line_start);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(line_start, eol - line_start);
    std::size_t hit = std::string_view::npos;
    std::string what;
    // (a line of fifty underscores and nothing else is a rule between parts, as an e-mail draws it)
    std::string_view bare = trim(line);
    bool rule = bare.size() >= 50 && bare.find_first_not_of('_') == std::string_view::npos;
    if (auto u = line.find("___"); u != std::string_view::npos && !rule) {
      std::size_t end = line.find_first_not_of('_', u);
      hit = u;
      what = std::string(line.substr(u, (end == std::string_view::npos ? line.size() : end) - u));
    } else if (line.find('[') != std::string_view::npos &&
               fold(line).find("platzhalter") == std::string::npos) {  // "Platzhalterkategorien [NAME], [ORT]"
      for (std::size_t open = line.find('['); open != std::string_view::npos; open = line.find('[', open + 1)) {
        std::size_t close = line.find(']', open);
        if (close == std::string_view::npos || close - open > 60) break;
        if (close + 1 < line.size() && line[close + 1] == '(') continue;  // "[§ 8 Ort der Verarbeitung](#8-ort)": a link
        std::string_view inner = trim(line.substr(open + 1, close - open - 1));
        std::string folded = fold(inner);
        bool checkbox = inner == "x" || inner == "X";  // "[x] Hosting …": a ticked box, not a blank
        bool dots = !inner.empty() && !checkbox &&
                    inner.find_first_not_of(".\xE2\x80\xA6\xE2\x97\x8F xX") == std::string_view::npos;
        bool label = false;
        for (auto const& w : text_util::words(folded, 0, 3)) {
          if (bracket_words.count(std::string(w.text))) label = true;
        }
        if (dots || label || (close > open + 1 && folded.find("einfugen") != std::string::npos)) {
          hit = open;
          what = std::string(line.substr(open, close - open + 1));
          break;
        }
      }
    }
    if (hit != std::string_view::npos) {
      auto begin = static_cast<std::uint32_t>(line_start + hit);
      ctx.report("placeholder.unfilled", Span{begin, begin + static_cast<std::uint32_t>(what.size())}, -1,
                 {{"what", "@blank"}, {"text", what}});
    }
    line_start = eol + 1;
  }
}

bool label_line(std::string_view line, std::set<std::string> const& labels) {
  int count = 0;
  bool all = true;
  text_util::for_each_word(line, [&](text_util::Word w) {
    ++count;
    if (!labels.count(fold(w.text))) all = false;
  });
  return all && count > 0 && count <= 8;
}

// Template labels standing where a party's name and address belong.
void party_labels(Context& ctx, std::set<std::string> const& labels) {
  auto const& nodes = ctx.doc.nodes;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    if (nodes[i].kind != NodeKind::parties) continue;
    bool in_run = false;
    for (int child : nodes[i].children) {
      Node const& p = nodes[static_cast<std::size_t>(child)];
      for (std::size_t k = 0; k < p.pieces.size(); ++k) {  // one piece per source line
        std::size_t from = p.pieces[k].text_offset;
        std::size_t to = k + 1 < p.pieces.size() ? p.pieces[k + 1].text_offset : p.text.size();
        std::string_view line = trim(std::string_view(p.text).substr(from, to - from));
        bool label = label_line(line, labels);
        if (label && !in_run) {
          auto begin = p.pieces[k].source_offset;
          ctx.report("placeholder.unfilled", Span{begin, begin + static_cast<std::uint32_t>(line.size())}, child,
                     {{"what", "@label"}, {"text", std::string(line)}});
        }
        in_run = label;
      }
    }
  }
}

bool descendant(std::vector<Node> const& nodes, std::size_t node, std::size_t of) {
  for (int p = nodes[node].parent; p >= 0; p = nodes[static_cast<std::size_t>(p)].parent) {
    if (static_cast<std::size_t>(p) == of) return true;
  }
  return false;
}

// "… folgende Geheimnisschutzregeln:" with nothing after it; an annex with no content.
void empty_items(Context& ctx) {
  auto const& nodes = ctx.doc.nodes;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    Node const& n = nodes[i];
    // ("Anlage 3 – Auftragsverarbeitung" directly above the title "Vereinbarung zur
    // Auftragsverarbeitung": the annex is the contract text that follows)
    bool titled_text_follows = i + 1 < nodes.size() && nodes[i + 1].kind == NodeKind::title;
    // ("ANLAGE 1 – TECHNISCHE … MASSNAHMEN" above "ANNEX 1 – TECHNICAL … MEASURES": one annex, titled twice)
    bool retitled = i + 1 < nodes.size() && nodes[i + 1].kind == NodeKind::annex && nodes[i + 1].parts == n.parts;
    if (n.kind == NodeKind::annex && n.children.empty() && !titled_text_follows && !retitled) {
      ctx.report("placeholder.unfilled", n.span, static_cast<int>(i), {{"what", "@empty_annex"}, {"id", n.id}});
      continue;
    }
    bool announces = (n.kind == NodeKind::clause || n.kind == NodeKind::item || n.kind == NodeKind::paragraph) &&
                     !n.text.empty() && trim(n.text).back() == ':';
    NodeKind parent_kind = nodes[static_cast<std::size_t>(n.parent)].kind;
    if (!announces || parent_kind == NodeKind::parties || parent_kind == NodeKind::preamble) continue;
    // Filled when the next node is its own child, or content that follows a lead-in
    // (a list, table, paragraph or sub-heading); empty when the next node is a new
    // section, annex or sibling provision, or the document ends.
    bool filled = false;
    if (i + 1 < nodes.size()) {
      Node const& next = nodes[i + 1];
      // (an unnumbered lead-in "Die folgenden Maßnahmen gelten …:" above "1. Büro" is filled by it)
      filled = descendant(nodes, i + 1, i) || next.kind == NodeKind::list || next.kind == NodeKind::table ||
               next.kind == NodeKind::paragraph || next.kind == NodeKind::bullet ||
               next.kind == NodeKind::subheading ||
               (n.kind == NodeKind::paragraph &&
                (next.kind == NodeKind::item || next.kind == NodeKind::section || next.kind == NodeKind::clause));
    }
    // "… wird Folgendes vereinbart:" before the clauses; "… unter folgenden Bedingungen:" before the
    // paragraphs that state them.
    if (!filled && i + 1 < nodes.size()) {
      std::string lead = text_util::fold(n.text.substr(n.text.size() > 80 ? n.text.size() - 80 : 0));
      NodeKind next = nodes[i + 1].kind;
      bool agreement = lead.find("folgendes") != std::string::npos && lead.find("vereinbar") != std::string::npos;
      bool conditions = lead.find("bedingungen") != std::string::npos || lead.find("voraussetzungen") != std::string::npos ||
                        lead.find("massgabe") != std::string::npos || lead.find("wie folgt") != std::string::npos ||
                        // "1.1 … Ergänzend gilt:" before "1.2 „Kundendaten“ sind …"
                        lead.ends_with(" gilt:") || lead.ends_with(" gelten:") || lead.ends_with("folgendes:");
      // "Dem Vertrag wird folgende Anlage 2 beigefügt:" before the annex itself
      bool annex = lead.find("anlage") != std::string::npos && next == NodeKind::annex;
      filled = (agreement && (next == NodeKind::section || next == NodeKind::clause)) ||
               (conditions && nodes[i + 1].parent == n.parent && (next == NodeKind::clause || next == NodeKind::item)) ||
               annex;
    }
    if (!filled) {
      std::string label = n.id.empty() ? ctx.doc.clause_id(static_cast<int>(i)) : n.id;
      ctx.report("placeholder.unfilled", Span{n.span.begin, n.span.begin + 1}, static_cast<int>(i),
                 {{"what", "@empty_item"}, {"id", label}});
    }
  }
}

void empty_rows(Context& ctx) {
  auto const& nodes = ctx.doc.nodes;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    for (auto const& row : nodes[i].rows) {
      if (row.header || row.cells.empty()) continue;
      bool empty = true;
      for (auto const& c : row.cells) {
        if (!trim(c).empty()) empty = false;
      }
      if (empty) {
        ctx.report("placeholder.unfilled", row.span, static_cast<int>(i),
                   {{"what", "@empty_row"}, {"id", ctx.doc.clause_id(static_cast<int>(i))}});
      }
    }
  }
}

}  // namespace

void placeholder_unfilled(Context& ctx) {
  auto const& lexicon = ctx.pack.json("lexicon/placeholders.json");
  blanks(ctx, word_set(lexicon, "bracket_words"));
  party_labels(ctx, word_set(lexicon, "party_labels"));
  empty_items(ctx);
  empty_rows(ctx);
}

}  // namespace avvlint::checks
