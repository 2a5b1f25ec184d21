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
    std::string status; // seen, seen-secondary, judged, derived, assumption
    Origin origin = Origin::Own;
    double modelValue = 0; // what the model uses: in 2024 dollars, scaled to the region
    std::string from;      // the region the value was taken from, when not Own
    // Evaluated as of a year, but no value at or before it exists: the earliest one is used.
    bool laterThanAsOfYear = false;
};

// One published figure of a region in one year, for its observed history.
struct ObservedPoint {
    int year = 0;
    double value = 0;
    std::string source; // the source id
};

struct ObservedSeries {
    std::string metric;                // a key of metricDefinitions()
    std::vector<ObservedPoint> points; // by year
};

struct RegionRecord {
    core::RegionBaseline baseline;
    std::vector<ValueProvenance> provenance;
    int asOfYear = 0; // evaluated as of this year; 0: the latest value of each input
    // The region's own published figures that the model does not take as inputs (jail
    // populations, admissions by type, releases, ...), as of the same year.
    std::vector<ValueProvenance> published;
    // The region's own history, up to the as-of year, of the counts the over-time chart
    // can show (prison population, crimes), for drawing before the projection.
    std::vector<ObservedSeries> history;
    // What the reader must know about how the region's corrections are organised
    // (a unified prison-and-jail system; no state prisons), in the user's language.
    std::vector<std::string> notes;
};

} // namespace leastbad::data
