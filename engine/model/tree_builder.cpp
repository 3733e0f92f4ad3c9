// Builds the clause tree from classified lines, then scans every node's text with
// the inline grammars, resolves cross references and reads the defined terms
// (definitions.hpp).
//
// The builder keeps a stack of open nodes (document → annex → section → clause →
// item → list → bullet). Each line's shape decides where it goes:
//  * headings close everything below their level;
//  * numbered clauses find their parent by number ("8.2.1" under "8.2", "8.2" under "8");
//  * bullets nest by indentation; blank lines do not end a list;
//  * a plain line continues the previous text; after a blank line it still does when
//    that text stopped mid-sentence (a page break), otherwise it opens a paragraph.
#include <avvlint/model.hpp>

#include "definitions.hpp"
#include "text_util.hpp"
#include "tree_util.hpp"
#include "page_furniture.hpp"
#include "text_columns.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace avvlint {

using grammar::LineKind;
using grammar::LineShape;
using grammar::NumberStyle;

char const* to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::document: return "document";
    case NodeKind::title: return "title";
    case NodeKind::parties: return "parties";
    case NodeKind::preamble: return "preamble";
    case NodeKind::section: return "section";
    case NodeKind::clause: return "clause";
    case NodeKind::item: return "item";
    case NodeKind::list: return "list";
    case NodeKind::bullet: return "bullet";
    case NodeKind::paragraph: return "paragraph";
    case NodeKind::subheading: return "subheading";
    case NodeKind::table: return "table";
    case NodeKind::annex: return "annex";
    case NodeKind::signature: return "signature";
  }
  return "?";
}

std::uint32_t Node::source_offset(std::size_t text_offset) const {
  if (pieces.empty()) return span.begin;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), text_offset,
                             [](std::size_t off, TextPiece const& p) { return off < p.text_offset; });
  if (it != pieces.begin()) --it;
  return it->source_offset + static_cast<std::uint32_t>(text_offset - it->text_offset);
}

std::string Document::clause_id(int node) const {
  for (int n = node; n >= 0; n = nodes[static_cast<std::size_t>(n)].parent) {
    if (!nodes[static_cast<std::size_t>(n)].id.empty()) return nodes[static_cast<std::size_t>(n)].id;
  }
  return {};
}

bool Document::within(int node, int ancestor) const {
  for (int n = node; n >= 0; n = nodes[static_cast<std::size_t>(n)].parent) {
    if (n == ancestor) return true;
  }
  return false;
}

