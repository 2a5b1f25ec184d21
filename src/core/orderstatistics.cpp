// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orderstatistics.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace leastbad::core {

namespace {

// Below this size a part is sorted: its ranks are then all in place.
constexpr std::ptrdiff_t kSortBelow = 32;

// Moves the values of [first, last) that are below `pivot` (or, with `orEqual`, not above
// it) to the front and returns the end of them. Lomuto's scheme without a branch on the
// comparison: every value is swapped into place and the boundary moves by the comparison's
// result. Monte Carlo draws come in random order, so std::nth_element's partition, which
// branches on every comparison, mispredicts about half of them: on 1,000 draws it took
// about 35 µs, five times this (bench_sliderstep, docs/PERFORMANCE.md).
template <bool orEqual> double *partition(double *first, double *last, double pivot) {
    double *boundary = first;
    for (double *p = first; p != last; ++p) {
        const double x = *p;
        const bool before = orEqual ? x <= pivot : x < pivot;
        *p = *boundary;
        *boundary = x;
        boundary += before;
    }
    return boundary;
}

double medianOfThree(double a, double b, double c) {
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
}

// The ranks of [rankFirst, rankLast) are offsets from `base`, all within [first, last).
void place(double *base, double *first, double *last, const std::size_t *rankFirst,
           const std::size_t *rankLast, int depth) {
    while (rankFirst != rankLast) {
        const std::ptrdiff_t n = last - first;
        if (n <= kSortBelow) {
            std::sort(first, last);
            return;
        }
        const double pivot = medianOfThree(first[n / 4], first[n / 2], first[3 * n / 4]);
        if (depth-- == 0 || std::isnan(pivot)) {
            // Bad pivots again and again, or a NaN: std::nth_element keeps the bound.
            for (const std::size_t *r = rankFirst; r != rankLast; ++r) {
                std::nth_element(first, base + *r, last);
                first = base + *r + 1;
            }
            return;
        }
        double *split = partition<false>(first, last, pivot);
        if (split == first) {
            // Nothing is below the pivot, the part's least value: its copies go first and
            // are in place, so the part shrinks even when every value is the same.
            split = partition<true>(first, last, pivot);
            while (rankFirst != rankLast && base + *rankFirst < split)
                ++rankFirst;
            first = split;
            continue;
        }
        const std::size_t *rankSplit =
            std::lower_bound(rankFirst, rankLast, std::size_t(split - base));
        place(base, first, split, rankFirst, rankSplit, depth);
        first = split;
        rankFirst = rankSplit;
    }
}

} // namespace

void placeOrderStatistics(std::span<double> values, std::span<const std::size_t> ranks) {
    if (ranks.empty())
        return;
    // About 2 log2 n rounds of partitioning before std::nth_element takes over.
    int depth = 0;
    for (std::size_t n = values.size(); n > 1; n /= 2)
        depth += 2;
    place(values.data(), values.data(), values.data() + values.size(), ranks.data(),
          ranks.data() + ranks.size(), depth);
}

} // namespace leastbad::core
