// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/textformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace leastbad::cli {

namespace {

// Tables are for people: the user's locale (set by --lang or the system), with group
// separators. CSV and JSON keep plain numbers.
QLocale tableLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

} // namespace

QString usd(double value) {
    const double a = std::abs(value);
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (a >= 1e12)
        return sign + QStringLiteral("$") + tableLocale().toString(a / 1e12, 'f', 2) +
               QStringLiteral("tn");
    if (a >= 1e9)
        return sign + QStringLiteral("$") + tableLocale().toString(a / 1e9, 'f', 2) +
               QStringLiteral("bn");
    if (a >= 1e6)
        return sign + QStringLiteral("$") + tableLocale().toString(a / 1e6, 'f', 1) +
               QStringLiteral("M");
    return sign + QStringLiteral("$") + tableLocale().toString(a, 'f', 0);
}

QString count(double value) {
    return tableLocale().toString(value, 'f', 0);
}

QString percent(double share, int decimals) {
    return tableLocale().toString(100 * share, 'f', decimals) + QLatin1Char('%');
}

QString significant(double value) {
    if (!std::isfinite(value))
        return QCoreApplication::translate("leastbad::cli", "n/a");
    return tableLocale().toString(value, 'g', 3);
}

namespace {

QString withIntervalAfter(const QString &mean, const core::Quantiles &q,
                          QString (*format)(double)) {
    return mean + QStringLiteral(" (90%: ") + format(q.p5) +
           QCoreApplication::translate("leastbad::cli", " to ") + format(q.p95) + QLatin1Char(')');
}

} // namespace

QString withInterval(const core::Quantiles &q, QString (*format)(double)) {
    return withIntervalAfter(format(q.mean), q, format);
}

QString withError(const std::vector<double> &draws, QString (*format)(double)) {
    const core::Quantiles q = core::summarize(draws);
    return withIntervalAfter(format(q.mean) + QStringLiteral(" ± ") +
                                 format(core::monteCarloError(draws).mean),
                             q, format);
}

QString padded(const QString &text, int width) {
    return text.rightJustified(width);
}

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace leastbad::cli
