// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary.h"

#include "core/orderstatistics.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <numeric>
#include <span>

namespace leastbad::core {

namespace {

// The percentiles `probabilities` (each in [0, 1], any order) with linear interpolation
// between order statistics (Hyndman & Fan type 7), into `found`. Each needs its order
// statistics lo and lo + 1; with both fixed in place by selection the result is the same,
// bit for bit, as from a sorted array.
template <std::size_t N>
void percentiles(std::vector<double> &values, const std::array<double, N> &probabilities,
                 std::array<double, N> &found) {
    const double last = static_cast<double>(values.size()) - 1;
    std::array<std::size_t, 2 * N> ranks{};
    for (std::size_t i = 0; i < N; ++i) {
        const auto lo = static_cast<std::size_t>(std::floor(last * probabilities[i]));
        ranks[2 * i] = lo;
        ranks[2 * i + 1] = std::min(lo + 1, values.size() - 1);
    }
    std::sort(ranks.begin(), ranks.end());
    const auto end = std::unique(ranks.begin(), ranks.end());
    // Selection, not a sort: the ranks share their partitions, so ten order statistics of n
    // draws cost a few n steps, not n log n. A slider step summarizes some thirty sets of
    // draws.
    placeOrderStatistics(values, std::span<const std::size_t>(ranks.begin(), end));
    for (std::size_t i = 0; i < N; ++i) {
        const double h = last * probabilities[i];
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const double low = values[lo];
        const double high = lo + 1 == values.size() ? low : values[lo + 1];
        found[i] = low + (h - static_cast<double>(lo)) * (high - low);
    }
}

} // namespace

Quantiles summarize(std::vector<double> values) {
    Quantiles q;
    if (values.empty())
        return q;
    q.mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    std::array<double, 5> found{};
    percentiles(values, {0.05, 0.25, 0.50, 0.75, 0.95}, found);
    q.p5 = found[0];
    q.p25 = found[1];
    q.p50 = found[2];
    q.p75 = found[3];
    q.p95 = found[4];
    return q;
}

double meanStandardError(const std::vector<double> &values) {
    const auto n = static_cast<double>(values.size());
    if (values.size() < 2)
        return 0;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / (n - 1) / n);
}

MonteCarloError monteCarloError(std::vector<double> values) {
    MonteCarloError e;
    const auto n = static_cast<double>(values.size());
    if (values.size() < 2)
        return e;
    double above = 0;
    for (double v : values)
        above += v > 0 ? 1 : 0;
    e.mean = meanStandardError(values);
    e.shareAboveZero = shareError(above / n, int(values.size()));
    // The interval's two ends of each of the five percentiles, all ten found at once.
    double *targets[] = {&e.p5, &e.p25, &e.p50, &e.p75, &e.p95};
    const double probabilities[] = {0.05, 0.25, 0.50, 0.75, 0.95};
    std::array<double, 10> ends{}; // 2 · target + upper
    for (int i = 0; i < 5; ++i) {
        const double p = probabilities[i];
        const double halfWidth = 1.959964 * std::sqrt(p * (1 - p) / n);
        ends[2 * i] = std::max(0.0, p - halfWidth);
        ends[2 * i + 1] = std::min(1.0, p + halfWidth);
    }
    std::array<double, 10> found{};
    percentiles(values, ends, found);
    for (int i = 0; i < 5; ++i)
        *targets[i] = (found[2 * i + 1] - found[2 * i]) / (2 * 1.959964);
    return e;
}

std::vector<double> totalDraws(const PolicyOutcomes &outcomes, Output output, Totals kind) {
    // A caller reads only what its OutputRequest kept.
    assert(outcomes.hasTotal(output, kind));
    std::vector<double> v(std::size_t(std::max(0, outcomes.draws)));
    for (std::size_t d = 0; d < v.size(); ++d)
        v[d] = outcomes.total(int(d), output, kind);
    return v;
}

std::vector<double> differenceDraws(const PolicyOutcomes &a, const PolicyOutcomes &b, Output output,
                                    Totals kind) {
    assert(a.hasTotal(output, kind) && b.hasTotal(output, kind));
    std::vector<double> v(std::size_t(std::max(0, std::min(a.draws, b.draws))));
    for (std::size_t d = 0; d < v.size(); ++d)
        v[d] = a.total(int(d), output, kind) - b.total(int(d), output, kind);
    return v;
}

std::vector<Quantiles> yearlySummary(const PolicyOutcomes &outcomes, Output output) {
    std::vector<Quantiles> result;
    std::vector<double> values(outcomes.draws);
    assert(outcomes.hasYearly(output));
    for (int y = 1; y <= outcomes.years; ++y) {
        for (int d = 0; d < outcomes.draws; ++d)
            values[d] = outcomes.value(d, y, output);
        result.push_back(summarize(values));
    }
    return result;
}

std::vector<Quantiles> yearlyDifference(const PolicyOutcomes &a, const PolicyOutcomes &b,
                                        Output output) {
    std::vector<Quantiles> result;
    const int draws = std::min(a.draws, b.draws);
    std::vector<double> values(draws);
    for (int y = 1; y <= std::min(a.years, b.years); ++y) {
        for (int d = 0; d < draws; ++d)
            values[d] = a.value(d, y, output) - b.value(d, y, output);
        result.push_back(summarize(values));
    }
    return result;
}

Comparison compareOutcomes(const PolicyOutcomes &a, const PolicyOutcomes &b, Output output,
                           Totals kind) {
    // Flip the sign of outputs where lower is better, so "higher wins" throughout.
    const double direction = outputSpec(output).better > 0 ? 1 : -1;
    std::vector<double> va = totalDraws(a, output, kind), vb = totalDraws(b, output, kind);
    for (double &v : va)
        v *= direction;
    for (double &v : vb)
        v *= direction;
    return compareDraws(va, vb);
}

Comparison compareDraws(const std::vector<double> &a, const std::vector<double> &b) {
    Comparison c;
    const std::size_t n = std::min(a.size(), b.size());
    if (n == 0)
        return c;
    std::size_t first = 0, second = 0;
    for (std::size_t d = 0; d < n; ++d) {
        const double tolerance = 1e-9 * std::max({1.0, std::abs(a[d]), std::abs(b[d])});
        if (std::abs(a[d] - b[d]) <= tolerance)
            continue;
        (a[d] > b[d] ? first : second) += 1;
    }
    c.firstBetter = static_cast<double>(first) / static_cast<double>(n);
    c.secondBetter = static_cast<double>(second) / static_cast<double>(n);
    c.tie = static_cast<double>(n - first - second) / static_cast<double>(n);
    return c;
}

double shareError(double share, int draws) {
    return draws > 0 ? std::sqrt(share * (1 - share) / draws) : 0;
}

double shareAbove(const std::vector<double> &values, double threshold) {
    if (values.empty())
        return 0;
    const auto above = std::count_if(values.begin(), values.end(),
                                     [threshold](double v) { return v > threshold; });
    return static_cast<double>(above) / static_cast<double>(values.size());
}

} // namespace leastbad::core
