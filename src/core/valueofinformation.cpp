// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/valueofinformation.h"

#include "core/parallel.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leastbad::core {

namespace {

constexpr int kJackknifeGroups = 10; // draw d is in group d mod 10

// Normal scores of the ranks of `values`: Φ⁻¹((rank + 0.5) / n), tied values sharing the
// mean score of their ranks. `scoreOfRank` holds Φ⁻¹((r + 0.5) / n) for r = 0..n−1.
std::vector<double> normalScores(const std::vector<double> &values,
                                 const std::vector<double> &scoreOfRank) {
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> z(n);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        double mean = 0;
        for (std::size_t k = i; k <= j; ++k)
            mean += scoreOfRank[k];
        mean /= double(j - i + 1);
        for (std::size_t k = i; k <= j; ++k)
            z[order[k]] = mean;
        i = j + 1;
    }
    return z;
}

std::vector<double> scoresOfRanks(std::size_t n) {
    const boost::math::normal standard;
    std::vector<double> s(n);
    for (std::size_t r = 0; r < n; ++r)
        s[r] = boost::math::quantile(standard, (double(r) + 0.5) / double(n));
    return s;
}

// The regression basis, row by row: an intercept, then for one input a cubic with knots
// at −1, 0 and 1 (truncated powers); for several, a cubic in each and every pairwise
// product. With few draws a group's basis is cut so that each jackknife fit has at least
// ten draws per column: first the products go, then the squares and cubes.
struct Basis {
    int columns = 0;
    std::vector<double> x; // [draw · columns + column]
};

Basis basisOf(const std::vector<std::vector<double>> &z) {
    Basis b;
    const std::size_t k = z.size();
    const std::size_t n = k == 0 ? 0 : z.front().size();
    const std::size_t most =
        std::max<std::size_t>(2, n * (kJackknifeGroups - 1) / kJackknifeGroups / 10);
    const std::size_t full = k == 1 ? 7 : 1 + 3 * k + k * (k - 1) / 2;
    const bool products = k > 1 && full <= most;
    const int powers = products || 1 + 3 * k <= most ? 3 : 1;
    b.columns = k == 1 ? 7 : int(1 + powers * k + (products ? k * (k - 1) / 2 : 0));
    b.x.resize(n * std::size_t(b.columns));
    for (std::size_t d = 0; d < n; ++d) {
        double *row = &b.x[d * std::size_t(b.columns)];
        int c = 0;
        row[c++] = 1;
        for (std::size_t i = 0; i < k; ++i) {
            const double v = z[i][d];
            row[c++] = v;
            if (powers == 3) {
                row[c++] = v * v;
                row[c++] = v * v * v;
            }
        }
        if (k == 1) {
            for (double knot : {-1.0, 0.0, 1.0})
                row[c++] = std::pow(std::max(0.0, z[0][d] - knot), 3);
        } else if (products) {
            for (std::size_t i = 0; i < k; ++i)
                for (std::size_t j = i + 1; j < k; ++j)
                    row[c++] = z[i][d] * z[j][d];
        }
    }
    return b;
}

// Solves A β = rhs (A symmetric positive semi-definite, m × m, rhs m × q) by Cholesky
// with a small ridge, so a constant or collinear column gets a zero coefficient.
std::vector<double> solve(std::vector<double> a, std::vector<double> rhs, int m, int q) {
    double largest = 0;
    for (int i = 0; i < m; ++i)
        largest = std::max(largest, a[i * m + i]);
    const double ridge = 1e-10 * std::max(largest, 1e-300);
    for (int i = 0; i < m; ++i)
        a[i * m + i] += ridge;
    for (int j = 0; j < m; ++j) {
        double diagonal = a[j * m + j];
        for (int k = 0; k < j; ++k)
            diagonal -= a[j * m + k] * a[j * m + k];
        const double l = std::sqrt(std::max(diagonal, ridge));
        a[j * m + j] = l;
        for (int i = j + 1; i < m; ++i) {
            double v = a[i * m + j];
            for (int k = 0; k < j; ++k)
                v -= a[i * m + k] * a[j * m + k];
            a[i * m + j] = v / l;
        }
    }
    for (int c = 0; c < q; ++c) {
        for (int i = 0; i < m; ++i) { // L y = b
            double v = rhs[i * q + c];
            for (int k = 0; k < i; ++k)
                v -= a[i * m + k] * rhs[k * q + c];
            rhs[i * q + c] = v / a[i * m + i];
        }
        for (int i = m - 1; i >= 0; --i) { // Lᵀ β = y
            double v = rhs[i * q + c];
            for (int k = i + 1; k < m; ++k)
                v -= a[k * m + i] * rhs[k * q + c];
            rhs[i * q + c] = v / a[i * m + i];
        }
    }
    return rhs;
}

