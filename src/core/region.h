// SPDX-License-Identifier: GPL-3.0-or-later
// The status quo of one region: what the model starts from and calibrates to.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace leastbad::core {

// Prisoners are split by history (first prison term or a repeat) and by the
// most serious offence (violent or not). Readmissions always enter a repeat group.
enum class Group { FirstNonViolent, FirstViolent, RepeatNonViolent, RepeatViolent };
inline constexpr int kGroupCount = 4;
inline constexpr std::array<Group, kGroupCount> kAllGroups = {
    Group::FirstNonViolent, Group::FirstViolent, Group::RepeatNonViolent, Group::RepeatViolent};

inline constexpr bool isViolent(Group g) {
    return g == Group::FirstViolent || g == Group::RepeatViolent;
}
inline constexpr bool isRepeat(Group g) {
    return g == Group::RepeatNonViolent || g == Group::RepeatViolent;
}
// Offence class 0 = non-violent, 1 = violent.
inline constexpr int offenceClass(Group g) {
    return isViolent(g) ? 1 : 0;
}
inline constexpr Group repeatGroupOfClass(int cls) {
    return cls == 1 ? Group::RepeatViolent : Group::RepeatNonViolent;
}

using PerGroup = std::array<double, kGroupCount>;

// All money in US dollars of `dollarYear`; rates per year unless named otherwise.
struct RegionBaseline {
    std::string code = "US";
    std::string name = "United States";
    int dataYear = 2022;
    int dollarYear = 2024;

    double population = 0;
    PerGroup prisonPopulation{};           // people in prison, by group
    PerGroup meanTimeServedYears{};        // mean length of stay of a new admission, by group
    double reincarceratedWithin3Years = 0; // share of a release cohort back in prison by 3 yrs
    double reincarceratedWithin5Years = 0; // same by 5 yrs

    // Crimes known to police per year (the basis of the police elasticities).
    double homicides = 0;
    double otherViolentCrimes = 0; // rape, robbery, aggravated assault
    double propertyCrimes = 0;

    double policePer100k = 0;        // sworn officers per 100,000 residents
    double clearanceRateViolent = 0; // share of violent crimes cleared
    double clearanceRateProperty = 0;

    double costPerPrisonerYearUsd = 0; // average taxpayer cost
    double costPerOfficerYearUsd = 0;  // fully loaded
    double capitalCostPerBedUsd = 0;   // new construction

    double meanFacilityBeds = 0;
    double meanDistanceFromHomeMiles = 0;
    double visitedMonthlyShare = 0;       // share visited at least once a month
    double remoteContactHoursPerWeek = 0; // phone, video, messaging
    double recreationAccess = 0;          // 0 = none, 1 = full (index, assumption)

    double commissarySpendingPerPrisonerYearUsd = 0;
    double commissaryPriceRatio = 1; // prison price / community price

    double assaultsPerPrisonerYear = 0; // physical assaults (>=1) per prisoner-year
    double sexualVictimizationsPerPrisonerYear = 0;
    double suicidesPer100kPrisoners = 0;

    double felonyDefendantsPerYear = 0;
    double pretrialDetainedShare = 0; // held until disposition
    double meanPretrialDetentionDays = 0;

    double medianAgeAtRelease = 0;

    // Model parameters this region sets for itself (key of parameterSpecs(), value).
    // calibrate() applies them over the given parameters, so they hold in every draw.
    std::vector<std::pair<std::string, double>> parameterOverrides;

    // Sum over groups.
    double totalPrisonPopulation() const;
    bool operator==(const RegionBaseline &) const = default;
};

// One problem found in a baseline: the field and what is wrong with it.
struct BaselineProblem {
    std::string field;
    std::string message;
};

// Checks that every value is finite and inside the range the model can use.
std::vector<BaselineProblem> validate(const RegionBaseline &region);

} // namespace leastbad::core
