// SPDX-License-Identifier: GPL-3.0-or-later
// The time-stepped policy model: region + policy + parameters -> yearly outcomes.
// docs/MODEL.md states every equation as this file computes it.
#pragma once

#include "core/outputs.h"
#include "core/parameters.h"
#include "core/policy.h"
#include "core/recidivismcurve.h"
#include "core/region.h"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace leastbad::core {

inline constexpr int kMaxYears = 50;

// Causal channels of the model that can be switched off, one bit each, for the
// decomposition of a policy's effect by mechanism (core/decomposition.h).
enum MechanismBit : unsigned {
    kIncapacitation = 1,      // crimes averted by the prison stock and pretrial detention
    kGeneralDeterrence = 2,   // severity, certainty (police, clearance) and targeted deterrence
    kAftereffectsReentry = 4, // aftereffects of time served, contact and cash on reoffending,
                              // crime after pretrial detention
    kInPrisonConditions = 8   // facility size, contact and recreation on violence inside
};

struct SimulationOptions {
    int years = 20;             // 1..kMaxYears
    double discountRate = 0.03; // per year; year 1 is not discounted
    unsigned mechanismsOff = 0; // MechanismBit flags; 0 = the full model
    // A one-off release at the start of year 1 (a collective pardon, a court-ordered cut):
    // the share of each group's prisoners let out, from every age band and vintage alike.
    PerGroup releasedAtStart{};
    // Observed new admissions as a multiple of the status quo's, year by year (index 0 =
    // year 1), as a backcast drives the model; empty: admissions follow the model alone.
    std::vector<double> newAdmissionsScale;

    static SimulationOptions of(int years, double discountRate) {
        SimulationOptions options;
        options.years = years;
        options.discountRate = discountRate;
        return options;
    }
};

// Age bands of the prison stock: 18-24, 25-34, 35-49, 50 and over. Offending falls
// from one band to the next (the age-crime curve), so the years added at the end of
// long sentences, spent in the older bands, incapacitate less.
inline constexpr int kAgeBands = 4;
using PerBand = std::array<double, kAgeBands>;
using StockByBand = std::array<PerBand, kGroupCount>;

// What the model derives from the region and the parameters before any policy: the
// stationary status quo. Status quo, A and B share one calibration, which is what
// makes their comparison cheap and exact.
struct Calibration {
    RegionBaseline region; // with the uncertain baseline inputs scaled for this draw
    Parameters parameters;
    // The region's remote contact hours stay as given (they are a lever's status quo);
    // this draw's true status-quo hours are those times this.
    double remoteContactScale = 1;
    Policy statusQuo; // statusQuoPolicy(region), which every run compares its policy with

    PerGroup admissions0{};            // A0 = P0 / L0 (Little's law)
    PerGroup newAdmissions0{};         // A0 minus readmissions routed to the group
    std::array<double, 2> releases0{}; // by offence class (0 non-violent, 1 violent)
    std::array<std::array<double, kReleaseYearsTracked>, 2> atRisk0{}; // released, not returned
    std::array<std::array<double, kReleaseYearsTracked>, 2>
        hazard0{}; // by class and year since release
    std::array<std::array<double, kReleaseYearsTracked>, 2> survival0{}; // 1 − hazard0
    std::array<double, 2> readmissions0{};
    RecidivismCurve curve; // as fitted, before any scaling of the susceptible share

    PerBand admissionAgeShares{};         // age at admission
    StockByBand stock0ByBand{};           // the stationary stock of each group by age band
    PerBand offendingWeight{};            // by band; the status-quo stock's mean weight is 1
    double effectiveStock0 = 0;           // Σ weight · stock = the prison population
    double incarcerationRate0 = 0;        // prisoners per 100,000 residents
    double marginalIncapacitation0 = 0;   // reported crimes per effective prisoner-year at IR0
    double referenceStock = 0;            // prisoners at the reference incarceration rate
    double cumulativeIncapacitation0 = 0; // crimes the status-quo stock averts in all
    double notReimprisonedShare0 = 0;     // of a release cohort, within ten years

