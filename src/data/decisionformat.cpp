// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/decisionformat.h"

#include "data/safetext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leastbad::data {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray number(double v) {
    return QByteArray::number(v, 'g', 17);
}

// One row of the voi CSV: section,name,measure,x,value,standard_error (x and the error may
// be empty).
QByteArray csvRow(const char *section, const QString &name, const QString &measure,
                  const QByteArray &x, const QByteArray &value, const QByteArray &error) {
    return QByteArray(section) + ',' + csvTextCell(name) + ',' + measure.toUtf8() + ',' + x + ',' +
           value + ',' + error + '\n';
}

QJsonArray informationJson(const std::vector<core::InformationValue> &values, bool groups) {
    const std::vector<core::ParameterGroup> all = core::parameterGroups();
    QJsonArray array;
    for (const core::InformationValue &v : values) {
        QJsonObject o{{QStringLiteral("key"), fromView(v.key)},
                      {QStringLiteral("label"), fromView(v.label)},
                      {QStringLiteral("evppi_usd"), v.evppi.value},
                      {QStringLiteral("evppi_usd_standard_error"), v.evppi.standardError},
                      {QStringLiteral("share_of_evpi"), v.shareOfEvpi}};
        if (groups) {
            QJsonArray members;
            for (const core::ParameterGroup &g : all) {
                if (g.key != v.key)
                    continue;
                for (const core::ParameterSpec *spec : g.members)
                    members.append(fromView(spec->key));
            }
            o.insert(QStringLiteral("members"), members);
        }
        array.append(o);
    }
    return array;
}