int Document::node_at(std::uint32_t offset) const {
  int best = 0;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    auto const& n = nodes[i];
    if (n.span.begin <= offset && offset < std::max(n.span.end, n.span.begin + 1) &&
        n.depth >= nodes[static_cast<std::size_t>(best)].depth) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

// A line naming a company: it holds a legal form ("GmbH", "AG", "Ltd", "e. V." …).
bool names_company(std::string_view line) {
  static constexpr std::string_view kForms[] = {"gmbh", "ag", "se", "kg", "ug", "mbh", "ohg", "gbr", "kgaa", "ltd",
                                                "inc", "llc", "limited", "plc", "corp", "sarl", "bv", "eg", "partg", "partgmbb",
                                                "ev", "lda", "srl", "spa", "sas", "nv", "oy", "ab", "aps", "sro", "kft", "pty",
                                                "pvt", "bvba", "ltda", "sl", "ek", "ggmbh", "gug", "mbb", "ou", "asa",
                                                "oyj", "ehf", "kft", "zrt", "pte", "llp", "sagl"};
  auto form = [](std::string const& f) { return std::find(std::begin(kForms), std::end(kForms), f) != std::end(kForms); };
  std::string previous, before;
  for (auto const& w : text_util::words(line, 0, 16)) {
    std::string f = text_util::fold(w.text);
    if (form(f)) return true;
    // "B.V.", "e. K.": a form written as letters with dots
    if (f.size() == 1 && previous.size() == 1 && form(previous + f)) return true;
    if (f.size() == 1 && previous.size() == 1 && before.size() == 1 && form(before + previous + f)) return true;  // "s.r.o."
    before = previous;
    previous = f;
  }
  return false;
}

Span map_span(Node const& n, std::size_t begin, std::size_t end) {
  std::uint32_t b = n.source_offset(begin);
  std::uint32_t e = end > begin ? n.source_offset(end - 1) + 1 : b;
  return {b, e};
}

namespace {

// "… schließen die folgende Vereinbarung.", "wird Folgendes vereinbart:", "vereinbaren, was folgt:": the formula
// that closes a party block.
bool closes_party_block(std::string_view paragraph) {
  std::string folded = text_util::fold(text_util::trim(paragraph));
  while (!folded.empty() && (folded.back() == '.' || folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view ending : {"folgende vereinbarung", "folgenden vertrag", "folgendes vereinbart", "vereinbaren folgendes",
                                  "schliessen folgendes", "was folgt", "wie folgt", "folgendes"}) {
    if (folded.size() >= ending.size() && folded.compare(folded.size() - ending.size(), ending.size(), ending) == 0) return true;
  }
  return false;
}

// "Gegenstand – Der App-Betreiber stellt …", "_Vorbemerkung_ – Der Verlag …", "Dauer. Die Vereinbarung gilt …":
// a short title run into the first sentence of a provision, the sentence opening with a word that opens
// sentences (an article, a pronoun, a preposition). (Not "Scanlabor Lippe GmbH – Gewerbering 7", nor
// "Dr. med. Anneliese Korthaus".)
bool prose_run_in_title(std::string_view line) {
  static constexpr std::string_view kOpeners[] = {
      "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einer", "Im", "In", "Es", "Er", "Sie", "Wir", "Für",
      "Nach", "Zur", "Zum", "Soweit", "Sofern", "Diese", "Dieser", "Dieses", "Alle", "Jede", "Jeder", "Bei", "Mit", "Auf",
      "Ohne", "Zu", "Als", "Über", "Vor", "Wird", "Werden"};
  for (std::string_view separator : {" \xE2\x80\x93 ", ". "}) {
    std::size_t cut = line.find(separator);
    if (cut == std::string_view::npos || cut == 0 || cut > 60) continue;
    std::string_view title = line.substr(0, cut);
    while (!title.empty() && (title.front() == '_' || title.front() == '*')) title.remove_prefix(1);
    while (!title.empty() && (title.back() == '_' || title.back() == '*')) title.remove_suffix(1);
    if (title.empty() || !(std::isupper(static_cast<unsigned char>(title.front())) || static_cast<unsigned char>(title.front()) == 0xC3)) continue;
    if (std::count(title.begin(), title.end(), ' ') > 4 ||
        std::any_of(title.begin(), title.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.'; })) {
      continue;
    }
    std::string_view rest = line.substr(cut + separator.size());
    std::size_t word_end = rest.find_first_of(" ,");
    std::string_view opener = rest.substr(0, word_end);
    if (word_end != std::string_view::npos && std::find(std::begin(kOpeners), std::end(kOpeners), opener) != std::end(kOpeners)) {
      return true;
    }
  }
  return false;
}

// "… gemäß", "… unter", "… in der": a line that ends with a word pointing on to what follows.
bool ends_with_pointer(std::string_view line) {
  line = text_util::trim(line);
  std::size_t space = line.find_last_of(' ');
  std::string last = text_util::fold(space == std::string_view::npos ? line : line.substr(space + 1));
  static constexpr std::string_view kPointers[] = {"unter", "nach", "gemass", "gem", "laut", "in", "im", "aus", "der", "die",
                                                   "das", "des", "dem", "den", "siehe", "vgl", "von", "mit", "und", "oder"};
  return std::find(std::begin(kPointers), std::end(kPointers), last) != std::end(kPointers);
}

bool section_like(NodeKind k) {
  return k == NodeKind::document || k == NodeKind::annex || k == NodeKind::section || k == NodeKind::subheading ||
         k == NodeKind::parties || k == NodeKind::preamble || k == NodeKind::signature;
}

bool ends_mid_sentence(std::string_view text) {
  text = text_util::trim(text);
  if (text.empty()) return false;
  char last = text.back();
  if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') return false;
  if (text_util::ends_with_bracketed_name(text)) return false;  // a party entry closes with its short name
  // ".“" / ".)" / ".\"" : a sentence end inside quotes or brackets
  if (text.size() >= 2 && (last == ')' || last == '"' || static_cast<unsigned char>(last) >= 0x80)) {
    std::size_t i = text.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;  // step back over UTF-8
    if (i > 0) {
      char before = text[i - 1];
      if (before == '.' || before == '!' || before == '?') return false;
    }
  }
  return true;
}

bool signature_line(std::string_view line) {
  std::string_view t = text_util::trim(line);
  if (t.size() > 120) return false;
  // ("[ ] Sonstige: ______": a checkbox's fill-in field, not a signature)
  bool checkbox = t.rfind("[", 0) == 0 || t.rfind("\xE2\x98", 0) == 0 || t.rfind("\xE2\x96\xA1", 0) == 0;
  if (t.find("___") != std::string_view::npos) return !checkbox;
  std::string lower = text_util::fold(t);
  // "Datum: Dienstag, 18. Februar 2025, 15:48" in the header of a quoted e-mail: a time of day, no signature
  if (lower.rfind("datum:", 0) == 0 && t.find(':', 6) != std::string_view::npos) return false;
  return lower.rfind("ort, datum", 0) == 0 || lower.rfind("ort datum", 0) == 0 || lower.rfind("ort/datum", 0) == 0 ||
         lower.rfind("(ort, datum", 0) == 0 || lower.rfind("unterschrift", 0) == 0 || lower.rfind("datum:", 0) == 0 ||
         lower.rfind("(unterschrift", 0) == 0 || lower.rfind("place, date", 0) == 0 ||
         lower.rfind("signature", 0) == 0;
}

bool parties_word(std::string_view line) {
  std::string lower = text_util::fold(text_util::trim(line));
  return lower == "parteien" || lower == "vertragsparteien" || lower == "die parteien" || lower == "vertragspartner" ||
         lower == "parties" || lower == "die vertragsparteien" || lower == "vertragsteile";  // (Austrian)
}

// A short heading that names a party by its role ("Auftraggeber", "Der Auftragsverarbeiter").
bool names_a_party(std::string_view title) {
  std::string lower = text_util::fold(text_util::trim(title));
  if (lower.size() > 40) return false;
  for (char const* role : {"geber", "nehmer", "verantwortlich", "verarbeiter", "kunde", "kundin", "anbieter", "dienstleister",
                           "controller", "processor", "zwischen"}) {
    if (lower.find(role) != std::string::npos) return true;
  }
  return false;
}

bool preamble_word(std::string_view line) {
  std::string lower = text_util::fold(text_util::trim(line));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '*')) lower.pop_back();
  while (!lower.empty() && lower.front() == '*') lower.erase(lower.begin());
  return lower == "praambel" || lower == "vorbemerkung" || lower == "vorbemerkungen" || lower == "preamble" ||
         lower == "recitals";
}

std::string strip_marks(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (c != '(' && c != ')' && c != '.') out.push_back(c);
  }
  return out;
}

class Builder {
 public:
  explicit Builder(Document& doc) : doc_(doc) {
    Node root;
    root.kind = NodeKind::document;
    root.span = {0, static_cast<std::uint32_t>(doc.source.text.size())};
    doc_.nodes.push_back(root);
    stack_.push_back(0);
  }

  void run() {
    std::string_view text = doc_.source.text;
    std::vector<char> furniture = page_furniture_lines(text);
    // (in a text set in two columns, the kept column's part of each line)
    TextColumns columns = find_columns(text);
    auto part = [&](std::string_view line) {
      ColumnPart c = column_part(line, columns);
      return line.substr(c.begin, c.end - c.begin);
    };
    std::size_t pos = 0;
    for (std::size_t n = 0; pos <= text.size(); ++n) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      // The line after this one (skipping page furniture), for headings that are really wrapped text.
      // And the one after it, for a title whose subclauses follow a blank line.
      next_line_ = {};
      line_after_next_ = {};
      bool found_next = false;
      for (std::size_t k = n + 1, p = eol + 1; p <= text.size() && eol < text.size(); ++k) {
        std::size_t e = text.find('\n', p);
        if (e == std::string_view::npos) e = text.size();
        if (k >= furniture.size() || !furniture[k]) {
          (found_next ? line_after_next_ : next_line_) = part(text.substr(p, e - p));
          if (found_next) break;
          found_next = true;
        }
        if (e == text.size()) break;
        p = e + 1;
      }
      bool furnished = n < furniture.size() && furniture[n];
      std::string_view current = part(text.substr(pos, eol - pos));
      if (!furnished && !columns.found && eol < text.size() && number_above_title(current, next_line_, line_after_next_) &&
          next_line_.data() == text.data() + eol + 1) {
        // "VIII." / "Technische und organisatorische Maßnahmen": one heading line. The line
        // break becomes a space, so every offset in the joined line is still the source's.
        std::size_t title_end = eol + 1 + next_line_.size();
        std::string joined(text.substr(pos, title_end - pos));
        joined[eol - pos] = ' ';
        next_line_ = line_after_next_;
        line(joined, static_cast<std::uint32_t>(pos));
        ++n;
        eol = title_end;
      } else if (!furnished) {
        line(current, static_cast<std::uint32_t>(current.data() - text.data()));
      }
      if (eol == text.size()) break;
      pos = eol + 1;
    }
  }

 private:
  Document& doc_;
  std::vector<int> stack_;
  bool front_ = true;
  bool roman_nine_seen_ = false;  // the last item was "(ix)": an "(x)" after it is the next item, not a check box
  bool blank_before_ = false;
  bool annex_list_ = false;      // the previous line was an annex named in a list, not a heading
  std::string previous_text_;    // the previous non-blank line, trimmed
  std::string_view next_line_;   // the line after the current one (page furniture skipped)
  std::string_view line_after_next_;  // … and the line after that
  bool tab_table_ = false;       // the previous line was a row of a flattened (tab or " | ") table
  bool ruled_table_ = false;     // inside a text table drawn with "----+----" rules ("Nr. | Regelung")
  bool after_rule_ = false;      // the previous line was such a rule
  bool toc_ = false;             // inside a table of contents
  bool toc_started_ = false;     // … and its first entry has been seen
  bool toc_tail_ = false;        // just after a table of contents (its annex lines may follow)
  bool toc_pending_ = false;     // "Inhalt" and a blank line: contents if two headings follow
  bool top_level_part_ = false;  // a "Teil A" stands at the top level
  std::unordered_map<std::string, int> last_top_level_;  // word|style -> last number of a top-level section
  bool toc_tail_annexes_ = false;
  bool title_seen_ = false;
  int last_text_ = -1;    // node whose text a following plain line may continue
  int table_ = -1;        // open table while rows follow each other
  int parties_ = -1;
  int preamble_ = -1;
  int signature_ = -1;
  LineKind previous_ = LineKind::blank;
  int title_tail_of_ = -1;  // the section whose title goes on on the next line
  bool hyphen_tail_ = false;  // … the rest of a word hyphenated at the line end

  Node& node(int i) { return doc_.nodes[static_cast<std::size_t>(i)]; }
  int top() const { return stack_.back(); }
  NodeKind top_kind() const { return doc_.nodes[static_cast<std::size_t>(stack_.back())].kind; }

  int add(NodeKind kind, int parent, std::uint32_t begin, std::uint32_t end) {
    Node n;
    n.kind = kind;
    n.parent = parent;
    n.depth = node(parent).depth + 1;
    n.span = {begin, end};
    int index = static_cast<int>(doc_.nodes.size());
    doc_.nodes.push_back(std::move(n));
    node(parent).children.push_back(index);
    return index;
  }

  // A numbered node (clause, item) with the number as the line grammar read it.
  int add_numbered(NodeKind kind, int parent, LineShape const& shape, std::uint32_t offset, std::uint32_t end) {
    int n = add(kind, parent, offset, end);
    Node& node_ref = node(n);
    node_ref.number = shape.number;
    node_ref.parts = shape.parts;
    node_ref.style = shape.style;
    node_ref.indent = shape.indent;
    return n;
  }

  void append_text(int n, std::string_view piece, std::uint32_t source_offset) {
    piece = text_util::trim(piece);
    if (piece.empty()) return;
    Node& target = node(n);
    if (!target.text.empty()) {
      // A word hyphenated at the line end ("Daten-" / "schutz") joins without a space
      // when the next line goes on in lower case; otherwise lines join with a space.
      // "Unions-" / "oder deutschem Recht" is an elided compound, not a hyphenation.
      auto first = text_util::words(piece, 0, 1);
      std::string next_word = first.empty() ? std::string() : text_util::fold(first[0].text);
      bool elided = next_word == "und" || next_word == "oder" || next_word == "bzw" || next_word == "sowie" ||
                    next_word == "bis";
      bool hyphen_join = target.text.back() == '-' && target.text.size() >= 2 &&
                         std::isalpha(static_cast<unsigned char>(target.text[target.text.size() - 2])) &&
                         std::islower(static_cast<unsigned char>(piece.front())) && !elided;
      if (hyphen_join) {
        target.text.pop_back();
      } else {
        target.text.push_back(' ');
      }
    }
    target.pieces.push_back({static_cast<std::uint32_t>(target.text.size()), source_offset});
    target.text.append(piece);
    target.span.end = std::max(target.span.end, source_offset + static_cast<std::uint32_t>(piece.size()));
  }

  void pop_while(auto pred) {
    while (stack_.size() > 1 && pred(top_kind())) stack_.pop_back();
  }
  void pop_to_section_like() {
    pop_while([](NodeKind k) { return !section_like(k); });
  }
  void pop_to_root_or_annex() {
    pop_while([](NodeKind k) { return k != NodeKind::annex; });
  }

  // "1. Kurzer Eintrag" read as a heading, directly followed by "2. …": both are entries
  // of one list, so the heading becomes a numbered provision after all.
  void demote_heading_before(LineShape const& shape) {
    if (shape.style != NumberStyle::dotted || shape.parts.size() != 1 || blank_before_ ||
        previous_ != LineKind::section_heading || stack_.size() < 2) {
      return;
    }
    Node& h = node(top());
    if (h.kind != NodeKind::section || !h.children.empty() || h.style != NumberStyle::dotted || h.parts.size() != 1) {
      return;
    }
    if (std::atoi(h.parts[0].c_str()) + 1 != std::atoi(shape.parts[0].c_str())) return;
    h.kind = NodeKind::clause;
    h.text = h.heading;
    h.pieces = {{0, h.heading_span.begin}};
    h.heading.clear();
    int entry = top();
    stack_.pop_back();
    // "III.D BETROFFENE PERSONEN" / "1. Mitglieder" / "2. …": the list belongs to the section
    // above it (lettered or roman), not beside it.
    int holder = top();
    auto& siblings = node(holder).children;
    if (siblings.size() < 2 || siblings.back() != entry) return;
    std::vector<int> chain;
    for (int c = siblings[siblings.size() - 2]; c >= 0 && node(c).kind == NodeKind::section;) {
      chain.push_back(c);
      auto const& kids = node(c).children;
      c = !kids.empty() && node(kids.back()).kind == NodeKind::section ? kids.back() : -1;
    }
    if (chain.empty() || node(chain.back()).style == NumberStyle::dotted) return;
    siblings.pop_back();
    Node& moved = node(entry);
    moved.parent = chain.back();
    moved.depth = node(chain.back()).depth + 1;
    moved.id = node(chain.back()).id + " Nr. " + moved.parts[0];
    node(chain.back()).children.push_back(entry);
    for (int c : chain) push_capped(c);
  }

  int annex_of_stack() const {
    for (int i : stack_) {
      if (doc_.nodes[static_cast<std::size_t>(i)].kind == NodeKind::annex) return i;
    }
    return -1;
  }

  std::string prefixed(std::string const& id) {
    int annex = annex_of_stack();
    return annex >= 0 ? node(annex).id + " Nr. " + id : id;
  }

  void push_capped(int n) {
    if (node(n).depth >= Document::kMaxDepth) {
      doc_.depth_capped = true;
      return;  // too deep to open further; later lines attach beside it
    }
    stack_.push_back(n);
  }

  // The source line right before the one at `offset` ("" at the start).
  std::string_view line_before(std::uint32_t offset) const {
    std::string_view src = doc_.source.text;
    if (offset == 0 || offset > src.size()) return {};
    std::size_t end = offset - 1;  // the '\n' ending the line before
    std::size_t begin = end == 0 ? 0 : src.rfind('\n', end - 1);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    return src.substr(begin, end - begin);
  }

  void end_front() {
    front_ = false;
    parties_ = -1;
    preamble_ = -1;
  }

  // The superscript digits opening a footnote line ("³ Text", "¹² Text"), or "".
  static std::string footnote_mark(std::string_view line) {
    std::size_t i = 0;
    while (i + 1 < line.size()) {
      auto a = static_cast<unsigned char>(line[i]), b = static_cast<unsigned char>(line[i + 1]);
      if (a == 0xC2 && (b == 0xB9 || b == 0xB2 || b == 0xB3)) {  // ¹ ² ³
        i += 2;
      } else if (a == 0xE2 && i + 2 < line.size() && b == 0x81 &&
                 (static_cast<unsigned char>(line[i + 2]) == 0xB0 ||
                  (static_cast<unsigned char>(line[i + 2]) >= 0xB4 && static_cast<unsigned char>(line[i + 2]) <= 0xB9))) {
        i += 3;  // ⁰ ⁴ … ⁹
      } else {
        break;
      }
    }
    if (i == 0 || i >= line.size() || line[i] != ' ') return {};
    return std::string(line.substr(0, i));
  }

  // The latest provision whose text carries the footnote mark (not followed by another superscript digit).
  int footnote_holder(std::string const& marker) const {
    int checked = 0;
    for (int n = static_cast<int>(doc_.nodes.size()) - 1; n >= 0 && checked < 400; --n, ++checked) {
      std::string const& t = doc_.nodes[static_cast<std::size_t>(n)].text;
      for (std::size_t at = t.find(marker); at != std::string::npos; at = t.find(marker, at + 1)) {
        std::size_t after = at + marker.size();
        bool longer = after + 1 < t.size() && (static_cast<unsigned char>(t[after]) == 0xC2 ||
                                               (static_cast<unsigned char>(t[after]) == 0xE2 && t[after + 1] == '\x81'));
        if (at > 0 && !longer) return n;
      }
    }
    return -1;
  }

  // Word's list export: "1.\tKategorien …", "\t•\tAuszubildende …" — a list mark and a tab, no table.
  static bool tabbed_list_mark(std::string_view body) {
    std::size_t tab = body.substr(0, 10).find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab > 8) return false;
    // (a row of a tab table with a number column has more tabs after its first cell of text)
    std::size_t text_at = body.find_first_not_of('\t', tab);
    if (text_at != std::string_view::npos && body.find('\t', text_at) != std::string_view::npos) return false;
    std::string_view mark = body.substr(0, tab);
    if (mark == "\xE2\x80\xA2" || mark == "-" || mark == "\xE2\x80\x93" || mark == "*" || mark == "\xC2\xB7" ||
        mark == "\xE2\x96\xAA" || mark == "o") {
      return true;
    }
    bool dotted = mark.find('.') != std::string_view::npos &&
                  std::all_of(mark.begin(), mark.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    if (dotted) return true;  // "3.1\tFolgende Datenarten …"
    char last = mark.back();
    if (last != '.' && last != ')') return false;
    std::string_view inner = mark.substr(mark.front() == '(' ? 1 : 0, mark.size() - (mark.front() == '(' ? 2 : 1));
    return !inner.empty() && inner.size() <= 6 && std::all_of(inner.begin(), inner.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // ("A.\tVertraulichkeit")
    });
  }

  // Where a heading hyphenated at its line end stops ("VIII. Unterauftrags-" above "verarbeiter",
  // "9. Technische und organisa-" above "torische Maßnahmen"), when the line without the hyphen reads
  // as a section heading and the next line is a short lower-case tail; 0 otherwise.
  std::size_t hyphenated_title(LineShape const& shape, std::string_view text) const {
    if (shape.kind != LineKind::text && shape.kind != LineKind::numbered && shape.kind != LineKind::section_heading) return 0;
    std::size_t end = text.find_last_not_of(" \t\r");
    if (end == std::string_view::npos || end < 2 || text[end] != '-' || !std::isalpha(static_cast<unsigned char>(text[end - 1]))) {
      return 0;
    }
    std::string_view tail = text_util::trim(next_line_);
    if (tail.empty() || !(tail.front() >= 'a' && tail.front() <= 'z') || tail.size() > 60 ||
        std::string_view(".:;,").find(tail.back()) != std::string_view::npos) {
      return 0;
    }
    return grammar::classify_line(text.substr(0, end)).kind == LineKind::section_heading ? end : 0;
  }

  // A section number alone on its line ("I.", "3.", "§ 4", "Klausel 3") above a short title and
  // then a blank line, a numbered line or the title's lower-case tail: text extracted from a PDF or
  // a form that sets the number apart. Numbers with text after them and annexes are read as they are.
  static bool number_above_title(std::string_view number_line, std::string_view title_line, std::string_view after) {
    std::string_view number = text_util::trim(number_line);
    if (number.empty() || number.size() > 12) return false;  // (most lines end here, before the next one is read)
    std::string_view title = text_util::trim(title_line);
    if (title.size() < 3 || title.size() > 80) return false;
    if (std::string_view(".:;,").find(title.back()) != std::string_view::npos) return false;
    auto first = static_cast<unsigned char>(title.front());
    if (!((first >= 'A' && first <= 'Z') || first == 0xC3)) return false;
    if (std::count(title.begin(), title.end(), ' ') > 9) return false;
    if (grammar::classify_line(title_line).kind != LineKind::text) return false;
    LineShape alone = grammar::classify_line(number_line);
    if (alone.kind == LineKind::annex_heading || alone.kind == LineKind::table_row) return false;
    std::string joined = std::string(number) + " " + std::string(title);
    LineShape shape = grammar::classify_line(joined);
    if (shape.kind != LineKind::section_heading || text_util::trim(shape.title) != title) return false;
    std::string_view tail = text_util::trim(after);
    LineShape next = grammar::classify_line(after);
    return tail.empty() || next.kind == LineKind::numbered || next.kind == LineKind::section_heading ||
           (tail.front() >= 'a' && tail.front() <= 'z');
  }

  void line(std::string_view text, std::uint32_t offset) {
    std::string_view bare = text_util::trim(text);
    if (tabbed_list_mark(bare)) {
      std::string spaced(text);  // (same length: offsets stay)
      std::replace(spaced.begin(), spaced.end(), '\t', ' ');
      return line(spaced, offset);
    }
    // A line holding only an HTML comment (an avvlint-disable suppression, an editor's
    // note) is not part of the contract's structure.
    if (bare.size() >= 7 && bare.substr(0, 4) == "<!--" && bare.substr(bare.size() - 3) == "-->") return;
    // A wiki's collapsible section ("<details>" … "<summary>2.3 Arten personenbezogener Daten</summary>" …
    // "</details>"): the tags frame the text, the summary is its title line.
    if (bare == "</details>" || (bare.starts_with("<details") && bare.ends_with(">") && bare.size() <= 20)) return;
    if (bare.size() > 19 && bare.starts_with("<summary>") && bare.ends_with("</summary>")) {
      std::string_view inner = bare.substr(9, bare.size() - 19);
      line(inner, offset + static_cast<std::uint32_t>(inner.data() - text.data()));
      return;
    }
    std::uint32_t end = offset + static_cast<std::uint32_t>(text.size());
    // A table of contents ("Inhaltsübersicht" and the lines under it, up to a blank
    // line) repeats the headings; read as headings, it would double every section.
    if (toc_) {
      if (!bare.empty()) {
        toc_started_ = true;
        return;
      }
      if (toc_started_) {
        toc_ = false;
        toc_tail_ = true;
      }
      return;  // blank lines before the first entry belong to the heading
    }
    // "§ 16 Schlussbestimmungen\n\nAnlage 1 – …\nAnlage 2 – …": after a blank line the contents
    // may go on with the annexes, a run of annex lines without text between them.
    if (toc_tail_ && !bare.empty()) {
      bool annex = grammar::classify_line(text).kind == LineKind::annex_heading;
      if (annex && (toc_tail_annexes_ || grammar::classify_line(next_line_).kind == LineKind::annex_heading)) {
        toc_tail_annexes_ = true;
        return;
      }
      toc_tail_ = false;
    }
    // "Inhalt" (or "Übersicht"), a blank line, then two heading lines in a row: a table of contents
    if (toc_pending_ && !bare.empty()) {
      toc_pending_ = false;
      if (grammar::classify_line(text).kind == LineKind::section_heading &&
          grammar::classify_line(next_line_).kind == LineKind::section_heading) {
        toc_ = true;
        toc_started_ = true;
        return;
      }
    }
    int kind = toc_heading(bare);
    if (kind == 1 && text_util::trim(next_line_).empty()) {
      toc_pending_ = true;
      return;
    }
    if (kind == 2 || (kind == 1 && grammar::classify_line(next_line_).kind != LineKind::text &&
                      grammar::classify_line(next_line_).kind != LineKind::blank)) {
      toc_ = true;
      toc_started_ = false;
      return;
    }
    // "³ Mündliche Weisungen bestätigt der Auftraggeber unverzüglich in Textform.": a footnote is read
    // as part of the provision that carries its mark ("… auch mündlich erteilt werden.³").
    if (std::string marker = footnote_mark(bare); !marker.empty()) {
      if (int holder = footnote_holder(marker); holder >= 0) {
        auto lead = static_cast<std::uint32_t>(bare.data() - text.data() + marker.size());
        append_text(holder, bare.substr(marker.size()), offset + lead);
        blank_before_ = true;
        return;
      }
    }
    // "1.1 | Gegenstand: Der …" / "    | … weiter" / "----+-----": a two-column text table whose rows
    // are the contract's clauses. Rules are dropped; a cell that goes on under an empty first
    // column continues the row above; after a rule it is a row of its own ("| ABSCHNITT 2 – …").
    if (bare.size() >= 5 && bare.find('+') != std::string_view::npos &&
        bare.find_first_not_of("-+=|") == std::string_view::npos) {
      ruled_table_ = true;
      after_rule_ = true;
      // ("+=====+" under the first row of a framed table with more columns: its header)
      if (bare.find('=') != std::string_view::npos && table_ >= 0 && node(table_).rows.size() == 1) {
        node(table_).rows.front().header = true;
      }
      return;
    }
    if (bare.empty()) ruled_table_ = false;
    if (ruled_table_ && !bare.empty() && bare.front() == '|' && std::count(bare.begin(), bare.end(), '|') == 1) {
      std::size_t cell = text.find('|') + 1;
      bool continues_row = !after_rule_ && last_text_ >= 0;
      after_rule_ = false;
      if (continues_row) {
        append_text(last_text_, text.substr(cell), offset + static_cast<std::uint32_t>(cell));
      } else {
        line(text.substr(cell), offset + static_cast<std::uint32_t>(cell));
      }
      return;
    }
    // "| 1.1   | Gegenstand dieses Vertrags ist … |" / "|       | … weiter |" between "+---+---+" rules:
    // the same two-column clause table drawn with a frame. The frame is blanked out (offsets stay)
    // and the rows read as above; the header row over a "+===+" rule is dropped.
    if (ruled_table_ && bare.size() >= 2 && bare.front() == '|' && bare.back() == '|' &&
        std::count(bare.begin(), bare.end(), '|') == 3) {
      std::string_view next = text_util::trim(next_line_);
      if (next.size() >= 3 && next.front() == '+' && next.find('=') != std::string_view::npos) return;  // header
      std::string framed(text);
      std::replace(framed.begin(), framed.end(), '|', ' ');
      std::size_t second = text.find('|', text.find('|') + 1) + 1;
      bool continues_row = !after_rule_ && last_text_ >= 0 && text_util::trim(framed.substr(0, second)).empty();
      if (after_rule_) blank_before_ = true;  // (a rule divides like a blank line)
      after_rule_ = false;
      if (continues_row) {
        append_text(last_text_, std::string_view(framed).substr(second), offset + static_cast<std::uint32_t>(second));
      } else {
        line(framed, offset);
      }
      return;
    }
    after_rule_ = false;
    // "§ 8 Mit welchen Dienstleistern arbeiten wir?\n------": a title underlined, or a rule between
    // parts; it divides like a blank line and holds nothing.
    if (rule_line(bare) && bare.size() >= 5 && bare.front() != '_') {  // ("_____" is a field to fill in)
      if (previous_ != LineKind::section_heading && previous_ != LineKind::annex_heading &&
          previous_ != LineKind::heading && previous_ != LineKind::bold_heading) {
        blank_before_ = true;
      }
      return;
    }
    // "Firma<TAB>Leistung<TAB>Ort", "Firma | Leistung | Ort": a flattened table (copied from Word or a PDF).
    if (auto cells = tab_cells(text); cells.size() >= 2 && (tab_table_ || tab_cells(next_line_).size() >= 2)) {
      tab_row(cells, text, offset, end);
      return;
    }
    tab_table_ = false;
    LineShape shape = grammar::classify_line(text);
    // "(x) Name, Anschrift" / "( ) Outbound-Telefonie": a form's check boxes are options, not the roman item
    // "(x)" (which follows an "(ix)")
    if (std::string_view box = text_util::trim(text).substr(0, 3);
        (box == "(x)" || box == "(X)" || box == "( )") && !(shape.kind == LineKind::item && roman_nine_seen_)) {
      shape.kind = LineKind::bullet;
      shape.style = NumberStyle::none;
      shape.number.clear();
      shape.parts.clear();
      shape.text_begin = text.find('(');
    }
    if (shape.kind == LineKind::item) roman_nine_seen_ = shape.number == "(ix)" || shape.number == "(IX)";
    // "… Die Pflichten unter" / "Punkt 12 (Löschen) und die Verschwiegenheit gelten …": a reference wrapped to the
    // line start after a preposition or an article is no number
    if (!blank_before_ && !front_ && (shape.style == NumberStyle::ziffer || shape.style == NumberStyle::paragraph) &&
        (shape.kind == LineKind::section_heading || shape.kind == LineKind::numbered) && ends_with_pointer(line_before(offset))) {
      shape = LineShape{};
      shape.kind = LineKind::text;
      shape.text_begin = text.find_first_not_of(" \t");
    }
    // "II. Nature and purpose of processing, data and data subjects | II. Art und Zweck der Verarbeitung":
    // a title in two languages side by side reads as the first one's, and keeps both
    // (a bar first: searching a long run of spaces for " | " would try every space)
    if (std::size_t bar = text.find('|') == std::string_view::npos ? std::string_view::npos : text.find(" | ");
        bar != std::string_view::npos && text.find(" | ", bar + 3) == std::string_view::npos &&
                                           shape.kind != LineKind::section_heading && shape.kind != LineKind::annex_heading) {
      LineShape left = grammar::classify_line(text.substr(0, bar));
      LineShape right = grammar::classify_line(text.substr(bar + 3));
      if ((left.kind == LineKind::section_heading || left.kind == LineKind::annex_heading) && !left.number.empty() &&
          right.number == left.number && !left.title.empty()) {
        std::string_view title = text.substr(static_cast<std::size_t>(left.title.data() - text.data()));
        shape = left;
        shape.title = text_util::trim(title);
      }
    }
    // "3. Empfänger, an die im Namen des Auftraggebers übermittelt wird" above "3.1 …": a title
    if (titles_own_subclauses(shape, text)) {
      shape.kind = LineKind::section_heading;
      shape.title = text_util::trim(text.substr(shape.text_begin));
    }
    // "VIII. Unterauftrags-" / "verarbeiter": a title hyphenated at the line end; its tail joins without a space
    bool hyphen_title = false;
    if (std::size_t cut = hyphenated_title(shape, text); cut != 0) {
      shape = grammar::classify_line(text.substr(0, cut));
      hyphen_title = true;
      next_line_ = line_after_next_;  // (what follows the title, for the heading rules below)
    }
    std::size_t nodes_before = doc_.nodes.size();
    auto title_span = [&]() {
      auto begin = static_cast<std::uint32_t>(shape.title.data() - text.data());
      return Span{offset + begin, offset + begin + static_cast<std::uint32_t>(shape.title.size())};
    };
    if (shape.kind != LineKind::table_row && shape.kind != LineKind::table_separator &&
        shape.kind != LineKind::blank) {
      table_ = -1;
    }
    switch (shape.kind) {
      case LineKind::blank:
        blank_before_ = true;
        annex_list_ = false;
        return;  // previous_ keeps the last non-blank kind
      case LineKind::table_row:
      case LineKind::table_separator:
        table_line(shape, text, offset, end);
        break;
      case LineKind::annex_heading: {
        // ("Anlage 4 zum Auslagerungsvertrag „Kreditservice“" as the first line: this document is that annex)
        if (front_ && (names_this_contract(shape.title) ||
                       (!title_seen_ && (text_util::fold(shape.title).rfind("zum ", 0) == 0 ||
                                         text_util::fold(shape.title).rfind("zur ", 0) == 0)))) {
          // "ANHANG B ZU DEN AGB: VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG": the document's own title.
          front_line(text, offset, end);
          break;
        }
        if (listed_annex()) {
          plain(as_text(text), text, offset, end);
          annex_list_ = true;
          break;
        }
        end_front();
        signature_ = -1;
        stack_.resize(1);
        int n = add(NodeKind::annex, 0, offset, end);
        node(n).number = shape.number;
        node(n).parts = shape.parts;
        node(n).style = shape.style;
        // "Anlage C-1" (an annex of part C) keeps both components.
        bool lettered = shape.parts.size() == 2 && shape.number.find('-') != std::string::npos;
        bool dotted = shape.parts.size() == 2 && shape.number.find('.') != std::string::npos;  // "Anlage 7.1"
        node(n).id = shape.parts.empty() ? std::string("Anlage")
                     : lettered         ? "Anlage " + shape.parts[0] + "-" + shape.parts[1]
                     : dotted           ? "Anlage " + shape.parts[0] + "." + shape.parts[1]
                                        : "Anlage " + shape.parts.front();
        node(n).heading = std::string(shape.title);
        node(n).heading_span = title_span();
        stack_.push_back(n);
        last_text_ = -1;
        break;
      }
      case LineKind::section_heading:
        if (read_as_text(shape, text, offset, end)) break;
        // "1. Der Auftragnehmer übernimmt … auf Grundlage des" (wrapped), "1. Name: Elbtal GmbH"
        // (a list entry), "2. Kurz" under "1. …" (the next entry): clauses, not sections.
        if (wrapped_sentence(shape) || enumerates(shape) || continues_numbered_list(shape)) {
          numbered(shape, text, offset, end, false);
        } else if (shape.style == NumberStyle::dotted && (shape.parts.size() >= 2 || inside_paragraph_section())) {
          numbered(shape, text, offset, end, true);  // "1. Art und Zweck" under "§ 2": a titled clause
        } else {
          section(shape, offset, end, title_span());
        }
        break;
      case LineKind::numbered:
        // "Unterstützung nach Art. 32 bis 36 DSGVO" alone between "Nr. 19 …" and "Nr. 20 …"
        promote_title_line(text.substr(shape.text_begin));
        if (!read_as_text(shape, text, offset, end)) numbered(shape, text, offset, end, false);
        break;
      case LineKind::item:
        promote_title_line(text.substr(shape.text_begin));
        item(shape, text, offset, end);
        break;
      case LineKind::bullet:
        if (front_) {
          front_line(text.substr(shape.text_begin), offset + static_cast<std::uint32_t>(shape.text_begin), end);
        } else if (dash_inside_sentence(shape, text)) {
          LineShape wrapped = shape;  // "…, dass alle befugten Personen\n– einschließlich des Einlasspersonals – …"
          wrapped.kind = LineKind::text;
          wrapped.text_begin = text.find_first_not_of(" \t");
          plain(wrapped, text, offset, end);
        } else {
          bullet(shape, text, offset, end);
        }
        break;
      case LineKind::bold_heading:
      case LineKind::heading:
        if (front_ && !title_seen_ && shape.kind == LineKind::heading) {
          int n = add(NodeKind::title, 0, offset, end);
          node(n).heading = std::string(shape.title);
          node(n).heading_span = title_span();
          title_seen_ = true;
        } else if (front_ && !title_seen_) {
          subheading(shape, offset, end, title_span());
        } else if (front_ && ((!shape.title.empty() && shape.title.back() == ':') || parties_word(shape.title))) {
          // "**Verantwortlicher:**" above a party's address, "Parteien" above the numbered
          // parties: a label of the party block.
          auto b = static_cast<std::size_t>(shape.title.data() - text.data());
          front_line(shape.title, offset + static_cast<std::uint32_t>(b), end);
        } else if (front_ && preamble_word(shape.title)) {
          preamble_ = add(NodeKind::preamble, 0, offset, end);
          node(preamble_).heading = std::string(shape.title);
          node(preamble_).heading_span = title_span();
        } else {
          // "=== AUFTRAG ===" or "## Gegenstand" after the parties: the body has begun (a heading
          // naming a party, "## Auftraggeber", still labels the party block; a bold line there is a
          // company's name or "**und**")
          if (front_ && parties_ >= 0 && shape.kind == LineKind::heading && !names_a_party(shape.title)) end_front();
          if (annex_of_stack() >= 0 && opens_main_text(shape.title)) stack_.resize(1);
          subheading(shape, offset, end, title_span());
        }
        break;
      case LineKind::text:
        // "[Auftrag]" on a line of its own, a key sheet's section: a heading (after the parties,
        // it begins the body; "[Parteien]" labels the party block)
        if (blank_before_ && bracket_heading(text)) {
          std::string_view title = text_util::trim(text);
          title = title.substr(1, title.size() - 2);
          if (front_ && !title_seen_) {
            front_line(title, offset + static_cast<std::uint32_t>(title.data() - text.data()), end);
            break;
          }
          if (front_ && parties_word(title)) {  // a label over the party block, no text of it
            if (parties_ < 0) parties_ = add(NodeKind::parties, 0, offset, end);
            last_text_ = -1;
            break;
          }
          if (front_ && parties_ >= 0 && !names_a_party(title)) end_front();
          LineShape heading = shape;
          heading.title = title;
          auto b = static_cast<std::uint32_t>(title.data() - text.data());
          subheading(heading, offset, end, {offset + b, offset + b + static_cast<std::uint32_t>(title.size())});
          break;
        }
        if (!front_ && (blank_before_ || rule_line(previous_text_)) &&
            caps_heading(text, text_util::trim(next_line_).empty() || rule_line(next_line_))) {
          // "ART UND ZWECK DER VERARBEITUNG" on a line of its own: an unnumbered heading
          LineShape heading = shape;
          heading.title = text_util::trim(text);
          if (annex_of_stack() >= 0 && opens_main_text(heading.title)) stack_.resize(1);
          auto b = static_cast<std::uint32_t>(heading.title.data() - text.data());
          subheading(heading, offset, end, {offset + b, offset + b + static_cast<std::uint32_t>(heading.title.size())});
          break;
        }
        plain(shape, text, offset, end);
        break;
    }
    if (hyphen_title && doc_.nodes.size() > nodes_before && !doc_.nodes.back().heading.empty()) {
      title_tail_of_ = static_cast<int>(doc_.nodes.size()) - 1;
      hyphen_tail_ = true;
    }
    if (shape.kind != LineKind::annex_heading) annex_list_ = false;
    previous_ = shape.kind;
    previous_text_ = std::string(text_util::trim(text));
    blank_before_ = false;
  }

  // "==========" or "----------" framing a title: a visual rule, as good as a blank line.
  static bool rule_line(std::string_view line) {
    std::string_view t = text_util::trim(line);
    if (t.size() >= 9 && t.substr(0, 3) == "\xE2\x94\x80") {  // "─────" (box drawing)
      for (std::size_t i = 0; i + 3 <= t.size(); i += 3) {
        if (t.substr(i, 3) != "\xE2\x94\x80") return false;
      }
      return t.size() % 3 == 0;
    }
    return t.size() >= 3 && t.find_first_not_of(t.front()) == std::string_view::npos &&
           std::string_view("=-_*~#").find(t.front()) != std::string_view::npos;
  }

  // A line in capitals that reads as a title: up to ten words (one only between blank
  // lines), letters only in upper case, no closing punctuation ("ART UND ZWECK DER VERARBEITUNG").
  // A dash at the start of a wrapped line that opens an aside inside the sentence above ("… alle
  // befugten Personen\n– einschließlich des Einlasspersonals, das er stellt – vor Aufnahme …"): the
  // line above is a sentence that goes on (no blank, no closing punctuation) and the text after the
  // dash is lower case.
  bool dash_inside_sentence(LineShape const& shape, std::string_view line) const {
    if (blank_before_ || last_text_ < 0 || previous_ != LineKind::text) return false;
    std::string_view marker = text_util::trim(line.substr(0, shape.text_begin));
    if (marker != "\xE2\x80\x93") return false;  // (an en dash; "- " under a title line is a list)
    std::string_view above = text_util::trim(previous_text_);
    if (above.empty() || std::string_view(".:;!?").find(above.back()) != std::string_view::npos) return false;
    if (std::count(above.begin(), above.end(), ' ') < 5) return false;  // a wrapped sentence, not a title
    auto first = static_cast<unsigned char>(line[shape.text_begin]);
    return first >= 'a' && first <= 'z';
  }

  // "[Verantwortung und Weisungen]": a short title in square brackets, not a blank to fill in
  // ("[Name des Auftraggebers]", "[●]", "[Datum]")
  static bool bracket_heading(std::string_view line) {
    std::string_view t = text_util::trim(line);
    if (t.size() < 5 || t.size() > 60 || t.front() != '[' || t.back() != ']') return false;
    std::string_view inner = t.substr(1, t.size() - 2);
    if (inner.find_first_of("[]:_.\xE2") != std::string_view::npos) return false;  // (also "●", "…")
    if (!std::isupper(static_cast<unsigned char>(inner.front())) && static_cast<unsigned char>(inner.front()) != 0xC3) return false;
    int words = 0;
    for (auto const& w : text_util::words(inner, 0, 8)) {
      ++words;
      std::string folded = text_util::fold(w.text);
      for (std::string_view blank : {"name", "datum", "ort", "firma", "anschrift", "adresse", "unterschrift", "bitte", "einfug",
                                     "eintrag", "erganz", "xx", "platzhalter", "betrag", "frist"}) {
        if (folded.rfind(blank, 0) == 0) return false;
      }
    }
    return words >= 1 && words <= 6;
  }

  static bool caps_heading(std::string_view line, bool blank_after) {
    std::string_view t = text_util::trim(line);
    if (t.size() < 5 || t.size() > 90) return false;
    char last = t.back();
    if (last == '.' || last == ':' || last == ',' || last == ';') return false;
    int letters = 0, words = 1;
    for (std::size_t i = 0; i < t.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if (c >= 'a' && c <= 'z') return false;
      if (c == 0xC3 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0xA0) return false;  // ä ö ü ß
      if (c >= 'A' && c <= 'Z') ++letters;
      if (c == ' ') ++words;
    }
    return letters >= 5 && words <= 10 && (words >= 2 || blank_after);  // "WEISUNGEN" alone between blank lines
  }

  // A line that only continues the sentence above it: a bare number without a dot
  // after a line that ends no sentence ("… in den Artikeln 32 bis\n36 DSGVO genannten …",
  // a house number written first: "Nimbusly Ireland Limited\n12 Liffey Wharf").
  bool wrapped_number(LineShape const& shape, std::string_view line) const {
    bool word_number = shape.style == NumberStyle::ziffer || shape.style == NumberStyle::paragraph;  // "Ziffer 12", "§ 5"
    // "§ 9 gilt mit der Maßgabe …", "§ 3 Abs. 4 gilt fort …": a sentence that opens with a reference.
    if (word_number && shape.markdown_level == 0) {
      std::string_view after = line.substr(std::min(line.size(), shape.text_begin));
      bool verb_next = !after.empty() && after.front() >= 'a' && after.front() <= 'z';
      bool sub_reference = after.rfind("Abs.", 0) == 0 || after.rfind("Absatz ", 0) == 0 || after.rfind("Satz ", 0) == 0 ||
                           after.rfind("Nr.", 0) == 0 || after.rfind("lit.", 0) == 0;
      // "§ 62a StBerG über …": a law's abbreviation, then the sentence goes on in lower case
      std::size_t word_end = after.find(' ');
      std::string_view first_word = after.substr(0, word_end);
      std::string_view rest = word_end == std::string_view::npos ? std::string_view() : after.substr(word_end + 1);
      bool lower_after = !rest.empty() && ((rest.front() >= 'a' && rest.front() <= 'z') ||
                                           (rest.size() >= 2 && static_cast<unsigned char>(rest[0]) == 0xC3 &&
                                            static_cast<unsigned char>(rest[1]) >= 0x9F));  // "über", "ändern"
      sub_reference = sub_reference || (lower_after && first_word.size() >= 2 && first_word.size() <= 8 &&
                                        std::count_if(first_word.begin(), first_word.end(),
                                                      [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2);
      // "… als Berufsgeheimnisträger § 57 StBerG und\n§ 203 StGB.": a wrapped line that is only a citation
      std::string_view law = first_word;
      while (!law.empty() && (law.back() == '.' || law.back() == ',' || law.back() == ';')) law.remove_suffix(1);
      bool citation_only = shape.style == NumberStyle::paragraph && rest.empty() && !blank_before_ && last_text_ >= 0 &&
                           ends_mid_sentence(node_const(last_text_).text) && law.size() >= 2 && law.size() <= 8 &&
                           std::count_if(law.begin(), law.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
      // "… gilt dann als Unterauftragsverarbeiterin nach\nZiffer 5.": a wrapped line that is only the reference
      bool reference_only = text_util::trim(after).empty() && !blank_before_ && last_text_ >= 0 &&
                            ends_mid_sentence(node_const(last_text_).text);
      // "… und nach\n§ 203 StGB (Berufsgeheimnis der Praxis) belehrt": a citation with a bracketed gloss
      bool glossed_citation = shape.style == NumberStyle::paragraph && !rest.empty() && rest.front() == '(' &&
                              !blank_before_ && last_text_ >= 0 && ends_mid_sentence(node_const(last_text_).text) &&
                              law.size() >= 2 && law.size() <= 8 &&
                              std::count_if(law.begin(), law.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
      if (verb_next || sub_reference || citation_only || reference_only || glossed_citation) return true;
    }
    // "B.7 Abs. 4 bleibt unberührt.": a sentence opening with a clause's paragraph, not clause B.7
    // ("(2) Absatz 1 gilt nicht, …" is paragraph 2 speaking of paragraph 1)
    if (shape.markdown_level == 0 && shape.style == NumberStyle::dotted && shape.parts.size() >= 2 &&
        !shape.number.ends_with('.')) {
      std::string_view after = line.substr(std::min(line.size(), shape.text_begin));
      if (after.rfind("Abs. ", 0) == 0 || after.rfind("Absatz ", 0) == 0 || after.rfind("lit. ", 0) == 0) return true;
    }
    if (blank_before_ || last_text_ < 0 || shape.markdown_level > 0) return false;
    // "… Verantwortlicher im Sinne von Art. 4 Nr." / "7 DSGVO und …": the number ends a citation
    {
      std::string_view above = text_util::trim(node_const(last_text_).text);
      for (std::string_view cue : {" Nr.", " Art.", " Abs.", " lit.", " Satz", " Ziffer", " Ziff.", "\xC2\xA7"}) {
        if (above.ends_with(cue)) return true;
      }
    }
    if (shape.style != NumberStyle::dotted && !word_number) return false;
    // A date broken after "vom": "2. Juni 2025. Terminfix verarbeitet …".
    static constexpr std::string_view kMonths[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                                                   "August", "September", "Oktober", "November", "Dezember"};
    std::string_view rest = line.substr(std::min(line.size(), shape.text_begin));
    bool date = std::any_of(std::begin(kMonths), std::end(kMonths), [&](std::string_view m) {
      return rest.substr(0, m.size()) == m && (rest.size() == m.size() || rest[m.size()] == ' ');
    });
    // A number without a dot followed by a lower-case word: a wrapped reference ("… nach\nC.12 gelten …").
    bool lower_next = !rest.empty() && rest.front() >= 'a' && rest.front() <= 'z';
    std::size_t digits = shape.number.find_first_not_of("0123456789");
    // … unless it is the next number of the list it stands in ("1.1 …\n1.2 in Vorkommnisberichten: …").
    Node const& prev = node_const(last_text_);
    bool successor = prev.parts.size() == shape.parts.size() && !prev.parts.empty() &&
                     std::equal(prev.parts.begin(), prev.parts.end() - 1, shape.parts.begin()) &&
                     std::atoi(prev.parts.back().c_str()) + 1 == std::atoi(shape.parts.back().c_str());
    bool wrapped_reference = lower_next && shape.number.back() != '.' && !successor;
    // An ordinal that goes on in lower case and does not continue the list: "… bis zum\n20. eines Monats".
    bool ordinal = lower_next && shape.number.substr(digits == std::string::npos ? 0 : digits) == "." &&
                   shape.parts.size() == 1 && std::atoi(shape.parts[0].c_str()) > 1 && !successor;
    if (word_number ? !wrapped_reference
                    : digits != std::string::npos && !((date || ordinal) && shape.number.substr(digits) == ".") &&
                          !wrapped_reference) {
      return false;
    }
    if (word_number) return true;  // "Ziffer 12 gilt …" starts a sentence of the paragraph, never a heading
    // In the party block, or under a company's name, a bare number goes on with an address
    // ("Quillstone Analytics, Inc.\n500 Harbor Boulevard").
    Node const& above = node_const(last_text_);
    std::string_view t = text_util::trim(above.text);
    std::string_view last_line = above.pieces.empty() ? t : std::string_view(above.text).substr(above.pieces.back().text_offset);
    if (digits == std::string::npos && (front_ || (last_line.size() <= 80 && names_company(last_line)))) return true;
    if (t.empty()) return false;
    char last = t.back();
    return last != '.' && last != ':' && last != ';' && last != '!' && last != '?';
  }

  // Numbered-looking lines that are no clause: a version-history row, a party listed with
  // a number, a number that only continues the sentence above. Handled here; true if so.
  bool read_as_text(LineShape const& shape, std::string_view text, std::uint32_t offset, std::uint32_t end) {
    if (numbered_party(shape, text)) {
      front_line(text, offset, end);
      return true;
    }
    if (version_row(shape, text) || wrapped_number(shape, text)) {
      plain(as_text(text), text, offset, end);
      return true;
    }
    return false;
  }

  // "1.0       21.05.2025   Medanto Legal   …": a row of a version history, not a clause.
  static bool version_row(LineShape const& shape, std::string_view text) {
    if (shape.style != NumberStyle::dotted) return false;
    std::string_view rest = text_util::trim(text.substr(std::min(text.size(), shape.text_begin)));
    std::size_t i = 0, digits = 0, dots = 0;
    for (; i < rest.size() && i < 10; ++i) {
      if (rest[i] >= '0' && rest[i] <= '9') ++digits;
      else if (rest[i] == '.') ++dots;
      else break;
    }
    return dots == 2 && digits >= 4 && (i == rest.size() || rest[i] == ' ' || rest[i] == '\t');
  }

  // "zwischen\n\n1. Halvorsen Industrie Holding SE\n…\n2. den in Anlage 1 aufgeführten
  // Gesellschaften": parties listed with numbers, before the contract's first section.
  bool numbered_party(LineShape const& shape, std::string_view text) const {
    // ("1) Gebäudereinigung Weißkittel GmbH, Industriestraße 19, 45127 Essen, vertreten durch …")
    bool style = shape.style == NumberStyle::dotted || shape.style == NumberStyle::parenthesis;
    if (!front_ || parties_ < 0 || !style || shape.parts.size() != 1) return false;
    std::string_view rest = text_util::trim(text.substr(std::min(text.size(), shape.text_begin)));
    // a party's name line, not a clause of the contract (longer when it defines the party's name:
    // "(2) Tickethafen GmbH, …, eingetragen im Handelsregister …, handelnd durch … (der „Anbieter“).")
    bool defines = rest.find("\xE2\x80\x9E") != std::string_view::npos || rest.find('"') != std::string_view::npos;
    if (rest.size() > (defines ? 400u : 200u)) return false;
    if (!rest.empty() && rest.front() >= 'a' && rest.front() <= 'z') return rest.size() <= 120;
    // the company's name opens the line ("2. Art/Zweck: … des AG …" is a key sheet's entry, not a party)
    std::string_view opening = rest.substr(0, std::min<std::size_t>(rest.size(), 80));
    std::size_t first_space = opening.find(' ');
    if (first_space != std::string_view::npos && opening[first_space - 1] == ':') return false;
    return names_company(opening);
  }

  // Words that open a sentence rather than a title, that a title never ends on, and
  // finite auxiliaries a title never holds (folded).
  static constexpr std::string_view kSentenceOpeners[] = {"der", "die", "das", "ein", "eine", "er", "sie", "es", "dieser",
                                                          "diese", "dieses", "soweit", "sofern", "wenn", "im", "bei"};
  static constexpr std::string_view kAuxiliaries[] = {"ist", "sind", "wird", "werden", "hat", "haben", "gilt", "gelten",
                                                      "kann", "darf", "muss", "soll", "erfolgt", "bleibt"};
  static constexpr std::string_view kFunctionEnds[] = {"des", "der", "die", "den", "dem", "das", "und", "oder", "fur", "mit",
                                                       "von", "zu", "im", "in", "auf", "bei", "nach", "uber", "zum", "zur",
                                                       "einer", "eines", "einem", "ein", "eine", "sowie", "dass", "ob"};
  // More words that open a sentence after a title line ("Nach Abschluss …", "Auf Weisung …").
  static constexpr std::string_view kCapitalOpeners[] = {"nach", "auf", "mit", "fur", "zur", "zum", "vor", "wahrend",
                                                         "alle", "jede", "jeder", "jedes", "ohne", "uber", "zu", "in",
                                                         "ab", "dem", "den", "des", "eine", "ist", "wird", "hat"};

  // A "heading" that is the first line of a hard-wrapped paragraph: the next line goes
  // on with text, and the line reads as a sentence — it opens with an article or
  // pronoun, holds a finite auxiliary ("Zweck der Verarbeitung ist die …"), ends on a
  // function word ("… auf Grundlage des"), or the next line goes on in lower case.
  bool wrapped_sentence(LineShape const& shape) const {
    std::string_view next = text_util::trim(next_line_);
    if (next.empty() || shape.title.empty() || shape.markdown_level > 0 || shape.style != NumberStyle::dotted) return false;
    if (shape.title.back() == '?') return false;  // "2. Wie lange gilt der Vertrag?": a question is a whole title
    LineShape after = grammar::classify_line(next_line_);
    if (after.kind == LineKind::item) {
      // "2. Der Auftraggeber" above "a) legt … fest,", "b) verwaltet …": a lead-in whose entries
      // finish its sentence
      std::string_view entry = text_util::trim(std::string_view(next_line_).substr(std::min(next_line_.size(), after.text_begin)));
      auto first = text_util::words(shape.title, 0, 1);
      return !entry.empty() && entry.front() >= 'a' && entry.front() <= 'z' && !first.empty() &&
             std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), text_util::fold(first[0].text)) !=
                 std::end(kSentenceOpeners);
    }
    if (after.kind != LineKind::text) return false;
    // "2. Beabsichtigt die Auftragnehmerin, einen weiteren" / "   Unterauftragsverarbeiter hinzuzuziehen …":
    // a hanging indent under the text after the number, after a line that stops on a lower-case word
    // (a title ends on a noun: "2. Zweck der Verarbeitung" / "   Durchführung …" is a heading, and so is
    // "4. Verarbeitungsmengen (Richtwerte)" / "   circa 9.000 Posteingänge …")
    auto text_column = static_cast<int>(shape.text_begin);
    auto title_words = text_util::words(shape.title, 0, 40);
    bool lower_end = shape.title.back() != ')' && !title_words.empty() &&
                     std::islower(static_cast<unsigned char>(title_words.back().text.front()));
    if (next.front() >= 'a' && next.front() <= 'z') return shape.title.back() != ')' || after.indent <= shape.indent;
    lower_end = lower_end && title_words.size() >= 3;
    if (lower_end && after.indent > shape.indent && after.indent + 1 >= text_column && after.indent <= text_column + 1) return true;
    // "3. Datenarten (angekreuzt = werden verarbeitet)": a bracketed note is no part of the title's grammar
    std::string title(shape.title);
    for (std::size_t open = title.find('('); open != std::string::npos; open = title.find('(', open)) {
      std::size_t close = title.find(')', open);
      title.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    auto words = text_util::words(title, 0, 40);
    if (words.size() < 4) return false;
    auto in = [](auto const& list, std::string const& w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
    if (in(kSentenceOpeners, text_util::fold(words.front().text))) return true;
    for (auto const& w : words) {
      if (in(kAuxiliaries, text_util::fold(w.text))) return true;
    }
    return in(kFunctionEnds, text_util::fold(words.back().text)) && !title_tail(next);
  }

  // "6. Rechte und Pflichten des" / "Auftraggebers": the rest of a title wrapped at a narrow width —
  // a few capitalised words with no closing punctuation.
  static bool title_tail(std::string_view next) {
    auto words = text_util::words(next, 0, 4);
    unsigned char first = static_cast<unsigned char>(next.front());
    char last = next.back();
    return !words.empty() && words.size() <= 3 && ((first >= 'A' && first <= 'Z') || first == 0xC3) && last != '.' &&
           last != ':' && last != ';' && last != ',';
  }

  // A heading-like entry of a list under a lead-in ("… genehmigt:\n\n1. Name: Elbtal GmbH",
  // "… folgender Pflichten:\n   1. Durchführung einer Folgenabschätzung"); "Die Parteien
  // vereinbaren Folgendes:\n\n1. Gegenstand" still opens a section.
  bool enumerates(LineShape const& shape) const {
    if (enumeration_parent(shape) < 0) return false;
    if (shape.title.find(": ") != std::string_view::npos) return true;
    return shape.parts[0] == "1" && (!blank_before_ || shape.indent > 0);
  }

  static bool names_this_contract(std::string_view title) {
    std::string f = text_util::fold(title);
    return f.find("auftragsverarbeitung") != std::string::npos || f.find("avv") != std::string::npos ||
           f.find("data processing") != std::string::npos;
  }

  // "VERTRAG ÜBER DIE VERARBEITUNG PERSONENBEZOGENER DATEN IM AUFTRAG" after the annexes:
  // contracts that put their annexes first start the main text with its title.
  static bool quoted_message_separator(std::string_view line) {
    std::string f = text_util::fold(text_util::trim(line));
    if (f.size() > 160) return false;
    for (std::string_view mark : {"ursprungliche nachricht", "original message", "weitergeleitete nachricht", "forwarded message"}) {
      if (f.find(mark) != std::string::npos && f.find("--") != std::string::npos) return true;
    }
    return f.rfind("am ", 0) == 0 && f.ends_with("schrieb:");  // "Am 18.02.2025 um 15:48 schrieb S. Wendtland:"
  }

  static bool opens_main_text(std::string_view title) {
    std::string f = text_util::fold(title);
    // "Erste Änderungsvereinbarung zum Vertrag …", "1. Nachtrag zur Vereinbarung …" after the annexes
    for (std::string_view ordinal : {"", "erste ", "zweite ", "dritte ", "1. ", "2. ", "3. "}) {
      for (std::string_view word : {"anderungsvereinbarung", "nachtrag", "erganzungsvereinbarung"}) {
        if (f.rfind(std::string(ordinal) + std::string(word), 0) == 0) return true;
      }
    }
    bool contract_word = f.rfind("vertrag", 0) == 0 || f.rfind("vereinbarung", 0) == 0 ||
                         f.rfind("auftragsverarbeitungsvertrag", 0) == 0;
    return contract_word && (names_this_contract(title) || f.find("im auftrag") != std::string::npos);
  }

  // "Anlagen:\nAnlage 1 – TOM\nAnlage 2 – …": a list of the annexes, not their headings.
  bool listed_annex() const {
    if (blank_before_) return false;
    if (annex_list_) return true;
    std::string folded = text_util::fold(previous_text_);
    return (!folded.empty() && folded.back() == ':') || folded.rfind("anlagen", 0) == 0 || folded.rfind("anhange", 0) == 0;
  }

  static LineShape as_text(std::string_view text) {
    LineShape t;
    t.kind = LineKind::text;
    t.text_begin = std::min(text.size(), text.find_first_not_of(" \t"));
    return t;
  }

  // "2. Kurz" directly under "1. Ein langer Listeneintrag …" (no blank line): the next
  // entry of the same list, not a new section.
  // A numbered line that reads as running text but whose next line (a blank one skipped) opens
  // its first subclause ("3." then "3.1"): the line is that section's title.
  bool titles_own_subclauses(LineShape const& shape, std::string_view text) const {
    if (shape.kind != LineKind::numbered || shape.style != NumberStyle::dotted || shape.parts.size() != 1) return false;
    std::string_view rest = text_util::trim(text.substr(std::min(text.size(), shape.text_begin)));
    if (rest.empty() || rest.size() > 100 || std::string_view(".:;,").find(rest.back()) != std::string_view::npos) return false;
    std::string_view next = text_util::trim(next_line_).empty() ? line_after_next_ : next_line_;
    LineShape after = grammar::classify_line(next);
    return after.style == NumberStyle::dotted && after.parts.size() == 2 && after.parts[0] == shape.parts[0] &&
           after.parts[1] == "1";
  }

  bool continues_numbered_list(LineShape const& shape) const {
    if (shape.style != NumberStyle::dotted || shape.parts.size() != 1 || shape.markdown_level > 0) return false;
    // "1. Firma: Glasklar e. K., …" (with "Leistung: …" below), then "2. Firma: Reißwolf GmbH": entries that
    // open with the same label continue one list, blank lines or not
    if (std::size_t colon = shape.title.find(": "); colon != std::string_view::npos && colon <= 30 && stack_.size() > 1) {
      Node const& open = node_const(stack_.back());
      std::string_view label = shape.title.substr(0, colon + 1);
      if (open.kind == NodeKind::clause && open.style == NumberStyle::dotted && open.parts.size() == 1 &&
          std::atoi(open.parts[0].c_str()) + 1 == std::atoi(shape.parts[0].c_str()) &&
          std::string_view(open.text).substr(0, label.size()) == label) {
        return true;
      }
    }
    if (blank_before_) return false;
    int prev_index = -1;
    if (previous_ == LineKind::numbered) prev_index = last_text_;
    if (previous_ == LineKind::section_heading && stack_.size() > 1 && node_const(stack_.back()).children.empty()) {
      prev_index = stack_.back();  // "1. Hanse GmbH, Hamburg" directly above "2. …": also an entry
    }
    // "3. Angaben zu …" after a wrapped "2. …" entry of an enumeration: the next entry.
    if (prev_index < 0 && last_text_ >= 0 && node_const(last_text_).kind == NodeKind::item) prev_index = last_text_;
    if (running_entry(shape) >= 0) return true;
    if (prev_index < 0) return false;
    Node const& prev = node_const(prev_index);
    return prev.style == NumberStyle::dotted && prev.parts.size() == 1 &&
           std::atoi(prev.parts[0].c_str()) + 1 == std::atoi(shape.parts[0].c_str());
  }

  Node const& node_const(int i) const { return doc_.nodes[static_cast<std::size_t>(i)]; }

  // A clause that carries a title rather than text: "C.1 Gegenstand und Laufzeit".
  static bool titled(Node const& n) {
    if (!n.heading.empty()) return true;
    if (n.style != NumberStyle::dotted) return false;  // "(1) Der Auftragnehmer\na) …" is a lead-in
    std::string_view t = text_util::trim(n.text);
    // "B.3 Zweckbindung und Rechte des Verantwortlichen (zu Klausel 7.2 und Klausel 6)": a
    // bracketed note after the title does not make it long
    if (!t.empty() && t.back() == ')' && t.rfind(" (") != std::string_view::npos) t = text_util::trim(t.substr(0, t.rfind(" (")));
    if (t.empty() || t.size() > 60 || std::count(t.begin(), t.end(), ' ') > 7) return false;
    char last = t.back();
    unsigned char first = static_cast<unsigned char>(t.front());
    return last != '.' && last != ':' && last != ';' && last != ',' && ((first >= 'A' && first <= 'Z') || first >= 0xC3);
  }

  // Inside a "§ 2" or "Klausel 7" section (not a part "Teil I"), the numbered headings of
  // its own paragraphs do not open sections of their own.
  bool inside_paragraph_section() const {
    for (std::size_t k = stack_.size(); k-- > 1;) {
      Node const& n = node_const(stack_[k]);
      if (n.kind == NodeKind::annex) return false;
      if (n.kind != NodeKind::section) continue;
      if (n.is_part()) return false;
      return n.style == NumberStyle::paragraph || n.style == NumberStyle::ziffer;
    }
    return false;
  }

  // A section numbered right after the last of the document's top-level sections of its
  // kind ("Artikel 4" after "Artikel 3": the same word and style).
  static std::string top_level_key(std::string const& number, NumberStyle style) {
    return number.substr(0, number.find(' ')) + '|' + std::to_string(static_cast<int>(style));
  }
  static std::string top_level_key(LineShape const& shape) { return top_level_key(shape.number, shape.style); }
  bool continues_top_level(LineShape const& shape) const {
    if (shape.parts.size() != 1 || !std::isdigit(static_cast<unsigned char>(shape.parts[0][0]))) return false;
    auto it = last_top_level_.find(top_level_key(shape));
    return it != last_top_level_.end() && it->second + 1 == std::atoi(shape.parts[0].c_str());
  }

  void section(LineShape const& shape, std::uint32_t offset, std::uint32_t end, Span heading_span) {
    end_front();
    signature_ = -1;
    bool part = shape.number.rfind("Teil", 0) == 0 || shape.number.rfind("TEIL", 0) == 0;
    pop_to_root_or_annex();
    // "TEIL A – Vereinbarung … Anlage 2 … TEIL B – 1. Nachtrag": the next part of the document
    // ends the last part's annexes
    if (part && annex_of_stack() >= 0 && top_level_part_) stack_.resize(1);
    // "Artikel 3 … Anlage 2 – Unterauftragsverarbeiter … Artikel 4 – Inkrafttreten": the next
    // section of the main text after an annex that a clause inserted
    if (!part && annex_of_stack() >= 0 && continues_top_level(shape)) stack_.resize(1);
    // Sections inside a part ("TEIL A" … "1. Gegenstand") belong to it.
    if (!part) {
      for (std::size_t k = stack_.size(); k-- > 1;) {
        if (node(stack_[k]).is_part()) {
          stack_.resize(k + 1);
          break;
        }
      }
    }
    // "III. ART UND ZWECK" … "A. ART DER VERARBEITUNG": a lettered section nests in the
    // roman one before it, unless the letter is the next roman numeral itself ("IV." … "V.").
    int roman_parent = letter_under_roman(shape);
    if (roman_parent >= 0) push_capped(roman_parent);
    int n = add(NodeKind::section, top(), offset, end);
    if (top() == 0) {  // what later sections inside annexes are compared with
      top_level_part_ = top_level_part_ || part;
      if (shape.parts.size() == 1 && std::isdigit(static_cast<unsigned char>(shape.parts[0][0]))) {
        last_top_level_[top_level_key(shape)] = std::atoi(shape.parts[0].c_str());
      }
    }
    Node& s = node(n);
    s.number = shape.number;
    s.parts = shape.parts;
    s.style = shape.style;
    std::string base = shape.style == NumberStyle::paragraph ? "\xC2\xA7 " + shape.parts.front()
                                                              : (shape.parts.empty() ? shape.number : shape.parts.front());
    s.id = roman_parent >= 0 ? node(roman_parent).id + "." + base : prefixed(base);
    s.heading = std::string(shape.title);
    s.heading_span = heading_span;
    s.indent = shape.indent;
    push_capped(n);
    last_text_ = -1;
    auto title_words = text_util::words(shape.title, 0, 40);
    std::string_view next = text_util::trim(next_line_);
    bool open_end = !title_words.empty() && std::find(std::begin(kFunctionEnds), std::end(kFunctionEnds),
                                                      text_util::fold(title_words.back().text)) != std::end(kFunctionEnds);
    // ("§ 9 Meldung von Verletzungen des Schutzes" / "personenbezogener Daten": a short lower-case
    // line under a title goes on with it, since no sentence of the text starts in lower case)
    bool lower_tail = !next.empty() && next.front() >= 'a' && next.front() <= 'z' && text_util::words(next, 0, 4).size() <= 3 &&
                      std::string_view(".:;,").find(next.back()) == std::string_view::npos;
    title_tail_of_ = (open_end && !next.empty() && title_tail(next)) || lower_tail ? n : -1;
  }



  // The open roman section a lettered section ("A.") belongs to, or -1.
  int letter_under_roman(LineShape const& shape) {
    if (shape.style != NumberStyle::roman || shape.parts.size() != 1 || shape.parts[0].size() != 1) return -1;
    char letter = shape.parts[0][0];
    if (letter < 'A' || letter > 'Z') return -1;
    Node const& holder = node(top());
    if (holder.children.empty()) return -1;
    int previous = holder.children.back();
    Node const& r = node(previous);
    bool roman = r.kind == NodeKind::section && r.style == NumberStyle::roman && r.parts.size() == 1 &&
                 r.parts[0].find_first_not_of("IVXL") == std::string::npos;
    if (!roman) return -1;
    // A single-letter roman section ("I.") is the first of a roman run only if a longer one follows
    // or this letter does not continue it; "I." then "A." nests, "A." … "B." stays a letter run.
    char last_letter = 0;  // the last lettered child of the roman section
    for (int c : r.children) {
      Node const& k = node(c);
      if (k.kind == NodeKind::section && k.parts.size() == 1 && k.parts[0].size() == 1) last_letter = k.parts[0][0];
    }
    bool next_roman = std::string_view("IVX").find(letter) != std::string_view::npos &&
                      text_util::roman_value(std::string(1, letter)) == text_util::roman_value(r.parts[0]) + 1 && last_letter != letter - 1;
    if (next_roman) return -1;
    if (r.parts[0].size() == 1 && last_letter == 0 && letter != 'A') return -1;  // "I." … "J.": letters, not roman
    return previous;
  }

  void subheading(LineShape const& shape, std::uint32_t offset, std::uint32_t end, Span heading_span) {
    pop_to_section_like();
    if (top_kind() == NodeKind::subheading) stack_.pop_back();
    int n = add(NodeKind::subheading, top(), offset, end);
    node(n).heading = std::string(shape.title);
    node(n).heading_span = heading_span;
    push_capped(n);
    last_text_ = -1;
  }

  // Finds the open node whose number is the prefix of `parts` ("8.2" for "8.2.1").
  int numbered_parent(std::vector<std::string> const& parts) {
    if (parts.size() < 2) return -1;
    std::vector<std::string> prefix(parts.begin(), parts.end() - 1);
    for (std::size_t i = stack_.size(); i-- > 1;) {
      Node const& n = doc_.nodes[static_cast<std::size_t>(stack_[i])];
      // ("Klausel 3 – Art und Zweck der Verarbeitung," read as an entry, then "3.1 …")
      bool numbered_style = n.style == NumberStyle::dotted || (n.style == NumberStyle::ziffer && n.kind == NodeKind::clause);
      if ((n.kind == NodeKind::section || n.kind == NodeKind::clause) && numbered_style && n.parts == prefix) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  // "… folgende Daten:" followed by "1. …", "2. …": an enumeration inside the
  // provision that announced it, not new clauses of the section.
  // "3.2 Der Auftraggeber ist berechtigt," followed by "(1) …", "(2) …": the same for
  // parenthesised numbers after a lead-in that ends with a colon or a comma.
  int enumeration_parent(LineShape const& shape) const {
    bool parenthesis = shape.style == NumberStyle::parenthesis;
    if ((shape.style != NumberStyle::dotted && !parenthesis) || shape.parts.size() != 1) return -1;
    Node const& top_node = doc_.nodes[static_cast<std::size_t>(stack_.back())];
    // (an entry indented less than the running enumeration goes back out of it: Markdown lists
    // nested by indentation alone, "   3. … folgende Daten:" / "      1. …" / "   4. …")
    if (top_node.kind == NodeKind::item && top_node.style == shape.style && top_node.parent >= 0 &&
        !(shape.indent + 1 < top_node.indent)) {
      return top_node.parent;  // the next entry of a running enumeration
    }
    if (int entry = running_entry(shape); entry >= 0) return node_const(entry).parent;
    if (shape.parts[0] != "1" || last_text_ < 0) return -1;
    Node const& lead = doc_.nodes[static_cast<std::size_t>(last_text_)];
    std::string_view t = text_util::trim(lead.text);
    // "B.7 Unterstützungspflichten" directly above "1. Betroffenenrechte": a clause that is only
    // a title numbers its own entries
    if (!parenthesis && lead.kind == NodeKind::clause && lead.style == NumberStyle::dotted && lead.parts.size() >= 2 &&
        lead.children.empty() && !blank_before_ && titled(lead)) {
      return last_text_;
    }
    bool deeper = lead.kind == NodeKind::clause && shape.indent > lead.indent + 1;  // "      1." under "   3. …:"
    bool lead_in = (lead.kind == NodeKind::clause || lead.kind == NodeKind::paragraph || lead.kind == NodeKind::item) &&
                   !t.empty() && (t.back() == ':' || (parenthesis && t.back() == ',') || (deeper && ends_mid_sentence(t)));
    // ("(1) Der Auftragnehmer verpflichtet sich:" then "(2) …": the next paragraph, not an entry)
    if (parenthesis && lead.style == NumberStyle::parenthesis) return -1;
    // "… vereinbaren Folgendes:" closes the party block; the numbered paragraphs after it are the contract.
    NodeKind holder = lead.parent >= 0 ? doc_.nodes[static_cast<std::size_t>(lead.parent)].kind : NodeKind::document;
    if (holder == NodeKind::parties || holder == NodeKind::preamble) lead_in = false;
    // ("3.1 Verarbeitet werden folgende Daten:" then "1. Stammdaten": not a sibling of "3.1")
    bool own_level = lead.style == NumberStyle::dotted && lead.parts.size() < 2;
    return lead_in && (!own_level || deeper) ? last_text_ : -1;
  }

  // The entry of a running enumeration that `shape` continues ("2." after "1. Betroffenenrechte"
  // and its own "i." … "iii."), found among the open nodes up to the provision holding it; -1 if none.
  int running_entry(LineShape const& shape) const {
    if (shape.parts.size() != 1) return -1;
    for (std::size_t k = stack_.size(); k-- > 1;) {
      Node const& n = node_const(stack_[k]);
      if (n.kind == NodeKind::bullet || n.kind == NodeKind::list || n.kind == NodeKind::paragraph) continue;
      if (n.kind != NodeKind::item) return -1;
      if (n.style == shape.style && n.parts.size() == 1 && n.parent >= 0 && !(shape.indent + 1 < n.indent) &&
          std::atoi(n.parts[0].c_str()) + 1 == std::atoi(shape.parts[0].c_str())) {
        return stack_[k];
      }
    }
    return -1;
  }

  // "9. Unterstützung bei Anfragen" / "betroffener Personen und bei weiteren Pflichten" or "Klausel 3 –
  // Art und Zweck der Verarbeitung," / "Daten, Betroffene" (a title wrapped like a sentence) read as an
  // entry inside or beside section 8 or "Klausel 2", then "9.1 …" or "3.1 …": the entry was the title of
  // the next section. Makes it that section, beside section 8; returns its new position in the stack.
  int promote_titled_entry(int pos) {
    auto at = static_cast<std::size_t>(pos);
    if (at < 1 || at + 1 > stack_.size()) return pos;
    int entry = stack_[at];
    Node const& e = node_const(entry);
    std::string_view t = text_util::trim(e.text);
    bool title = !t.empty() && t.size() <= 120 && std::string_view(".:;,").find(t.back()) == std::string_view::npos;
    if (e.kind != NodeKind::clause || e.parts.size() != 1 || !e.children.empty() || !title) return pos;
    // the section before it: its holder, or its sibling just before it
    auto previous_section = [&](int candidate) {
      Node const& h = node_const(candidate);
      return h.kind == NodeKind::section && h.style == e.style && h.parts.size() == 1 &&
             std::atoi(h.parts[0].c_str()) + 1 == std::atoi(e.parts[0].c_str());
    };
    int holder = e.parent;
    bool inside = at >= 2 && holder == stack_[at - 1] && previous_section(holder) && node_const(holder).parent == stack_[at - 2];
    auto const& siblings_now = node_const(holder).children;
    bool beside = !inside && siblings_now.size() >= 2 && siblings_now.back() == entry && previous_section(siblings_now[siblings_now.size() - 2]);
    if (!inside && !beside) return pos;
    int outer = inside ? node_const(holder).parent : holder;
    if (inside) {
      auto& siblings = node(holder).children;
      siblings.erase(std::find(siblings.begin(), siblings.end(), entry));
      node(outer).children.push_back(entry);
    }
    Node& s = node(entry);
    s.parent = outer;
    s.depth = node(outer).depth + 1;
    s.kind = NodeKind::section;
    s.heading = std::string(t);
    s.heading_span = {s.source_offset(static_cast<std::size_t>(t.data() - s.text.data())), s.source_offset(s.text.size())};
    s.text.clear();
    s.pieces.clear();
    s.id = prefixed(s.parts[0]);
    if (outer == 0) last_top_level_[top_level_key(s.number, s.style)] = std::atoi(s.parts[0].c_str());
    if (!inside) return pos;
    stack_.resize(at - 1);
    stack_.push_back(entry);
    return static_cast<int>(at - 1);
  }

  // Whether `shape` ("2.") continues the numbers of the open section ("1.") that holds no numbered
  // clause of its own run.
  bool next_of_open_section(LineShape const& shape) const {
    if (shape.style != NumberStyle::dotted || shape.parts.size() != 1 || stack_.size() < 2) return false;
    Node const& open = node_const(stack_.back());
    if (open.kind != NodeKind::section || open.style != NumberStyle::dotted || open.parts.size() != 1 ||
        std::atoi(open.parts[0].c_str()) + 1 != std::atoi(shape.parts[0].c_str())) {
      return false;
    }
    return std::none_of(open.children.begin(), open.children.end(), [&](int c) {
      Node const& child = node_const(c);
      return child.kind == NodeKind::clause && child.style == NumberStyle::dotted && child.parts.size() == 1;
    });
  }

  void numbered(LineShape const& shape, std::string_view text, std::uint32_t offset, std::uint32_t end,
                bool as_heading) {
    end_front();
    signature_ = -1;
    if (!as_heading) demote_heading_before(shape);
    if (!as_heading) {
      if (int parent = enumeration_parent(shape); parent >= 0) {
        while (stack_.size() > 1 && stack_.back() != parent) stack_.pop_back();
        if (stack_.back() != parent) stack_.push_back(parent);
        int n = add_numbered(NodeKind::item, parent, shape, offset, end);
        Node& it = node(n);
        std::string number = shape.style == NumberStyle::parenthesis ? "(" + shape.parts[0] + ")" : "Nr. " + shape.parts[0];
        it.id = (node(parent).id.empty() ? std::string() : node(parent).id + " ") + number;
        append_text(n, text.substr(shape.text_begin), offset + static_cast<std::uint32_t>(shape.text_begin));
        push_capped(n);
        last_text_ = n;
        return;
      }
    }
    int parent_pos = shape.style == NumberStyle::dotted ? numbered_parent(shape.parts) : -1;
    if (parent_pos >= 0) {
      parent_pos = promote_titled_entry(parent_pos);
      stack_.resize(static_cast<std::size_t>(parent_pos) + 1);
    } else if (shape.style == NumberStyle::parenthesis) {
      // "(1)" under a titled clause ("C.1 Gegenstand und Laufzeit") is that clause's paragraph.
      pop_while([&](NodeKind k) { return !section_like(k) && !(k == NodeKind::clause && titled(node_const(top()))); });
    } else {
      pop_to_section_like();
      // "1. Fernzugriff" (a section with only "a)" … "d)" under it), then "2. Reaktionszeiten (Servicezeit:
      // Montag bis Freitag …)": the next number of the section's own run stands beside it, not inside it
      if (next_of_open_section(shape)) stack_.pop_back();
    }
    if (top_kind() == NodeKind::signature || top_kind() == NodeKind::parties || top_kind() == NodeKind::preamble) {
      stack_.resize(1);
    }
    int parent = top();
    int n = add_numbered(NodeKind::clause, parent, shape, offset, end);
    Node& c = node(n);
    std::string const& parent_id = node(parent).id;
    if (shape.style == NumberStyle::dotted && shape.parts.size() >= 2) {
      std::string joined;
      for (auto const& p : shape.parts) joined += (joined.empty() ? "" : ".") + p;
      c.id = prefixed(joined);
    } else if (shape.style == NumberStyle::parenthesis) {
      c.id = parent_id.empty() ? std::string() : parent_id + " ";
      c.id.append("(").append(strip_marks(shape.number)).append(")");
    } else {
      std::string n1 = shape.parts.empty() ? strip_marks(shape.number) : shape.parts.front();
      c.id = parent_id.empty() ? n1 : parent_id + " Nr. " + n1;
    }
    if (as_heading) {
      c.heading = std::string(shape.title);
      auto b = static_cast<std::uint32_t>(shape.title.data() - text.data());
      c.heading_span = {offset + b, offset + b + static_cast<std::uint32_t>(shape.title.size())};
    } else {
      append_text(n, text.substr(shape.text_begin), offset + static_cast<std::uint32_t>(shape.text_begin));
    }
    push_capped(n);
    last_text_ = n;
  }

  // An entry of a numbered enumeration ("1." or "(1)" read as an item), which letters and romans nest in.
  static bool numbered_entry(Node const& n) {
    return n.kind == NodeKind::item && (n.style == NumberStyle::dotted || n.style == NumberStyle::parenthesis);
  }

  void item(LineShape shape, std::string_view text, std::uint32_t offset, std::uint32_t end) {
    end_front();
    // A single "i", "v" or "x" is roman when it does not continue a letter run ("(a) … (i)"); "ii.", "iii.",
    // "iv." are roman when they follow the roman numeral before them.
    bool roman_letters = shape.style == NumberStyle::letter && shape.parts.size() == 1 && !shape.parts[0].empty() &&
                         shape.parts[0].size() <= 4 && shape.parts[0].find_first_not_of("ivx") == std::string::npos;
    if (roman_letters) {
      int open = -1;
      for (std::size_t k = stack_.size(); k-- > 1;) {
        if (node(stack_[k]).kind == NodeKind::item) {
          open = stack_[k];
          break;
        }
        if (node(stack_[k]).kind != NodeKind::bullet && node(stack_[k]).kind != NodeKind::list) break;
      }
      bool single = shape.parts[0].size() == 1;
      bool after_letter = single && open >= 0 && node(open).style == NumberStyle::letter && !node(open).parts.empty() &&
                          node(open).parts[0].size() == 1 && node(open).parts[0][0] + 1 != shape.parts[0][0];
      // "Mündliche Weisungen werden\n(i) erfasst und\n(ii) bestätigt": an "(i)" opening a list is roman,
      // also under a numbered entry ("1. Betroffenenrechte" / "i. …").
      bool opening = single && shape.parts[0] == "i" && (open < 0 || numbered_entry(node(open)));
      // "(iv) …\n(v) …": the next roman numeral after a roman item
      bool after_roman = open >= 0 && node(open).style == NumberStyle::roman && !node(open).parts.empty() &&
                         text_util::roman_value(node(open).parts[0]) + 1 == text_util::roman_value(shape.parts[0]);
      if (after_letter || opening || after_roman) shape.style = NumberStyle::roman;
    }
    // Close bullets/lists; a letter item closes a previous sibling item; a roman item nests under a letter.
    pop_while([](NodeKind k) { return k == NodeKind::bullet || k == NodeKind::list || k == NodeKind::paragraph; });
    if (top_kind() == NodeKind::item) {
      Node const& open = node(top());
      // "aa)" under "a)" nests as "(i)" does under "(a)".
      auto doubled = [](Node const& n) { return n.parts.size() == 1 && n.parts[0].size() == 2 && n.parts[0][0] == n.parts[0][1]; };
      bool shape_doubled = shape.parts.size() == 1 && shape.parts[0].size() == 2 && shape.parts[0][0] == shape.parts[0][1];
      // "a)" or "i." under a numbered entry ("2. … widersprechen." / "   a) …") nests in it.
      bool nest = (shape.style == NumberStyle::roman && open.style == NumberStyle::letter) ||
                  (shape_doubled && open.style == NumberStyle::letter && !doubled(open)) ||
                  (numbered_entry(open) && !(shape.indent + 1 < open.indent));
      if (!nest) stack_.pop_back();
      if (!nest && top_kind() == NodeKind::item && node(top()).style == NumberStyle::letter && shape.style == NumberStyle::letter &&
          !shape_doubled) {
        stack_.pop_back();
      }
    }
    int parent = top();
    int n = add_numbered(NodeKind::item, parent, shape, offset, end);
    Node& it = node(n);
    std::string letter = strip_marks(shape.number);
    std::string const& parent_id = node(parent).id;
    it.id = parent_id.empty() ? letter + ")" : parent_id + " " + letter + ")";
    append_text(n, text.substr(shape.text_begin), offset + static_cast<std::uint32_t>(shape.text_begin));
    push_capped(n);
    last_text_ = n;
  }

  void bullet(LineShape const& shape, std::string_view text, std::uint32_t offset, std::uint32_t end) {
    while (stack_.size() > 1) {
      Node const& t = node(top());
      // One column of difference is noise (" - a" vs "- b" across a page break), not nesting.
      if (t.kind == NodeKind::bullet) {
        if (shape.indent > t.indent + 1) break;
        stack_.pop_back();
      } else if (t.kind == NodeKind::list) {
        if (shape.indent + 1 >= t.indent) break;
        stack_.pop_back();
      } else if (t.kind == NodeKind::paragraph) {
        stack_.pop_back();
      } else {
        break;
      }
    }
    if (top_kind() != NodeKind::list) {
      int l = add(NodeKind::list, top(), offset, end);
      node(l).indent = shape.indent;
      if (node(l).depth >= Document::kMaxDepth) {
        doc_.depth_capped = true;
      } else {
        stack_.push_back(l);
      }
    }
    int n = add(NodeKind::bullet, top(), offset, end);
    node(n).indent = shape.indent;
    append_text(n, text.substr(shape.text_begin), offset + static_cast<std::uint32_t>(shape.text_begin));
    push_capped(n);
    last_text_ = n;
  }

  // 2: certainly a table of contents ("Inhaltsverzeichnis"); 1: perhaps ("Inhalt"); 0: no.
  static int toc_heading(std::string_view line) {
    std::string f = text_util::fold(line);
    while (!f.empty() && (f.back() == ':' || f.back() == '*' || f.back() == ' ')) f.pop_back();
    while (!f.empty() && (f.front() == '#' || f.front() == '*' || f.front() == ' ')) f.erase(f.begin());
    if (f == "inhaltsverzeichnis" || f == "inhaltsubersicht" || f == "table of contents") return 2;
    return f == "inhalt" || f == "contents" || f == "ubersicht" ? 1 : 0;
  }

  // The cells of a flattened table row: tab-separated (runs of tabs separate), or
  // "Firma | Leistung | Ort" with at least three cells and no Markdown frame (a Word table
  // saved as text). Empty when the line is neither.
  static std::vector<std::string_view> tab_cells(std::string_view line) {
    std::vector<std::string_view> cells;
    std::string_view body = text_util::trim(line);
    bool tabs = line.find('\t') != std::string_view::npos;
    if (!tabs) {
      if (body.empty() || body.front() == '|' || body.back() == '|') return cells;  // Markdown: the grammar's
      std::size_t pipes = 0;
      for (std::size_t at = body.find(" | "); at != std::string_view::npos; at = body.find(" | ", at + 3)) ++pipes;
      if (pipes < 2) return cells;
    }
    std::string_view sep = tabs ? "\t" : " | ";
    for (std::size_t at = 0; at < body.size();) {
      std::size_t cut = body.find(sep, at);
      std::string_view cell = text_util::trim(body.substr(at, cut == std::string_view::npos ? std::string_view::npos : cut - at));
      if (!cell.empty()) cells.push_back(cell);
      if (cut == std::string_view::npos) break;
      at = cut + sep.size();
      if (tabs) at = body.find_first_not_of('\t', cut);
      if (at == std::string_view::npos) break;
    }
    return cells;
  }

  void tab_row(std::vector<std::string_view> const& cells, std::string_view text, std::uint32_t offset,
               std::uint32_t end) {
    end_front();
    if (!tab_table_) {
      pop_while([](NodeKind k) { return k == NodeKind::bullet || k == NodeKind::list || k == NodeKind::paragraph; });
      table_ = add(NodeKind::table, top(), offset, end);
      tab_table_ = true;
    }
    Node& t = node(table_);
    t.span.end = end;
    // "----------- | ---------- | -----": the rule under a flattened table's header holds no row
    if (std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
          c = text_util::trim(c);
          return !c.empty() && c.find_first_not_of("-=:+") == std::string_view::npos;
        })) {
      return;
    }
    TableRow row;
    row.span = {offset, end};
    // The first row is a header when its cells read like column names (short, no digits, no sentence:
    // "Grundlage für Übermittlung in Drittländer" is one).
    row.header = t.rows.empty() && std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
      return c.size() <= 60 && std::count(c.begin(), c.end(), ' ') <= 6 && !(c.ends_with('.') && c.find(' ') != std::string_view::npos) &&
             c.find_first_of("0123456789") == std::string_view::npos;
    });
    for (std::string_view cell : cells) {
      auto b = offset + static_cast<std::uint32_t>(cell.data() - text.data());
      row.cells.emplace_back(cell);
      row.cell_spans.push_back({b, b + static_cast<std::uint32_t>(cell.size())});
    }
    t.rows.push_back(std::move(row));
    last_text_ = -1;
    previous_ = LineKind::table_row;
    blank_before_ = false;
  }

  void table_line(LineShape const& shape, std::string_view text, std::uint32_t offset, std::uint32_t end) {
    if (table_ < 0 || (previous_ != LineKind::table_row && previous_ != LineKind::table_separator)) {
      pop_while([](NodeKind k) { return k == NodeKind::bullet || k == NodeKind::list || k == NodeKind::paragraph; });
      table_ = add(NodeKind::table, top(), offset, end);
    }
    Node& t = node(table_);
    t.span.end = end;
    if (shape.kind == LineKind::table_separator) {
      if (t.rows.size() == 1) t.rows.front().header = true;
      return;
    }
    TableRow row;
    row.span = {offset, end};
    for (std::string_view cell : grammar::split_table_row(text)) {
      auto b = offset + static_cast<std::uint32_t>(cell.data() - text.data());
      row.cells.emplace_back(cell);
      row.cell_spans.push_back({b, b + static_cast<std::uint32_t>(cell.size())});
    }
    t.rows.push_back(std::move(row));
    last_text_ = -1;
  }

  // A one-line paragraph that reads like a title ("Haftung", "Rückgabe und Löschung"),
  // followed by a blank line and a capitalised line, is a heading, not a sentence
  // broken by a page break.
  bool becomes_heading(int n, std::string_view next_line) const {
    Node const& p = doc_.nodes[static_cast<std::size_t>(n)];
    std::string_view next = text_util::trim(next_line);
    if (p.kind != NodeKind::paragraph || p.pieces.size() != 1 || next.empty()) return false;
    unsigned char first = static_cast<unsigned char>(next.front());
    if (first >= 'a' && first <= 'z') return false;
    std::string_view t = text_util::trim(p.text);
    int words = 1 + static_cast<int>(std::count(t.begin(), t.end(), ' '));
    unsigned char own = static_cast<unsigned char>(t.front());
    if (!(words <= 8 && ends_mid_sentence(t) && !(own >= 'a' && own <= 'z') && t.find(',') == std::string_view::npos)) {
      return false;
    }
    // "Mündliche Weisungen werden" above "(i) …": a lead-in, not a title
    std::string last = text_util::fold(t.substr(t.find_last_of(' ') == std::string_view::npos ? 0 : t.find_last_of(' ') + 1));
    static constexpr std::string_view kOpen[] = {"werden", "wird", "sind", "ist", "wenn", "dass", "und", "oder",
                                                 "um", "zu", "bei", "fur", "von", "mit", "an", "auf", "die", "der"};
    return std::find(std::begin(kOpen), std::end(kOpen), last) == std::end(kOpen);
  }

  // A clause read as titled whose "title" is the first line of a hard-wrapped sentence:
  // it opens with an article ("Der Auftragnehmer …"), holds a comma, or the next line
  // goes on in lower case or with a bracket.
  static bool wrapped_title(Node const& n, std::string_view next_line) {
    if (n.kind != NodeKind::clause || n.heading.empty() || !n.text.empty()) return false;
    std::string_view next = text_util::trim(next_line);
    if (!next.empty() && ((next.front() >= 'a' && next.front() <= 'z') || next.front() == '(')) return true;
    if (n.heading.find(',') != std::string::npos) return true;
    auto words = text_util::words(n.heading, 0, 2);
    if (words.size() < 2) return false;
    std::string first = text_util::fold(words[0].text);
    return first == "der" || first == "die" || first == "das" || first == "ein" || first == "eine";
  }

  // "B.6 Rechte der betroffenen Personen" followed by "Der Dienstleister unterstützt …" on the
  // next line: the numbered line was the clause's title, not the start of its text. It reads as
  // a title (short, no closing punctuation, no article in front, no function word at the end,
  // no verb) and the next line starts a sentence — with a word that opens sentences, or after a
  // blank line, or as a line much longer than the title (a hard-wrapped sentence runs on at
  // its full width).
  bool title_above_text(Node const& n, std::string_view next_line) const {
    if (n.kind != NodeKind::clause || !n.heading.empty() || n.pieces.size() != 1 || n.style != NumberStyle::dotted ||
        (previous_ != LineKind::numbered && previous_ != LineKind::section_heading) || !titled(n)) {
      return false;
    }
    std::string_view next = text_util::trim(next_line);
    if (next.empty() || !(std::isupper(static_cast<unsigned char>(next.front())) ||
                          static_cast<unsigned char>(next.front()) == 0xC3)) {
      return false;
    }
    if (n.text.find(": ") != std::string::npos) return false;  // "2. Firma: Reißwolf GmbH": a labelled value
    auto title = text_util::words(n.text, 0, 12);
    if (title.empty() || title.size() > 8) return false;
    auto in = [](auto const& list, std::string const& w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
    if (in(kSentenceOpeners, text_util::fold(title.front().text)) || in(kFunctionEnds, text_util::fold(title.back().text))) {
      return false;
    }
    for (auto const& w : title) {
      if (in(kAuxiliaries, text_util::fold(w.text))) return false;
    }
    auto first = text_util::words(next, 0, 1);
    bool opens = !first.empty() && (in(kSentenceOpeners, text_util::fold(first[0].text)) ||
                                    in(kCapitalOpeners, text_util::fold(first[0].text)));
    return opens || blank_before_ || text_util::trim(n.text).size() * 2 < next.size();
  }

  // "1. Änderungen … bedürfen der Schriftform oder der" / (page break) / "elektronischen Form.": a
  // numbered line read as a title that breaks off on a function word, continued in lower case
  // after blank lines.
  static bool page_broken_title(Node const& n, std::string_view next_line) {
    std::string_view next = text_util::trim(next_line);
    if (n.heading.empty() || next.empty() || !(next.front() >= 'a' && next.front() <= 'z')) return false;
    auto words = text_util::words(n.heading, 0, 40);
    return !words.empty() && std::find(std::begin(kFunctionEnds), std::end(kFunctionEnds),
                                       text_util::fold(words.back().text)) != std::end(kFunctionEnds);
  }

  bool continues(int n, std::string_view line) const {
    Node const& prev = doc_.nodes[static_cast<std::size_t>(n)];
    if (prev.kind == NodeKind::clause && prev.text.empty() && !prev.heading.empty()) return true;
    if (prev.kind == NodeKind::bullet) {
      std::string_view t = text_util::trim(line);
      return !t.empty() && std::islower(static_cast<unsigned char>(t.front())) && ends_mid_sentence(prev.text);
    }
    // "e) Kontaktdaten der Nutzer\n\nKategorien betroffener Personen:": after a blank line, a short
    // capitalised label ending with a colon leads into a list of its own.
    // ("Kategorien betroffener Personen" without a colon, when entries follow it)
    std::string_view t = text_util::trim(line);
    LineKind after = grammar::classify_line(next_line_).kind;
    bool entries_follow = after == LineKind::item || after == LineKind::bullet || after == LineKind::blank;
    bool label = !t.empty() && (t.back() == ':' || (entries_follow && t.back() != '.' && t.back() != ',')) &&
                 std::isupper(static_cast<unsigned char>(t.front())) && text_util::words(t, 0, 9).size() <= 8;
    if (label && prev.kind == NodeKind::item) return false;
    // "6. Hörerdaten: …, Musikwünsche" / "Betroffene Personen" / "1. Abonnentinnen …": a short title over a
    // numbered list of its own, not the end of the last entry's text
    bool title_over_list = (after == LineKind::numbered || after == LineKind::section_heading) && !t.empty() && t.back() != '.' && t.back() != ',' &&
                           std::isupper(static_cast<unsigned char>(t.front())) && text_util::words(t, 0, 5).size() <= 4;
    if (title_over_list && prev.kind == NodeKind::clause) return false;
    // "Name: Elbflorenz Cloud GmbH / Leistung: … / Sitz: Dresden, Deutschland", a blank line, "Name: Corkbay
    // Analytics Ltd.": a block of fields that opens with the label the last block opened with is the next one
    if (std::string_view own = field_label(t); !own.empty() && own == field_label(prev.text)) return false;
    return (prev.kind == NodeKind::clause || prev.kind == NodeKind::item || prev.kind == NodeKind::paragraph) &&
           ends_mid_sentence(prev.text);
  }

  // The field label a line opens with ("Name" in "Name: Elbflorenz Cloud GmbH"): up to three words
  // before a colon; "" if none.
  static std::string_view field_label(std::string_view line) {
    std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 30) return {};
    std::string_view label = line.substr(0, colon);
    if (std::count(label.begin(), label.end(), ' ') > 2 || !std::isupper(static_cast<unsigned char>(label.front()))) return {};
    return label;
  }

  // "9.2 Die Agentur unterstützt … namentlich\n(a) …,\n(d) …,\n\njeweils jedoch nur, soweit …":
  // a lower-case paragraph after a list that ends mid-sentence closes the sentence of the
  // list's lead-in, not the last entry's. Returns the lead-in node, or -1.
  int list_lead_in(int last, std::string_view line) const {
    std::string_view t = text_util::trim(line);
    Node const& entry = node_const(last);
    if (t.empty() || !std::islower(static_cast<unsigned char>(t.front())) ||
        (entry.kind != NodeKind::item && entry.kind != NodeKind::bullet) || !ends_mid_sentence(entry.text)) {
      return -1;
    }
    for (int p = entry.parent; p > 0; p = node_const(p).parent) {
      Node const& up = node_const(p);
      if (up.kind == NodeKind::list) continue;
      std::string_view lead = text_util::trim(up.text);
      bool opens = !lead.empty() && (lead.back() == ':' || ends_mid_sentence(lead));
      bool holder = up.kind == NodeKind::clause || up.kind == NodeKind::paragraph || up.kind == NodeKind::item ||
                    up.kind == NodeKind::bullet;
      return holder && opens ? p : -1;
    }
    return -1;
  }

  // "Rückgabe und Löschung" standing alone before the next line: an unnumbered heading.
  void promote_title_line(std::string_view next_line) {
    if (!blank_before_ || last_text_ < 0 || !becomes_heading(last_text_, next_line)) return;
    NodeKind holder = node(node(last_text_).parent).kind;  // not "Parteien" above "1. Brunnen e.V."
    if (holder == NodeKind::parties || holder == NodeKind::preamble || holder == NodeKind::title) return;
    int n = last_text_;
    last_text_ = -1;
    Node& h = node(n);
    h.kind = NodeKind::subheading;
    h.heading = h.text;
    h.heading_span = {h.span.begin, h.span.begin + static_cast<std::uint32_t>(h.text.size())};
    h.text.clear();
    h.pieces.clear();
    // placed like any sub-heading: beside an open one ("Weisungen", then "Vertraulichkeit"), not under it
    auto& siblings = node(h.parent).children;
    if (siblings.empty() || siblings.back() != n) return;
    siblings.pop_back();
    if (stack_.back() == n) stack_.pop_back();
    pop_to_section_like();
    if (top_kind() == NodeKind::subheading) stack_.pop_back();
    Node& moved = node(n);
    moved.parent = top();
    moved.depth = node(top()).depth + 1;
    node(top()).children.push_back(n);
    push_capped(n);
  }

  void plain(LineShape const& shape, std::string_view text, std::uint32_t offset, std::uint32_t end) {
    std::string_view content = text.substr(shape.text_begin);
    auto content_offset = offset + static_cast<std::uint32_t>(shape.text_begin);
    if (title_tail_of_ >= 0 && previous_ == LineKind::section_heading && !blank_before_) {
      Node& section = node(title_tail_of_);  // "6. Rechte und Pflichten des" / "Auftraggebers"
      std::string_view tail = text_util::trim(content);
      section.heading.append(hyphen_tail_ ? "" : " ").append(tail);
      hyphen_tail_ = false;
      section.heading_span.end = content_offset + static_cast<std::uint32_t>(content.find(tail) + tail.size());
      title_tail_of_ = -1;
      return;
    }
    title_tail_of_ = -1;
    hyphen_tail_ = false;
    if (front_) {
      front_line(content, content_offset, end);
      return;
    }
    // "-----Ursprüngliche Nachricht-----" in a reply: the quoted message is a text of its own (with its
    // own header, salutation and party phrases), not the signature or closing of the reply above it
    if (quoted_message_separator(content)) {
      stack_.resize(1);
      signature_ = -1;
      int t = add(NodeKind::title, 0, offset, end);
      node(t).heading = std::string(text_util::trim(content));
      node(t).heading_span = {content_offset, end};
      last_text_ = -1;
      return;
    }
    bool in_annex = annex_of_stack() >= 0;
    // "e) Auftragsdaten: …, Ansprechpartner beim Empfänger,\n   Unterschrift des Empfängers …": a line
    // that goes on with a sentence broken off at a comma is no signature line
    bool continues_comma = !blank_before_ && last_text_ >= 0 && text_util::trim(node_const(last_text_).text).ends_with(',');
    if (signature_line(content) && !in_annex && !continues_comma) {
      if (signature_ < 0) {
        stack_.resize(1);
        signature_ = add(NodeKind::signature, 0, offset, end);
        stack_.push_back(signature_);
      }
      int p = add(NodeKind::paragraph, signature_, content_offset, end);
      append_text(p, content, content_offset);
      last_text_ = -1;
      return;
    }
    promote_title_line(content);
    // an amendment agreement appended after the annexes starts a text of its own, with its own title
    if (blank_before_ && annex_of_stack() >= 0 && opens_main_text(content)) {
      stack_.resize(1);
      int t = add(NodeKind::title, 0, offset, end);
      node(t).heading = std::string(text_util::trim(content));
      node(t).heading_span = {content_offset, end};
      last_text_ = -1;
      return;
    }
    if (last_text_ >= 0 && blank_before_ && signature_ < 0) {
      if (int lead = list_lead_in(last_text_, content); lead >= 0) {
        append_text(lead, content, content_offset);
        return;
      }
    }
    if (last_text_ >= 0 && ((!blank_before_ && previous_ != LineKind::table_row) || continues(last_text_, content))) {
      if (title_above_text(node_const(last_text_), content)) {
        Node& c = node(last_text_);  // "B.6 Rechte der betroffenen Personen\nDer Dienstleister unterstützt …"
        c.heading = std::move(c.text);
        c.heading_span = {c.pieces.front().source_offset, c.pieces.front().source_offset + static_cast<std::uint32_t>(c.heading.size())};
        c.text.clear();
        c.pieces.clear();
      } else if ((!blank_before_ || page_broken_title(node_const(last_text_), content)) &&
                 wrapped_title(node_const(last_text_), content)) {
        Node& c = node(last_text_);  // "4. Der Auftragnehmer schließt …, der diesem dieselben\nDatenschutzpflichten …"
        std::string title = std::move(c.heading);
        c.heading.clear();
        append_text(last_text_, title, c.heading_span.begin);
        c.heading_span = {};
      }
      append_text(last_text_, content, content_offset);
      return;
    }
    if (signature_ >= 0) {
      int p = add(NodeKind::paragraph, signature_, content_offset, end);
      append_text(p, content, content_offset);
      return;
    }
    // A paragraph after a clause's items ("… (a) …, (b) ….\n\nMündliche Weisungen werden …")
    // still belongs to that clause, until the next numbered clause.
    pop_while([](NodeKind k) { return k == NodeKind::item || k == NodeKind::bullet || k == NodeKind::list ||
                                      k == NodeKind::paragraph; });
    if (top_kind() != NodeKind::clause || node(top()).children.empty()) pop_to_section_like();
    int p = add(NodeKind::paragraph, top(), content_offset, end);
    append_text(p, content, content_offset);
    stack_.push_back(p);
    last_text_ = p;
  }

  // "Gegenstand der Vereinbarung" read into the party block, then the first long sentence of the body:
  // the line was the body's first title (a contract whose numbering got lost). Makes it a subheading
  // of the document and returns it, or -1.
  int unnumbered_title_before() {
    if (last_text_ < 0 || parties_ < 0) return -1;
    Node& n = node(last_text_);
    std::string_view t = text_util::trim(n.text);
    bool title = n.kind == NodeKind::paragraph && n.parent == parties_ && n.pieces.size() == 1 && !t.empty() &&
                 t.size() <= 60 && std::string_view(".:;,").find(t.back()) == std::string_view::npos &&
                 (std::isupper(static_cast<unsigned char>(t.front())) || static_cast<unsigned char>(t.front()) == 0xC3) &&
                 std::count(t.begin(), t.end(), ' ') <= 6 && t.find_first_of("0123456789@") == std::string_view::npos &&
                 !names_company(t) && !names_a_party(t) && !parties_word(t);
    if (!title) return -1;
    auto& siblings = node(parties_).children;
    siblings.erase(std::find(siblings.begin(), siblings.end(), last_text_));
    node(0).children.push_back(last_text_);
    n.parent = 0;
    n.depth = 1;
    n.kind = NodeKind::subheading;
    n.heading = std::string(t);
    n.heading_span = {n.pieces.front().source_offset, n.pieces.front().source_offset + static_cast<std::uint32_t>(t.size())};
    n.text.clear();
    n.pieces.clear();
    return last_text_;
  }

  void front_line(std::string_view content, std::uint32_t offset, std::uint32_t end) {
    // A long sentence is contract text, not a party block: the body has begun even
    // though no numbered heading announced it.
    std::string_view t = text_util::trim(content);
    // "**Gegenstand.** Der Auftragnehmer betreibt …": a paragraph with a bold run-in title is a
    // provision of the body (party labels run in with a colon: "**Auftraggeber:** …")
    std::size_t bold_end = t.size() > 4 && t.substr(0, 2) == "**" ? t.find("**", 2) : std::string_view::npos;
    bool run_in_title = bold_end != std::string_view::npos && bold_end <= 64 && t[bold_end - 1] == '.' &&
                        bold_end + 2 < t.size();
    // "… schließen die folgende Vereinbarung." closes the party block; "Gegenstand – Der Auftragnehmer …",
    // "Dauer. Die Vereinbarung gilt …": a paragraph opening with a run-in title is a provision of the body
    bool after_closing_formula = blank_before_ && last_text_ >= 0 && parties_ >= 0 && node(last_text_).parent == parties_ &&
                                 closes_party_block(node(last_text_).text);
    if (title_seen_ && ((t.size() > 200 && (t.back() == '.' || t.back() == ':')) || (run_in_title && blank_before_) ||
                        after_closing_formula || (blank_before_ && prose_run_in_title(t)))) {
      int title = blank_before_ ? unnumbered_title_before() : -1;
      end_front();
      pop_to_section_like();
      if (title >= 0) stack_.push_back(title);
      int p = add(NodeKind::paragraph, top(), offset, end);
      append_text(p, content, offset);
      stack_.push_back(p);
      last_text_ = p;
      return;
    }
    if (!title_seen_) {
      int n = add(NodeKind::title, 0, offset, end);
      node(n).heading = std::string(text_util::trim(content));
      node(n).heading_span = {offset, end};
      title_seen_ = true;
      return;
    }
    if (preamble_word(content)) {
      preamble_ = add(NodeKind::preamble, 0, offset, end);
      node(preamble_).heading = std::string(text_util::trim(content));
      node(preamble_).heading_span = {offset, end};
      last_text_ = -1;
      return;
    }
    int holder = preamble_;
    if (holder < 0) {
      if (parties_ < 0) parties_ = add(NodeKind::parties, 0, offset, end);
      holder = parties_;
    }
    if (last_text_ >= 0 && !blank_before_ && node(last_text_).parent == holder) {
      append_text(last_text_, content, offset);
    } else {
      int p = add(NodeKind::paragraph, holder, offset, end);
      append_text(p, content, offset);
      last_text_ = p;
    }
    node(holder).span.end = end;
  }
};

// Children always follow their parent in the vector: one backward pass
// extends every parent's span over its children.
void close_spans(Document& doc) {
  for (std::size_t i = doc.nodes.size(); i-- > 1;) {
    Node& n = doc.nodes[i];
    Node& parent = doc.nodes[static_cast<std::size_t>(n.parent)];
    parent.span.end = std::max(parent.span.end, n.span.end);
    parent.span.begin = std::min(parent.span.begin, n.span.begin);
  }
}


void scan_texts(Document& doc) {
  for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    // "| 9 | Meldung | Der AN meldet … binnen 10 Arbeitstagen … |": periods in a table's rows
    // (read in the source, which a row's span addresses directly)
    for (auto const& row : n.rows) {
      if (row.header) continue;
      std::string_view line = std::string_view(doc.source.text).substr(row.span.begin, row.span.end - row.span.begin);
      for (auto& m : grammar::scan_inline(line)) {
        if (!m.period) continue;
        Span span{row.span.begin + static_cast<std::uint32_t>(m.begin), row.span.begin + static_cast<std::uint32_t>(m.end)};
        doc.periods.push_back({static_cast<int>(i), span, std::move(*m.period)});
      }
    }
    if (n.text.empty()) continue;
    for (auto& m : grammar::scan_inline(n.text)) {
      Span span = map_span(n, m.begin, m.end);
      if (m.citation) {
        doc.citations.push_back({static_cast<int>(i), span, std::move(*m.citation)});
      } else if (m.reference) {
        doc.references.push_back({static_cast<int>(i), span, std::move(*m.reference), -1});
      } else if (m.period) {
        doc.periods.push_back({static_cast<int>(i), span, std::move(*m.period)});
      }
    }
  }
}

