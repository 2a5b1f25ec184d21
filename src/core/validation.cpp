// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace leastbad::core {

namespace {

// One run's outputs over the case's window.
struct RunView {
    const Calibration &calibration;
    const Policy &policy;
    std::span<const OutputValues> years;
    int first;
    int last;
    double releasedPeople;

    int windowYears() const { return last - first + 1; }
    double sum(Output o) const {
        double total = 0;
        for (int t = first; t <= last; ++t)
            total += at(years[t - 1], o);
        return total;
    }
    double mean(Output o) const { return sum(o) / windowYears(); }
};

double quantity(const RunView &v, const CaseRun &run) {
    const RegionBaseline &r = v.calibration.region;
    const Parameters &p = v.calibration.parameters;
    switch (run.quantity) {
    case CaseQuantity::ReportedCrimes:
        return v.sum(Output::CrimesViolent) + v.sum(Output::CrimesProperty);
    case CaseQuantity::ReportedViolentCrimes:
        return v.sum(Output::CrimesViolent);
    case CaseQuantity::ReportedPropertyCrimes:
        return v.sum(Output::CrimesProperty);
    case CaseQuantity::Homicides:
        return v.sum(Output::Homicides);
    case CaseQuantity::Victimizations:
        return v.sum(Output::Victimizations);
    case CaseQuantity::VictimCostsUsd:
        return v.sum(Output::CostVictimsUsd);
    case CaseQuantity::Arrests: {
        // Cleared crimes: the policy's violent clearance rate, and the property rate in
        // proportion (as the clearance lever moves them).
        const double ratio = v.policy.clearanceRateViolent / r.clearanceRateViolent;
        return v.sum(Output::CrimesViolent) * v.policy.clearanceRateViolent +
               v.sum(Output::CrimesProperty) * r.clearanceRateProperty * ratio;
    }
    case CaseQuantity::Reincarcerations:
        return v.sum(Output::Readmissions);
    case CaseQuantity::ReincarcerationProbability:
        return cohortReturnShare(v.calibration, v.policy, run.withinYears);
    case CaseQuantity::PrisonPopulation:
        return v.mean(Output::PrisonPopulation);
    case CaseQuantity::PrisonerYears:
        return v.sum(Output::PrisonerYears);
    case CaseQuantity::LifeYearsLost:
        return v.sum(Output::LifeYearsLostIncarceration);
    case CaseQuantity::ConvictionsFromDetention:
        return pretrialEffects(v.calibration, v.policy.pretrialDetainedShare).extraAdmissions /
               p.prisonShareOfConvictions * v.windowYears();
    }
    return 0;
}

double baseValue(const RunView &v, const CaseRun &run) {
    const RegionBaseline &r = v.calibration.region;
    switch (run.measure == CaseMeasure::ChangePerPrisonerYear ? CaseBase::PrisonerYears
                                                              : run.base) {
    case CaseBase::None:
        return 0;
    case CaseBase::PrisonerYears:
        return v.sum(Output::PrisonerYears);
    case CaseBase::PrisonPopulation:
        return v.mean(Output::PrisonPopulation);
    case CaseBase::Lever:
        return leverValue(v.policy, *run.lever);
    case CaseBase::OfficerYears:
        return v.policy.policePer100k * r.population / 1e5 * v.windowYears();
    case CaseBase::ReleasedPeople:
        return v.releasedPeople;
    case CaseBase::DetainedDefendantYears:
        return v.policy.pretrialDetainedShare * r.felonyDefendantsPerYear * v.windowYears();
    }
    return 0;
}

// A ratio whose denominator is zero (to rounding) is not defined in that draw.
std::optional<double> ratio(double numerator, double denominator, double reference) {
    if (!(std::abs(denominator) > 1e-12 * std::max(1.0, std::abs(reference))))
        return std::nullopt;
    return numerator / denominator;
}

std::optional<double> measure(const CaseRun &run, const RunView &sq, const RunView &policy) {
    const double q0 = quantity(sq, run);
    const double q1 = quantity(policy, run);
    const double b0 = baseValue(sq, run);
    const double b1 = baseValue(policy, run);
    switch (run.measure) {
    case CaseMeasure::RelativeChange:
        return ratio(q1 - q0, q0, q0);
    case CaseMeasure::Difference:
        return q1 - q0;
    case CaseMeasure::Elasticity: {
        const std::optional<double> change = ratio(q1 - q0, q0, q0);
        const std::optional<double> baseChange = ratio(b1 - b0, b0, b0);
        if (!change || !baseChange)
            return std::nullopt;
        return ratio(*change, *baseChange, 1);
    }
    case CaseMeasure::ChangePerPrisonerYear:
    case CaseMeasure::PerUnit:
        return ratio(q1 - q0, b1 - b0, std::max(std::abs(b0), std::abs(b1)));
    }
    return std::nullopt;
}

double releasedPeople(const Calibration &c, const PerGroup &shares) {
    double people = 0;
    for (int g = 0; g < kGroupCount; ++g)
        people += std::clamp(shares[g], 0.0, 1.0) * c.region.prisonPopulation[g];
    return people;
}

} // namespace

