// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sensitivity.h"

#include "core/simulation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leastbad::core {

namespace {

double netValueUnder(const RegionBaseline &region, const Policy &policy,
                     const Parameters &parameters, const MoralWeights &weights) {
    const Calibration c = calibrate(region, parameters);
    const SimulationOptions options = weights.simulationOptions();
    OutputValues policyTotals, policyDiscounted, statusQuoTotals, statusQuoDiscounted;
    simulateTotals(c, policy, options, policyTotals, policyDiscounted);
    simulateTotals(c, statusQuoPolicy(region), options, statusQuoTotals, statusQuoDiscounted);
    return netValue(policyDiscounted, statusQuoDiscounted, weights).total();
}

// Ranks with ties sharing their mean rank.
std::vector<double> ranks(const std::vector<double> &v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        const double mean = 0.5 * static_cast<double>(i + j);
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = mean;
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

} // namespace

Tornado tornado(const RegionBaseline &region, const Policy &policy, const MoralWeights &weights) {
    Tornado t;
    t.central = netValueUnder(region, policy, Parameters{}, weights);
    for (const ParameterSpec &spec : parameterSpecs()) {
        if (spec.distribution == Distribution::Fixed)
            continue;
        TornadoBar bar;
        bar.parameter = &spec;
        bar.atLow = netValueUnder(region, policy, withQuantile(spec, 0.05), weights);
        bar.atHigh = netValueUnder(region, policy, withQuantile(spec, 0.95), weights);
        t.bars.push_back(bar);
    }
    std::stable_sort(t.bars.begin(), t.bars.end(), [](const TornadoBar &a, const TornadoBar &b) {
        return a.swing() > b.swing();
    });
    return t;
}

std::vector<Importance> rankImportance(const ParameterDraws &draws,
                                       const std::vector<double> &netValues) {
    std::vector<Importance> result;
    if (draws.values.size() != netValues.size() || netValues.size() < 3)
        return result;
    const std::vector<double> valueRanks = ranks(netValues);
    std::vector<double> column(netValues.size());
    for (const ParameterSpec &spec : parameterSpecs()) {
        if (spec.distribution == Distribution::Fixed)
            continue;
        for (std::size_t d = 0; d < column.size(); ++d)
            column[d] = draws.values[d].*spec.member;
        result.push_back({&spec, pearson(ranks(column), valueRanks)});
    }
    std::stable_sort(result.begin(), result.end(), [](const Importance &a, const Importance &b) {
        return std::abs(a.rankCorrelation) > std::abs(b.rankCorrelation);
    });
    return result;
}

} // namespace leastbad::core
