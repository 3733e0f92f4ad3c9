// The document model: a contract as a clause tree over its source text.
//
// Nodes live in one flat vector (index 0 is the document root) and point to their
// parent and children by index. That keeps deep or huge documents cheap (no
// recursion to build or destroy) and lets the graph code use indices as vertices.
// Every node knows its source span; running text that was joined from several
// lines (line wraps, page breaks) keeps a map back to the source offsets.
#pragma once

#include <avvlint/grammar.hpp>
#include <avvlint/source.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace avvlint {

struct Span {
  std::uint32_t begin = 0, end = 0;  // byte offsets into SourceText::text
};

enum class NodeKind {
  document,
  title,
  parties,     // the party block (who contracts with whom, defined terms)
  preamble,
  section,     // "1. Gegenstand", "§ 4 Pflichten", "## 3 …"
  clause,      // "8.2 …", "(2) …", "1. Der … folgende:" (a numbered provision)
  item,        // "a) …", "(i) …"
  list,        // a run of bullets (blank lines inside do not end it)
  bullet,
  paragraph,   // unnumbered running text
  subheading,  // "**Zutrittskontrolle**", an unnumbered Markdown heading
  table,
  annex,       // "Anlage 3 – …"
  signature    // places, dates, signature lines
};

char const* to_string(NodeKind kind);

// One piece of joined text: text[text_offset…] came from source[source_offset…].
struct TextPiece {
  std::uint32_t text_offset = 0;
  std::uint32_t source_offset = 0;
};

struct TableRow {
  Span span;
  std::vector<std::string> cells;
  std::vector<Span> cell_spans;
  bool header = false;
};

struct Node {
  NodeKind kind = NodeKind::paragraph;
  int parent = -1;
  std::vector<int> children;
  int depth = 0;
  std::string number;   // as written: "8.2", "§ 4", "(2)", "a)", "Anlage 3"
  std::string id;       // normalised: "8.2", "§ 4 (2)", "Anlage 3", "Anlage 1 Nr. 5"; empty if unnumbered
  std::vector<std::string> parts;  // number components
  grammar::NumberStyle style = grammar::NumberStyle::none;
  std::string heading;  // title of a section/annex/subheading
  Span heading_span;
  std::string text;     // running text of this node alone (not its children)
  std::vector<TextPiece> pieces;  // maps `text` back to the source
  Span span;            // the whole node, children included
  int indent = 0;
  std::vector<TableRow> rows;  // tables only

  std::uint32_t source_offset(std::size_t text_offset) const;  // text offset -> source offset
  // A part ("Teil I", "TEIL A") groups sections and may number its paragraphs straight through.
  bool is_part() const {
    return kind == NodeKind::section && (number.rfind("Teil", 0) == 0 || number.rfind("TEIL", 0) == 0);
  }
};

// A term the parties define ("im Folgenden: Auftraggeber").
struct Definition {
  std::string term;
  std::string role;  // "controller", "processor" or "" when unclear
  Span span;
  int alias_of = -1;  // index of the definition this term is another name for ("„Fahrschule“ oder „Sie“")
};

// A cross reference found in running text, with its resolved target.
struct Reference {
  int from = -1;   // node holding the reference
  Span span;
  grammar::CrossReference ref;
  int target = -1;  // node index, -1 when it does not resolve
};

struct Citation {
  int from = -1;
  Span span;
  grammar::Citation citation;
};

struct PeriodMention {
  int from = -1;
  Span span;
  grammar::Period period;
};

struct Document {
  SourceText source;
  std::string language = "de";  // "de" or "en", detected from the text
  std::vector<Node> nodes;      // nodes[0] is the document root
  std::vector<Definition> definitions;
  std::vector<Reference> references;
  std::vector<Citation> citations;
  std::vector<PeriodMention> periods;
  bool depth_capped = false;    // nesting deeper than kMaxDepth was flattened

  static constexpr int kMaxDepth = 48;

  Node const& root() const { return nodes.front(); }
  // The nearest numbered ancestor-or-self id ("8.2", "Anlage 3"); "" at top level.
  std::string clause_id(int node) const;
  // The innermost node whose span contains the source offset (never the root when another fits).
  int node_at(std::uint32_t offset) const;
  // Is `node` the subtree root `ancestor` itself or inside it?
  bool within(int node, int ancestor) const;
};

// Builds the clause tree and runs the inline grammars over every node's text.
Document build_document(SourceText source);

}  // namespace avvlint
