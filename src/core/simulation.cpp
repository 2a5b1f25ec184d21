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

// std::pow, skipping the call where IEEE 754 fixes the result at exactly 1 (a lever left
// at the status quo): the same bits, at a fraction of the cost per draw (issue 20).
double powOf(double base, double exponent) {
    return base == 1 || exponent == 0 ? 1.0 : std::pow(base, exponent);
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
    return powOf(p.assaultRiskRatioLargeVsSmall, w);
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

// Years spent in each age band before moving to the next (the last band is open).
constexpr PerBand kAgingRate = {1.0 / 7, 1.0 / 10, 1.0 / 15, 0};

using ReleasePool = std::array<std::array<double, kReleaseYearsTracked>, 2>;

// The prison stock of each group by age band, in two vintages: people admitted before
// the policy (who keep the status-quo stay under a prospective reform) and people
// admitted since. And the released pool by offence class and year since release.
struct FlowState {
    StockByBand current{};
    StockByBand legacy{};
    ReleasePool atRisk{};
    ReleasePool dose{}; // released people × their change in time served (aftereffects)
    double effectiveStock = 0;
};

struct YearFlows {
    double hazardReturns = 0; // returns this year owed to the policy's hazards (h − h0)
    double doseAtRisk = 0;    // Σ dose of the pool at the end of the year
    double admissions = 0;
    double readmissions = 0;
    double releases = 0;
    double prisonerYears = 0;
    double prisonPopulation = 0; // end of year
};

// What one policy fixes for the whole run, shared by the real and the shadow state.
struct StockDynamics {
    PerGroup stay{};        // L = L0 · m
    PerGroup decay{};       // e^(−1/L): share of a stock still inside after a year
    PerGroup yearShare{};   // L · (1 − e^(−1/L)): person-years per person at the start
    PerGroup legacyDecay{}; // the same at the status-quo stay, for the legacy vintage
    PerGroup legacyYearShare{};
    PerGroup servedChange{};                            // L − L0
    std::array<PerBand, kGroupCount> admissionToBand{}; // share_b · L · (1 − e^(−1/L))
    std::array<bool, kGroupCount> hasLegacy{};
    PerBand weight{};
};

// Moves a year's end-of-stay stock of one vintage up the age bands and adds its
// offending-weighted size.
double ageInto(PerBand &stock, const PerBand &stayed, const PerBand &weight) {
    static_assert(kAgeBands == 4 && kAgingRate[3] == 0, "written out for four bands");
    stock[0] = stayed[0] * (1 - kAgingRate[0]);
    stock[1] = stayed[1] * (1 - kAgingRate[1]) + stayed[0] * kAgingRate[0];
    stock[2] = stayed[2] * (1 - kAgingRate[2]) + stayed[1] * kAgingRate[1];
    stock[3] = stayed[3] + stayed[2] * kAgingRate[2];
    return weight[0] * stock[0] + weight[1] * stock[1] + weight[2] * stock[2] +
           weight[3] * stock[3];
}

// Reincarceration hazards by class and year since release, with the share not returning.
struct Hazards {
    ReleasePool rate{};
    ReleasePool survival{}; // 1 − rate
    static Hazards of(const ReleasePool &rate) {
        Hazards h;
        h.rate = rate;
        for (int cls = 0; cls < 2; ++cls) {
            for (int k = 0; k < kReleaseYearsTracked; ++k)
                h.survival[cls][k] = 1 - rate[cls][k];
        }
        return h;
    }
};

constexpr std::array<int, kGroupCount> kClassOf = {
    offenceClass(kAllGroups[0]), offenceClass(kAllGroups[1]), offenceClass(kAllGroups[2]),
    offenceClass(kAllGroups[3])};
constexpr std::array<bool, kGroupCount> kIsRepeat = {
    isRepeat(kAllGroups[0]), isRepeat(kAllGroups[1]), isRepeat(kAllGroups[2]),
    isRepeat(kAllGroups[3])};

// One year of stock and flow. Readmissions come from the released pool; within the
// year dP/dt = A − P/L is solved exactly for each band (so a steady state obeys
// Little's law P = A·L); at the end of the year a share of each band ages into the
// next. Those released this year join the pool at year 0 since release next year.
// Inlined into the year loop, so that its AVX2 clone (below) covers the step too.
[[gnu::always_inline]] inline YearFlows advance(FlowState &state, const PerGroup &newAdmissions,
                                                const StockDynamics &dyn, const Hazards &hazards,
                                                const ReleasePool *hazardChange, bool trackDose) {
    const ReleasePool &hazard = hazards.rate;
    const ReleasePool &survival = hazards.survival;
    YearFlows flows;
    std::array<double, 2> readmissions{};
    for (int cls = 0; cls < 2; ++cls) {
        auto &pool = state.atRisk[cls];
        auto &dose = state.dose[cls];
        for (int k = 0; k < kReleaseYearsTracked; ++k)
            readmissions[cls] += pool[k] * hazard[cls][k];
        if (hazardChange) {
            for (int k = 0; k < kReleaseYearsTracked; ++k)
                flows.hazardReturns += pool[k] * (*hazardChange)[cls][k];
        }
        for (int k = kReleaseYearsTracked - 1; k > 0; --k)
            pool[k] = pool[k - 1] * survival[cls][k - 1];
        if (trackDose) {
            for (int k = kReleaseYearsTracked - 1; k > 0; --k) {
                dose[k] = dose[k - 1] * survival[cls][k - 1];
                flows.doseAtRisk += dose[k];
            }
        }
        flows.readmissions += readmissions[cls];
    }
    std::array<double, 2> releases{};
    std::array<double, 2> doseReleased{};
    double effective = 0;
    for (int g = 0; g < kGroupCount; ++g) {
        const int cls = kClassOf[g];
        const double admitted = newAdmissions[g] + (kIsRepeat[g] ? readmissions[cls] : 0);
        const double L = dyn.stay[g];
        const double e = dyn.decay[g];
        PerBand stayed{};
        double before = 0, after = 0;
        for (int b = 0; b < kAgeBands; ++b) {
            before += state.current[g][b];
            stayed[b] = e * state.current[g][b] + admitted * dyn.admissionToBand[g][b];
            after += stayed[b];
        }
        const double releasedCurrent = before + admitted - after;
        flows.prisonerYears += admitted * L + (before - admitted * L) * dyn.yearShare[g];
        effective += ageInto(state.current[g], stayed, dyn.weight);
        double releasedLegacy = 0;
        if (dyn.hasLegacy[g]) {
            double legacyBefore = 0;
            for (int b = 0; b < kAgeBands; ++b) {
                legacyBefore += state.legacy[g][b];
                stayed[b] = dyn.legacyDecay[g] * state.legacy[g][b];
            }
            releasedLegacy = legacyBefore * (1 - dyn.legacyDecay[g]);
            flows.prisonerYears += legacyBefore * dyn.legacyYearShare[g];
            effective += ageInto(state.legacy[g], stayed, dyn.weight);
            after += legacyBefore - releasedLegacy;
        }
        releases[cls] += releasedCurrent + releasedLegacy;
        doseReleased[cls] += releasedCurrent * dyn.servedChange[g];
        flows.admissions += admitted;
        flows.prisonPopulation += after;
    }
    for (int cls = 0; cls < 2; ++cls) {
        state.atRisk[cls][0] = releases[cls];
        if (trackDose) {
            state.dose[cls][0] = doseReleased[cls];
            flows.doseAtRisk += doseReleased[cls];
        }
        flows.releases += releases[cls];
    }
    state.effectiveStock = effective;
    return flows;
}

// A one-off release at the start of the run: each group's share leaves every band and
// vintage alike and joins the released pool as if released at the end of year 0. The
// released served less than they would have by their expected remaining stay, which at
// exponential stays is the mean stay itself (the dose of the aftereffects). Returns the
// number released.
double releaseFromStock(FlowState &state, const PerGroup &shares, const StockDynamics &dyn) {
    double releasedAll = 0;
    double effective = 0;
    for (int g = 0; g < kGroupCount; ++g) {
        const double keep = 1 - std::clamp(shares[g], 0.0, 1.0);
        double released = 0;
        for (PerBand *vintage : {&state.current[g], &state.legacy[g]}) {
            for (int b = 0; b < kAgeBands; ++b) {
                released += (*vintage)[b] * (1 - keep);
                (*vintage)[b] *= keep;
                effective += dyn.weight[b] * (*vintage)[b];
            }
        }
        const int cls = kClassOf[g];
        state.atRisk[cls][0] += released;
        state.dose[cls][0] -= released * dyn.stay[g];
        releasedAll += released;
    }
    state.effectiveStock = effective;
    return releasedAll;
}

// Crimes an offending-weighted stock E averts in all, ∫ from 0 to E of the marginal rate:
// lambda_ref up to the reference stock (the reference rate's prisoners; the evidence reaches
// no lower, so the rate is not extrapolated upward), then lambda_ref · (e / Eref)^−beta.
double cumulativeIncapacitation(double effectiveStock, const Calibration &c) {
    const Parameters &p = c.parameters;
    const double e = std::max(0.0, effectiveStock);
    const double reference = c.referenceStock;
    if (e <= reference)
        return p.incapacitationAtReferenceRate * e;
    const double beta = p.incapacitationDiminishingExponent;
    const double x = e / reference;
    const double above =
        std::abs(1 - beta) < 1e-9 ? std::log(x) : (std::pow(x, 1 - beta) - 1) / (1 - beta);
    return p.incapacitationAtReferenceRate * reference * (1 + above);
}

// Crimes averted by an offending-weighted stock E against the status quo's E0 when the
// marginal prisoner's offending falls as E^−beta: ∫ from E0 to E of lambda0 · (e/E0)^−beta de.
double incapacitatedCrimes(double effectiveStock, const Calibration &c) {
    return cumulativeIncapacitation(effectiveStock, c) - c.cumulativeIncapacitation0;
}

// The stationary stock of one group by age band under the `advance` update.
PerBand stationaryBands(double admissions, double stay, const PerBand &admissionShares) {
    const double e = std::exp(-1 / stay);
    const double yearShare = stay * (1 - e);
    PerBand stock{};
    double stayedBelow = 0;
    for (int b = 0; b < kAgeBands; ++b) {
        const double added = admissions * admissionShares[b] * yearShare;
        const double inflow =
            (1 - kAgingRate[b]) * added + (b > 0 ? kAgingRate[b - 1] : 0) * stayedBelow;
        stock[b] = inflow / (1 - (1 - kAgingRate[b]) * e);
        stayedBelow = e * stock[b] + added;
    }
    return stock;
}

// Applies the draw's multipliers to the baseline inputs that are assumed or uncertain.
void scaleUncertainBaseline(RegionBaseline &r, const Parameters &p) {
    for (int cls = 0; cls < 2; ++cls) {
        const int first = cls == 1 ? static_cast<int>(Group::FirstViolent)
                                   : static_cast<int>(Group::FirstNonViolent);
        const int repeat = static_cast<int>(repeatGroupOfClass(cls));
        const double total = r.prisonPopulation[first] + r.prisonPopulation[repeat];
        if (total <= 0)
            continue;
        const double share =
            std::clamp(r.prisonPopulation[repeat] / total * p.baselineRepeatShareScale, 0.0, 0.95);
        r.prisonPopulation[repeat] = total * share;
        r.prisonPopulation[first] = total - r.prisonPopulation[repeat];
    }
    for (double &L : r.meanTimeServedYears)
        L *= p.baselineTimeServedScale;
    r.felonyDefendantsPerYear *= p.baselineFelonyDefendantsScale;
}

} // namespace

