// .docx → text: word/document.xml walked in document order, as Word shows it.
//
// What comes out, paragraph by paragraph (a blank line between paragraphs, a line
// break inside one where Word has w:br):
//  * automatic numbers resolved to the labels Word shows ("8.2 ", "(a) ", "• "),
//    from w:numPr or the paragraph style (docx_numbering.cpp); list levels below
//    the first are indented unless their label already shows the depth ("%1.%2");
//  * tables as Markdown pipe tables (one row per line, a separator after the
//    first row); one-column tables are layout boxes and come out as paragraphs;
//  * tracked changes in their accepted state: w:ins and w:moveTo kept, w:del and
//    w:moveFrom dropped, deleted paragraph marks joining paragraphs; each
//    revision is counted so that a check can say the file has unaccepted changes;
//  * a wholly bold, heading-like paragraph as **…**, so headings are recognised
//    (from the first numbered paragraph on: a bold title or party name is none).
// What stays out: headers, footers, footnotes and comments (other parts, never
// read), comment anchors, field instructions (w:instrText, fldSimple/@w:instr)
// and the generated entries of a table of contents, hidden (w:vanish) text,
// drawings and text boxes.
#include "docx_numbering.hpp"
#include "docx_styles.hpp"
#include "docx_xml.hpp"
#include "extract.hpp"
#include "../model/text_util.hpp"
#include "zip_archive.hpp"

#include <pugixml.hpp>

#include <vector>

namespace avvlint::extract {

namespace {

constexpr int kMaxDepth = 64;  // nesting of tables, content controls and inline wrappers
constexpr std::uint64_t kMaxSidePart = 16u * 1024u * 1024u;  // styles.xml, numbering.xml

struct Block {
  std::string text;
  bool table = false;
};

// A field (w:fldChar begin … separate … end): its instruction is never text; the
// result is, except for a table of contents, whose entries repeat the headings.
struct Field {
  bool instruction = true;
  std::string code;
  bool hide_result = false;
};

bool code_hides_result(std::string_view code) {
  while (!code.empty() && code.front() == ' ') code.remove_prefix(1);
  return code.substr(0, 3) == "TOC" || code.substr(0, 5) == "INDEX";
}

bool heading_like(std::string_view s) {
  if (s.empty() || s.size() > 140 || s.find('\n') != std::string_view::npos) return false;
  char last = s.back();
  return last != '.' && last != ':' && last != ';' && last != ',';
}


class Reader {
 public:
  Reader(WordNames w, Styles const& styles, Numbering& numbering) : w_(std::move(w)), styles_(styles), numbering_(numbering) {}

  std::string error;
  std::uint32_t tracked = 0;

  // Walks block-level content (body, cell, content control) into `out`.
  void blocks(pugi::xml_node parent, int depth, bool in_table, std::vector<Block>& out) {
    if (!deep_enough(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n && error.empty(); n = n.next_sibling()) {
      if (w_.is(n, "p")) {
        paragraph(n, depth, in_table, out);
      } else if (w_.is(n, "tbl")) {
        table(n, depth, in_table, out);
      } else if (w_.is(n, "sdt")) {
        blocks(w_.child(n, "sdtContent"), depth + 1, in_table, out);
      } else if (w_.is(n, "customXml") || w_.is(n, "ins") || w_.is(n, "moveTo")) {
        if (!w_.is(n, "customXml")) ++tracked;
        blocks(n, depth + 1, in_table, out);
      } else if (w_.is(n, "del") || w_.is(n, "moveFrom")) {
        ++tracked;
      }
    }
  }

  std::string pending;  // text of paragraphs whose mark was deleted: it joins the next paragraph

 private:
  WordNames w_;
  Styles const& styles_;
  Numbering& numbering_;
  std::vector<Field> fields_;
  bool body_started_ = false;  // a numbered paragraph was seen: the front matter is over

  // Text of one paragraph while its runs are read.
  struct Inline {
    std::string text;
    std::size_t visible = 0, bold = 0;  // non-space bytes, and how many of them are bold
    int default_bold = 0;               // from the paragraph style
  };

  bool deep_enough(int depth) {
    if (depth <= kMaxDepth) return true;
    if (error.empty()) error = "word/document.xml is nested more than " + std::to_string(kMaxDepth) + " levels deep";
    return false;
  }

  bool suppressed() const {
    for (auto const& f : fields_) {
      if (f.instruction || f.hide_result) return true;
    }
    return false;
  }

  void add_text(Inline& in, std::string_view s, bool bold) {
    if (suppressed()) return;
    for (char c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u == '\t' || u == '\r' || u == '\n') c = ' ';
      in.text.push_back(c);
      if (c != ' ' && (u & 0xC0) != 0x80) {
        ++in.visible;
        if (bold) ++in.bold;
      }
    }
  }

