// SPDX-License-Identifier: GPL-3.0-or-later
// Reincarceration after release as a mixture-cure curve: a share q of a release
// cohort is "susceptible" and returns with a constant yearly probability r; the
// rest never return. The cohort's hazard therefore falls with years since release,
// as the BJS release-cohort studies show.
#pragma once

#include <array>

namespace leastbad::core {

// Years since release during which returns are tracked; after ten years the
// susceptible share left is negligible (q·(1−r)^10 < 0.1% at US values).
inline constexpr int kReleaseYearsTracked = 10;

struct RecidivismCurve {
    double susceptibleShare = 0;        // q
    double yearlyReturnProbability = 0; // r

    // Fits q and r so that the curve passes exactly through the cumulative shares
    // returned within 3 and within 5 years (Durose, Cooper & Snyder 2014: 49.7%, 55.1%).
    static RecidivismCurve fit(double within3Years, double within5Years);

    // Share of a release cohort back in prison within `years` years.
    double cumulative(int years) const;
    // Probability that someone not yet returned at the start of year k (k = 0 is the
    // first year after release) returns during that year.
    double hazard(int k) const;
    std::array<double, kReleaseYearsTracked> hazards() const;
};

} // namespace leastbad::core
