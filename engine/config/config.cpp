// Reading `.avvlint.json`: structure and values (see avvlint/config.hpp).
//
// Strict on purpose: an unknown key or a misspelt value is an error, not silently
// ignored, because a policy that does not take effect is worse than none. Each error
// names the file and the JSON pointer of the offending value. Comments (// and /* */)
// are allowed, so that a team can say why a rule is off.
#include <avvlint/config.hpp>

#include "json_pointer.hpp"
#include "read_capped.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace avvlint {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxConfigBytes = 4u * 1024u * 1024u;

struct Parser {
  std::string file;
  std::string dir;
  std::string error;

  bool fail(std::string const& pointer, std::string const& what) {
    if (error.empty()) error = file + ": " + (pointer.empty() ? "/" : pointer) + ": " + what;
    return false;
  }

  bool string_in(json const& j, std::string const& pointer, std::initializer_list<char const*> allowed,
                 std::string& out) {
    std::string list;
    std::size_t i = 0;
    for (char const* a : allowed) {
      list += i == 0 ? "" : (i + 1 == allowed.size() ? " or " : ", ");
      list += std::string("\"") + a + "\"";
      ++i;
    }
    if (!j.is_string()) return fail(pointer, "must be a string: " + list + ", not " + config_detail::describe(j));
    out = j.get<std::string>();
    for (char const* a : allowed) {
      if (out == a) return true;
    }
    return fail(pointer, "must be " + list + ", not \"" + out + "\"");
  }

  bool settings_map(json const& j, std::string const& pointer, bool rules, std::map<std::string, Setting>& out) {
    if (!j.is_object()) return fail(pointer, "must be an object {\"ID\": \"…\"}, not " + config_detail::describe(j));
    for (auto const& [id, value] : j.items()) {
      std::string where = pointer + "/" + config_detail::escape_pointer(id);
      Setting s;
      s.pointer = where;
      bool ok = rules ? string_in(value, where, {"off", "error", "warning", "info"}, s.value)
                      : string_in(value, where, {"off", "on"}, s.value);
      if (!ok) return false;
      out[id] = std::move(s);
    }
    return true;
  }

  bool directories(json const& j, std::string const& pointer, std::vector<std::string>& out) {
    if (!j.is_array()) return fail(pointer, "must be a list of directories, not " + config_detail::describe(j));
    for (std::size_t i = 0; i < j.size(); ++i) {
      std::string where = pointer + "/" + std::to_string(i);
      if (!j[i].is_string() || j[i].get<std::string>().empty()) {
        return fail(where, "must be a directory name, not " + config_detail::describe(j[i]));
      }
      fs::path p = fs::path(j[i].get<std::string>());
      out.push_back((p.is_absolute() ? p : fs::path(dir) / p).lexically_normal().string());
    }
    return true;
  }

  bool override_entry(json const& j, std::string const& pointer, ConfigOverride& out) {
    if (!j.is_object()) {
      return fail(pointer, "must be an object {\"paths\": [...], \"rules\": {...}}, not " + config_detail::describe(j));
    }
    for (auto const& [key, value] : j.items()) {
      std::string where = pointer + "/" + config_detail::escape_pointer(key);
      if (key == "paths") {
        if (!value.is_array() || value.empty()) return fail(where, "must be a non-empty list of path globs");
        for (std::size_t i = 0; i < value.size(); ++i) {
          if (!value[i].is_string() || value[i].get<std::string>().empty()) {
            return fail(where + "/" + std::to_string(i), "must be a path glob, not " + config_detail::describe(value[i]));
          }
          out.paths.push_back(value[i].get<std::string>());
        }
      } else if (key == "rules") {
        if (!settings_map(value, where, true, out.settings.rules)) return false;
      } else if (key == "requirements") {
        if (!settings_map(value, where, false, out.settings.requirements)) return false;
      } else {
        return fail(where, "unknown key (an override has paths, rules and requirements)");
      }
    }
    if (out.paths.empty()) return fail(pointer + "/paths", "missing (the files this override applies to)");
    return true;
  }

