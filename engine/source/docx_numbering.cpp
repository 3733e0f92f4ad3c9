// Automatic numbering: definitions from numbering.xml, counters, labels (see docx_numbering.hpp).
#include "docx_numbering.hpp"

namespace avvlint::extract {

namespace {

std::string roman(long long n, bool upper) {
  static constexpr struct {
    int value;
    char const* lower;
    char const* upper;
  } kDigits[] = {{1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"}, {100, "c", "C"},
                 {90, "xc", "XC"}, {50, "l", "L"},    {40, "xl", "XL"}, {10, "x", "X"},   {9, "ix", "IX"},
                 {5, "v", "V"},    {4, "iv", "IV"},   {1, "i", "I"}};
  std::string out;
  for (auto const& d : kDigits) {
    while (n >= d.value) {
      out += upper ? d.upper : d.lower;
      n -= d.value;
    }
  }
  return out;
}

// Word repeats the letter after z: 27 → "aa", 28 → "bb", 53 → "aaa".
std::string letters(long long n, bool upper) {
  long long repeat = (n - 1) / 26 + 1;
  char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>(repeat), c);
}

// Bullet glyphs are often private-use symbol-font characters (U+F0B7 in Symbol):
// keep the ones the line grammar knows, show every other one as "•".
std::string bullet_glyph(std::string const& text) {
  for (char const* known : {"-", "\xE2\x80\x93", "\xE2\x80\xA2", "*", "\xC2\xB7", "\xE2\x97\x8F"}) {
    if (text == known) return text;
  }
  return "\xE2\x80\xA2";
}

}  // namespace

std::string format_number(long long value, std::string_view fmt) {
  if (fmt == "none") return {};
  if (value > 0 && value <= 3999 && (fmt == "lowerRoman" || fmt == "upperRoman")) {
    return roman(value, fmt == "upperRoman");
  }
  if (value > 0 && value <= 780 && (fmt == "lowerLetter" || fmt == "upperLetter")) {
    return letters(value, fmt == "upperLetter");
  }
  if (fmt == "decimalZero" && value >= 0 && value < 10) return std::string(1, '0').append(std::to_string(value));
  return std::to_string(value);
}

Numbering::Level Numbering::read_level(pugi::xml_node lvl, WordNames const& w) {
  Level l;
  l.start = int_value(w.attr(w.child(lvl, "start"), "val"), 0);
  if (w.child(lvl, "numFmt")) l.format = std::string(w.val(lvl, "numFmt"));
  l.text = std::string(w.val(lvl, "lvlText"));
  if (w.child(lvl, "lvlRestart")) l.restart = int_value(w.attr(w.child(lvl, "lvlRestart"), "val"), -1);
  l.legal = w.toggle(lvl, "isLgl") == 1;
  if (w.child(lvl, "suff")) l.suffix = std::string(w.val(lvl, "suff"));
  l.style = std::string(w.val(lvl, "pStyle"));
  return l;
}

void Numbering::load(pugi::xml_node root, WordNames const& w, Styles const& styles) {
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (w.is(n, "abstractNum")) {
      int id = int_value(w.attr(n, "abstractNumId"), -1);
      if (id < 0) continue;
      Abstract a;
      a.num_style_link = std::string(w.val(n, "numStyleLink"));
      for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (!w.is(lvl, "lvl")) continue;
        int ilvl = int_value(w.attr(lvl, "ilvl"), -1);
        if (ilvl >= 0 && ilvl < kLevels) a.levels[static_cast<std::size_t>(ilvl)] = read_level(lvl, w);
      }
      abstracts_[id] = std::move(a);
    } else if (w.is(n, "num")) {
      int id = int_value(w.attr(n, "numId"), -1);
      if (id <= 0) continue;
      Instance inst;
      inst.abstract_id = int_value(w.attr(w.child(n, "abstractNumId"), "val"), -1);
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (!w.is(o, "lvlOverride")) continue;
        int ilvl = int_value(w.attr(o, "ilvl"), -1);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        auto k = static_cast<std::size_t>(ilvl);
        if (pugi::xml_node so = w.child(o, "startOverride")) inst.start_override[k] = int_value(w.attr(so, "val"), 0);
        if (pugi::xml_node lvl = w.child(o, "lvl")) inst.level_override[k] = read_level(lvl, w);
      }
      instances_[id] = std::move(inst);
    }
  }
  for (auto const& [id, a] : abstracts_) {
    if (!a.num_style_link.empty()) {
      int target = styles.numbering_style_num(a.num_style_link);
      if (target > 0) style_links_[a.num_style_link] = target;
    }
  }
}

