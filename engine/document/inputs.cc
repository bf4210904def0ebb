#include "document/inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

namespace rightslint {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kSniffBytes = 8192;  // binary detection looks this far into a walked file
constexpr int kMaxDepth = 256;             // a guard against trees we cannot tell are cyclic

// "No such file or directory" -> "no such file or directory": messages read "path: what failed".
std::string Lowercased(std::string message) {
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') message[0] += 'a' - 'A';
  return message;
}

std::string ErrnoText(int error) {
  return Lowercased(std::error_code(error, std::generic_category()).message());
}

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  }
  return text;
}

std::string ExtensionOf(const std::string& path) {
  return AsciiLower(fs::path(path).extension().string());
}

// Extensions of files picked up while walking a directory (besides none at all).
bool IsCheckableExtension(const std::string& extension) {
  static constexpr std::string_view kExtensions[] = {
      ".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".docx", ".odt", ".pdf"};
  return extension.empty() ||
         std::find(std::begin(kExtensions), std::end(kExtensions), extension) != std::end(kExtensions);
}

std::string_view TypeName(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "named pipe";
    case fs::file_type::socket:
      return "socket";
    case fs::file_type::block:
      return "block device";
    case fs::file_type::character:
      return "character device";
    default:
      return "special file";
  }
}

// A file descriptor closed on scope exit.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

