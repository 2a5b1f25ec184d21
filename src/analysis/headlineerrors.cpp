// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/headlineerrors.h"

#include <algorithm>

namespace leastbad::analysis {

namespace {

bool allZero(const std::vector<double> &values) {
    return std::all_of(values.begin(), values.end(), [](double v) { return v == 0; });
}

} // namespace

HeadlineErrors headlineErrors(const core::PolicyOutcomes &outcomes,
                              const core::PolicyOutcomes &statusQuo, bool samePolicy) {
    using core::Output;
    using core::Totals;
    const std::vector<double> victimizations =
        core::totalDraws(outcomes, Output::VictimizationsAverted, Totals::Undiscounted);
    const std::vector<double> wellbeing = core::differenceDraws(
        outcomes, statusQuo, Output::WellbeingYearsLost, Totals::Undiscounted);
    std::vector<double> lifeYears = core::differenceDraws(
        outcomes, statusQuo, Output::LifeYearsLostIncarceration, Totals::Undiscounted);
    const std::vector<double> saved =
        core::totalDraws(outcomes, Output::LifeYearsSavedHomicide, Totals::Undiscounted);
    for (std::size_t d = 0; d < lifeYears.size() && d < saved.size(); ++d)
        lifeYears[d] -= saved[d];
    const std::vector<double> taxpayers =
        core::differenceDraws(outcomes, statusQuo, Output::CostTaxpayersUsd, Totals::Discounted);
    HeadlineErrors e;
    e.changesNothing = samePolicy || (allZero(victimizations) && allZero(wellbeing) &&
                                      allZero(lifeYears) && allZero(taxpayers));
    e.victimizationsAverted = core::monteCarloError(victimizations);
    e.wellbeingYearsChange = core::monteCarloError(wellbeing);
    e.lifeYearsNetChange = core::monteCarloError(std::move(lifeYears));
    e.taxpayerCostChange = core::monteCarloError(taxpayers);
    return e;
}

} // namespace leastbad::analysis
