// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/results.h"

#include <algorithm>

namespace leastbad::analysis {

namespace {

bool includes(const std::vector<core::Output> &have, const std::vector<core::Output> &want) {
    return std::ranges::all_of(
        want, [&have](core::Output o) { return std::ranges::find(have, o) != have.end(); });
}

} // namespace

bool covers(const core::OutputRequest &have, const core::OutputRequest &want) {
    const bool yearly = have.allYearly || (!want.allYearly && includes(have.yearly, want.yearly));
    const bool totals = have.allTotals || (!want.allTotals && includes(have.totals, want.totals));
    return yearly && totals;
}

bool sameSweep(const FrontierRequest &a, const FrontierRequest &b) {
    FrontierRequest unmarked = b;
    unmarked.options.marked = a.options.marked;
    return a == unmarked;
}

bool ComparisonResult::answers(const ComparisonRequest &asked) const {
    if (!(request.question == asked.question) || !(request.target == asked.target))
        return false;
    if (asked.snapshotOf && !(snapshot && request.snapshotOf == asked.snapshotOf))
        return false;
    if (asked.tornado &&
        !(snapshot && snapshot->tornado && snapshot->tornadoPolicy == asked.tornadoPolicy))
        return false;
    if (asked.analysis &&
        !(analysis && request.analysis && covers(*request.analysis, *asked.analysis)))
        return false;
    return !asked.keepDraws || (draws && set);
}

} // namespace leastbad::analysis