// A reference followed by "des/der/zum/zur …" and the name of another document
// ("Ziffer 7 des Hauptvertrags", "§ 126a des Bürgerlichen Gesetzbuchs", "Anlage 31b zum
// Bundesmantelvertrag") points outside this contract. Words naming this contract
// itself ("dieses Vertrags", "der Vereinbarung") keep it internal.
// Where a reference ends in its node's running text (0 when it cannot be mapped).
std::size_t reference_text_end(Document const& doc, Reference const& r) {
  Node const& n = doc.nodes[static_cast<std::size_t>(r.from)];
  for (std::size_t k = 0; k < n.pieces.size(); ++k) {
    std::size_t piece_end = k + 1 < n.pieces.size() ? n.pieces[k + 1].text_offset : n.text.size();
    std::size_t len = piece_end - n.pieces[k].text_offset;
    if (r.span.end >= n.pieces[k].source_offset && r.span.end <= n.pieces[k].source_offset + len) {
      return n.pieces[k].text_offset + (r.span.end - n.pieces[k].source_offset);
    }
  }
  return 0;
}

// "Ziffer 12 der Vereinbarung zur Auftragsverarbeitung gemäß Anlage 3", "Anlage 1
// einschließlich Ziffer 9": the annex named right after or just before the reference, or "".
// The words of the reference's node before the reference itself.
std::vector<text_util::Word> words_before_reference(Document const& doc, Reference const& r, std::size_t text_end) {
  Node const& n = doc.nodes[static_cast<std::size_t>(r.from)];
  std::size_t label_begin = text_end >= r.ref.label.size() ? text_end - r.ref.label.size() : 0;
  return text_util::words(std::string_view(n.text).substr(0, label_begin), 0, 1000);
}

