// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/resultformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <leastbad/version.h>

namespace leastbad::data {

namespace {

QString key(const core::OutputSpec &spec) {
    return QString::fromUtf8(spec.key.data(), qsizetype(spec.key.size()));
}

// Full precision so that CSV round-trips the numbers.
QByteArray csvNumber(double v) {
    return QByteArray::number(v, 'g', 17);
}

QJsonObject valuesToJson(const core::OutputValues &values) {
    QJsonObject o;
    for (const core::OutputSpec &spec : core::outputSpecs())
        o.insert(key(spec), values[static_cast<int>(spec.output)]);
    return o;
}

} // namespace

QByteArray resultToCsv(const core::SimulationResult &result) {
    QByteArray csv = "year";
    for (const core::OutputSpec &spec : core::outputSpecs())
        csv += ',' + QByteArray(spec.key.data(), qsizetype(spec.key.size()));
    csv += '\n';
    for (std::size_t y = 0; y < result.years.size(); ++y) {
        csv += QByteArray::number(qulonglong(y + 1));
        for (double v : result.years[y])
            csv += ',' + csvNumber(v);
        csv += '\n';
    }
    return csv;
}

QByteArray resultToJson(const core::SimulationResult &result, const QString &regionCode,
                        const QString &policyName) {
    QJsonArray years;
    for (std::size_t y = 0; y < result.years.size(); ++y) {
        QJsonObject row = valuesToJson(result.years[y]);
        row.insert(QStringLiteral("year"), int(y + 1));
        years.append(row);
    }
    QJsonObject root;
    root.insert(QStringLiteral("generator"),
                QString(QStringLiteral("LeastBad ") + QString::fromLatin1(kVersion)));
    root.insert(QStringLiteral("region"), regionCode);
    root.insert(QStringLiteral("policy"), policyName);
    root.insert(QStringLiteral("years"), years);
    root.insert(QStringLiteral("totals"), valuesToJson(result.totals));
    root.insert(QStringLiteral("discounted_totals"), valuesToJson(result.discountedTotals));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray resultToTable(const core::SimulationResult &result) {
    using core::Output;
    const Output columns[] = {Output::PrisonPopulation,   Output::CrimesViolent,
                              Output::Homicides,          Output::VictimizationsAverted,
                              Output::AssaultsInPrison,   Output::LifeYearsLostIncarceration,
                              Output::WellbeingYearsLost, Output::CostTaxpayersUsd};
    const char *headers[] = {"prison pop.", "violent crimes",   "homicides", "victim. averted",
                             "assaults",    "LY lost (prison)", "WBY lost",  "taxpayers $M"};
    auto cell = [](double v, Output o) {
        const bool money = o == Output::CostTaxpayersUsd;
        return QString::number(money ? v / 1e6 : v, 'f', 0).rightJustified(17).toUtf8();
    };
    QByteArray table = QByteArray("year").leftJustified(6);
    for (const char *h : headers)
        table += QByteArray(h).rightJustified(17);
    table += '\n';
    for (std::size_t y = 0; y < result.years.size(); ++y) {
        table += QByteArray::number(qulonglong(y + 1)).leftJustified(6);
        for (Output o : columns)
            table += cell(core::at(result.years[y], o), o);
        table += '\n';
    }
    table += QByteArray("total").leftJustified(6);
    for (Output o : columns)
        table += core::outputSpec(o).isStock ? QByteArray("-").rightJustified(17)
                                             : cell(core::at(result.totals, o), o);
    table += '\n';
    return table;
}

} // namespace leastbad::data
