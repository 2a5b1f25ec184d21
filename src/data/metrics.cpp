// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/metrics.h"

#include <array>
#include <utility>

namespace leastbad::data {

namespace {

constexpr double kBig = 1e12;

constexpr std::array kMetrics = {
    MetricDefinition{"population", "people", "Resident population", "population", 1, kBig, true,
                     false, false},
    MetricDefinition{"prison_population", "people", "People in prison (jurisdiction count)",
                     "prison population", 1, 1e8, false, true, false},
    MetricDefinition{"violent_share_of_prisoners", "fraction",
                     "Share of prisoners held for a violent offence", "prison population by group",
                     0, 1, false, false, false},
    MetricDefinition{"repeat_share_of_prisoners", "fraction",
                     "Share of prisoners with a prior prison term", "prison population by group", 0,
                     1, false, false, false},
    MetricDefinition{"prison_admissions", "people/year", "Admissions to prison",
                     "time served (derived when not published)", 1, 1e8, false, true, false},
    MetricDefinition{"mean_time_served_years_nonviolent", "years",
                     "Mean time served, non-violent offences", "time served", 1.0 / 12, 60, false,
                     false, false},
    MetricDefinition{"mean_time_served_years_violent", "years",
                     "Mean time served, violent offences", "time served", 1.0 / 12, 60, false,
                     false, false},
    MetricDefinition{"reincarcerated_within_3y", "fraction",
                     "Share of a release cohort back in prison within 3 years", "recidivism curve",
                     0.01, 0.95, false, false, false},
    MetricDefinition{"reincarcerated_within_5y", "fraction",
                     "Share of a release cohort back in prison within 5 years", "recidivism curve",
                     0.01, 0.99, false, false, false},
    MetricDefinition{"homicides", "offences/year", "Murder and non-negligent manslaughter",
                     "homicides", 0, 1e8, false, true, false},
    MetricDefinition{"violent_crimes", "offences/year",
                     "Police-recorded violent crimes, homicide included",
                     "other violent crimes (minus homicides)", 0, 1e9, false, true, false},
    MetricDefinition{"property_crimes", "offences/year", "Police-recorded property crimes",
                     "property crimes", 0, 1e10, false, true, false},
    MetricDefinition{"police_officers", "people", "Sworn police officers",
                     "police per 100,000 (derived when no rate is published)", 0, 1e8, false, true,
                     false},
    MetricDefinition{"police_per_100k", "per 100,000 residents",
                     "Sworn police officers per 100,000 residents", "police per 100,000", 1, 2000,
                     false, false, false},
    MetricDefinition{"clearance_rate_violent", "fraction", "Share of violent crimes cleared",
                     "clearance rate", 0.01, 1, false, false, false},
    MetricDefinition{"clearance_rate_property", "fraction", "Share of property crimes cleared",
                     "clearance rate (shown only)", 0.01, 1, false, false, false},
    MetricDefinition{"cost_per_prisoner_year_usd", "USD", "Taxpayer cost per prisoner-year",
                     "corrections cost", 1, 1e6, false, false, true},
    MetricDefinition{"cost_per_officer_year_usd", "USD",
                     "Cost per sworn officer-year, fully loaded", "police cost", 1, 1e7, false,
                     false, true},
    MetricDefinition{"capital_cost_per_bed_usd", "USD", "Construction cost per prison bed",
                     "capital cost", 1, 1e7, false, false, true},
    MetricDefinition{"mean_facility_beds", "beds", "Mean size of a prison facility",
                     "facility size", 1, 20000, false, false, false},
    MetricDefinition{"mean_distance_from_home_miles", "miles", "Mean distance from prison to home",
                     "distance from home", 0, 5000, false, false, false},
    MetricDefinition{"visited_monthly_share", "fraction",
                     "Share of prisoners visited at least monthly", "visits", 0, 1, false, false,
                     false},
    MetricDefinition{"remote_contact_hours_per_week", "hours/week",
                     "Phone, video and messaging contact", "contact", 0, 168, false, false, false},
    MetricDefinition{"recreation_access", "index", "Recreation access, 0 none to 1 full",
                     "recreation", 0, 1, false, false, false},
    MetricDefinition{"commissary_spending_per_prisoner_year_usd", "USD",
                     "Commissary spending per prisoner-year", "commissary", 0, 1e5, false, false,
                     true},
    MetricDefinition{"commissary_price_ratio", "ratio",
                     "Commissary price relative to community prices", "commissary", 1, 20, false,
                     false, false},
    MetricDefinition{"assaults_per_prisoner_year", "per prisoner-year",
                     "Prisoners assaulted (at least once a year)", "assaults in prison", 0, 10,
                     false, false, false},
    MetricDefinition{"sexual_victimizations_per_prisoner_year", "per prisoner-year",
                     "Share of prisoners sexually victimised in a year", "sexual victimisation", 0,
                     1, false, false, false},
    MetricDefinition{"suicides_per_100k_prisoners", "per 100,000 prisoners", "Suicides in prison",
                     "suicides", 0, 1000, false, false, false},
    MetricDefinition{"felony_defendants_per_year", "people/year",
                     "Felony defendants charged per year", "pretrial detention", 0, 1e9, false,
                     true, false},
    MetricDefinition{"pretrial_detained_share", "fraction",
                     "Share of felony defendants held until disposition", "pretrial detention", 0,
                     1, false, false, false},
    MetricDefinition{"mean_pretrial_detention_days", "days", "Mean days held before disposition",
                     "pretrial detention", 0, 3650, false, false, false},
    MetricDefinition{"median_age_at_release", "years", "Median age at release from prison",
                     "incapacitation by age", 14, 90, false, false, false},
    // Published figures the model does not use yet: shown by dataset show and history, and
    // the observed history on the over-time chart. Admissions by type add up to
    // prison_admissions when that total is not published.
    MetricDefinition{
        "prison_admissions_new_court", "people/year", "Prison admissions on a new court commitment",
        "shown (prison admissions when no total is published)", 0, 1e8, false, true, false},
    MetricDefinition{"prison_admissions_violations", "people/year",
                     "Prison admissions for a parole or probation violation",
                     "shown (prison admissions when no total is published)", 0, 1e8, false, true,
                     false},
    MetricDefinition{"prison_releases", "people/year", "Releases from prison", "shown", 0, 1e8,
                     false, true, false},
    MetricDefinition{"jail_population", "people", "People in local jails", "shown", 0, 1e8, false,
                     true, false},
    MetricDefinition{"jail_pretrial_population", "people",
                     "People held in local jails before trial (unsentenced)", "shown", 0, 1e8,
                     false, true, false},
    MetricDefinition{"unified_prison_jail_system", "index",
                     "1: one combined prison-and-jail system run by the state, 0: separate "
                     "local jails",
                     "shown (said in dataset show and the Details dialog)", 0, 1, false, false,
                     false, true},
    MetricDefinition{"population_15to64", "people", "Resident population aged 15 to 64",
                     "shown (a county's share of its state's residents, in a Vera import)", 0, kBig,
                     false, true, false},
};

// BLS CPI-U, U.S. city average, all items, not seasonally adjusted, annual averages
// (series CUUR0000SA0; 1982-84 = 100). Each is the mean of the year's twelve monthly
// indexes as BLS publishes them, read in copies of FRED series CPIAUCNS (the same BLS
// index): GitHub open-datahub/fred commit e5743f50, CPIAUCNS.csv (2004-2023 Nov) and
// HoaVLy04/Inflation-and-Interest-Rates-A-Time-Series-Exploration-of-U.S.-Monetary-Policy
// commit 39150a6c, CPIAUCNS.csv (Dec 2023-2024). 2004-2007 are published to one decimal
// (2004 188.9, 2005 195.3; BLS monthly table also seen in the archived bls.gov/ro3/fax_9130.htm);
// December 2024 (315.605) agrees with the Idaho Department of Labor's CPI page.
constexpr std::array<std::pair<int, double>, 21> kCpiU = {{
    {2004, 188.9},   {2005, 195.3},   {2006, 201.6},   {2007, 207.342}, {2008, 215.303},
    {2009, 214.537}, {2010, 218.056}, {2011, 224.939}, {2012, 229.594}, {2013, 232.957},
    {2014, 236.736}, {2015, 237.017}, {2016, 240.007}, {2017, 245.120}, {2018, 251.107},
    {2019, 255.657}, {2020, 258.811}, {2021, 270.970}, {2022, 292.655}, {2023, 304.702},
    {2024, 313.689},
}};

} // namespace

std::span<const MetricDefinition> metricDefinitions() {
    return kMetrics;
}

const MetricDefinition *findMetric(std::string_view key) {
    for (const MetricDefinition &m : kMetrics) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

std::optional<double> cpiU(int year) {
    for (const auto &[y, value] : kCpiU) {
        if (y == year)
            return value;
    }
    return std::nullopt;
}

} // namespace leastbad::data
