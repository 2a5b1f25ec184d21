// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/netvalue.h"

namespace leastbad::core {

std::string_view netValueTermKey(NetValueTerm term) {
    static constexpr std::string_view keys[kNetValueTermCount] = {
        "taxpayers_money",          "victims_money",          "victims_wellbeing",
        "homicide_life_years",      "incarcerated_wellbeing", "families_wellbeing",
        "incarceration_life_years", "families_money",         "vendors_money"};
    return keys[static_cast<int>(term)];
}

double incarcerationLifeYearsValue(const OutputValues &policy, const OutputValues &statusQuo,
                                   const MoralWeights &w) {
    return -w.dollarsPerLifeYear * w.weightIncarcerated *
           (at(policy, Output::LifeYearsLostIncarceration) -
            at(statusQuo, Output::LifeYearsLostIncarceration));
}

NetValueTerms netValueTerms(const OutputValues &policy, const OutputValues &statusQuo,
                            const MoralWeights &w) {
    auto change = [&](Output o) { return at(policy, o) - at(statusQuo, o); };
    NetValueTerms t{};
    auto term = [&t](NetValueTerm k) -> double & { return t[static_cast<int>(k)]; };
    term(NetValueTerm::TaxpayersMoney) = -change(Output::CostTaxpayersUsd) * (1 + w.excessBurden);
    term(NetValueTerm::VictimsMoney) = -change(Output::CostVictimsUsd);
    term(NetValueTerm::VictimsWellbeing) =
        -w.dollarsPerWellbeingYear * w.weightVictims * change(Output::WellbeingYearsLostVictims);
    term(NetValueTerm::HomicideLifeYears) =
        w.dollarsPerLifeYear * w.weightVictims * change(Output::LifeYearsSavedHomicide);
    term(NetValueTerm::IncarceratedWellbeing) = -w.dollarsPerWellbeingYear * w.weightIncarcerated *
                                                change(Output::WellbeingYearsLostIncarcerated);
    term(NetValueTerm::FamiliesWellbeing) =
        -w.dollarsPerWellbeingYear * w.weightFamilies * change(Output::WellbeingYearsLostFamilies);
    if (w.countIncarcerationLifeYears)
        term(NetValueTerm::IncarcerationLifeYears) =
            incarcerationLifeYearsValue(policy, statusQuo, w);
    term(NetValueTerm::FamiliesMoney) = -change(Output::CostIncarceratedFamiliesUsd);
    term(NetValueTerm::VendorsMoney) = change(Output::RevenueVendorsUsd);
    return t;
}

LedgerValues netValue(const OutputValues &policy, const OutputValues &statusQuo,
                      const MoralWeights &w) {
    const NetValueTerms t = netValueTerms(policy, statusQuo, w);
    auto term = [&t](NetValueTerm k) { return t[static_cast<int>(k)]; };
    LedgerValues v;
    v.taxpayers = term(NetValueTerm::TaxpayersMoney);
    v.vendors = term(NetValueTerm::VendorsMoney);
    v.victims = term(NetValueTerm::VictimsMoney) + term(NetValueTerm::VictimsWellbeing) +
                term(NetValueTerm::HomicideLifeYears);
    v.incarceratedAndFamilies = term(NetValueTerm::FamiliesMoney) +
                                term(NetValueTerm::IncarceratedWellbeing) +
                                term(NetValueTerm::FamiliesWellbeing);
    v.incarcerationLifeYears = incarcerationLifeYearsValue(policy, statusQuo, w);
    if (w.countIncarcerationLifeYears)
        v.incarceratedAndFamilies += v.incarcerationLifeYears;
    return v;
}

} // namespace leastbad::core
