// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy.h"

#include <algorithm>
#include <array>

namespace leastbad::core {

namespace {

using P = Policy;
using R = RegionBaseline;
using T = LeverTransfer;
using G = LeverGroup;

constexpr std::array kLevers = {
    LeverSpec{"facility_beds", "Facility size", "beds", 25, 5000, 25,
              "Assaults: large vs small facilities (judged RR 1.2, 0.8-1.8); operating cost per "
              "bed (assumption)",
              &P::facilityBeds, -1,
              "assault_risk_ratio_large_vs_small,small_facility_beds,large_facility_beds,operating_"
              "cost_scale_elasticity",
              &R::meanFacilityBeds, "mean_facility_beds", 0, T::AsIs, G::Capacity},
    LeverSpec{"distance_from_home_miles", "Distance from home", "miles", 10, 1000, 5,
              "Share visited monthly falls with ln(distance) (Rabuy & Kopf 2015); visits lower "
              "recidivism and misconduct",
              &P::distanceFromHomeMiles, -1,
              "visit_curve_slope,visit_recidivism_hazard_ratio,misconduct_risk_ratio_visited",
              &R::meanDistanceFromHomeMiles, "mean_distance_from_home_miles", 0, T::AsIs,
              G::Conditions},
    LeverSpec{
        "release_cash_usd",
        "Cash at release",
        "USD",
        0,
        10000,
        50,
        "Reincarceration hazard in the months covered (LIFE, TARP, Returning Citizens Stimulus; "
        "judged RR 0.90 at $2,500)",
        &P::releaseCashUsd,
        -1,
        "cash_recidivism_risk_ratio,cash_reference_amount_usd,cash_lump_sum_effect_months,crimes_"
        "per_avoided_reincarceration",
        nullptr,
        {},
        0,
        T::AsIs,
        G::Reentry},
    LeverSpec{"release_cash_months",
              "Cash paid over",
              "months (0 = lump sum)",
              0,
              12,
              1,
              "Longer payment covers more of the first year (assumption)",
              &P::releaseCashMonths,
              -1,
              "cash_lump_sum_effect_months",
              nullptr,
              {},
              0,
              T::AsIs,
              G::Reentry},
    LeverSpec{
        "sentence_multiplier_first_nonviolent",
        "Time served: first term, non-violent",
        "x status quo",
        0.25,
        3,
        0.05,
        "Incapacitation falling with the incarceration rate and age, aftereffects of prison, small "
        "general and targeted deterrence; applies to new admissions unless retroactive",
        nullptr,
        0,
        "incapacitation_at_reference_rate,incapacitation_diminishing_exponent,offending_ratio_"
        "35_49,aftereffect_per_year_served,severity_elasticity,targeted_deterrence_"
        "elasticity,life_years_lost_per_prison_year",
        nullptr,
        {},
        1,
        T::AsIs,
        G::Sentencing},
    LeverSpec{
        "sentence_multiplier_first_violent",
        "Time served: first term, violent",
        "x status quo",
        0.25,
        3,
        0.05,
        "Incapacitation falling with the incarceration rate and age, aftereffects of prison, small "
        "general and targeted deterrence; applies to new admissions unless retroactive",
        nullptr,
        1,
        "incapacitation_at_reference_rate,incapacitation_diminishing_exponent,offending_ratio_"
        "35_49,aftereffect_per_year_served,severity_elasticity,targeted_deterrence_"
        "elasticity,life_years_lost_per_prison_year",
        nullptr,
        {},
        1,
        T::AsIs,
        G::Sentencing},
    LeverSpec{
        "sentence_multiplier_repeat_nonviolent",
        "Time served: repeat, non-violent",
        "x status quo",
        0.25,
        3,
        0.05,
        "Incapacitation falling with the incarceration rate and age, aftereffects of prison, small "
        "general and targeted deterrence; applies to new admissions unless retroactive",
        nullptr,
        2,
        "incapacitation_at_reference_rate,incapacitation_diminishing_exponent,offending_ratio_"
        "35_49,aftereffect_per_year_served,severity_elasticity,targeted_deterrence_"
        "elasticity,life_years_lost_per_prison_year",
        nullptr,
        {},
        1,
        T::AsIs,
        G::Sentencing},
    LeverSpec{
        "sentence_multiplier_repeat_violent",
        "Time served: repeat, violent",
        "x status quo",
        0.25,
        3,
        0.05,
        "Incapacitation falling with the incarceration rate and age, aftereffects of prison, small "
        "general and targeted deterrence; applies to new admissions unless retroactive",
        nullptr,
        3,
        "incapacitation_at_reference_rate,incapacitation_diminishing_exponent,offending_ratio_"
        "35_49,aftereffect_per_year_served,severity_elasticity,targeted_deterrence_"
        "elasticity,life_years_lost_per_prison_year",
        nullptr,
        {},
        1,
        T::AsIs,
        G::Sentencing},
    LeverSpec{"commissary_price_ratio", "Commissary prices", "x community price", 1, 5, 0.05,
              "Families' overpayment (Raher 2018, PPI), a transfer to vendors and the state; only "
              "its deadweight part is a social cost",
              &P::commissaryPriceRatio, -1, "commissary_state_share", &R::commissaryPriceRatio,
              "commissary_price_ratio", 1, T::AsIs, G::Conditions},
    LeverSpec{"visit_support",
              "In-person visit support",
              "x share visited",
              0.5,
              2,
              0.05,
              "Scales the share visited (assumption), at a cost per prisoner-year; visits: judged "
              "HR 0.95 on recidivism",
              &P::visitSupport,
              -1,
              "visit_recidivism_hazard_ratio,misconduct_risk_ratio_visited",
              nullptr,
              {},
              1,
              T::AsIs,
              G::Conditions},
    LeverSpec{"remote_contact_hours_per_week", "Phone, video and internet contact", "hours/week", 0,
              28, 0.5,
              "Judged at 0.3 of the in-person visit effect (no causal evidence); costed per hour "
              "provided",
              &P::remoteContactHoursPerWeek, -1,
              "remote_contact_weight,remote_contact_full_hours_per_week,visit_recidivism_hazard_"
              "ratio,misconduct_risk_ratio_visited",
              &R::remoteContactHoursPerWeek, "remote_contact_hours_per_week", 0, T::AsIs,
              G::Conditions},
    LeverSpec{"recreation_access", "Recreation access (consoles, TV)", "0-1", 0, 1, 0.05,
              "No quantitative evidence: effect on assaults is an assumption (0.8-1.05); costed "
              "per prisoner-year",
              &P::recreationAccess, -1, "recreation_misconduct_risk_ratio", &R::recreationAccess,
              "recreation_access", 0, T::AsIs, G::Conditions},
    LeverSpec{"police_per_100k", "Police officers", "per 100,000 residents", 50, 800, 1,
              "Crime elasticities from Chalfin & McCrary 2018 (-0.67 murder, -0.34 violent, "
              "-0.17 property)",
              &P::policePer100k, -1,
              "police_elasticity_homicide,police_elasticity_violent,police_elasticity_property",
              &R::policePer100k, "police_per_100k", 0, T::RatioToStatusQuo, G::Policing},
    LeverSpec{
        "clearance_rate_violent", "Violent crimes solved", "share cleared", 0.05, 0.95, 0.01,
        "Certainty deterrence (assumed elasticity -0.2) and more convictions",
        &P::clearanceRateViolent, -1, "clearance_elasticity,clearance_cost_share_of_police_budget",
        &R::clearanceRateViolent, "clearance_rate_violent", 0, T::RatioToStatusQuo, G::Policing},
    LeverSpec{"pretrial_detained_share", "Pretrial detention", "share of felony defendants", 0,
              0.95, 0.01,
              "Pretrial crime averted vs conviction uplift (+13 pp, Leslie & Pope 2017) and later "
              "offending (judged HR 1.10)",
              &P::pretrialDetainedShare, -1,
              "pretrial_crimes_per_released_defendant,pretrial_conviction_uplift,prison_share_of_"
              "convictions,pretrial_post_disposition_hazard_ratio,pretrial_post_disposition_years,"
              "jail_cost_share_of_prison_cost",
              &R::pretrialDetainedShare, "pretrial_detained_share", 0, T::DifferenceFromStatusQuo,
              G::Pretrial},
    LeverSpec{"new_capacity_beds",
              "New capacity built",
              "beds",
              0,
              500000,
              100,
              "Capital cost per bed (judged $200,000 in 2023 dollars)",
              &P::newCapacityBeds,
              -1,
              "capital_build_years",
              nullptr,
              {},
              0,
              T::PerPrisoner,
              G::Capacity},
};

} // namespace

std::span<const LeverSpec> leverSpecs() {
    return kLevers;
}

const LeverSpec *findLever(std::string_view key) {
    for (const LeverSpec &lever : kLevers) {
        if (lever.key == key)
            return &lever;
    }
    return nullptr;
}

double leverValue(const Policy &policy, const LeverSpec &lever) {
    return lever.member ? policy.*lever.member : policy.sentenceMultiplier[lever.groupIndex];
}

void setLeverValue(Policy &policy, const LeverSpec &lever, double value) {
    if (lever.member)
        policy.*lever.member = value;
    else
        policy.sentenceMultiplier[lever.groupIndex] = value;
}

std::string_view leverTransferText(LeverTransfer transfer) {
    switch (transfer) {
    case LeverTransfer::AsIs:
        return "as it is";
    case LeverTransfer::RatioToStatusQuo:
        return "by its ratio to the status quo";
    case LeverTransfer::DifferenceFromStatusQuo:
        return "by its difference from the status quo";
    case LeverTransfer::PerPrisoner:
        return "in proportion to the prison population";
    }
    return {};
}

std::string_view leverGroupKey(LeverGroup group) {
    switch (group) {
    case LeverGroup::Sentencing:
        return "sentencing";
    case LeverGroup::Conditions:
        return "conditions";
    case LeverGroup::Reentry:
        return "reentry";
    case LeverGroup::Policing:
        return "policing";
    case LeverGroup::Pretrial:
        return "pretrial";
    case LeverGroup::Capacity:
        return "capacity";
    }
    return {};
}

Policy statusQuoPolicy(const RegionBaseline &region) {
    Policy p;
    for (const LeverSpec &lever : kLevers)
        setLeverValue(p, lever,
                      lever.statusQuoField ? region.*lever.statusQuoField : lever.statusQuoDefault);
    return p;
}

Policy transferPolicy(const Policy &policy, const RegionBaseline &from, const RegionBaseline &to) {
    const Policy fromStatusQuo = statusQuoPolicy(from);
    Policy result = statusQuoPolicy(to);
    for (const LeverSpec &lever : kLevers) {
        const double value = leverValue(policy, lever);
        const double before = leverValue(fromStatusQuo, lever);
        if (value == before)
            continue; // unchanged: the other region keeps its own status quo
        const double target = leverValue(result, lever);
        const double fromPrisoners = from.totalPrisonPopulation();
        double transferred = value;
        switch (lever.transfer) {
        case LeverTransfer::AsIs:
            break;
        case LeverTransfer::RatioToStatusQuo:
            transferred = before > 0 ? target * value / before : value;
            break;
        case LeverTransfer::DifferenceFromStatusQuo:
            transferred = target + (value - before);
            break;
        case LeverTransfer::PerPrisoner:
            transferred =
                fromPrisoners > 0 ? value * to.totalPrisonPopulation() / fromPrisoners : value;
            break;
        }
        setLeverValue(result, lever, std::clamp(transferred, lever.min, lever.max));
    }
    return result;
}

} // namespace leastbad::core
