// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snapshot.h"

namespace leastbad::core {

void appendPolicySummary(AnalysisSnapshot &s, const PolicyOutcomes &outcomes,
                         const PolicyOutcomes &statusQuo, const MoralWeights &weights) {
    s.yearly.push_back(yearlySummary(outcomes, s.timeSeriesOutput));
    // The change in the last year, draw by draw on common random numbers: its interval is
    // narrower than the two levels' intervals suggest.
    std::vector<double> change(std::size_t(std::min(outcomes.draws, statusQuo.draws)));
    const int last = std::min(outcomes.years, statusQuo.years);
    for (std::size_t d = 0; d < change.size() && last > 0; ++d)
        change[d] = outcomes.value(int(d), last, s.timeSeriesOutput) -
                    statusQuo.value(int(d), last, s.timeSeriesOutput);
    s.finalYearChange.push_back(summarize(std::move(change)));
    s.verdicts.push_back(verdict(outcomes, statusQuo, weights));
    s.netValueDraws.push_back(s.verdicts.back().totalDraws());
    s.victimizationsAverted.push_back(
        summarize(totalDraws(outcomes, Output::VictimizationsAverted, Totals::Undiscounted)));
    s.wellbeingYearsChange.push_back(summarize(
        differenceDraws(outcomes, statusQuo, Output::WellbeingYearsLost, Totals::Undiscounted)));
    // Net life-years: those lost in prison less those saved from homicide.
    std::vector<double> lifeYears = differenceDraws(
        outcomes, statusQuo, Output::LifeYearsLostIncarceration, Totals::Undiscounted);
    const std::vector<double> saved =
        totalDraws(outcomes, Output::LifeYearsSavedHomicide, Totals::Undiscounted);
    for (std::size_t d = 0; d < lifeYears.size(); ++d)
        lifeYears[d] -= saved[d];
    s.lifeYearsNetChange.push_back(summarize(std::move(lifeYears)));
    s.taxpayerCostChange.push_back(summarize(
        differenceDraws(outcomes, statusQuo, Output::CostTaxpayersUsd, Totals::Discounted)));
}

void appendPolicySummary(AnalysisSnapshot &s, const AnalysisSnapshot &from, std::size_t i) {
    s.yearly.push_back(from.yearly[i]);
    s.finalYearChange.push_back(from.finalYearChange[i]);
    s.verdicts.push_back(from.verdicts[i]);
    s.netValueDraws.push_back(from.netValueDraws[i]);
    s.victimizationsAverted.push_back(from.victimizationsAverted[i]);
    s.wellbeingYearsChange.push_back(from.wellbeingYearsChange[i]);
    s.lifeYearsNetChange.push_back(from.lifeYearsNetChange[i]);
    s.taxpayerCostChange.push_back(from.taxpayerCostChange[i]);
}

void finishSnapshot(AnalysisSnapshot &s) {
    if (s.netValueDraws.size() >= 3)
        s.aVersusB = compareDraws(s.netValueDraws[1], s.netValueDraws[2]);
}

AnalysisSnapshot summarizeAnalysis(const DrawSet &draws, std::span<const Policy> policies,
                                   const Analysis &analysis, const MoralWeights &weights,
                                   Output timeSeriesOutput) {
    AnalysisSnapshot s;
    s.draws = int(draws.size());
    s.timeSeriesOutput = timeSeriesOutput;
    s.startValue =
        at(simulate(draws.calibrations.front(), policies.front(), SimulationOptions::of(1, 0))
               .years.front(),
           timeSeriesOutput);
    const PolicyOutcomes &statusQuo = analysis.run.policies.front();
    for (const PolicyOutcomes &outcomes : analysis.run.policies)
        appendPolicySummary(s, outcomes, statusQuo, weights);
    finishSnapshot(s);
    return s;
}

} // namespace leastbad::core
