// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/laneblock.h"

#include "core/yearstep.h"

#include <algorithm>
#include <cstring>

namespace leastbad::core {

namespace {

using step::kLanes;
using step::Lanes;
using Inputs = step::RunInputsOf<double>;
using LaneInputs = step::RunInputsOf<Lanes>;
using LaneValues = step::OutputsOf<Lanes>;
static_assert(kLanes == kBlockDraws);

// Lanes picked from two vectors (indices 0–3 the first's, 4–7 the second's): GCC and Clang
// (the fuzz build) spell the builtin differently.
#if defined(__clang__)
#define LEASTBAD_SHUFFLE(a, b, i, j, k, l) __builtin_shufflevector(a, b, i, j, k, l)
#else
#define LEASTBAD_SHUFFLE(a, b, i, j, k, l) __builtin_shuffle(a, b, step::LaneBits{i, j, k, l})
#endif

// Four doubles from memory. Always inlined: a clone must not call a helper built for another
// target with a vector in a register (the two pass it differently, which -Wpsabi is about).
[[gnu::always_inline]] inline Lanes fourAt(const unsigned char *bytes) {
    Lanes v;
    std::memcpy(&v, bytes, sizeof(Lanes));
    return v;
}

// Four vectors turned round as a 4 × 4 block in registers: lane l of vector i becomes lane i
// of vector l.
[[gnu::always_inline]] inline std::array<Lanes, 4> transposed(Lanes v0, Lanes v1, Lanes v2,
                                                              Lanes v3) {
    const Lanes evens01 = LEASTBAD_SHUFFLE(v0, v1, 0, 4, 2, 6);
    const Lanes odds01 = LEASTBAD_SHUFFLE(v0, v1, 1, 5, 3, 7);
    const Lanes evens23 = LEASTBAD_SHUFFLE(v2, v3, 0, 4, 2, 6);
    const Lanes odds23 = LEASTBAD_SHUFFLE(v2, v3, 1, 5, 3, 7);
    return {LEASTBAD_SHUFFLE(evens01, evens23, 0, 1, 4, 5),
            LEASTBAD_SHUFFLE(odds01, odds23, 0, 1, 4, 5),
            LEASTBAD_SHUFFLE(evens01, evens23, 2, 3, 6, 7),
            LEASTBAD_SHUFFLE(odds01, odds23, 2, 3, 6, 7)};
}

// The runs' inputs into lanes: number i of run l becomes lane l of vector i. The inputs are
// doubles only, laid out alike in both types; four numbers of each of the four runs are
// read at once and turned round as a 4 × 4 block in registers.
LEASTBAD_YEAR_LOOP_CLONES
void transpose(const std::array<Inputs, kLanes> &runs, LaneInputs &lanes) {
    static_assert(kLanes == 4, "a 4 x 4 transposition");
    static_assert(sizeof(Inputs) % sizeof(double) == 0);
    static_assert(sizeof(LaneInputs) == kLanes * sizeof(Inputs));
    constexpr std::size_t n = sizeof(Inputs) / sizeof(double);
    auto *to = reinterpret_cast<Lanes *>(&lanes);
    const auto *from = reinterpret_cast<const unsigned char *>(runs.data());
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        const std::array<Lanes, 4> block =
            transposed(fourAt(from + i * sizeof(double)), fourAt(from + (n + i) * sizeof(double)),
                       fourAt(from + (2 * n + i) * sizeof(double)),
                       fourAt(from + (3 * n + i) * sizeof(double)));
        for (int k = 0; k < 4; ++k)
            to[i + k] = block[k];
    }
    if constexpr (n % kLanes != 0) { // (GCC warns of the empty loop's bounds otherwise)
        for (; i < n; ++i) {
            for (int l = 0; l < kLanes; ++l) {
                double value;
                std::memcpy(&value, from + (l * n + i) * sizeof(double), sizeof(double));
                to[i][l] = value;
            }
        }
    }
}

// Each output's lanes to the draws' own arrays of outputs (a null one is skipped), four
// outputs at a time turned round in registers.
[[gnu::always_inline]] inline void scatter(const LaneValues &values,
                                           const std::array<double *, kLanes> &to) {
    int i = 0;
    for (; i + kLanes <= kOutputCount; i += kLanes) {
        const std::array<Lanes, 4> block =
            transposed(values[i], values[i + 1], values[i + 2], values[i + 3]);
        for (int l = 0; l < kLanes; ++l) {
            if (to[l])
                std::memcpy(to[l] + i, &block[l], sizeof(Lanes));
        }
    }
    for (; i < kOutputCount; ++i) {
        for (int l = 0; l < kLanes; ++l) {
            if (to[l])
                to[l][i] = values[i][l];
        }
    }
}

// Hands each lane's year to its draw's storage: every output, or the listed series (read
// from the basis where they are members of it, as SeriesSink in simulation.cpp).
struct LaneSink {
    const std::array<LaneOutputs, kBlockDraws> &outputs;
    std::span<const Output> seriesOutputs;
    bool basisOnly = std::all_of(seriesOutputs.begin(), seriesOutputs.end(), step::isBasisOutput);
    bool anyYears = std::any_of(outputs.begin(), outputs.end(),
                                [](const LaneOutputs &o) { return !o.years.empty(); });
    LaneValues values{};
    [[gnu::always_inline]] void keep(int t, const step::YearBasisOf<Lanes> &basis,
                                     const LaneInputs &in) {
        const std::size_t n = seriesOutputs.size();
        if (!anyYears && n == 0)
            return;
        if (anyYears || !basisOnly)
            step::writeOutputs(values, in, basis);
        if (anyYears) {
            std::array<double *, kLanes> years;
            for (int l = 0; l < kLanes; ++l)
                years[l] = outputs[l].years.empty() ? nullptr : outputs[l].years[t - 1].data();
            scatter(values, years);
        }
        for (std::size_t k = 0; k < n; ++k) {
            const Lanes series = basisOnly ? step::basisOutput(basis, seriesOutputs[k])
                                           : values[static_cast<int>(seriesOutputs[k])];
            for (int l = 0; l < kLanes; ++l) {
                if (!outputs[l].series.empty())
                    outputs[l].series[std::size_t(t - 1) * n + k] = series[l];
            }
        }
    }
};

LEASTBAD_YEAR_LOOP_CLONES
void scatterTotals(const LaneValues &totals, const LaneValues &discounted,
                   const std::array<double *, kLanes> &toTotals,
                   const std::array<double *, kLanes> &toDiscounted) {
    scatter(totals, toTotals);
    scatter(discounted, toDiscounted);
}

LEASTBAD_YEAR_LOOP_CLONES
void runLanes(const LaneInputs &in, const step::RunFlags &flags, const SimulationOptions &options,
              int years, LaneSink &sink, LaneValues &totals, LaneValues &discounted) {
    step::runYears(in, flags, options, years, sink, totals, discounted);
}

// One draw at a time, for a block whose draws branch differently.
void simulateOneByOne(const std::array<const Calibration *, kBlockDraws> &calibrations,
                      const Policy &policy, const SimulationOptions &options,
                      std::span<const Output> seriesOutputs,
                      const std::array<LaneOutputs, kBlockDraws> &outputs) {
    for (int l = 0; l < kLanes; ++l) {
        const LaneOutputs &o = outputs[l];
        if (!o.years.empty())
            simulateInto(*calibrations[l], policy, options, o.years, *o.totals, *o.discounted);
        else
            simulateTotals(*calibrations[l], policy, options, *o.totals, *o.discounted,
                           o.series.empty() ? std::span<const Output>{} : seriesOutputs, o.series);
    }
}

} // namespace

