// SPDX-License-Identifier: GPL-3.0-or-later
// What the decision panel shows, computed from one comparison that kept its analysis and
// its draws: P(best), expected loss and EVPI (core/decisionsummary.h), the acceptability
// curve, each policy's break-even values (core/breakeven.h), the value of information by
// group of parameters (core/valueofinformation.h) and each policy's net value split by
// mechanism (core/decomposition.h), as the `voi` and `compare --decompose` commands do.
#pragma once

#include "analysis/results.h"
#include "core/breakeven.h"
#include "core/decisionsummary.h"
#include "core/decomposition.h"
#include "core/valueofinformation.h"
#include "data/scenariofile.h"

#include <QString>

#include <array>
#include <atomic>
#include <vector>

namespace leastbad::analysis {

// The decision panel's draws by default: enough for P(best) to about ±2 points.
inline constexpr int kDecisionDraws = 500;

// The status quo and the scenario's policies, with every total, the yearly series break-even
// reads (core::breakEvenOutputs) and the draws kept (the decomposition and EVPPI read every
// draw).
ComparisonRequest decisionRequest(const data::Scenario &scenario,
                                  const core::RegionBaseline &region, int draws = kDecisionDraws);

// One bar of the waterfall: a mechanism's mean contribution to the net value, and the
// running total after it.
struct WaterfallStep {
    core::Mechanism mechanism{};
    double contribution = 0;
    double runningTotal = 0;
};

struct PolicyDecomposition {
    std::vector<WaterfallStep> steps; // one per mechanism, in the core's order
    double total = 0;                 // mean net value of the full model
};

// The mean of each mechanism's contribution over the draws, and the running total.
PolicyDecomposition waterfall(const core::Decomposition &decomposition);

struct DecisionViews {
    core::DecisionSummary decision;                      // [option]: the status quo first
    std::vector<core::AcceptabilityPoint> acceptability; // at the default values
    // [policy − 1]: empty when the policy is the status quo (no break-even to find).
    std::vector<std::vector<core::BreakEven>> breakEvens;
    std::vector<bool> sameAsStatusQuo;           // [policy − 1]
    std::vector<PolicyDecomposition> mechanisms; // [policy − 1]
    core::ValueOfInformation information;
    bool complete = false; // false if cancelled
};

// Computes every view from a result of decisionRequest() (with analysis and draws).
DecisionViews decisionViews(const ComparisonResult &result, int threads = 0,
                            const std::atomic<bool> *cancel = nullptr);

struct DecisionAnswer {
    ComparisonRequest request;
    DecisionViews views;
};

// Words for people.
QString mechanismLabel(core::Mechanism mechanism);
QString parameterGroupLabel(const core::InformationValue &group);
QString breakEvenQuantityLabel(core::BreakEvenQuantity quantity);
// The value in its unit ("$48,000 per wellbeing-year", "0.42"), or "never within $0 to
// $10 M" when the sign does not change within the range searched.
QString breakEvenText(const core::BreakEven &breakEven);
// The quantities the panel shows, WSIPP-style: the value of a wellbeing-year and of a
// life-year, and the weight of incarcerated people's wellbeing.
std::array<core::BreakEvenQuantity, 3> shownBreakEvenQuantities();

} // namespace leastbad::analysis
