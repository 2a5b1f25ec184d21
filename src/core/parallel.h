// SPDX-License-Identifier: GPL-3.0-or-later
// Work split over threads by index. Results must depend only on the index, never on
// which thread ran it: that is what keeps Monte Carlo runs identical for any thread count.
#pragma once

#include <atomic>
#include <functional>

namespace leastbad::core {

// Called with (items done, items in all) from the calling thread.
using ProgressFn = std::function<void(int done, int total)>;

// Runs body(i) for i in [0, count) on `threads` threads (0 = all cores). Returns
// false if `cancel` was raised before every item ran; items already started finish.
bool parallelFor(int count, int threads, const std::function<void(int)> &body,
                 const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

int resolveThreadCount(int threads);

} // namespace leastbad::core
