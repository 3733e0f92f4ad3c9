// ZIP member reading with caps on entries and inflated size (see zip_archive.hpp).
#include "zip_archive.hpp"

#include "extract.hpp"

#include <zip.h>

namespace avvlint::extract {

namespace {

std::string mib(std::uint64_t bytes) { return std::to_string(bytes / (1024u * 1024u)) + " MiB"; }

std::string open_error(int code) {
  switch (code) {
    case ZIP_ER_NOZIP: return "binary data, not a valid .docx: corrupt or truncated ZIP archive";
    case ZIP_ER_INCONS: return "binary data, not a valid .docx: inconsistent ZIP archive (corrupt or truncated)";
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK: return "binary data, not a valid .docx: truncated ZIP archive";
    case ZIP_ER_MULTIDISK: return "not a valid .docx: multi-part ZIP archive";
    case ZIP_ER_MEMORY: return "out of memory while opening the ZIP archive";
    default: {
      zip_error_t e;
      zip_error_init_with_code(&e, code);
      std::string s = std::string("cannot open the ZIP archive: ") + zip_error_strerror(&e);
      zip_error_fini(&e);
      return s;
    }
  }
}

}  // namespace

ZipArchive::~ZipArchive() {
  if (zip_ != nullptr) zip_discard(zip_);
}

std::string ZipArchive::open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    zip_error_fini(&error);
    return "out of memory while opening the ZIP archive";
  }
  zip_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (zip_ == nullptr) {
    zip_source_free(src);
    int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    return open_error(code);
  }
  zip_error_fini(&error);
  zip_int64_t entries = zip_get_num_entries(zip_, 0);
  if (entries < 0) return "not a valid .docx: unreadable ZIP directory";
  if (static_cast<std::uint64_t>(entries) > kMaxZipEntries) {
    return "ZIP archive with " + std::to_string(entries) + " entries (limit " + std::to_string(kMaxZipEntries) +
           "): not a .docx, refused";
  }
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
      return "not a valid .docx: unreadable ZIP entry";
    }
    if ((st.valid & ZIP_STAT_SIZE) != 0) total += st.size;
    if (total > kMaxUnzippedBytes) {
      return "ZIP archive inflates to more than " + mib(kMaxUnzippedBytes) + " (zip bomb?), refused";
    }
  }
  budget_ = kMaxUnzippedBytes;
  return {};
}

bool ZipArchive::has(char const* name) const { return zip_ != nullptr && zip_name_locate(zip_, name, 0) >= 0; }

std::string ZipArchive::read(char const* name, std::string& out, std::uint64_t cap) {
  out.clear();
  if (zip_ == nullptr) return "ZIP archive not open";
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_, name, 0, &st) != 0) return std::string(name) + " missing";
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE) {
    return std::string(name) + " is encrypted (password-protected document)";
  }
  std::uint64_t limit = cap < budget_ ? cap : budget_;
  bool declared = (st.valid & ZIP_STAT_SIZE) != 0;
  if (declared && st.size > limit) {
    return std::string(name) + " inflates to " + mib(st.size) + ", more than the limit of " + mib(limit) +
           " (zip bomb?)";
  }
  if (declared) limit = st.size;  // a member may not deliver more than its directory entry says
  zip_file_t* file = zip_fopen(zip_, name, 0);
  if (file == nullptr) {
    return std::string("cannot read ") + name + ": " + zip_error_strerror(zip_get_error(zip_));
  }
  char buffer[64 * 1024];
  std::string cause;
  for (;;) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      cause = std::string("corrupt ZIP member ") + name + ": " + zip_error_strerror(zip_file_get_error(file));
      break;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > limit) {
      cause = declared ? std::string(name) + " inflates to more than its declared size (corrupt archive or zip bomb)"
                       : std::string(name) + " inflates beyond the limit of " + mib(limit) + " (zip bomb?)";
      break;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  zip_fclose(file);
  if (!cause.empty()) {
    out.clear();
    return cause;
  }
  budget_ -= out.size();
  return {};
}

}  // namespace avvlint::extract
