// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/numbertext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace leastbad::analysis {

namespace {

struct Scale {
    double factor;
    const char *suffix; // translated in the "leastbad::analysis" context
};

// The unit a magnitude is written in; below a million, plain digits.
Scale scaleFor(double magnitude) {
    if (magnitude >= 1e12)
        return {1e12, " tn"};
    if (magnitude >= 1e9)
        return {1e9, " bn"};
    if (magnitude >= 1e6)
        return {1e6, " M"};
    return {1, nullptr};
}

QString suffix(const Scale &scale) {
    return scale.suffix ? QCoreApplication::translate("leastbad::analysis", scale.suffix)
                        : QString();
}

// `v` with `decimals` decimals, with no "-0" (or "-0.0") left by rounding.
QString fixed(double v, int decimals) {
    const double unit = std::pow(10.0, decimals);
    if (std::round(std::abs(v) * unit) == 0)
        v = 0;
    return displayLocale().toString(v, 'f', decimals);
}

} // namespace

QLocale displayLocale() {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString number(double v) {
    const Scale scale = scaleFor(std::abs(v));
    const int decimals = scale.factor == 1e9 ? 1 : scale.factor == 1 ? 0 : 2;
    return fixed(v / scale.factor, decimals) + suffix(scale);
}

QString money(double v) {
    const QString digits = number(std::abs(v));
    const bool negative = v < 0 && digits != number(0);
    return (negative ? QStringLiteral("−$") : QStringLiteral("$")) + digits;
}

QString percent(double share) {
    return percent(share, 0);
}

QString percent(double share, int decimals) {
    return fixed(100 * share, decimals) + QLatin1Char('%');
}

QString withInterval(const core::Quantiles &q, QString (*format)(double)) {
    return QCoreApplication::translate("leastbad::analysis", "%1 (90% interval %2 to %3)")
        .arg(format(q.mean), format(q.p5), format(q.p95));
}

QString withErrorAndInterval(const core::Quantiles &q, double standardError,
                             QString (*format)(double)) {
    return QCoreApplication::translate("leastbad::analysis", "%1 ± %2 (90% interval %3 to %4)")
        .arg(format(q.mean), format(standardError), format(q.p5), format(q.p95));
}

QString count(double value) {
    return fixed(value, 0);
}

double roundingStep(double standardError) {
    if (!(standardError > 0) || !std::isfinite(standardError))
        return 0;
    double exponent = std::floor(std::log10(standardError));
    // 1.0 to 2.99…: one more digit, so 0.15 is not shown as 0.1 or 0.2.
    if (standardError / std::pow(10.0, exponent) < 3)
        exponent -= 1;
    return std::pow(10.0, exponent);
}

double roundToStep(double value, double step) {
    if (step <= 0 || !std::isfinite(step))
        return value == 0 ? 0 : value;
    const double rounded = std::round(value / step) * step;
    return rounded == 0 ? 0 : rounded; // −0 becomes 0
}

bool indistinguishableFromZero(double mean, double standardError) {
    return standardError > 0 && std::abs(mean) < 1.959964 * standardError;
}

QString numberTo(double value, double step) {
    if (step <= 0)
        return number(value);
    const double rounded = roundToStep(value, step);
    // The unit follows the rounded value, or the step when that is zero.
    const Scale scale = scaleFor(rounded != 0 ? std::abs(rounded) : step);
    const double scaledStep = step / scale.factor;
    const int decimals = std::clamp(int(std::lround(-std::log10(scaledStep))), 0, 6);
    return fixed(rounded / scale.factor, decimals) + suffix(scale);
}

QString moneyTo(double value, double step) {
    const double rounded = roundToStep(value, step);
    return (rounded < 0 ? QStringLiteral("−$") : QStringLiteral("$")) +
           numberTo(std::abs(rounded), step);
}

QString percentTo(double share, double step) {
    if (step <= 0)
        return percent(share);
    const double points = roundToStep(100 * share, 100 * step);
    const int decimals = std::clamp(int(std::lround(-std::log10(100 * step))), 0, 4);
    return fixed(points, decimals) + QLatin1Char('%');
}

} // namespace leastbad::analysis
