// SPDX-License-Identifier: GPL-3.0-or-later
// Which parameters drive a policy's net value: a one-at-a-time tornado (each uncertain
// parameter at its 5th and 95th percentile, the others central) and a global measure
// from the Monte Carlo draws (Spearman rank correlation with the net value).
#pragma once

#include "core/netvalue.h"
#include "core/parameterdraws.h"
#include "core/policy.h"

#include <vector>

namespace leastbad::core {

struct TornadoBar {
    const ParameterSpec *parameter = nullptr;
    double atLow = 0;  // net value with the parameter at its 5th percentile
    double atHigh = 0; // at its 95th percentile
    double swing() const { return atHigh > atLow ? atHigh - atLow : atLow - atHigh; }
};

struct Tornado {
    double central = 0;           // net value with every parameter central
    std::vector<TornadoBar> bars; // largest swing first
};

Tornado tornado(const RegionBaseline &region, const Policy &policy, const MoralWeights &weights);

struct Importance {
    const ParameterSpec *parameter = nullptr;
    double rankCorrelation = 0; // Spearman, in [-1, 1]
};

// One entry per uncertain parameter, largest |correlation| first. `netValues[d]` must
// come from draw d of `draws`.
std::vector<Importance> rankImportance(const ParameterDraws &draws,
                                       const std::vector<double> &netValues);

} // namespace leastbad::core
