// SPDX-License-Identifier: GPL-3.0-or-later
// The lane type of the year step across draws and the few operations it needs beyond
// + − × ÷ and comparisons, each written so that `double` (one draw) and `Lanes` (a block of
// draws, GCC vector extensions) give the same bits lane by lane. Internal to core.
#pragma once

#include <cstdint>
#include <type_traits>

#if defined(__GNUC__) && !defined(__clang__)
// The lane helpers pass vectors by value; they are inlined into the cloned kernels, so the
// note about the AVX calling convention concerns no call that is ever made.
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

// The year loops compiled for AVX2, AVX-512 and any x86-64, picked at load time (GCC
// function multi-versioning). Neither clone contracts a multiply and an add or reorders a
// sum, so all give the same bits.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define LEASTBAD_YEAR_LOOP_CLONES __attribute__((target_clones("avx2", "avx512f", "default")))
#else
#define LEASTBAD_YEAR_LOOP_CLONES
#endif

namespace leastbad::core::step {

// Four draws to a block: one AVX2 register per lane vector. Eight (one AVX-512 register)
// were 5–15% faster on a machine with AVX-512, but slower than one draw at a time on one
// with AVX2 only, where each vector takes two registers and the year loop spills
// (docs/PERFORMANCE.md).
inline constexpr int kLanes = 4;
using Lanes = double __attribute__((vector_size(kLanes * sizeof(double))));
// The lanes' bits, for the exponent arithmetic of core/lanemath.h.
using LaneBits = std::uint64_t __attribute__((vector_size(kLanes * sizeof(double))));

template <class V> inline constexpr bool kScalar = std::is_same_v<V, double>;

// x in every lane (x − (+0) is x for every x, −0 and NaN included).
template <class V> [[gnu::always_inline]] inline V splat(double x) {
    if constexpr (kScalar<V>)
        return x;
    else
        return x - V{};
}
// Whether a comparison holds in any lane (one draw: whether it holds).
template <class M> [[gnu::always_inline]] inline bool anyLane(M condition) {
    if constexpr (std::is_same_v<M, bool>) {
        return condition;
    } else {
        bool any = false;
        for (int l = 0; l < kLanes; ++l)
            any = any || condition[l] != 0;
        return any;
    }
}
// std::max(a, b) and std::min(a, b) lane by lane, with their NaN and signed-zero results.
template <class V> [[gnu::always_inline]] inline V vmax(V a, V b) {
    return a < b ? b : a;
}
template <class V> [[gnu::always_inline]] inline V vmin(V a, V b) {
    return b < a ? b : a;
}

} // namespace leastbad::core::step
