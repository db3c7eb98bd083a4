#include "loader/mapped_file.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace phpovm::image {

// One mapping. `truncated` is set by the SIGBUS handler; nothing else writes it.
struct FileMapping {
  const char* begin;
  size_t length;  // whole pages
  volatile sig_atomic_t truncated = 0;
};

namespace {

// The live mappings. Changed only by map_file and Release, which touch no mapped byte, so the
// handler (which runs only on a fault in mapped memory) never sees the vector half-changed.
std::vector<FileMapping*>& mappings() {
  static auto* list = new std::vector<FileMapping*>();
  return *list;
}

struct sigaction g_previous;
bool g_installed = false;
uintptr_t g_page_size = 4096;  // read when the handler is installed, not in it

void on_sigbus(int sig, siginfo_t* info, void* context) {
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  for (FileMapping* m : mappings()) {
    auto begin = reinterpret_cast<uintptr_t>(m->begin);
    if (addr < begin || addr >= begin + m->length) continue;
    // The file lost the pages from here on: zeros stand in for them, so the read completes.
    // (mmap is a plain system call; the signal is synchronous, raised by this thread's read.)
    uintptr_t page = addr & ~(g_page_size - 1);
    void* p = mmap(reinterpret_cast<void*>(page), begin + m->length - page, PROT_READ,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (p != MAP_FAILED) {
      m->truncated = 1;
      return;
    }
    break;
  }
  // Not ours: whatever handled SIGBUS before does (the default kills the process when the access
  // is retried).
  if ((g_previous.sa_flags & SA_SIGINFO) && g_previous.sa_sigaction) {
    g_previous.sa_sigaction(sig, info, context);
    return;
  }
  sigaction(SIGBUS, &g_previous, nullptr);
}

void install_handler() {
  if (g_installed) return;
  g_page_size = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  struct sigaction sa = {};
  sa.sa_sigaction = on_sigbus;
  sa.sa_flags = SA_SIGINFO | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGBUS, &sa, &g_previous) == 0) g_installed = true;
}

}  // namespace

FileBytes map_file(int fd, size_t size) {
  FileBytes out;
  if (size == 0) return out;
  install_handler();
  if (!g_installed) return out;
  size_t length = (size + g_page_size - 1) & ~(g_page_size - 1);
  void* p = mmap(nullptr, length, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) return out;
  auto* m = new FileMapping{static_cast<const char*>(p), length};
  mappings().push_back(m);
  out.data = std::unique_ptr<char[], FileRelease>(static_cast<char*>(p), FileRelease{m});
  out.size = size;
  return out;
}

void FileRelease::operator()(char* p) const noexcept {
  if (borrowed) return;
  if (!mapping) {
    delete[] p;
    return;
  }
  auto& list = mappings();
  list.erase(std::remove(list.begin(), list.end(), mapping), list.end());
  munmap(p, mapping->length);
  delete mapping;
}

void FileBytes::release_pages() const {
  if (!data.get_deleter().mapping) return;
  // Whole pages inside the bytes only: a page shared with the bytes around them stays.
  auto begin = (reinterpret_cast<uintptr_t>(data.get()) + g_page_size - 1) & ~(g_page_size - 1);
  auto end = (reinterpret_cast<uintptr_t>(data.get()) + size) & ~(g_page_size - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

bool FileBytes::intact() const { return !data.get_deleter().mapping || !data.get_deleter().mapping->truncated; }

FileBytes FileBytes::borrow(const FileBytes& whole, const char* data, size_t size) {
  FileBytes out;
  out.data = std::unique_ptr<char[], FileRelease>(const_cast<char*>(data),
                                                  FileRelease{whole.data.get_deleter().mapping, true});
  out.size = size;
  return out;
}

FileBytes FileBytes::allocate(size_t size) {
  FileBytes out;
  out.data = std::unique_ptr<char[], FileRelease>(new char[size ? size : 1], FileRelease{});
  out.size = size;
  return out;
}

}  // namespace phpovm::image
