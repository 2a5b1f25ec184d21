// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/region.h"

#include "core/parameters.h"

#include <cmath>
#include <cstdio>
#include <numeric>

namespace leastbad::core {

double RegionBaseline::totalPrisonPopulation() const {
    return std::accumulate(prisonPopulation.begin(), prisonPopulation.end(), 0.0);
}

namespace {

struct Check {
    const char *field;
    double value;
    double min;
    double max;
};

// The most of a count per resident a year. Assumptions, set 7 to 40 times above the
// highest rates in the shipped dataset (prisoners 0.0067 per resident in Mississippi,
// homicides 0.00024 and property crimes 0.044 in DC), so that only impossible data is refused.
struct RateRule {
    const char *field;
    double RegionBaseline::*member;
    double maxPerResident;
};
constexpr RateRule kRateRules[] = {
    {"homicides", &RegionBaseline::homicides, 0.01},
    {"property_crimes", &RegionBaseline::propertyCrimes, 1},
    {"felony_defendants_per_year", &RegionBaseline::felonyDefendantsPerYear, 0.5},
};
constexpr double kMaxViolentCrimesPerResident = 0.5;
// US: about 4 violent crimes per violent admission; counties from a Vera import set their own
// admissions beside population-scaled state crime, so the guard is loose.
constexpr double kMinCrimesPerAdmission = 0.25;
constexpr double kMaxPrisonersPerResident = 0.05;
// US: about 2.3; counties from a Vera import take population-scaled state defendants
// beside their own small admissions, so the guard is loose.
constexpr double kMaxDefendantsPerAdmission = 100;

std::string describeRange(double min, double max) {
    auto fmt = [](double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.')
            s.pop_back();
        return s;
    };
    return "expected a number from " + fmt(min) + " to " + fmt(max);
}

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", v);
    return text;
}

// Cross-field rules: each value may lie in its own range while the combination is
// impossible (more prisoners than residents) or drives the model off its domain.
void checkPlausibility(const RegionBaseline &r, std::vector<BaselineProblem> &problems) {
    const double prisoners = r.totalPrisonPopulation();
    const double violentCrimes = r.homicides + r.otherViolentCrimes;
    if (!(prisoners <= kMaxPrisonersPerResident * r.population))
        problems.push_back(
            {"prison_population", "expected at most " + number(kMaxPrisonersPerResident) +
                                      " people in prison per resident, found " + number(prisoners) +
                                      " in " + number(r.population)});
    for (const RateRule &rule : kRateRules) {
        const double value = r.*rule.member;
        if (value > rule.maxPerResident * r.population)
            problems.push_back({rule.field, "expected at most " + number(rule.maxPerResident) +
                                                " per resident, found " +
                                                number(value / r.population)});
    }
    if (violentCrimes > r.population * kMaxViolentCrimesPerResident)
        problems.push_back(
            {"violent_crimes", "expected at most " + number(kMaxViolentCrimesPerResident) +
                                   " per resident, found " + number(violentCrimes / r.population)});
    // The model turns changes in crimes into ratios to the status quo's crimes, and
    // admissions follow those ratios. Where a class records fewer crimes than it sends
    // people to prison, the prisoners' own effect on crime outweighs the base and the
    // stock oscillates without bound. The shipped dataset's regions record 3 to 200 crimes
    // per admission.
    std::array<double, 2> admissions{}; // P / L by offence class (Little's law)
    for (int g = 0; g < kGroupCount; ++g) {
        if (r.meanTimeServedYears[g] > 0)
            admissions[offenceClass(kAllGroups[g])] +=
                r.prisonPopulation[g] / r.meanTimeServedYears[g];
    }
    // Pretrial detention feeds prison admissions: defendants far beyond what the region
    // admits would let the pretrial lever move the prison stock by orders of magnitude.
    const double allAdmissions = admissions[0] + admissions[1];
    if (r.felonyDefendantsPerYear > kMaxDefendantsPerAdmission * allAdmissions)
        problems.push_back({"felony_defendants_per_year",
                            "expected at most " + number(kMaxDefendantsPerAdmission) +
                                " felony defendants a year per prison admission (" +
                                number(allAdmissions) + " a year), found " +
                                number(r.felonyDefendantsPerYear)});
    const std::pair<const char *, double> crimes[] = {{"property_crimes", r.propertyCrimes},
                                                      {"violent_crimes", violentCrimes}};
    for (int cls = 0; cls < 2; ++cls) {
        const auto &[field, count] = crimes[cls];
        if (count < kMinCrimesPerAdmission * admissions[cls])
            problems.push_back(
                {field, "expected at least " + number(kMinCrimesPerAdmission) +
                            " recorded crimes a year per prison admission for such an offence (" +
                            number(admissions[cls]) +
                            " a year from prison population / time "
                            "served), found " +
                            number(count)});
    }
}

} // namespace