PretrialEffects pretrialEffects(const Calibration &c, double d) {
    // A risk tool of accuracy AUC decides who is detained. The expected pretrial crime
    // of the defendant at score rank x (0 = highest score) is cMean · (1 + s · (1 − 2x)),
    // s = 2·AUC − 1 (Somers' D): flat for a useless tool, the steepest linear ramp for a
    // perfect one. pretrial_crimes_per_released_defendant is the mean of those released
    // at the status quo d0, which fixes cMean.
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;
    const double d0 = r.pretrialDetainedShare;
    const double slope = 2 * p.pretrialRiskToolAuc - 1;
    const double meanCrimes = p.pretrialCrimesPerReleasedDefendant / (1 - slope * d0);
    const double pendingYears = r.meanPretrialDetentionDays / 365.0;
    PretrialEffects e;
    e.extraDetained = r.felonyDefendantsPerYear * (d - d0);
    e.crimesAvertedPending = r.felonyDefendantsPerYear * meanCrimes *
                             ((1 + slope) * (d - d0) - slope * (d * d - d0 * d0));
    e.jailYears0 = r.felonyDefendantsPerYear * d0 * pendingYears;
    e.jailYearsAdded = e.extraDetained * pendingYears;
    e.extraAdmissions = e.extraDetained * p.pretrialConvictionUplift * p.prisonShareOfConvictions;
    // After disposition the detained offend more, at their own pretrial rate per year
    // (Leslie & Pope 2017: the pending-trial fall is mostly offset within two years).
    if (pendingYears > 0)
        e.postDispositionCrimes = e.crimesAvertedPending / pendingYears *
                                  (p.pretrialPostDispositionHazardRatio - 1) *
                                  p.pretrialPostDispositionYears;
    return e;
}