// The options' net benefits less option 0's, [draw · q + option − 1]: the decision depends
// on differences only, and option 0 needs no regression.
struct Differences {
    int q = 0;
    std::vector<double> y;
};

Differences differencesOf(const NetBenefits &nb) {
    Differences diff;
    diff.q = int(nb.size()) - 1;
    const std::size_t n = nb.empty() ? 0 : nb.front().size();
    diff.y.resize(n * std::size_t(std::max(0, diff.q)));
    for (std::size_t d = 0; d < n; ++d)
        for (int p = 1; p <= diff.q; ++p)
            diff.y[d * diff.q + (p - 1)] = nb[p][d] - nb[0][d];
    return diff;
}

// E[max(0, max_p g_p)] − max(0, max_p E[g_p]) over the draws for which `use(d)`, where
// g(d) gives draw d's q values.
template <typename Use, typename Values>
double valueOfKnowing(std::size_t n, int q, Use use, Values g) {
    std::vector<double> mean(q, 0);
    double meanOfMax = 0, count = 0;
    for (std::size_t d = 0; d < n; ++d) {
        if (!use(d))
            continue;
        const double *v = g(d);
        double best = 0;
        for (int p = 0; p < q; ++p) {
            best = std::max(best, v[p]);
            mean[p] += v[p];
        }
        meanOfMax += best;
        count += 1;
    }
    if (count == 0)
        return 0;
    double maxOfMean = 0;
    for (double m : mean)
        maxOfMean = std::max(maxOfMean, m / count);
    return meanOfMax / count - maxOfMean;
}

InformationEstimate jackknife(double full, const std::array<double, kJackknifeGroups> &deleted) {
    const double g = kJackknifeGroups;
    const double mean = std::accumulate(deleted.begin(), deleted.end(), 0.0) / g;
    double squares = 0;
    for (double t : deleted)
        squares += (t - mean) * (t - mean);
    return {full, std::sqrt((g - 1) / g * squares)};
}

InformationEstimate evppiOfScores(const std::vector<std::vector<double>> &z,
                                  const Differences &diff) {
    const std::size_t n = z.empty() ? 0 : z.front().size();
    const int q = diff.q;
    if (n < std::size_t(kJackknifeGroups) * 2 || q < 1)
        return {};
    const Basis basis = basisOf(z);
    const int m = basis.columns;
    // Cross-products by jackknife group: XᵀX (lower triangle) and Xᵀy.
    std::vector<std::vector<double>> xtx(kJackknifeGroups, std::vector<double>(m * m, 0));
    std::vector<std::vector<double>> xty(kJackknifeGroups, std::vector<double>(m * q, 0));
    for (std::size_t d = 0; d < n; ++d) {
        const double *row = &basis.x[d * m];
        const double *y = &diff.y[d * q];
        std::vector<double> &a = xtx[d % kJackknifeGroups];
        std::vector<double> &b = xty[d % kJackknifeGroups];
        for (int i = 0; i < m; ++i) {
            const double ri = row[i];
            double *ai = &a[i * m];
            for (int j = 0; j <= i; ++j)
                ai[j] += ri * row[j];
            for (int p = 0; p < q; ++p)
                b[i * q + p] += ri * y[p];
        }
    }
    std::vector<double> fitted(static_cast<std::size_t>(q));
    auto estimate = [&](int leftOut) {
        std::vector<double> a(m * m, 0), b(m * q, 0);
        for (int g = 0; g < kJackknifeGroups; ++g) {
            if (g == leftOut)
                continue;
            for (int i = 0; i < m * m; ++i)
                a[i] += xtx[g][i];
            for (int i = 0; i < m * q; ++i)
                b[i] += xty[g][i];
        }
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < i; ++j)
                a[j * m + i] = a[i * m + j];
        const std::vector<double> beta = solve(std::move(a), std::move(b), m, q);
        return valueOfKnowing(
            n, q, [leftOut](std::size_t d) { return int(d % kJackknifeGroups) != leftOut; },
            [&](std::size_t d) {
                const double *row = &basis.x[d * m];
                for (int p = 0; p < q; ++p) {
                    double v = 0;
                    for (int i = 0; i < m; ++i)
                        v += row[i] * beta[i * q + p];
                    fitted[p] = v;
                }
                return fitted.data();
            });
    };
    std::array<double, kJackknifeGroups> deleted{};
    for (int g = 0; g < kJackknifeGroups; ++g)
        deleted[g] = estimate(g);
    return jackknife(estimate(-1), deleted);
}

