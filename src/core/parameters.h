// SPDX-License-Identifier: GPL-3.0-or-later
// Every causal link of the model as a named parameter with its central value, its
// uncertainty, units and source. parameterSpecs() is the one table: the model
// reads the Parameters struct, the docs test checks docs/MODEL.md against the table,
// and the Monte Carlo engine draws from the distributions it names.
#pragma once

#include <limits>
#include <span>
#include <string_view>

namespace leastbad::core {

// Money is in 2024 US dollars unless a parameter's name says otherwise.
struct Parameters {
    // Incapacitation: the marginal prisoner's offending falls as the incarceration
    // rate rises (lambda(IR) = lambda_ref · (IR / IR_ref)^−beta) and with age.
    double incapacitationAtReferenceRate = 14;
    double incapacitationReferenceRatePer100k = 103;
    double incapacitationDiminishingExponent = 1.3;
    double violentShareOfAvertedCrimes = 0.15;
    double offendingRatio25To34 = 0.7; // offending relative to ages 18-24
    double offendingRatio35To49 = 0.45;
    double offendingRatio50Plus = 0.2;
    double admissionShare18To24 = 0.2; // age at admission; 50+ takes the rest
    double admissionShare25To34 = 0.4;
    double admissionShare35To49 = 0.3;

    // Aftereffects and deterrence
    double aftereffectPerYearServed = 0.08;
    double severityElasticity = -0.05;
    double targetedDeterrenceElasticity = -0.12;
    double policeElasticityHomicide = -0.67;
    double policeElasticityViolent = -0.34;
    double policeElasticityProperty = -0.17;
    double clearanceElasticity = -0.2;
    double clearanceCostShareOfPoliceBudget = 0.15;
    double crimesPerAvoidedReincarceration = 3;

    // Recidivism
    double visitRecidivismHazardRatio = 0.95;
    double visitCurveSlope = 0.105;
    double remoteContactWeight = 0.3;
    double remoteContactFullHoursPerWeek = 7;
    double cashRecidivismRiskRatio = 0.90;
    double cashReferenceAmountUsd = 3030;
    double cashLumpSumEffectMonths = 6;

    // In-prison harms
    double misconductRiskRatioVisited = 0.80;
    double recreationMisconductRiskRatio = 0.95;
    double assaultRiskRatioLargeVsSmall = 1.2;
    double smallFacilityBeds = 300;
    double largeFacilityBeds = 1000;

    // Costs
    double operatingCostScaleElasticity = 0.1;
    double marginalCostShareShortRun = 0.20;
    double marginalCostShareLongRun = 0.75;
    double marginalCostAdjustmentYears = 3;
    double capitalBuildYears = 2;
    double rehousingNewBuildShare = 0.5;
    double commissaryStateShare = 0.5;
    double commissaryDemandElasticity = 0.5;
    double jailCostShareOfPrisonCost = 1.0;
    double costPerRemoteContactHourUsd = 4;
    double costPerVisitSupportPrisonerYearUsd = 400;
    double costFullRecreationPerPrisonerYearUsd = 300;
    double cashAdministrationShare = 0.10;

    // Pretrial detention
    double pretrialCrimesPerReleasedDefendant = 0.16;
    double pretrialRiskToolAuc = 0.65;
    double pretrialConvictionUplift = 0.13;
    double prisonShareOfConvictions = 0.4;
    double pretrialPostDispositionHazardRatio = 1.10;
    double pretrialPostDispositionYears = 2;

    // Uncertain baseline inputs, as multipliers of the region's value
    double baselineRepeatShareScale = 1;
    double baselineTimeServedScale = 1;
    double baselineFelonyDefendantsScale = 1;
    double baselineRemoteContactScale = 1;

    // Cost of crime (McCollister, French & Fang 2010, 2008 dollars) and reporting
    double cpi2008To2024 = 1.457;
    double costHomicide2008Usd = 8982907;
    double costOtherViolent2008Usd = 108120;
    double costProperty2008Usd = 4759;
    double victimTangibleShareHomicide = 0.06;
    double victimTangibleShareOtherViolent = 0.15;
    double victimTangibleShareProperty = 0.5;
    double reportingRateViolent = 0.42;
    double reportingRateProperty = 0.32;

