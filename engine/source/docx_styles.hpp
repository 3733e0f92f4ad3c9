// The parts of word/styles.xml that change what a reader sees as text: which
// paragraph styles carry automatic numbering (pStyle → numPr, e.g. a "§ 1"
// heading style) and which styles make text bold (for headings), each followed
// through the basedOn chain, and the default paragraph style.
#pragma once

#include "docx_xml.hpp"

#include <string>
#include <unordered_map>

namespace avvlint::extract {

struct StyleNumbering {
  int num_id = -1;  // -1: the style chain says nothing; 0: numbering explicitly removed
  int ilvl = -1;    // -1: not given (then the level whose w:pStyle names the style, else 0)
};

class Styles {
 public:
  // `root` is the w:styles element (may be empty: a .docx without styles.xml).
  void load(pugi::xml_node root, WordNames const& w);

  // The numbering a paragraph style (or, for "", the default paragraph style) gives.
  StyleNumbering numbering(std::string const& style_id) const;
  // The numId a numbering style (w:type="numbering") points to, or -1.
  int numbering_style_num(std::string const& style_id) const;
  // Bold from a paragraph or character style chain: -1 unknown, 0 off, 1 on.
  int bold(std::string const& style_id) const;
  std::string const& default_paragraph_style() const { return default_paragraph_; }

 private:
  struct Style {
    std::string based_on;
    int num_id = -1, ilvl = -1;
    int bold = -1;
  };
  Style const* find(std::string const& id) const;
  std::unordered_map<std::string, Style> styles_;
  std::string default_paragraph_;
};

}  // namespace avvlint::extract
