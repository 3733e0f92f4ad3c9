// Escaping and anchor names for the HTML report (see html_parts.hpp).
#include "html_parts.hpp"

#include <cstdio>

namespace avvlint::report {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n': out.push_back(ch); break;
      default:
        if (c < 0x20 || c == 0x7f) {
          // U+2400 + c (U+2421 for DEL): the control picture, as UTF-8.
          unsigned cp = c == 0x7f ? 0x2421u : 0x2400u + c;
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(ch);
        }
    }
  }
  return out;
}

std::string anchor_name(std::string_view id) {
  std::string out;
  for (char ch : id) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
      out.push_back(ch);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "_%02X", c);
      out += buf;
    }
  }
  return out;
}

std::map<std::string, std::uint32_t> clause_lines(Document const& doc) {
  std::map<std::string, std::uint32_t> lines;
  for (auto const& node : doc.nodes) {
    if (node.id.empty()) continue;
    lines.emplace(node.id, doc.source.position(node.span.begin).line);
  }
  return lines;
}

}  // namespace avvlint::report
