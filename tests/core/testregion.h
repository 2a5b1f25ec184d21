// SPDX-License-Identifier: GPL-3.0-or-later
// A small made-up region with round numbers, built directly for tests (the model
// needs no dataset). Not data about any real place.
#pragma once

#include "core/region.h"

namespace leastbad::test {

inline core::RegionBaseline roundNumberRegion() {
    core::RegionBaseline r;
    r.code = "TEST";
    r.name = "Test region";
    r.population = 10'000'000;
    r.prisonPopulation = {10'000, 10'000, 20'000, 20'000};
    r.meanTimeServedYears = {1, 4, 1, 4};
    r.reincarceratedWithin3Years = 0.5;
    r.reincarceratedWithin5Years = 0.55;
    r.homicides = 500;
    r.otherViolentCrimes = 30'000;
    r.propertyCrimes = 200'000;
    r.policePer100k = 200;
    r.clearanceRateViolent = 0.4;
    r.clearanceRateProperty = 0.15;
    r.costPerPrisonerYearUsd = 40'000;
    r.costPerOfficerYearUsd = 150'000;
    r.capitalCostPerBedUsd = 200'000;
    r.meanFacilityBeds = 1000;
    r.meanDistanceFromHomeMiles = 200;
    r.visitedMonthlyShare = 0.3;
    r.remoteContactHoursPerWeek = 1;
    r.recreationAccess = 0.3;
    r.commissarySpendingPerPrisonerYearUsd = 1000;
    r.commissaryPriceRatio = 1.25;
    r.assaultsPerPrisonerYear = 0.3;
    r.sexualVictimizationsPerPrisonerYear = 0.04;
    r.suicidesPer100kPrisoners = 20;
    r.felonyDefendantsPerYear = 50'000;
    r.pretrialDetainedShare = 0.4;
    r.meanPretrialDetentionDays = 60;
    r.medianAgeAtRelease = 34;
    return r;
}

} // namespace leastbad::test
