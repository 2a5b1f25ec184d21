// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leastbad::core {

namespace {

constexpr double kVisitCurveMinMiles = 25;  // the PPI curve is flat below its first bin
constexpr double kVisitedShareFloor = 0.05; // evidence.md 2: floor of the fitted curve
constexpr double kVisitedShareCap = 0.95;

double offenceClassAdmissions(const PerGroup &a, int cls) {
    double sum = 0;
    for (Group g : kAllGroups) {
        if (offenceClass(g) == cls)
            sum += a[static_cast<int>(g)];
    }
    return sum;
}

// Contact intensity c: visited share plus remote contact, weighted as a fraction of
// a visit's effect for those not visited (evidence.md 8).
double contactIntensity(double visited, double remoteHours, const Parameters &p) {
    const double remoteShare = std::clamp(remoteHours / p.remoteContactFullHoursPerWeek, 0.0, 1.0);
    return visited + (1 - visited) * p.remoteContactWeight * remoteShare;
}

// Multiplier of a rate that visits lower by `ratio` for the visited: [1 − c(1 − ratio)].
double contactRateFactor(double intensity, double ratio) {
    return 1 - intensity * (1 - ratio);
}

// Assault risk ratio of a facility size relative to a small facility: 1 up to
// small_facility_beds, the large-vs-small ratio from large_facility_beds, and
// log-linear between so the slider does not jump (evidence.md 1 uses classes).
double sizeRiskRatio(double beds, const Parameters &p) {
    const double w = std::clamp(std::log(beds / p.smallFacilityBeds) /
                                    std::log(p.largeFacilityBeds / p.smallFacilityBeds),
                                0.0, 1.0);
    return std::pow(p.assaultRiskRatioLargeVsSmall, w);
}

// Reported crimes split the way the model splits incapacitated crimes.
struct CrimeSplit {
    double homicide = 0;
    double otherViolent = 0;
    double property = 0;
};

CrimeSplit splitCrimes(double crimes, const Calibration &c) {
    const Parameters &p = c.parameters;
    const double homicideShare =
        c.crimesViolentClass0 > 0 ? c.region.homicides / c.crimesViolentClass0 : 0;
    const double violent = crimes * p.violentShareOfAvertedCrimes;
    return {violent * homicideShare, violent * (1 - homicideShare),
            crimes * (1 - p.violentShareOfAvertedCrimes)};
}

// The prison stock by group and the released pool by offence class and year since
// release: what carries over from one year to the next.
struct FlowState {
    PerGroup prison;
    std::array<std::array<double, kReleaseYearsTracked>, 2> atRisk;
};

struct YearFlows {
    double admissions = 0;
    double readmissions = 0;
    double releases = 0;
    double prisonerYears = 0;
    double prisonPopulation = 0; // end of year
};

// One year of stock and flow. Readmissions come from the released pool; within the
// year dP/dt = A − P/L is solved exactly, so a steady state obeys Little's law P = A·L.
// Those released this year join the pool at year 0 since release next year.
YearFlows advance(FlowState &state, const PerGroup &newAdmissions, const PerGroup &stay,
                  const PerGroup &decay,
                  const std::array<std::array<double, kReleaseYearsTracked>, 2> &hazard) {
    YearFlows flows;
    std::array<double, 2> readmissions{};
    for (int cls = 0; cls < 2; ++cls) {
        auto &pool = state.atRisk[cls];
        for (int k = 0; k < kReleaseYearsTracked; ++k)
            readmissions[cls] += pool[k] * hazard[cls][k];
        for (int k = kReleaseYearsTracked - 1; k > 0; --k)
            pool[k] = pool[k - 1] * (1 - hazard[cls][k - 1]);
        flows.readmissions += readmissions[cls];
    }
    std::array<double, 2> releases{};
    for (int g = 0; g < kGroupCount; ++g) {
        const Group group = kAllGroups[g];
        const int cls = offenceClass(group);
        const double admitted = newAdmissions[g] + (isRepeat(group) ? readmissions[cls] : 0);
        const double L = stay[g];
        const double equilibrium = admitted * L;
        const double next = equilibrium + (state.prison[g] - equilibrium) * decay[g];
        flows.prisonerYears += equilibrium + (state.prison[g] - equilibrium) * L * (1 - decay[g]);
        releases[cls] += state.prison[g] + admitted - next;
        state.prison[g] = next;
        flows.admissions += admitted;
        flows.prisonPopulation += next;
    }
    for (int cls = 0; cls < 2; ++cls) {
        state.atRisk[cls][0] = releases[cls];
        flows.releases += releases[cls];
    }
    return flows;
}

} // namespace

