#include "bounded_task_queue.h"

#include <algorithm>
#include <utility>

namespace rightslint::server {

BoundedTaskQueue::BoundedTaskQueue(std::size_t threads, std::size_t max_queued)
    : max_queued_(std::max<std::size_t>(1, max_queued)) {
  threads = std::max<std::size_t>(1, threads);
  workers_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
}

BoundedTaskQueue::~BoundedTaskQueue() { shutdown(); }

void BoundedTaskQueue::enqueue(std::function<void()> task) {
  std::unique_lock lock(mutex_);
  place_free_.wait(lock, [this] { return tasks_.size() < max_queued_ || shutting_down_; });
  // After shutdown nobody would run it; but a task owns a socket that only running it closes.
  if (shutting_down_) {
    lock.unlock();
    task();
    return;
  }
  tasks_.push_back(std::move(task));
  lock.unlock();
  task_ready_.notify_one();
}

void BoundedTaskQueue::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (shutting_down_ && workers_.empty()) return;
    shutting_down_ = true;
  }
  task_ready_.notify_all();
  place_free_.notify_all();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  std::lock_guard lock(mutex_);
  workers_.clear();
}

std::size_t BoundedTaskQueue::busy() const {
  std::lock_guard lock(mutex_);
  return busy_;
}

std::size_t BoundedTaskQueue::queued() const {
  std::lock_guard lock(mutex_);
  return tasks_.size();
}

void BoundedTaskQueue::Work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      task_ready_.wait(lock, [this] { return !tasks_.empty() || shutting_down_; });
      if (tasks_.empty()) return;  // shutting down and nothing left to run
      task = std::move(tasks_.front());
      tasks_.pop_front();
      ++busy_;
    }
    place_free_.notify_one();
    task();
    std::lock_guard lock(mutex_);
    --busy_;
  }
}

}  // namespace rightslint::server
