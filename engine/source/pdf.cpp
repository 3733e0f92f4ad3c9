// .pdf → text through poppler-utils' pdftotext, run as a separate program.
//
// Why a subprocess and not libpoppler: poppler is GPL; calling its command-line
// tool keeps avvlint's own licence free, and a crash or hang inside the PDF
// parser cannot take avvlint down with it. The call is
//     pdftotext -layout -enc UTF-8 FILE -
// without a shell, stdin from /dev/null, killed after 20 s. Then the layout text
// is cleaned (pdf_layout.cpp). Refused, as one-line causes: pdftotext missing
// (names the Debian package), a PDF cut off before its %%EOF, pdftotext's own
// error (encrypted, damaged), and a PDF without any text (a scan).
#include "extract.hpp"
#include "subprocess.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace avvlint::extract {

namespace {

constexpr std::chrono::seconds kTimeout{20};
constexpr std::size_t kMaxText = 128u * 1024u * 1024u;

// A temporary copy of the bytes (for stdin or non-regular files), removed on exit.
class TempFile {
 public:
  std::string path;
  bool write(std::string_view bytes) {
    char const* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/avvlint-XXXXXX.pdf";
    int fd = mkstemps(pattern.data(), 4);
    if (fd < 0) return false;
    path = pattern;
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return done == bytes.size();
  }
  ~TempFile() {
    if (!path.empty()) ::unlink(path.c_str());
  }
};

// PDF files end with "%%EOF" (followed at most by line ends or a little padding).
bool has_eof_marker(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  return tail.find("%%EOF") != std::string_view::npos;
}

// pdftotext's most telling stderr line, as one line: "Incorrect password" rather
// than the "Syntax Warning" noise before it.
std::string first_error(std::string const& err) {
  std::string best, fallback;
  std::size_t pos = 0;
  while (pos < err.size()) {
    std::size_t end = err.find('\n', pos);
    if (end == std::string::npos) end = err.size();
    std::string line = err.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty()) continue;
    if (fallback.empty()) fallback = line;
    if (best.empty() && line.find("Warning") == std::string::npos) best = line;
  }
  std::string line = best.empty() ? fallback : best;
  for (char& c : line) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  if (line.size() > 200) line = line.substr(0, 200) + "…";
  return line;
}

bool has_text(std::string const& s) {
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\f' && c != '\t' && c != '\r') return true;
  }
  return false;
}

}  // namespace

Extracted extract_pdf(std::string const& path, std::string_view bytes) {
  Extracted result;
  if (!has_eof_marker(bytes)) {
    result.error = "truncated or damaged PDF: no %%EOF marker at the end of the file";
    return result;
  }
  std::string file = path;
  TempFile temp;
  struct stat st {};
  if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    if (!temp.write(bytes)) {
      result.error = std::string("cannot write a temporary copy for pdftotext: ") + std::strerror(errno);
      return result;
    }
    file = temp.path;
  } else if (!file.empty() && file.front() == '-') {
    file = "./" + file;  // never let a file name read as an option
  }

  ProcessResult run = run_process({"pdftotext", "-layout", "-enc", "UTF-8", file, "-"},
                                  std::chrono::duration_cast<std::chrono::milliseconds>(kTimeout), kMaxText);
  if (!run.started) {
    result.error = run.spawn_errno == ENOENT
                       ? "cannot read PDF: pdftotext not found (install the Debian package poppler-utils)"
                       : std::string("cannot run pdftotext: ") + std::strerror(run.spawn_errno);
    return result;
  }
  if (run.timed_out) {
    result.error = "pdftotext did not finish within " + std::to_string(kTimeout.count()) + " s (damaged or hostile PDF?)";
    return result;
  }
  if (run.signal != 0) {
    result.error = "pdftotext crashed (signal " + std::to_string(run.signal) + ") on this PDF";
    return result;
  }
  if (run.exit_code != 0) {
    std::string cause = first_error(run.err);
    if (cause.empty()) cause = "failed with exit code " + std::to_string(run.exit_code);
    if (cause.find("password") != std::string::npos) cause += " (encrypted PDF: remove the password first)";
    result.error = "pdftotext: " + cause;
    return result;
  }
  if (run.out_truncated) {
    result.error = "PDF text larger than " + std::to_string(kMaxText / (1024 * 1024)) + " MiB, refused";
    return result;
  }
  if (!has_text(run.out)) {
    bool failed = run.err.find("Error") != std::string::npos;
    result.error = failed ? "pdftotext: " + first_error(run.err) : "no text layer (scan?): run OCR first";
    return result;
  }
  result.text = clean_pdf_layout(run.out);
  return result;
}

}  // namespace avvlint::extract
