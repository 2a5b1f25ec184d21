// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in the command line's tables: the app's formats (analysis/numbertext), so a
// table and a chart print a number the same way, plus the table helpers.
#pragma once

#include "analysis/numbertext.h"
#include "core/summary.h"

#include <QString>

#include <string_view>
#include <vector>

namespace leastbad::cli {

using analysis::count;             // "1,234,567"
using analysis::percent;           // "87%", with decimals "87.4%"
using analysis::withInterval;      // "mean (90% interval p5 to p95)"
inline QString usd(double value) { // "$1.23 bn", "−$45.6 M", "$780"
    return analysis::money(value);
}
QString significant(double value); // three significant figures: "0.0153", "-1.2e+03"
// "mean ± Monte Carlo standard error (90% interval p5 to p95)" of the draws.
QString withError(const std::vector<double> &draws, QString (*format)(double));
QString padded(const QString &text, int width); // right-aligned
QString fromView(std::string_view text);        // UTF-8 table text to QString

} // namespace leastbad::cli