double lifeYearsLostPerPrisonerYear(const Calibration &c) {
    // Patterson 2013: the loss per year served; those not reimprisoned recover a share.
    const Parameters &p = c.parameters;
    return p.lifeYearsLostPerPrisonYear * (1 - p.lifeYearsRecoveryShare * c.notReimprisonedShare0);
}

double marginalIncapacitation(const Parameters &p, double rate) {
    // Held at lambda_ref below the reference rate: no evidence reaches lower rates.
    return p.incapacitationAtReferenceRate *
           std::pow(std::max(rate, p.incapacitationReferenceRatePer100k) /
                        p.incapacitationReferenceRatePer100k,
                    -p.incapacitationDiminishingExponent);
}

double visitedShare(const Calibration &c, const Policy &policy) {
    const RegionBaseline &r = c.region;
    const double d = std::max(policy.distanceFromHomeMiles, kVisitCurveMinMiles);
    const double d0 = std::max(r.meanDistanceFromHomeMiles, kVisitCurveMinMiles);
    // Rabuy & Kopf 2015 curve, shifted to pass through the region's own visited share.
    const double logDistance = d == d0 ? 0.0 : std::log(d / d0); // log(1) is exactly 0
    const double curve = r.visitedMonthlyShare - c.parameters.visitCurveSlope * logDistance;
    return std::clamp(curve * policy.visitSupport, kVisitedShareFloor, kVisitedShareCap);
}

