// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/montecarlo.h"

#include <algorithm>

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
        if (request.allTotals)
            o.totals[d] = totals;
        const std::size_t kept = o.totalsOutputs.size();
        for (std::size_t k = 0; k < kept; ++k)
            o.totalsSubset[std::size_t(d) * kept + k] =
                totals[static_cast<int>(o.totalsOutputs[k])];
    }
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
    // One item = one draw for every policy: the draw's calibration is shared.
    run.complete = parallelFor(
        draws.size(), threads,
        [&](int d) { simulateDraw(run, draws.calibrations[d], d, policies, options, request); },
        cancel, progress);
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
        draws, threads,
        [&](int d) {
            const Calibration c = calibrate(prepared, sampler.draw(static_cast<std::uint64_t>(d)));
            simulateDraw(run, c, d, policies, options, request);
        },
        cancel, progress);
    return run;
}

} // namespace leastbad::core
