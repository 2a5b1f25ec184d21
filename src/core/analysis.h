// SPDX-License-Identifier: GPL-3.0-or-later
// The tradeoff engine's comparison: status quo and policies on common draws, net
// value by ledger under the user's moral weights, and the probabilities people quote
// (A beats B; the policy breaks even against the status quo).
#pragma once

#include "core/montecarlo.h"
#include "core/netvalue.h"
#include "core/summary.h"

#include <span>
#include <vector>

namespace leastbad::core {

struct PolicyVerdict {
    std::vector<LedgerValues> netValueDraws; // per draw, against the status quo
    Quantiles netValue;                      // total
    Quantiles taxpayers;
    Quantiles victims;
    Quantiles incarceratedAndFamilies;
    Quantiles vendors;
    double probabilityPositive = 0; // P(net value > 0): the odds it breaks even
    MonteCarloError netValueError;  // standard errors of the net value's summary
    // The net value with the life-years lost through incarceration left out (when the
    // weights count them) or put in (when they do not): the result reported both ways.
    Quantiles netValueOtherLifeYearsChoice;

    std::vector<double> totalDraws() const;
    // One ledger (or the incarceration life-years) of every draw.
    std::vector<double> ledgerDraws(double LedgerValues::*ledger) const;
};

struct Analysis {
    MonteCarloRun run;                   // [0] is the status quo
    std::vector<PolicyVerdict> verdicts; // one per policy, [0] the status quo (all zero)
    bool complete = false;
};

// policies[0] must be the status quo; the others are compared with it and each other.
Analysis analyse(const DrawSet &draws, std::span<const Policy> policies,
                 const MoralWeights &weights, int threads = 0,
                 const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

// The same into an existing analysis, reusing its memory (see runMonteCarlo).
void analyse(Analysis &analysis, const DrawSet &draws, std::span<const Policy> policies,
             const MoralWeights &weights, int threads = 0,
             const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

// Keeping only the outputs the caller reads (see OutputRequest).
void analyse(Analysis &analysis, const DrawSet &draws, std::span<const Policy> policies,
             const MoralWeights &weights, const OutputRequest &request, int threads = 0,
             const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

// The analysis of `draws` fresh draws of `seed`, drawn, calibrated and simulated one by
// one and not kept (runMonteCarloDrawing): what a cold command-line run needs. The same
// result as analyse(DrawSet::prepare(region, ParameterDraws::generate(draws, seed)), ...).
Analysis analyseDrawing(const RegionBaseline &region, int draws, std::uint64_t seed,
                        std::span<const Policy> policies, const MoralWeights &weights,
                        const OutputRequest &request, int threads = 0,
                        const std::atomic<bool> *cancel = nullptr, const ProgressFn &progress = {});

PolicyVerdict verdict(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo,
                      const MoralWeights &weights);

} // namespace leastbad::core
