// SPDX-License-Identifier: GPL-3.0-or-later
// A validation case as the model runs it: an intervention (levers and/or a one-off
// release) against the status quo on common draws, and the measure a study reported,
// computed from the model's outputs in the study's own unit. data/validationcase.*
// reads case files into this; docs/VALIDATION.md explains the rules.
#pragma once

#include "core/montecarlo.h"
#include "core/summary.h"

#include <atomic>
#include <optional>
#include <string_view>

namespace leastbad::core {

// How the study expressed its estimate.
enum class CaseMeasure {
    RelativeChange,        // Δ ÷ status quo
    Difference,            // Δ (e.g. probability points)
    Elasticity,            // (Δ ÷ status quo) ÷ (Δ base ÷ status-quo base)
    ChangePerPrisonerYear, // Δ ÷ Δ prisoner-years
    PerUnit                // Δ ÷ Δ units of the base (officer-years, people released, ...)
};

// The model quantity in the study's unit. Each converts the model's outputs the model's
// own way: arrests are reported crimes times the clearance rates, convictions are the
// prison admissions detention adds divided by the prison share of convictions.
enum class CaseQuantity {
    ReportedCrimes, // violent and property, known to police
    ReportedViolentCrimes,
    ReportedPropertyCrimes,
    Homicides,
    Victimizations,
    VictimCostsUsd, // the victims' ledger (cost-weighted crimes)
    Arrests,
    Reincarcerations,
    ReincarcerationProbability, // of a release cohort, within CaseRun::withinYears
    PrisonPopulation,           // end of year
    PrisonerYears,
    LifeYearsLost, // through incarceration
    ConvictionsFromDetention
};

// What an elasticity is taken with respect to, or what a per-unit measure divides by.
enum class CaseBase {
    None,
    PrisonerYears,
    PrisonPopulation,
    Lever,                 // the lever's own units (per-unit) or its relative change (elasticity)
    OfficerYears,          // police per 100,000 × population ÷ 100,000, per year of the window
    ReleasedPeople,        // by the one-off release
    DetainedDefendantYears // defendants held to disposition, per year of the window
};

struct CaseRun {
    Policy statusQuo;
    Policy policy;            // the status quo but for the intervention's levers
    PerGroup releasedShare{}; // one-off release at the start of year 1, by group
    int horizonYears = 1;
    int firstYear = 1; // the window the measure sums (stocks: averages) over
    int lastYear = 1;
    double withinYears = 1; // ReincarcerationProbability: years after release
    CaseMeasure measure = CaseMeasure::RelativeChange;
    CaseQuantity quantity = CaseQuantity::ReportedCrimes;
    CaseBase base = CaseBase::None;
    const LeverSpec *lever = nullptr; // with CaseBase::Lever
    double scale = 1; // the model's value times this is in the study's terms (e.g. 222/365)
};

// The model's prediction: its distribution over the draws where the measure is defined
// (a zero denominator leaves a draw out).
struct CaseResult {
    Quantiles value;
    MonteCarloError error; // Monte Carlo standard errors of `value`
    int definedDraws = 0;
};

// Which bases a measure takes: Elasticity, ChangePerPrisonerYear (its own) and PerUnit
// need one, RelativeChange and Difference none. A problem in words, or nothing.
std::optional<std::string_view> checkCaseRun(const CaseRun &run);

// Runs a checked case on every draw. std::nullopt when cancelled.
std::optional<CaseResult> runCase(const DrawSet &draws, const CaseRun &run, int threads = 0,
                                  const std::atomic<bool> *cancel = nullptr);

// Whether the model reproduces a published estimate (validation-cases.md, rule F): its
// 90% interval overlaps the published range (or contains a point estimate), and its
// median has the estimate's sign (an estimate of zero asks only the first).
struct PublishedEstimate {
    double value = 0;
    double low = 0; // equal to value for a point estimate
    double high = 0;
};
bool reproduces(const CaseResult &model, const PublishedEstimate &published);

} // namespace leastbad::core
