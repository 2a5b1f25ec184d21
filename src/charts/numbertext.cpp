// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/numbertext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace leastbad::charts {

QString number(double v) {
    const double a = std::abs(v);
    const QLocale locale;
    if (a >= 1e12)
        return locale.toString(v / 1e12, 'f', 2) +
               QCoreApplication::translate("leastbad::charts", " tn");
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'f', 1) +
               QCoreApplication::translate("leastbad::charts", " bn");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', 2) +
               QCoreApplication::translate("leastbad::charts", " M");
    return locale.toString(v, 'f', 0);
}

QString money(double v) {
    return (v < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + number(std::abs(v));
}

QString percent(double share) {
    return QLocale().toString(100 * share, 'f', 0) + QLatin1Char('%');
}

QString withInterval(const core::Quantiles &q, QString (*format)(double)) {
    return QCoreApplication::translate("leastbad::charts", "%1 (90% interval %2 to %3)")
        .arg(format(q.mean), format(q.p5), format(q.p95));
}

} // namespace leastbad::charts
