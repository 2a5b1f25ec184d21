// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's half of a slider step, without the GUI: the app's interactive Session with
// the status quo and four policies (1,000 draws, the charted output's yearly series), one
// lever of policy A moved 200 times, as bench_gui moves it. Prints the median and 95th
// percentile of a step at 1 and 2 engine threads, then the step's parts timed one by one
// on one thread: the changed policy's run, its summary (the headline's and the charts'
// percentiles) and its Monte Carlo errors. `bench_sliderstep --light` (what ctest runs)
// moves the lever 10 times.
#include "analysis/headlineerrors.h"
#include "analysis/session.h"
#include "core/montecarlo.h"
#include "core/snapshot.h"
#include "data/defaultregion.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <vector>

using namespace leastbad;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::size_t(p * double(v.size() - 1))];
}

// The lever bench_gui moves: policy A's repeat violent time served, 250% to 440%.
core::Policy movedPolicy(const core::RegionBaseline &region, int step) {
    core::Policy a = core::statusQuoPolicy(region);
    a.sentenceMultiplier = {1, 1, 2.5 + (step % 20) * 0.1, 2};
    return a;
}

analysis::ComparisonRequest request(const core::RegionBaseline &region, int step) {
    core::Policy b = core::statusQuoPolicy(region);
    b.facilityBeds = 250;
    b.distanceFromHomeMiles = 50;
    b.releaseCashUsd = 2500;
    analysis::ComparisonRequest r;
    r.question.region = region;
    r.question.policies = {core::statusQuoPolicy(region), movedPolicy(region, step), b,
                           movedPolicy(region, 0), movedPolicy(region, 0)};
    r.question.draws = 1000;
    r.snapshotOf = core::Output::PrisonPopulation;
    return r;
}

void timeSteps(const core::RegionBaseline &region, int threads, int steps) {
    analysis::Session session(analysis::Session::Mode::Interactive, threads);
    session.results(request(region, 0)); // the first request computes every policy
    std::vector<double> millis;
    double sink = 0;
    for (int i = 1; i <= steps; ++i) {
        const auto start = Clock::now();
        const auto result = session.results(request(region, i));
        millis.push_back(msSince(start));
        sink += result->snapshot->verdicts[1].netValue.mean;
    }
    std::printf("  slider step, %d engine thread%s: median %.2f ms, 95th percentile %.2f ms "
                "(policy runs %d)%s\n",
                threads, threads > 1 ? "s" : "", percentile(millis, 0.5), percentile(millis, 0.95),
                session.counts().policyRuns, sink == 0.12345 ? " (unlikely)" : "");
}

// The step's parts on one thread, best of `rounds`.
void timeParts(const core::RegionBaseline &region, int rounds) {
    const analysis::ComparisonRequest r = request(region, 0);
    const core::DrawSet set = core::DrawSet::prepare(
        region, core::ParameterDraws::generate(r.question.draws, r.question.seed), 1);
    const core::SimulationOptions options = r.question.weights.simulationOptions();
    const core::OutputRequest outputs = core::OutputRequest::totalsAndYearly({*r.snapshotOf});
    core::MonteCarloRun statusQuo, policy;
    core::runMonteCarlo(statusQuo, set, std::span(r.question.policies).first(1), options, outputs,
                        1);
    double run = 1e300, summary = 1e300, errors = 0, sink = 0;
    errors = 1e300;
    for (int i = 0; i < rounds; ++i) {
        auto start = Clock::now();
        core::runMonteCarlo(policy, set, std::span(r.question.policies).subspan(1, 1), options,
                            outputs, 1);
        run = std::min(run, msSince(start));
        core::AnalysisSnapshot s;
        s.timeSeriesOutput = *r.snapshotOf;
        start = Clock::now();
        core::appendPolicySummary(s, policy.policies.front(), statusQuo.policies.front(),
                                  r.question.weights);
        summary = std::min(summary, msSince(start));
        start = Clock::now();
        const analysis::HeadlineErrors e =
            analysis::headlineErrors(policy.policies.front(), statusQuo.policies.front(), false);
        errors = std::min(errors, msSince(start));
        sink += s.verdicts.front().netValue.mean + e.taxpayerCostChange.mean;
    }
    std::printf("  its parts, 1 thread, best of %d: the changed policy's run %.2f ms, its "
                "summary %.2f ms, its Monte Carlo errors %.2f ms%s\n",
                rounds, run, summary, errors, sink == 0.12345 ? " (unlikely)" : "");
}

} // namespace

int main(int argc, char **argv) {
    const char *lightEnv = std::getenv("LEASTBAD_BENCH_LIGHT");
    const bool light = (argc > 1 && std::strcmp(argv[1], "--light") == 0) ||
                       (lightEnv && std::strcmp(lightEnv, "1") == 0);
    const core::RegionBaseline us = data::defaultUnitedStates().baseline;
    std::printf("bench_sliderstep: status quo + four policies, 1,000 draws, policy A's lever "
                "moved%s\n",
                light ? " (light: 10 steps, not the issue's figures)" : "");
    for (const int threads : {1, 2})
        timeSteps(us, threads, light ? 10 : 200);
    timeParts(us, light ? 1 : 20);
}