  bool top(json const& j, Config& config) {
    if (!j.is_object()) return fail("", "must be a JSON object, not " + config_detail::describe(j));
    for (auto const& [key, value] : j.items()) {
      std::string where = "/";  // (not "/" + …: GCC 12 warns falsely, -Wrestrict)
      where += config_detail::escape_pointer(key);
      if (key == "rules") {
        if (!settings_map(value, where, true, config.settings.rules)) return false;
      } else if (key == "requirements") {
        if (!settings_map(value, where, false, config.settings.requirements)) return false;
      } else if (key == "lang") {
        if (!string_in(value, where, {"de", "en"}, config.lang)) return false;
      } else if (key == "fail_on") {
        std::string v;
        if (!string_in(value, where, {"error", "warning", "info"}, v)) return false;
        config.fail_on = parse_severity(v);
      } else if (key == "overrides") {
        if (!value.is_array()) return fail(where, "must be a list of overrides, not " + config_detail::describe(value));
        for (std::size_t i = 0; i < value.size(); ++i) {
          ConfigOverride o;
          if (!override_entry(value[i], where + "/" + std::to_string(i), o)) return false;
          config.overrides.push_back(std::move(o));
        }
      } else if (key == "rule_packs") {
        if (!directories(value, where, config.rule_packs)) return false;
      } else if (key == "lexicons") {
        if (!directories(value, where, config.lexicons)) return false;
      } else {
        return fail(where,
                    "unknown key (expected rules, requirements, lang, fail_on, overrides, rule_packs, lexicons)");
      }
    }
    return true;
  }
};

// "line 3, column 7" for a byte offset (1-based, columns in bytes).
std::string text_position(std::string_view text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

ConfigResult parse_config(std::string const& file, std::string_view text) {
  ConfigResult result;
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(file), ec);
  Parser parser{file, (ec ? fs::path(file) : abs).parent_path().lexically_normal().string(), {}};
  json j;
  try {
    j = json::parse(text, nullptr, true, /*ignore_comments=*/true);
  } catch (json::parse_error const& e) {
    // The parser reports errors by exception; it stays inside this function.
    result.error = file + ": invalid JSON at " + text_position(text, e.byte > 0 ? e.byte - 1 : 0);
    return result;
  }
  Config config;
  config.file = file;
  config.dir = parser.dir;
  if (!parser.top(j, config)) {
    result.error = parser.error;
    return result;
  }
  result.config = std::move(config);
  return result;
}

ConfigResult load_config(std::string const& file) {
  ConfigResult result;
  auto text = config_detail::read_capped(file, file, "config file", kMaxConfigBytes, result.error);
  if (!text) return result;
  return parse_config(file, *text);
}

std::string validate_config(Config const& config, RulePack const& pack) {
  auto check = [&](RuleSettings const& s) -> std::string {
    for (auto const& [id, setting] : s.rules) {
      if (pack.rule(id)) continue;
      if (pack.requirement(id)) {
        return config.file + ": " + setting.pointer + ": '" + id +
               "' is a requirement, not a rule (set it under \"requirements\")";
      }
      return config.file + ": " + setting.pointer + ": unknown rule id '" + id + "' (see 'avvlint rules')";
    }
    for (auto const& [id, setting] : s.requirements) {
      if (pack.requirement(id)) continue;
      if (pack.rule(id)) {
        return config.file + ": " + setting.pointer + ": '" + id + "' is a rule, not a requirement (set it under \"rules\")";
      }
      return config.file + ": " + setting.pointer + ": unknown requirement id '" + id + "' (see 'avvlint rules')";
    }
    return {};
  };
  if (auto e = check(config.settings); !e.empty()) return e;
  for (auto const& o : config.overrides) {
    if (auto e = check(o.settings); !e.empty()) return e;
  }
  return {};
}

}  // namespace avvlint
