// The files of the default rule pack, compiled into the binary (see cmake/embed.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace avvlint {

struct EmbeddedFile {
  std::string_view path;      // relative to rules/, e.g. "findings/placeholder.unfilled.json"
  std::string_view contents;
};

std::vector<EmbeddedFile> const& embedded_rule_files();

}  // namespace avvlint