std::string annex_named_after(Document const& doc, Reference const& r) {
  Node const& n = doc.nodes[static_cast<std::size_t>(r.from)];
  std::size_t text_end = reference_text_end(doc, r);
  if (text_end == 0) return {};
  auto before = words_before_reference(doc, r, text_end);
  for (std::size_t w = before.size() >= 4 ? before.size() - 4 : 0; w + 1 < before.size(); ++w) {
    std::string f = text_util::fold(before[w].text);
    if (f == "anlage" || f == "anhang") return "Anlage " + std::string(before[w + 1].text);  // (annex ids read "Anlage N")
  }
  auto next = text_util::words(n.text, text_end, 8);
  for (std::size_t w = 0; w + 1 < next.size(); ++w) {
    std::size_t from = w == 0 ? text_end : next[w - 1].begin + next[w - 1].text.size();
    if (std::string_view(n.text).substr(from, next[w].begin - from).find_first_of(".;") != std::string_view::npos) break;
    std::string f = text_util::fold(next[w].text);
    if (f == "anlage" || f == "anhang") return "Anlage " + std::string(next[w + 1].text);
  }
  return {};
}

// "Abschnitt VII Ziff. 4": the section a clause reference names right before it ("VII"), or "".
std::string section_named_before(Document const& doc, Reference const& r) {
  std::size_t text_end = reference_text_end(doc, r);
  if (text_end == 0) return {};
  auto before = words_before_reference(doc, r, text_end);
  if (before.size() < 2) return {};
  std::string word = text_util::fold(before[before.size() - 2].text);
  if (word != "abschnitt" && word != "teil" && word != "kapitel") return {};
  return std::string(before.back().text);
}

