#include "student/worker_pool.h"

#include <algorithm>

namespace candist {

WorkerPool::WorkerPool(int threads, std::function<void()> threadStart)
{
    const int workers = std::max(1, threads) - 1;
    m_workers.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        m_workers.emplace_back([this, threadStart] {
            if (threadStart)
                threadStart();
            workerLoop();
        });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
}

void WorkerPool::run(std::int64_t count, const std::function<void(std::int64_t)> &task)
{
    if (count <= 0)
        return;
    if (m_workers.empty() || count == 1) {
        // No hand-over cost for the single-threaded case; the same tasks, the same results.
        for (std::int64_t i = 0; i < count; ++i)
            task(i);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_task = &task;
        m_count = count;
        m_next = 0;
        m_finished = 0;
        m_errors.assign(size_t(count), nullptr);
        ++m_generation;
    }
    m_wake.notify_all();
    drain();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_done.wait(lock, [this] { return m_finished == m_count; });
    m_task = nullptr;
    std::vector<std::exception_ptr> errors;
    errors.swap(m_errors);
    lock.unlock();
    for (const std::exception_ptr &error : errors)
        if (error)
            std::rethrow_exception(error);
}

// Claims and runs indices until none are left; shared by the caller and the workers.
void WorkerPool::drain()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (m_task && m_next < m_count) {
        const std::int64_t index = m_next++;
        const auto *task = m_task;
        lock.unlock();
        std::exception_ptr error;
        try {
            (*task)(index);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        m_errors[size_t(index)] = error;
        if (++m_finished == m_count)
            m_done.notify_all();
    }
}

void WorkerPool::workerLoop()
{
    std::uint64_t seen = 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            seen = m_generation;
        }
        drain();
    }
}

void forEachChunk(std::int64_t count, std::int64_t chunkSize, WorkerPool *workers,
                  const std::function<void(std::int64_t, std::int64_t, std::int64_t)> &task)
{
    const std::int64_t chunks = (count + chunkSize - 1) / chunkSize;
    const auto run = [&](std::int64_t chunk) {
        task(chunk, chunk * chunkSize, std::min(count, (chunk + 1) * chunkSize));
    };
    if (workers) {
        workers->run(chunks, run);
    } else {
        for (std::int64_t chunk = 0; chunk < chunks; ++chunk)
            run(chunk);
    }
}

} // namespace candist
