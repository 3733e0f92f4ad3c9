// Running a helper program (pdftotext) without a shell: posix_spawnp with the
// arguments as given, stdin from /dev/null, stdout and stderr captured through
// pipes, a hard timeout after which the child (and its process group) is killed. Nothing is thrown; what
// happened is in the result.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace avvlint::extract {

struct ProcessResult {
  bool started = false;   // false: the program could not be run (see spawn_errno)
  int spawn_errno = 0;    // ENOENT: not installed / not on PATH
  bool timed_out = false; // killed after the timeout
  int exit_code = -1;     // the exit status, or -1 when ended by a signal
  int signal = 0;         // the signal that ended it, if any
  std::string out, err;   // captured output, each cut at max_output bytes
  bool out_truncated = false;
};

ProcessResult run_process(std::vector<std::string> const& argv, std::chrono::milliseconds timeout,
                          std::size_t max_output);

}  // namespace avvlint::extract
