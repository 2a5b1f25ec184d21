// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation.h"

#include "core/yearstep.h"

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
using ReleasePool = std::array<std::array<double, kReleaseYearsTracked>, 2>;

// A one-off release at the start of the run: each group's share leaves every band and
// vintage alike and joins the released pool as if released at the end of year 0. The
// released served less than they would have by their expected remaining stay, which at
// exponential stays is the mean stay itself (the dose of the aftereffects). Returns the
// number released.
double releaseFromStock(step::FlowStateOf<double> &state, const PerGroup &shares,
                        const step::StockDynamicsOf<double> &dyn) {
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
        const int cls = step::kClassOf[g];
        state.atRisk[cls][0] += released;
        state.dose[cls][0] -= released * dyn.stay[g];
        releasedAll += released;
    }
    state.effectiveStock = effective;
    return releasedAll;
}

// Whether the diminishing returns' exponent is taken as exactly 1, where the integral is a
// logarithm rather than a power.
bool betaIsOne(double beta) {
    return std::abs(1 - beta) < 1e-9;
}

// Crimes an offending-weighted stock E averts in all, ∫ from 0 to E of the marginal rate:
// lambda_ref up to the reference stock (the reference rate's prisoners; the evidence reaches
// no lower, so the rate is not extrapolated upward), then lambda_ref · (e / Eref)^−beta.
double cumulativeIncapacitation(double effectiveStock, const Calibration &c) {
    const Parameters &p = c.parameters;
    const double beta = p.incapacitationDiminishingExponent;
    // The year step's own function, so that the status quo's stock averts exactly nothing.
    return step::cumulativeIncapacitationOf(effectiveStock, p.incapacitationAtReferenceRate,
                                            c.referenceStock, 1 / c.referenceStock,
                                            p.incapacitationAtReferenceRate * c.referenceStock,
                                            1 - beta, 1 / (1 - beta), betaIsOne(beta) ? 1.0 : 0.0);
}

// Crimes averted by an offending-weighted stock E against the status quo's E0 when the
// marginal prisoner's offending falls as E^−beta: ∫ from E0 to E of lambda0 · (e/E0)^−beta de.

