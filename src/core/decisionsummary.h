// SPDX-License-Identifier: GPL-3.0-or-later
// The decision among several options (the status quo and each policy) under uncertainty:
// the probability that each is the best under the user's weights, the expected loss of
// choosing each (its regret against the best option, draw by draw), the expected value of
// perfect information (the smallest expected loss), and the cost-effectiveness
// acceptability curve (P(best) as the dollar value of a wellbeing-year varies).
#pragma once

#include "core/analysis.h"

#include <span>
#include <vector>

namespace leastbad::core {

// [option][draw]: each option's net value against the status quo; option 0 is the status
// quo itself (0 in every draw).
using NetBenefits = std::vector<std::vector<double>>;

NetBenefits netBenefits(const Analysis &analysis);
// The same with other weights, from the run's discounted totals.
NetBenefits netBenefits(const MonteCarloRun &run, const MoralWeights &weights);

struct DecisionSummary {
    std::vector<double> expectedNetValue;
    std::vector<double> probabilityBest;      // ties within 1e-9 relative share the draw equally
    std::vector<double> probabilityBestError; // √(P·(1 − P)/n)
    std::vector<double> expectedLoss;         // E[max_q NB_q − NB_p]
    std::vector<double> expectedLossError;    // sd / √n
    int bestOption = 0;                       // highest expected net value (first if tied)
    double evpi = 0;                          // E[max_q NB_q] − max_q E[NB_q]
    double evpiError = 0;                     // the best option's expected-loss error
};

DecisionSummary summarizeDecision(const NetBenefits &netBenefits);

struct AcceptabilityPoint {
    double dollarsPerWellbeingYear = 0;
    std::vector<double> probabilityBest; // per option
};

// The wellbeing-year values the curve is drawn at by default (dollars).
std::span<const double> defaultAcceptabilityValues();

// P(best) of each option at each value of a wellbeing-year, every other weight as given
// (the life-year value included).
std::vector<AcceptabilityPoint> acceptabilityCurve(const MonteCarloRun &run,
                                                   const MoralWeights &weights,
                                                   std::span<const double> values);

} // namespace leastbad::core
