// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo draws of every uncertain parameter. Draw i depends only on the seed and
// i (its own SplitMix64 stream), never on thread count or order of evaluation, so a
// run is reproducible bit for bit on any machine.
#pragma once

#include "core/distribution.h"
#include "core/parameters.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace leastbad::core {

// Parameters drawn together through one latent normal factor: the correlation of two
// members is the product of their loadings. A parameter may load on several factors
// (the sum of its squared loadings stays below 1).
struct FactorLoading {
    std::string_view key; // empty = unused entry
    double loading = 0;
};
struct CorrelationGroup {
    std::string_view name;
    std::array<FactorLoading, 4> members;
    std::string_view source;
};

std::span<const CorrelationGroup> correlationGroups();

// A small, fully specified generator (Steele, Lea & Flood 2014, SplitMix64): the same
// numbers from every compiler and standard library.
class RandomStream {
public:
    RandomStream(std::uint64_t seed, std::uint64_t streamIndex);
    std::uint64_t next();
    double uniform(); // in (0, 1)
    double normal();  // standard normal, by the inverse CDF
private:
    std::uint64_t m_state;
};

// Draw i of a seed on its own, so a run can draw, use and drop each draw in turn. The
// distributions are set up once, in the constructor.
class ParameterSampler {
public:
    explicit ParameterSampler(std::uint64_t seed);
    Parameters draw(std::uint64_t index) const;

private:
    std::uint64_t m_seed;
    std::vector<UncertainValue> m_distributions;   // one per parameterSpecs() entry
    std::vector<std::array<double, 3>> m_loadings; // per correlation group
    std::vector<bool> m_correlated;
};

struct ParameterDraws {
    std::uint64_t seed = 0;
    std::vector<Parameters> values; // one per draw

    // `threads` (0 = all cores) changes only the time taken, never a value.
    static ParameterDraws generate(int draws, std::uint64_t seed, int threads = 1);
    // Draws first, first + 1, ..., first + count − 1 of the seed: the same values those
    // draws have in generate(first + count, seed), so a run can be extended in batches.
    static ParameterDraws generateRange(int first, int count, std::uint64_t seed, int threads = 1);
    int size() const { return static_cast<int>(values.size()); }
};

// Parameters with one uncertain parameter set to its value at cumulative probability u
// and every other at its central value (for the tornado).
Parameters withQuantile(const ParameterSpec &spec, double u);

} // namespace leastbad::core
