// Path globs for config overrides (see glob_match in avvlint/config.hpp).
//
// Our own small matcher rather than fnmatch(3): it has `**` for any depth and
// behaves the same on every platform. Backtracking is bounded by the pattern and
// path lengths, which are short.
#include <avvlint/config.hpp>

namespace avvlint {

namespace {

// One character class "[...]" at p[0]; sets `length` to its size in the pattern
// (0 when there is no closing ']', and '[' is then a literal).
bool class_matches(std::string_view p, unsigned char c, std::size_t& length) {
  std::size_t i = 1;
  bool negate = i < p.size() && (p[i] == '!' || p[i] == '^');
  if (negate) ++i;
  bool matched = false;
  std::size_t first = i;
  for (; i < p.size(); ++i) {
    if (p[i] == ']' && i > first) {
      length = i + 1;
      return matched != negate && c != '/';
    }
    unsigned char lo = static_cast<unsigned char>(p[i]);
    unsigned char hi = lo;
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      hi = static_cast<unsigned char>(p[i + 2]);
      i += 2;
    }
    if (c >= lo && c <= hi) matched = true;
  }
  length = 0;
  return false;
}

// The length of the UTF-8 character at s[0] (1 for stray bytes).
std::size_t char_length(std::string_view s) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return n <= s.size() ? n : 1;
}

bool match(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.substr(0, 2) == "**") {
      std::string_view rest = p.substr(2);
      if (!rest.empty() && rest.front() == '/') {
        // "**/": zero or more whole directories.
        rest.remove_prefix(1);
        if (match(rest, s)) return true;
        for (std::size_t i = 0; i < s.size(); ++i) {
          if (s[i] == '/' && match(rest, s.substr(i + 1))) return true;
        }
        return false;
      }
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if (match(rest, s.substr(i))) return true;
      }
      return false;
    }
    char c = p.front();
    if (c == '*') {
      std::string_view rest = p.substr(1);
      for (std::size_t i = 0; i <= s.size(); ++i) {
        if (match(rest, s.substr(i))) return true;
        if (i < s.size() && s[i] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (c == '?') {
      if (s.front() == '/') return false;
      p.remove_prefix(1);
      s.remove_prefix(char_length(s));
      continue;
    }
    if (c == '[') {
      std::size_t length = 0;
      bool ok = class_matches(p, static_cast<unsigned char>(s.front()), length);
      if (length > 0) {
        if (!ok) return false;
        p.remove_prefix(length);
        s.remove_prefix(1);
        continue;
      }
    }
    if (c == '\\' && p.size() > 1) p.remove_prefix(1);
    if (p.front() != s.front()) return false;
    p.remove_prefix(1);
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  if (pattern.empty()) return false;
  std::string owned;
  if (pattern.back() == '/') {  // "muster/": everything below that directory
    owned = std::string(pattern) + "**";
    pattern = owned;
  }
  if (pattern.find('/') == std::string_view::npos) {
    std::size_t slash = path.rfind('/');
    return match(pattern, slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  return match(pattern, path);
}

}  // namespace avvlint