double visitedShare(const Calibration &c, const Policy &policy) {
    const RegionBaseline &r = c.region;
    const double d = std::max(policy.distanceFromHomeMiles, kVisitCurveMinMiles);
    const double d0 = std::max(r.meanDistanceFromHomeMiles, kVisitCurveMinMiles);
    // Rabuy & Kopf 2015 curve, shifted to pass through the region's own visited share.
    const double curve = r.visitedMonthlyShare - c.parameters.visitCurveSlope * std::log(d / d0);
    return std::clamp(curve * policy.visitSupport, kVisitedShareFloor, kVisitedShareCap);
}

Calibration calibrate(const RegionBaseline &region, const Parameters &parameters) {
    Calibration c;
    c.region = region;
    c.parameters = parameters;
    for (const auto &[key, value] : region.parameterOverrides) {
        if (const ParameterSpec *spec = findParameter(key))
            c.parameters.*spec->member = value;
    }
    const RegionBaseline &r = c.region;

    for (int g = 0; g < kGroupCount; ++g) {
        c.admissions0[g] = r.prisonPopulation[g] / r.meanTimeServedYears[g];
        c.newAdmissions0[g] = c.admissions0[g];
        c.prisonerYears0 += r.prisonPopulation[g];
    }

    c.curve = RecidivismCurve::fit(r.reincarceratedWithin3Years, r.reincarceratedWithin5Years);
    for (int cls = 0; cls < 2; ++cls) {
        // In the stationary state releases equal admissions.
        const double releases = offenceClassAdmissions(c.admissions0, cls);
        c.releases0[cls] = releases;
        RecidivismCurve curve = c.curve;
        const int repeat = static_cast<int>(repeatGroupOfClass(cls));
        const double returnShare = curve.cumulative(kReleaseYearsTracked);
        const double maxShare = releases > 0 ? c.admissions0[repeat] / releases : 0;
        if (returnShare > maxShare) {
            // Readmissions cannot exceed repeat admissions: shrink the susceptible share.
            curve.susceptibleShare *= maxShare / returnShare;
            c.notes.push_back(std::string(cls == 1 ? "violent" : "non-violent") +
                              ": recidivism scaled down to fit repeat admissions");
        }
        c.hazard0[cls] = curve.hazards();
        double atRisk = releases;
        double readmissions = 0;
        for (int k = 0; k < kReleaseYearsTracked; ++k) {
            c.atRisk0[cls][k] = atRisk;
            readmissions += atRisk * c.hazard0[cls][k];
            atRisk *= 1 - c.hazard0[cls][k];
        }
        c.readmissions0[cls] = readmissions;
        c.newAdmissions0[repeat] = std::max(0.0, c.admissions0[repeat] - readmissions);
    }

    const Policy statusQuo = statusQuoPolicy(region);
    c.visitedShare0 = visitedShare(c, statusQuo);
    c.contactIntensity0 =
        contactIntensity(c.visitedShare0, r.remoteContactHoursPerWeek, parameters);
    c.crimesViolentClass0 = r.homicides + r.otherViolentCrimes;
    c.victimizations0 = r.homicides + r.otherViolentCrimes / parameters.reportingRateViolent +
                        r.propertyCrimes / parameters.reportingRateProperty;
    return c;
}