int Numbering::resolve_abstract(int num_id) const {
  for (int hop = 0; hop < 4; ++hop) {  // numStyleLink chains are one hop in practice; cycles end here
    auto inst = instances_.find(num_id);
    if (inst == instances_.end()) return -1;
    auto abs = abstracts_.find(inst->second.abstract_id);
    if (abs == abstracts_.end()) return -1;
    if (abs->second.num_style_link.empty()) return abs->first;
    auto link = style_links_.find(abs->second.num_style_link);
    if (link == style_links_.end() || link->second == num_id) return abs->first;
    num_id = link->second;
  }
  return -1;
}

Numbering::Level const& Numbering::level(int num_id, int abstract_id, int ilvl) const {
  auto k = static_cast<std::size_t>(ilvl);
  auto inst = instances_.find(num_id);
  if (inst != instances_.end() && inst->second.level_override[k]) return *inst->second.level_override[k];
  return abstracts_.at(abstract_id).levels[k];
}

int Numbering::level_for_style(int num_id, std::string const& style_id) const {
  int abstract_id = resolve_abstract(num_id);
  if (abstract_id < 0 || style_id.empty()) return -1;
  for (int i = 0; i < kLevels; ++i) {
    if (level(num_id, abstract_id, i).style == style_id) return i;
  }
  return -1;
}

NumberLabel Numbering::next(int num_id, int ilvl) {
  NumberLabel label;
  if (num_id <= 0) return label;
  int abstract_id = resolve_abstract(num_id);
  if (abstract_id < 0) return label;
  if (ilvl < 0 || ilvl >= kLevels) ilvl = 0;
  auto k = static_cast<std::size_t>(ilvl);
  Counters& c = counters_[abstract_id];
  Level const& lvl = level(num_id, abstract_id, ilvl);

  auto inst = instances_.find(num_id);
  if (inst != instances_.end() && inst->second.start_override[k] && overrides_applied_.insert({num_id, ilvl}).second) {
    c.value[k] = *inst->second.start_override[k];
    c.started[k] = true;
  } else if (!c.started[k]) {
    c.value[k] = lvl.start;
    c.started[k] = true;
  } else if (c.value[k] < (1LL << 40)) {
    ++c.value[k];
  }
  for (int deeper = ilvl + 1; deeper < kLevels; ++deeper) {
    int restart = level(num_id, abstract_id, deeper).restart;
    if (restart < 0 || (restart > 0 && ilvl <= restart - 1)) c.started[static_cast<std::size_t>(deeper)] = false;
  }

  label.level = ilvl;
  label.separator = lvl.suffix == "nothing" ? "" : " ";
  if (lvl.format == "bullet") {
    label.bullet = true;
    label.text = bullet_glyph(lvl.text);
    return label;
  }
  std::string const& t = lvl.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      auto ref = static_cast<std::size_t>(t[i + 1] - '1');
      Level const& ref_level = level(num_id, abstract_id, static_cast<int>(ref));
      long long value = c.started[ref] ? c.value[ref] : ref_level.start;
      label.text += format_number(value, lvl.legal ? "decimal" : ref_level.format);
      ++label.placeholders;
      ++i;
    } else {
      label.text.push_back(t[i]);
    }
  }
  return label;
}

}  // namespace avvlint::extract
