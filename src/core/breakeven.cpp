// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/breakeven.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace leastbad::core {

namespace {

constexpr int kRateGridSteps = 50; // the discount rate is scanned at 1-point steps, then bisected

// The outputs the net value reads in one year of one draw, the others 0: from every yearly
// output where the run kept them all, else from the series of breakEvenOutputs().
OutputValues netValueInputs(const PolicyOutcomes &o, int draw, int year) {
    OutputValues values{};
    for (const Output output : kNetValueOutputs) {
        assert(o.hasYearly(output)); // else value() gives 0: a break-even from nothing
        at(values, output) = o.value(draw, year, output);
    }
    return values;
}

// A draw's discounted totals of the outputs the net value reads (the others 0) at another
// discount rate, from its yearly outputs: year t is multiplied by (1 + r)^−(t−1) (updated by
// division, as simulateInto does) and the life-years lost through incarceration by
// (1 + r)^−delay on top.
OutputValues rediscounted(const PolicyOutcomes &o, int draw, double rate, double delayYears) {
    OutputValues sum{};
    double discount = 1;
    for (int y = 1; y <= o.years; ++y) {
        const OutputValues out = netValueInputs(o, draw, y);
        for (const Output output : kNetValueOutputs)
            at(sum, output) += at(out, output) * discount;
        discount /= 1 + rate;
    }
    at(sum, Output::LifeYearsLostIncarceration) *= std::pow(1 + rate, -delayYears);
    return sum;
}

MoralWeights withQuantity(MoralWeights w, BreakEvenQuantity q, double x) {
    switch (q) {
    case BreakEvenQuantity::DollarsPerWellbeingYear:
        w.dollarsPerWellbeingYear = x;
        break;
    case BreakEvenQuantity::DollarsPerLifeYear:
        w.dollarsPerLifeYear = x;
        break;
    case BreakEvenQuantity::WeightIncarcerated:
        w.weightIncarcerated = x;
        break;
    case BreakEvenQuantity::DiscountRate:
    case BreakEvenQuantity::Count:
        w.discountRate = x;
        break;
    }
    return w;
}

double currentValue(const MoralWeights &w, BreakEvenQuantity q) {
    switch (q) {
    case BreakEvenQuantity::DollarsPerWellbeingYear:
        return w.dollarsPerWellbeingYear;
    case BreakEvenQuantity::DollarsPerLifeYear:
        return w.dollarsPerLifeYear;
    case BreakEvenQuantity::WeightIncarcerated:
        return w.weightIncarcerated;
    case BreakEvenQuantity::DiscountRate:
    case BreakEvenQuantity::Count:
        break;
    }
    return w.discountRate;
}

// E[net value] as a function of the discount rate, fast: the net value is linear in the
// outputs, so each year's undiscounted net value (its incarceration life-years apart, which
// carry each draw's own delay) is computed once and only the discounting is redone.
class RateCurve {
public:
    RateCurve(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo, const DrawSet &draws,
              const MoralWeights &w)
        : m_years(std::min(policy.years, statusQuo.years))
        , m_draws(std::min({policy.draws, statusQuo.draws, draws.size()}))
        , m_other(m_years, 0)
        , m_lifeYears(std::size_t(m_draws) * m_years)
        , m_delay(m_draws) {
        constexpr int lifeYears = static_cast<int>(NetValueTerm::IncarcerationLifeYears);
        for (int d = 0; d < m_draws; ++d) {
            m_delay[d] = draws.calibrations[d].parameters.lifeYearsLossDelayYears;
            for (int y = 1; y <= m_years; ++y) {
                const NetValueTerms t =
                    netValueTerms(netValueInputs(policy, d, y), netValueInputs(statusQuo, d, y), w);
                double other = 0;
                for (int k = 0; k < kNetValueTermCount; ++k)
                    other += k == lifeYears ? 0 : t[k];
                m_other[y - 1] += other / m_draws;
                m_lifeYears[std::size_t(d) * m_years + (y - 1)] = t[lifeYears];
            }
        }
    }
    double operator()(double rate) const {
        std::vector<double> factor(m_years);
        double discount = 1, value = 0;
        for (int y = 0; y < m_years; ++y) {
            factor[y] = discount;
            value += discount * m_other[y];
            discount /= 1 + rate;
        }
        for (int d = 0; d < m_draws; ++d) {
            double lifeYears = 0;
            for (int y = 0; y < m_years; ++y)
                lifeYears += factor[y] * m_lifeYears[std::size_t(d) * m_years + y];
            value += std::pow(1 + rate, -m_delay[d]) * lifeYears / m_draws;
        }
        return value;
    }

private:
    int m_years;
    int m_draws;
    std::vector<double> m_other;     // [year]: mean over draws
    std::vector<double> m_lifeYears; // [draw · years + year]
    std::vector<double> m_delay;     // [draw]
};

// The root of E[net value](rate) nearest the current rate: a scan of the range, then
// bisection inside each interval where the sign changes.
std::optional<double> rateRoot(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo,
                               const DrawSet &draws, const MoralWeights &w) {
    const BreakEvenRange range = breakEvenRange(BreakEvenQuantity::DiscountRate);
    const RateCurve f(policy, statusQuo, draws, w);
    std::optional<double> nearest;
    double previousX = range.min, previous = f(previousX);
    for (int i = 1; i <= kRateGridSteps; ++i) {
        const double x = range.min + (range.max - range.min) * i / kRateGridSteps;
        const double value = f(x);
        if ((previous < 0) != (value < 0)) {
            double lo = previousX, hi = x;
            const bool lowNegative = previous < 0;
            for (int step = 0; step < 30; ++step) {
                const double mid = 0.5 * (lo + hi);
                ((f(mid) < 0) == lowNegative ? lo : hi) = mid;
            }
            const double root = 0.5 * (lo + hi);
            if (!nearest || std::abs(root - w.discountRate) < std::abs(*nearest - w.discountRate))
                nearest = root;
        }
        previousX = x;
        previous = value;
    }
    return nearest;
}

} // namespace

