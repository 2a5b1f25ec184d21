// SPDX-License-Identifier: GPL-3.0-or-later
// The United States baseline built into the program until the SQLite datasets land.
// Every value carries its published source and year, or says it is an assumption.
#pragma once

#include "core/region.h"

#include <string>
#include <vector>

namespace leastbad::data {

struct ValueProvenance {
    std::string field;  // the model input it feeds
    std::string value;  // as published (before any derivation)
    std::string unit;
    int year;           // data year
    std::string source; // author, year, title; or "assumption: ..."
    std::string status; // seen, seen (secondary), judged, recalled, assumption
};

struct RegionRecord {
    core::RegionBaseline baseline;
    std::vector<ValueProvenance> provenance;
};

RegionRecord builtinUnitedStates();

} // namespace leastbad::data
