// SPDX-License-Identifier: GPL-3.0-or-later
// The yearly outcomes of a simulation. Every output is one slot of a fixed array so
// that totals, differences, CSV columns and (later) Monte Carlo summaries treat all
// of them alike; outputSpecs() names them.
#pragma once

#include <array>
#include <span>
#include <string_view>

namespace leastbad::core {

enum class Output {
    PrisonPopulation, // end of year
    Admissions,
    Releases,
    NewAdmissions,
    Readmissions,
    CrimesViolent, // reported; homicides included
    CrimesProperty,
    Homicides,
    Victimizations, // reported crimes / reporting rate
    VictimizationsAverted,
    PrisonerYears,
    PretrialJailYears, // felony defendants held to disposition
    AssaultsInPrison,
    SexualVictimizations,
    SuicidesInPrison,
    LifeYearsLostIncarceration,
    LifeYearsSavedHomicide,
    WellbeingYearsLostVictims,
    WellbeingYearsLostIncarcerated,
    WellbeingYearsLostFamilies,
    WellbeingYearsLost,
    CostCorrectionsUsd,
    CostCapitalUsd,
    CostPoliceUsd,
    CostTransfersUsd,
    CostPretrialJailUsd,
    CostProgrammesUsd, // contact, visits, recreation, administration of cash
    RevenueCommissaryUsd,
    RevenueVendorsUsd, // commissary markup kept by vendors: a transfer, not a loss
    CostTaxpayersUsd,
    CostVictimsUsd,
    CostCommissaryOverpaymentUsd,
    TransfersReceivedUsd,
    CostIncarceratedFamiliesUsd,
    CostTotalUsd,
    Count
};

inline constexpr int kOutputCount = static_cast<int>(Output::Count);

using OutputValues = std::array<double, kOutputCount>;

inline double &at(OutputValues &values, Output o) {
    return values[static_cast<int>(o)];
}
inline double at(const OutputValues &values, Output o) {
    return values[static_cast<int>(o)];
}

struct OutputSpec {
    Output output;
    std::string_view key; // CSV column name
    std::string_view label;
    std::string_view unit;
    bool isStock; // a level at the end of the year: its sum over years is not a total
    int better;   // -1: lower is better, +1: higher is better, 0: neither (a flow or level)
};

std::span<const OutputSpec> outputSpecs();
const OutputSpec &outputSpec(Output o);

} // namespace leastbad::core