std::string_view breakEvenKey(BreakEvenQuantity q) {
    static constexpr std::string_view keys[kBreakEvenQuantityCount] = {
        "usd_per_wellbeing_year", "usd_per_life_year", "weight_incarcerated", "discount_rate"};
    return keys[static_cast<int>(q)];
}

BreakEvenRange breakEvenRange(BreakEvenQuantity q) {
    switch (q) {
    case BreakEvenQuantity::DollarsPerWellbeingYear:
    case BreakEvenQuantity::DollarsPerLifeYear:
        return {0, 1e8};
    case BreakEvenQuantity::WeightIncarcerated:
        return {0, 100};
    case BreakEvenQuantity::DiscountRate:
    case BreakEvenQuantity::Count:
        break;
    }
    return {0, 0.5};
}

double expectedNetValueAt(BreakEvenQuantity q, double x, const PolicyOutcomes &policy,
                          const PolicyOutcomes &statusQuo, const DrawSet &draws,
                          const MoralWeights &weights) {
    const MoralWeights w = withQuantity(weights, q, x);
    const int n = std::min({policy.draws, statusQuo.draws, draws.size()});
    if (n == 0)
        return 0;
    double sum = 0;
    for (int d = 0; d < n; ++d) {
        if (q == BreakEvenQuantity::DiscountRate) {
            const double delay = draws.calibrations[d].parameters.lifeYearsLossDelayYears;
            sum +=
                netValue(rediscounted(policy, d, x, delay), rediscounted(statusQuo, d, x, delay), w)
                    .total();
        } else {
            sum += netValue(policy.discounted[d], statusQuo.discounted[d], w).total();
        }
    }
    return sum / n;
}

std::vector<BreakEven> breakEvens(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo,
                                  const DrawSet &draws, const MoralWeights &weights) {
    std::vector<BreakEven> result;
    for (int i = 0; i < kBreakEvenQuantityCount; ++i) {
        const auto q = static_cast<BreakEvenQuantity>(i);
        BreakEven b;
        b.quantity = q;
        b.current = currentValue(weights, q);
        b.expectedNetValueAtCurrent =
            expectedNetValueAt(q, b.current, policy, statusQuo, draws, weights);
        const BreakEvenRange range = breakEvenRange(q);
        if (q == BreakEvenQuantity::DiscountRate) {
            b.value = rateRoot(policy, statusQuo, draws, weights);
        } else {
            // Linear in the quantity: two evaluations give the line a + s·x.
            const double a = expectedNetValueAt(q, 0, policy, statusQuo, draws, weights);
            const double x1 = std::max(1.0, b.current);
            const double s =
                (expectedNetValueAt(q, x1, policy, statusQuo, draws, weights) - a) / x1;
            if (s != 0) {
                const double root = -a / s;
                if (root >= range.min && root <= range.max)
                    b.value = root;
            }
        }
        result.push_back(b);
    }
    return result;
}

OutputRequest breakEvenOutputs() {
    return OutputRequest::totalsAndYearly({kNetValueOutputs.begin(), kNetValueOutputs.end()});
}

} // namespace leastbad::core
