// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers for people, in the user's locale: "1.23 M", "4.5 bn", "−$2.1 bn", "87%". Never
// "-0": a value that rounds to zero is shown as 0.
#pragma once

#include "core/summary.h"

#include <QLocale>
#include <QString>

namespace leastbad::analysis {

QString number(double value);
QString money(double value);
QString percent(double share);
// With `decimals` decimals: "87.4%".
QString percent(double share, int decimals);
// "mean (90% interval p5 to p95)" in plain text.
QString withInterval(const core::Quantiles &q, QString (*format)(double));
// "mean ± its Monte Carlo standard error (90% interval p5 to p95)".
QString withErrorAndInterval(const core::Quantiles &q, double standardError,
                             QString (*format)(double));

// The user's locale with its thousands separators always shown ("5,488,984 people" even
// where the C locale would print 5488984).
QLocale displayLocale();
// A whole count of people, prisoners or events: "5,488,984".
QString count(double value);

// Rounding to what the draws can tell. The step is a power of ten: the standard error's
// first significant digit, or its first two when they read 10 to 29 (so an error of 0.37
// gives steps of 0.1, an error of 0.15 steps of 0.01). No error (0, negative or not finite)
// gives step 0: no rounding.
double roundingStep(double standardError);
// `value` to the nearest multiple of `step` (unchanged when step is 0), never −0.
double roundToStep(double value, double step);
// |mean| within 1.96 standard errors of zero: the draws cannot tell its sign.
bool indistinguishableFromZero(double mean, double standardError);
// As number(), money() and percent(), but with the digits the step allows: "16 bn",
// "15.9 bn", "$2 tn", "47.3%". Step 0 falls back to the plain formats.
QString numberTo(double value, double step);
QString moneyTo(double value, double step);
QString percentTo(double share, double step);

} // namespace leastbad::analysis
