#pragma once
// Internal to core/student: a small persistent pool that runs indexed tasks to completion.

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace candist {

// Runs task(0) .. task(count - 1) on `threads` threads (the calling thread is one of them) and
// returns when all are done. Which thread runs which index is unspecified, so a task must write
// only to its own slot: results are then the same for any thread count. The first exception (by
// index) is rethrown in the calling thread after every task has finished. Not reentrant: one
// run() at a time, from one thread.
class WorkerPool
{
public:
    // `threadStart` runs once at the start of every worker thread (e.g. per-thread torch settings).
    explicit WorkerPool(int threads, std::function<void()> threadStart = {});
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    int threads() const { return int(m_workers.size()) + 1; }
    void run(std::int64_t count, const std::function<void(std::int64_t)> &task);

private:
    void workerLoop();
    void drain();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(std::int64_t)> *m_task = nullptr;
    std::int64_t m_count = 0;
    std::int64_t m_next = 0;
    std::int64_t m_finished = 0;
    std::uint64_t m_generation = 0;
    bool m_stopping = false;
    std::vector<std::exception_ptr> m_errors;
};

// Runs task(chunk, begin, end) over the fixed chunks [begin, end) of `count` items, each of
// `chunkSize`, on `workers` when there are any (else in the calling thread). The chunks never
// depend on the thread count, so neither do results joined in chunk order.
void forEachChunk(std::int64_t count, std::int64_t chunkSize, WorkerPool *workers,
                  const std::function<void(std::int64_t, std::int64_t, std::int64_t)> &task);

} // namespace candist
