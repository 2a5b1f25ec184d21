// SPDX-License-Identifier: GPL-3.0-or-later
// Which outputs a Monte Carlo caller reads, so the run keeps only those (issue 20: the
// yearly outputs of every draw were 85% of the memory of a `compare` that never read them).
#pragma once

#include "core/outputs.h"

#include <vector>

namespace leastbad::core {

enum class Totals { Undiscounted, Discounted };

struct OutputRequest {
    // Every output of every year, read with PolicyOutcomes::at(draw, year).
    bool allYearly = true;
    // Otherwise the yearly series of these outputs only (PolicyOutcomes::value).
    std::vector<Output> yearly;
    // The undiscounted totals of every output (PolicyOutcomes::totals); otherwise those of
    // `totals` only (PolicyOutcomes::total). The discounted totals of every output, which
    // verdicts and exports read, are always kept.
    bool allTotals = true;
    std::vector<Output> totals;
    bool operator==(const OutputRequest &) const = default;

    static OutputRequest everything() { return {}; }
    // Every total, no yearly output.
    static OutputRequest totalsOnly() { return {false, {}, true, {}}; }
    // Every total and the yearly series of the listed outputs (a chart's output).
    static OutputRequest totalsAndYearly(std::vector<Output> outputs) {
        return {false, std::move(outputs), true, {}};
    }
    // The discounted totals and the undiscounted totals of the listed outputs only.
    static OutputRequest discountedAnd(std::vector<Output> undiscounted) {
        return {false, {}, false, std::move(undiscounted)};
    }
};

} // namespace leastbad::core