    // Wellbeing and life expectancy
    double lifeYearsLostPerPrisonYear = 1.5;
    double lifeYearsRecoveryShare = 0.75;
    double lifeYearsLossDelayYears = 30;
    double lifeYearsLostPerHomicide = 42;
    double qalyPerNonFatalViolentVictimization = 0.42;
    double qalyPerPropertyVictimization = 0.0;
    double healthDecrementPerPrisonYear = 0.10;
    double libertyLossPerPrisonYear = 0.2;
    double qalyPerAssaultInPrison = 0.05;
    double qalyPerSexualVictimizationInPrison = 0.42;
    double childrenPerPrisoner = 1.12;
    double qalyLossPerChildYearParentImprisoned = 0.03;
};

// How a parameter's uncertainty is described. For Normal, LogNormal, Beta and Gamma,
// low/high are the 5th and 95th percentiles; for Uniform and Triangular they are the
// bounds (Triangular's mode is the central value). Fixed parameters are not drawn.
enum class Distribution { Fixed, Normal, LogNormal, Beta, Gamma, Uniform, Triangular };

// How well a value is grounded (the codes of ../shared/research/evidence.md):
// Seen = read in the source; SeenSecondary = read in a source quoting it;
// Judged = a prior derived from seen material (derivation in MODEL.md);
// Recalled = from memory of the source, not yet checked; Assumption = no source.
enum class Evidence { Seen, SeenSecondary, Judged, Recalled, Assumption };

// The mechanism a parameter belongs to: the value of information of a group (EVPPI,
// valueofinformation.h) asks what knowing all of a group's parameters at once is worth.
// The order is the order groups are listed in before they are ranked.
enum class ParameterGroupId {
    Incapacitation,
    Deterrence,
    AftereffectsAndReentry,
    InPrisonConditions,
    TaxpayerCosts,
    Pretrial,
    BaselineInputs,
    VictimCosts,
    LifeYears,
    Wellbeing,
};

struct ParameterGroupSpec {
    ParameterGroupId id;
    std::string_view key;   // snake_case, as in decision files
    std::string_view label; // as the decision report names it
};

// Every group, in the order of ParameterGroupId.
std::span<const ParameterGroupSpec> parameterGroupSpecs();
const ParameterGroupSpec &parameterGroupSpec(ParameterGroupId id);

struct ParameterSpec {
    std::string_view key;         // snake_case, as in files and MODEL.md
    std::string_view description; // one line
    std::string_view unit;
    double central;
    double low;  // 5th percentile (bound for Uniform, Triangular)
    double high; // 95th percentile (bound for Uniform, Triangular)
    Distribution distribution;
    Evidence evidence;
    std::string_view source; // author, year, title; or "assumption: why"
    double Parameters::*member;
    ParameterGroupId group;
    // Where a quantity is bounded (a sign, a share), draws are truncated to this range.
    double lowerBound = -std::numeric_limits<double>::infinity();
    double upperBound = std::numeric_limits<double>::infinity();
};

std::span<const ParameterSpec> parameterSpecs();
const ParameterSpec *findParameter(std::string_view key);

// The values a dataset may set a parameter to (a region's override): within its bounds;
// a log-normal or fixed quantity within a factor of ten beyond its 90% interval, keeping
// its sign; any other within ten interval widths (or ten times the central value) of it.
// A guard against absurd numbers (1e308 overflows the model), not a judgement of what is
// plausible.
struct ValueRange {
    double min;
    double max;
    bool contains(double v) const { return v >= min && v <= max; } // false for NaN
};
ValueRange overrideRange(const ParameterSpec &spec);
std::string_view evidenceLabel(Evidence e);
std::string_view distributionLabel(Distribution d);

} // namespace leastbad::core