namespace {

// Contact intensity under a policy. Remote contact: the policy's hours as a change from
// the region's nominal value, on top of this draw's status quo.
double policyContactIntensity(const Calibration &c, const Policy &policy) {
    const double remoteHours =
        std::max(0.0, policy.remoteContactHoursPerWeek +
                          c.region.remoteContactHoursPerWeek * (c.remoteContactScale - 1));
    return contactIntensity(visitedShare(c, policy), remoteHours, c.parameters);
}

// Repeat offenders' time served relative to the status quo, admissions-weighted.
double repeatStayMultiplier(const Calibration &c, const Policy &policy) {
    double admissions = 0, weighted = 0;
    for (int g = 0; g < kGroupCount; ++g) {
        if (isRepeat(kAllGroups[g])) {
            admissions += c.admissions0[g];
            weighted += c.admissions0[g] * policy.sentenceMultiplier[g];
        }
    }
    return admissions > 0 ? weighted / admissions : 1;
}

// The policy's reincarceration hazards by class and year since release: contact for
// every year, targeted deterrence (everyone released faces the repeat-offender terms if
// caught) and cash during the months it covers in the first year. A mechanism switched
// off (MechanismBit in `mechanismsOff`) acts as at the status quo.
// `intensity` is the policy's contact intensity (policyContactIntensity).
ReleasePool policyHazardRates(const Calibration &c, const Policy &policy, double intensity,
                              unsigned mechanismsOff = 0) {
    const Parameters &p = c.parameters;
    const bool reentry = (mechanismsOff & kAftereffectsReentry) == 0;
    const bool deterrence = (mechanismsOff & kGeneralDeterrence) == 0;
    const double recidivismContact =
        reentry ? contactRateFactor(intensity, p.visitRecidivismHazardRatio) /
                      contactRateFactor(c.contactIntensity0, p.visitRecidivismHazardRatio)
                : 1;
    // Cash: concave in the amount (the evidence covers $1-3k only).
    const double cashEffect = (1 - p.cashRecidivismRiskRatio) *
                              std::log2(1 + policy.releaseCashUsd / p.cashReferenceAmountUsd);
    const double cashMonths =
        std::min(12.0, std::max(p.cashLumpSumEffectMonths, policy.releaseCashMonths));
    const double firstYearCashFactor =
        reentry ? std::max(0.0, 1 - cashEffect * cashMonths / 12) : 1;
    const double targeted =
        deterrence ? powOf(repeatStayMultiplier(c, policy), p.targetedDeterrenceElasticity) : 1;
    ReleasePool hazard{};
    for (int cls = 0; cls < 2; ++cls) {
        for (int k = 0; k < kReleaseYearsTracked; ++k) {
            const double factor = recidivismContact * targeted * (k == 0 ? firstYearCashFactor : 1);
            hazard[cls][k] = std::min(1.0, c.hazard0[cls][k] * factor);
        }
    }
    return hazard;
}

} // namespace

double cohortReturnShare(const Calibration &c, const Policy &policy, double years) {
    const ReleasePool hazard = policyHazardRates(c, policy, policyContactIntensity(c, policy));
    const double horizon = std::clamp(years, 0.0, static_cast<double>(kReleaseYearsTracked));
    double returned = 0, released = 0;
    for (int cls = 0; cls < 2; ++cls) {
        double survival = 1;
        for (int k = 0; k < kReleaseYearsTracked && k < horizon; ++k)
            survival *= std::pow(1 - hazard[cls][k], std::min(1.0, horizon - k));
        returned += c.releases0[cls] * (1 - survival);
        released += c.releases0[cls];
    }
    return released > 0 ? returned / released : 0;
}

RegionCalibration RegionCalibration::of(const RegionBaseline &region) {
    RegionCalibration prepared;
    prepared.region = region;
    for (const auto &[key, value] : region.parameterOverrides) {
        if (const ParameterSpec *spec = findParameter(key))
            prepared.overrides.emplace_back(spec->member, value);
    }
    // The recidivism inputs are not scaled by any draw (scaleUncertainBaseline).
    prepared.curve =
        RecidivismCurve::fit(region.reincarceratedWithin3Years, region.reincarceratedWithin5Years);
    return prepared;
}

Calibration calibrate(const RegionBaseline &region, const Parameters &parameters) {
    return calibrate(RegionCalibration::of(region), parameters);
}

