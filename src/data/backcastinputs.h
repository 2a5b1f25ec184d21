// SPDX-License-Identifier: GPL-3.0-or-later
// What a backcast needs from a region's history: the region as of the start year, its
// observed admissions year by year (as multiples of the start year's, smoothed over
// three years, which drive the model's new admissions), and the observed prison population and
// crime to compare with.
#pragma once

#include "data/dataset.h"

#include <QString>

#include <vector>

namespace leastbad::data {

struct BackcastInputs {
    RegionRecord start; // as of the start year
    int from = 0;
    int to = 0;
    QString admissionsMetric;                  // the series that drives the model
    std::vector<double> newAdmissionsScale;    // [t − 1]: year from + t ÷ year from
    std::vector<double> observedPrisoners;     // [t − 1]: NaN where not observed
    std::vector<double> observedCrimesPer100k; // violent and property per 100,000 residents
    std::vector<double> populationRatio;       // year's population ÷ the start year's (NaN: none)
};

// A problem when the region is unknown, the years are out of order or
// more than 50 apart, or the region lacks admissions in the start year or any later year
// (the gaps between observed years are filled by straight lines).
Result<BackcastInputs> backcastInputs(const Dataset &dataset, const QString &region, int from,
                                      int to);

} // namespace leastbad::data
