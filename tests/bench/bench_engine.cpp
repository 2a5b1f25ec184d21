// SPDX-License-Identifier: GPL-3.0-or-later
// Times the tradeoff engine and prints the figures issue 5 asks for:
//   one comparison (status quo, A, B; 20 years; 1,000 and 10,000 draws) on one core,
//   cold (drawing parameters and calibrating) and warm (draws reused, as while a slider moves);
//   a frontier sweep of 100,000 policies x 200 draws on all cores;
//   59 regions x one policy x 1,000 draws on all cores.
//   the value-of-information report of `leastbad-cli voi` (issue 17: status quo and 3
//   policies, 10,000 draws, every parameter and group, acceptability curve, break-even) on
//   all cores.
//   issue 20: ns per policy-year of the warm slider path (1,000 draws, 3 policies, the charted
//   output's yearly series kept) and of the cold compare path (10,000 draws drawn, calibrated
//   and simulated as `leastbad-cli compare` does, 1 and 2 threads), each also as a multiple
//   of a reference loop timed in the same run, so figures from a busy machine compare.
// `bench_engine --quick` runs a 10,000-policy frontier instead; `bench_engine --issue20` prints
// issue 20's figures only (for interleaving runs of two builds); `bench_engine --kernel` runs
// the warm path once, for counting its flops under callgrind. `bench_engine --light` (what
// ctest runs, through LEASTBAD_BENCH_LIGHT=1, so the debug build's `ctest -L bench` ends in
// well under a minute) runs every stage once with a few hundred draws: a smoke test, whose
// figures are not the issue's.
#include "core/analysis.h"
#include "core/breakeven.h"
#include "core/decisionsummary.h"
#include "core/frontier.h"
#include "core/laneblock.h"
#include "core/regions.h"
#include "core/valueofinformation.h"
#include "data/defaultregion.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <span>
#include <vector>

using namespace leastbad::core;
using Clock = std::chrono::steady_clock;

