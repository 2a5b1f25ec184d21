// SPDX-License-Identifier: GPL-3.0-or-later
// Which uncertainty is worth resolving before deciding: the expected value of perfect
// information (EVPI) and of partial perfect information about one parameter or a group
// (EVPPI), from the Monte Carlo draws alone (a single loop). E[NB_p | θ] is estimated by
// least-squares regression of each option's net benefit on a spline basis of θ's normal
// scores (the regression approach of Strong, Oakley & Brennan 2014, with a fixed cubic
// regression spline instead of their GAM); standard errors by a delete-a-group jackknife
// over ten groups of draws. docs/MODEL.md 10.9 states the estimator.
#pragma once

#include "core/decisionsummary.h"
#include "core/parameterdraws.h"

#include <span>
#include <string_view>
#include <vector>

namespace leastbad::core {

struct InformationEstimate {
    double value = 0;         // dollars (for the region, discounted over the horizon)
    double standardError = 0; // jackknife
};

// EVPPI of the inputs (one column of values per parameter, [k][draw]) for the decision
// among the options of `netBenefits` ([option][draw]). One input: a cubic regression
// spline; several: cubics in each plus their pairwise products.
InformationEstimate estimateEvppi(std::span<const std::vector<double>> inputs,
                                  const NetBenefits &netBenefits);
// EVPI = E[max NB] − max E[NB], with the same jackknife.
InformationEstimate estimateEvpi(const NetBenefits &netBenefits);

struct ParameterGroup {
    std::string_view key;
    std::string_view label;
    std::vector<const ParameterSpec *> members; // drawn parameters only
};
// Every drawn parameter belongs to exactly one group.
std::vector<ParameterGroup> parameterGroups();

struct InformationValue {
    std::string_view key; // the parameter's or the group's
    std::string_view label;
    InformationEstimate evppi;
    double shareOfEvpi = 0;
};

struct ValueOfInformation {
    InformationEstimate evpi;
    std::vector<InformationValue> parameters; // every drawn parameter, largest EVPPI first
    std::vector<InformationValue> groups;     // largest first
    bool complete = false;
};

ValueOfInformation valueOfInformation(const ParameterDraws &draws, const NetBenefits &netBenefits,
                                      int threads = 0, const std::atomic<bool> *cancel = nullptr);

} // namespace leastbad::core
