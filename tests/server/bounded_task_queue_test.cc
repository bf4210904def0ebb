// BoundedTaskQueue: no more than `threads` tasks at a time, at most `max_queued` waiting, and
// everything queued runs before shutdown returns.
#include "bounded_task_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace rightslint::server {
namespace {

using namespace std::chrono_literals;

TEST(ServerBoundedTaskQueueTest, RunsEveryTaskWithAtMostThreadsAtATime) {
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  std::atomic<int> done{0};
  {
    BoundedTaskQueue queue(3, 100);
    for (int i = 0; i < 60; ++i) {
      queue.enqueue([&] {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(1ms);
        --running;
        ++done;
      });
    }
    queue.shutdown();
  }
  EXPECT_EQ(done.load(), 60);
  EXPECT_LE(most.load(), 3);
}

TEST(ServerBoundedTaskQueueTest, EnqueueWaitsWhileTheQueueIsFull) {
  BoundedTaskQueue queue(1, 1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  queue.enqueue([released] { released.wait(); });  // occupies the worker
  while (queue.busy() != 1) std::this_thread::sleep_for(1ms);
  queue.enqueue([] {});  // fills the queue
  EXPECT_EQ(queue.queued(), 1u);
  std::atomic<bool> third_queued{false};
  std::thread producer([&] {
    queue.enqueue([] {});
    third_queued = true;
  });
  std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(third_queued.load()) << "enqueue must wait for a free place";
  release.set_value();
  producer.join();
  EXPECT_TRUE(third_queued.load());
  queue.shutdown();
  EXPECT_EQ(queue.queued(), 0u);
}

}  // namespace
}  // namespace rightslint::server
