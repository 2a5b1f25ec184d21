// SPDX-License-Identifier: GPL-3.0-or-later
// How much memory a Monte Carlo run needs, checked before it starts. A run that keeps every
// output keeps, for every draw, a calibration and, for every policy, one row of outputs a
// year plus two of totals, so draws × policies × years grows quickly (10⁶ draws of 8
// policies over 50 years would need about 100 GB); a run that asks only for some outputs
// (OutputRequest) and makes and drops its draws one by one (runMonteCarloDrawing) keeps far
// less. A run over the budget is refused with the figure and a way to fit.
#pragma once

#include "core/outputrequest.h"

#include <cstdint>
#include <string>

namespace leastbad::core {

// Bytes a run of `draws` draws, `policies` policies (the status quo included) and
// `years` years holds at its peak (the engine's arrays, with a margin for summaries).
// Every output kept and every draw's calibration held (OutputRequest::everything()).
std::uint64_t estimateRunBytes(int draws, int policies, int years);

// What a run keeps under `request`; `drawsKept`: the draws and their calibrations are held
// (a DrawSet), not made and dropped one by one.
struct RunShape {
    OutputRequest request = OutputRequest::everything();
    bool drawsKept = true;
};
std::uint64_t estimateRunBytes(int draws, int policies, int years, const RunShape &shape);

// The budget: LEASTBAD_MEMORY_BUDGET_MB if set (a whole number of MiB), else half of the
// machine's physical memory.
std::uint64_t memoryBudgetBytes();

// Empty if the run fits the budget; else a message with the figures and the most draws
// that fit, e.g. "needs about 11.6 GiB for 1000000 draws × 2 policies × 20 years, more
// than the budget of 11.7 GiB ...".
std::string checkMemoryBudget(int draws, int policies, int years);
std::string checkMemoryBudget(int draws, int policies, int years, const RunShape &shape);

} // namespace leastbad::core
