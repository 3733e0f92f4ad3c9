// Small helpers for error messages about JSON files the user wrote (config,
// baseline): JSON pointers (RFC 6901) and a short description of a wrong value.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace avvlint::config_detail {

// A key as one JSON pointer segment: '~' -> "~0", '/' -> "~1".
inline std::string escape_pointer(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// What a wrong value is, for "must be …, not <this>".
inline std::string describe(nlohmann::json const& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case nlohmann::json::value_t::string: {
      std::string s = j.get<std::string>();
      if (s.size() > 40) {
        std::size_t cut = 40;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
        s = s.substr(0, cut) + "…";
      }
      return "\"" + s + "\"";
    }
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "a list";
    default: return "a number";
  }
}

}  // namespace avvlint::config_detail
