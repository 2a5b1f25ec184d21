// SPDX-License-Identifier: GPL-3.0-or-later
// The logarithm, the exponential and x^a of the year step, written once for `double` and
// `Lanes` out of + − × ÷, comparisons and exponent bits, so that a block of draws gives the
// bits of one draw at a time. libm's pow has no vector twin that rounds as it does, and
// calling it lane by lane cost the lane kernel about a sixth of its instructions (callgrind,
// docs/PERFORMANCE.md). Accuracy against std::log, std::exp and std::pow: a few units in the
// last place over the ranges the model uses (tests/core/tst_lanemath.cpp). Internal to core.
#pragma once

#include "core/lanes.h"

#include <cstdint>
#include <cstring>

namespace leastbad::core::step {

template <class V> using BitsOf = std::conditional_t<kScalar<V>, std::uint64_t, LaneBits>;

// By memcpy rather than std::bit_cast: GCC 12's UBSan reports a null load in bit_cast of a
// vector type (a false report; the copy compiles to the same register move).
template <class V> [[gnu::always_inline]] inline BitsOf<V> bitsOf(V x) {
    BitsOf<V> b;
    std::memcpy(&b, &x, sizeof b);
    return b;
}
template <class V> [[gnu::always_inline]] inline V fromBits(BitsOf<V> b) {
    V x;
    std::memcpy(&x, &b, sizeof x);
    return x;
}
// `condition ? a : b` lane by lane, for a condition made by comparing lanes.
template <class C, class T> [[gnu::always_inline]] inline T choose(C condition, T a, T b) {
    return condition ? a : b;
}

// 1.5 · 2^52: added to |y| < 2^51, it leaves round(y) in the low bits of the sum.
inline constexpr double kRoundingShift = 0x1.8p52;
// ln 2 in two parts: n · kLn2High is exact for |n| < 2^32 (its low 32 bits are zero).
inline constexpr double kLn2High = 0x1.62e42p-1;
inline constexpr double kLn2Low = 0x1.fdf473de6af28p-22;
inline constexpr double kLog2E = 1.4426950408889634;
inline constexpr double kSqrt2 = 1.4142135623730951;

// ln x for x ≥ 1 (finite). x = m · 2^k with m in [√½, √2); ln m = 2 atanh(s) with
// s = (m − 1)/(m + 1), |s| ≤ 0.172, summed to s^21 (the next term is below 2^−53 of ln m).
template <class V> [[gnu::always_inline]] inline V logAtLeastOne(V x) {
    const BitsOf<V> bits = bitsOf(x);
    const BitsOf<V> exponentBits = bits >> 52; // x is positive: no sign bit
    V m = fromBits<V>((bits & 0x000fffffffffffff) | 0x3ff0000000000000); // in [1, 2)
    const auto above = m > kSqrt2;
    m = choose(above, m * 0.5, m);
    // k as a double, exactly: the integer's bits added to 1.5 · 2^52, the shift taken off.
    const BitsOf<V> k = exponentBits - 1023 + choose(above, BitsOf<V>{} + 1, BitsOf<V>{});
    const V kd = fromBits<V>(k + bitsOf(splat<V>(kRoundingShift))) - kRoundingShift;
    const V f = m - 1.0;
    const V s = f / (f + 2.0);
    const V z = s * s;
    V sum = splat<V>(1.0 / 21);
    for (const double c : {1.0 / 19, 1.0 / 17, 1.0 / 15, 1.0 / 13, 1.0 / 11, 1.0 / 9, 1.0 / 7,
                           1.0 / 5, 1.0 / 3, 1.0})
        sum = sum * z + c;
    const V logM = 2.0 * s * sum;
    return kd * kLn2High + (kd * kLn2Low + logM);
}

// e^y, with y held to [−700, 700] (beyond, 2^n would not fit the exponent; the model's
// arguments stay within ±20). y = n · ln 2 + r with |r| ≤ ln 2 / 2; e^r by its Taylor series to
// r^13 (the next term is below 2^−53 of e^r), then 2^n put into the exponent.
template <class V> [[gnu::always_inline]] inline V expWithin700(V y) {
    y = vmin(vmax(y, splat<V>(-700.0)), splat<V>(700.0));
    const V shifted = y * kLog2E + kRoundingShift;
    const V n = shifted - kRoundingShift;
    const V r = (y - n * kLn2High) - n * kLn2Low;
    V sum = splat<V>(1.0 / 6227020800); // 1/13!
    for (const double c :
         {1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040,
          1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1.0, 1.0})
        sum = sum * r + c;
    const BitsOf<V> twoToN = (bitsOf(shifted) - bitsOf(splat<V>(kRoundingShift))) << 52;
    return fromBits<V>(bitsOf(sum) + twoToN);
}

// x^a for x ≥ 1 and |a · ln x| ≤ 700: e^(a · ln x).
template <class V> [[gnu::always_inline]] inline V powAtLeastOne(V x, V a) {
    return expWithin700(a * logAtLeastOne(x));
}

} // namespace leastbad::core::step
