// SPDX-License-Identifier: GPL-3.0-or-later
// Summaries of Monte Carlo draws: means and percentiles, per year and in total, of one
// policy or of the difference between two (draw by draw, which is where common random
// numbers pay off), and the probability that one policy does better than another.
#pragma once

#include "core/montecarlo.h"

#include <vector>

namespace leastbad::core {

struct Quantiles {
    double mean = 0;
    double p5 = 0;
    double p25 = 0;
    double p50 = 0;
    double p75 = 0;
    double p95 = 0;
};

// Percentiles interpolate linearly between order statistics (Hyndman & Fan type 7).
Quantiles summarize(std::vector<double> values);

// Monte Carlo standard errors of a summary: of the mean (sd / √n); of the 5th, 25th, 50th,
// 75th and 95th percentiles from the distribution-free order-statistic interval (the values
// at ranks n·p ± 1.96·√(n·p·(1 − p)), whose distance is about 2 · 1.96 standard errors);
// and of the share above zero (√(p·(1 − p) / n)).
struct MonteCarloError {
    double mean = 0;
    double p5 = 0;
    double p25 = 0;
    double p50 = 0;
    double p75 = 0;
    double p95 = 0;
    double shareAboveZero = 0;
};
MonteCarloError monteCarloError(std::vector<double> values);

std::vector<double> totalDraws(const PolicyOutcomes &outcomes, Output output, Totals kind);
// Per-draw difference a − b of a total.
std::vector<double> differenceDraws(const PolicyOutcomes &a, const PolicyOutcomes &b, Output output,
                                    Totals kind);

// One Quantiles per year (index 0 = year 1).
std::vector<Quantiles> yearlySummary(const PolicyOutcomes &outcomes, Output output);
std::vector<Quantiles> yearlyDifference(const PolicyOutcomes &a, const PolicyOutcomes &b,
                                        Output output);

struct Comparison {
    double firstBetter = 0; // share of draws where a does better than b
    double secondBetter = 0;
    double tie = 0; // equal within 1e-9 relative; the three add to 1
};

// P(a > b) draw by draw, ties within 1e-9 relative; the three shares add to 1.
Comparison compareDraws(const std::vector<double> &a, const std::vector<double> &b);

// "Better" follows the output's direction (OutputSpec::better); for outputs with no
// direction, lower counts as better.
Comparison compareOutcomes(const PolicyOutcomes &a, const PolicyOutcomes &b, Output output,
                           Totals kind = Totals::Discounted);

// The Monte Carlo standard error of the mean of the draws, √(s² / n): monteCarloError's
// `mean` without its ten percentile ranks (which cost a selection over the draws).
double meanStandardError(const std::vector<double> &values);

// The standard error of a share estimated from n draws: √(p·(1 − p) / n).
double shareError(double share, int draws);

// Share of values above zero.
double shareAbove(const std::vector<double> &values, double threshold = 0);

} // namespace leastbad::core
