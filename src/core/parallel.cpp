// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace leastbad::core {

int resolveThreadCount(int threads) {
    if (threads > 0)
        return threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

bool parallelFor(int count, int threads, const std::function<void(int)> &body,
                 const std::atomic<bool> *cancel, const ProgressFn &progress) {
    if (count <= 0)
        return true;
    // Items are claimed in small chunks from a shared counter, so fast threads take
    // more; which thread runs an item never changes its result.
    const int workers = std::min(resolveThreadCount(threads), count);
    const int chunk = std::max(1, std::min(64, count / (workers * 8)));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    // The calling thread works too, and reports progress between its chunks.
    auto work = [&](bool report) {
        while (!isCancelled()) {
            const int begin = next.fetch_add(chunk);
            if (begin >= count)
                break;
            const int end = std::min(count, begin + chunk);
            for (int i = begin; i < end; ++i)
                body(i);
            const int finished = done.fetch_add(end - begin) + (end - begin);
            if (report && progress)
                progress(finished, count);
        }
    };
    std::vector<std::jthread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, false);
    work(true);
    pool.clear(); // joins
    return done.load() == count;
}

} // namespace leastbad::core
