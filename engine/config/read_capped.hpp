// Reading the small JSON files avvlint is configured with (a config, a baseline, a
// rule-pack file): the whole file, or one message line saying why not. The size cap
// keeps a mistaken path (a log, an image) from being slurped into memory.
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace avvlint::config_detail {

// `name` is how messages name the file; `kind` what it should be ("config file"):
// "NAME: is a directory, not a KIND", "NAME: cannot read the KIND: CAUSE",
// "NAME: too large for a KIND".
inline std::optional<std::string> read_capped(std::filesystem::path const& path, std::string const& name,
                                              std::string const& kind, std::size_t max_bytes, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = name + ": is a directory, not a " + kind;
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = name + ": cannot read the " + kind + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  if (text.size() > max_bytes) {
    error = name + ": too large for a " + kind;
    return std::nullopt;
  }
  return text;
}

}  // namespace avvlint::config_detail