    double visitedShare0 = 0;
    double contactIntensity0 = 0;
    double crimesViolentClass0 = 0; // homicides + other violent
    double victimizations0 = 0;
    double prisonerYears0 = 0;
    // Worked out once per draw rather than once per policy run (issue 20: libm calls).
    PerGroup stayDecay0{};     // e^(−1/L0): share of a status-quo stock still inside after a year
    double sizeRiskRatio0 = 1; // the assault risk ratio of the region's mean facility size

    // Adjustments the calibration had to make, in words, for the user to see.
    std::vector<std::string> notes;
};

// Pretrial detention at a detained share against the region's status quo share: crimes
// averted while cases are pending, extra admissions from the conviction effect, and the
// extra crime after disposition once every cohort's window runs (all per year).
struct PretrialEffects {
    double extraDetained = 0;         // defendants per year
    double crimesAvertedPending = 0;  // reported crimes per year
    double extraAdmissions = 0;       // prison admissions per year
    double postDispositionCrimes = 0; // reported crimes per year, steady state
    double jailYears0 = 0;            // pretrial jail-years at the status quo
    double jailYearsAdded = 0;
};
PretrialEffects pretrialEffects(const Calibration &calibration, double detainedShare);

// Life expectancy lost per prisoner-year, net of the recovery of those not reimprisoned.
double lifeYearsLostPerPrisonerYear(const Calibration &calibration);

// Incapacitation per marginal prisoner-year at an incarceration rate (per 100,000):
// lambda_ref · (max(rate, reference rate) / reference rate)^−beta.
double marginalIncapacitation(const Parameters &parameters, double incarcerationRatePer100k);

Calibration calibrate(const RegionBaseline &region, const Parameters &parameters);

// What calibrate() derives from the region alone, worked out once per region rather than
// once per draw (issue 20): the parameter overrides looked up, the recidivism curve fitted.
struct RegionCalibration {
    RegionBaseline region;
    std::vector<std::pair<double Parameters::*, double>> overrides;
    RecidivismCurve curve;

    static RegionCalibration of(const RegionBaseline &region);
};
// The same calibration as calibrate(prepared.region, parameters), bit for bit.
Calibration calibrate(const RegionCalibration &prepared, const Parameters &parameters);

struct SimulationResult {
    std::vector<OutputValues> years; // years[0] is year 1
    OutputValues totals{};           // sum over years
    OutputValues discountedTotals{};
};

// Runs one policy. The policy's lever values are used as given (callers validate
// them against leverSpecs()); every output is finite for values inside the ranges.
SimulationResult simulate(const Calibration &calibration, const Policy &policy,
                          const SimulationOptions &options);

// The same, writing into caller-owned storage: one OutputValues per year (1 to
// kMaxYears of them), as the Monte Carlo engine does to avoid copies.
void simulateInto(const Calibration &calibration, const Policy &policy,
                  const SimulationOptions &options, std::span<OutputValues> years,
                  OutputValues &totals, OutputValues &discountedTotals);

// The totals alone, and the yearly series of `seriesOutputs` only (issue 20: callers keep
// what they read): series[(year − 1) · seriesOutputs.size() + k] is output k in that year,
// for options.years years (clamped to 1..kMaxYears). The year loop allocates nothing. The
// numbers are those of simulateInto, bit for bit.
void simulateTotals(const Calibration &calibration, const Policy &policy,
                    const SimulationOptions &options, OutputValues &totals,
                    OutputValues &discountedTotals, std::span<const Output> seriesOutputs = {},
                    std::span<double> series = {});

// Share of a release cohort reimprisoned within `years` of release (fractional years
// spread the year's hazard evenly over it) under a policy's hazards, both offence
// classes weighted by their status-quo releases.
double cohortReturnShare(const Calibration &calibration, const Policy &policy, double years);

// Share of prisoners visited at least monthly under a policy (the distance curve).
double visitedShare(const Calibration &calibration, const Policy &policy);

} // namespace leastbad::core