// The stationary stock of one group by age band under the `advance` update.
PerBand stationaryBands(double admissions, double stay, const PerBand &admissionShares) {
    const double e = std::exp(-1 / stay);
    const double yearShare = stay * (1 - e);
    PerBand stock{};
    double stayedBelow = 0;
    for (int b = 0; b < kAgeBands; ++b) {
        const double added = admissions * admissionShares[b] * yearShare;
        const double inflow =
            (1 - step::kAgingRate[b]) * added + (b > 0 ? step::kAgingRate[b - 1] : 0) * stayedBelow;
        stock[b] = inflow / (1 - (1 - step::kAgingRate[b]) * e);
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
        for (int k = 0; k < kReleaseYearsTracked; ++k)
            c.survival0[cls][k] = 1 - c.hazard0[cls][k];
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

    c.statusQuo = statusQuoPolicy(r);
    const Policy &statusQuo = c.statusQuo;
    c.visitedShare0 = visitedShare(c, statusQuo);
    c.contactIntensity0 =
        contactIntensity(c.visitedShare0, r.remoteContactHoursPerWeek * c.remoteContactScale, p);
    c.crimesViolentClass0 = r.homicides + r.otherViolentCrimes;
    for (int g = 0; g < kGroupCount; ++g)
        c.stayDecay0[g] = std::exp(-1 / r.meanTimeServedYears[g]);
    c.sizeRiskRatio0 = sizeRiskRatio(r.meanFacilityBeds, p);
    c.victimizations0 = r.homicides + r.otherViolentCrimes / p.reportingRateViolent +
                        r.propertyCrimes / p.reportingRateProperty;
    return c;
}

namespace {

using step::RunFlags;
using Inputs = step::RunInputsOf<double>;

// The stays of one policy: L = L0 · m and what follows from it, for both vintages.
// Returns the admissions-weighted mean multiplier (for general deterrence).
double setUpDynamics(const Calibration &c, const Policy &policy, Inputs &in, RunFlags &f) {
    const RegionBaseline &r = c.region;
    step::StockDynamicsOf<double> &dyn = in.dyn;
    dyn.weight = c.offendingWeight;
    double admissions0Sum = 0;
    double meanMultiplier = 0;
    for (int g = 0; g < kGroupCount; ++g) {
        const double L0 = r.meanTimeServedYears[g];
        const double m = policy.sentenceMultiplier[g];
        dyn.stay[g] = L0 * m;
        dyn.legacyDecay[g] = c.stayDecay0[g];
        dyn.decay[g] = m == 1 ? dyn.legacyDecay[g] : std::exp(-1 / dyn.stay[g]); // L0 · 1 = L0
        dyn.yearShare[g] = dyn.stay[g] * (1 - dyn.decay[g]);
        dyn.legacyYearShare[g] = L0 * (1 - dyn.legacyDecay[g]);
        dyn.servedChange[g] = dyn.stay[g] - L0;
        f.hasLegacy[g] = !policy.retroactiveSentencing && m != 1;
        for (int b = 0; b < kAgeBands; ++b)
            dyn.admissionToBand[g][b] = c.admissionAgeShares[b] * dyn.yearShare[g];
        admissions0Sum += c.admissions0[g];
        meanMultiplier += c.admissions0[g] * m;
    }
    return admissions0Sum > 0 ? meanMultiplier / admissions0Sum : 1;
}

void setHazards(step::HazardsOf<double> &h, const ReleasePool &rate, const ReleasePool &rate0) {
    h.rate = rate;
    for (int cls = 0; cls < 2; ++cls) {
        for (int k = 0; k < kReleaseYearsTracked; ++k) {
            h.survival[cls][k] = 1 - rate[cls][k];
            h.change[cls][k] = rate[cls][k] - rate0[cls][k];
        }
    }
}

// Deterrence (certainty: police, clearance; a small general effect of severity), violence
// inside, the hazards and the crime inputs. A mechanism switched off
// (options.mechanismsOff) acts as at the status quo.
void setUpBehaviour(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                    double meanMultiplier, Inputs &in, RunFlags &f) {
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;
    const auto on = [&options](unsigned bit) { return (options.mechanismsOff & bit) == 0; };
    const bool deterrence = on(kGeneralDeterrence);
    const double severity = deterrence ? powOf(meanMultiplier, p.severityElasticity) : 1;
    const double policeRatio = policy.policePer100k / r.policePer100k;
    in.clearanceRatio = policy.clearanceRateViolent / r.clearanceRateViolent;
    const double certainty = deterrence ? powOf(in.clearanceRatio, p.clearanceElasticity) : 1;
    const double common = severity * certainty;
    const double deterringPolice = deterrence ? policeRatio : 1;
    in.homicideFactor = powOf(deterringPolice, p.policeElasticityHomicide) * common;
    in.violentFactor = powOf(deterringPolice, p.policeElasticityViolent) * common;
    in.propertyFactor = powOf(deterringPolice, p.policeElasticityProperty) * common;

    const double intensity = policyContactIntensity(c, policy);
    f.reentry = on(kAftereffectsReentry);
    in.violenceFactor =
        !on(kInPrisonConditions)
            ? 1
            : sizeRiskRatio(policy.facilityBeds, p) / c.sizeRiskRatio0 *
                  contactRateFactor(intensity, p.misconductRiskRatioVisited) /
                  contactRateFactor(c.contactIntensity0, p.misconductRiskRatioVisited) *
                  powOf(p.recreationMisconductRiskRatio,
                        policy.recreationAccess - r.recreationAccess);
    const double operatingCostFactor =
        powOf(policy.facilityBeds / r.meanFacilityBeds, -p.operatingCostScaleElasticity);
    in.correctionsPerPrisonerYear = r.costPerPrisonerYearUsd * operatingCostFactor;

    const ReleasePool hazard = policyHazardRates(c, policy, intensity, options.mechanismsOff);
    f.incapacitation = on(kIncapacitation);
    f.hazardsChanged = hazard != c.hazard0;
    in.statusQuoHazards.rate = c.hazard0;
    in.statusQuoHazards.survival = c.survival0;
    in.statusQuoHazards.change = {};
    if (f.hazardsChanged)
        setHazards(in.policyHazards, hazard, c.hazard0);
    else
        in.policyHazards = in.statusQuoHazards;

    // Crime: the status quo, how incapacitated crimes split, incapacitation's constants.
    in.homicides0 = r.homicides;
    in.otherViolent0 = r.otherViolentCrimes;
    in.property0 = r.propertyCrimes;
    in.homicideShare = c.crimesViolentClass0 > 0 ? r.homicides / c.crimesViolentClass0 : 0;
    in.otherViolentShareOfViolent = 1 - in.homicideShare;
    in.violentShareOfAverted = p.violentShareOfAvertedCrimes;
    in.propertyShareOfAverted = 1 - p.violentShareOfAvertedCrimes;
    in.crimesViolentClass0 = c.crimesViolentClass0;
    in.inverseCrimesViolentClass0 = c.crimesViolentClass0 > 0 ? 1 / c.crimesViolentClass0 : 0;
    in.inverseProperty0 = r.propertyCrimes > 0 ? 1 / r.propertyCrimes : 0;
    in.incapacitationAtReference = p.incapacitationAtReferenceRate;
    in.referenceStock = c.referenceStock;
    in.inverseReferenceStock = 1 / c.referenceStock;
    in.incapacitationScale = p.incapacitationAtReferenceRate * c.referenceStock;
    in.oneMinusBeta = 1 - p.incapacitationDiminishingExponent;
    in.inverseOneMinusBeta = 1 / in.oneMinusBeta;
    in.betaIsOne = betaIsOne(p.incapacitationDiminishingExponent) ? 1 : 0;
    in.cumulativeIncapacitation0 = c.cumulativeIncapacitation0;
    in.aftereffectRate = p.aftereffectPerYearServed * c.marginalIncapacitation0;
    in.crimesPerAvoidedReincarceration = p.crimesPerAvoidedReincarceration;
}

// Pretrial detention, admissions and the stock at the start, with the flags that follow.
void setUpFlows(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                Inputs &in, RunFlags &f) {
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;
    const PretrialEffects pretrial = pretrialEffects(c, policy.pretrialDetainedShare);
    in.postDispositionCrimes = pretrial.postDispositionCrimes;
    in.inversePostDispositionYears = 1 / p.pretrialPostDispositionYears;
    in.crimesAvertedPending = pretrial.crimesAvertedPending;
    in.jailYears0 = pretrial.jailYears0;
    in.jailYearsAdded = pretrial.jailYearsAdded;
    in.newAdmissions0 = c.newAdmissions0;
    const double newAdmissionsSum0 =
        std::accumulate(c.newAdmissions0.begin(), c.newAdmissions0.end(), 0.0);
    for (int g = 0; g < kGroupCount; ++g)
        in.extraAdmissions[g] = newAdmissionsSum0 > 0 ? pretrial.extraAdmissions *
                                                            c.newAdmissions0[g] / newAdmissionsSum0
                                                      : 0;
    in.population = r.population;
    // Aftereffects need the dose pool only when some stay changes; the shadow stays the
    // stationary status quo when neither stays nor enforcement (clearance, pretrial
    // convictions) change, and then no one is incapacitated.
    const bool staysChanged = std::any_of(in.dyn.servedChange.begin(), in.dyn.servedChange.end(),
                                          [](double dl) { return dl != 0; });
    const bool releaseAtStart =
        std::any_of(options.releasedAtStart.begin(), options.releasedAtStart.end(),
                    [](double share) { return share > 0; });
    const bool admissionsDriven = !options.newAdmissionsScale.empty();
    f.shadowIsStatusQuo = !staysChanged && in.clearanceRatio == 1 &&
                          pretrial.extraAdmissions == 0 && !releaseAtStart && !admissionsDriven;
    f.trackDose = staysChanged || releaseAtStart;
    f.isStatusQuo = !releaseAtStart && !admissionsDriven && policy == c.statusQuo;

    step::FlowStateOf<double> &real = in.start;
    for (int g = 0; g < kGroupCount; ++g)
        (f.hasLegacy[g] ? real.legacy[g] : real.current[g]) = c.stock0ByBand[g];
    real.atRisk = c.atRisk0;
    real.effectiveStock = c.effectiveStock0;
    const double releasedAtStart =
        releaseAtStart ? releaseFromStock(real, options.releasedAtStart, in.dyn) : 0;
    in.prisonStock0 = c.prisonerYears0 - releasedAtStart;
}

// Victims, wellbeing and money.
void setUpValues(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                 Inputs &in) {
    const RegionBaseline &r = c.region;
    const Parameters &p = c.parameters;
    in.reportingRateViolent = p.reportingRateViolent;
    in.reportingRateProperty = p.reportingRateProperty;
    in.victimizations0 = c.victimizations0;
    in.assaultsPerPrisonerYear = r.assaultsPerPrisonerYear;
    in.sexualPerPrisonerYear = r.sexualVictimizationsPerPrisonerYear;
    in.suicidesPer100k = r.suicidesPer100kPrisoners;
    in.lifeYearsPerPrisonerYear = lifeYearsLostPerPrisonerYear(c);
    in.lifeYearsLostPerHomicide = p.lifeYearsLostPerHomicide;
    in.qalyNonFatalViolent = p.qalyPerNonFatalViolentVictimization;
    in.qalyProperty = p.qalyPerPropertyVictimization;
    in.qalyConfinedYear = p.healthDecrementPerPrisonYear + p.libertyLossPerPrisonYear;
    in.qalyAssault = p.qalyPerAssaultInPrison;
    in.qalySexual = p.qalyPerSexualVictimizationInPrison;
    in.childrenPerPrisoner = p.childrenPerPrisoner;
    in.qalyChildYear = p.qalyLossPerChildYearParentImprisoned;

    in.marginalCostAdjustmentYears = p.marginalCostAdjustmentYears;
    in.inverseAdjustmentSpan = 1 / (p.marginalCostAdjustmentYears - 1);
    in.marginalShareShortRun = p.marginalCostShareShortRun;
    in.marginalShareRange = p.marginalCostShareLongRun - p.marginalCostShareShortRun;
    in.prisonerYears0 = c.prisonerYears0;
    const double rehousedBeds = c.prisonerYears0 * p.rehousingNewBuildShare *
                                std::max(0.0, 1 - policy.facilityBeds / r.meanFacilityBeds);
    in.capitalBuildYears = p.capitalBuildYears;
    in.capitalPerYear =
        (policy.newCapacityBeds + rehousedBeds) * r.capitalCostPerBedUsd / p.capitalBuildYears;
    in.releaseCash = policy.releaseCashUsd;
    in.cashAdministrationShare = p.cashAdministrationShare;
    in.jailCostPerYear = r.costPerPrisonerYearUsd * p.jailCostShareOfPrisonCost;
    in.programmesPerPrisonerYear =
        52 * p.costPerRemoteContactHourUsd *
            (policy.remoteContactHoursPerWeek - r.remoteContactHoursPerWeek) +
        p.costPerVisitSupportPrisonerYearUsd * (policy.visitSupport - 1) +
        p.costFullRecreationPerPrisonerYearUsd * (policy.recreationAccess - r.recreationAccess);
    const double policeBudget0 = r.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd;
    in.policeCost = policy.policePer100k / 1e5 * r.population * r.costPerOfficerYearUsd +
                    policeBudget0 * p.clearanceCostShareOfPoliceBudget * (in.clearanceRatio - 1);
    // Commissary: the basket at community prices is held fixed.
    const double basketPerPrisonerYear =
        r.commissarySpendingPerPrisonerYearUsd / r.commissaryPriceRatio;
    const double markup = policy.commissaryPriceRatio - 1;
    in.overpaymentPerYear = basketPerPrisonerYear * markup;
    in.deadweightPerYear = 0.5 * p.commissaryDemandElasticity * basketPerPrisonerYear * markup *
                           markup / policy.commissaryPriceRatio;
    in.commissaryStateShare = p.commissaryStateShare;
    in.costHomicide = p.costHomicide2008Usd * p.cpi2008To2024 * p.victimTangibleShareHomicide;
    in.costOtherViolent =
        p.costOtherViolent2008Usd * p.cpi2008To2024 * p.victimTangibleShareOtherViolent;
    in.costProperty = p.costProperty2008Usd * p.cpi2008To2024 * p.victimTangibleShareProperty;
    // The deaths come decades after the years served: discount them from then.
    in.lifeYearsDelayDiscount = std::pow(1 + options.discountRate, -p.lifeYearsLossDelayYears);
}

// Where the year loop hands each year's basis: every output of every year, written from it.
struct AllYearsSink {
    std::span<OutputValues> years;
    void keep(int t, const step::YearBasisOf<double> &basis, const Inputs &in) {
        step::writeOutputs(years[t - 1], in, basis);
    }
};

// Only the listed outputs' series (issue 20): read from the basis where they are members of
// it, else from the year's outputs, written into one scratch year.
struct SeriesSink {
    std::span<const Output> outputs;
    std::span<double> series; // [(t − 1) · outputs.size() + k]
    bool basisOnly = std::all_of(outputs.begin(), outputs.end(), step::isBasisOutput);
    OutputValues scratch{};
    void keep(int t, const step::YearBasisOf<double> &basis, const Inputs &in) {
        const std::size_t n = outputs.size();
        if (n == 0)
            return;
        if (!basisOnly)
            step::writeOutputs(scratch, in, basis);
        for (std::size_t k = 0; k < n; ++k)
            series[std::size_t(t - 1) * n + k] =
                basisOnly ? step::basisOutput(basis, outputs[k]) : at(scratch, outputs[k]);
    }
};

template <typename Sink>
[[gnu::always_inline]] inline void
simulateWith(const Calibration &c, const Policy &policy, const SimulationOptions &options,
             int years, Sink &sink, OutputValues &totals, OutputValues &discountedTotals) {
    Inputs in;
    RunFlags flags;
    step::setUpRun(c, policy, options, in, flags);
    step::runYears(in, flags, options, years, sink, totals, discountedTotals);
}

} // namespace

void step::setUpRun(const Calibration &c, const Policy &policy, const SimulationOptions &options,
                    Inputs &in, RunFlags &flags) {
    // Every input is assigned below but the start state, which is only partly: zeroing it
    // alone spares a caller that reuses `in` (laneblock.cpp) clearing 2.5 KB a run.
    in.start = {};
    flags = RunFlags{};
    const double meanMultiplier = setUpDynamics(c, policy, in, flags);
    setUpBehaviour(c, policy, options, meanMultiplier, in, flags);
    setUpFlows(c, policy, options, in, flags);
    setUpValues(c, policy, options, in);
}

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
