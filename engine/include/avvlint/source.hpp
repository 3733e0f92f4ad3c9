// Source loading: bytes in, normalised UTF-8 text plus a line index out.
//
// What it accepts: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
// Windows-1252 (detected when the bytes are not valid UTF-8 but look like text;
// the conversion is recorded so that a report can say so). Line ends CRLF and CR
// become LF, so line numbers match what an editor shows for the original file.
// What it refuses, as a value (never an exception): empty input, binary data,
// undecodable bytes, files above the size limit, unreadable paths.
// Containers are recognised by their magic bytes, not by the file name: a .docx
// (ZIP, "PK\3\4") has its text extracted (engine/source/docx.cpp), a PDF ("%PDF-")
// goes through poppler's pdftotext (engine/source/pdf.cpp); line numbers then point
// into that extracted text, which `avvlint text FILE` prints.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace avvlint {

// Maps byte offsets in the normalised text to 1-based lines (a sorted table of
// line starts; lookups are binary searches).
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  std::size_t line_count() const { return starts_.size(); }
  std::uint32_t line_of(std::size_t offset) const;   // 1-based
  std::size_t line_start(std::uint32_t line) const;  // byte offset of a 1-based line

 private:
  std::vector<std::size_t> starts_;
};

struct Position {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in Unicode code points
};

struct SourceText {
  std::string path;        // as given on the command line ("-" for stdin)
  std::string text;        // UTF-8, LF line ends, no BOM
  std::string encoding;    // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
  bool converted = false;  // true when the bytes were not UTF-8 and had to be converted
  std::string format = "text";      // "text", "docx" or "pdf": what `text` was extracted from
  std::uint32_t tracked_changes = 0;  // unaccepted edits (.docx revisions, plain-text redlines); the text is the accepted state
  LineIndex lines;         // over `text`

  Position position(std::size_t offset) const;
  std::string_view line_text(std::uint32_t line) const;  // without its line break
};

struct LoadResult {
  std::optional<SourceText> source;
  std::string error;  // one line naming the cause, set when !ok()
  bool ok() const { return source.has_value(); }
};

inline constexpr std::size_t kMaxInputBytes = 128u * 1024u * 1024u;

// Decodes bytes already in memory (the path is only used for naming).
LoadResult decode_source(std::string path, std::string bytes);
// Reads a file ("-" reads standard input) and decodes it.
LoadResult load_source(std::string const& path);

}  // namespace avvlint
