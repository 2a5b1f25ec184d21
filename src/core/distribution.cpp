// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distribution.h"

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>

#include <algorithm>
#include <cmath>

namespace leastbad::core {

namespace {

// Boost promotes double arguments to long double by default: in double the quantiles
// of every draw cost a fraction of the time (issue 20), at double precision still.
using InDouble = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using Normal = boost::math::normal_distribution<double, InDouble>;
using LogNormal = boost::math::lognormal_distribution<double, InDouble>;
using Beta = boost::math::beta_distribution<double, InDouble>;
using Gamma = boost::math::gamma_distribution<double, InDouble>;
using Triangular = boost::math::triangular_distribution<double, InDouble>;

// z of the 95th percentile of the standard normal: a 90% interval spans 2·z sd.
constexpr double kZ95 = 1.6448536269514722;

} // namespace

UncertainValue::UncertainValue(Distribution kind, double central, double low, double high,
                               double lowerBound, double upperBound)
    : m_kind(kind)
    , m_central(central)
    , m_low(low)
    , m_high(high) {
    const double sd = (high - low) / (2 * kZ95);
    switch (kind) {
    case Distribution::Fixed:
        break;
    case Distribution::Normal:
        m_a = central;
        m_b = sd;
        break;
    case Distribution::LogNormal: // median = central, 90% interval in log space
        m_a = std::log(central);
        m_b = std::log(high / low) / (2 * kZ95);
        break;
    case Distribution::Beta: { // mean = central, sd from the interval (method of moments)
        const double v = std::min(sd * sd, central * (1 - central) * 0.999);
        const double k = central * (1 - central) / v - 1;
        m_a = central * k;
        m_b = (1 - central) * k;
        break;
    }
    case Distribution::Gamma: // mean = central, sd from the interval
        m_a = central * central / (sd * sd);
        m_b = sd * sd / central;
        break;
    case Distribution::Uniform:
    case Distribution::Triangular:
        m_a = low;
        m_b = high;
        break;
    }
    if (kind == Distribution::Fixed || m_b <= 0) {
        m_kind = Distribution::Fixed;
        return;
    }
    m_cdfLow = std::isfinite(lowerBound) ? untruncatedCdf(lowerBound) : 0;
    m_cdfHigh = std::isfinite(upperBound) ? untruncatedCdf(upperBound) : 1;
}

UncertainValue::UncertainValue(const ParameterSpec &spec)
    : UncertainValue(spec.distribution, spec.central, spec.low, spec.high, spec.lowerBound,
                     spec.upperBound) {}

UncertainValue UncertainValue::fromInterval(double a, double b) {
    const double lo = std::min(a, b), hi = std::max(a, b);
    if (lo > 0)
        return UncertainValue(Distribution::LogNormal, std::sqrt(lo * hi), lo, hi);
    return UncertainValue(Distribution::Normal, 0.5 * (lo + hi), lo, hi);
}

double UncertainValue::untruncatedCdf(double x) const {
    namespace bm = boost::math;
    switch (m_kind) {
    case Distribution::Normal:
        return bm::cdf(Normal(m_a, m_b), x);
    case Distribution::LogNormal:
        return x <= 0 ? 0 : bm::cdf(LogNormal(m_a, m_b), x);
    case Distribution::Beta:
        return x <= 0 ? 0 : x >= 1 ? 1 : bm::cdf(Beta(m_a, m_b), x);
    case Distribution::Gamma:
        return x <= 0 ? 0 : bm::cdf(Gamma(m_a, m_b), x);
    case Distribution::Uniform:
        return std::clamp((x - m_a) / (m_b - m_a), 0.0, 1.0);
    case Distribution::Triangular:
        return x <= m_a ? 0 : x >= m_b ? 1 : bm::cdf(Triangular(m_a, m_central, m_b), x);
    case Distribution::Fixed:
        break;
    }
    return x < m_central ? 0 : 1;
}

double UncertainValue::untruncatedQuantile(double u) const {
    namespace bm = boost::math;
    switch (m_kind) {
    case Distribution::Normal:
        return bm::quantile(Normal(m_a, m_b), u);
    case Distribution::LogNormal:
        return bm::quantile(LogNormal(m_a, m_b), u);
    case Distribution::Beta:
        return bm::quantile(Beta(m_a, m_b), u);
    case Distribution::Gamma:
        return bm::quantile(Gamma(m_a, m_b), u);
    case Distribution::Uniform:
        return m_a + u * (m_b - m_a);
    case Distribution::Triangular:
        return bm::quantile(Triangular(m_a, m_central, m_b), u);
    case Distribution::Fixed:
        break;
    }
    return m_central;
}

double UncertainValue::quantile(double u) const {
    if (m_kind == Distribution::Fixed)
        return m_central;
    // Truncation: map u into the CDF range between the bounds.
    const double v = m_cdfLow + std::clamp(u, 1e-12, 1 - 1e-12) * (m_cdfHigh - m_cdfLow);
    return untruncatedQuantile(std::clamp(v, 1e-15, 1 - 1e-15));
}

double UncertainValue::mean() const {
    switch (m_kind) {
    case Distribution::Normal:
        return m_a;
    case Distribution::LogNormal:
        return std::exp(m_a + m_b * m_b / 2);
    case Distribution::Beta:
        return m_a / (m_a + m_b);
    case Distribution::Gamma:
        return m_a * m_b;
    case Distribution::Uniform:
        return 0.5 * (m_a + m_b);
    case Distribution::Triangular:
        return (m_a + m_central + m_b) / 3;
    case Distribution::Fixed:
        break;
    }
    return m_central;
}

} // namespace leastbad::core
