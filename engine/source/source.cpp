// Source loading: reading, encoding detection and line normalisation.
#include "dot_leaders.hpp"
#include "line_margin.hpp"
#include "redlines.hpp"
#include <avvlint/source.hpp>

#include "../model/text_util.hpp"

#include "extract.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace avvlint {

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(it - starts_.begin());
}

std::size_t LineIndex::line_start(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) return starts_.empty() ? 0 : starts_.back();
  return starts_[line - 1];
}

Position SourceText::position(std::size_t offset) const {
  offset = std::min(offset, text.size());
  Position p;
  p.line = lines.line_of(offset);
  p.column = 1;
  for (std::size_t i = lines.line_start(p.line); i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++p.column;
  }
  return p;
}

std::string_view SourceText::line_text(std::uint32_t line) const {
  if (line == 0 || line > lines.line_count()) return {};
  std::size_t start = lines.line_start(line);
  std::size_t end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  return std::string_view(text).substr(start, end - start);
}

namespace {


// Returns the offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t first_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return i;
    for (int k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return i;
    }
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90)) {
      return i;
    }
    i += static_cast<std::size_t>(len);
  }
  return std::string_view::npos;
}

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_control(unsigned char c) { return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'; }

std::optional<std::string> decode_cp1252(std::string_view s, std::size_t& bad) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0xA0) {
      if (kCp1252High[c - 0x80] == 0) {
        bad = i;
        return std::nullopt;
      }
      text_util::append_utf8(out, kCp1252High[c - 0x80]);
    } else {
      text_util::append_utf8(out, c);
    }
  }
  return out;
}

std::optional<std::string> decode_utf16(std::string_view s, bool little, std::size_t& bad) {
  std::string out;
  out.reserve(s.size());
  if (s.size() % 2 != 0) {
    bad = s.size() - 1;
    return std::nullopt;
  }
  auto unit = [&](std::size_t i) -> std::uint32_t {
    auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    return little ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (std::size_t i = 0; i < s.size(); i += 2) {
    std::uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 >= s.size()) {
        bad = i;
        return std::nullopt;
      }
      std::uint32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        bad = i;
        return std::nullopt;
      }
      text_util::append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      bad = i;
      return std::nullopt;
    } else {
      text_util::append_utf8(out, u);
    }
  }
  return out;
}

std::string normalise_line_ends(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

LoadResult fail(std::string const& path, std::string const& cause) {
  LoadResult r;
  r.error = (path == "-" ? std::string("<stdin>") : path) + ": " + cause;
  return r;
}

std::string hex_offset(std::size_t offset) {
  std::ostringstream os;
  os << "byte " << offset;
  return os.str();
}

bool has_extension(std::string const& path, std::string_view ext) {
  if (path.size() < ext.size()) return false;
  for (std::size_t i = 0; i < ext.size(); ++i) {
    char c = path[path.size() - ext.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != ext[i]) return false;
  }
  return true;
}

// Text extracted from a .docx or .pdf: the same normalisation as a text file.
LoadResult from_extracted(std::string const& path, extract::Extracted extracted, char const* format) {
  if (!extracted.ok()) return fail(path, extracted.error);
  std::string text = normalise_line_ends(extracted.text);
  for (char& c : text) {
    if (is_control(static_cast<unsigned char>(c)) || c == '\f') c = ' ';
  }
  if (std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    return fail(path, std::string(format) + ": extracted text is not valid UTF-8 (" + hex_offset(bad) + ")");
  }
  if (std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; })) {
    return fail(path, std::string("empty ") + format + ": no text to check");
  }
  SourceText src;
  src.path = path;
  src.encoding = "utf-8";
  src.format = format;
  src.tracked_changes = extracted.tracked_changes;
  src.text = std::move(text);
  src.lines = LineIndex(src.text);
  LoadResult r;
  r.source = std::move(src);
  return r;
}

