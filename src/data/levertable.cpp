// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/levertable.h"

#include "core/policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace leastbad::data {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// English numbers with thousands separators, as the rest of the documents write them.
QString number(double v) {
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'g', 6);
}

QString statusQuoRule(const core::LeverSpec &lever) {
    return lever.statusQuoField
               ? QStringLiteral("region's `%1`").arg(fromView(lever.statusQuoInput))
               : number(lever.statusQuoDefault);
}

} // namespace

QByteArray leverTableMarkdown(const core::RegionBaseline &reference) {
    const core::Policy statusQuo = core::statusQuoPolicy(reference);
    QString md = QLatin1String(kLeverTableBegin) + QStringLiteral("\n\n");
    md += QStringLiteral("| key | lever | unit | range (step) | status quo | %1 status quo | "
                         "to another region | evidence (as stated in the code) |\n"
                         "|---|---|---|---|---|---|---|---|\n")
              .arg(QString::fromStdString(reference.code));
    for (const core::LeverSpec &lever : core::leverSpecs())
        md += QStringLiteral("| `%1` | %2 | %3 | %4–%5 (%6) | %7 | %8 | %9 | %10 |\n")
                  .arg(fromView(lever.key), fromView(lever.label), fromView(lever.unit),
                       number(lever.min), number(lever.max), number(lever.step),
                       statusQuoRule(lever), number(core::leverValue(statusQuo, lever)),
                       fromView(core::leverTransferText(lever.transfer)))
                  .arg(fromView(lever.evidence));
    md += QStringLiteral("\n") + QLatin1String(kLeverTableEnd) + QStringLiteral("\n");
    return md.toUtf8();
}

QByteArray leverTableJson(const core::RegionBaseline &reference) {
    const core::Policy statusQuo = core::statusQuoPolicy(reference);
    QJsonArray levers;
    for (const core::LeverSpec &lever : core::leverSpecs()) {
        QJsonObject o{
            {QStringLiteral("key"), fromView(lever.key)},
            {QStringLiteral("label"), fromView(lever.label)},
            {QStringLiteral("unit"), fromView(lever.unit)},
            {QStringLiteral("min"), lever.min},
            {QStringLiteral("max"), lever.max},
            {QStringLiteral("step"), lever.step},
            {QStringLiteral("reference_status_quo"), core::leverValue(statusQuo, lever)},
            {QStringLiteral("transfer"), fromView(core::leverTransferText(lever.transfer))},
            {QStringLiteral("evidence"), fromView(lever.evidence)},
            {QStringLiteral("parameters"), fromView(lever.parameters)}};
        if (lever.statusQuoField)
            o.insert(QStringLiteral("status_quo_input"), fromView(lever.statusQuoInput));
        else
            o.insert(QStringLiteral("status_quo_default"), lever.statusQuoDefault);
        levers.append(o);
    }
    QJsonObject root{{QStringLiteral("reference_region"), QString::fromStdString(reference.code)},
                     {QStringLiteral("levers"), levers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace leastbad::data
