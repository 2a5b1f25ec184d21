// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <numeric>

namespace leastbad::core {

namespace {

// The p-th percentile with linear interpolation between order statistics (as a sorted
// array would give), found by selection from `first` on: every earlier call left only
// values at least as large from `first` to the end, so percentiles taken in rising order
// need no full sort. A slider step summarizes some eighty sets of draws, and sorting them
// was a quarter of the engine's time.
double percentileFrom(std::vector<double> &values, std::vector<double>::iterator &first, double p) {
    const double h = (static_cast<double>(values.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(first, at, values.end());
    const double low = *at;
    const double high = at + 1 == values.end() ? low : *std::min_element(at + 1, values.end());
    first = at;
    return low + (h - static_cast<double>(lo)) * (high - low);
}

} // namespace

Quantiles summarize(std::vector<double> values) {
    Quantiles q;
    if (values.empty())
        return q;
    q.mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    auto first = values.begin();
    q.p5 = percentileFrom(values, first, 0.05);
    q.p25 = percentileFrom(values, first, 0.25);
    q.p50 = percentileFrom(values, first, 0.50);
    q.p75 = percentileFrom(values, first, 0.75);
    q.p95 = percentileFrom(values, first, 0.95);
    return q;
}

MonteCarloError monteCarloError(std::vector<double> values) {
    MonteCarloError e;
    const auto n = static_cast<double>(values.size());
    if (values.size() < 2)
        return e;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0;
    double above = 0;
    for (double v : values) {
        squares += (v - mean) * (v - mean);
        above += v > 0 ? 1 : 0;
    }
    e.mean = std::sqrt(squares / (n - 1) / n);
    e.shareAboveZero = shareError(above / n, int(values.size()));
    // The ten ranks taken in rising order, so each selection starts where the last one
    // stopped (with few draws one percentile's upper rank passes the next one's lower rank).
    double *targets[] = {&e.p5, &e.p25, &e.p50, &e.p75, &e.p95};
    const double probabilities[] = {0.05, 0.25, 0.50, 0.75, 0.95};
    std::array<std::pair<double, int>, 10> ranks{}; // (probability, 2 · target + upper)
    for (int i = 0; i < 5; ++i) {
        const double p = probabilities[i];
        const double halfWidth = 1.959964 * std::sqrt(p * (1 - p) / n);
        ranks[2 * i] = {std::max(0.0, p - halfWidth), 2 * i};
        ranks[2 * i + 1] = {std::min(1.0, p + halfWidth), 2 * i + 1};
    }
    std::sort(ranks.begin(), ranks.end());
    std::array<double, 10> found{};
    auto first = values.begin();
    for (const auto &[p, slot] : ranks)
        found[slot] = percentileFrom(values, first, p);
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
