// SPDX-License-Identifier: GPL-3.0-or-later
// A backcast: the model started in a past year (the region as it was then, taken as the
// model's stationary status quo) and driven year by year by the new admissions the region
// actually had, to compare its prison population and crime with what was observed.
#pragma once

#include "core/montecarlo.h"
#include "core/summary.h"

#include <atomic>
#include <optional>
#include <span>
#include <vector>

namespace leastbad::core {

struct BackcastPrediction {
    std::vector<Quantiles> prisonPopulation; // [t − 1]: end of year t after the start
    std::vector<Quantiles> reportedCrimes;   // violent and property, in year t
};

// `newAdmissionsScale[t − 1]`: year t's observed new admissions as a multiple of the start
// year's (its size is the number of years). std::nullopt when cancelled.
std::optional<BackcastPrediction> runBackcast(const DrawSet &draws, const Policy &statusQuo,
                                              const std::vector<double> &newAdmissionsScale,
                                              int threads = 0,
                                              const std::atomic<bool> *cancel = nullptr);

// How far a predicted series is from the observed one, over the years observed (NaN marks
// a year without an observation): the mean absolute percentage error of the median, and
// the share of years whose observation lies inside the 90% interval.
struct BackcastFit {
    int years = 0; // with an observation
    double meanAbsolutePercentageError = 0;
    double intervalCoverage = 0;
};
BackcastFit fitToObserved(std::span<const Quantiles> predicted, std::span<const double> observed);

} // namespace leastbad::core