void simulateInto(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                  std::span<OutputValues> yearsOut, OutputValues &totals,
                  OutputValues &discountedTotals) {
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;
    const int years = static_cast<int>(yearsOut.size());
    totals.fill(0);
    discountedTotals.fill(0);

    // --- Everything that depends on the policy but not on the year ---
    PerGroup stay{};   // L = L0 · m
    PerGroup decay{};  // e^(−1/L): share of a stock still inside after a year
    PerGroup lambda{}; // crimes averted per added prisoner-year, by group
    double admissions0Sum = 0;
    double meanMultiplier = 0;            // admissions-weighted, for general deterrence
    std::array<double, 2> servedChange{}; // admissions-weighted ΔL by class
    const double ageFactor =
        std::exp2(-(r.medianAgeAtRelease - p.referenceAgeAtRelease) / p.ageCrimeHalvingYears);
    for (int g = 0; g < kGroupCount; ++g) {
        stay[g] = r.meanTimeServedYears[g] * policy.sentenceMultiplier[g];
        decay[g] = std::exp(-1 / stay[g]);
        // Added years come at the end of a sentence, at older ages: offending halves
        // every age_crime_halving_years (evidence.md 4a), half the change on average.
        lambda[g] = p.crimesAvertedPerPrisonerYear * ageFactor *
                    std::exp2(-(stay[g] - r.meanTimeServedYears[g]) / (2 * p.ageCrimeHalvingYears));
        admissions0Sum += c.admissions0[g];
        meanMultiplier += c.admissions0[g] * policy.sentenceMultiplier[g];
        const int cls = offenceClass(kAllGroups[g]);
        const double classAdmissions = offenceClassAdmissions(c.admissions0, cls);
        if (classAdmissions > 0)
            servedChange[cls] +=
                c.admissions0[g] / classAdmissions * (stay[g] - r.meanTimeServedYears[g]);
    }
    meanMultiplier = admissions0Sum > 0 ? meanMultiplier / admissions0Sum : 1;

    const double severity = std::pow(meanMultiplier, p.severityElasticity);
    const double policeRatio = policy.policePer100k / r.policePer100k;
    const double clearanceRatio = policy.clearanceRateViolent / r.clearanceRateViolent;
    const double certainty = std::pow(clearanceRatio, p.clearanceElasticity);
    const double common = severity * certainty;
    const double homicideFactor = std::pow(policeRatio, p.policeElasticityHomicide) * common;
    const double violentFactor = std::pow(policeRatio, p.policeElasticityViolent) * common;
    const double propertyFactor = std::pow(policeRatio, p.policeElasticityProperty) * common;

    const double intensity =
        contactIntensity(visitedShare(c, policy), policy.remoteContactHoursPerWeek, p);
    const double recidivismContact =
        contactRateFactor(intensity, p.visitRecidivismHazardRatio) /
        contactRateFactor(c.contactIntensity0, p.visitRecidivismHazardRatio);
    const double violenceFactor =
        sizeRiskRatio(policy.facilityBeds, p) / sizeRiskRatio(r.meanFacilityBeds, p) *
        contactRateFactor(intensity, p.misconductRiskRatioVisited) /
        contactRateFactor(c.contactIntensity0, p.misconductRiskRatioVisited) *
        std::pow(p.recreationMisconductRiskRatio, policy.recreationAccess - r.recreationAccess);
    const double operatingCostFactor =
        std::pow(policy.facilityBeds / r.meanFacilityBeds, -p.operatingCostScaleElasticity);

    // Cash: concave in the amount (the evidence covers $1-3k only), acting during the
    // months it covers in the first year after release.
    const double cashEffect = (1 - p.cashRecidivismRiskRatio) *
                              std::log2(1 + policy.releaseCashUsd / p.cashReferenceAmountUsd);
    const double cashMonths =
        std::min(12.0, std::max(p.cashLumpSumEffectMonths, policy.releaseCashMonths));
    const double firstYearCashFactor = std::max(0.0, 1 - cashEffect * cashMonths / 12);

    std::array<std::array<double, kReleaseYearsTracked>, 2> hazard{};
    for (int cls = 0; cls < 2; ++cls) {
        const double served = std::pow(p.timeServedHazardRatioPerYear, servedChange[cls]);
        for (int k = 0; k < kReleaseYearsTracked; ++k) {
            const double factor = recidivismContact * served * (k == 0 ? firstYearCashFactor : 1);
            hazard[cls][k] = std::min(1.0, c.hazard0[cls][k] * factor);
        }
    }

    // Pretrial detention of the riskiest share d of felony defendants. Risk falls
    // linearly from the riskiest to the least risky defendant (assumption), so the mean
    // pretrial crime of those released at the status quo d0 fixes the scale.
    const double d0 = r.pretrialDetainedShare;
    const double d = policy.pretrialDetainedShare;
    const double extraDetained = r.felonyDefendantsPerYear * (d - d0);
    const double riskScale = d0 < 1 ? p.pretrialCrimesPerReleasedDefendant / (1 - d0) : 0;
    const double pretrialCrimesAverted =
        r.felonyDefendantsPerYear * riskScale * ((2 * d - d * d) - (2 * d0 - d0 * d0));
    const double jailYears0 = r.felonyDefendantsPerYear * d0 * r.meanPretrialDetentionDays / 365.0;
    const double jailYearsAdded = extraDetained * r.meanPretrialDetentionDays / 365.0;
    const double pretrialAdmissions =
        extraDetained * p.pretrialConvictionUplift * p.prisonShareOfConvictions;
    const double newAdmissionsSum0 =
        std::accumulate(c.newAdmissions0.begin(), c.newAdmissions0.end(), 0.0);
    const double postDispositionCrimes =
        extraDetained * (p.pretrialPostDispositionHazardRatio - 1) *
        p.crimesAvertedPerPrisonerYear * ageFactor * p.pretrialPostDispositionYears;

    const double policeBudget0 = r.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd;
    const double policeCost =
        policy.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd +
        policeBudget0 * p.clearanceCostShareOfPoliceBudget * (clearanceRatio - 1);
    const double commissaryOverpaymentPerYear = r.commissarySpendingPerPrisonerYearUsd /
                                                r.commissaryPriceRatio *
                                                (policy.commissaryPriceRatio - 1);
    const double costHomicide =
        p.costHomicide2008Usd * p.cpi2008To2024 * p.victimTangibleShareHomicide;
    const double costOtherViolent =
        p.costOtherViolent2008Usd * p.cpi2008To2024 * p.victimTangibleShareOtherViolent;
    const double costProperty =
        p.costProperty2008Usd * p.cpi2008To2024 * p.victimTangibleShareProperty;

    // --- State ---
    // Two copies of the prison and release pool: the real one, and a shadow that
    // follows the same policy with status-quo reincarceration hazards. People kept out
    // of prison by a lower hazard desisted; they are not free active offenders, so
    // incapacitation is measured on the shadow, and the crime they no longer commit
    // enters once, as crimes_per_avoided_reincarceration × (readmissions − shadow's).
    FlowState real{r.prisonPopulation, c.atRisk0};
    FlowState shadow = real;
    // With status-quo hazards the shadow is the real state: skip computing it twice.
    const bool hazardsChanged = hazard != c.hazard0;
    double recidivismCrimeChange = 0; // from last year's readmission change (one-year lag)
    double discountFactor = 1;        // (1 + r)^−(t−1)

    for (int t = 1; t <= years; ++t) {
        OutputValues &out = yearsOut[t - 1];
        const FlowState &incapacitationState = hazardsChanged ? shadow : real;
        out.fill(0);

        // Crime this year, from last year's prison stock (the lag breaks the loop).
        double incapacitated = 0;
        for (int g = 0; g < kGroupCount; ++g)
            incapacitated += lambda[g] * (incapacitationState.prison[g] - r.prisonPopulation[g]);
        const double postDisposition =
            postDispositionCrimes * std::min(1.0, (t - 1) / p.pretrialPostDispositionYears);
        const CrimeSplit change = splitCrimes(
            -incapacitated + recidivismCrimeChange - pretrialCrimesAverted + postDisposition, c);
        const double homicides = std::max(0.0, r.homicides * homicideFactor + change.homicide);
        const double otherViolent =
            std::max(0.0, r.otherViolentCrimes * violentFactor + change.otherViolent);
        const double property = std::max(0.0, r.propertyCrimes * propertyFactor + change.property);
        const double violentRatio =
            c.crimesViolentClass0 > 0 ? (homicides + otherViolent) / c.crimesViolentClass0 : 1;
        const double propertyRatio = r.propertyCrimes > 0 ? property / r.propertyCrimes : 1;

        PerGroup newAdmissions{};
        for (int g = 0; g < kGroupCount; ++g) {
            const double crimeRatio =
                offenceClass(kAllGroups[g]) == 1 ? violentRatio : propertyRatio;
            double admissionsNew = c.newAdmissions0[g] * crimeRatio * clearanceRatio;
            if (newAdmissionsSum0 > 0)
                admissionsNew += pretrialAdmissions * c.newAdmissions0[g] / newAdmissionsSum0;
            newAdmissions[g] = std::max(0.0, admissionsNew);
        }
        const YearFlows flows = advance(real, newAdmissions, stay, decay, hazard);
        const YearFlows shadowFlows =
            hazardsChanged ? advance(shadow, newAdmissions, stay, decay, c.hazard0) : flows;
        recidivismCrimeChange =
            p.crimesPerAvoidedReincarceration * (flows.readmissions - shadowFlows.readmissions);
        const double prisonerYears = flows.prisonerYears;
        at(out, Output::PrisonPopulation) = flows.prisonPopulation;
        at(out, Output::Admissions) = flows.admissions;
        at(out, Output::NewAdmissions) = flows.admissions - flows.readmissions;
        at(out, Output::Readmissions) = flows.readmissions;
        at(out, Output::Releases) = flows.releases;

        // Crime and victims.
        const double victimizations =
            homicides + otherViolent / p.reportingRateViolent + property / p.reportingRateProperty;
        at(out, Output::CrimesViolent) = homicides + otherViolent;
        at(out, Output::CrimesProperty) = property;
        at(out, Output::Homicides) = homicides;
        at(out, Output::Victimizations) = victimizations;
        at(out, Output::VictimizationsAverted) = c.victimizations0 - victimizations;

        // In prison.
        const double assaults = prisonerYears * r.assaultsPerPrisonerYear * violenceFactor;
        const double sexual =
            prisonerYears * r.sexualVictimizationsPerPrisonerYear * violenceFactor;
        at(out, Output::PrisonerYears) = prisonerYears;
        at(out, Output::PretrialJailYears) = jailYears0 + jailYearsAdded;
        at(out, Output::AssaultsInPrison) = assaults;
        at(out, Output::SexualVictimizations) = sexual;
        at(out, Output::SuicidesInPrison) = prisonerYears * r.suicidesPer100kPrisoners / 1e5;

        // Life-years and wellbeing-years.
        at(out, Output::LifeYearsLostIncarceration) = prisonerYears * p.lifeYearsLostPerPrisonYear;
        at(out, Output::LifeYearsSavedHomicide) =
            (r.homicides - homicides) * p.lifeYearsLostPerHomicide;
        const double victimsQaly =
            otherViolent / p.reportingRateViolent * p.qalyPerNonFatalViolentVictimization +
            property / p.reportingRateProperty * p.qalyPerPropertyVictimization;
        const double confinedYears = prisonerYears + jailYears0 + jailYearsAdded;
        const double incarceratedQaly =
            confinedYears * (p.healthDecrementPerPrisonYear + p.libertyLossPerPrisonYear) +
            assaults * p.qalyPerAssaultInPrison + sexual * p.qalyPerSexualVictimizationInPrison;
        const double familiesQaly =
            confinedYears * p.childrenPerPrisoner * p.qalyLossPerChildYearParentImprisoned;
        at(out, Output::WellbeingYearsLostVictims) = victimsQaly;
        at(out, Output::WellbeingYearsLostIncarcerated) = incarceratedQaly;
        at(out, Output::WellbeingYearsLostFamilies) = familiesQaly;
        at(out, Output::WellbeingYearsLost) = victimsQaly + incarceratedQaly + familiesQaly;

        // Money by ledger.
        const double adjustment = p.marginalCostAdjustmentYears > 1
                                      ? std::min(1.0, (t - 1) / (p.marginalCostAdjustmentYears - 1))
                                      : 1.0;
        const double marginalShare =
            p.marginalCostShareShortRun +
            (p.marginalCostShareLongRun - p.marginalCostShareShortRun) * adjustment;
        const double corrections =
            r.costPerPrisonerYearUsd * operatingCostFactor *
            (c.prisonerYears0 + marginalShare * (prisonerYears - c.prisonerYears0));
        const double capital =
            t <= p.capitalBuildYears
                ? policy.newCapacityBeds * r.capitalCostPerBedUsd / p.capitalBuildYears
                : 0;
        const double transfers = at(out, Output::Releases) * policy.releaseCashUsd;
        const double jail = r.costPerPrisonerYearUsd * p.jailCostShareOfPrisonCost *
                            (jailYears0 + marginalShare * jailYearsAdded);
        const double overpayment = prisonerYears * commissaryOverpaymentPerYear;
        const double revenue = overpayment * p.commissaryStateShare;
        const double taxpayers = corrections + capital + policeCost + transfers + jail - revenue;
        const double victims = homicides * costHomicide +
                               otherViolent / p.reportingRateViolent * costOtherViolent +
                               property / p.reportingRateProperty * costProperty;
        const double families = overpayment - transfers;
        at(out, Output::CostCorrectionsUsd) = corrections;
        at(out, Output::CostCapitalUsd) = capital;
        at(out, Output::CostPoliceUsd) = policeCost;
        at(out, Output::CostTransfersUsd) = transfers;
        at(out, Output::CostPretrialJailUsd) = jail;
        at(out, Output::RevenueCommissaryUsd) = revenue;
        at(out, Output::CostTaxpayersUsd) = taxpayers;
        at(out, Output::CostVictimsUsd) = victims;
        at(out, Output::CostCommissaryOverpaymentUsd) = overpayment;
        at(out, Output::TransfersReceivedUsd) = transfers;
        at(out, Output::CostIncarceratedFamiliesUsd) = families;
        at(out, Output::CostTotalUsd) = taxpayers + victims + families;

        const double discount = discountFactor;
        discountFactor /= 1 + options.discountRate;
        for (int i = 0; i < kOutputCount; ++i) {
            totals[i] += out[i];
            discountedTotals[i] += out[i] * discount;
        }
    }
}

SimulationResult simulate(const Calibration &calibration, const Policy &policy,
                          const SimulationOptions &options) {
    SimulationResult result;
    result.years.resize(std::clamp(options.years, 1, kMaxYears));
    simulateInto(calibration, policy, options, result.years, result.totals,
                 result.discountedTotals);
    return result;
}

} // namespace leastbad::core