  void field_char(pugi::xml_node fc) {
    std::string_view type = w_.attr(fc, "fldCharType").value();
    if (type == "begin") {
      if (fields_.size() < 64) fields_.push_back({});
    } else if (type == "separate") {
      if (!fields_.empty()) {
        fields_.back().instruction = false;
        fields_.back().hide_result = code_hides_result(fields_.back().code);
      }
    } else if (type == "end") {
      if (!fields_.empty()) fields_.pop_back();
    }
  }

  void run(pugi::xml_node r, Inline& in) {
    pugi::xml_node props = w_.child(r, "rPr");
    if (w_.child(props, "rPrChange")) ++tracked;
    bool hidden = w_.toggle(props, "vanish") == 1;
    int bold = w_.toggle(props, "b");
    if (bold < 0) bold = styles_.bold(std::string(w_.val(props, "rStyle")));
    if (bold < 0) bold = in.default_bold;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (w_.is(c, "fldChar")) {
        field_char(c);
      } else if (w_.is(c, "instrText")) {
        if (!fields_.empty() && fields_.back().instruction && fields_.back().code.size() < 256) {
          fields_.back().code += c.text().get();
        }
      } else if (hidden) {
        continue;
      } else if (w_.is(c, "t")) {
        add_text(in, c.text().get(), bold == 1);
      } else if (w_.is(c, "tab") || w_.is(c, "ptab")) {
        add_text(in, " ", false);
      } else if (w_.is(c, "br") || w_.is(c, "cr")) {
        if (!suppressed()) in.text.push_back('\n');
      } else if (w_.is(c, "noBreakHyphen")) {
        add_text(in, "-", bold == 1);
      } else if (w_.is(c, "sym")) {
        // Symbol-font characters live in the private-use area (F000–F0FF): no meaning as text.
        unsigned cp = 0;
        for (char h : std::string_view(w_.attr(c, "char").value())) {
          cp = cp * 16 + static_cast<unsigned>(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
          if (cp > 0xFFFF) break;
        }
        if (cp >= 0x20 && cp < 0xE000) {
          std::string s;
          text_util::append_utf8(s, cp);
          add_text(in, s, bold == 1);
        }
      }
      // delText, footnote/comment references, drawings, pictures, objects: not text.
    }
  }

  void inlines(pugi::xml_node parent, int depth, Inline& in) {
    if (!deep_enough(depth)) return;
    for (pugi::xml_node c = parent.first_child(); c && error.empty(); c = c.next_sibling()) {
      if (w_.is(c, "r")) {
        run(c, in);
      } else if (w_.is(c, "ins") || w_.is(c, "moveTo")) {
        ++tracked;
        inlines(c, depth + 1, in);
      } else if (w_.is(c, "del") || w_.is(c, "moveFrom")) {
        ++tracked;
      } else if (w_.is(c, "fldSimple")) {
        bool hide = code_hides_result(w_.attr(c, "instr").value());
        if (hide) fields_.push_back({false, {}, true});
        inlines(c, depth + 1, in);
        if (hide) fields_.pop_back();
      } else if (w_.is(c, "sdt")) {
        inlines(w_.child(c, "sdtContent"), depth + 1, in);
      } else if (w_.is(c, "hyperlink") || w_.is(c, "smartTag") || w_.is(c, "customXml") || w_.is(c, "dir") ||
                 w_.is(c, "bdo")) {
        inlines(c, depth + 1, in);
      }
    }
  }

