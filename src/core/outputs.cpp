// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outputs.h"

namespace leastbad::core {

namespace {

using O = Output;

constexpr std::array<OutputSpec, kOutputCount> kSpecs = {{
    {O::PrisonPopulation, "prison_population", "Prison population (end of year)", "people", true,
     0},
    {O::Admissions, "admissions", "Prison admissions", "people/year", false, 0},
    {O::Releases, "releases", "Releases", "people/year", false, 0},
    {O::NewAdmissions, "new_admissions", "New admissions (not readmissions)", "people/year", false,
     0},
    {O::Readmissions, "readmissions", "Readmissions within 10 years of release", "people/year",
     false, 0},
    {O::CrimesViolent, "crimes_violent", "Violent crimes known to police (incl. homicide)",
     "crimes/year", false, -1},
    {O::CrimesProperty, "crimes_property", "Property crimes known to police", "crimes/year", false,
     -1},
    {O::Homicides, "homicides", "Homicides", "deaths/year", false, -1},
    {O::Victimizations, "victimizations", "Victimisations (reported and unreported)",
     "victimisations/year", false, -1},
    {O::VictimizationsAverted, "victimizations_averted", "Victimisations averted vs status quo",
     "victimisations/year", false, +1},
    {O::PrisonerYears, "prisoner_years", "Prisoner-years served", "person-years", false, -1},
    {O::PretrialJailYears, "pretrial_jail_years", "Pretrial jail-years (felony defendants held)",
     "person-years", false, 0},
    {O::AssaultsInPrison, "assaults_in_prison", "Prisoners assaulted (at least once in the year)",
     "people/year", false, -1},
    {O::SexualVictimizations, "sexual_victimizations", "Sexual victimisations in prison",
     "victimisations/year", false, -1},
    {O::SuicidesInPrison, "suicides_in_prison", "Suicides in prison", "deaths/year", false, -1},
    {O::LifeYearsLostIncarceration, "life_years_lost_incarceration",
     "Life expectancy lost by incarcerated people", "life-years", false, -1},
    {O::LifeYearsSavedHomicide, "life_years_saved_homicide",
     "Life-years saved by homicides averted", "life-years", false, +1},
    {O::WellbeingYearsLostVictims, "wellbeing_years_lost_victims",
     "Wellbeing-years lost by victims", "QALY", false, -1},
    {O::WellbeingYearsLostIncarcerated, "wellbeing_years_lost_incarcerated",
     "Wellbeing-years lost by incarcerated people", "QALY", false, -1},
    {O::WellbeingYearsLostFamilies, "wellbeing_years_lost_families",
     "Wellbeing-years lost by prisoners' children", "QALY", false, -1},
    {O::WellbeingYearsLost, "wellbeing_years_lost", "Wellbeing-years lost, all", "QALY", false, -1},
    {O::CostCorrectionsUsd, "cost_corrections_usd", "Corrections operating cost", "USD 2024", false,
     0},
    {O::CostCapitalUsd, "cost_capital_usd", "Capital cost of new and re-housing capacity",
     "USD 2024", false, 0},
    {O::CostPoliceUsd, "cost_police_usd", "Police cost", "USD 2024", false, 0},
    {O::CostTransfersUsd, "cost_transfers_usd", "Cash transfers at release paid", "USD 2024", false,
     0},
    {O::CostPretrialJailUsd, "cost_pretrial_jail_usd", "Pretrial detention cost", "USD 2024", false,
     0},
    {O::CostProgrammesUsd, "cost_programmes_usd",
     "Contact, visits, recreation and cash administration", "USD 2024", false, 0},
    {O::RevenueCommissaryUsd, "revenue_commissary_usd", "Commissary commissions to the state",
     "USD 2024", false, 0},
    {O::RevenueVendorsUsd, "revenue_vendors_usd", "Commissary markup kept by vendors", "USD 2024",
     false, 0},
    {O::CostTaxpayersUsd, "cost_taxpayers_usd", "Taxpayers: net cost", "USD 2024", false, -1},
    {O::CostVictimsUsd, "cost_victims_usd", "Victims: tangible cost of crime", "USD 2024", false,
     -1},
    {O::CostCommissaryOverpaymentUsd, "cost_commissary_overpayment_usd",
     "Commissary markup paid by prisoners and families", "USD 2024", false, -1},
    {O::TransfersReceivedUsd, "transfers_received_usd", "Cash transfers received", "USD 2024",
     false, 0},
    {O::CostIncarceratedFamiliesUsd, "cost_incarcerated_families_usd",
     "Incarcerated people and families: net cost", "USD 2024", false, -1},
    {O::CostTotalUsd, "cost_total_usd", "All ledgers: net cost", "USD 2024", false, -1},
}};

// The table is indexed by the enum: keep them in the same order.
constexpr bool tableMatchesEnum() {
    for (int i = 0; i < kOutputCount; ++i) {
        if (static_cast<int>(kSpecs[i].output) != i)
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "outputSpecs() must list outputs in enum order");

} // namespace

std::span<const OutputSpec> outputSpecs() {
    return kSpecs;
}

const OutputSpec &outputSpec(Output o) {
    return kSpecs[static_cast<int>(o)];
}

} // namespace leastbad::core
