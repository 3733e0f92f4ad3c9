// libFuzzer target: the whole pipeline — decode, build the clause tree, lint, and
// render the JSON report — on arbitrary bytes.
#include <avvlint/lint.hpp>
#include <avvlint/report.hpp>
#include <avvlint/source.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  static avvlint::RulePack const pack = std::move(*avvlint::load_default_rule_pack().pack);
  auto r = avvlint::decode_source("fuzz.txt", std::string(reinterpret_cast<char const*>(data), size));
  if (!r.ok()) return 0;
  auto result = avvlint::lint(avvlint::build_document(std::move(*r.source)), pack);
  std::ostringstream out;
  avvlint::write_json(out, {&result}, pack, {});
  avvlint::write_text(out, result, pack, {});
  return 0;
}
