// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/regionfields.h"

#include <array>

namespace leastbad::data {

namespace {

using B = core::RegionBaseline;

constexpr std::array kFields = {
    RegionField{"clearance_rate_violent", &B::clearanceRateViolent},
    RegionField{"clearance_rate_property", &B::clearanceRateProperty},
    RegionField{"cost_per_prisoner_year_usd", &B::costPerPrisonerYearUsd},
    RegionField{"cost_per_officer_year_usd", &B::costPerOfficerYearUsd},
    RegionField{"capital_cost_per_bed_usd", &B::capitalCostPerBedUsd},
    RegionField{"mean_facility_beds", &B::meanFacilityBeds},
    RegionField{"mean_distance_from_home_miles", &B::meanDistanceFromHomeMiles},
    RegionField{"visited_monthly_share", &B::visitedMonthlyShare},
    RegionField{"remote_contact_hours_per_week", &B::remoteContactHoursPerWeek},
    RegionField{"recreation_access", &B::recreationAccess},
    RegionField{"commissary_spending_per_prisoner_year_usd",
                &B::commissarySpendingPerPrisonerYearUsd},
    RegionField{"commissary_price_ratio", &B::commissaryPriceRatio},
    RegionField{"assaults_per_prisoner_year", &B::assaultsPerPrisonerYear},
    RegionField{"sexual_victimizations_per_prisoner_year", &B::sexualVictimizationsPerPrisonerYear},
    RegionField{"suicides_per_100k_prisoners", &B::suicidesPer100kPrisoners},
    RegionField{"felony_defendants_per_year", &B::felonyDefendantsPerYear},
    RegionField{"pretrial_detained_share", &B::pretrialDetainedShare},
    RegionField{"mean_pretrial_detention_days", &B::meanPretrialDetentionDays},
    RegionField{"median_age_at_release", &B::medianAgeAtRelease},
};

} // namespace

std::span<const RegionField> regionFields() {
    return kFields;
}

const RegionField *findRegionField(std::string_view metric) {
    for (const RegionField &f : kFields)
        if (f.metric == metric)
            return &f;
    return nullptr;
}

} // namespace leastbad::data
