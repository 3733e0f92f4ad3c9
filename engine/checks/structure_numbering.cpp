// structure.numbering: gaps and duplicates in the numbering of sections, clauses,
// items and annexes — each level checked among its own siblings, each numbering
// style (1., (1), a), (i), Anlage N) on its own. A number that does not belong to
// its section ("7.3" inside section 8) counts as well.
#include "check.hpp"

#include "../model/text_util.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <map>
#include <set>
#include <tuple>

namespace avvlint::checks {
namespace {

// The ordinal of the last number component, or -1 when it has none.
int ordinal(Node const& n, grammar::NumberStyle style) {
  if (n.parts.empty()) return -1;
  std::string const& last = n.parts.back();
  if (style == grammar::NumberStyle::roman) return text_util::roman_value(last);
  if (std::isdigit(static_cast<unsigned char>(last.front()))) return std::atoi(last.c_str());
  if (last.size() == 1 && std::isalpha(static_cast<unsigned char>(last.front()))) {
    return std::tolower(static_cast<unsigned char>(last.front())) - 'a' + 1;
  }
  int r = text_util::roman_value(last);
  return r;
}

// True when every annex (or every part, "Teil I", "Teil II") among the siblings is
// numbered with roman numerals only.
bool roman_run(std::vector<Node> const& nodes, std::vector<int> const& children, bool parts) {
  bool any = false;
  for (int c : children) {
    Node const& n = nodes[static_cast<std::size_t>(c)];
    if ((parts ? !n.is_part() : n.kind != NodeKind::annex) || n.parts.empty()) continue;
    if (n.parts.back().find_first_not_of("IVXL") != std::string::npos) return false;
    any = true;
  }
  return any;
}

// A provision that introduces amended text: "… wird wie folgt neu gefasst:", "… angefügt:".
bool amends(Node const& n) {
  // (within its first words: "§ 10 Abs. 2 erhält folgende Fassung: „(2) …" may run on with the quotation)
  std::string_view t = std::string_view(n.text).substr(0, 300);
  for (std::string_view verb : {"gefasst:", "angef\xC3\xBCgt:", "eingef\xC3\xBCgt:", "erg\xC3\xA4nzt:", "ersetzt:",
                                "Fassung:", "beigef\xC3\xBCgt:"}) {
    if (t.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

// The last paragraph of a quoted amendment: "… jährlich zur Verfügung.“"
bool closes_quotation(std::string_view text) {
  text = text_util::trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ';')) text.remove_suffix(1);
  return text.ends_with("\xE2\x80\x9C") || text.ends_with('"');
}

// A numbered line that is only a title: "A.2 Betroffene Personen".
bool titled_only(Node const& n) {
  if (!n.heading.empty()) return text_util::trim(n.text).empty();
  std::string_view t = text_util::trim(n.text);
  if (t.empty() || t.size() > 60 || std::count(t.begin(), t.end(), ' ') > 5) return false;
  char last = t.back();
  return last != '.' && last != ':' && last != ';' && last != ',';
}

// A numbered party entry: the definitions reader found a party's short name inside it ("… – nachfolgend
// „Dienstleister“ –", in its own text or in the line below it).
bool names_party(Document const& doc, Node const& n) {
  return std::any_of(doc.definitions.begin(), doc.definitions.end(), [&](Definition const& d) {
    return !d.role.empty() && d.span.begin >= n.span.begin && d.span.end <= n.span.end;
  });
}

bool numbered_kind(NodeKind k) {
  return k == NodeKind::section || k == NodeKind::clause || k == NodeKind::item || k == NodeKind::annex;
}

struct Sequence {
  grammar::NumberStyle style;
  NodeKind kind;
  std::size_t depth;  // number of components (1.1 vs 1.1.1 are separate sequences)
  int last = 0;
  std::string last_number;
  std::string series;  // the word of worded numbers: "Anlage 3", then "Anhang A" to it; "12.", then "Artikel 1"
  int last_node = -1;  // the node that carried the last number
};

std::string annex_series(Node const& n) {
  // "Artikel 1" after "12." starts the series of an appended amendment; "Ziffer", "Klausel" likewise
  bool worded = n.style == grammar::NumberStyle::ziffer && !n.number.empty() && std::isalpha(static_cast<unsigned char>(n.number[0]));
  if (n.kind != NodeKind::annex && !worded) return {};
  std::string word = n.number.substr(0, n.number.find(' '));
  for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// "C.0 … | C.1 | … | … | C.14 | … |" then "C.15 …": numbers in the first column of a
// clause's table go on counting the clauses around it.
void continue_in_table(Sequence& seq, Node const& table) {
  auto dot = seq.last_number.find_last_of(".");
  if (seq.last_number.empty() || dot == std::string::npos) return;
  std::string prefix = seq.last_number.substr(0, dot + 1);
  bool trailing_dot = dot + 1 == seq.last_number.size();
  if (trailing_dot) {  // "4." — the number is the part before the dot
    auto before = seq.last_number.find_last_of(".", dot - 1);
    prefix = before == std::string::npos ? "" : seq.last_number.substr(0, before + 1);
  }
  for (auto const& row : table.rows) {
    if (row.header || row.cells.empty()) continue;
    std::string_view cell = text_util::trim(row.cells.front());
    std::string next = prefix + std::to_string(seq.last + 1);
    if (cell != next && cell != next + ".") break;  // (a table numbering its own rows from 1 continues nothing)
    seq.last += 1;
    seq.last_number = std::string(cell);
  }
}

}  // namespace

void structure_numbering(Context& ctx) {
  auto const& nodes = ctx.doc.nodes;
  std::set<std::string> subclause_heads;  // "1" of "1.1", "1.2": clause numbers written only through their subclauses
  for (auto const& n : nodes) {
    if (n.style == grammar::NumberStyle::dotted && n.parts.size() == 2) subclause_heads.insert(n.parts.front());
  }
  std::map<std::tuple<int, int, std::size_t>, int> continued;  // last value per numbering kind, document-wide
  for (std::size_t p = 0; p < nodes.size(); ++p) {
    std::vector<Sequence> sequences;
    std::vector<int> const& children = nodes[p].children;
    // "A." … "H.", "I.", "J." …: among lettered siblings a lone "I" is the letter, not roman one.
    bool letter_run = std::any_of(children.begin(), children.end(), [&](int c) {
      Node const& k = nodes[static_cast<std::size_t>(c)];
      return !k.is_part() && (k.style == grammar::NumberStyle::roman || k.style == grammar::NumberStyle::ziffer) && !k.parts.empty() &&
             k.parts.back().size() == 1 && k.parts.back()[0] >= 'A' && k.parts.back()[0] <= 'Z' &&
             std::string_view("IVXL").find(k.parts.back()[0]) == std::string_view::npos;
    });
    // "(5) Ziffer 6 wird wie folgt neu gefasst:" — the clauses quoted after it keep the numbers
    // of the amended contract; they are counted neither here nor against each other.
    // ("§ 10 Abs. 2 und 3 erhalten folgende Fassung:" as a paragraph of its own: the quotation runs to its
    // closing quote, "… zur Verfügung.“")
    grammar::NumberStyle quoting_style = grammar::NumberStyle::none;
    bool quoting = false, until_closing_quote = false;
    // "1. Praxis …, 2. MedNetz GmbH …", then "PRÄAMBEL", then "1. Begriffe": a "1." after an
    // unnumbered heading starts a new list.
    bool heading_between = false;
    for (std::size_t ci = 0; ci < children.size(); ++ci) {
      auto i = static_cast<std::size_t>(children[ci]);
      Node const& n = nodes[i];
      if (quoting && until_closing_quote) {
        if (closes_quotation(n.text)) quoting = false;
        continue;
      }
      if (quoting && n.style == quoting_style) quoting = false;
      if (quoting) continue;
      // "Nachtrag Nr. 1" after the annexes: a new text numbers its clauses anew (annexes go on)
      if (n.kind == NodeKind::title && ci > 0) {
        std::erase_if(sequences, [](Sequence const& q) { return q.kind != NodeKind::annex; });
        std::erase_if(continued, [](auto const& c) { return std::get<1>(c.first) != static_cast<int>(NodeKind::annex); });
        continue;
      }
      if (amends(n)) {
        quoting = true;
        quoting_style = n.style;
        until_closing_quote = n.kind == NodeKind::paragraph;
      }
      if (n.kind == NodeKind::subheading || n.kind == NodeKind::preamble) heading_between = true;
      // "1. … GmbH – nachfolgend „Dienstleister“ –", "2. …", "3. …", then "1. Zweck": the numbered party
      // entries are a list of their own
      if (ci > 0 && names_party(ctx.doc, nodes[static_cast<std::size_t>(children[ci - 1])])) heading_between = true;
      // "Datenarten:" a) … e), then "Kategorien betroffener Personen(:)" a) …: a lead-in or title paragraph
      // between the entries opens a list of its own
      if (n.kind == NodeKind::paragraph && (text_util::trim(n.text).ends_with(':') || titled_only(n))) heading_between = true;
      if (!numbered_kind(n.kind) || n.parts.empty()) continue;
      bool restarts = heading_between;
      heading_between = false;
      grammar::NumberStyle style = n.style;
      // A lone "(i)" opening a run of "(ii)", "(iii)" is roman, not the letter i.
      if (style == grammar::NumberStyle::letter && n.parts.back() == "i" && ci + 1 < children.size() &&
          nodes[static_cast<std::size_t>(children[ci + 1])].style == grammar::NumberStyle::roman) {
        style = grammar::NumberStyle::roman;
      }
      if (letter_run && style == grammar::NumberStyle::roman && n.parts.back().size() == 1 && n.parts.back()[0] >= 'A' &&
          n.parts.back()[0] <= 'Z') {
        style = grammar::NumberStyle::letter;
      }
      bool part = n.is_part();
      if (style == grammar::NumberStyle::ziffer && !part) {
        bool roman = n.parts.back().find_first_not_of("IVXL") == std::string::npos &&  // "Art. II", not "Abschnitt I" after "H"
                     !(letter_run && n.parts.back().size() == 1);
        style = roman ? grammar::NumberStyle::roman : grammar::NumberStyle::dotted;
      }
      // Annexes and parts "I", "II", "III" count as roman numerals, not as the letters i, j, …
      if (style == grammar::NumberStyle::annex && roman_run(nodes, children, false)) style = grammar::NumberStyle::roman;
      if (part && roman_run(nodes, children, true)) style = grammar::NumberStyle::roman;
      int value = ordinal(n, style);
      if (value < 0) continue;
      // "1. Titel" read as a section and "2. langer Text" read as a clause are one list.
      NodeKind kind = n.kind == NodeKind::section && n.parts.size() == 1 ? NodeKind::clause : n.kind;
      std::string series = annex_series(n);
      Sequence* seq = nullptr;
      for (auto& s : sequences) {
        if (s.style == style && s.kind == kind && s.depth == n.parts.size() && s.series == series) seq = &s;
      }
      if (seq && restarts && value == 1 && kind != NodeKind::annex) seq->last = 0;
      if (!seq && value > 1) {
        // "3.1", "3.2.", "(3)", "3.4": a style switch inside one run goes on counting.
        for (auto& other : sequences) {
          if (other.kind == kind && other.last == value - 1 && other.series == series) seq = &other;
        }
      }
      if (!seq) {
        // Paragraphs numbered straight through the sections ("A." 1–4, "B." 5–9) continue
        // where the previous section's run ended.
        auto key = std::make_tuple(static_cast<int>(style), static_cast<int>(kind), n.parts.size());
        int carried = continued.count(key) ? continued[key] : 0;
        // "TEIL 1" with "1.1" … "1.12" only, then "TEIL 2" with "2.", "3.": the first clause was written
        // through its subclauses
        if (carried == 0 && style == grammar::NumberStyle::dotted && n.parts.size() == 1 && value > 1 &&
            subclause_heads.count(std::to_string(value - 1))) {
          carried = value - 1;
        }
        sequences.push_back({style, kind, n.parts.size(), value == carried + 1 && carried > 0 ? carried : 0, "", series});
        seq = &sequences.back();
      }
      Span at{n.span.begin, n.span.begin + static_cast<std::uint32_t>(n.number.size())};
      // "(1) Gegenstand dieser Vereinbarung …" then "(1) The subject matter of this agreement …": a
      // bilingual contract repeats each number for its translation
      if (seq->last > 0 && value == seq->last && seq->last_node >= 0 &&
          text_util::language_of(nodes[static_cast<std::size_t>(seq->last_node)].text) != text_util::language_of(n.text)) {
        continue;
      }
      // "§ 3a" after "§ 3": a clause inserted later, between 3 and 4
      std::string const& last_part = n.parts.empty() ? n.number : n.parts.back();
      bool inserted = last_part.size() >= 2 && std::isdigit(static_cast<unsigned char>(last_part.front())) &&
                      std::islower(static_cast<unsigned char>(last_part.back()));
      if (seq->last > 0 && value == seq->last && inserted) continue;
      if (seq->last > 0 && value == seq->last) {
        ctx.report("structure.numbering", at, static_cast<int>(i),
                   {{"what", "@duplicate"}, {"number", n.number}, {"previous", seq->last_number}});
      } else if (value != seq->last + 1 && !(seq->last == 0 && value == 0) && !(seq->last == 0 && part)) {
        // (a contract that is "Teil C" of a larger one may start with it)
        ctx.report("structure.numbering", at, static_cast<int>(i),
                   {{"what", seq->last == 0 ? "@start" : "@gap"}, {"number", n.number},
                    {"previous", seq->last_number}});
      }
      // "7.3" inside section/clause "8": the prefix must name the parent.
      Node const& parent = nodes[p];
      if (n.kind == NodeKind::clause && style == grammar::NumberStyle::dotted && n.parts.size() >= 2 &&
          (parent.kind == NodeKind::section || parent.kind == NodeKind::clause) &&
          parent.style == grammar::NumberStyle::dotted && !parent.parts.empty() &&
          !std::equal(parent.parts.begin(), parent.parts.end(), n.parts.begin(),
                      n.parts.begin() + static_cast<std::ptrdiff_t>(std::min(parent.parts.size(), n.parts.size() - 1)))) {
        ctx.report("structure.numbering", at, static_cast<int>(i),
                   {{"what", "@misplaced"}, {"number", n.number}, {"parent", parent.number}});
      }
      seq->last = value;
      seq->last_number = n.number;
      seq->last_node = static_cast<int>(i);
      // "A.1 Datenarten", "1. …" … "8. …", "A.2 Betroffene Personen", "1. …": a numbered title of
      // another style opens a new list as an unnumbered heading does
      heading_between = n.kind != NodeKind::annex && titled_only(n);
      for (int c : n.children) {
        if (nodes[static_cast<std::size_t>(c)].kind == NodeKind::table) continue_in_table(*seq, nodes[static_cast<std::size_t>(c)]);
      }
      continued[std::make_tuple(static_cast<int>(style), static_cast<int>(kind), n.parts.size())] = value;
    }
  }
}

}  // namespace avvlint::checks
