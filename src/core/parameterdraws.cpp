// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parameterdraws.h"

#include "core/distribution.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace leastbad::core {

namespace {

constexpr std::array kGroups = {
    CorrelationGroup{
        "police elasticities",
        0.8,
        {"police_elasticity_homicide", "police_elasticity_violent", "police_elasticity_property",
         ""},
        "assumption: one latent factor, as evidence.md 9 asks (pairwise correlation 0.64)"},
    CorrelationGroup{"incapacitation and crime cost",
                     0.7,
                     {"crimes_averted_per_prisoner_year", "cost_homicide_2008_usd",
                      "cost_other_violent_2008_usd", "cost_property_2008_usd"},
                     "assumption: high-rate offenders commit the costly crimes (evidence.md, "
                     "cross-cutting note 1; "
                     "pairwise correlation 0.49)"},
};

int groupOf(std::string_view key) {
    for (std::size_t g = 0; g < kGroups.size(); ++g) {
        for (std::string_view k : kGroups[g].keys) {
            if (k == key)
                return static_cast<int>(g);
        }
    }
    return -1;
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

double RandomStream::normal() {
    return boost::math::quantile(boost::math::normal(), uniform());
}

ParameterDraws ParameterDraws::generate(int draws, std::uint64_t seed) {
    const auto specs = parameterSpecs();
    std::vector<UncertainValue> distributions;
    std::vector<int> groups;
    for (const ParameterSpec &spec : specs) {
        distributions.emplace_back(spec);
        groups.push_back(groupOf(spec.key));
    }
    const boost::math::normal standardNormal;

    ParameterDraws result;
    result.seed = seed;
    result.values.resize(std::max(0, draws));
    for (int i = 0; i < draws; ++i) {
        RandomStream stream(seed, static_cast<std::uint64_t>(i));
        std::array<double, kGroups.size()> factor{};
        for (double &f : factor)
            f = stream.normal();
        Parameters &p = result.values[i];
        for (std::size_t j = 0; j < specs.size(); ++j) {
            if (specs[j].distribution == Distribution::Fixed) {
                p.*specs[j].member = specs[j].central;
                continue;
            }
            double u;
            if (groups[j] >= 0) {
                const double a = kGroups[groups[j]].loading;
                const double z = a * factor[groups[j]] + std::sqrt(1 - a * a) * stream.normal();
                u = boost::math::cdf(standardNormal, z);
            } else {
                u = stream.uniform();
            }
            p.*specs[j].member = distributions[j].quantile(u);
        }
    }
    return result;
}

Parameters withQuantile(const ParameterSpec &spec, double u) {
    Parameters p;
    p.*spec.member = UncertainValue(spec).quantile(u);
    return p;
}

} // namespace leastbad::core
