// SPDX-License-Identifier: GPL-3.0-or-later
// The model's year step, written once for a number type V: `double` (one draw, the scalar
// path) or `Lanes` (four draws in lockstep, one per vector lane; core/laneblock.h). Every
// operation is the same per lane and in the same order as for one draw, so the lanes give
// the scalar path's numbers bit for bit: the build neither contracts a multiply and an add
// nor reorders sums (docs/PERFORMANCE.md). Internal to core: simulation.cpp and
// laneblock.cpp include it; docs/MODEL.md states the equations.
#pragma once

#include "core/lanemath.h"
#include "core/lanes.h"
#include "core/outputs.h"
#include "core/simulation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <vector>

namespace leastbad::core::step {

inline constexpr int kBands = kAgeBands;
template <class V> using BandsOf = std::array<V, kBands>;
template <class V> using PoolOf = std::array<std::array<V, kReleaseYearsTracked>, 2>;
template <class V> using GroupsOf = std::array<V, kGroupCount>;
template <class V> using OutputsOf = std::array<V, kOutputCount>;

// Years spent in each age band before moving to the next (the last band is open).
inline constexpr std::array<double, kBands> kAgingRate = {1.0 / 7, 1.0 / 10, 1.0 / 15, 0};

// The prison stock of each group by age band, in two vintages: people admitted before
// the policy (who keep the status-quo stay under a prospective reform) and people
// admitted since. And the released pool by offence class and year since release.
template <class V> struct FlowStateOf {
    std::array<BandsOf<V>, kGroupCount> current{};
    std::array<BandsOf<V>, kGroupCount> legacy{};
    PoolOf<V> atRisk{};
    PoolOf<V> dose{}; // released people × their change in time served (aftereffects)
    V effectiveStock{};
};

template <class V> struct YearFlowsOf {
    V hazardReturns{}; // returns this year owed to the policy's hazards (h − h0)
    V doseAtRisk{};    // Σ dose of the pool at the end of the year
    V admissions{};
    V readmissions{};
    V releases{};
    V prisonerYears{};
    V prisonPopulation{}; // end of year
};

// What one policy fixes for the whole run, shared by the real and the shadow state.
template <class V> struct StockDynamicsOf {
    GroupsOf<V> stay{};        // L = L0 · m
    GroupsOf<V> decay{};       // e^(−1/L): share of a stock still inside after a year
    GroupsOf<V> yearShare{};   // L · (1 − e^(−1/L)): person-years per person at the start
    GroupsOf<V> legacyDecay{}; // the same at the status-quo stay, for the legacy vintage
    GroupsOf<V> legacyYearShare{};
    GroupsOf<V> servedChange{};                            // L − L0
    std::array<BandsOf<V>, kGroupCount> admissionToBand{}; // share_b · L · (1 − e^(−1/L))
    BandsOf<V> weight{};
};

// Reincarceration hazards by class and year since release, the share not returning and
// the change against the status quo.
template <class V> struct HazardsOf {
    PoolOf<V> rate{};
    PoolOf<V> survival{}; // 1 − rate
    PoolOf<V> change{};   // rate − the status quo's
};

// Every number the year loop reads that does not change from year to year: worked out
// once per run (a policy on one draw) by setUpRun, before the loop. Doubles only (V), so
// that eight runs' inputs transpose into lanes (laneblock.cpp).
template <class V> struct RunInputsOf {
    StockDynamicsOf<V> dyn;
    HazardsOf<V> policyHazards;
    HazardsOf<V> statusQuoHazards;
    FlowStateOf<V> start; // the state at the start of year 1 (after any one-off release)
    V prisonStock0{};     // prisoners at the start of year 1

    // Crime.
    V homicides0{}, otherViolent0{}, property0{};
    V homicideFactor{}, violentFactor{}, propertyFactor{};
    V homicideShare{}, otherViolentShareOfViolent{}; // of violent crimes (splitCrimes)
    V violentShareOfAverted{}, propertyShareOfAverted{};
    V crimesViolentClass0{};
    // The year loop multiplies by these reciprocals: a division per year and lane took
    // several times the cycles of a multiplication (issue 20).
    V inverseCrimesViolentClass0{}, inverseProperty0{}; // 0 where the crimes are 0
    // Incapacitation: cumulativeIncapacitation's constants.
    V incapacitationAtReference{}, referenceStock{}, incapacitationScale{}; // λ_ref · E_ref
    V inverseReferenceStock{}, oneMinusBeta{}, inverseOneMinusBeta{}, cumulativeIncapacitation0{};
    V betaIsOne{}; // 1 where |1 − beta| < 1e-9 (the logarithm's case), else 0
    // Pretrial.
    V postDispositionCrimes{}, inversePostDispositionYears{}, crimesAvertedPending{};
    V jailYears0{}, jailYearsAdded{};
    // Admissions.
    GroupsOf<V> newAdmissions0{};
    GroupsOf<V> extraAdmissions{}; // pretrial convictions, shared as new admissions are
    V clearanceRatio{}, population{};
    // Reentry.
    V aftereffectRate{}; // aftereffect_per_year_served · marginal incapacitation at IR0
    V crimesPerAvoidedReincarceration{};
    // Victims and wellbeing.
    V reportingRateViolent{}, reportingRateProperty{}, victimizations0{};
    V assaultsPerPrisonerYear{}, sexualPerPrisonerYear{}, suicidesPer100k{};
    V violenceFactor{};
    V lifeYearsPerPrisonerYear{}, lifeYearsLostPerHomicide{};
    V qalyNonFatalViolent{}, qalyProperty{}, qalyConfinedYear{}; // health + liberty
    V qalyAssault{}, qalySexual{}, childrenPerPrisoner{}, qalyChildYear{};
    // Money.
    V marginalCostAdjustmentYears{}, inverseAdjustmentSpan{},
        marginalShareShortRun{};                      // 1/(years − 1)
    V correctionsPerPrisonerYear{}, prisonerYears0{}; // cost per prisoner-year · scale factor
    V marginalShareRange{};                           // long run − short run
    V capitalBuildYears{}, capitalPerYear{};          // (new beds + rehoused) · cost per bed
    V releaseCash{}, programmesPerPrisonerYear{}, cashAdministrationShare{};
    V jailCostPerYear{}; // cost per prisoner-year · jail share
    V overpaymentPerYear{}, commissaryStateShare{}, deadweightPerYear{}, policeCost{};
    V costHomicide{}, costOtherViolent{}, costProperty{};
    V lifeYearsDelayDiscount{};
};

// The branches a run takes, the same for every year; the runs of a lane block share them only if
// theirs agree.
struct RunFlags {
    std::array<bool, kGroupCount> hasLegacy{};
    bool trackDose = false;
    bool hazardsChanged = false;
    bool shadowIsStatusQuo = false;
    bool incapacitation = true;
    bool reentry = true;
    bool isStatusQuo = false;
    bool operator==(const RunFlags &) const = default;
};

// Works out a run's inputs and flags (simulation.cpp). Assigns every input, so `inputs` may
// hold an earlier run's: a new input must be set there too (tst_enginepaths would show a
// stale one as lanes that differ from one draw at a time).
void setUpRun(const Calibration &c, const Policy &policy, const SimulationOptions &options,
              RunInputsOf<double> &inputs, RunFlags &flags);

inline constexpr std::array<int, kGroupCount> kClassOf = {
    offenceClass(kAllGroups[0]), offenceClass(kAllGroups[1]), offenceClass(kAllGroups[2]),
    offenceClass(kAllGroups[3])};
inline constexpr std::array<bool, kGroupCount> kIsRepeat = {
    isRepeat(kAllGroups[0]), isRepeat(kAllGroups[1]), isRepeat(kAllGroups[2]),
    isRepeat(kAllGroups[3])};

template <class V> [[gnu::always_inline]] inline V &out(OutputsOf<V> &values, Output o) {
    return values[static_cast<int>(o)];
}

// Moves a year's end-of-stay stock of one vintage up the age bands and adds its
// offending-weighted size.
template <class V>
[[gnu::always_inline]] inline V ageInto(BandsOf<V> &stock, const BandsOf<V> &stayed,
                                        const BandsOf<V> &weight) {
    static_assert(kBands == 4 && kAgingRate[3] == 0, "written out for four bands");
    stock[0] = stayed[0] * (1 - kAgingRate[0]);
    stock[1] = stayed[1] * (1 - kAgingRate[1]) + stayed[0] * kAgingRate[0];
    stock[2] = stayed[2] * (1 - kAgingRate[2]) + stayed[1] * kAgingRate[1];
    stock[3] = stayed[3] + stayed[2] * kAgingRate[2];
    return weight[0] * stock[0] + weight[1] * stock[1] + weight[2] * stock[2] +
           weight[3] * stock[3];
}

// The released pool's year: readmissions by class (returned), the pool moved one year on.
template <class V>
[[gnu::always_inline]] inline std::array<V, 2>
advancePool(FlowStateOf<V> &state, const HazardsOf<V> &hazards, bool withChange, bool trackDose,
            YearFlowsOf<V> &flows) {
    std::array<V, 2> readmissions{};
    for (int cls = 0; cls < 2; ++cls) {
        auto &pool = state.atRisk[cls];
        auto &dose = state.dose[cls];
        for (int k = 0; k < kReleaseYearsTracked; ++k)
            readmissions[cls] += pool[k] * hazards.rate[cls][k];
        if (withChange) {
            for (int k = 0; k < kReleaseYearsTracked; ++k)
                flows.hazardReturns += pool[k] * hazards.change[cls][k];
        }
        for (int k = kReleaseYearsTracked - 1; k > 0; --k)
            pool[k] = pool[k - 1] * hazards.survival[cls][k - 1];
        if (trackDose) {
            for (int k = kReleaseYearsTracked - 1; k > 0; --k) {
                dose[k] = dose[k - 1] * hazards.survival[cls][k - 1];
                flows.doseAtRisk += dose[k];
            }
        }
        flows.readmissions += readmissions[cls];
    }
    return readmissions;
}

// One year of stock and flow. Readmissions come from the released pool; within the
// year dP/dt = A − P/L is solved exactly for each band (so a steady state obeys
// Little's law P = A·L); at the end of the year a share of each band ages into the
// next. Those released this year join the pool at year 0 since release next year.
template <class V>
[[gnu::always_inline]] inline YearFlowsOf<V>
advance(FlowStateOf<V> &state, const GroupsOf<V> &newAdmissions, const StockDynamicsOf<V> &dyn,
        const HazardsOf<V> &hazards, bool withChange, bool trackDose, const RunFlags &flags) {
    YearFlowsOf<V> flows;
    const std::array<V, 2> readmissions = advancePool(state, hazards, withChange, trackDose, flows);
    std::array<V, 2> releases{};
    std::array<V, 2> doseReleased{};
    V effective{};
    for (int g = 0; g < kGroupCount; ++g) {
        const int cls = kClassOf[g];
        const V admitted = newAdmissions[g] + (kIsRepeat[g] ? readmissions[cls] : V{});
        const V L = dyn.stay[g];
        const V e = dyn.decay[g];
        BandsOf<V> stayed{};
        V before{}, after{};
        for (int b = 0; b < kBands; ++b) {
            before += state.current[g][b];
            stayed[b] = e * state.current[g][b] + admitted * dyn.admissionToBand[g][b];
            after += stayed[b];
        }
        const V releasedCurrent = before + admitted - after;
        flows.prisonerYears += admitted * L + (before - admitted * L) * dyn.yearShare[g];
        effective += ageInto(state.current[g], stayed, dyn.weight);
        V releasedLegacy{};
        if (flags.hasLegacy[g]) {
            V legacyBefore{};
            for (int b = 0; b < kBands; ++b) {
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

// Crimes an offending-weighted stock E averts in all, ∫ from 0 to E of the marginal rate
// (docs/MODEL.md): lambda_ref · E up to the reference stock Eref, then
// lambda_ref · Eref · (1 + ((E/Eref)^(1 − beta) − 1)/(1 − beta)), or ln(E/Eref) in place of
// the fraction where beta is 1. Lanes compute both sides and keep one: x is held at 1 or
// more so that the side a lane does not keep stays finite.
template <class V>
[[gnu::always_inline]] inline V
cumulativeIncapacitationOf(const V &stock, const V &atReference, const V &reference,
                           const V &inverseReference, const V &scale, const V &oneMinusBeta,
                           const V &inverseOneMinusBeta, const V &betaIsOne) {
    const V zero{};
    const V e = vmax(zero, stock);
    const V x = vmax(splat<V>(1.0), e * inverseReference);
    const V logX = logAtLeastOne(x);
    const V fraction = (expWithin700(oneMinusBeta * logX) - 1.0) * inverseOneMinusBeta;
    const V above = choose(betaIsOne != zero, logX, fraction);
    return choose(e <= reference, atReference * e, scale * (1.0 + above));
}

// Crimes the shadow stock averts against the status quo's.
template <class V>
[[gnu::always_inline]] inline V incapacitatedCrimes(const V &stock, const RunInputsOf<V> &in) {
    return cumulativeIncapacitationOf(stock, in.incapacitationAtReference, in.referenceStock,
                                      in.inverseReferenceStock, in.incapacitationScale,
                                      in.oneMinusBeta, in.inverseOneMinusBeta, in.betaIsOne) -
           in.cumulativeIncapacitation0;
}

template <class V> struct CrimeYearOf {
    V homicides, otherViolent, property, violentRatio, propertyRatio;
};

// Crime this year, from last year's stocks (the lag breaks the loop).
template <class V>
[[gnu::always_inline]] inline CrimeYearOf<V>
crimeYear(const RunInputsOf<V> &in, const RunFlags &f, int t, const V &incapacitated,
          const V &aftereffect, const V &recidivismCrimeChange) {
    const V zero{}, one = splat<V>(1.0);
    const V postDisposition =
        !f.reentry ? zero
                   : in.postDispositionCrimes *
                         vmin(one, splat<V>(double(t - 1)) * in.inversePostDispositionYears);
    const V pendingAverted = f.incapacitation ? in.crimesAvertedPending : zero;
    const V crimes =
        -incapacitated + aftereffect + recidivismCrimeChange - pendingAverted + postDisposition;
    // Reported crimes split the way the model splits incapacitated crimes.
    const V violent = crimes * in.violentShareOfAverted;
    const V changeHomicide = violent * in.homicideShare;
    const V changeOtherViolent = violent * in.otherViolentShareOfViolent;
    const V changeProperty = crimes * in.propertyShareOfAverted;
    CrimeYearOf<V> y;
    y.homicides = vmax(zero, in.homicides0 * in.homicideFactor + changeHomicide);
    y.otherViolent = vmax(zero, in.otherViolent0 * in.violentFactor + changeOtherViolent);
    y.property = vmax(zero, in.property0 * in.propertyFactor + changeProperty);
    y.violentRatio = in.crimesViolentClass0 > zero
                         ? (y.homicides + y.otherViolent) * in.inverseCrimesViolentClass0
                         : one;
    y.propertyRatio = in.property0 > zero ? y.property * in.inverseProperty0 : one;
    return y;
}

template <class V> struct AdmissionsYearOf {
    GroupsOf<V> admitted{}; // new admissions, crime-driven
    GroupsOf<V> enforced{}; // the shadow's: enforcement only
};

template <class V>
[[gnu::always_inline]] inline AdmissionsYearOf<V>
admissionsYear(const RunInputsOf<V> &in, const SimulationOptions &options, int t,
               const CrimeYearOf<V> &crime, const V &prisonStock) {
    const V zero{}, one = splat<V>(1.0);
    // A backcast's observed admissions, as a multiple of the status quo's.
    const std::vector<double> &observed = options.newAdmissionsScale;
    const double admissionsScale =
        observed.empty() ? 1 : observed[std::min<std::size_t>(t - 1, observed.size() - 1)];
    AdmissionsYearOf<V> a;
    for (int g = 0; g < kGroupCount; ++g) {
        const V crimeRatio = kClassOf[g] == 1 ? crime.violentRatio : crime.propertyRatio;
        const V base = in.newAdmissions0[g] * admissionsScale;
        const V enforced = base * in.clearanceRatio + in.extraAdmissions[g];
        a.enforced[g] = vmax(zero, enforced);
        a.admitted[g] = vmax(zero, enforced + base * in.clearanceRatio * (crimeRatio - one));
    }
    // A guard for absurd inputs, never reached by a plausible region: no more than half
    // the people outside can be admitted in one year.
    V admittedSum = zero;
    for (int g = 0; g < kGroupCount; ++g)
        admittedSum = admittedSum + a.admitted[g];
    const V admissionCap = splat<V>(0.5) * vmax(zero, in.population - prisonStock);
    const auto over = admittedSum > admissionCap;
    if (anyLane(over)) {
        const V capped = admissionCap / admittedSum;
        for (int g = 0; g < kGroupCount; ++g)
            a.admitted[g] = choose(over, a.admitted[g] * capped, a.admitted[g]);
    }
    return a;
}

// A year's quantities that every output is a linear function of, given the run's inputs
// (writePeople, writeMoney). The year loop adds up these few, plain and discounted, and the
// totals of every output follow from their sums by the same functions; a year's outputs
// are worked out only for a year that is kept (issue 20: summing every output every year
// was a third of the loop). Crimes and prisoner-years enter as changes from the status
// quo, so that the status quo sums exact zeros where it averts nothing.
enum Basis : int {
    kOne,        // 1: its sum is the number of years, discounted Σ (1 + r)^−(t−1)
    kAdjustment, // how far the marginal cost has adjusted, 0 to 1 (writeMoney)
    kBuilding,   // 1 while new capacity is being built, else 0
    kPrisonPopulation,
    kAdmissions,
    kReadmissions,
    kReleases,
    kPrisonerYearsChange,         // prisoner-years − the status quo's
    kAdjustedPrisonerYearsChange, // adjustment × the same
    kHomicidesChange,             // reported crimes − the status quo's
    kOtherViolentChange,
    kPropertyChange,
    kBasisCount
};
template <class V> using YearBasisOf = std::array<V, kBasisCount>;

template <class V>
[[gnu::always_inline]] inline YearBasisOf<V> yearBasis(const RunInputsOf<V> &in, int t,
                                                       const YearFlowsOf<V> &flows,
                                                       const CrimeYearOf<V> &crime) {
    const V zero{}, one = splat<V>(1.0);
    YearBasisOf<V> b;
    b[kOne] = one;
    b[kAdjustment] = in.marginalCostAdjustmentYears > one
                         ? vmin(one, splat<V>(double(t - 1)) * in.inverseAdjustmentSpan)
                         : one;
    b[kBuilding] = splat<V>(double(t)) <= in.capitalBuildYears ? one : zero;
    b[kPrisonPopulation] = flows.prisonPopulation;
    b[kAdmissions] = flows.admissions;
    b[kReadmissions] = flows.readmissions;
    b[kReleases] = flows.releases;
    b[kPrisonerYearsChange] = flows.prisonerYears - in.prisonerYears0;
    b[kAdjustedPrisonerYearsChange] = b[kAdjustment] * b[kPrisonerYearsChange];
    b[kHomicidesChange] = crime.homicides - in.homicides0;
    b[kOtherViolentChange] = crime.otherViolent - in.otherViolent0;
    b[kPropertyChange] = crime.property - in.property0;
    return b;
}

// Reported homicides, other violent and property crimes of a basis.
template <class V> struct CrimesOf { V homicides, otherViolent, property; };
template <class V>
[[gnu::always_inline]] inline CrimesOf<V> crimesOf(const RunInputsOf<V> &in,
                                                   const YearBasisOf<V> &b) {
    return {in.homicides0 * b[kOne] + b[kHomicidesChange],
            in.otherViolent0 * b[kOne] + b[kOtherViolentChange],
            in.property0 * b[kOne] + b[kPropertyChange]};
}

// Prison, crime, victims, wellbeing: the outputs other than money, of a year's basis or of
// their sum.
template <class V>
[[gnu::always_inline]] inline void writePeople(OutputsOf<V> &o, const RunInputsOf<V> &in,
                                               const YearBasisOf<V> &b) {
    using enum Output;
    out(o, PrisonPopulation) = b[kPrisonPopulation];
    out(o, Admissions) = b[kAdmissions];
    out(o, NewAdmissions) = b[kAdmissions] - b[kReadmissions];
    out(o, Readmissions) = b[kReadmissions];
    out(o, Releases) = b[kReleases];

    // Crime and victims.
    const auto [homicides, otherViolent, property] = crimesOf(in, b);
    out(o, CrimesViolent) = homicides + otherViolent;
    out(o, CrimesProperty) = property;
    out(o, Homicides) = homicides;
    out(o, Victimizations) =
        homicides + otherViolent / in.reportingRateViolent + property / in.reportingRateProperty;
    out(o, VictimizationsAverted) =
        -(b[kHomicidesChange] + b[kOtherViolentChange] / in.reportingRateViolent +
          b[kPropertyChange] / in.reportingRateProperty);

    // In prison.
    const V prisonerYears = in.prisonerYears0 * b[kOne] + b[kPrisonerYearsChange];
    const V assaults = prisonerYears * in.assaultsPerPrisonerYear * in.violenceFactor;
    const V sexual = prisonerYears * in.sexualPerPrisonerYear * in.violenceFactor;
    const V jailYears = (in.jailYears0 + in.jailYearsAdded) * b[kOne];
    out(o, PrisonerYears) = prisonerYears;
    out(o, PretrialJailYears) = jailYears;
    out(o, AssaultsInPrison) = assaults;
    out(o, SexualVictimizations) = sexual;
    out(o, SuicidesInPrison) = prisonerYears * in.suicidesPer100k / 1e5;

    // Life-years (booked in the year served, discounted from when they happen) and
    // wellbeing-years.
    out(o, LifeYearsLostIncarceration) = prisonerYears * in.lifeYearsPerPrisonerYear;
    out(o, LifeYearsSavedHomicide) = -b[kHomicidesChange] * in.lifeYearsLostPerHomicide;
    const V victimsQaly = otherViolent / in.reportingRateViolent * in.qalyNonFatalViolent +
                          property / in.reportingRateProperty * in.qalyProperty;
    const V confinedYears = prisonerYears + jailYears;
    const V incarceratedQaly =
        confinedYears * in.qalyConfinedYear + assaults * in.qalyAssault + sexual * in.qalySexual;
    const V familiesQaly = confinedYears * in.childrenPerPrisoner * in.qalyChildYear;
    out(o, WellbeingYearsLostVictims) = victimsQaly;
    out(o, WellbeingYearsLostIncarcerated) = incarceratedQaly;
    out(o, WellbeingYearsLostFamilies) = familiesQaly;
    out(o, WellbeingYearsLost) = victimsQaly + incarceratedQaly + familiesQaly;
}

// Money by ledger (after writePeople, whose outputs it reads).
template <class V>
[[gnu::always_inline]] inline void writeMoney(OutputsOf<V> &o, const RunInputsOf<V> &in,
                                              const YearBasisOf<V> &b) {
    using enum Output;
    const V prisonerYears = out(o, PrisonerYears);
    // The marginal share, short run + range × adjustment, times the change from the status
    // quo's prisoner-years.
    const V marginalChange = in.marginalShareShortRun * b[kPrisonerYearsChange] +
                             in.marginalShareRange * b[kAdjustedPrisonerYearsChange];
    const V corrections =
        in.correctionsPerPrisonerYear * (in.prisonerYears0 * b[kOne] + marginalChange);
    const V capital = in.capitalPerYear * b[kBuilding];
    const V police = in.policeCost * b[kOne];
    const V transfers = b[kReleases] * in.releaseCash;
    const V programmes =
        prisonerYears * in.programmesPerPrisonerYear + transfers * in.cashAdministrationShare;
    const V marginalJail =
        (in.marginalShareShortRun * b[kOne] + in.marginalShareRange * b[kAdjustment]) *
        in.jailYearsAdded;
    const V jail = in.jailCostPerYear * (in.jailYears0 * b[kOne] + marginalJail);
    const V overpayment = prisonerYears * in.overpaymentPerYear;
    const V revenue = overpayment * in.commissaryStateShare;
    const V vendors = overpayment - revenue;
    const V taxpayers = corrections + capital + police + transfers + programmes + jail - revenue;
    const CrimesOf<V> crime = crimesOf(in, b);
    const V victims = crime.homicides * in.costHomicide +
                      crime.otherViolent / in.reportingRateViolent * in.costOtherViolent +
                      crime.property / in.reportingRateProperty * in.costProperty;
    const V families = overpayment + prisonerYears * in.deadweightPerYear - transfers;
    out(o, CostCorrectionsUsd) = corrections;
    out(o, CostCapitalUsd) = capital;
    out(o, CostPoliceUsd) = police;
    out(o, CostTransfersUsd) = transfers;
    out(o, CostPretrialJailUsd) = jail;
    out(o, CostProgrammesUsd) = programmes;
    out(o, RevenueCommissaryUsd) = revenue;
    out(o, RevenueVendorsUsd) = vendors;
    out(o, CostTaxpayersUsd) = taxpayers;
    out(o, CostVictimsUsd) = victims;
    out(o, CostCommissaryOverpaymentUsd) = overpayment;
    out(o, TransfersReceivedUsd) = transfers;
    out(o, CostIncarceratedFamiliesUsd) = families;
    // Vendors' receipts are a transfer: only the deadweight part is a social cost.
    out(o, CostTotalUsd) = taxpayers + victims + families - vendors;
}

// Every output of a year's basis, or of its sum over years (the outputs are linear in it).
template <class V>
[[gnu::always_inline]] inline void writeOutputs(OutputsOf<V> &o, const RunInputsOf<V> &in,
                                                const YearBasisOf<V> &b) {
    writePeople(o, in, b);
    writeMoney(o, in, b);
}

// Sums of a run's year bases, undiscounted and discounted ((1 + r)^−(t−1); year 1 is not).
template <class V> struct BasisSumsOf {
    YearBasisOf<V> sum{}, discounted{};
    double discountFactor = 1;
    [[gnu::always_inline]] void add(const YearBasisOf<V> &year, double discountRate) {
        const double discount = discountFactor;
        discountFactor /= 1 + discountRate;
#pragma GCC unroll 12
        for (int i = 0; i < kBasisCount; ++i) {
            sum[i] += year[i];
            discounted[i] += year[i] * discount;
        }
    }
};

// The year loop of one run (V = double) or of a lane block (V = Lanes), telling
// sink.keep(t, basis, in) each year's basis (a sink that keeps years writes their outputs
// from it).
//
// Two copies of the prison and release pool: the real one, and a shadow that follows the
// policy's sentences and enforcement (clearance, pretrial convictions) with status-quo
// behaviour: status-quo hazards, and admissions that do not follow crime. People kept out
// of prison because they desisted (lower hazards) or were deterred (less crime, fewer
// admissions) are not free active offenders, so incapacitation is measured on the shadow.
// One draw copies the real state into the shadow only once their paths part; lanes, whose
// paths may part in different years, advance the shadow every year from the start: until
// the paths part both get the same admissions and hazards, so the shadow equals the real
// state bit for bit (the dose pool, which the shadow never reads, aside).
template <class V, class Sink>
[[gnu::always_inline]] inline void runYears(const RunInputsOf<V> &in, const RunFlags &f,
                                            const SimulationOptions &options, int years, Sink &sink,
                                            OutputsOf<V> &totals, OutputsOf<V> &discountedTotals) {
    FlowStateOf<V> real = in.start;
    FlowStateOf<V> shadow = real;
    bool shadowIsReal = true;  // one draw: until behaviour differs, the shadow is the real state
    V recidivismCrimeChange{}; // from last year's hazard change (one-year lag)
    V aftereffect{};           // crimes of the released pool, from last year's end
    V prisonStock = in.prisonStock0; // at the start of the year
    BasisSumsOf<V> sums;
    for (int t = 1; t <= years; ++t) {
        V incapacitated{};
        if (!f.shadowIsStatusQuo && f.incapacitation)
            incapacitated = incapacitatedCrimes(
                kScalar<V> && shadowIsReal ? real.effectiveStock : shadow.effectiveStock, in);
        const CrimeYearOf<V> crime =
            crimeYear(in, f, t, incapacitated, aftereffect, recidivismCrimeChange);
        const AdmissionsYearOf<V> admissions = admissionsYear(in, options, t, crime, prisonStock);
        if constexpr (kScalar<V>) {
            if (shadowIsReal && !f.shadowIsStatusQuo &&
                (f.hazardsChanged || admissions.admitted != admissions.enforced)) {
                shadowIsReal = false;
                shadow = real;
            }
        }
        const YearFlowsOf<V> flows = advance(real, admissions.admitted, in.dyn, in.policyHazards,
                                             f.hazardsChanged, f.trackDose, f);
        if (kScalar<V> ? !shadowIsReal : !f.shadowIsStatusQuo)
            advance(shadow, admissions.enforced, in.dyn, in.statusQuoHazards, false, false, f);
        // Returns changed by the policy's hazards (desistance) count once as crime, and
        // what prison did to the people released (the dose pool) too: both next year.
        aftereffect = !f.reentry ? V{} : in.aftereffectRate * flows.doseAtRisk;
        recidivismCrimeChange = in.crimesPerAvoidedReincarceration * flows.hazardReturns;
        prisonStock = flows.prisonPopulation;
        const YearBasisOf<V> basis = yearBasis(in, t, flows, crime);
        sums.add(basis, options.discountRate);
        sink.keep(t, basis, in);
        if (f.isStatusQuo) {
            // The calibrated status quo is stationary: every later year is this one, but
            // for the marginal cost's adjustment and the building of new capacity, which
            // follow the calendar.
            for (int later = t + 1; later <= years; ++later) {
                const YearBasisOf<V> same = yearBasis(in, later, flows, crime);
                sums.add(same, options.discountRate);
                sink.keep(later, same, in);
            }
            break;
        }
    }
    writeOutputs(totals, in, sums.sum);
    writeOutputs(discountedTotals, in, sums.discounted);
    out(discountedTotals, Output::LifeYearsLostIncarceration) *= in.lifeYearsDelayDiscount;
}

// Whether an output is a member of the year's basis as it stands, so that a sink keeping
// only its series need not write the year's outputs (PolicyOutcomes' series).
constexpr bool isBasisOutput(Output o) {
    return o == Output::PrisonPopulation || o == Output::Admissions || o == Output::Readmissions ||
           o == Output::Releases;
}
template <class V> [[gnu::always_inline]] inline V basisOutput(const YearBasisOf<V> &b, Output o) {
    switch (o) {
    case Output::Admissions:
        return b[kAdmissions];
    case Output::Readmissions:
        return b[kReadmissions];
    case Output::Releases:
        return b[kReleases];
    default:
        return b[kPrisonPopulation];
    }
}

} // namespace leastbad::core::step
