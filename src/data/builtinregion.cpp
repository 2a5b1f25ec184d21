// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/builtinregion.h"

namespace leastbad::data {

namespace {

// CPI-U annual averages (BLS series CUUR0000SA0), used to bring dollars to 2024:
// 2010 218.056, 2017 245.120, 2020 258.811, 2023 304.702, 2024 313.689.
constexpr double kCpi2010To2024 = 313.689 / 218.056;
constexpr double kCpi2017To2024 = 313.689 / 245.120;
constexpr double kCpi2020To2024 = 313.689 / 258.811;
constexpr double kCpi2023To2024 = 313.689 / 304.702;

// Stock split (see provenance): 63% of sentenced state prisoners are held for a
// violent offence; the share with a prior prison term is an assumption.
constexpr double kViolentShare = 0.63;
constexpr double kRepeatShare = 0.65;

} // namespace

RegionRecord builtinUnitedStates() {
    RegionRecord rec;
    core::RegionBaseline &r = rec.baseline;
    r.code = "US";
    r.name = "United States";
    r.dataYear = 2022;
    r.dollarYear = 2024;

    r.population = 333'200'000;
    const double prisoners = 1'230'100;
    const double violent = prisoners * kViolentShare;
    const double nonViolent = prisoners - violent;
    r.prisonPopulation = {nonViolent * (1 - kRepeatShare), violent * (1 - kRepeatShare),
                          nonViolent * kRepeatShare, violent * kRepeatShare};
    r.meanTimeServedYears = {1.7, 4.5, 1.7, 4.5};
    r.reincarceratedWithin3Years = 0.497;
    r.reincarceratedWithin5Years = 0.551;

    r.homicides = 16'425;
    r.otherViolentCrimes = 1'203'808 - 16'425;
    r.propertyCrimes = 6'925'677;

    r.policePer100k = 217;
    r.clearanceRateViolent = 0.455;
    r.clearanceRateProperty = 0.172;

    r.costPerPrisonerYearUsd = 31'286 * kCpi2010To2024;
    r.costPerOfficerYearUsd = 169'000 * kCpi2020To2024;
    r.capitalCostPerBedUsd = 200'000 * kCpi2023To2024;

    r.meanFacilityBeds = 1050;
    r.meanDistanceFromHomeMiles = 265;
    r.visitedMonthlyShare = 0.31;
    r.remoteContactHoursPerWeek = 1.0;
    r.recreationAccess = 0.3;

    r.commissarySpendingPerPrisonerYearUsd = 947 * kCpi2017To2024;
    r.commissaryPriceRatio = 1.3;

    r.assaultsPerPrisonerYear = 0.30;
    r.sexualVictimizationsPerPrisonerYear = 0.04;
    r.suicidesPer100kPrisoners = 27;

    r.felonyDefendantsPerYear = 1'094'000;
    r.pretrialDetainedShare = 0.38;
    r.meanPretrialDetentionDays = 90;
    r.medianAgeAtRelease = 34;

    rec.provenance = {
        {"population", "333.2 million", "people", 2022,
         "US Census Bureau, Vintage 2022 population estimates (via AP)", "seen (secondary)"},
        {"prison_population", "1,230,100", "people", 2022,
         "Carson & Kluckow 2023, Prisoners in 2022 - Statistical Tables (BJS, NCJ 307149)", "seen"},
        {"prison_population (violent share)", "63%", "share of sentenced state prisoners", 2021,
         "Carson & Kluckow 2023, Prisoners in 2022 - Statistical Tables, tables 16-17",
         "seen (secondary)"},
        {"prison_population (repeat share)", "65%", "share with a prior prison term", 2016,
         "assumption: BJS Survey of Prison Inmates 2016 reports on average several prior "
         "incarcerations (Profile of Prison Inmates, 2016); the first-time share was not found",
         "assumption"},
        {"mean_time_served_years (non-violent)", "1.7", "years", 2018,
         "Kaeble 2021, Time Served in State Prison, 2018 (BJS): recalled for property and drug "
         "offences (all offences: 2.7 years, seen)",
         "recalled"},
        {"mean_time_served_years (violent)", "4.5", "years", 2018,
         "Kaeble 2021, Time Served in State Prison, 2018 (BJS): recalled for violent offences",
         "recalled"},
        {"reincarcerated_within_3y", "49.7%", "share of releases", 2005,
         "Durose, Cooper & Snyder 2014, Recidivism of Prisoners Released in 30 States in 2005 "
         "(BJS, NCJ 244205)",
         "seen"},
        {"reincarcerated_within_5y", "55.1%", "share of releases", 2005,
         "Durose, Cooper & Snyder 2014 (BJS, NCJ 244205)", "seen"},
        {"homicides", "16,425", "offences", 2019, "FBI, Crime in the United States, 2019",
         "seen (secondary)"},
        {"other_violent_crimes", "1,203,808 violent minus 16,425 murders", "offences", 2019,
         "FBI, Crime in the United States, 2019", "seen (secondary)"},
        {"property_crimes", "6,925,677", "offences", 2019, "FBI, Crime in the United States, 2019",
         "seen (secondary)"},
        {"police_per_100k", "2.17 per 1,000", "sworn officers", 2016,
         "Hyland 2018, Full-Time Employees in Law Enforcement Agencies, 1997-2016 (BJS, NCJ "
         "251762)",
         "seen"},
        {"clearance_rate_violent", "45.5%", "share cleared", 2019,
         "FBI, Crime in the United States, 2019 (via DrugPolicyFacts)", "seen (secondary)"},
        {"clearance_rate_property", "17.2%", "share cleared", 2019,
         "FBI, Crime in the United States, 2019 (via DrugPolicyFacts)", "seen (secondary)"},
        {"cost_per_prisoner_year_usd", "$31,286 (2010 dollars)", "USD per prisoner-year", 2010,
         "Henrichson & Delaney 2012, The Price of Prisons (Vera Institute of Justice); CPI-U to "
         "2024",
         "seen"},
        {"cost_per_officer_year_usd", "$169,000 (2020 dollars)", "USD per officer-year", 2020,
         "judged: $80bn local police budgets / 473,000 sworn officers, Goodison 2022, Local "
         "Police Departments Personnel, 2020 (BJS); CPI-U to 2024",
         "judged"},
        {"capital_cost_per_bed_usd", "$200,000 (2023 dollars)", "USD per bed", 2023,
         "judged between Nebraska 2020 vendor estimates ($93k-$251k) and Alabama 2023 "
         "($1.082bn for 4,000 beds); CPI-U to 2024",
         "judged"},
        {"mean_facility_beds", "1,050", "prisoners per state confinement facility", 2019,
         "judged from Census of State and Federal Adult Correctional Facilities, 2019 (BJS)",
         "judged"},
        {"mean_distance_from_home_miles", "265", "miles", 2004,
         "judged: mean of bin midpoints, Rabuy & Kopf 2015, Separation by Bars and Miles (PPI)",
         "judged"},
        {"visited_monthly_share", "31%", "share visited in the past month", 2004,
         "Rabuy & Kopf 2015, Separation by Bars and Miles (PPI; BJS 2004 inmate survey)", "seen"},
        {"remote_contact_hours_per_week", "1.0", "hours per week", 2024,
         "assumption (70% had a phone call in the past week, Rabuy & Kopf 2015)", "assumption"},
        {"recreation_access", "0.3", "index 0-1", 2024, "assumption", "assumption"},
        {"commissary_spending_per_prisoner_year_usd", "$947 (c. 2017 dollars)",
         "USD per prisoner-year", 2017,
         "Raher 2018, The Company Store (Prison Policy Initiative); CPI-U to 2024", "seen"},
        {"commissary_price_ratio", "1.3", "prison / community price", 2018,
         "judged: Raher 2018 (comparable prices) to The Appeal (up to 5x)", "judged"},
        {"assaults_per_prisoner_year", "0.30", "probability of >=1 physical assault", 2007,
         "judged from Wolff et al. 2007 (205 per 1,000 per 6 months)", "judged"},
        {"sexual_victimizations_per_prisoner_year", "4.0%", "share victimised in 12 months", 2012,
         "Beck et al. 2013, Sexual Victimization in Prisons and Jails Reported by Inmates, "
         "2011-12 (BJS, NCJ 241399)",
         "seen"},
        {"suicides_per_100k_prisoners", "27", "per 100,000", 2019,
         "BJS 2021, Suicide in Local Jails and State and Federal Prisons, 2000-2019 (recalled; "
         "2002: 14, seen)",
         "recalled"},
        {"felony_defendants_per_year", "1,094,000", "defendants", 2021,
         "assumption: 297,600 new court commitments (Carson 2022, Prisoners in 2021) / (0.4 "
         "prison share x 0.68 conviction rate, both assumed)",
         "assumption"},
        {"pretrial_detained_share", "38%", "share held to disposition", 2009,
         "BJS State Court Processing Statistics, felony defendants in large urban counties, 2009 "
         "(recalled)",
         "recalled"},
        {"mean_pretrial_detention_days", "90", "days", 2024,
         "assumption (all jail stays average 32 days, Zeng 2023, Jail Inmates in 2022)",
         "assumption"},
        {"median_age_at_release", "34", "years", 2016,
         "judged: stock median 36 (Carson & Sabol 2016, Aging of the State Prison Population); "
         "released people are younger",
         "judged"},
    };
    return rec;
}

} // namespace leastbad::data
