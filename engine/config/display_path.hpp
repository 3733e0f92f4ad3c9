// How avvlint names a file it found itself (a config, a rule-pack file) in a
// message: relative to the working directory when it lies below it, else absolute.
#pragma once

#include <filesystem>
#include <string>

namespace avvlint::config_detail {

inline std::string display_path(std::filesystem::path const& p) {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (!ec && p.is_absolute()) {
    std::filesystem::path rel = p.lexically_normal().lexically_relative(cwd);
    if (!rel.empty() && *rel.begin() != "..") return rel.string();
  }
  return p.string();
}

}  // namespace avvlint::config_detail
