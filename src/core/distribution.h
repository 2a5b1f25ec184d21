// SPDX-License-Identifier: GPL-3.0-or-later
// Uncertain quantities for the Monte Carlo engine: a distribution fitted to a central
// value and an interval, mapped from a uniform number by its quantile function
// (Boost.Math), so that a given uniform gives the same value on every machine.
#pragma once

#include "core/parameters.h"

#include <limits>

namespace leastbad::core {

class UncertainValue {
public:
    // `low` and `high` as in ParameterSpec: 5th/95th percentiles, or bounds for
    // Uniform and Triangular. Draws are truncated to [lowerBound, upperBound].
    UncertainValue(Distribution kind, double central, double low, double high,
                   double lowerBound = -std::numeric_limits<double>::infinity(),
                   double upperBound = std::numeric_limits<double>::infinity());
    explicit UncertainValue(const ParameterSpec &spec);

    // "a to b" as a 90% interval, as Squiggle and Guesstimate users write ranges:
    // lognormal when both ends are positive, normal otherwise.
    static UncertainValue fromInterval(double a, double b);

    // Value at cumulative probability u in (0, 1).
    double quantile(double u) const;
    // Mean of the untruncated distribution.
    double mean() const;

    Distribution kind() const { return m_kind; }
    double central() const { return m_central; }

private:
    double untruncatedQuantile(double u) const;
    double untruncatedCdf(double x) const;

    Distribution m_kind;
    double m_central;
    double m_low;
    double m_high;
    double m_a = 0;      // first shape parameter (mean, log-median, alpha, shape, min)
    double m_b = 0;      // second (sd, log-sd, beta, scale, max)
    double m_cdfLow = 0; // CDF at the truncation bounds
    double m_cdfHigh = 1;
};

} // namespace leastbad::core
