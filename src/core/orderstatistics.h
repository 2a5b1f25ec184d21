// SPDX-License-Identifier: GPL-3.0-or-later
// Order statistics by selection: the values a sorted array would hold at some ranks, put
// there without sorting the rest.
#pragma once

#include <cstddef>
#include <span>

namespace leastbad::core {

// Puts, at each of `ranks` (rising, no repeats, each below values.size()), the value a
// sorted copy of `values` holds there; the other values are reordered. The numbers at the
// ranks equal those of std::sort (bit for bit but for the sign of a zero: −0 and +0 tie, and
// either may land at the rank). With a NaN among the values, as with std::sort, the order is
// unspecified; with libstdc++ the call still ends (tst_engine checks it).
void placeOrderStatistics(std::span<double> values, std::span<const std::size_t> ranks);

} // namespace leastbad::core
