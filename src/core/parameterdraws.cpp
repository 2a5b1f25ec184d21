// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parameterdraws.h"

#include "core/distribution.h"
#include "core/parallel.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>

namespace leastbad::core {

namespace {

constexpr std::array kGroups = {
    CorrelationGroup{
        "police elasticities",
        {{{"police_elasticity_homicide", 0.8},
          {"police_elasticity_violent", 0.8},
          {"police_elasticity_property", 0.8},
          {}}},
        "assumption: one latent factor, as evidence.md 9 asks (pairwise correlation 0.64)"},
    CorrelationGroup{"incapacitation and crime cost",
                     {{{"incapacitation_at_reference_rate", 0.6},
                       {"cost_homicide_2008_usd", 0.7},
                       {"cost_other_violent_2008_usd", 0.7},
                       {"cost_property_2008_usd", 0.7}}},
                     "assumption: high-rate offenders commit the costly crimes (evidence.md, "
                     "cross-cutting note 1; correlation 0.42 with incapacitation, 0.49 among "
                     "costs)"},
    CorrelationGroup{"incapacitation and aftereffects",
                     {{{"incapacitation_at_reference_rate", 0.6},
                       {"aftereffect_per_year_served", 0.6},
                       {"incapacitation_diminishing_exponent", -0.4},
                       {}}},
                     "assumption: where prison holds high-rate offenders it also changes them "
                     "most (model-review.md 2; correlation 0.36), so a net effect near zero at "
                     "US margins is inside the prior"},
};

static_assert(kGroups.size() == 3, "ParameterSampler keeps three loadings per parameter");

// The factor loadings of one parameter, one per group (0 where it does not load).
std::array<double, kGroups.size()> loadingsOf(std::string_view key) {
    std::array<double, kGroups.size()> loadings{};
    for (std::size_t g = 0; g < kGroups.size(); ++g) {
        for (const FactorLoading &m : kGroups[g].members) {
            if (!m.key.empty() && m.key == key)
                loadings[g] = m.loading;
        }
    }
    return loadings;
}

std::uint64_t splitmix(std::uint64_t &state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

std::span<const CorrelationGroup> correlationGroups() {
    return kGroups;
}

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t streamIndex) {
    // Decorrelate neighbouring streams by mixing the index through the generator once.
    std::uint64_t s = seed ^ (streamIndex * 0xD1B54A32D192ED03ull);
    m_state = splitmix(s);
}

std::uint64_t RandomStream::next() {
    return splitmix(m_state);
}

double RandomStream::uniform() {
    return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53;
}

// In double, not Boost's default long double (issue 20: the cold path).
using StandardNormal = boost::math::normal_distribution<
    double, boost::math::policies::policy<boost::math::policies::promote_double<false>>>;

double RandomStream::normal() {
    return boost::math::quantile(StandardNormal(), uniform());
}

ParameterSampler::ParameterSampler(std::uint64_t seed)
    : m_seed(seed) {
    for (const ParameterSpec &spec : parameterSpecs()) {
        m_distributions.emplace_back(spec);
        m_loadings.push_back(loadingsOf(spec.key));
        m_correlated.push_back(std::any_of(m_loadings.back().begin(), m_loadings.back().end(),
                                           [](double a) { return a != 0; }));
    }
}

Parameters ParameterSampler::draw(std::uint64_t index) const {
    const auto specs = parameterSpecs();
    const StandardNormal standardNormal;
    RandomStream stream(m_seed, index);
    std::array<double, kGroups.size()> factor{};
    for (double &f : factor)
        f = stream.normal();
    Parameters p;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        if (specs[j].distribution == Distribution::Fixed) {
            p.*specs[j].member = specs[j].central;
            continue;
        }
        double u;
        if (m_correlated[j]) {
            double z = 0, shared = 0;
            for (std::size_t g = 0; g < kGroups.size(); ++g) {
                z += m_loadings[j][g] * factor[g];
                shared += m_loadings[j][g] * m_loadings[j][g];
            }
            z += std::sqrt(std::max(0.0, 1 - shared)) * stream.normal();
            u = boost::math::cdf(standardNormal, z);
        } else {
            u = stream.uniform();
        }
        p.*specs[j].member = m_distributions[j].quantile(u);
    }
    return p;
}

ParameterDraws ParameterDraws::generate(int draws, std::uint64_t seed, int threads) {
    return generateRange(0, draws, seed, threads);
}

ParameterDraws ParameterDraws::generateRange(int first, int draws, std::uint64_t seed,
                                             int threads) {
    const ParameterSampler sampler(seed);
    ParameterDraws result;
    result.seed = seed;
    result.values.resize(std::max(0, draws));
    // Draw i depends on the seed and its index alone, so threads change nothing.
    parallelFor(draws, threads, [&](int i) {
        result.values[i] =
            sampler.draw(static_cast<std::uint64_t>(first) + static_cast<std::uint64_t>(i));
    });
    return result;
}

Parameters withQuantile(const ParameterSpec &spec, double u) {
    Parameters p;
    p.*spec.member = UncertainValue(spec).quantile(u);
    return p;
}

} // namespace leastbad::core
