// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontier.h"

#include <boost/random/sobol.hpp>

#include <algorithm>
#include <cmath>

namespace leastbad::core {

namespace {

// Quasi-random points in [0, 1)^dims, in a fixed order.
std::vector<std::vector<double>> sobolPoints(int count, std::size_t dims) {
    boost::random::sobol engine(dims);
    std::vector<std::vector<double>> points(count, std::vector<double>(dims));
    for (auto &point : points) {
        for (double &u : point)
            u = static_cast<double>(engine()) * 0x1.0p-64;
    }
    return points;
}

Policy policyAt(const Policy &statusQuo, const std::vector<double> &u) {
    Policy p = statusQuo;
    const auto levers = leverSpecs();
    for (std::size_t i = 0; i < levers.size(); ++i) {
        const LeverSpec &lever = levers[i];
        const double raw = lever.min + u[i] * (lever.max - lever.min);
        setLeverValue(p, lever,
                      std::clamp(std::round(raw / lever.step) * lever.step, lever.min, lever.max));
    }
    return p;
}

// Everything about the draws that does not depend on the candidate.
struct Evaluator {
    const DrawSet &draws;
    const std::vector<SimulationResult> &statusQuo; // per draw
    const MoralWeights &weights;

    Objectives mean(const Policy &policy, std::vector<double> *netValues = nullptr) const {
        Objectives o;
        const SimulationOptions options = weights.simulationOptions();
        const double n = draws.size();
        for (int d = 0; d < draws.size(); ++d) {
            // Totals only: a candidate's objectives read no year (issue 20).
            OutputValues t, dt;
            simulateTotals(draws.calibrations[d], policy, options, t, dt);
            const double nv = netValue(dt, statusQuo[d].discountedTotals, weights).total();
            if (netValues)
                netValues->push_back(nv);
            o.victimizations += at(t, Output::Victimizations) / n;
            o.wellbeingYearsLost += at(t, Output::WellbeingYearsLost) / n;
            o.lifeYearsLostNet += (at(t, Output::LifeYearsLostIncarceration) -
                                   at(t, Output::LifeYearsSavedHomicide)) /
                                  n;
            o.taxpayerCostUsd += at(dt, Output::CostTaxpayersUsd) / n;
            o.netValueMean += nv / n;
            o.extraTaxpayerCostUsd +=
                (at(dt, Output::CostTaxpayersUsd) -
                 at(statusQuo[d].discountedTotals, Output::CostTaxpayersUsd)) /
                n;
        }
        return o;
    }
};

OptimisedPolicy optimise(const std::vector<Candidate> &candidates, const Evaluator &evaluator,
                         double cap, int rounds, const std::atomic<bool> *cancel) {
    OptimisedPolicy best;
    for (const Candidate &c : candidates) {
        if (c.objectives.extraTaxpayerCostUsd <= cap &&
            (!best.found || c.objectives.netValueMean > best.candidate.objectives.netValueMean)) {
            best.candidate = c;
            best.found = true;
        }
    }
    if (!best.found)
        return best;
    // Coordinate search: move one lever at a time while that keeps improving the
    // expected net value within the cap, halving the step each round.
    const auto levers = leverSpecs();
    double fraction = 0.1;
    for (int round = 0; round < rounds; ++round, fraction /= 2) {
        for (const LeverSpec &lever : levers) {
            for (double sign : {-1.0, 1.0}) {
                for (int step = 0; step < 20; ++step) {
                    if (cancel && cancel->load())
                        return best;
                    Policy trial = best.candidate.policy;
                    const double current = leverValue(trial, lever);
                    const double value = std::clamp(
                        current + sign * fraction * (lever.max - lever.min), lever.min, lever.max);
                    if (value == current)
                        break;
                    setLeverValue(trial, lever, value);
                    const Objectives o = evaluator.mean(trial);
                    if (o.extraTaxpayerCostUsd > cap ||
                        o.netValueMean <= best.candidate.objectives.netValueMean)
                        break;
                    best.candidate = {trial, o};
                }
            }
        }
    }
    std::vector<double> netValues;
    best.candidate.objectives = evaluator.mean(best.candidate.policy, &netValues);
    best.probabilityPositive = shareAbove(netValues);
    best.netValue = summarize(std::move(netValues));
    return best;
}

} // namespace

bool dominates(const Objectives &a, const Objectives &b) {
    const double av[] = {a.victimizations, a.wellbeingYearsLost, a.lifeYearsLostNet,
                         a.taxpayerCostUsd};
    const double bv[] = {b.victimizations, b.wellbeingYearsLost, b.lifeYearsLostNet,
                         b.taxpayerCostUsd};
    bool strictlyBetter = false;
    for (int i = 0; i < 4; ++i) {
        if (av[i] > bv[i])
            return false;
        strictlyBetter = strictlyBetter || av[i] < bv[i];
    }
    return strictlyBetter;
}

std::vector<Candidate> nonDominated(const std::vector<Candidate> &candidates) {
    // Sorted by the first objective, a candidate can only be dominated by one before
    // it, and if by anyone then by someone already on the frontier (transitivity).
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].objectives.victimizations < candidates[b].objectives.victimizations;
    });
    std::vector<std::size_t> kept;
    for (std::size_t i : order) {
        const bool dominated = std::any_of(kept.begin(), kept.end(), [&](std::size_t k) {
            return dominates(candidates[k].objectives, candidates[i].objectives);
        });
        if (dominated)
            continue;
        // A later candidate with an equal first objective may dominate earlier keepers.
        std::erase_if(kept, [&](std::size_t k) {
            return dominates(candidates[i].objectives, candidates[k].objectives);
        });
        kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end());
    std::vector<Candidate> result;
    for (std::size_t k : kept)
        result.push_back(candidates[k]);
    return result;
}

