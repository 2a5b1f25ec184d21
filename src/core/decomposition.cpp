// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/decomposition.h"

#include <numeric>

namespace leastbad::core {

namespace {

constexpr unsigned kAllMechanisms =
    kIncapacitation | kGeneralDeterrence | kAftereffectsReentry | kInPrisonConditions;

} // namespace

std::string_view mechanismKey(Mechanism m) {
    static constexpr std::string_view keys[kMechanismCount] = {
        "direct", "incapacitation", "general_deterrence", "aftereffects_and_reentry",
        "in_prison_conditions"};
    return keys[static_cast<int>(m)];
}

unsigned mechanismsOffUpTo(Mechanism m) {
    // Mechanism k (1..4) is bit 1 << (k − 1); the stage of m has bits 1..m on.
    const unsigned onBits = (1u << static_cast<unsigned>(m)) - 1;
    return kAllMechanisms & ~onBits;
}

double sumOfTerms(const NetValueTerms &terms) {
    return std::accumulate(terms.begin(), terms.end(), 0.0);
}

Decomposition decompose(const DrawSet &draws, const Policy &policy, const PolicyOutcomes &statusQuo,
                        const MoralWeights &weights, int threads, const std::atomic<bool> *cancel) {
    Decomposition result;
    const int n = std::min(draws.size(), statusQuo.draws);
    for (auto &part : result.parts)
        part.resize(n);
    result.total.resize(n);
    const SimulationOptions base = weights.simulationOptions();
    const int years = std::clamp(base.years, 1, kMaxYears);
    result.complete = parallelFor(
        n, threads,
        [&](int d) {
            std::vector<OutputValues> yearly(years);
            OutputValues totals{}, discounted{};
            NetValueTerms previous{}; // the status quo: every term 0
            for (int m = 0; m < kMechanismCount; ++m) {
                SimulationOptions options = base;
                options.mechanismsOff = mechanismsOffUpTo(static_cast<Mechanism>(m));
                simulateInto(draws.calibrations[d], policy, options, yearly, totals, discounted);
                const NetValueTerms stage =
                    netValueTerms(discounted, statusQuo.discounted[d], weights);
                for (int t = 0; t < kNetValueTermCount; ++t)
                    result.parts[m][d][t] = stage[t] - previous[t];
                previous = stage;
            }
            result.total[d] = previous;
        },
        cancel);
    return result;
}

} // namespace leastbad::core
