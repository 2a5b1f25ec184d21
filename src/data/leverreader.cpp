// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/leverreader.h"

#include "data/jsonread.h"

#include <QCoreApplication>

#include <cmath>

namespace leastbad::data {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 10);
}

// Resolves one lever entry: a number, or {"times": x} / {"plus": x} applied to the
// region's status-quo value. Returns NaN and appends an error when it cannot.
double resolveLever(const QJsonValue &value, double statusQuo, const QString &where,
                    Problems &errors) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.contains(QStringLiteral("times")) &&
            o.value(QStringLiteral("times")).isDouble())
            return statusQuo * o.value(QStringLiteral("times")).toDouble();
        if (o.size() == 1 && o.contains(QStringLiteral("plus")) &&
            o.value(QStringLiteral("plus")).isDouble())
            return statusQuo + o.value(QStringLiteral("plus")).toDouble();
    }
    errors << Problem::of(
        QCoreApplication::translate(
            "leastbad::data", "%1: expected a number, {\"times\": number} or {\"plus\": number}")
            .arg(where));
    return std::nan("");
}

} // namespace

void readLevers(const QJsonObject &levers, const core::Policy &statusQuo, const QString &where,
                core::Policy &policy, Problems &errors) {
    constexpr int kMaxShownKey = 80;
    QStringList unknownLevers;
    for (auto it = levers.begin(); it != levers.end(); ++it) {
        const QString lever = QCoreApplication::translate("leastbad::data", "%1: lever \"%2\"")
                                  .arg(where, it.key().left(kMaxShownKey));
        const core::LeverSpec *spec = core::findLever(it.key().toStdString());
        if (!spec) {
            unknownLevers
                << QCoreApplication::translate("leastbad::data", "%1: unknown lever").arg(lever);
            continue;
        }
        const double value =
            resolveLever(it.value(), core::leverValue(statusQuo, *spec), lever, errors);
        if (std::isnan(value))
            continue;
        if (!std::isfinite(value) || value < spec->min || value > spec->max) {
            errors << Problem::of(
                QCoreApplication::translate(
                    "leastbad::data", "%1: value %2 is outside the allowed range %3 to %4 (%5)")
                    .arg(lever, number(value), number(spec->min), number(spec->max),
                         QString::fromUtf8(spec->unit.data(), qsizetype(spec->unit.size()))));
            continue;
        }
        core::setLeverValue(policy, *spec, value);
    }
    errors << problemsOf(
        capped(unknownLevers,
               QCoreApplication::translate("leastbad::data", "%1: and %2 more unknown levers")
                   .arg(where, QStringLiteral("%1"))));
}

} // namespace leastbad::data
