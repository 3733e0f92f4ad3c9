// Finding the `.avvlint.json` that governs an input file (see avvlint/config.hpp).
//
// Upwards from the input's directory, like git, editorconfig and most linters: the
// nearest file wins and configs do not merge (one file states the whole policy).
// The search ends at the top of a repository (a directory holding `.git`) so that
// a config somewhere above a checkout never leaks into it.
#include <avvlint/config.hpp>

#include "display_path.hpp"

#include <filesystem>

namespace avvlint {

namespace fs = std::filesystem;

std::string find_config_file(std::string const& input_path) {
  std::error_code ec;
  fs::path start = input_path == "-" ? fs::current_path(ec) : fs::absolute(fs::path(input_path), ec).parent_path();
  if (ec) return {};
  fs::path dir = start.lexically_normal();
  // "a/b/" normalises to "a/b/" with an empty file name: drop the trailing separator.
  if (!dir.has_filename() && dir.has_parent_path() && dir != dir.root_path()) dir = dir.parent_path();
  for (int guard = 0; guard < 4096; ++guard) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return config_detail::display_path(candidate);
    if (fs::exists(dir / ".git", ec)) break;
    fs::path parent = dir.parent_path();
    if (parent == dir || parent.empty()) break;
    dir = parent;
  }
  return {};
}

}  // namespace avvlint
