// SPDX-License-Identifier: GPL-3.0-or-later
// The year step across draws (issue 20): one policy on a block of four draws at once, the
// draws' state held structure-of-arrays so that each operation of the year step runs on
// all four in one vector instruction (one AVX2 register). The numbers are those
// of simulateInto / simulateTotals for each draw, bit for bit (tests/core/tst_enginepaths.cpp).
#pragma once

#include "core/outputs.h"
#include "core/simulation.h"

#include <array>
#include <span>

namespace leastbad::core {

inline constexpr int kBlockDraws = 4;

// Where one draw of a block puts its outcomes for the policy.
struct LaneOutputs {
    OutputValues *totals = nullptr;     // every undiscounted total
    OutputValues *discounted = nullptr; // every discounted total
    std::span<OutputValues> years;      // every output of every year, or empty
    std::span<double> series;           // [(year − 1) · seriesOutputs.size() + k], or empty
};

// Runs `policy` on the four calibrations in lockstep, for options.years years (clamped to
// 1..kMaxYears; `years` spans, when given, hold that many). Four draws whose runs branch
// differently (a rare mix, such as a stay that changes for some draws only) run one by one.
// Returns whether the four ran in lockstep.
bool simulateBlock(const std::array<const Calibration *, kBlockDraws> &calibrations,
                   const Policy &policy, const SimulationOptions &options,
                   std::span<const Output> seriesOutputs,
                   const std::array<LaneOutputs, kBlockDraws> &outputs);

} // namespace leastbad::core