namespace {

// Light mode: every stage once, at a few hundred draws (see the header).
bool g_light = false;

// `full` draws or rounds, or `light` of them in light mode.
int scaled(int full, int light) {
    return g_light ? light : full;
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<Policy> comparisonPolicies(const RegionBaseline &region) {
    Policy a = statusQuoPolicy(region);
    a.sentenceMultiplier = {1, 1, 2, 2};
    Policy b = statusQuoPolicy(region);
    b.facilityBeds = 250;
    b.distanceFromHomeMiles = 50;
    b.releaseCashUsd = 2500;
    return {statusQuoPolicy(region), a, b};
}

void timeComparison(const RegionBaseline &region, int draws) {
    const auto policies = comparisonPolicies(region);
    double best = 1e300, bestWarm = 1e300;
    double sink = 0;
    Analysis reused; // as the GUI keeps it between slider moves
    for (int rep = 0; rep < scaled(5, 1); ++rep) {
        const auto start = Clock::now();
        const ParameterDraws parameterDraws = ParameterDraws::generate(draws, 2026);
        const DrawSet set = DrawSet::prepare(region, parameterDraws, 1);
        const Analysis a = analyse(set, policies, {}, 1);
        best = std::min(best, msSince(start));
        sink += a.verdicts[1].netValue.mean;
        const auto warmStart = Clock::now();
        analyse(reused, set, policies, {}, 1);
        bestWarm = std::min(bestWarm, msSince(warmStart));
        sink += reused.verdicts[1].netValue.mean;
    }
    std::printf(
        "  %5d draws, 3 policies, 20 years, 1 thread: cold %.1f ms, warm (draws reused) %.1f ms\n",
        draws, best, bestWarm);
    if (sink == 0.12345)
        std::printf("(unlikely)\n");
}

// What `leastbad-cli voi` computes, stage by stage, on all cores.
void timeValueOfInformation(const RegionBaseline &region, int draws) {
    std::vector<Policy> policies = comparisonPolicies(region);
    Policy c = statusQuoPolicy(region);
    c.policePer100k *= 1.2;
    c.clearanceRateViolent += 0.1;
    policies.push_back(c);
    const auto start = Clock::now();
    const ParameterDraws parameterDraws = ParameterDraws::generate(draws, 1);
    const DrawSet set = DrawSet::prepare(region, parameterDraws, 0);
    const MoralWeights weights;
    // voi keeps every total and the yearly series break-even reads (breakEvenOutputs).
    Analysis a;
    analyse(a, set, policies, weights, breakEvenOutputs(), 0);
    const double simulated = msSince(start);
    const NetBenefits nb = netBenefits(a);
    const DecisionSummary decision = summarizeDecision(nb);
    const auto voiStart = Clock::now();
    const ValueOfInformation voi = valueOfInformation(parameterDraws, nb, 0);
    const double voiMs = msSince(voiStart);
    const auto rest = Clock::now();
    const auto curve = acceptabilityCurve(a.run, weights, defaultAcceptabilityValues());
    std::size_t found = 0;
    for (std::size_t p = 1; p < policies.size(); ++p)
        found += breakEvens(a.run.policies[p], a.run.policies[0], set, weights).size();
    const double restMs = msSince(rest);
    std::printf("  voi: status quo + 3 policies, %d draws, %zu parameters + %zu groups, all "
                "cores: %.0f ms (draws and simulation %.0f ms, EVPI/EVPPI %.0f ms, curve and "
                "break-even %.0f ms); EVPI %.3g USD, best option %d, %zu curve points, %zu "
                "break-evens\n",
                draws, voi.parameters.size(), voi.groups.size(), msSince(start), simulated, voiMs,
                restMs, voi.evpi.value, decision.bestOption, curve.size(), found);
}

// The kernel's floating-point operations per policy-year on this workload (3 policies, 1,000
// draws, 20 years; the status quo's stationary years are copied, not computed), as counted by
// `valgrind --tool=callgrind --dump-instr=yes bench_engine --kernel` and
// tests/bench/count_flops.py (docs/PERFORMANCE.md). Recount when the kernel changes.
constexpr double kCountedFlopsPerPolicyYear = 452; // counted in session 5 (the year's basis)

// The clock /proc/cpuinfo reports for the first core, in GHz (0 if unknown).
double cpuGhz() {
    std::FILE *f = std::fopen("/proc/cpuinfo", "r");
    if (!f)
        return 0;
    char line[256];
    double mhz = 0;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "cpu MHz : %lf", &mhz) == 1 ||
            std::sscanf(line, "cpu MHz\t: %lf", &mhz) == 1)
            break;
    }
    std::fclose(f);
    return mhz / 1000;
}

// The warm slider path once, for callgrind to count (bench_engine --kernel).
void runKernelOnce(const RegionBaseline &region) {
    const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(1000, 2026), 1);
    Analysis a;
    analyse(a, set, comparisonPolicies(region), {},
            OutputRequest::totalsAndYearly({Output::PrisonPopulation}), 1);
    std::printf("kernel run: net value %.6g\n", a.verdicts[1].netValue.mean);
}

// A fixed scalar loop: 2^24 steps of a dependent multiply-add chain (latency bound, so
// it measures the core's speed right now, not the compiler). Best of 5, in ns per step.
double referenceLoopNs() {
    double best = 1e300;
    volatile double seed = 1.0000001;
    double sink = 0;
    for (int rep = 0; rep < scaled(5, 1); ++rep) {
        const auto start = Clock::now();
        double x = seed;
        for (int i = 0; i < (1 << 24); ++i)
            x = x * 0.9999999 + 1e-7;
        sink += x;
        best = std::min(best, msSince(start) * 1e6 / (1 << 24));
    }
    if (sink == 0.12345)
        std::printf("(unlikely)\n");
    return best;
}

