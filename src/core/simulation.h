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
#include <vector>

namespace leastbad::core {

inline constexpr int kMaxYears = 50;

struct SimulationOptions {
    int years = 20;             // 1..kMaxYears
    double discountRate = 0.03; // per year; year 1 is not discounted
};

// What the model derives from the region and the parameters before any policy: the
// stationary status quo. Status quo, A and B share one calibration, which is what
// makes their comparison cheap and exact.
struct Calibration {
    RegionBaseline region;
    Parameters parameters;

    PerGroup admissions0{};            // A0 = P0 / L0 (Little's law)
    PerGroup newAdmissions0{};         // A0 minus readmissions routed to the group
    std::array<double, 2> releases0{}; // by offence class (0 non-violent, 1 violent)
    std::array<std::array<double, kReleaseYearsTracked>, 2> atRisk0{}; // released, not returned
    std::array<std::array<double, kReleaseYearsTracked>, 2>
        hazard0{}; // by class and year since release
    std::array<double, 2> readmissions0{};
    RecidivismCurve curve; // as fitted, before any scaling of the susceptible share

    double visitedShare0 = 0;
    double contactIntensity0 = 0;
    double crimesViolentClass0 = 0; // homicides + other violent
    double victimizations0 = 0;
    double prisonerYears0 = 0;

    // Adjustments the calibration had to make, in words, for the user to see.
    std::vector<std::string> notes;
};

Calibration calibrate(const RegionBaseline &region, const Parameters &parameters);

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

// Share of prisoners visited at least monthly under a policy (the distance curve).
double visitedShare(const Calibration &calibration, const Policy &policy);

} // namespace leastbad::core
