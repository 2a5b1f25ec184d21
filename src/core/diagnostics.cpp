// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnostics.h"

#include <array>
#include <cmath>
#include <limits>

namespace leastbad::core {

namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

// The order of this table is the order of the results (and of the JSON keys).
constexpr std::array kSpecs = {
    DiagnosticSpec{"marginal_incapacitation_per_prisoner_year",
                   "Incapacitation of the marginal prisoner-year at the region's incarceration "
                   "rate (lambda, before age)",
                   "reported crimes/prisoner-year",
                   "14 at Italy's 2006 rate, 103 per 100,000; about 2 at California's 2011 rate",
                   "Buonanno & Raphael 2013 (via Raphael & Stoll 2013); Lofstrom & Raphael 2013 "
                   "(PPIC, via press reports)"},
    DiagnosticSpec{"crimes_averted_per_prisoner_year_y1_reported",
                   "Crimes averted per added prisoner-year, first year (time served +5%, "
                   "retroactive; incapacitation, deterrence and aftereffects)",
                   "reported crimes/prisoner-year", "about 2 at California's 2011 rate",
                   "Lofstrom & Raphael 2013 (PPIC)"},
    DiagnosticSpec{"crimes_averted_per_prisoner_year_y10_reported",
                   "Crimes averted per added prisoner-year, tenth year (same change)",
                   "reported crimes/prisoner-year", "", ""},
    DiagnosticSpec{"crimes_averted_per_prisoner_year_y1_victimizations",
                   "Victimisations averted per added prisoner-year, first year",
                   "victimisations/prisoner-year", "", ""},
    DiagnosticSpec{"crimes_averted_per_prisoner_year_y10_victimizations",
                   "Victimisations averted per added prisoner-year, tenth year",
                   "victimisations/prisoner-year", "", ""},
    DiagnosticSpec{"elasticity_crime_prison_population",
                   "Elasticity of reported crime to the prison population (same change, year 10)",
                   "elasticity", "-0.17 to -0.30 at Italy's low rate; about zero net at US margins",
                   "Barbarino & Mastrobuoni 2014; Roodman 2017 (Open Philanthropy)"},
    DiagnosticSpec{"homicides_abated_per_officer_year",
                   "Homicides abated per added officer-year (police +1%)", "homicides/officer-year",
                   "0.06 to 0.1 in large US cities",
                   "Chalfin, Hansen, Weisburst & Williams 2022 (abstract: about 0.1; range from a "
                   "2021 draft)"},
    DiagnosticSpec{"police_cost_per_life_saved_usd", "Police cost per homicide abated (police +1%)",
                   "USD 2024", "$1.6 to 2.7 million", "Chalfin et al. 2021 draft (as quoted)"},
    DiagnosticSpec{"police_elasticity_violent_implied",
                   "Implied elasticity of violent crime to police (police +1%, first year)",
                   "elasticity", "-0.34 to -0.35", "Chalfin & McCrary 2018"},
    DiagnosticSpec{"police_elasticity_property_implied",
                   "Implied elasticity of property crime to police (police +1%, first year)",
                   "elasticity", "-0.17", "Chalfin & McCrary 2018"},
    DiagnosticSpec{"pretrial_conviction_effect", "Conviction effect of pretrial detention",
                   "probability points", "+0.13 (NYC); +0.14",
                   "Leslie & Pope 2017; Dobbie, Goldin & Yang 2018"},
    DiagnosticSpec{"pretrial_crimes_averted_pending_per_detained",
                   "Crimes averted while the case is pending, per added detained defendant "
                   "(detained share +1 point)",
                   "reported crimes/defendant", "", ""},
    DiagnosticSpec{"pretrial_net_future_crime_per_detained",
                   "Net change in crime after disposition minus crime averted pending trial, per "
                   "added detained defendant (positive = more crime)",
                   "reported crimes/defendant", "about 0: no net effect on future crime",
                   "Dobbie, Goldin & Yang 2018; Leslie & Pope 2017 (mostly offset)"},
    DiagnosticSpec{"life_years_lost_per_prisoner_year_gross",
                   "Life expectancy lost per prisoner-year, before recovery", "life-years",
                   "2 (New York parolees); no link for men after controls",
                   "Patterson 2013; Massoglia et al. 2014"},
    DiagnosticSpec{"life_years_lost_per_prisoner_year_net",
                   "Life expectancy lost per prisoner-year, net of recovery for those not "
                   "reimprisoned",
                   "life-years", "", ""},
    DiagnosticSpec{"cost_per_crime_averted_sentences_usd",
                   "Taxpayer cost per reported crime averted: time served +10%", "USD 2024", "",
                   ""},
    DiagnosticSpec{"cost_per_crime_averted_police_usd",
                   "Taxpayer cost per reported crime averted: police +10%", "USD 2024", "", ""},
    DiagnosticSpec{"cost_per_crime_averted_clearance_usd",
                   "Taxpayer cost per reported crime averted: violent clearance +5 points",
                   "USD 2024", "", ""},
    DiagnosticSpec{"cost_per_crime_averted_pretrial_usd",
                   "Taxpayer cost per reported crime averted: pretrial detention +5 points",
                   "USD 2024", "", ""},
    DiagnosticSpec{"cost_per_crime_averted_cash_usd",
                   "Taxpayer cost per reported crime averted: $2,500 cash at release", "USD 2024",
                   "", ""},
    DiagnosticSpec{"cost_per_crime_averted_contact_usd",
                   "Taxpayer cost per reported crime averted: visit support x1.5 and 7 hours of "
                   "remote contact a week",
                   "USD 2024", "", ""},
    DiagnosticSpec{"cost_per_crime_averted_policy_usd",
                   "Taxpayer cost per reported crime averted: the chosen policy", "USD 2024", "",
                   ""},
    DiagnosticSpec{"cash_first_year_reincarceration_change",
                   "Relative change in first-year reincarceration, $2,500 at release", "fraction",
                   "-0.10 (benefit eligibility at release, one-year recidivism)", "Yang 2017"},
};

enum Index : std::size_t {
    MarginalLambda,
    PerPrisonerYearY1,
    PerPrisonerYearY10,
    VictimsPerPrisonerYearY1,
    VictimsPerPrisonerYearY10,
    ElasticityPrison,
    HomicidesPerOfficer,
    PoliceCostPerLife,
    PoliceElasticityViolent,
    PoliceElasticityProperty,
    PretrialConviction,
    PretrialPending,
    PretrialNet,
    LifeYearsGross,
    LifeYearsNet,
    CostSentences,
    CostPolice,
    CostClearance,
    CostPretrial,
    CostCash,
    CostContact,
    CostPolicy,
    CashFirstYear,
    Count
};
static_assert(Index::Count == kSpecs.size(), "one index per diagnostic");

using Values = std::array<double, kSpecs.size()>;

double reportedCrimes(const OutputValues &y) {
    return at(y, Output::CrimesViolent) + at(y, Output::CrimesProperty);
}

double ratio(double numerator, double denominator) {
    return std::abs(denominator) > 1e-12 ? numerator / denominator : kUndefined;
}

// Taxpayer cost per reported crime averted over the horizon (undefined when none is).
double costPerCrimeAverted(const SimulationResult &policy, const SimulationResult &statusQuo) {
    const double averted = reportedCrimes(statusQuo.totals) - reportedCrimes(policy.totals);
    if (averted <= 0)
        return kUndefined;
    return (at(policy.totals, Output::CostTaxpayersUsd) -
            at(statusQuo.totals, Output::CostTaxpayersUsd)) /
           averted;
}

Values diagnose(const Calibration &c, const Policy &chosen, const SimulationOptions &options) {
    Values v{};
    const RegionBaseline &r = c.region;
    const Policy sq = statusQuoPolicy(r);
    SimulationOptions horizon = options;
    horizon.years = std::max(options.years, 11);
    const SimulationResult base = simulate(c, sq, horizon);
    auto run = [&](auto change) {
        Policy p = sq;
        change(p);
        return simulate(c, p, horizon);
    };

    v[MarginalLambda] = c.marginalIncapacitation0;

    // Time served +5% for everyone, the stock included: the change in crime in year t+1
    // (crime follows the stock at the end of year t) per prisoner added by then.
    const SimulationResult longer = run([](Policy &p) {
        for (double &m : p.sentenceMultiplier)
            m *= 1.05;
        p.retroactiveSentencing = true;
    });
    auto perPrisonerYear = [&](int year, auto outcome) {
        const double added = at(longer.years[year - 1], Output::PrisonPopulation) -
                             at(base.years[year - 1], Output::PrisonPopulation);
        return ratio(outcome(base.years[year]) - outcome(longer.years[year]), added);
    };
    const auto victims = [](const OutputValues &y) { return at(y, Output::Victimizations); };
    v[PerPrisonerYearY1] = perPrisonerYear(1, reportedCrimes);
    v[PerPrisonerYearY10] = perPrisonerYear(10, reportedCrimes);
    v[VictimsPerPrisonerYearY1] = perPrisonerYear(1, victims);
    v[VictimsPerPrisonerYearY10] = perPrisonerYear(10, victims);
    const double crimeChange =
        reportedCrimes(longer.years[10]) / reportedCrimes(base.years[10]) - 1;
    const double stockChange = at(longer.years[9], Output::PrisonPopulation) /
                                   at(base.years[9], Output::PrisonPopulation) -
                               1;
    v[ElasticityPrison] = ratio(crimeChange, stockChange);

    // Police +1%: homicides abated per officer-year, cost per life, implied elasticities.
    const SimulationResult police = run([](Policy &p) { p.policePer100k *= 1.01; });
    const double addedOfficers = r.policePer100k * 0.01 / 1e5 * r.population;
    const double homicidesAbated =
        at(base.years[0], Output::Homicides) - at(police.years[0], Output::Homicides);
    v[HomicidesPerOfficer] = ratio(homicidesAbated, addedOfficers);
    v[PoliceCostPerLife] = homicidesAbated > 0 ? (at(police.years[0], Output::CostPoliceUsd) -
                                                  at(base.years[0], Output::CostPoliceUsd)) /
                                                     homicidesAbated
                                               : kUndefined;
    const double logPolice = std::log(1.01);
    v[PoliceElasticityViolent] = std::log(at(police.years[0], Output::CrimesViolent) /
                                          at(base.years[0], Output::CrimesViolent)) /
                                 logPolice;
    v[PoliceElasticityProperty] = std::log(at(police.years[0], Output::CrimesProperty) /
                                           at(base.years[0], Output::CrimesProperty)) /
                                  logPolice;

    // Pretrial detention +1 point, at the margin.
    const double d = std::min(0.95, r.pretrialDetainedShare + 0.01);
    const PretrialEffects pretrial = pretrialEffects(c, d);
    v[PretrialConviction] = c.parameters.pretrialConvictionUplift;
    v[PretrialPending] = ratio(pretrial.crimesAvertedPending, pretrial.extraDetained);
    v[PretrialNet] = ratio(pretrial.postDispositionCrimes - pretrial.crimesAvertedPending,
                           pretrial.extraDetained);

    v[LifeYearsGross] = c.parameters.lifeYearsLostPerPrisonYear;
    v[LifeYearsNet] = lifeYearsLostPerPrisonerYear(c);

    const SimulationResult sentences = run([](Policy &p) {
        for (double &m : p.sentenceMultiplier)
            m *= 1.1;
    });
    v[CostSentences] = costPerCrimeAverted(sentences, base);
    v[CostPolice] = costPerCrimeAverted(run([](Policy &p) { p.policePer100k *= 1.1; }), base);
    v[CostClearance] = costPerCrimeAverted(run([](Policy &p) {
                                               p.clearanceRateViolent =
                                                   std::min(0.95, p.clearanceRateViolent + 0.05);
                                           }),
                                           base);
    v[CostPretrial] = costPerCrimeAverted(run([](Policy &p) {
                                              p.pretrialDetainedShare =
                                                  std::min(0.95, p.pretrialDetainedShare + 0.05);
                                          }),
                                          base);
    const SimulationResult cash = run([](Policy &p) { p.releaseCashUsd = 2500; });
    v[CostCash] = costPerCrimeAverted(cash, base);
    v[CostContact] = costPerCrimeAverted(run([](Policy &p) {
                                             p.visitSupport = 1.5;
                                             p.remoteContactHoursPerWeek = 7;
                                         }),
                                         base);
    v[CostPolicy] =
        chosen == sq ? kUndefined : costPerCrimeAverted(simulate(c, chosen, horizon), base);
    // Only the hazard in the first year after release changes, so the change in year-1
    // readmissions over the status-quo first-year returns is the relative change.
    double firstYearReturns0 = 0;
    for (int cls = 0; cls < 2; ++cls)
        firstYearReturns0 += c.atRisk0[cls][0] * c.hazard0[cls][0];
    v[CashFirstYear] =
        ratio(at(cash.years[0], Output::Readmissions) - at(base.years[0], Output::Readmissions),
              firstYearReturns0);
    return v;
}

} // namespace

std::span<const DiagnosticSpec> diagnosticSpecs() {
    return kSpecs;
}

Diagnostics computeDiagnostics(const DrawSet &draws, const Policy &policy,
                               const SimulationOptions &options, int threads,
                               const std::atomic<bool> *cancel, const ProgressFn &progress) {
    Diagnostics result;
    std::vector<Values> perDraw(draws.size());
    result.complete = parallelFor(
        draws.size(), threads,
        [&](int i) { perDraw[i] = diagnose(draws.calibrations[i], policy, options); }, cancel,
        progress);
    if (!result.complete)
        return result;
    for (std::size_t k = 0; k < kSpecs.size(); ++k) {
        std::vector<double> values;
        values.reserve(perDraw.size());
        for (const Values &v : perDraw) {
            if (std::isfinite(v[k]))
                values.push_back(v[k]);
        }
        DiagnosticResult r;
        r.spec = &kSpecs[k];
        r.definedDraws = static_cast<int>(values.size());
        r.error = monteCarloError(values);
        r.value = summarize(std::move(values));
        result.results.push_back(r);
    }
    return result;
}

} // namespace leastbad::core