int OpenForReading(const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

// read(2) until `size` bytes or end of file. Returns bytes read, or -1 with errno set.
ssize_t ReadFully(int fd, char* buffer, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(fd, buffer + done, size - done);
    if (got < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (got == 0) break;
    done += static_cast<std::size_t>(got);
  }
  return static_cast<ssize_t>(done);
}

// Offset of a NUL byte in the first kSniffBytes of the file; nullopt if none or unreadable (an
// unreadable file is listed anyway, so that reading it reports the error).
std::optional<std::size_t> SniffNulByte(const std::string& path) {
  FileDescriptor fd(OpenForReading(path));
  if (fd.get() < 0) return std::nullopt;
  char buffer[kSniffBytes];
  const ssize_t got = ReadFully(fd.get(), buffer, sizeof buffer);
  if (got <= 0) return std::nullopt;
  const void* nul = std::memchr(buffer, '\0', static_cast<std::size_t>(got));
  if (nul == nullptr) return std::nullopt;
  return static_cast<std::size_t>(static_cast<const char*>(nul) - buffer);
}

// Identity of a file or directory: the same directory reached twice (through a symlink or a bind
// mount) has the same device and inode, even where canonical paths would differ.
struct FileId {
  dev_t device;
  ino_t inode;
  friend bool operator<(const FileId& a, const FileId& b) {
    return std::pair(a.device, a.inode) < std::pair(b.device, b.inode);
  }
  friend bool operator==(const FileId& a, const FileId& b) = default;
};

std::optional<FileId> IdOf(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileId{info.st_dev, info.st_ino};
}

std::string JoinDisplay(const std::string& directory, const std::string& name) {
  if (!directory.empty() && directory.back() == '/') return directory + name;
  return directory + "/" + name;
}

class Expander {
 public:
  explicit Expander(const NoteSink& note) : note_(note) {}

  void AddArgument(const std::string& arg) {
    if (arg == "-") {
      files_.push_back(InputFile{"-", true, std::nullopt});
      return;
    }
    Visit(arg, /*named=*/true, /*depth=*/0);
  }

  std::vector<InputFile> Take() { return std::move(files_); }

 private:
  void Note(const std::string& path, const std::string& why) {
    if (note_) note_(path + ": skipped: " + why);
  }

  void Fail(const std::string& path, const std::string& why) {
    files_.push_back(InputFile{path, false, path + ": " + why});
  }

  // `named`: the user gave this path; problems are then errors, not notes, and files are listed
  // whatever their name or content.
  void Visit(const std::string& path, bool named, int depth) {
    std::error_code error;
    const fs::file_status link = fs::symlink_status(path, error);
    if (link.type() == fs::file_type::not_found || (error && !fs::exists(link))) {
      const std::string why = error ? Lowercased(error.message()) : ErrnoText(ENOENT);
      if (named) {
        Fail(path, why);
      } else {
        Note(path, why);  // removed while we were walking
      }
      return;
    }
    fs::file_status status = link;
    if (fs::is_symlink(link)) {
      status = fs::status(path, error);
      if (error || status.type() == fs::file_type::not_found) {
        std::string why;
        if (error.value() == ELOOP) {
          why = "symbolic link loop";
        } else if (status.type() == fs::file_type::not_found) {
          why = "dangling symbolic link";
        } else {
          why = Lowercased(error.message());
        }
        if (named) {
          Fail(path, why);
        } else {
          Note(path, why);
        }
        return;
      }
    }

    switch (status.type()) {
      case fs::file_type::regular:
        AddFile(path, named);
        return;
      case fs::file_type::directory:
        Walk(path, depth);
        return;
      case fs::file_type::fifo:
      case fs::file_type::character:
        // A named pipe or terminal given by name (`rightslint check /dev/stdin`, `<(cmd)`) is
        // read as a stream; found while walking, it could block forever.
        if (named) {
          files_.push_back(InputFile{path, false, std::nullopt});
        } else {
          Note(path, std::string(TypeName(status.type())));
        }
        return;
      default:
        if (named) {
          Fail(path, "not a regular file (" + std::string(TypeName(status.type())) + ")");
        } else {
          Note(path, std::string(TypeName(status.type())));
        }
        return;
    }
  }

  void AddFile(const std::string& path, bool named) {
    const std::optional<FileId> id = IdOf(path);
    if (!named) {
      const std::string extension = ExtensionOf(path);
      if (!IsCheckableExtension(extension)) {
        Note(path, "unsupported format (" + extension + ")");
        return;
      }
      if (id) {
        if (auto seen = listed_files_.find(*id); seen != listed_files_.end()) {
          Note(path, "same file as " + seen->second);
          return;
        }
      }
      std::optional<std::size_t> nul;
      if (!IsBinaryFormat(FormatForPath(path)) && (nul = SniffNulByte(path))) {
        Note(path, "binary file (NUL byte at offset " + std::to_string(*nul) + ")");
        return;
      }
    }
    if (id) listed_files_.emplace(*id, path);
    files_.push_back(InputFile{path, false, std::nullopt});
  }

  void Walk(const std::string& path, int depth) {
    const std::optional<FileId> id = IdOf(path);
    if (id) {
      if (std::find(ancestors_.begin(), ancestors_.end(), *id) != ancestors_.end()) {
        Note(path, "symbolic link loop (a directory containing itself)");
        return;
      }
      if (auto seen = walked_directories_.find(*id); seen != walked_directories_.end()) {
        Note(path, "directory already checked as " + seen->second);
        return;
      }
      walked_directories_.emplace(*id, path);
    }
    if (depth >= kMaxDepth) {
      Note(path, "nested deeper than " + std::to_string(kMaxDepth) + " directories");
      return;
    }

    std::error_code error;
    fs::directory_iterator it(path, error);
    std::vector<std::string> names;
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      names.push_back(it->path().filename().string());
    }
    if (error) {
      // Unreadable (permission denied) or failing half-way: an error entry, so the run reports it
      // instead of silently checking less than asked; the names listed so far are still checked.
      Fail(path, "cannot list directory: " + Lowercased(error.message()));
    }
    std::sort(names.begin(), names.end());

    if (id) ancestors_.push_back(*id);
    for (const std::string& name : names) {
      const std::string child = JoinDisplay(path, name);
      if (name.front() == '.') {
        Note(child, "hidden");
        continue;
      }
      Visit(child, /*named=*/false, depth + 1);
    }
    if (id) ancestors_.pop_back();
  }

  const NoteSink& note_;
  std::vector<InputFile> files_;
  std::vector<FileId> ancestors_;                     // directories being walked, outermost first
  std::map<FileId, std::string> walked_directories_;  // every directory walked, and its path
  std::map<FileId, std::string> listed_files_;        // every file listed, and its path
};

