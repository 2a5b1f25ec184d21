// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recidivismcurve.h"

#include <algorithm>
#include <cmath>

namespace leastbad::core {

RecidivismCurve RecidivismCurve::fit(double within3Years, double within5Years) {
    // F(n) = q·(1 − s^n) with s = 1 − r, so F(5)/F(3) = (1 − s^5)/(1 − s^3), which rises
    // from 1 (s → 0) to 5/3 (s → 1): bisection on s, then q from F(3).
    const double ratio = std::clamp(within5Years / within3Years, 1.0 + 1e-9, 5.0 / 3.0 - 1e-9);
    double lo = 1e-9;
    double hi = 1.0 - 1e-9;
    for (int i = 0; i < 60; ++i) { // 2^-60: below double precision on (0, 1)
        const double s = 0.5 * (lo + hi);
        const double s3 = s * s * s;
        const double f = (1 - s3 * s * s) / (1 - s3);
        (f < ratio ? lo : hi) = s;
    }
    const double s = 0.5 * (lo + hi);
    RecidivismCurve curve;
    curve.yearlyReturnProbability = 1 - s;
    curve.susceptibleShare = std::min(1.0, within3Years / (1 - std::pow(s, 3)));
    return curve;
}

double RecidivismCurve::cumulative(int years) const {
    return susceptibleShare * (1 - std::pow(1 - yearlyReturnProbability, years));
}

double RecidivismCurve::hazard(int k) const {
    const double stillSusceptible = susceptibleShare * std::pow(1 - yearlyReturnProbability, k);
    return stillSusceptible * yearlyReturnProbability / (1 - susceptibleShare + stillSusceptible);
}

std::array<double, kReleaseYearsTracked> RecidivismCurve::hazards() const {
    std::array<double, kReleaseYearsTracked> h{};
    for (int k = 0; k < kReleaseYearsTracked; ++k)
        h[k] = hazard(k);
    return h;
}

} // namespace leastbad::core
