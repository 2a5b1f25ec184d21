// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people: money in $ millions or billions, intervals, percentages.
#pragma once

#include "core/summary.h"

#include <QString>

#include <string_view>
#include <vector>

namespace leastbad::cli {

QString usd(double value);                       // "$1.23bn", "-$45.6M", "$780"
QString count(double value);                     // "1,234,567"
QString percent(double share, int decimals = 0); // "87%", "87.4%"
QString significant(double value);               // three significant figures: "0.0153", "-1.2e+03"
QString withInterval(const core::Quantiles &q,
                     QString (*format)(double)); // "mean (90%: p5 to p95)"
// "mean ± Monte Carlo standard error (90%: p5 to p95)" of the draws.
QString withError(const std::vector<double> &draws, QString (*format)(double));
QString padded(const QString &text, int width); // right-aligned
QString fromView(std::string_view text);        // UTF-8 table text to QString

} // namespace leastbad::cli