Status TooLarge(const std::string& display, std::size_t max_bytes) {
  return Status::Invalid(display + ": file too large (over " + std::to_string(max_bytes) +
                         " bytes)");
}

// Reads all of `fd` into `out`. A regular file is read with one allocation of its stat size and
// one read(2); pipes, terminals, /proc files (size 0) and files that grow meanwhile are read on in
// chunks.
Status ReadAll(int fd, const std::string& display, std::size_t max_bytes, std::string& out) {
  struct stat info;
  if (::fstat(fd, &info) != 0) return Status::Io(display + ": " + ErrnoText(errno));
  if (S_ISDIR(info.st_mode)) return Status::Io(display + ": " + ErrnoText(EISDIR));
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > max_bytes) return TooLarge(display, max_bytes);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    out.resize(size);
    const ssize_t got = ReadFully(fd, out.data(), size);
    if (got < 0) return Status::Io(display + ": " + ErrnoText(errno));
    out.resize(static_cast<std::size_t>(got));
    if (static_cast<std::size_t>(got) < size) return Status::Ok();  // shrank while reading
  }
  std::vector<char> chunk(1 << 16);
  while (true) {
    const ssize_t got = ReadFully(fd, chunk.data(), chunk.size());
    if (got < 0) return Status::Io(display + ": " + ErrnoText(errno));
    if (got == 0) break;
    const auto count = static_cast<std::size_t>(got);
    if (out.size() + count > max_bytes) return TooLarge(display, max_bytes);
    out.append(chunk.data(), count);
    // Stop early on an endless binary stream (/dev/zero) instead of buffering max_bytes of it;
    // the caller reports the NUL byte.
    if (std::memchr(chunk.data(), '\0', count) != nullptr) break;
    if (count < chunk.size()) break;
  }
  return Status::Ok();
}

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args, const NoteSink& note) {
  Expander expander(note);
  for (const std::string& arg : args) expander.AddArgument(arg);
  return expander.Take();
}

Format FormatForPath(const std::string& path) {
  const std::string extension = ExtensionOf(path);
  if (extension == ".md" || extension == ".markdown" || extension == ".mdown") {
    return Format::kMarkdown;
  }
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return Format::kHtml;
  if (extension == ".docx") return Format::kDocx;
  if (extension == ".odt") return Format::kOdt;
  if (extension == ".pdf") return Format::kPdf;
  return Format::kText;
}

StatusOr<Source> ReadSource(const InputFile& input, const std::string& stdin_filename,
                            std::size_t max_bytes) {
  if (input.error) {
    std::error_code ignored;
    const bool missing = !fs::exists(fs::symlink_status(input.path, ignored));
    return missing ? Status::NotFound(*input.error) : Status::Io(*input.error);
  }
  Source source;
  source.path = input.is_stdin ? stdin_filename : input.path;
  source.format = FormatForPath(source.path);

  Status status;
  if (input.is_stdin) {
    status = ReadAll(STDIN_FILENO, source.path, max_bytes, source.bytes);
  } else {
    FileDescriptor fd(OpenForReading(input.path));
    if (fd.get() < 0) {
      const int error = errno;
      const std::string message = source.path + ": " + ErrnoText(error);
      return error == ENOENT ? Status::NotFound(message) : Status::Io(message);
    }
    status = ReadAll(fd.get(), source.path, max_bytes, source.bytes);
  }
  if (!status.ok()) return status;

  if (IsBinaryFormat(source.format)) return source;  // the extractor checks the container
  if (const void* nul = std::memchr(source.bytes.data(), '\0', source.bytes.size())) {
    const auto offset = static_cast<const char*>(nul) - source.bytes.data();
    return Status::Invalid(source.path + ": binary file (NUL byte at offset " +
                           std::to_string(offset) + ")");
  }
  return source;
}

}  // namespace rightslint
