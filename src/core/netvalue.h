// SPDX-License-Identifier: GPL-3.0-or-later
// Moral weights and the net social value of a policy against the status quo, by
// ledger, so a reader sees who gains and who pays. Positive = better than the status quo.
#pragma once

#include "core/outputs.h"
#include "core/simulation.h"

namespace leastbad::core {

struct MoralWeights {
    // Recalled: health-technology thresholds of $100,000-150,000 per QALY (ICER;
    // evidence.md 11). A user's value, not a fact.
    double dollarsPerWellbeingYear = 150'000;
    // Valued like a wellbeing-year by default, so a year of healthy life counts alike
    // whether lost to death or to suffering; set it apart to use a VSLY instead.
    double dollarsPerLifeYear = 150'000;
    // Relative weights of each group's wellbeing. Default equal: "no human being
    // deserves that".
    double weightIncarcerated = 1;
    double weightVictims = 1;
    double weightFamilies = 1;
    double discountRate = 0.03; // OMB Circular A-4 (2003): 3% and 7% (recalled)
    int horizonYears = 20;

    SimulationOptions simulationOptions() const { return {horizonYears, discountRate}; }
    bool operator==(const MoralWeights &) const = default;
};

struct LedgerValues {
    double taxpayers = 0;
    double victims = 0;
    double incarceratedAndFamilies = 0;
    double total() const { return taxpayers + victims + incarceratedAndFamilies; }
};

// From discounted totals of a policy and of the status quo under the same draw.
LedgerValues netValue(const OutputValues &policyTotals, const OutputValues &statusQuoTotals,
                      const MoralWeights &weights);

} // namespace leastbad::core
