// Running one piece of work per input on a few threads, and handing the results
// back in input order — so that `check -j 4` writes exactly the bytes `-j 1` writes.
#pragma once

#include <cstddef>
#include <functional>

namespace avvlint::cli {

// Calls work(i) for every i < count on `threads` worker threads (each i once, any
// order, concurrently); on the calling thread, calls deliver(i) for i = 0, 1, … as
// soon as work(i) has finished, and tick(finished) every ~100 ms while it waits.
// work must not throw; deliver and tick run on the calling thread only.
void run_in_order(std::size_t count, unsigned threads, std::function<void(std::size_t)> const& work,
                  std::function<void(std::size_t)> const& deliver, std::function<void(std::size_t)> const& tick);

}  // namespace avvlint::cli
