// "avvlint: 37/120 files" on standard error while a long run works: only when
// standard error is a terminal and only after the first second, so that quick runs,
// pipes and CI logs never see it; redrawn at most ten times a second. clear()
// removes the line before other output goes to the terminal.
#pragma once

#include <chrono>
#include <cstddef>

namespace avvlint::cli {

class Progress {
 public:
  explicit Progress(std::size_t total);
  void update(std::size_t finished);
  void clear();

 private:
  std::size_t total_;
  bool enabled_;
  bool shown_ = false;
  std::size_t last_ = static_cast<std::size_t>(-1);
  std::chrono::steady_clock::time_point start_, drawn_;
};

}  // namespace avvlint::cli
