// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/netvalue.h"

namespace leastbad::core {

LedgerValues netValue(const OutputValues &policy, const OutputValues &statusQuo,
                      const MoralWeights &w) {
    auto change = [&](Output o) { return at(policy, o) - at(statusQuo, o); };
    LedgerValues v;
    v.taxpayers = -change(Output::CostTaxpayersUsd) * (1 + w.excessBurden);
    v.vendors = change(Output::RevenueVendorsUsd);
    v.victims =
        -change(Output::CostVictimsUsd) -
        w.dollarsPerWellbeingYear * w.weightVictims * change(Output::WellbeingYearsLostVictims) +
        w.dollarsPerLifeYear * w.weightVictims * change(Output::LifeYearsSavedHomicide);
    v.incarceratedAndFamilies =
        -change(Output::CostIncarceratedFamiliesUsd) -
        w.dollarsPerWellbeingYear *
            (w.weightIncarcerated * change(Output::WellbeingYearsLostIncarcerated) +
             w.weightFamilies * change(Output::WellbeingYearsLostFamilies));
    v.incarcerationLifeYears =
        -w.dollarsPerLifeYear * w.weightIncarcerated * change(Output::LifeYearsLostIncarceration);
    if (w.countIncarcerationLifeYears)
        v.incarceratedAndFamilies += v.incarcerationLifeYears;
    return v;
}

} // namespace leastbad::core
