// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier of what is possible: a quasi-random sweep (Sobol) over every lever
// within its range, each candidate evaluated on the same draws; the candidates no
// other candidate beats on every objective; and the policy with the highest expected
// net value under a budget cap ("least bad" for the user's weights).
#pragma once

#include "core/montecarlo.h"
#include "core/netvalue.h"
#include "core/summary.h"

#include <atomic>
#include <cstdint>
#include <limits>
#include <vector>

namespace leastbad::core {

struct FrontierOptions {
    int samples = 2000; // candidate policies
    int draws = 200;    // parameter draws per candidate (common to all)
    std::uint64_t seed = 1;
    int threads = 0;
    MoralWeights weights;
    // Most a policy may add to the taxpayers' discounted cost over the horizon, against
    // the status quo; 0 = no more than today's budget, +infinity = no cap.
    double budgetCapUsd = 0;
    int refinementRounds = 4;   // coordinate search around the best sampled policy
    std::vector<Policy> marked; // policies to place among the candidates (A and B)
    bool operator==(const FrontierOptions &) const = default;
};

// Expected values over the draws, all "lower is better" except netValueMean.
struct Objectives {
    double victimizations = 0;       // total over the horizon
    double wellbeingYearsLost = 0;   // total over the horizon
    double lifeYearsLostNet = 0;     // lost through incarceration − saved from homicide
    double taxpayerCostUsd = 0;      // discounted
    double netValueMean = 0;         // against the status quo, under the weights
    double extraTaxpayerCostUsd = 0; // discounted, against the status quo
};

struct Candidate {
    Policy policy;
    Objectives objectives;
};

// True if a is no worse than b on all four objectives and better on at least one.
bool dominates(const Objectives &a, const Objectives &b);

struct OptimisedPolicy {
    Candidate candidate;
    Quantiles netValue; // across the draws
    double probabilityPositive = 0;
    bool found = false; // false if no candidate met the budget cap
};

struct FrontierResult {
    Objectives statusQuo;
    std::vector<Candidate> frontier; // non-dominated candidates
    OptimisedPolicy bestUnderBudget;
    OptimisedPolicy bestOverall;    // no budget cap
    std::vector<Objectives> marked; // of FrontierOptions::marked, on the same draws
    int evaluated = 0;
    bool complete = false; // false if cancelled: show nothing as a result
};

FrontierResult exploreFrontier(const RegionBaseline &region, const FrontierOptions &options,
                               const std::atomic<bool> *cancel = nullptr,
                               const ProgressFn &progress = {});

// The objectives of `policies` on the draws a frontier found with `options` used, as its
// FrontierResult::marked: the frontier does not depend on the marked policies, so a kept
// frontier takes a changed list of them without a new sweep.
std::vector<Objectives> placeOnFrontier(const RegionBaseline &region,
                                        const FrontierOptions &options,
                                        const std::vector<Policy> &policies);

// Keeps the candidates that no other candidate dominates (order preserved).
std::vector<Candidate> nonDominated(const std::vector<Candidate> &candidates);

} // namespace leastbad::core
