// SPDX-License-Identifier: GPL-3.0-or-later
// Moral weights and the net social value of a policy against the status quo, by
// ledger, so a reader sees who gains and who pays. Positive = better than the status quo.
#pragma once

#include "core/outputs.h"
#include "core/simulation.h"

#include <array>
#include <string_view>

namespace leastbad::core {

struct MoralWeights {
    // The top of the $100,000-150,000 per QALY at which ICER (Institute for Clinical and
    // Economic Review) sets its value-based price benchmarks, as BHE ("ICER versus NICE") and
    // Avalere (2023) summarise it; Bloudek et al. (2021, Value in Health) give $50,000-150,000.
    // ICER's framework text was not read (docs/MODEL.md 10.5). A user's value, not a fact.
    double dollarsPerWellbeingYear = 150'000;
    // Valued like a wellbeing-year by default, so a year of healthy life counts alike
    // whether lost to death or to suffering; set it apart to use a VSLY instead.
    double dollarsPerLifeYear = 150'000;
    // Relative weights of each group's wellbeing. Default equal: "no human being
    // deserves that".
    double weightIncarcerated = 1;
    double weightVictims = 1;
    double weightFamilies = 1;
    // OMB Circular A-4 (2003) asks for estimates at real rates of 3% and 7% (as NIST's BLCC
    // 2019 discount-rate notes describe it; the circular's text not read). Its 2023 revision
    // lowers the default to 2% (Bergeson & Campbell 2023, a summary): docs/MODEL.md 10.5.
    double discountRate = 0.03;
    int horizonYears = 20;
    // Each tax dollar costs society 1 + this (the marginal cost of public funds). OMB
    // practice: 25 cents per dollar (Circular A-94, as described by Conover 2010, Cato;
    // the circular's wording not read). 0 turns it off.
    double excessBurden = 0.25;
    // Whether life expectancy lost through incarceration (Patterson 2013, contested)
    // enters the net value; results are reported both ways.
    bool countIncarcerationLifeYears = true;

    SimulationOptions simulationOptions() const {
        return SimulationOptions::of(horizonYears, discountRate);
    }
    bool operator==(const MoralWeights &) const = default;
};

struct LedgerValues {
    double taxpayers = 0;
    double victims = 0;
    double incarceratedAndFamilies = 0;
    double vendors = 0; // commissary markup kept by vendors: a transfer to them
    double total() const { return taxpayers + victims + incarceratedAndFamilies + vendors; }
    // The value of the life-years lost through incarceration included in the ledgers.
    double incarcerationLifeYears = 0;
};

// The net value's additive terms, each in dollars (positive = better than the status quo),
// so a reader can see money by ledger, wellbeing-years and life-years apart. Their sum is
// LedgerValues::total(); netValue() is built from them.
enum class NetValueTerm {
    TaxpayersMoney,         // −Δ cost_taxpayers_usd · (1 + excess burden)
    VictimsMoney,           // −Δ cost_victims_usd
    VictimsWellbeing,       // −V_wb · w_v · Δ wellbeing_years_lost_victims
    HomicideLifeYears,      // +V_ly · w_v · Δ life_years_saved_homicide
    IncarceratedWellbeing,  // −V_wb · w_i · Δ wellbeing_years_lost_incarcerated
    FamiliesWellbeing,      // −V_wb · w_f · Δ wellbeing_years_lost_families
    IncarcerationLifeYears, // −V_ly · w_i · Δ life_years_lost_incarceration (0 if not counted)
    FamiliesMoney,          // −Δ cost_incarcerated_families_usd
    VendorsMoney,           // +Δ revenue_vendors_usd
    Count
};
inline constexpr int kNetValueTermCount = static_cast<int>(NetValueTerm::Count);
using NetValueTerms = std::array<double, kNetValueTermCount>;
// Stable keys (CSV, JSON) of the terms, in the order of NetValueTerm.
std::string_view netValueTermKey(NetValueTerm term);

// Every output the net value reads (netValueTerms, netValue, incarcerationLifeYearsValue):
// a run that keeps the yearly series of these alone can still be valued year by year
// (break-even of the discount rate) without keeping every yearly output (issue 20).
inline constexpr std::array<Output, 9> kNetValueOutputs = {
    Output::CostTaxpayersUsd,
    Output::CostVictimsUsd,
    Output::WellbeingYearsLostVictims,
    Output::LifeYearsSavedHomicide,
    Output::WellbeingYearsLostIncarcerated,
    Output::WellbeingYearsLostFamilies,
    Output::LifeYearsLostIncarceration,
    Output::CostIncarceratedFamiliesUsd,
    Output::RevenueVendorsUsd,
};

// The value of the life-years lost through incarceration, counted or not.
double incarcerationLifeYearsValue(const OutputValues &policyTotals,
                                   const OutputValues &statusQuoTotals,
                                   const MoralWeights &weights);

NetValueTerms netValueTerms(const OutputValues &policyTotals, const OutputValues &statusQuoTotals,
                            const MoralWeights &weights);

// From discounted totals of a policy and of the status quo under the same draw.
LedgerValues netValue(const OutputValues &policyTotals, const OutputValues &statusQuoTotals,
                      const MoralWeights &weights);

} // namespace leastbad::core
