// BoundedTaskQueue: the server's thread pool. A fixed number of worker threads and a bounded queue
// of accepted connections waiting for one (cpp-httplib's own ThreadPool queues without a limit).
//
// cpp-httplib calls enqueue() from its accept loop with one task per accepted connection; a worker
// runs the task, which serves the connection's requests (keep-alive) and closes it. When every
// worker is busy and the queue is full, enqueue() waits for a free place: the accept loop stops
// accepting, and new connections wait in the kernel's listen backlog, then are refused or time out
// in the client. Memory stays bounded (at most `threads` requests are read at a time) and
// nothing accepted is ever dropped without an answer.
#ifndef RIGHTSLINT_SERVER_BOUNDED_TASK_QUEUE_H_
#define RIGHTSLINT_SERVER_BOUNDED_TASK_QUEUE_H_

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rightslint::server {

class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  // Starts `threads` workers (at least 1); at most `max_queued` tasks wait for one (at least 1).
  BoundedTaskQueue(std::size_t threads, std::size_t max_queued);
  ~BoundedTaskQueue() override;
  BoundedTaskQueue(const BoundedTaskQueue&) = delete;
  BoundedTaskQueue& operator=(const BoundedTaskQueue&) = delete;

  // Waits while the queue is full, then queues `task`.
  void enqueue(std::function<void()> task) override;
  // Runs what is queued, then joins the workers. Idempotent.
  void shutdown() override;

  std::size_t busy() const;    // workers running a task
  std::size_t queued() const;  // tasks waiting for a worker

 private:
  void Work();

  const std::size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable task_ready_;  // a task was queued, or shutdown
  std::condition_variable place_free_;  // a task left the queue
  std::deque<std::function<void()>> tasks_;
  std::size_t busy_ = 0;
  bool shutting_down_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace rightslint::server

#endif  // RIGHTSLINT_SERVER_BOUNDED_TASK_QUEUE_H_