Calibration calibrate(const RegionCalibration &prepared, const Parameters &parameters) {
    Calibration c;
    c.region = prepared.region;
    c.parameters = parameters;
    for (const auto &[member, value] : prepared.overrides)
        c.parameters.*member = value;
    const Parameters &p = c.parameters;
    c.remoteContactScale = p.baselineRemoteContactScale;
    scaleUncertainBaseline(c.region, p);
    const RegionBaseline &r = c.region;

    for (int g = 0; g < kGroupCount; ++g) {
        c.admissions0[g] = r.prisonPopulation[g] / r.meanTimeServedYears[g];
        c.newAdmissions0[g] = c.admissions0[g];
        c.prisonerYears0 += r.prisonPopulation[g];
    }

    c.curve = prepared.curve;
    double released = 0, returned = 0;
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
        released += releases;
        returned += readmissions;
    }
    c.notReimprisonedShare0 = released > 0 ? 1 - returned / released : 1;

    // Age: the stationary stock by band, and offending weights normalised so that the
    // status-quo stock's mean weight is 1 (its effective size is its head count).
    const double share50 =
        std::max(0.0, 1 - p.admissionShare18To24 - p.admissionShare25To34 - p.admissionShare35To49);
    c.admissionAgeShares = {p.admissionShare18To24, p.admissionShare25To34, p.admissionShare35To49,
                            share50};
    const double shareSum =
        std::accumulate(c.admissionAgeShares.begin(), c.admissionAgeShares.end(), 0.0);
    for (double &s : c.admissionAgeShares)
        s = shareSum > 0 ? s / shareSum : 0.25;
    const PerBand relative = {1, p.offendingRatio25To34, p.offendingRatio35To49,
                              p.offendingRatio50Plus};
    double weighted = 0;
    for (int g = 0; g < kGroupCount; ++g) {
        c.stock0ByBand[g] =
            stationaryBands(c.admissions0[g], r.meanTimeServedYears[g], c.admissionAgeShares);
        for (int b = 0; b < kAgeBands; ++b)
            weighted += relative[b] * c.stock0ByBand[g][b];
    }
    for (int b = 0; b < kAgeBands; ++b)
        c.offendingWeight[b] = weighted > 0 ? relative[b] * c.prisonerYears0 / weighted : 1;
    c.effectiveStock0 = c.prisonerYears0;
    c.incarcerationRate0 = r.population > 0 ? c.prisonerYears0 / r.population * 1e5 : 0;
    c.marginalIncapacitation0 = marginalIncapacitation(p, c.incarcerationRate0);
    // The stock at the reference rate, in offending-weighted prisoners (at the status quo's
    // age mix an effective prisoner is one prisoner).
    c.referenceStock = p.incapacitationReferenceRatePer100k * r.population / 1e5;
    c.cumulativeIncapacitation0 = cumulativeIncapacitation(c.effectiveStock0, c);

    const Policy statusQuo = statusQuoPolicy(r);
    c.visitedShare0 = visitedShare(c, statusQuo);
    c.contactIntensity0 =
        contactIntensity(c.visitedShare0, r.remoteContactHoursPerWeek * c.remoteContactScale, p);
    c.crimesViolentClass0 = r.homicides + r.otherViolentCrimes;
    c.victimizations0 = r.homicides + r.otherViolentCrimes / p.reportingRateViolent +
                        r.propertyCrimes / p.reportingRateProperty;
    return c;
}

