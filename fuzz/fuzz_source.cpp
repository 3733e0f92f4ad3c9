// libFuzzer target: source decoding (encodings, BOMs, line ends, binary detection).
#include <avvlint/source.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  auto r = avvlint::decode_source("fuzz.txt", std::string(reinterpret_cast<char const*>(data), size));
  if (r.ok()) {
    auto const& src = *r.source;
    if (!src.text.empty()) (void)src.position(src.text.size() / 2);
  }
  return 0;
}