std::vector<BaselineProblem> validate(const RegionBaseline &r) {
    constexpr double big = 1e12;
    const char *groupNames[] = {"first_nonviolent", "first_violent", "repeat_nonviolent",
                                "repeat_violent"};
    std::vector<Check> checks = {
        {"population", r.population, 1, big},
        {"reincarcerated_within_3y", r.reincarceratedWithin3Years, 0.01, 0.95},
        {"reincarcerated_within_5y", r.reincarceratedWithin5Years, 0.01, 0.99},
        {"homicides", r.homicides, 0, big},
        {"other_violent_crimes", r.otherViolentCrimes, 0, big},
        {"property_crimes", r.propertyCrimes, 0, big},
        {"police_per_100k", r.policePer100k, 1, 2000},
        {"clearance_rate_violent", r.clearanceRateViolent, 0.01, 1},
        {"clearance_rate_property", r.clearanceRateProperty, 0.01, 1},
        {"cost_per_prisoner_year_usd", r.costPerPrisonerYearUsd, 0, 1e6},
        {"cost_per_officer_year_usd", r.costPerOfficerYearUsd, 0, 1e7},
        {"capital_cost_per_bed_usd", r.capitalCostPerBedUsd, 0, 1e7},
        {"mean_facility_beds", r.meanFacilityBeds, 1, 20000},
        {"mean_distance_from_home_miles", r.meanDistanceFromHomeMiles, 0, 5000},
        {"visited_monthly_share", r.visitedMonthlyShare, 0, 1},
        {"remote_contact_hours_per_week", r.remoteContactHoursPerWeek, 0, 168},
        {"recreation_access", r.recreationAccess, 0, 1},
        {"commissary_spending_per_prisoner_year_usd", r.commissarySpendingPerPrisonerYearUsd, 0,
         1e5},
        {"commissary_price_ratio", r.commissaryPriceRatio, 1, 20},
        {"assaults_per_prisoner_year", r.assaultsPerPrisonerYear, 0, 10},
        {"sexual_victimizations_per_prisoner_year", r.sexualVictimizationsPerPrisonerYear, 0, 1},
        {"suicides_per_100k_prisoners", r.suicidesPer100kPrisoners, 0, 1000},
        {"felony_defendants_per_year", r.felonyDefendantsPerYear, 0, big},
        {"pretrial_detained_share", r.pretrialDetainedShare, 0, 1},
        {"mean_pretrial_detention_days", r.meanPretrialDetentionDays, 0, 3650},
        {"median_age_at_release", r.medianAgeAtRelease, 14, 90},
    };
    std::vector<BaselineProblem> problems;
    for (const Check &c : checks) {
        if (!std::isfinite(c.value) || c.value < c.min || c.value > c.max)
            problems.push_back({c.field, describeRange(c.min, c.max)});
    }
    for (int g = 0; g < kGroupCount; ++g) {
        const std::string name = groupNames[g];
        if (!std::isfinite(r.prisonPopulation[g]) || r.prisonPopulation[g] < 0 ||
            r.prisonPopulation[g] > big)
            problems.push_back({"prison_population_" + name, describeRange(0, big)});
        // Below one month the yearly step would hide the dynamics the levers act on.
        if (!std::isfinite(r.meanTimeServedYears[g]) || r.meanTimeServedYears[g] < 1.0 / 12 ||
            r.meanTimeServedYears[g] > 60)
            problems.push_back({"mean_time_served_years_" + name, describeRange(1.0 / 12, 60)});
    }
    for (const auto &[key, value] : r.parameterOverrides) {
        const ParameterSpec *spec = findParameter(key);
        if (!spec)
            problems.push_back({"parameter_override " + key, "unknown parameter"});
        else if (!overrideRange(*spec).contains(value))
            problems.push_back({"parameter_override " + key,
                                describeRange(overrideRange(*spec).min, overrideRange(*spec).max)});
    }
    // The facility size classes divide by the log of their ratio: they must stay apart.
    Parameters sizes;
    for (const auto &[key, value] : r.parameterOverrides) {
        if (const ParameterSpec *spec = findParameter(key))
            sizes.*spec->member = value;
    }
    if (!(sizes.smallFacilityBeds < sizes.largeFacilityBeds))
        problems.push_back({"parameter_override small_facility_beds",
                            "expected fewer beds than large_facility_beds"});
    if (!(r.totalPrisonPopulation() >= 1))
        problems.push_back({"prison_population", "expected at least one person in prison"});
    if (r.reincarceratedWithin5Years <= r.reincarceratedWithin3Years)
        problems.push_back(
            {"reincarcerated_within_5y", "expected a share larger than reincarcerated_within_3y"});
    // Rules across fields only mean something once each field is in its own range.
    if (problems.empty())
        checkPlausibility(r, problems);
    return problems;
}

} // namespace leastbad::core
