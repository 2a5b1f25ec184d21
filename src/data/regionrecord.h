// SPDX-License-Identifier: GPL-3.0-or-later
// A region's model baseline together with where every input came from.
#pragma once

#include "core/region.h"

#include <string>
#include <vector>

namespace leastbad::data {

struct ValueProvenance {
    // Where a value comes from: the region's own figure, its parent's (a fallback),
    // the reference region's for lack of any (an assumption), or computed from other
    // published figures (derived).
    enum class Origin { Own, Fallback, Assumption, Derived };

    std::string field; // the model input it feeds
    std::string value; // as published (a derived value: as computed)
    std::string unit;
    int year;           // data year
    std::string source; // author, year, title; or "assumption: ..."
    std::string status; // seen, seen (secondary), judged, recalled, assumption
    Origin origin = Origin::Own;
    double modelValue = 0; // what the model uses: in 2024 dollars, scaled to the region
    std::string from;      // the region the value was taken from, when not Own
};

struct RegionRecord {
    core::RegionBaseline baseline;
    std::vector<ValueProvenance> provenance;
};

} // namespace leastbad::data
