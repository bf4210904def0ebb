// POSIX adapters of the command line: errno stays in here, Status values come out.
#include "posix.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

extern char** environ;

namespace rightslint::cli {
namespace {

// "permission denied": the system's reason, in the lower case of our messages.
std::string ErrnoText(int error) {
  std::string text = std::error_code(error, std::generic_category()).message();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// A file descriptor closed when it goes out of scope (errors of that close are of no interest:
// where they matter, Close() is called and checked first).
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now; false with errno set if the system reports an error (a delayed write failure).
  bool Close() {
    const int fd = std::exchange(fd_, -1);
    return fd < 0 || ::close(fd) == 0;
  }

 private:
  int fd_;
};

int OpenRetrying(const char* path, int flags, mode_t mode = 0) {
  int fd;
  do {
    fd = ::open(path, flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

// Reads both pipes into `output` until each reports end of file. Both are read as data arrives,
// so a program that fills one pipe while we wait on the other cannot block.
Status ReadUntilClosed(int out_fd, int err_fd, ProgramOutput* output) {
  pollfd polled[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* const sinks[2] = {&output->out, &output->err};
  int open_count = 2;
  char buffer[1 << 16];
  while (open_count > 0) {
    if (::poll(polled, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return Status::Io("poll: " + ErrnoText(errno));
    }
    for (int i = 0; i < 2; ++i) {
      if (polled[i].fd < 0 || polled[i].revents == 0) continue;
      const ssize_t got = ::read(polled[i].fd, buffer, sizeof buffer);
      if (got > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(got));
        continue;
      }
      if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (got < 0) return Status::Io("read: " + ErrnoText(errno));
      polled[i].fd = -1;  // end of file; poll skips negative descriptors
      --open_count;
    }
  }
  return Status::Ok();
}

// The exit status of `pid` as a shell reports it (128 + N for signal N).
int WaitForExit(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return 128;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 128;
}

}  // namespace

StatusOr<std::string> ReadWholeFile(const std::string& path) {
  Descriptor fd(OpenRetrying(path.c_str(), O_RDONLY));
  if (fd.get() < 0) {
    const int error = errno;
    if (error == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::Io(path + ": " + ErrnoText(error));
  }
  struct stat info;
  if (::fstat(fd.get(), &info) == 0 && S_ISDIR(info.st_mode)) {
    return Status::Io(path + ": is a directory");
  }
  std::string content;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got == 0) return content;
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::Io(path + ": " + ErrnoText(errno));
    }
    content.append(buffer, static_cast<std::size_t>(got));
  }
}

StatusOr<ProgramOutput> RunProgram(const std::vector<std::string>& argv) {
  if (argv.empty()) return Status::Internal("RunProgram: no program given");
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return Status::Io("pipe: " + ErrnoText(errno));
  Descriptor out_read(out_pipe[0]), out_write(out_pipe[1]);
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) return Status::Io("pipe: " + ErrnoText(errno));
  Descriptor err_read(err_pipe[0]), err_write(err_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_write.get(), STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawn_error =
      ::posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  // Our copies of the write ends must be closed, or the reads below never see end of file.
  out_write.Close();
  err_write.Close();
  if (spawn_error == ENOENT) return Status::NotFound(argv[0] + ": not found in PATH");
  if (spawn_error != 0) return Status::Io(argv[0] + ": cannot run: " + ErrnoText(spawn_error));

  ProgramOutput output;
  const Status read = ReadUntilClosed(out_read.get(), err_read.get(), &output);
  // Closing our read ends first lets a program we stopped reading from end (SIGPIPE) rather than
  // block the wait below.
  out_read.Close();
  err_read.Close();
  output.exit_code = WaitForExit(pid);
  if (!read.ok()) return Status::Io(argv[0] + ": " + read.message());
  return output;
}

Status ReplaceProcess(const std::string& path, const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  ::execv(path.c_str(), args.data());
  const int error = errno;
  const std::string message = path + ": " + ErrnoText(error);
  return error == ENOENT ? Status::NotFound(message) : Status::Io(message);
}

}  // namespace rightslint::cli
