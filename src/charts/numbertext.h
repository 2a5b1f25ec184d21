// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people, in the user's locale: "1.23 M", "4.5 bn", "−$2.1 bn", "87%".
#pragma once

#include "core/summary.h"

#include <QString>

namespace leastbad::charts {

QString number(double value);
QString money(double value);
QString percent(double share);
// "mean (90% interval p5 to p95)" in plain text.
QString withInterval(const core::Quantiles &q, QString (*format)(double));

} // namespace leastbad::charts