namespace {

// Where the year loop puts a year's outputs: slot(t) is the storage the year is written
// into, keep(t, values) is told once it is complete.
struct AllYearsSink {
    std::span<OutputValues> years;
    OutputValues &slot(int t) { return years[t - 1]; }
    void keep(int, const OutputValues &) {}
};

// One scratch year reused: only the listed outputs' series are kept (issue 20).
struct SeriesSink {
    std::span<const Output> outputs;
    std::span<double> series; // [(t − 1) · outputs.size() + k]
    OutputValues scratch{};
    OutputValues &slot(int) { return scratch; }
    void keep(int t, const OutputValues &values) {
        const std::size_t n = outputs.size();
        for (std::size_t k = 0; k < n; ++k)
            series[std::size_t(t - 1) * n + k] = values[static_cast<int>(outputs[k])];
    }
};

template <typename Sink>
[[gnu::always_inline]] inline void
simulateWith(const Calibration &c, const Policy &policy, const SimulationOptions &options,
             int years, Sink &sink, OutputValues &totals, OutputValues &discountedTotals) {
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;

    // --- Everything that depends on the policy but not on the year ---
    StockDynamics dyn;
    dyn.weight = c.offendingWeight;
    double admissions0Sum = 0;
    double meanMultiplier = 0; // admissions-weighted, for general deterrence
    for (int g = 0; g < kGroupCount; ++g) {
        const double L0 = r.meanTimeServedYears[g];
        const double m = policy.sentenceMultiplier[g];
        dyn.stay[g] = L0 * m;
        dyn.legacyDecay[g] = std::exp(-1 / L0);
        dyn.decay[g] = m == 1 ? dyn.legacyDecay[g] : std::exp(-1 / dyn.stay[g]); // L0 · 1 = L0
        dyn.yearShare[g] = dyn.stay[g] * (1 - dyn.decay[g]);
        dyn.legacyYearShare[g] = L0 * (1 - dyn.legacyDecay[g]);
        dyn.servedChange[g] = dyn.stay[g] - L0;
        dyn.hasLegacy[g] = !policy.retroactiveSentencing && m != 1;
        for (int b = 0; b < kAgeBands; ++b)
            dyn.admissionToBand[g][b] = c.admissionAgeShares[b] * dyn.yearShare[g];
        admissions0Sum += c.admissions0[g];
        meanMultiplier += c.admissions0[g] * m;
    }
    meanMultiplier = admissions0Sum > 0 ? meanMultiplier / admissions0Sum : 1;

    // Deterrence: certainty (police, clearance) and a small general effect of severity.
    // A mechanism switched off (options.mechanismsOff) acts as at the status quo.
    const auto on = [&options](unsigned bit) { return (options.mechanismsOff & bit) == 0; };
    const bool deterrence = on(kGeneralDeterrence);
    const double severity = deterrence ? powOf(meanMultiplier, p.severityElasticity) : 1;
    const double policeRatio = policy.policePer100k / r.policePer100k;
    const double clearanceRatio = policy.clearanceRateViolent / r.clearanceRateViolent;
    const double certainty = deterrence ? powOf(clearanceRatio, p.clearanceElasticity) : 1;
    const double common = severity * certainty;
    const double deterringPolice = deterrence ? policeRatio : 1;
    const double homicideFactor = powOf(deterringPolice, p.policeElasticityHomicide) * common;
    const double violentFactor = powOf(deterringPolice, p.policeElasticityViolent) * common;
    const double propertyFactor = powOf(deterringPolice, p.policeElasticityProperty) * common;

    const double intensity = policyContactIntensity(c, policy);
    const bool reentry = on(kAftereffectsReentry);
    const double violenceFactor =
        !on(kInPrisonConditions)
            ? 1
            : sizeRiskRatio(policy.facilityBeds, p) / sizeRiskRatio(r.meanFacilityBeds, p) *
                  contactRateFactor(intensity, p.misconductRiskRatioVisited) /
                  contactRateFactor(c.contactIntensity0, p.misconductRiskRatioVisited) *
                  powOf(p.recreationMisconductRiskRatio,
                        policy.recreationAccess - r.recreationAccess);
    const double operatingCostFactor =
        powOf(policy.facilityBeds / r.meanFacilityBeds, -p.operatingCostScaleElasticity);

    const ReleasePool hazard = policyHazardRates(c, policy, intensity, options.mechanismsOff);
    const bool incapacitation = on(kIncapacitation);
    ReleasePool hazardChange{};
    for (int cls = 0; cls < 2; ++cls) {
        for (int k = 0; k < kReleaseYearsTracked; ++k)
            hazardChange[cls][k] = hazard[cls][k] - c.hazard0[cls][k];
    }
    const bool hazardsChanged = hazard != c.hazard0;
    const Hazards policyHazards = Hazards::of(hazard);
    const Hazards statusQuoHazards = Hazards::of(c.hazard0);

    const PretrialEffects pretrial = pretrialEffects(c, policy.pretrialDetainedShare);
    // Aftereffects need the dose pool only when some stay changes; the shadow stays the
    // stationary status quo when neither stays nor enforcement (clearance, pretrial
    // convictions) change, and then no one is incapacitated.
    const bool staysChanged = std::any_of(dyn.servedChange.begin(), dyn.servedChange.end(),
                                          [](double dl) { return dl != 0; });
    const bool releaseAtStart =
        std::any_of(options.releasedAtStart.begin(), options.releasedAtStart.end(),
                    [](double share) { return share > 0; });
    const bool admissionsDriven = !options.newAdmissionsScale.empty();
    const bool shadowIsStatusQuo = !staysChanged && clearanceRatio == 1 &&
                                   pretrial.extraAdmissions == 0 && !releaseAtStart &&
                                   !admissionsDriven;
    const bool trackDose = staysChanged || releaseAtStart;
    const double newAdmissionsSum0 =
        std::accumulate(c.newAdmissions0.begin(), c.newAdmissions0.end(), 0.0);

    const double policeBudget0 = r.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd;
    const double policeCost =
        policy.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd +
        policeBudget0 * p.clearanceCostShareOfPoliceBudget * (clearanceRatio - 1);
    // Commissary: the basket at community prices is held fixed.
    const double basketPerPrisonerYear =
        r.commissarySpendingPerPrisonerYearUsd / r.commissaryPriceRatio;
    const double markup = policy.commissaryPriceRatio - 1;
    const double overpaymentPerYear = basketPerPrisonerYear * markup;
    const double deadweightPerYear = 0.5 * p.commissaryDemandElasticity * basketPerPrisonerYear *
                                     markup * markup / policy.commissaryPriceRatio;
    const double programmesPerPrisonerYear =
        52 * p.costPerRemoteContactHourUsd *
            (policy.remoteContactHoursPerWeek - r.remoteContactHoursPerWeek) +
        p.costPerVisitSupportPrisonerYearUsd * (policy.visitSupport - 1) +
        p.costFullRecreationPerPrisonerYearUsd * (policy.recreationAccess - r.recreationAccess);
    const double rehousedBeds = c.prisonerYears0 * p.rehousingNewBuildShare *
                                std::max(0.0, 1 - policy.facilityBeds / r.meanFacilityBeds);
    const double costHomicide =
        p.costHomicide2008Usd * p.cpi2008To2024 * p.victimTangibleShareHomicide;
    const double costOtherViolent =
        p.costOtherViolent2008Usd * p.cpi2008To2024 * p.victimTangibleShareOtherViolent;
    const double costProperty =
        p.costProperty2008Usd * p.cpi2008To2024 * p.victimTangibleShareProperty;
    const double lifeYearsPerPrisonerYear = lifeYearsLostPerPrisonerYear(c);
    // The deaths come decades after the years served: discount them from then.
    const double lifeYearsDelayDiscount =
        std::pow(1 + options.discountRate, -p.lifeYearsLossDelayYears);

    // --- State ---
    // Two copies of the prison and release pool: the real one, and a shadow that
    // follows the policy's sentences and enforcement (clearance, pretrial convictions)
    // with status-quo behaviour: status-quo hazards, and admissions that do not follow
    // crime. People kept out of prison because they desisted (lower hazards) or were
    // deterred (less crime, fewer admissions) are not free active offenders, so
    // incapacitation is measured on the shadow.
    FlowState real;
    for (int g = 0; g < kGroupCount; ++g)
        (dyn.hasLegacy[g] ? real.legacy[g] : real.current[g]) = c.stock0ByBand[g];
    real.atRisk = c.atRisk0;
    real.effectiveStock = c.effectiveStock0;
    const double releasedAtStart =
        releaseAtStart ? releaseFromStock(real, options.releasedAtStart, dyn) : 0;
    FlowState shadow = real;
    bool shadowIsReal = true;         // until behaviour differs, the shadow is the real state
    double recidivismCrimeChange = 0; // from last year's hazard change (one-year lag)
    double aftereffect = 0;           // crimes of the released pool, from last year's end
    double prisonStock = c.prisonerYears0 - releasedAtStart; // at the start of the year
    double discountFactor = 1;                               // (1 + r)^−(t−1)

    const bool isStatusQuo = policy == statusQuoPolicy(r) && !releaseAtStart && !admissionsDriven;
    // Sums in local arrays, which cannot alias the year's outputs, so they vectorise.
    OutputValues sum{}, discountedSum{};
    auto addToTotals = [&](const OutputValues &out) {
        const double discount = discountFactor;
        discountFactor /= 1 + options.discountRate;
        for (int i = 0; i < kOutputCount; ++i) {
            sum[i] += out[i];
            discountedSum[i] += out[i] * discount;
        }
    };

    for (int t = 1; t <= years; ++t) {
        OutputValues &out = sink.slot(t);
        out.fill(0);

        // Crime this year, from last year's stocks (the lag breaks the loop).
        const double incapacitated =
            shadowIsStatusQuo || !incapacitation
                ? 0
                : incapacitatedCrimes((shadowIsReal ? real : shadow).effectiveStock, c);
        const double postDisposition =
            !reentry ? 0
                     : pretrial.postDispositionCrimes *
                           std::min(1.0, (t - 1) / p.pretrialPostDispositionYears);
        const double pendingAverted = incapacitation ? pretrial.crimesAvertedPending : 0;
        const CrimeSplit change = splitCrimes(-incapacitated + aftereffect + recidivismCrimeChange -
                                                  pendingAverted + postDisposition,
                                              c);
        const double homicides = std::max(0.0, r.homicides * homicideFactor + change.homicide);
        const double otherViolent =
            std::max(0.0, r.otherViolentCrimes * violentFactor + change.otherViolent);
        const double property = std::max(0.0, r.propertyCrimes * propertyFactor + change.property);
        const double violentRatio =
            c.crimesViolentClass0 > 0 ? (homicides + otherViolent) / c.crimesViolentClass0 : 1;
        const double propertyRatio = r.propertyCrimes > 0 ? property / r.propertyCrimes : 1;

        // A backcast's observed admissions, as a multiple of the status quo's.
        const std::vector<double> &observed = options.newAdmissionsScale;
        const double admissionsScale =
            observed.empty() ? 1 : observed[std::min<std::size_t>(t - 1, observed.size() - 1)];
        PerGroup newAdmissions{}, enforcedAdmissions{};
        for (int g = 0; g < kGroupCount; ++g) {
            const double crimeRatio =
                offenceClass(kAllGroups[g]) == 1 ? violentRatio : propertyRatio;
            const double base = c.newAdmissions0[g] * admissionsScale;
            double enforced = base * clearanceRatio;
            if (newAdmissionsSum0 > 0)
                enforced += pretrial.extraAdmissions * c.newAdmissions0[g] / newAdmissionsSum0;
            enforcedAdmissions[g] = std::max(0.0, enforced);
            newAdmissions[g] = std::max(0.0, enforced + base * clearanceRatio * (crimeRatio - 1));
        }
        // A guard for absurd inputs, never reached by a plausible region: no more than half
        // the people outside can be admitted in one year.
        const double admittedSum = std::accumulate(newAdmissions.begin(), newAdmissions.end(), 0.0);
        const double admissionCap = 0.5 * std::max(0.0, r.population - prisonStock);
        if (admittedSum > admissionCap) {
            for (double &n : newAdmissions)
                n *= admissionCap / admittedSum;
        }
        if (shadowIsReal && !shadowIsStatusQuo &&
            (hazardsChanged || newAdmissions != enforcedAdmissions)) {
            shadowIsReal = false;
            shadow = real;
        }
        const YearFlows flows = advance(real, newAdmissions, dyn, policyHazards,
                                        hazardsChanged ? &hazardChange : nullptr, trackDose);
        if (!shadowIsReal)
            advance(shadow, enforcedAdmissions, dyn, statusQuoHazards, nullptr, false);
        // Returns changed by the policy's hazards (desistance) count once as crime, and
        // what prison did to the people released (the dose pool) too: both next year.
        aftereffect =
            !reentry ? 0
                     : p.aftereffectPerYearServed * c.marginalIncapacitation0 * flows.doseAtRisk;
        recidivismCrimeChange = p.crimesPerAvoidedReincarceration * flows.hazardReturns;
        const double prisonerYears = flows.prisonerYears;
        at(out, Output::PrisonPopulation) = flows.prisonPopulation;
        prisonStock = flows.prisonPopulation;
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
        at(out, Output::PretrialJailYears) = pretrial.jailYears0 + pretrial.jailYearsAdded;
        at(out, Output::AssaultsInPrison) = assaults;
        at(out, Output::SexualVictimizations) = sexual;
        at(out, Output::SuicidesInPrison) = prisonerYears * r.suicidesPer100kPrisoners / 1e5;

        // Life-years (booked in the year served, discounted from when they happen) and
        // wellbeing-years.
        at(out, Output::LifeYearsLostIncarceration) = prisonerYears * lifeYearsPerPrisonerYear;
        at(out, Output::LifeYearsSavedHomicide) =
            (r.homicides - homicides) * p.lifeYearsLostPerHomicide;
        const double victimsQaly =
            otherViolent / p.reportingRateViolent * p.qalyPerNonFatalViolentVictimization +
            property / p.reportingRateProperty * p.qalyPerPropertyVictimization;
        const double confinedYears = prisonerYears + pretrial.jailYears0 + pretrial.jailYearsAdded;
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
        const double capital = t <= p.capitalBuildYears
                                   ? (policy.newCapacityBeds + rehousedBeds) *
                                         r.capitalCostPerBedUsd / p.capitalBuildYears
                                   : 0;
        const double transfers = at(out, Output::Releases) * policy.releaseCashUsd;
        const double programmes =
            prisonerYears * programmesPerPrisonerYear + transfers * p.cashAdministrationShare;
        const double jail = r.costPerPrisonerYearUsd * p.jailCostShareOfPrisonCost *
                            (pretrial.jailYears0 + marginalShare * pretrial.jailYearsAdded);
        const double overpayment = prisonerYears * overpaymentPerYear;
        const double revenue = overpayment * p.commissaryStateShare;
        const double vendors = overpayment - revenue;
        const double taxpayers =
            corrections + capital + policeCost + transfers + programmes + jail - revenue;
        const double victims = homicides * costHomicide +
                               otherViolent / p.reportingRateViolent * costOtherViolent +
                               property / p.reportingRateProperty * costProperty;
        const double families = overpayment + prisonerYears * deadweightPerYear - transfers;
        at(out, Output::CostCorrectionsUsd) = corrections;
        at(out, Output::CostCapitalUsd) = capital;
        at(out, Output::CostPoliceUsd) = policeCost;
        at(out, Output::CostTransfersUsd) = transfers;
        at(out, Output::CostPretrialJailUsd) = jail;
        at(out, Output::CostProgrammesUsd) = programmes;
        at(out, Output::RevenueCommissaryUsd) = revenue;
        at(out, Output::RevenueVendorsUsd) = vendors;
        at(out, Output::CostTaxpayersUsd) = taxpayers;
        at(out, Output::CostVictimsUsd) = victims;
        at(out, Output::CostCommissaryOverpaymentUsd) = overpayment;
        at(out, Output::TransfersReceivedUsd) = transfers;
        at(out, Output::CostIncarceratedFamiliesUsd) = families;
        // Vendors' receipts are a transfer: only the deadweight part is a social cost.
        at(out, Output::CostTotalUsd) = taxpayers + victims + families - vendors;

        addToTotals(out);
        sink.keep(t, out);
        if (isStatusQuo) {
            // The calibrated status quo is stationary: every later year is this one.
            for (int later = t + 1; later <= years; ++later) {
                OutputValues &same = sink.slot(later);
                if (&same != &out)
                    same = out;
                addToTotals(same);
                sink.keep(later, same);
            }
            break;
        }
    }
    totals = sum;
    discountedTotals = discountedSum;
    at(discountedTotals, Output::LifeYearsLostIncarceration) *= lifeYearsDelayDiscount;
}

} // namespace

// The year loop compiled twice, for AVX2 and for any x86-64, picked at load time (GCC
// function multi-versioning): the sums over the outputs run four wide. Neither clone
// contracts a multiply and an add or reorders a sum, so both give the same bits.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define LEASTBAD_YEAR_LOOP_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LEASTBAD_YEAR_LOOP_CLONES
#endif

LEASTBAD_YEAR_LOOP_CLONES
void simulateInto(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                  std::span<OutputValues> yearsOut, OutputValues &totals,
                  OutputValues &discountedTotals) {
    AllYearsSink sink{yearsOut};
    simulateWith(c, policy, options, static_cast<int>(yearsOut.size()), sink, totals,
                 discountedTotals);
}

LEASTBAD_YEAR_LOOP_CLONES
void simulateTotals(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                    OutputValues &totals, OutputValues &discountedTotals,
                    std::span<const Output> seriesOutputs, std::span<double> series) {
    SeriesSink sink{seriesOutputs, series};
    simulateWith(c, policy, options, std::clamp(options.years, 1, kMaxYears), sink, totals,
                 discountedTotals);
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
