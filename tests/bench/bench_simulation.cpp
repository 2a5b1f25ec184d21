// SPDX-License-Identifier: GPL-3.0-or-later
// Times one deterministic 20-year run of the status quo plus two policies (the unit
// of work the Monte Carlo engine repeats per draw) and prints the figure.
#include "core/simulation.h"
#include "data/defaultregion.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace leastbad::core;

namespace {

// Under ctest (LEASTBAD_BENCH_LIGHT=1, tests/CMakeLists.txt) a smoke test with a tenth of the
// runs, so the debug build's `ctest -L bench` ends in under a minute; run directly for figures.
bool light() {
    const char *value = std::getenv("LEASTBAD_BENCH_LIGHT");
    return value && std::strcmp(value, "1") == 0;
}

} // namespace

int main() {
    const RegionBaseline region = leastbad::data::defaultUnitedStates().baseline;
    const Parameters parameters;
    const Policy statusQuo = statusQuoPolicy(region);
    Policy a = statusQuo;
    a.sentenceMultiplier = {1, 1, 2, 2};
    Policy b = statusQuo;
    b.facilityBeds = 250;
    b.distanceFromHomeMiles = 50;
    b.releaseCashUsd = 2500;
    const SimulationOptions options; // 20 years

    const int kRuns = light() ? 2000 : 20000;
    const int kRepeats = light() ? 3 : 7;
    std::vector<double> perRunMicros;
    double sink = 0;
    for (int rep = 0; rep < kRepeats; ++rep) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < kRuns; ++i) {
            // The calibration is per parameter draw, so it is part of the unit of work.
            const Calibration c = calibrate(region, parameters);
            sink += at(simulate(c, statusQuo, options).totals, Output::CostTotalUsd);
            sink += at(simulate(c, a, options).totals, Output::CostTotalUsd);
            sink += at(simulate(c, b, options).totals, Output::CostTotalUsd);
        }
        const std::chrono::duration<double, std::micro> elapsed =
            std::chrono::steady_clock::now() - start;
        perRunMicros.push_back(elapsed.count() / kRuns);
    }
    std::sort(perRunMicros.begin(), perRunMicros.end());
    std::printf("bench_simulation: calibrate + status quo + 2 policies, 20 years\n");
    std::printf("  median %.2f us per run, best %.2f us, worst %.2f us (%d runs x %d repeats)\n",
                perRunMicros[kRepeats / 2], perRunMicros.front(), perRunMicros.back(), kRuns,
                kRepeats);
    std::printf("  (checksum %.6g)\n", sink);
    return 0;
}
