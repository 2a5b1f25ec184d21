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

// The runs' inputs into lanes: number i of run l becomes lane l of vector i. The inputs are
// doubles only, laid out alike in both types.
void transpose(const std::array<Inputs, kLanes> &runs, LaneInputs &lanes) {
    static_assert(sizeof(Inputs) % sizeof(double) == 0);
    static_assert(sizeof(LaneInputs) == kLanes * sizeof(Inputs));
    constexpr std::size_t n = sizeof(Inputs) / sizeof(double);
    auto *to = reinterpret_cast<unsigned char *>(&lanes);
    for (int l = 0; l < kLanes; ++l) {
        const auto *from = reinterpret_cast<const unsigned char *>(&runs[l]);
        for (std::size_t i = 0; i < n; ++i)
            std::memcpy(to + (i * kLanes + l) * sizeof(double), from + i * sizeof(double),
                        sizeof(double));
    }
}

// Hands each lane's year to its draw's storage: every output, or the listed series.
struct LaneSink {
    const std::array<LaneOutputs, kBlockDraws> &outputs;
    std::span<const Output> seriesOutputs;
    LaneValues scratch{};
    LaneValues &slot(int) { return scratch; }
    void keep(int t, const LaneValues &values) {
        const std::size_t n = seriesOutputs.size();
        for (int l = 0; l < kLanes; ++l) {
            const LaneOutputs &o = outputs[l];
            if (!o.years.empty()) {
                OutputValues &year = o.years[t - 1];
                for (int i = 0; i < kOutputCount; ++i)
                    year[i] = values[i][l];
            }
            if (!o.series.empty()) {
                for (std::size_t k = 0; k < n; ++k)
                    o.series[std::size_t(t - 1) * n + k] =
                        values[static_cast<int>(seriesOutputs[k])][l];
            }
        }
    }
};

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
    for (int l = 0; l < kLanes; ++l) {
        for (int i = 0; i < kOutputCount; ++i) {
            (*outputs[l].totals)[i] = totals[i][l];
            (*outputs[l].discounted)[i] = discounted[i][l];
        }
    }
    return true;
}

} // namespace leastbad::core
