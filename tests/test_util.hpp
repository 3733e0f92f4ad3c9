// Helpers for tests: build documents from literal text, find the shared folder.
#pragma once

#include <avvlint/lint.hpp>
#include <avvlint/model.hpp>
#include <avvlint/source.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace avvlint::test {

inline Document parse(std::string text) {
  auto r = decode_source("test.txt", std::move(text));
  REQUIRE(r.ok());
  return build_document(std::move(*r.source));
}

inline RulePack const& pack() {
  static RulePack const p = [] {
    auto r = load_default_rule_pack();
    REQUIRE(r.ok());
    return std::move(*r.pack);
  }();
  return p;
}

inline DocumentResult lint_text(std::string text) { return lint(parse(std::move(text)), pack()); }

inline std::vector<Finding> findings_of(DocumentResult const& r, std::string const& rule) {
  std::vector<Finding> out;
  for (auto const& f : r.findings) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

inline std::filesystem::path seed_path() {
  return std::filesystem::path(AVVLINT_SHARED_DIR) / "seed" / "avv-kreativburschen.txt";
}

inline std::string read_file(std::filesystem::path const& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

// The role a document gives a defined term ("controller", "processor", ""), or "undefined".
inline std::string role_of(Document const& doc, std::string const& term) {
  for (auto const& d : doc.definitions) {
    if (d.term == term) return d.role;
  }
  return "undefined";
}

// The first node with this id, or nullptr.
inline Node const* find_node(Document const& doc, std::string const& id) {
  for (auto const& n : doc.nodes) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

}  // namespace avvlint::test
