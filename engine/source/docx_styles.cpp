// styles.xml: numbering and bold per style, resolved through basedOn (see docx_styles.hpp).
#include "docx_styles.hpp"

namespace avvlint::extract {

namespace {
constexpr int kMaxChain = 32;  // basedOn chains longer than this (or cyclic) are cut
}

void Styles::load(pugi::xml_node root, WordNames const& w) {
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!w.is(s, "style")) continue;
    std::string id = w.attr(s, "styleId").value();
    if (id.empty()) continue;
    Style style;
    style.based_on = std::string(w.val(s, "basedOn"));
    pugi::xml_node num_pr = w.child(w.child(s, "pPr"), "numPr");
    if (num_pr) {
      style.num_id = int_value(w.attr(w.child(num_pr, "numId"), "val"), -1);
      style.ilvl = int_value(w.attr(w.child(num_pr, "ilvl"), "val"), -1);
    }
    style.bold = w.toggle(w.child(s, "rPr"), "b");
    std::string_view type = w.attr(s, "type").value();
    std::string_view is_default = w.attr(s, "default").value();
    if (type == "paragraph" && (is_default == "1" || is_default == "true" || is_default == "on")) {
      default_paragraph_ = id;
    }
    styles_.emplace(std::move(id), std::move(style));
  }
}

Styles::Style const* Styles::find(std::string const& id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

StyleNumbering Styles::numbering(std::string const& style_id) const {
  StyleNumbering out;
  std::string const* id = style_id.empty() ? &default_paragraph_ : &style_id;
  for (int depth = 0; depth < kMaxChain && !id->empty(); ++depth) {
    Style const* s = find(*id);
    if (s == nullptr) break;
    if (out.ilvl < 0 && s->ilvl >= 0) out.ilvl = s->ilvl;
    if (s->num_id >= 0) {
      out.num_id = s->num_id;
      break;
    }
    id = &s->based_on;
  }
  return out;
}

int Styles::numbering_style_num(std::string const& style_id) const {
  return numbering(style_id).num_id;
}

int Styles::bold(std::string const& style_id) const {
  std::string const* id = &style_id;
  for (int depth = 0; depth < kMaxChain && !id->empty(); ++depth) {
    Style const* s = find(*id);
    if (s == nullptr) break;
    if (s->bold >= 0) return s->bold;
    id = &s->based_on;
  }
  return -1;
}

}  // namespace avvlint::extract
