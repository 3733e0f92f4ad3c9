// Names in WordprocessingML parts (document.xml, numbering.xml, styles.xml).
//
// pugixml does not resolve namespaces: it sees "w:p". Word always binds the main
// namespace to "w", but any prefix is legal, so the prefix is read from the root
// element's xmlns declarations (transitional and strict namespace URIs alike)
// and every name is compared as prefix + local name.
#pragma once

#include <pugixml.hpp>

#include <cstring>
#include <string>
#include <string_view>

namespace avvlint::extract {

class WordNames {
 public:
  WordNames() = default;
  explicit WordNames(pugi::xml_node root) {
    for (pugi::xml_attribute a = root.first_attribute(); a; a = a.next_attribute()) {
      std::string_view name = a.name(), value = a.value();
      if (value != "http://schemas.openxmlformats.org/wordprocessingml/2006/main" &&
          value != "http://purl.oclc.org/ooxml/wordprocessingml/main") {
        continue;
      }
      if (name == "xmlns") {
        prefix_.clear();
        return;
      }
      if (name.substr(0, 6) == "xmlns:") {
        prefix_ = std::string(name.substr(6)) + ":";
        return;
      }
    }
  }

  std::string name(std::string_view local) const { return prefix_ + std::string(local); }

  bool is(pugi::xml_node n, std::string_view local) const {
    char const* full = n.name();
    std::size_t len = std::strlen(full);
    return len == prefix_.size() + local.size() && std::string_view(full, prefix_.size()) == prefix_ &&
           std::string_view(full + prefix_.size(), local.size()) == local;
  }

  pugi::xml_node child(pugi::xml_node n, std::string_view local) const { return n.child(name(local).c_str()); }
  pugi::xml_attribute attr(pugi::xml_node n, std::string_view local) const {
    return n.attribute(name(local).c_str());
  }
  // The w:val attribute of a child element ("" when either is absent).
  std::string_view val(pugi::xml_node n, std::string_view child_local) const {
    return attr(child(n, child_local), "val").value();
  }
  // An on/off property (<w:b/>, <w:b w:val="0"/>): -1 absent, 0 off, 1 on.
  int toggle(pugi::xml_node props, std::string_view local) const {
    pugi::xml_node p = child(props, local);
    if (!p) return -1;
    std::string_view v = attr(p, "val").value();
    return (v == "0" || v == "false" || v == "off" || v == "none") ? 0 : 1;
  }

 private:
  std::string prefix_ = "w:";
};

// Integer attribute value, or `fallback` when absent or not a number.
inline int int_value(pugi::xml_attribute a, int fallback) {
  std::string_view v = a.value();
  if (v.empty()) return fallback;
  bool neg = v.front() == '-';
  if (neg) v.remove_prefix(1);
  if (v.empty() || v.size() > 9) return fallback;
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return fallback;
    n = n * 10 + (c - '0');
  }
  return neg ? -n : n;
}

}  // namespace avvlint::extract
