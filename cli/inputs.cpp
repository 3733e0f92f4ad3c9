#include "inputs.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace avvlint::cli {

namespace fs = std::filesystem;

namespace {

bool supported(fs::path const& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".docx" || ext == ".pdf";
}

bool hidden(fs::path const& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name.front() == '.' && name != "..";
}

// The supported files below a directory, sorted by path (component by component).
std::vector<fs::path> walk(fs::path const& dir, std::string& error) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    fs::path const& p = it->path();
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (hidden(p)) it.disable_recursion_pending();
      continue;
    }
    if (!hidden(p) && supported(p) && it->is_regular_file(type_ec)) found.push_back(p);
  }
  if (ec) error = dir.string() + ": cannot read the directory: " + ec.message();
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

Inputs expand_inputs(std::vector<std::string> const& arguments) {
  Inputs out;
  for (auto const& arg : arguments) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      out.files.push_back(arg);  // a missing or unreadable file is reported when it is loaded
      continue;
    }
    std::string error;
    auto found = walk(fs::path(arg), error);
    if (!error.empty()) {
      out.errors.push_back(error);
    } else if (found.empty()) {
      out.errors.push_back(arg + ": no .txt, .md, .docx or .pdf file in this directory");
    }
    for (auto const& p : found) out.files.push_back(p.string());
  }
  return out;
}

}  // namespace avvlint::cli