std::vector<double> column(const ParameterDraws &draws, const ParameterSpec &spec) {
    std::vector<double> v(draws.values.size());
    for (std::size_t d = 0; d < v.size(); ++d)
        v[d] = draws.values[d].*spec.member;
    return v;
}

void rank(std::vector<InformationValue> &values, double evpi) {
    for (InformationValue &v : values)
        v.shareOfEvpi = evpi > 0 ? v.evppi.value / evpi : 0;
    std::stable_sort(values.begin(), values.end(),
                     [](const InformationValue &a, const InformationValue &b) {
                         return a.evppi.value > b.evppi.value;
                     });
}

} // namespace

InformationEstimate estimateEvppi(std::span<const std::vector<double>> inputs,
                                  const NetBenefits &netBenefits) {
    const std::size_t n = netBenefits.empty() ? 0 : netBenefits.front().size();
    const std::vector<double> scores = scoresOfRanks(n);
    std::vector<std::vector<double>> z;
    for (const std::vector<double> &input : inputs)
        z.push_back(normalScores(input, scores));
    return evppiOfScores(z, differencesOf(netBenefits));
}

InformationEstimate estimateEvpi(const NetBenefits &netBenefits) {
    const Differences diff = differencesOf(netBenefits);
    const std::size_t n = netBenefits.empty() ? 0 : netBenefits.front().size();
    if (diff.q < 1 || n == 0)
        return {};
    auto values = [&](std::size_t d) { return &diff.y[d * diff.q]; };
    std::array<double, kJackknifeGroups> deleted{};
    for (int g = 0; g < kJackknifeGroups; ++g)
        deleted[g] = valueOfKnowing(
            n, diff.q, [g](std::size_t d) { return int(d % kJackknifeGroups) != g; }, values);
    return jackknife(valueOfKnowing(
                         n, diff.q, [](std::size_t) { return true; }, values),
                     deleted);
}

std::vector<ParameterGroup> parameterGroups() {
    std::vector<ParameterGroup> groups;
    for (const ParameterGroupSpec &group : parameterGroupSpecs())
        groups.push_back({group.key, group.label, {}});
    for (const ParameterSpec &spec : parameterSpecs())
        if (spec.distribution != Distribution::Fixed)
            groups[std::size_t(spec.group)].members.push_back(&spec);
    return groups;
}

ValueOfInformation valueOfInformation(const ParameterDraws &draws, const NetBenefits &netBenefits,
                                      int threads, const std::atomic<bool> *cancel) {
    ValueOfInformation result;
    result.evpi = estimateEvpi(netBenefits);
    const std::size_t n = draws.values.size();
    const std::vector<double> scores = scoresOfRanks(n);
    const Differences diff = differencesOf(netBenefits);
    std::vector<const ParameterSpec *> drawn;
    for (const ParameterSpec &spec : parameterSpecs()) {
        if (spec.distribution != Distribution::Fixed)
            drawn.push_back(&spec);
    }
    std::vector<std::vector<double>> z(drawn.size());
    bool complete = parallelFor(
        int(drawn.size()), threads,
        [&](int i) { z[i] = normalScores(column(draws, *drawn[i]), scores); }, cancel);
    result.parameters.resize(drawn.size());
    complete = complete && parallelFor(
                               int(drawn.size()), threads,
                               [&](int i) {
                                   result.parameters[i] = {drawn[i]->key, drawn[i]->description,
                                                           evppiOfScores({z[i]}, diff), 0};
                               },
                               cancel);
    const std::vector<ParameterGroup> groups = parameterGroups();
    result.groups.resize(groups.size());
    complete = complete && parallelFor(
                               int(groups.size()), threads,
                               [&](int g) {
                                   std::vector<std::vector<double>> members;
                                   for (const ParameterSpec *spec : groups[g].members) {
                                       const auto at = std::find(drawn.begin(), drawn.end(), spec);
                                       members.push_back(z[at - drawn.begin()]);
                                   }
                                   result.groups[g] = {groups[g].key, groups[g].label,
                                                       evppiOfScores(members, diff), 0};
                               },
                               cancel);
    rank(result.parameters, result.evpi.value);
    rank(result.groups, result.evpi.value);
    result.complete = complete;
    return result;
}

} // namespace leastbad::core