// Containers by magic bytes; a .docx/.pdf name on anything else is an error, not text.
std::optional<LoadResult> load_container(std::string const& path, std::string const& bytes) {
  bool docx_name = has_extension(path, ".docx"), pdf_name = has_extension(path, ".pdf");
  switch (extract::sniff(bytes)) {
    case extract::Magic::zip:
      return from_extracted(path, extract::extract_docx(bytes), "docx");
    case extract::Magic::pdf:
      return from_extracted(path, extract::extract_pdf(path, bytes), "pdf");
    case extract::Magic::ole:
      return fail(path, "a legacy Word .doc or a password-protected Office file (OLE container): "
                        "save it as .docx without a password");
    case extract::Magic::exe:
      return fail(path, docx_name || pdf_name ? "not a document but an executable program (renamed?)"
                                              : "an executable program, not a contract");
    case extract::Magic::text:
      if (docx_name) return fail(path, "not a .docx: no ZIP signature (PK) at the start of the file");
      if (pdf_name) return fail(path, "not a PDF: no %PDF- header at the start of the file");
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

LoadResult decode_source(std::string path, std::string bytes) {
  if (bytes.size() > kMaxInputBytes) {
    return fail(path, "file too large (" + std::to_string(bytes.size() / (1024 * 1024)) + " MiB; limit " +
                          std::to_string(kMaxInputBytes / (1024 * 1024)) + " MiB)");
  }
  if (auto container = load_container(path, bytes)) return std::move(*container);
  SourceText src;
  src.path = path;
  std::string_view view(bytes);
  std::string decoded;
  std::size_t bad = 0;
  if (view.size() >= 2 && (static_cast<unsigned char>(view[0]) == 0xFF && static_cast<unsigned char>(view[1]) == 0xFE)) {
    auto d = decode_utf16(view.substr(2), true, bad);
    if (!d) return fail(path, "invalid UTF-16LE at " + hex_offset(bad + 2));
    decoded = std::move(*d);
    src.encoding = "utf-16le";
    src.converted = true;
  } else if (view.size() >= 2 &&
             (static_cast<unsigned char>(view[0]) == 0xFE && static_cast<unsigned char>(view[1]) == 0xFF)) {
    auto d = decode_utf16(view.substr(2), false, bad);
    if (!d) return fail(path, "invalid UTF-16BE at " + hex_offset(bad + 2));
    decoded = std::move(*d);
    src.encoding = "utf-16be";
    src.converted = true;
  } else {
    if (view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") {
      view.remove_prefix(3);
      src.encoding = "utf-8-bom";
    } else {
      src.encoding = "utf-8";
    }
    if (auto nul = view.find('\0'); nul != std::string_view::npos) {
      return fail(path, "binary file, not a text contract (NUL byte at " + hex_offset(nul) + ")");
    }
    std::size_t invalid = first_invalid_utf8(view);
    if (invalid == std::string_view::npos) {
      decoded = std::string(view);
    } else {
      // Not UTF-8: accept as Windows-1252 only if it reads like text.
      std::size_t controls = static_cast<std::size_t>(
          std::count_if(view.begin(), view.end(), [](char c) { return is_control(static_cast<unsigned char>(c)); }));
      if (controls > 0) {
        return fail(path, "binary or undecodable data (invalid UTF-8 at " + hex_offset(invalid) +
                              " and control characters)");
      }
      auto d = decode_cp1252(view, bad);
      if (!d) {
        return fail(path, "undecodable text: invalid UTF-8 at " + hex_offset(invalid) +
                              ", and not Windows-1252 either (" + hex_offset(bad) + ")");
      }
      decoded = std::move(*d);
      src.encoding = "windows-1252";
      src.converted = true;
    }
  }
  for (char c : decoded) {
    if (is_control(static_cast<unsigned char>(c))) {
      return fail(path, "binary data: control characters in text");
    }
  }
  src.text = normalise_line_ends(decoded);
  source::blank_line_number_margin(src.text);
  source::rewrite_dot_leaders(src.text);
  src.tracked_changes = source::accept_redlines(src.text);
  if (std::all_of(src.text.begin(), src.text.end(),
                  [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f'; })) {
    return fail(path, "empty file: no text to check");
  }
  src.lines = LineIndex(src.text);
  LoadResult r;
  r.source = std::move(src);
  return r;
}

LoadResult load_source(std::string const& path) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream os;
    os << std::cin.rdbuf();
    bytes = os.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(path, "cannot open file");
    in.seekg(0, std::ios::end);
    auto size = in.tellg();
    if (size < 0) return fail(path, "cannot read file (not a regular file?)");
    if (static_cast<std::size_t>(size) > kMaxInputBytes) {
      return fail(path, "file too large (" + std::to_string(static_cast<std::size_t>(size) / (1024 * 1024)) +
                            " MiB; limit " + std::to_string(kMaxInputBytes / (1024 * 1024)) + " MiB)");
    }
    in.seekg(0);
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), size);
    if (!in) return fail(path, "read error");
  }
  return decode_source(path, std::move(bytes));
}

}  // namespace avvlint
