// Text extraction from container formats (.docx, .pdf): the interface between
// source.cpp, which decides by magic bytes what a file is, and the extractors.
//
// An extractor turns the file's bytes into plain UTF-8 text, one paragraph per
// line (or per several lines, as the document breaks them), in a shape the line
// grammar already understands: numbers as Word shows them ("§ 8", "8.2", "(a)"),
// tables as Markdown pipe tables. It never throws and never prints: a failure is
// a one-line cause in `error` that source.cpp prefixes with the file name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace avvlint::extract {

// What the first bytes say a file is.
enum class Magic {
  text,      // anything else: decoded as text by source.cpp
  zip,       // "PK\3\4" (or an empty archive "PK\5\6"): a .docx candidate
  pdf,       // "%PDF-" within the first KiB
  ole,       // an OLE compound file: a legacy .doc, or a password-protected .docx
  exe,       // "MZ" (Windows executable) or "\x7FELF"
};

Magic sniff(std::string_view bytes);

struct Extracted {
  std::string text;                   // UTF-8, LF line ends; empty when `error` is set
  std::string error;                  // the cause, without the file name ("" = success)
  std::uint32_t tracked_changes = 0;  // .docx revisions that were accepted for the text
  bool ok() const { return error.empty(); }
};

// Limits for hostile archives (zip bombs, archives of many tiny entries).
inline constexpr std::uint64_t kMaxUnzippedBytes = 64u * 1024u * 1024u;
inline constexpr std::uint64_t kMaxZipEntries = 10000;

// word/document.xml (+ numbering.xml, styles.xml) of a .docx held in memory.
Extracted extract_docx(std::string_view bytes);

// Runs `pdftotext -layout -enc UTF-8 FILE -` on `path` (or, when the path is not a
// regular file, on a temporary copy of `bytes`) and cleans the layout text.
Extracted extract_pdf(std::string const& path, std::string_view bytes);

// Page furniture, shared by the PDF cleaner and the reading of plain text copied out
// of a PDF. line_shape: "Seite 3 von 7" → "Seite # von #" (what makes a running
// footer recur); page_number_line: "3", "- 3 -", "Seite 3 von 7", "Page 3 of 7", "[3]".
std::string line_shape(std::string_view line);
bool page_number_line(std::string_view line);

// The cleaning step alone (testable without poppler): removes running headers and
// footers and page-number lines, rebuilds column-aligned tables as pipe tables,
// joins hyphenation at line ends. `layout` is pdftotext output (pages split by \f).
std::string clean_pdf_layout(std::string_view layout);

}  // namespace avvlint::extract
