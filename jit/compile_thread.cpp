#include "jit/compile_thread.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <thread>

namespace phpovm::jit {

namespace {

// One compile thread per process, never destroyed: the Engine stops it (stop_compile_thread)
// before the process exits, because a compile under way uses LLVM's static objects, which exit()
// destroys.
struct Worker {
  std::mutex mutex;
  std::condition_variable wake;
  std::deque<std::shared_ptr<CompileJob>> queue;
  bool stopping = false;
  std::thread thread;
  pid_t owner = 0;
};
Worker* g_worker;

}  // namespace

void stop_compile_thread() {
  Worker* w = g_worker;
  if (!w || w->owner != getpid()) return;
  {
    std::lock_guard<std::mutex> lock(w->mutex);
    w->stopping = true;
    w->queue.clear();
  }
  w->wake.notify_all();
  if (w->thread.joinable() && w->thread.get_id() != std::this_thread::get_id()) w->thread.join();
}

namespace {

void run(Worker* w) {
  // LLVM is loaded here, not on the thread that runs PHP (it takes 12-25 ms), and only then is the
  // last-resort hook registered: exit() runs hooks in reverse order, so it stops this thread
  // before LLVM's static objects are destroyed.
  load_backend();
  std::atexit(stop_compile_thread);
  for (;;) {
    std::shared_ptr<CompileJob> job;
    {
      std::unique_lock<std::mutex> lock(w->mutex);
      w->wake.wait(lock, [&] { return w->stopping || !w->queue.empty(); });
      if (w->stopping) return;
      job = std::move(w->queue.front());
      w->queue.pop_front();
    }
    compile_now(*job);
  }
}

}  // namespace

void compile_now(CompileJob& job) {
  auto started = std::chrono::steady_clock::now();
  job.code = job.function ? compile_functions(job.module, job.name, job.why) : compile_loop(job.region, job.name, job.why);
  job.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  job.done.store(true, std::memory_order_release);
}

void compile_in_background(std::shared_ptr<CompileJob> job) {
  if (!g_worker || g_worker->owner != getpid()) {
    // First use, or a child of fork() (which has no thread): a new thread. A parent's worker is
    // left as it is: its thread does not exist here.
    g_worker = new Worker();
    g_worker->owner = getpid();
    g_worker->thread = std::thread(run, g_worker);
  }
  {
    std::lock_guard<std::mutex> lock(g_worker->mutex);
    g_worker->queue.push_back(std::move(job));
  }
  g_worker->wake.notify_one();
}

}  // namespace phpovm::jit