namespace {

// The draws every candidate of a sweep is evaluated on, and the status quo's runs on them.
struct SweepDraws {
    DrawSet draws;
    std::vector<SimulationResult> statusQuo;

    SweepDraws(const RegionBaseline &region, const FrontierOptions &options)
        : draws(DrawSet::prepare(region, ParameterDraws::generate(options.draws, options.seed),
                                 options.threads))
        , statusQuo(std::size_t(draws.size())) {
        const Policy sq = statusQuoPolicy(region);
        for (int d = 0; d < draws.size(); ++d)
            statusQuo[d] = simulate(draws.calibrations[d], sq, options.weights.simulationOptions());
    }
};

} // namespace

std::vector<Objectives> placeOnFrontier(const RegionBaseline &region,
                                        const FrontierOptions &options,
                                        const std::vector<Policy> &policies) {
    const SweepDraws sweep(region, options);
    const Evaluator evaluator{sweep.draws, sweep.statusQuo, options.weights};
    std::vector<Objectives> placed;
    for (const Policy &p : policies)
        placed.push_back(evaluator.mean(p));
    return placed;
}

FrontierResult exploreFrontier(const RegionBaseline &region, const FrontierOptions &options,
                               const std::atomic<bool> *cancel, const ProgressFn &progress) {
    FrontierResult result;
    const SweepDraws sweep(region, options);
    const Policy statusQuoPolicyValue = statusQuoPolicy(region);
    const Evaluator evaluator{sweep.draws, sweep.statusQuo, options.weights};
    result.statusQuo = evaluator.mean(statusQuoPolicyValue);
    for (const Policy &p : options.marked)
        result.marked.push_back(evaluator.mean(p));

    const auto points = sobolPoints(std::max(0, options.samples), leverSpecs().size());
    std::vector<Candidate> candidates(points.size());
    const bool complete = parallelFor(
        static_cast<int>(points.size()), options.threads,
        [&](int i) {
            candidates[i].policy = policyAt(statusQuoPolicyValue, points[i]);
            candidates[i].objectives = evaluator.mean(candidates[i].policy);
        },
        cancel, progress);
    if (!complete)
        return result;
    result.evaluated = static_cast<int>(candidates.size());
    result.frontier = nonDominated(candidates);
    result.bestUnderBudget =
        optimise(candidates, evaluator, options.budgetCapUsd, options.refinementRounds, cancel);
    result.bestOverall = optimise(candidates, evaluator, std::numeric_limits<double>::infinity(),
                                  options.refinementRounds, cancel);
    result.complete = !(cancel && cancel->load());
    return result;
}

} // namespace leastbad::core
