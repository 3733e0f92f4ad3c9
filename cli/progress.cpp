#include "progress.hpp"

#include <iostream>
#include <unistd.h>

namespace avvlint::cli {

Progress::Progress(std::size_t total)
    : total_(total), enabled_(total > 0 && isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}

void Progress::update(std::size_t finished) {
  if (!enabled_ || finished == last_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1)) return;
  if (shown_ && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  std::cerr << "\ravvlint: " << finished << "/" << total_ << " files\x1b[K" << std::flush;
  shown_ = true;
  last_ = finished;
}

void Progress::clear() {
  if (!shown_) return;
  std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
  last_ = static_cast<std::size_t>(-1);
}

}  // namespace avvlint::cli