QJsonValue optionalNumber(const std::optional<double> &v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::vector<double> decompositionDraws(const core::Decomposition &d, core::Mechanism m, int term) {
    const auto &parts = d.parts[static_cast<int>(m)];
    std::vector<double> draws;
    draws.reserve(parts.size());
    for (const core::NetValueTerms &t : parts)
        draws.push_back(term < 0 ? core::sumOfTerms(t) : t[term]);
    return draws;
}

QByteArray decisionToCsv(const AnalysisLabels &r, const DecisionReport &report) {
    QByteArray csv = "section,name,measure,x,value,standard_error\n";
    const core::DecisionSummary &d = report.decision;
    for (int p = 0; p < r.names.size() && p < int(d.expectedNetValue.size()); ++p) {
        csv += csvRow("decision", r.names[p], QStringLiteral("expected_net_value_usd"), {},
                      number(d.expectedNetValue[p]), {});
        csv += csvRow("decision", r.names[p], QStringLiteral("probability_best"), {},
                      number(d.probabilityBest[p]), number(d.probabilityBestError[p]));
        csv += csvRow("decision", r.names[p], QStringLiteral("expected_loss_usd"), {},
                      number(d.expectedLoss[p]), number(d.expectedLossError[p]));
    }
    const core::ValueOfInformation &voi = report.information;
    csv += csvRow("evpi", {}, QStringLiteral("evpi_usd"), {}, number(voi.evpi.value),
                  number(voi.evpi.standardError));
    for (const auto &[section, values] :
         {std::pair{"evppi_group", &voi.groups}, std::pair{"evppi_parameter", &voi.parameters}}) {
        for (const core::InformationValue &v : *values) {
            csv += csvRow(section, fromView(v.key), QStringLiteral("evppi_usd"), {},
                          number(v.evppi.value), number(v.evppi.standardError));
            csv += csvRow(section, fromView(v.key), QStringLiteral("share_of_evpi"), {},
                          number(v.shareOfEvpi), {});
        }
    }
    for (const core::AcceptabilityPoint &point : report.acceptability) {
        for (int p = 0; p < r.names.size() && p < int(point.probabilityBest.size()); ++p)
            csv += csvRow("acceptability", r.names[p], QStringLiteral("probability_best"),
                          number(point.dollarsPerWellbeingYear), number(point.probabilityBest[p]),
                          number(core::shareError(point.probabilityBest[p], r.draws)));
    }
    for (std::size_t p = 0; p < report.breakEvens.size(); ++p) {
        for (const core::BreakEven &b : report.breakEvens[p])
            // x: the user's value; value: the break-even, empty when there is none in range.
            csv +=
                csvRow("break_even", r.names[int(p) + 1], fromView(core::breakEvenKey(b.quantity)),
                       number(b.current), b.value ? number(*b.value) : QByteArray(), {});
    }
    return csv;
}

QByteArray decisionToJson(const AnalysisLabels &r, const DecisionReport &report) {
    const core::DecisionSummary &d = report.decision;
    QJsonArray options;
    for (int p = 0; p < r.names.size() && p < int(d.expectedNetValue.size()); ++p)
        options.append(QJsonObject{
            {QStringLiteral("name"), r.names[p]},
            {QStringLiteral("expected_net_value_usd"), d.expectedNetValue[p]},
            {QStringLiteral("probability_best"), d.probabilityBest[p]},
            {QStringLiteral("probability_best_standard_error"), d.probabilityBestError[p]},
            {QStringLiteral("expected_loss_usd"), d.expectedLoss[p]},
            {QStringLiteral("expected_loss_usd_standard_error"), d.expectedLossError[p]}});
    QJsonArray curve;
    for (const core::AcceptabilityPoint &point : report.acceptability) {
        QJsonArray probabilities;
        for (double p : point.probabilityBest)
            probabilities.append(p);
        curve.append(
            QJsonObject{{QStringLiteral("usd_per_wellbeing_year"), point.dollarsPerWellbeingYear},
                        {QStringLiteral("probability_best"), probabilities}});
    }
    QJsonArray breakEvens;
    for (std::size_t p = 0; p < report.breakEvens.size(); ++p) {
        for (const core::BreakEven &b : report.breakEvens[p]) {
            const core::BreakEvenRange range = core::breakEvenRange(b.quantity);
            breakEvens.append(QJsonObject{
                {QStringLiteral("policy"), r.names[int(p) + 1]},
                {QStringLiteral("quantity"), fromView(core::breakEvenKey(b.quantity))},
                {QStringLiteral("current"), b.current},
                {QStringLiteral("expected_net_value_at_current_usd"), b.expectedNetValueAtCurrent},
                {QStringLiteral("break_even"), optionalNumber(b.value)},
                {QStringLiteral("range_min"), range.min},
                {QStringLiteral("range_max"), range.max}});
        }
    }
    const core::ValueOfInformation &voi = report.information;
    QJsonObject root = runJson(r);
    root.insert(QStringLiteral("options"), options);
    root.insert(QStringLiteral("best_option"),
                d.bestOption < r.names.size() ? r.names[d.bestOption] : QString());
    root.insert(QStringLiteral("evpi_usd"), voi.evpi.value);
    root.insert(QStringLiteral("evpi_usd_standard_error"), voi.evpi.standardError);
    root.insert(QStringLiteral("evppi_groups"), informationJson(voi.groups, true));
    root.insert(QStringLiteral("evppi_parameters"), informationJson(voi.parameters, false));
    root.insert(QStringLiteral("acceptability_curve"), curve);
    root.insert(QStringLiteral("break_even"), breakEvens);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonArray decompositionJson(const QStringList &names,
                             const std::vector<core::Decomposition> &decompositions) {
    QJsonArray result;
    for (std::size_t p = 0; p < decompositions.size() && int(p) < names.size(); ++p) {
        QJsonArray mechanisms;
        for (int m = 0; m < core::kMechanismCount; ++m) {
            const auto mechanism = static_cast<core::Mechanism>(m);
            const std::vector<double> total = decompositionDraws(decompositions[p], mechanism);
            QJsonObject terms;
            for (int t = 0; t < core::kNetValueTermCount; ++t)
                terms.insert(fromView(core::netValueTermKey(static_cast<core::NetValueTerm>(t))),
                             quantilesJson(core::summarize(
                                 decompositionDraws(decompositions[p], mechanism, t))));
            mechanisms.append(
                QJsonObject{{QStringLiteral("mechanism"), fromView(core::mechanismKey(mechanism))},
                            {QStringLiteral("total_usd"), quantilesJson(core::summarize(total))},
                            {QStringLiteral("total_usd_standard_error"),
                             standardErrorJson(core::monteCarloError(total))},
                            {QStringLiteral("terms_usd"), terms}});
        }
        result.append(QJsonObject{{QStringLiteral("policy"), names[int(p)]},
                                  {QStringLiteral("mechanisms"), mechanisms}});
    }
    return result;
}

QByteArray decompositionCsv(const QStringList &names,
                            const std::vector<core::Decomposition> &decompositions) {
    QByteArray csv;
    for (std::size_t p = 0; p < decompositions.size() && int(p) < names.size(); ++p) {
        for (int m = 0; m < core::kMechanismCount; ++m) {
            const auto mechanism = static_cast<core::Mechanism>(m);
            const QString prefix =
                QStringLiteral("decomposition_") + fromView(core::mechanismKey(mechanism));
            csv += csvSummaryRows(names[int(p)], prefix + QStringLiteral("_total"),
                                  decompositionDraws(decompositions[p], mechanism));
            for (int t = 0; t < core::kNetValueTermCount; ++t)
                csv += csvSummaryRows(
                    names[int(p)],
                    prefix + QLatin1Char('_') +
                        fromView(core::netValueTermKey(static_cast<core::NetValueTerm>(t))),
                    decompositionDraws(decompositions[p], mechanism, t));
        }
    }
    return csv;
}

} // namespace leastbad::data
