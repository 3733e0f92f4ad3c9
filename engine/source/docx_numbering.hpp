// Word's automatic numbering (word/numbering.xml), resolved to the labels Word
// shows: "§ 8", "8.2", "(a)", "iv)", "•".
//
// A paragraph is numbered by (numId, ilvl), given directly (w:numPr) or through its
// paragraph style. numId names a w:num instance, which points to a w:abstractNum
// (directly, or via numStyleLink → numbering style → another num) holding up to
// nine levels: start, numFmt, lvlText ("%1.%2", "(%3)"), lvlRestart, isLgl, suff.
// A w:num may override a level's start (startOverride) or the whole level.
//
// Counters behave as in Word: they belong to the abstract list, so several w:num
// instances of one list continue each other's numbering; a startOverride restarts
// a level the first time that instance uses it; using a level restarts the levels
// below it (unless their lvlRestart says otherwise). Unused higher levels show
// their start value.
#pragma once

#include "docx_styles.hpp"
#include "docx_xml.hpp"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace avvlint::extract {

// 7 → "7" (decimal), "07" (decimalZero), "g"/"G" (lower/upperLetter: 27 → "aa"),
// "vii"/"VII" (lower/upperRoman); unknown formats fall back to decimal; "none" → "".
std::string format_number(long long value, std::string_view num_fmt);

struct NumberLabel {
  std::string text;       // "8.2", "(a)", "•"; empty: not numbered
  std::string separator;  // what follows the label: " " (tab or space) or "" (nothing)
  int level = 0;          // ilvl
  bool bullet = false;
  int placeholders = 0;   // how many %N the level text holds ("%1.%2" → 2)
};

class Numbering {
 public:
  static constexpr int kLevels = 9;

  // `root` is w:numbering (may be empty). Styles resolve numStyleLink.
  void load(pugi::xml_node root, WordNames const& w, Styles const& styles);

  // The level of a list whose w:pStyle names `style_id` (style-linked numbering), or -1.
  int level_for_style(int num_id, std::string const& style_id) const;

  // The label for the next paragraph numbered (num_id, ilvl); advances the counters.
  // Empty label when num_id is 0 or unknown.
  NumberLabel next(int num_id, int ilvl);

 private:
  struct Level {
    long long start = 0;
    std::string format = "decimal";
    std::string text;
    int restart = -1;  // lvlRestart: -1 default (after any higher level), 0 never, n after level n-1
    bool legal = false;
    std::string suffix = "tab";
    std::string style;  // w:pStyle: the paragraph style linked to this level
  };
  struct Abstract {
    std::array<Level, kLevels> levels;
    std::string num_style_link;  // this list's levels live in another list (via a numbering style)
  };
  struct Instance {
    int abstract_id = -1;
    std::array<std::optional<long long>, kLevels> start_override;
    std::array<std::optional<Level>, kLevels> level_override;
  };
  struct Counters {
    std::array<long long, kLevels> value{};
    std::array<bool, kLevels> started{};
  };

  static Level read_level(pugi::xml_node lvl, WordNames const& w);
  int resolve_abstract(int num_id) const;  // follows numStyleLink; -1 when unknown
  Level const& level(int num_id, int abstract_id, int ilvl) const;

  std::map<int, Abstract> abstracts_;
  std::map<int, Instance> instances_;
  std::map<std::string, int> style_links_;  // numbering style id → numId it points to
  std::map<int, Counters> counters_;        // per resolved abstract list
  std::set<std::pair<int, int>> overrides_applied_;  // (numId, ilvl) whose startOverride was used
};

}  // namespace avvlint::extract
