// SPDX-License-Identifier: GPL-3.0-or-later
// Break-even values: for a policy against the status quo, the value of a wellbeing-year,
// of a life-year, the weight of incarcerated people's wellbeing and the discount rate at
// which its expected net value changes sign, each with every other weight as the user set
// it; "never" when it keeps its sign over the allowed range.
#pragma once

#include "core/montecarlo.h"
#include "core/netvalue.h"
#include "core/outputrequest.h"

#include <optional>
#include <string_view>
#include <vector>

namespace leastbad::core {

enum class BreakEvenQuantity {
    DollarsPerWellbeingYear,
    DollarsPerLifeYear,
    WeightIncarcerated,
    DiscountRate,
    Count
};
inline constexpr int kBreakEvenQuantityCount = static_cast<int>(BreakEvenQuantity::Count);
std::string_view breakEvenKey(BreakEvenQuantity q); // stable CSV/JSON key

struct BreakEvenRange {
    double min;
    double max;
};
// The range searched: the range the CLI accepts for the weight.
BreakEvenRange breakEvenRange(BreakEvenQuantity q);

struct BreakEven {
    BreakEvenQuantity quantity{};
    double current = 0; // the user's value
    double expectedNetValueAtCurrent = 0;
    std::optional<double> value; // where E[net value] crosses 0; none = never
};

// The policy's expected net value with one quantity set to x. The money values and the
// incarcerated weight enter linearly; a new discount rate re-discounts each draw's yearly
// outputs exactly as the simulation does (so no draw is simulated again).
double expectedNetValueAt(BreakEvenQuantity q, double x, const PolicyOutcomes &policy,
                          const PolicyOutcomes &statusQuo, const DrawSet &draws,
                          const MoralWeights &weights);

std::vector<BreakEven> breakEvens(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo,
                                  const DrawSet &draws, const MoralWeights &weights);

// What a run must keep for breakEvens and expectedNetValueAt: every total and the yearly
// series of the outputs the net value reads (kNetValueOutputs), not every yearly output.
OutputRequest breakEvenOutputs();

} // namespace leastbad::core