// Issue 20's measures: ns per policy-year, warm (the slider path) and cold (compare).
void timePolicyYears(const RegionBaseline &region, double referenceNs) {
    const auto policies = comparisonPolicies(region);
    const int policyYears = 3 * 20;
    double sink = 0;
    {
        const int draws = scaled(1000, 200);
        const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(draws, 2026), 1);
        // As the GUI keeps it: the run reused, totals and the charted output's series only.
        const OutputRequest charted = OutputRequest::totalsAndYearly({Output::PrisonPopulation});
        Analysis reused;
        double bestLean = 1e300, bestFull = 1e300;
        for (int rep = 0; rep < scaled(7, 1); ++rep) {
            auto start = Clock::now();
            analyse(reused, set, policies, {}, charted, 1);
            bestLean = std::min(bestLean, msSince(start));
            sink += reused.verdicts[1].netValue.mean;
        }
        Analysis full;
        for (int rep = 0; rep < scaled(7, 1); ++rep) {
            auto start = Clock::now();
            analyse(full, set, policies, {}, 1);
            bestFull = std::min(bestFull, msSince(start));
            sink += full.verdicts[1].netValue.mean;
        }
        const double leanNs = bestLean * 1e6 / (double(draws) * policyYears);
        const double fullNs = bestFull * 1e6 / (double(draws) * policyYears);
        std::printf("  warm slider path, %d draws x 3 policies x 20 years, 1 thread: %.1f ns per "
                    "policy-year (%.0f reference steps); every output kept: %.1f ns (%.0f)\n",
                    draws, leanNs, leanNs / referenceNs, fullNs, fullNs / referenceNs);
        const double ghz = cpuGhz();
        if (ghz > 0) {
            // The AVX2 bound: four double flops per cycle at the reported clock.
            const double boundNs = kCountedFlopsPerPolicyYear / 4 / ghz;
            std::printf("  kernel: %.0f flops per policy-year (counted, docs/PERFORMANCE.md); AVX2 "
                        "bound at %.2f GHz %.1f ns; warm path %.1fx the bound\n",
                        kCountedFlopsPerPolicyYear, ghz, boundNs, leanNs / boundNs);
        }
    }
    for (const int threads : {1, 2}) {
        const int draws = scaled(10000, 400);
        double best = 1e300;
        for (int rep = 0; rep < scaled(3, 1); ++rep) {
            const auto start = Clock::now();
            const Analysis a = analyseDrawing(region, draws, 2026, policies, {},
                                              OutputRequest::totalsOnly(), threads);
            best = std::min(best, msSince(start));
            sink += a.verdicts[1].netValue.mean;
        }
        const double ns = best * 1e6 / (double(draws) * policyYears);
        std::printf("  cold compare path (draw, calibrate, simulate, summarise), %d draws, %d "
                    "thread%s: %.0f ms, %.1f ns per policy-year (%.0f reference steps)\n",
                    draws, threads, threads > 1 ? "s" : "", best, ns, ns / referenceNs);
    }
    if (sink == 0.12345)
        std::printf("(unlikely)\n");
}