  void paragraph(pugi::xml_node p, int depth, bool in_table, std::vector<Block>& out) {
    pugi::xml_node props = w_.child(p, "pPr");
    pugi::xml_node mark = w_.child(props, "rPr");
    bool mark_deleted = static_cast<bool>(w_.child(mark, "del"));
    if (mark_deleted || w_.child(mark, "ins")) ++tracked;
    if (w_.child(props, "pPrChange")) ++tracked;
    std::string style(w_.val(props, "pStyle"));

    Inline in;
    in.default_bold = std::max(0, styles_.bold(style.empty() ? styles_.default_paragraph_style() : style));
    inlines(p, depth + 1, in);
    // A field instruction does not run past its paragraph: a stray "begin" must not
    // swallow the rest of the document. (A field *result* may: a table of contents.)
    while (!fields_.empty() && fields_.back().instruction) fields_.pop_back();

    // Trailing spaces per line; a paragraph of only spaces is empty.
    std::string text;
    for (std::size_t i = 0; i < in.text.size(); ++i) {
      if (in.text[i] == '\n') {
        while (!text.empty() && text.back() == ' ') text.pop_back();
      }
      text.push_back(in.text[i]);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    std::size_t lead = text.find_first_not_of(" \n");
    text = lead == std::string::npos ? std::string() : text.substr(lead);

    if (mark_deleted) {  // accepted: this paragraph's text runs on into the next one
      if (!text.empty()) pending += text;
      return;
    }
    if (!pending.empty()) {
      text = pending + text;
      pending.clear();
    }

    int num_id = -1, ilvl = -1;
    if (pugi::xml_node num_pr = w_.child(props, "numPr")) {
      num_id = int_value(w_.attr(w_.child(num_pr, "numId"), "val"), -1);
      ilvl = int_value(w_.attr(w_.child(num_pr, "ilvl"), "val"), -1);
    }
    if (num_id < 0) {
      StyleNumbering sn = styles_.numbering(style);
      num_id = sn.num_id;
      if (ilvl < 0) ilvl = sn.ilvl;
      if (num_id > 0 && ilvl < 0) {
        ilvl = numbering_.level_for_style(num_id, style.empty() ? styles_.default_paragraph_style() : style);
      }
    }
    NumberLabel label = num_id > 0 ? numbering_.next(num_id, ilvl < 0 ? 0 : ilvl) : NumberLabel{};
    if (text.empty() && label.text.empty()) return;

    std::string line = label.text.empty() ? text : label.text + label.separator + text;
    // Bold as **…** only after the front matter: a bold title or party name is no heading.
    bool numbered = (!label.text.empty() && !label.bullet) || (!text.empty() && text[0] >= '0' && text[0] <= '9') ||
                    text.rfind("\xC2\xA7", 0) == 0;
    body_started_ = body_started_ || (numbered && !in_table);
    bool bold = in.visible > 0 && in.bold == in.visible;
    if (bold && body_started_ && !in_table && !label.bullet && heading_like(line)) line = "**" + line + "**";
    if (!label.text.empty() && label.level > 0 && label.placeholders <= 1 && !in_table) {
      line.insert(0, static_cast<std::size_t>(2 * label.level), ' ');
    }
    out.push_back({std::move(line), false});
  }

  static std::string cell_text(std::vector<Block> const& blocks) {
    std::string s;
    for (auto const& b : blocks) {
      if (!s.empty()) s.push_back(' ');
      for (char c : b.text) {
        if (c == '\n') {
          s.push_back(' ');
        } else if (c == '|') {
          s += "\\|";
        } else {
          s.push_back(c);
        }
      }
    }
    return s;
  }

  // Rows and cells, looking through content controls and custom XML around them.
  void collect(pugi::xml_node parent, char const* local, std::vector<pugi::xml_node>& out, int depth) {
    if (!deep_enough(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (w_.is(n, local)) {
        out.push_back(n);
      } else if (w_.is(n, "sdt")) {
        collect(w_.child(n, "sdtContent"), local, out, depth + 1);
      } else if (w_.is(n, "customXml")) {
        collect(n, local, out, depth + 1);
      }
    }
  }

  void table(pugi::xml_node tbl, int depth, bool in_table, std::vector<Block>& out) {
    if (!deep_enough(depth)) return;
    std::vector<std::vector<std::vector<Block>>> rows;  // row → cell → paragraphs
    std::vector<pugi::xml_node> trs;
    collect(tbl, "tr", trs, depth + 1);
    std::size_t columns = 0;
    for (pugi::xml_node tr : trs) {
      pugi::xml_node row_props = w_.child(tr, "trPr");
      if (w_.child(row_props, "ins")) ++tracked;
      bool row_deleted = static_cast<bool>(w_.child(row_props, "del"));
      if (row_deleted) ++tracked;
      std::vector<pugi::xml_node> tcs;
      collect(tr, "tc", tcs, depth + 1);
      std::vector<std::vector<Block>> cells;
      for (pugi::xml_node tc : tcs) {
        pugi::xml_node cell_props = w_.child(tc, "tcPr");
        std::vector<Block> content;
        blocks(tc, depth + 1, true, content);  // always read: numbering inside cells counts
        pugi::xml_node merge = w_.child(cell_props, "vMerge");
        bool continued = merge && std::string_view(w_.attr(merge, "val").value()) != "restart";
        if (continued) content.clear();
        cells.push_back(std::move(content));
        int span = int_value(w_.attr(w_.child(cell_props, "gridSpan"), "val"), 1);
        for (int k = 1; k < span && k < 64; ++k) cells.emplace_back();
      }
      if (row_deleted || cells.empty()) continue;
      columns = std::max(columns, cells.size());
      rows.push_back(std::move(cells));
    }
    if (rows.empty() || !error.empty()) return;
    if (in_table || columns == 1) {  // a nested table flattens into its cell; a one-column table is a box
      for (auto& r : rows) {
        for (auto& c : r) {
          for (auto& b : c) out.push_back(std::move(b));
        }
      }
      return;
    }
    std::string text;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      rows[i].resize(columns);
      text += "|";
      for (auto const& c : rows[i]) {
        text += ' ';
        text += cell_text(c);
        text += " |";
      }
      text += "\n";
      if (i == 0) {
        text += "|";
        for (std::size_t k = 0; k < columns; ++k) text += " --- |";
        text += "\n";
      }
    }
    text.pop_back();
    out.push_back({std::move(text), true});
  }
};

// Parses one XML part; "" or the cause.
std::string parse(std::string const& part, std::string const& data, pugi::xml_document& doc) {
  pugi::xml_parse_result r =
      doc.load_buffer(data.data(), data.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (!r) {
    return part + " is not well-formed XML (" + r.description() + " at byte " + std::to_string(r.offset) + ")";
  }
  return {};
}

// What an archive without word/document.xml is instead, for a clearer message.
std::string not_a_docx(ZipArchive& zip) {
  if (zip.has("xl/workbook.xml")) return "an Excel workbook (.xlsx), not a .docx";
  if (zip.has("ppt/presentation.xml")) return "a PowerPoint file (.pptx), not a .docx";
  if (zip.has("content.xml") && zip.has("mimetype")) return "an OpenDocument file (.odt?): save it as .docx";
  return "not a .docx: the ZIP archive has no word/document.xml";
}

}  // namespace

Extracted extract_docx(std::string_view bytes) {
  Extracted result;
  ZipArchive zip;
  if (std::string e = zip.open(bytes); !e.empty()) {
    result.error = e;
    return result;
  }
  if (!zip.has("word/document.xml")) {
    result.error = not_a_docx(zip);
    return result;
  }
  std::string data;
  pugi::xml_document document, styles_xml, numbering_xml;
  if (std::string e = zip.read("word/document.xml", data, kMaxUnzippedBytes); !e.empty()) {
    result.error = e;
    return result;
  }
  if (std::string e = parse("word/document.xml", data, document); !e.empty()) {
    result.error = e;
    return result;
  }
  for (auto [name, doc] : {std::pair{"word/styles.xml", &styles_xml}, std::pair{"word/numbering.xml", &numbering_xml}}) {
    if (!zip.has(name)) continue;
    std::string e = zip.read(name, data, kMaxSidePart);
    if (e.empty()) e = parse(name, data, *doc);
    if (!e.empty()) {
      result.error = e;
      return result;
    }
  }
  data = std::string();

  Styles styles;
  WordNames style_names(styles_xml.document_element());
  styles.load(styles_xml.document_element(), style_names);
  Numbering numbering;
  WordNames numbering_names(numbering_xml.document_element());
  numbering.load(numbering_xml.document_element(), numbering_names, styles);

  pugi::xml_node root = document.document_element();
  WordNames w(root);
  pugi::xml_node body = w.child(root, "body");
  if (!w.is(root, "document") || !body) {
    result.error = "not a .docx: word/document.xml has no w:document/w:body";
    return result;
  }
  Reader reader(w, styles, numbering);
  std::vector<Block> blocks;
  reader.blocks(body, 0, false, blocks);
  if (!reader.error.empty()) {
    result.error = reader.error;
    return result;
  }
  if (!reader.pending.empty()) blocks.push_back({std::move(reader.pending), false});
  for (auto const& b : blocks) {
    if (!result.text.empty()) result.text += "\n\n";
    result.text += b.text;
  }
  result.text.push_back('\n');
  result.tracked_changes = reader.tracked;
  return result;
}

}  // namespace avvlint::extract
