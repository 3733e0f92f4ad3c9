#include "jobs.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace avvlint::cli {

void run_in_order(std::size_t count, unsigned threads, std::function<void(std::size_t)> const& work,
                  std::function<void(std::size_t)> const& deliver, std::function<void(std::size_t)> const& tick) {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<char> done(count, 0);
  std::size_t finished = 0;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (;;) {
      std::size_t i = next.fetch_add(1);
      if (i >= count) return;
      work(i);
      {
        std::lock_guard<std::mutex> lock(mutex);
        done[i] = 1;
        ++finished;
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(threads, count));
  pool.reserve(n);
  for (std::size_t t = 0; t < n; ++t) pool.emplace_back(worker);
  for (std::size_t i = 0; i < count; ++i) {
    std::unique_lock<std::mutex> lock(mutex);
    while (!done[i]) {
      if (changed.wait_for(lock, std::chrono::milliseconds(100)) == std::cv_status::timeout) {
        std::size_t f = finished;
        lock.unlock();
        tick(f);
        lock.lock();
      }
    }
    std::size_t f = finished;
    lock.unlock();
    deliver(i);
    tick(f);
  }
  for (auto& t : pool) t.join();
}

}  // namespace avvlint::cli
