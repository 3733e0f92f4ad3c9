// Reading members of a ZIP archive held in memory (libzip), with hard limits.
//
// A .docx is a ZIP archive, and a hostile one may be a zip bomb (a few KiB that
// inflate to gigabytes), hold millions of entries, lie about sizes in its
// directory, or be truncated. The archive refuses, as values: more than
// kMaxZipEntries entries, a declared total above kMaxUnzippedBytes, encrypted
// members, and any member that inflates beyond what it declared or beyond the
// remaining byte budget (reading stops at the cap; nothing larger is ever held).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct zip;

namespace avvlint::extract {

class ZipArchive {
 public:
  ZipArchive() = default;
  ZipArchive(ZipArchive const&) = delete;
  ZipArchive& operator=(ZipArchive const&) = delete;
  ~ZipArchive();

  // Opens the archive over `bytes` (which must outlive this object). Returns ""
  // on success, otherwise the cause ("corrupt or truncated ZIP archive", …).
  std::string open(std::string_view bytes);

  bool has(char const* name) const;
  // Reads one member into `out`, at most `cap` bytes. Returns "" or the cause.
  std::string read(char const* name, std::string& out, std::uint64_t cap);

 private:
  struct zip* zip_ = nullptr;
  std::uint64_t budget_ = 0;  // uncompressed bytes this archive may still deliver
};

}  // namespace avvlint::extract