std::optional<std::string_view> checkCaseRun(const CaseRun &run) {
    if (run.horizonYears < 1 || run.horizonYears > kMaxYears)
        return "the horizon must be 1 to 50 years";
    if (run.firstYear < 1 || run.firstYear > run.lastYear || run.lastYear > run.horizonYears)
        return "the window must lie within the horizon, first year before last";
    if (run.quantity == CaseQuantity::ReincarcerationProbability &&
        !(run.withinYears > 0 && run.withinYears <= kReleaseYearsTracked))
        return "a reincarceration probability needs within_years from above 0 to 10";
    const bool needsBase =
        run.measure == CaseMeasure::Elasticity || run.measure == CaseMeasure::PerUnit;
    if (needsBase && run.base == CaseBase::None)
        return "an elasticity or a per-unit measure needs a base (with_respect_to or per)";
    if (!needsBase && run.base != CaseBase::None)
        return "only an elasticity or a per-unit measure takes a base";
    if (run.base == CaseBase::Lever && !run.lever)
        return "a lever base needs a lever";
    if (run.measure == CaseMeasure::Elasticity && run.base == CaseBase::ReleasedPeople)
        return "an elasticity cannot be taken with respect to people released (none at the "
               "status quo)";
    if (run.quantity == CaseQuantity::ConvictionsFromDetention &&
        (run.measure == CaseMeasure::RelativeChange || run.measure == CaseMeasure::Elasticity))
        return "convictions from detention have no status-quo count: use difference or per_unit";
    if (!std::isfinite(run.scale) || run.scale == 0)
        return "the scale must be a finite number other than zero";
    return std::nullopt;
}

std::optional<CaseResult> runCase(const DrawSet &draws, const CaseRun &run, int threads,
                                  const std::atomic<bool> *cancel) {
    const int years = run.horizonYears;
    SimulationOptions plain;
    plain.years = years;
    SimulationOptions intervention = plain;
    intervention.releasedAtStart = run.releasedShare;
    std::vector<std::optional<double>> values(draws.size());
    const bool complete = parallelFor(
        draws.size(), threads,
        [&](int d) {
            const Calibration &c = draws.calibrations[d];
            std::vector<OutputValues> sqYears(years), policyYears(years);
            OutputValues totals{}, discounted{};
            simulateInto(c, run.statusQuo, plain, sqYears, totals, discounted);
            simulateInto(c, run.policy, intervention, policyYears, totals, discounted);
            const RunView sq{c, run.statusQuo, sqYears, run.firstYear, run.lastYear, 0};
            const RunView policy{c,
                                 run.policy,
                                 policyYears,
                                 run.firstYear,
                                 run.lastYear,
                                 releasedPeople(c, run.releasedShare)};
            values[d] = measure(run, sq, policy);
        },
        cancel);
    if (!complete)
        return std::nullopt;
    std::vector<double> defined;
    for (const std::optional<double> &v : values) {
        if (v && std::isfinite(*v))
            defined.push_back(*v * run.scale);
    }
    CaseResult result;
    result.definedDraws = static_cast<int>(defined.size());
    if (!defined.empty()) {
        result.error = monteCarloError(defined);
        result.value = summarize(std::move(defined));
    }
    return result;
}

bool reproduces(const CaseResult &model, const PublishedEstimate &published) {
    if (model.definedDraws == 0)
        return false;
    const Quantiles &q = model.value;
    const bool overlaps = q.p5 <= published.high && q.p95 >= published.low;
    const bool sameSign = published.value == 0 || (published.value > 0) == (q.p50 > 0);
    return overlaps && sameSign;
}

} // namespace leastbad::core
