// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo standard errors of the headline's figures. The core's snapshot keeps the
// net value's (PolicyVerdict::netValueError); the headline needs them for every row, so
// the app's runner computes the others from the same draws, the same way.
#pragma once

#include "core/snapshot.h"

#include <vector>

namespace leastbad::analysis {

struct HeadlineErrors {
    core::MonteCarloError victimizationsAverted;
    core::MonteCarloError wellbeingYearsChange;
    core::MonteCarloError lifeYearsNetChange;
    core::MonteCarloError taxpayerCostChange;
    // The policy is the status quo (or changes no outcome in any draw): there is no
    // effect to estimate, and the headline says "n/a" rather than "0%".
    bool changesNothing = false;
};

// Of one policy against the status quo, over the same totals as core::appendPolicySummary.
HeadlineErrors headlineErrors(const core::PolicyOutcomes &outcomes,
                              const core::PolicyOutcomes &statusQuo, bool samePolicy);

// What the app's charts and headline show: the core's snapshot and those errors.
struct AnalysisSnapshot : core::AnalysisSnapshot {
    std::vector<HeadlineErrors> errors; // [policy], as the snapshot's vectors
};

} // namespace leastbad::analysis
