// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decisionsummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leastbad::core {

namespace {

constexpr double kDefaultValues[] = {0,       25'000,  50'000,  100'000,  150'000,
                                     200'000, 300'000, 500'000, 1'000'000};

// The options tied for the best in draw d (within 1e-9 relative), as a count and a mask.
int bestOptions(const NetBenefits &nb, std::size_t d, std::vector<char> &isBest, double &best) {
    best = -HUGE_VAL;
    for (const auto &option : nb)
        best = std::max(best, option[d]);
    const double tolerance = 1e-9 * std::max(1.0, std::abs(best));
    int tied = 0;
    for (std::size_t p = 0; p < nb.size(); ++p) {
        isBest[p] = nb[p][d] >= best - tolerance;
        tied += isBest[p];
    }
    return tied;
}

std::vector<double> shareBest(const NetBenefits &nb) {
    std::vector<double> share(nb.size(), 0);
    const std::size_t n = nb.empty() ? 0 : nb.front().size();
    std::vector<char> isBest(nb.size());
    for (std::size_t d = 0; d < n; ++d) {
        double best = 0;
        const int tied = bestOptions(nb, d, isBest, best);
        for (std::size_t p = 0; p < nb.size(); ++p)
            share[p] += isBest[p] ? 1.0 / tied : 0.0;
    }
    for (double &s : share)
        s = n > 0 ? s / double(n) : 0;
    return share;
}

} // namespace

NetBenefits netBenefits(const Analysis &analysis) {
    NetBenefits nb;
    for (const PolicyVerdict &v : analysis.verdicts)
        nb.push_back(v.totalDraws());
    return nb;
}

NetBenefits netBenefits(const MonteCarloRun &run, const MoralWeights &weights) {
    NetBenefits nb(run.policies.size());
    if (run.policies.empty())
        return nb;
    const PolicyOutcomes &statusQuo = run.policies.front();
    for (std::size_t p = 0; p < run.policies.size(); ++p) {
        const PolicyOutcomes &o = run.policies[p];
        nb[p].resize(o.draws);
        for (int d = 0; d < o.draws; ++d)
            nb[p][d] = netValue(o.discounted[d], statusQuo.discounted[d], weights).total();
    }
    return nb;
}

DecisionSummary summarizeDecision(const NetBenefits &nb) {
    DecisionSummary s;
    const std::size_t options = nb.size();
    const std::size_t n = options == 0 ? 0 : nb.front().size();
    if (n == 0)
        return s;
    const double count = double(n);
    s.probabilityBest = shareBest(nb);
    std::vector<double> maximum(n);
    for (std::size_t d = 0; d < n; ++d) {
        maximum[d] = -HUGE_VAL;
        for (const auto &option : nb)
            maximum[d] = std::max(maximum[d], option[d]);
    }
    for (std::size_t p = 0; p < options; ++p) {
        s.expectedNetValue.push_back(std::accumulate(nb[p].begin(), nb[p].end(), 0.0) / count);
        double loss = 0, squares = 0;
        for (std::size_t d = 0; d < n; ++d)
            loss += maximum[d] - nb[p][d];
        loss /= count;
        for (std::size_t d = 0; d < n; ++d)
            squares += std::pow(maximum[d] - nb[p][d] - loss, 2);
        s.expectedLoss.push_back(loss);
        s.expectedLossError.push_back(n > 1 ? std::sqrt(squares / (count - 1) / count) : 0);
        const double pb = s.probabilityBest[p];
        s.probabilityBestError.push_back(std::sqrt(pb * (1 - pb) / count));
    }
    s.bestOption = int(std::max_element(s.expectedNetValue.begin(), s.expectedNetValue.end()) -
                       s.expectedNetValue.begin());
    s.evpi = s.expectedLoss[s.bestOption];
    s.evpiError = s.expectedLossError[s.bestOption];
    return s;
}

std::span<const double> defaultAcceptabilityValues() {
    return kDefaultValues;
}

std::vector<AcceptabilityPoint> acceptabilityCurve(const MonteCarloRun &run,
                                                   const MoralWeights &weights,
                                                   std::span<const double> values) {
    std::vector<AcceptabilityPoint> curve;
    for (double value : values) {
        MoralWeights w = weights;
        w.dollarsPerWellbeingYear = value;
        curve.push_back({value, shareBest(netBenefits(run, w))});
    }
    return curve;
}

} // namespace leastbad::core