bool simulateBlock(const std::array<const Calibration *, kBlockDraws> &calibrations,
                   const Policy &policy, const SimulationOptions &options,
                   std::span<const Output> seriesOutputs,
                   const std::array<LaneOutputs, kBlockDraws> &outputs) {
    // Per thread and reused: the inputs are some 10 KB per block, which zeroing on every
    // call cost more than the transposition (callgrind).
    thread_local std::array<Inputs, kLanes> runs;
    thread_local LaneInputs lanes;
    std::array<step::RunFlags, kLanes> flags;
    for (int l = 0; l < kLanes; ++l)
        step::setUpRun(*calibrations[l], policy, options, runs[l], flags[l]);
    if (!std::all_of(flags.begin(), flags.end(),
                     [&](const step::RunFlags &f) { return f == flags[0]; })) {
        simulateOneByOne(calibrations, policy, options, seriesOutputs, outputs);
        return false;
    }
    transpose(runs, lanes);
    LaneSink sink{outputs, seriesOutputs};
    LaneValues totals{}, discounted{};
    runLanes(lanes, flags[0], options, std::clamp(options.years, 1, kMaxYears), sink, totals,
             discounted);
    std::array<double *, kLanes> toTotals, toDiscounted;
    for (int l = 0; l < kLanes; ++l) {
        toTotals[l] = outputs[l].totals->data();
        toDiscounted[l] = outputs[l].discounted->data();
    }
    scatterTotals(totals, discounted, toTotals, toDiscounted);
    return true;
}

} // namespace leastbad::core
