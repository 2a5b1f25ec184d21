// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/montecarlo.h"

#include "core/laneblock.h"

#include <algorithm>
#include <array>

namespace leastbad::core {

namespace {

std::ptrdiff_t indexOf(const std::vector<Output> &outputs, Output output) {
    const auto it = std::find(outputs.begin(), outputs.end(), output);
    return it == outputs.end() ? -1 : it - outputs.begin();
}

// Sizes every policy's storage for the request; resize() keeps the memory of a run of
// the same shape, so a slider move allocates nothing.
void shapeRun(MonteCarloRun &run, int draws, std::size_t policies, int years,
              const OutputRequest &request) {
    run.policies.resize(policies);
    const std::size_t n = std::size_t(std::max(0, draws));
    for (PolicyOutcomes &o : run.policies) {
        o.draws = draws;
        o.years = years;
        o.yearly.resize(request.allYearly ? n * years : 0);
        o.totals.resize(request.allTotals ? n : 0);
        o.discounted.resize(n);
        o.seriesOutputs = request.allYearly ? std::vector<Output>{} : request.yearly;
        o.series.resize(o.seriesOutputs.size() * n * years);
        o.totalsOutputs = request.allTotals ? std::vector<Output>{} : request.totals;
        o.totalsSubset.resize(o.totalsOutputs.size() * n);
    }
}

// Keeps the undiscounted totals the request asks for, of draw d.
void keepTotals(PolicyOutcomes &o, const OutputRequest &request, int d,
                const OutputValues &totals) {
    if (request.allTotals && &o.totals[d] != &totals)
        o.totals[d] = totals;
    const std::size_t kept = o.totalsOutputs.size();
    for (std::size_t k = 0; k < kept; ++k)
        o.totalsSubset[std::size_t(d) * kept + k] = totals[static_cast<int>(o.totalsOutputs[k])];
}

// Simulates every policy on one draw's calibration into the run's storage for draw d.
void simulateDraw(MonteCarloRun &run, const Calibration &calibration, int d,
                  std::span<const Policy> policies, const SimulationOptions &options,
                  const OutputRequest &request) {
    for (std::size_t p = 0; p < policies.size(); ++p) {
        PolicyOutcomes &o = run.policies[p];
        const std::size_t years = std::size_t(o.years);
        OutputValues totals;
        if (request.allYearly) {
            simulateInto(calibration, policies[p], options,
                         std::span(o.yearly).subspan(std::size_t(d) * years, years), totals,
                         o.discounted[d]);
        } else {
            const std::size_t perDraw = o.seriesOutputs.size() * years;
            simulateTotals(calibration, policies[p], options, totals, o.discounted[d],
                           o.seriesOutputs,
                           std::span(o.series).subspan(std::size_t(d) * perDraw, perDraw));
        }
        keepTotals(o, request, d, totals);
    }
}

// Simulates every policy on kBlockDraws draws from `first` in lockstep (core/laneblock.h):
// the same numbers as simulateDraw on each.
void simulateBlockOfDraws(MonteCarloRun &run,
                          const std::array<const Calibration *, kBlockDraws> &calibrations,
                          int first, std::span<const Policy> policies,
                          const SimulationOptions &options, const OutputRequest &request) {
    for (std::size_t p = 0; p < policies.size(); ++p) {
        PolicyOutcomes &o = run.policies[p];
        const std::size_t years = std::size_t(o.years);
        const std::size_t perDraw = o.seriesOutputs.size() * years;
        std::array<OutputValues, kBlockDraws> totals;
        std::array<LaneOutputs, kBlockDraws> outputs;
        for (int l = 0; l < kBlockDraws; ++l) {
            const std::size_t d = std::size_t(first + l);
            outputs[l].totals = request.allTotals ? &o.totals[d] : &totals[l];
            outputs[l].discounted = &o.discounted[d];
            if (request.allYearly)
                outputs[l].years = std::span(o.yearly).subspan(d * years, years);
            else if (perDraw > 0)
                outputs[l].series = std::span(o.series).subspan(d * perDraw, perDraw);
        }
        simulateBlock(calibrations, policies[p], options, o.seriesOutputs, outputs);
        for (int l = 0; l < kBlockDraws; ++l)
            keepTotals(o, request, first + l, *outputs[l].totals);
    }
}

// The blocks of kBlockDraws draws of a run of `draws`: the last may be short (and runs one
// draw at a time). Progress is reported in draws.
int blockCount(int draws) {
    return (std::max(0, draws) + kBlockDraws - 1) / kBlockDraws;
}

ProgressFn progressInDraws(const ProgressFn &progress, int draws) {
    if (!progress)
        return {};
    return [&progress, draws](int blocksDone, int) {
        progress(std::min(draws, blocksDone * kBlockDraws), draws);
    };
}

} // namespace

bool PolicyOutcomes::hasYearly(Output output) const {
    return !yearly.empty() || indexOf(seriesOutputs, output) >= 0;
}

bool PolicyOutcomes::hasTotal(Output output, Totals kind) const {
    return kind == Totals::Discounted || !totals.empty() || indexOf(totalsOutputs, output) >= 0;
}

double PolicyOutcomes::value(int draw, int year, Output output) const {
    if (!yearly.empty())
        return core::at(at(draw, year), output);
    const std::ptrdiff_t k = indexOf(seriesOutputs, output);
    if (k < 0)
        return 0; // not kept: hasYearly() says so
    return series[(std::size_t(draw) * years + (year - 1)) * seriesOutputs.size() + k];
}

double PolicyOutcomes::total(int draw, Output output, Totals kind) const {
    if (kind == Totals::Discounted)
        return core::at(discounted[draw], output);
    if (!totals.empty())
        return core::at(totals[draw], output);
    const std::ptrdiff_t k = indexOf(totalsOutputs, output);
    if (k < 0)
        return 0; // not kept: hasTotal() says so
    return totalsSubset[std::size_t(draw) * totalsOutputs.size() + k];
}

DrawSet DrawSet::prepare(const RegionBaseline &region, const ParameterDraws &draws, int threads) {
    DrawSet set;
    set.calibrations.resize(draws.values.size());
    const RegionCalibration prepared = RegionCalibration::of(region);
    parallelFor(draws.size(), threads,
                [&](int i) { set.calibrations[i] = calibrate(prepared, draws.values[i]); });
    return set;
}

MonteCarloRun runMonteCarlo(const DrawSet &draws, std::span<const Policy> policies,
                            const SimulationOptions &options, int threads,
                            const std::atomic<bool> *cancel, const ProgressFn &progress) {
    MonteCarloRun run;
    runMonteCarlo(run, draws, policies, options, threads, cancel, progress);
    return run;
}

void runMonteCarlo(MonteCarloRun &run, const DrawSet &draws, std::span<const Policy> policies,
                   const SimulationOptions &options, int threads, const std::atomic<bool> *cancel,
                   const ProgressFn &progress) {
    runMonteCarlo(run, draws, policies, options, OutputRequest::everything(), threads, cancel,
                  progress);
}

void runMonteCarlo(MonteCarloRun &run, const DrawSet &draws, std::span<const Policy> policies,
                   const SimulationOptions &options, const OutputRequest &request, int threads,
                   const std::atomic<bool> *cancel, const ProgressFn &progress) {
    shapeRun(run, draws.size(), policies.size(), std::clamp(options.years, 1, kMaxYears), request);
    // One item = one block of draws for every policy: each draw's calibration is shared.
    const int n = draws.size();
    run.complete = parallelFor(
        blockCount(n), threads,
        [&](int b) {
            const int first = b * kBlockDraws;
            if (first + kBlockDraws > n) {
                for (int d = first; d < n; ++d)
                    simulateDraw(run, draws.calibrations[d], d, policies, options, request);
                return;
            }
            std::array<const Calibration *, kBlockDraws> block;
            for (int l = 0; l < kBlockDraws; ++l)
                block[l] = &draws.calibrations[first + l];
            simulateBlockOfDraws(run, block, first, policies, options, request);
        },
        cancel, progressInDraws(progress, n));
}

MonteCarloRun runMonteCarloDrawing(const RegionBaseline &region, int draws, std::uint64_t seed,
                                   std::span<const Policy> policies,
                                   const SimulationOptions &options, const OutputRequest &request,
                                   int threads, const std::atomic<bool> *cancel,
                                   const ProgressFn &progress) {
    MonteCarloRun run;
    shapeRun(run, draws, policies.size(), std::clamp(options.years, 1, kMaxYears), request);
    const ParameterSampler sampler(seed);
    const RegionCalibration prepared = RegionCalibration::of(region);
    run.complete = parallelFor(
        blockCount(draws), threads,
        [&](int b) {
            const int first = b * kBlockDraws;
            const int count = std::min(kBlockDraws, draws - first);
            std::array<Calibration, kBlockDraws> calibrations;
            for (int l = 0; l < count; ++l)
                calibrations[l] =
                    calibrate(prepared, sampler.draw(static_cast<std::uint64_t>(first + l)));
            if (count < kBlockDraws) {
                for (int l = 0; l < count; ++l)
                    simulateDraw(run, calibrations[l], first + l, policies, options, request);
                return;
            }
            std::array<const Calibration *, kBlockDraws> block;
            for (int l = 0; l < kBlockDraws; ++l)
                block[l] = &calibrations[l];
            simulateBlockOfDraws(run, block, first, policies, options, request);
        },
        cancel, progressInDraws(progress, draws));
    return run;
}

} // namespace leastbad::core