bool points_elsewhere(Document const& doc, Reference const& r, bool incorporates_scc) {
  Node const& n = doc.nodes[static_cast<std::size_t>(r.from)];
  // "Anlage 2 ist um Abschnitt I ergänzt": a roman-numbered part that is not one of this document's
  // sections belongs to whatever the sentence names beside it
  if (r.ref.target == grammar::CrossReference::Target::clause && !r.ref.id.empty() &&
      r.ref.id.find_first_not_of("IVXL") == std::string::npos) {
    return true;
  }
  std::size_t text_end = reference_text_end(doc, r);
  if (text_end == 0) return false;
  // "Klausel 17 der Standardvertragsklauseln", "Anhang II der SCC", "Für Klausel 7.7 gilt
  // Option 2" in a contract that takes over the standard clauses: clauses and annexes of
  // the Commission's standard contractual clauses, not of this contract.
  if (r.ref.label.rfind("Klausel", 0) == 0 || r.ref.label.rfind("Clause", 0) == 0 ||
      r.ref.label.rfind("Anhang", 0) == 0 || r.ref.label.rfind("Annex", 0) == 0) {
    std::string folded = text_util::fold(n.text);
    bool clause = r.ref.label.rfind("Klausel", 0) == 0 || r.ref.label.rfind("Clause", 0) == 0;
    if ((incorporates_scc && clause) || folded.find("standardvertragsklausel") != std::string::npos ||
        folded.find("scc") != std::string::npos || folded.find("2021/914") != std::string::npos ||
        folded.find("standard contractual") != std::string::npos) {
      return true;
    }
  }
  // "Dieser Anhang B ist Bestandteil der AGB": the document naming itself.
  std::size_t label_begin = text_end >= r.ref.label.size() ? text_end - r.ref.label.size() : 0;
  auto before = text_util::words(std::string_view(n.text).substr(0, label_begin), 0, 1000);
  if (!before.empty()) {
    std::string b = text_util::fold(before.back().text);
    if (b == "dieser" || b == "diese" || b == "diesem" || b == "dieses" || b == "vorliegende" || b == "vorliegender") {
      return true;
    }
    // "Nach Ziffer 3.3 wird folgende Ziffer 3.4 angefügt": a clause an amendment creates.
    if (b == "folgende" || b == "folgender" || b == "neue" || b == "neuer") return true;
  }
  // "Teil A, Ziffer 12" where this document has no part A: a clause of another part of the contract.
  if (before.size() >= 2 && text_util::fold(before[before.size() - 2].text) == "teil") {
    std::string part = "Teil " + std::string(before.back().text);
    bool here = std::any_of(doc.nodes.begin(), doc.nodes.end(), [&](Node const& k) { return k.is_part() && k.number == part; });
    if (!here) return true;
  }
  auto next = text_util::words(n.text, text_end, 6);
  // "§ 62a StBerG", "§§ 39 ff. KDG": a law's abbreviation (two or more capitals) follows.
  for (auto const& w : next) {
    std::string f = text_util::fold(w.text);
    if (f == "ff" || f == "f" || f == "abs" || f == "absatz" || f == "satz" || f == "s" || f == "nr" || f == "lit" ||
        f == "alt" || f == "alternative" || f == "var" || f == "hs" || f == "halbsatz" || f == "uabs" || f == "buchst" ||
        f == "und" || f == "bis" || f == "sowie" || f == "oder" ||  // "§ 69 Abs. 1 Nr. 1 und 3 MsbG"
        std::all_of(f.begin(), f.end(), [](char c) { return (c >= '0' && c <= '9') || c == 'a' || c == 'b'; })) {
      continue;
    }
    int capitals = static_cast<int>(std::count_if(w.text.begin(), w.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    if (capitals >= 2 && w.text.size() <= 12) return true;
    // "§ 14 Abs. 1 Hinweisgeberschutzgesetz", "§ 80 Zehntes Sozialgesetzbuch", "§ 80 Zehntes Buch
    // Sozialgesetzbuch": a law named in full, within its first three words.
    std::size_t at = static_cast<std::size_t>(&w - next.data());
    for (std::size_t k2 = at; k2 < next.size() && k2 < at + 3; ++k2) {
      std::string name = text_util::fold(next[k2].text);
      for (std::string_view law : {"gesetz", "gesetzes", "gesetzbuch", "gesetzbuchs", "gesetzbuches", "verordnung", "ordnung"}) {
        if (name.size() > law.size() && name.compare(name.size() - law.size(), law.size(), law) == 0) return true;
      }
      if (k2 == at && name != "zehntes" && name != "erstes" && name != "zweites" && name != "drittes" && name != "viertes" &&
          name != "funftes" && name != "sechstes" && name != "siebtes" && name != "achtes" && name != "neuntes" &&
          name != "elftes" && name != "zwolftes") {
        break;  // only an ordinal "Zehntes Buch" may stand before the law's name
      }
    }
    break;
  }
  // "§§ 31 ff. des Straßenverkehrsgesetzes": past the paragraph and sentence marks, an article and a name.
  std::size_t k = 0;
  while (k < next.size()) {
    std::string f = text_util::fold(next[k].text);
    bool mark = f == "ff" || f == "f" || f == "abs" || f == "absatz" || f == "satz" || f == "s" || f == "nr" || f == "lit" ||
                f == "alt" || std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!mark) break;
    ++k;
  }
  if (next.size() < k + 2) return false;
  std::string article = text_util::fold(next[k].text);
  // "Section 57 of the Tax Consultancy Act", "Section 26 of the Federal Data Protection Act": a law in English
  if (article == "of") {
    for (std::size_t k2 = k + 1; k2 < next.size() && k2 <= k + 6; ++k2) {
      std::string w = text_util::fold(next[k2].text);
      if (w == "this" || w == "agreement" || w == "annex" || w == "schedule") return false;
      if (w == "act" || w == "code" || w == "regulation" || w == "law" || w == "gdpr") return true;
    }
    return false;
  }
  if (article != "des" && article != "der" && article != "dem" && article != "zum" && article != "zur" && article != "im")
    return false;
  std::string name = text_util::fold(next[k + 1].text);
  // "§ 203 des deutschen Strafgesetzbuches": an adjective before the law's name
  for (std::size_t k2 = k + 1; k2 < next.size() && k2 <= k + 3; ++k2) {
    std::string w = text_util::fold(next[k2].text);
    for (std::string_view law : {"gesetzbuch", "gesetzbuchs", "gesetzbuches", "gesetzes", "gesetz", "verordnung"}) {
      if (w.size() > law.size() && w.compare(w.size() - law.size(), law.size(), law) == 0) return true;
    }
  }
  static char const* const kThis[] = {"dieses", "dieser", "diesem", "vorliegenden", "vertrags", "vertrages", "vertrag",
                                      "vereinbarung", "avv", "anlage", "anhang"};
  for (char const* w : kThis) {
    if (name == w) return false;
  }
  unsigned char first = static_cast<unsigned char>(next[k + 1].text.front());
  return (first >= 'A' && first <= 'Z') || first >= 0xC3;  // a capitalised name of another document or law
}

void resolve_references(Document& doc) {
  // A contract that takes over the standard contractual clauses of 2021/915 or 2021/914.
  std::string_view src = doc.source.text;
  bool scc = src.find("2021/915") != std::string_view::npos || src.find("2021/914") != std::string_view::npos;
  std::unordered_map<std::string, int> by_id;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    auto const& id = doc.nodes[i].id;
    if (!id.empty()) by_id.emplace(id, static_cast<int>(i));
  }
  auto find = [&](std::string const& id) {
    auto it = by_id.find(id);
    return it == by_id.end() ? -1 : it->second;
  };
  // Clauses numbered straight through the sections ("V. Vertraulichkeit", "17. …" read as "V Nr. 17"):
  // "Ziffer 17" is the one clause "17." of the document, when only one has that number.
  std::unordered_map<std::string, int> by_number;
  for (std::size_t i = 1; i < doc.nodes.size(); ++i) {
    Node const& n = doc.nodes[i];
    if (n.kind != NodeKind::clause || n.style != NumberStyle::dotted || n.parts.size() != 1) continue;
    auto [it, added] = by_number.emplace(n.parts[0], static_cast<int>(i));
    if (!added) it->second = -1;
  }
  // A contract copied out of Word with its automatic numbering lost: no section or clause shows a number,
  // yet the text still says "gemäß Ziffer 7" — the seventh title of the main text.
  std::vector<int> unnumbered_titles;
  bool numbered = std::any_of(doc.nodes.begin(), doc.nodes.end(), [](Node const& n) {
    return (n.kind == NodeKind::section || n.kind == NodeKind::clause) && !n.id.empty();
  });
  if (!numbered) {
    for (int c : doc.nodes.front().children) {
      if (doc.nodes[static_cast<std::size_t>(c)].kind == NodeKind::subheading) unnumbered_titles.push_back(c);
    }
  }
  std::string const para = "\xC2\xA7 ";
  for (auto& r : doc.references) {
    std::string const& id = r.ref.id;
    int t = find(id);
    if (t < 0 && !unnumbered_titles.empty() && r.ref.target == grammar::CrossReference::Target::clause) {
      int nth = std::atoi(id.c_str());
      if (nth >= 1 && id.find_first_not_of("0123456789") == std::string::npos &&
          static_cast<std::size_t>(nth) <= unnumbered_titles.size()) {
        t = unnumbered_titles[static_cast<std::size_t>(nth - 1)];
      }
    }
    if (t < 0 && id.rfind(para, 0) == 0) t = find(id.substr(para.size()));      // "§ 4" -> section "4"
    if (t < 0 && id.rfind(para, 0) != 0 && r.ref.target == grammar::CrossReference::Target::clause) {
      t = find(para + id);                                                          // "Ziffer 4" -> "§ 4"
    }
    if (t < 0) {  // "§ 4 (2)" written as "4.2" and the reverse
      auto open = id.find(" (");
      if (open != std::string::npos && id.back() == ')') {
        std::string base = id.substr(0, open), sub = id.substr(open + 2, id.size() - open - 3);
        t = find(base + " Nr. " + sub);  // "§ 8 Abs. 1" where § 8 numbers its paragraphs "1.", "2."
        if (base.rfind(para, 0) == 0) base = base.substr(para.size());
        if (t < 0) t = find(base + "." + sub);
      }
    }
    // "Ziffer 10" inside an annex that is itself a numbered agreement ("Anlage 3 –
    // Vereinbarung zur Auftragsverarbeitung", clauses "Anlage 3 Nr. 10"): its own clause.
    for (int a = r.from; t < 0 && a > 0; a = doc.nodes[static_cast<std::size_t>(a)].parent) {
      Node const& holder = doc.nodes[static_cast<std::size_t>(a)];
      if (holder.kind != NodeKind::annex) continue;
      std::string bare = id.rfind(para, 0) == 0 ? id.substr(para.size()) : id;
      t = find(holder.id + " Nr. " + bare);
      break;
    }
    if (t < 0 && r.ref.target == grammar::CrossReference::Target::clause && id.rfind(para, 0) != 0) {
      auto it = by_number.find(id);
      if (it != by_number.end()) t = it->second;
      // "Ziffer 7.5" for the fifth entry "5." under section "7." (a Markdown list nested by indentation)
      if (std::size_t dot = id.find('.'); t < 0 && dot != std::string::npos && id.find('.', dot + 1) == std::string::npos) {
        t = find(id.substr(0, dot) + " Nr. " + id.substr(dot + 1));
      }
    }
    if (t < 0 && r.ref.target == grammar::CrossReference::Target::clause) {
      std::string section = section_named_before(doc, r);
      if (!section.empty()) t = find(section + " Nr. " + id);
      if (t < 0 && !section.empty()) t = find(section + "." + id);
    }
    // "Ziff. 2" inside "VII. Unterauftragsverarbeiter" whose clauses are numbered "1.", "2.": a sibling clause
    for (int a = r.from; t < 0 && a > 0 && r.ref.target == grammar::CrossReference::Target::clause && id.rfind(para, 0) != 0;
         a = doc.nodes[static_cast<std::size_t>(a)].parent) {
      Node const& holder = doc.nodes[static_cast<std::size_t>(a)];
      if (holder.kind != NodeKind::section || holder.id.empty()) continue;
      t = find(holder.id + " Nr. " + id);
      break;
    }
    if (t < 0) {
      std::string annex = annex_named_after(doc, r);
      if (!annex.empty()) t = find(annex + " Nr. " + (id.rfind(para, 0) == 0 ? id.substr(para.size()) : id));
    }
    r.target = t;
  }
  doc.references.erase(std::remove_if(doc.references.begin(), doc.references.end(),
                                      [&](Reference const& r) { return r.target < 0 && points_elsewhere(doc, r, scc); }),
                       doc.references.end());
}

std::string detect_language(std::string_view text) { return text_util::language_of(text.substr(0, std::min<std::size_t>(text.size(), 40000))); }

}  // namespace

Document build_document(SourceText source) {
  Document doc;
  doc.source = std::move(source);
  doc.nodes.reserve(doc.source.lines.line_count() / 2 + 8);
  Builder(doc).run();
  close_spans(doc);
  scan_texts(doc);
  resolve_references(doc);
  read_definitions(doc);
  doc.language = detect_language(doc.source.text);
  return doc;
}

}  // namespace avvlint