// The percentiles of summary.cpp before session 3, as the reference of the same run: selected
// in rising order, each over the rest of the array, then a scan for the next order statistic.
double risingPercentile(std::vector<double> &values, std::vector<double>::iterator &first,
                        double p) {
    const double h = (static_cast<double>(values.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(first, at, values.end());
    const double low = *at;
    const double high = at + 1 == values.end() ? low : *std::min_element(at + 1, values.end());
    first = at;
    return low + (h - static_cast<double>(lo)) * (high - low);
}

// One verdict's percentiles (a total's five and its Monte Carlo error's ten, six ledgers'
// five each) on the warm path's 1,000 net values: the rising-order selection against
// summarize and monteCarloError (one branch-free selection of every rank at once), best of
// 7 each. Each call gets the values in another of 64 orders: repeated on one array, the
// branch predictor learns its comparisons and a selection looks five times faster than it
// is on a slider step (session 6, docs/PERFORMANCE.md).
void timePercentiles(const RegionBaseline &region) {
    const auto policies = comparisonPolicies(region);
    const int draws = scaled(1000, 200);
    const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(draws, 2026), 1);
    Analysis a;
    analyse(a, set, policies, {}, OutputRequest::totalsOnly(), 1);
    std::vector<std::vector<double>> orders(64, a.verdicts[1].totalDraws());
    std::mt19937_64 shuffler(2026);
    for (std::vector<double> &order : orders)
        std::shuffle(order.begin(), order.end(), shuffler);
    const double rising[] = {0.05, 0.25, 0.5, 0.75, 0.95};
    const int calls = scaled(2000, 50);
    double bestOld = 1e300, bestNew = 1e300, sink = 0;
    for (int rep = 0; rep < scaled(7, 1); ++rep) {
        auto start = Clock::now();
        for (int call = 0; call < calls; ++call) {
            const std::vector<double> &values = orders[std::size_t(call) % orders.size()];
            for (int summary = 0; summary < 7; ++summary) {
                std::vector<double> v = values;
                auto first = v.begin();
                for (double p : rising)
                    sink += risingPercentile(v, first, p);
            }
            std::vector<double> v = values; // the error's ten ranks, in rising order
            auto first = v.begin();
            for (double p : rising) {
                const double halfWidth = 1.959964 * std::sqrt(p * (1 - p) / draws);
                sink += risingPercentile(v, first, std::max(0.0, p - halfWidth));
                sink += risingPercentile(v, first, std::min(1.0, p + halfWidth));
            }
        }
        bestOld = std::min(bestOld, msSince(start));
        start = Clock::now();
        for (int call = 0; call < calls; ++call) {
            const std::vector<double> &values = orders[std::size_t(call) % orders.size()];
            for (int summary = 0; summary < 7; ++summary)
                sink += summarize(values).p50;
            sink += monteCarloError(values).p50;
        }
        bestNew = std::min(bestNew, msSince(start));
    }
    std::printf("  one verdict's percentiles, %d draws: rising-order selection %.1f us, one "
                "branch-free selection of every rank %.1f us; %.2fx\n",
                draws, bestOld * 1e3 / calls, bestNew * 1e3 / calls, bestOld / bestNew);
    if (sink == 0.12345)
        std::printf("(unlikely)\n");
}

// The simulation alone (no verdicts), 1,000 prepared draws x 3 policies: the year step one
// draw at a time (simulateTotals) against blocks of draws in lockstep (simulateBlock), best of 7
// each, in ns per policy-year.
void timeKernelPaths(const RegionBaseline &region, double referenceNs) {
    const auto policies = comparisonPolicies(region);
    const int draws = scaled(1000, 200);
    const DrawSet set = DrawSet::prepare(region, ParameterDraws::generate(draws, 2026), 1);
    const std::vector<Output> charted = {Output::PrisonPopulation};
    std::vector<OutputValues> totals(draws), discounted(draws);
    std::vector<double> series(std::size_t(draws) * 20);
    double bestScalar = 1e300, bestLanes = 1e300, sink = 0;
    for (int rep = 0; rep < scaled(7, 1); ++rep) {
        auto start = Clock::now();
        for (const Policy &policy : policies) {
            for (int d = 0; d < draws; ++d)
                simulateTotals(set.calibrations[d], policy, {}, totals[d], discounted[d], charted,
                               std::span(series).subspan(std::size_t(d) * 20, 20));
        }
        bestScalar = std::min(bestScalar, msSince(start));
        sink += totals[7][0];
        start = Clock::now();
        for (const Policy &policy : policies) {
            for (int d = 0; d + kBlockDraws <= draws; d += kBlockDraws) {
                std::array<const Calibration *, kBlockDraws> block;
                std::array<LaneOutputs, kBlockDraws> out;
                for (int l = 0; l < kBlockDraws; ++l) {
                    block[l] = &set.calibrations[d + l];
                    out[l] = {&totals[d + l],
                              &discounted[d + l],
                              {},
                              std::span(series).subspan(std::size_t(d + l) * 20, 20)};
                }
                simulateBlock(block, policy, {}, charted, out);
            }
        }
        bestLanes = std::min(bestLanes, msSince(start));
        sink += totals[7][0];
    }
    const double scalarNs = bestScalar * 1e6 / (double(draws) * 60);
    const double lanesNs = bestLanes * 1e6 / (double(draws) * 60);
    std::printf("  simulation only, %d draws x 3 policies x 20 years, 1 thread: one draw at a time "
                "%.1f ns per policy-year (%.0f reference steps), %d draws in lockstep %.1f ns "
                "(%.0f); %.2fx\n",
                draws, scalarNs, scalarNs / referenceNs, kBlockDraws, lanesNs,
                lanesNs / referenceNs, scalarNs / lanesNs);
    if (sink == 0.12345)
        std::printf("(unlikely)\n");
}

} // namespace

