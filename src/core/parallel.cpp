// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace leastbad::core {

int resolveThreadCount(int threads) {
    if (threads > 0)
        return threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

namespace {

// One parallelFor call: items are claimed in chunks from a shared counter, so fast
// threads take more; which thread runs an item never changes its result.
struct Job {
    int count = 0;
    int chunk = 1;
    const std::function<void(int)> *body = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    std::atomic<int> next{0};
    std::atomic<int> done{0};

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    // Runs chunks until none are left; `progress` (the calling thread only) between them.
    void work(const ProgressFn *progress) {
        while (!isCancelled()) {
            const int begin = next.fetch_add(chunk);
            if (begin >= count)
                break;
            const int end = std::min(count, begin + chunk);
            for (int i = begin; i < end; ++i)
                (*body)(i);
            const int finished = done.fetch_add(end - begin) + (end - begin);
            if (progress && *progress)
                (*progress)(finished, count);
        }
    }
};

thread_local bool t_insidePool = false;

// The threads that help parallelFor, started once and kept for the life of the
// process (issue 20: starting threads per call cost more than small runs took). A
// call waits for no one: the caller works on its own job too, and helpers join the
// job of the current generation.
class ThreadPool {
public:
    static ThreadPool &instance() {
        static ThreadPool pool;
        return pool;
    }

    ~ThreadPool() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_threads.clear(); // joins
    }

    // Runs the job on the caller and up to `helpers` pool threads; returns when every
    // helper that joined has left it. The caller holds the pool (tryReserve).
    void run(Job &job, int helpers, const ProgressFn &progress) {
        {
            std::lock_guard lock(m_mutex);
            while (static_cast<int>(m_threads.size()) < helpers)
                m_threads.emplace_back(
                    [this, index = static_cast<int>(m_threads.size())] { loop(index); });
            m_job = &job;
            m_helpers = helpers;
            ++m_generation;
        }
        m_wake.notify_all();
        // Even if an item throws on this thread, no helper may outlive the job.
        struct Detach {
            ThreadPool &pool;
            ~Detach() {
                std::unique_lock lock(pool.m_mutex);
                pool.m_job = nullptr; // no helper joins late
                pool.m_idle.wait(lock, [this] { return pool.m_active == 0; });
            }
        } detach{*this};
        job.work(&progress);
    }

    // One job at a time: false while another thread's parallelFor holds the pool.
    bool tryReserve() {
        bool expected = false;
        return m_reserved.compare_exchange_strong(expected, true);
    }
    void release() { m_reserved.store(false); }

private:
    void loop(int index) {
        t_insidePool = true;
        unsigned long long seen = 0;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            seen = m_generation;
            if (!m_job || index >= m_helpers)
                continue;
            Job *job = m_job;
            ++m_active;
            lock.unlock();
            job->work(nullptr);
            lock.lock();
            if (--m_active == 0)
                m_idle.notify_all();
        }
    }

    std::atomic<bool> m_reserved{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::vector<std::jthread> m_threads;
    Job *m_job = nullptr;
    int m_helpers = 0;
    int m_active = 0;
    unsigned long long m_generation = 0;
    bool m_stopping = false;
};

} // namespace

bool parallelFor(int count, int threads, const std::function<void(int)> &body,
                 const std::atomic<bool> *cancel, const ProgressFn &progress) {
    if (count <= 0)
        return true;
    const int workers = std::min(resolveThreadCount(threads), count);
    Job job;
    job.count = count;
    job.chunk = std::max(1, std::min(64, count / (workers * 8)));
    job.body = &body;
    job.cancel = cancel;
    if (workers <= 1 || t_insidePool) {
        // One thread, or a parallelFor inside an item: the pool is busy with the outer one.
        job.work(&progress);
        return job.done.load() == count;
    }
    ThreadPool &pool = ThreadPool::instance();
    if (pool.tryReserve()) {
        struct Reservation {
            ThreadPool &pool;
            ~Reservation() {
                t_insidePool = false;
                pool.release();
            }
        } reservation{pool};
        t_insidePool = true; // a parallelFor inside an item runs inline
        pool.run(job, workers - 1, progress);
        return job.done.load() == count;
    }
    // Another thread's job holds the pool (the GUI's engine and a diagnostics run at
    // once): threads of its own for this call, as before the pool.
    std::vector<std::jthread> extra;
    for (int w = 1; w < workers; ++w)
        extra.emplace_back([&job] { job.work(nullptr); });
    job.work(&progress);
    extra.clear(); // joins
    return job.done.load() == count;
}

} // namespace leastbad::core