int main(int argc, char **argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const char *lightEnv = std::getenv("LEASTBAD_BENCH_LIGHT");
    g_light = (argc > 1 && std::strcmp(argv[1], "--light") == 0) ||
              (lightEnv && std::strcmp(lightEnv, "1") == 0);
    const RegionBaseline us = leastbad::data::defaultUnitedStates().baseline;
    if (argc > 1 && std::strcmp(argv[1], "--kernel") == 0) {
        runKernelOnce(us);
        return 0;
    }
    std::printf(g_light ? "bench_engine (light: one round, few draws; not the issue's figures)\n"
                        : "bench_engine\n");
    const double referenceNs = referenceLoopNs();
    std::printf("  reference loop: %.3f ns per step (a dependent multiply-add; figures below "
                "also in steps)\n",
                referenceNs);
    timePolicyYears(us, referenceNs);
    timeKernelPaths(us, referenceNs);
    timePercentiles(us);
    if (argc > 1 && std::strcmp(argv[1], "--issue20") == 0)
        return 0;
    timeComparison(us, scaled(1000, 200));
    if (!g_light)
        timeComparison(us, 10000);
    timeValueOfInformation(us, scaled(10000, 300));

    // 59 regions: scaled copies of the US baseline stand in until the datasets land.
    std::vector<RegionPolicy> regions;
    for (int i = 0; i < 59; ++i) {
        RegionBaseline r = us;
        const double scale = 0.002 + 0.002 * i;
        char code[16];
        std::snprintf(code, sizeof code, "R%d", i); // (GCC 12 misreports "R" + to_string at -O3)
        r.code = code;
        r.population *= scale;
        for (double &p : r.prisonPopulation)
            p *= scale;
        r.homicides *= scale;
        r.otherViolentCrimes *= scale;
        r.propertyCrimes *= scale;
        r.felonyDefendantsPerYear *= scale;
        Policy p = statusQuoPolicy(r);
        p.releaseCashUsd = 2500;
        regions.push_back({r, p});
    }
    auto start = Clock::now();
    const RegionsResult ranked =
        rankRegions(regions, ParameterDraws::generate(scaled(1000, 50), 7), {}, 0);
    std::printf("  59 regions x 1 policy x %d draws, all cores: %.0f ms (%s)\n", scaled(1000, 50),
                msSince(start), ranked.complete ? "complete" : "incomplete");

    FrontierOptions options;
    options.samples = g_light ? 300 : quick ? 10000 : 100000;
    options.draws = scaled(200, 40);
    start = Clock::now();
    int lastPercent = -1;
    const FrontierResult f = exploreFrontier(us, options, nullptr, [&](int done, int total) {
        const int percent = 100 * done / total;
        if (percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "    frontier %d%%\n", percent);
            lastPercent = percent;
        }
    });
    std::printf("  frontier %d policies x %d draws, all cores: %.1f s; %zu on the frontier; best "
                "under budget: "
                "net value %.3g USD\n",
                options.samples, options.draws, msSince(start) / 1000, f.frontier.size(),
                f.bestUnderBudget.candidate.objectives.netValueMean);
    return 0;
}
