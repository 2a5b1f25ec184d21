// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sweepformat.h"

#include "core/parameterdraws.h"
#include "core/policy.h"
#include "data/safetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leastbad::data {

namespace {

QByteArray num(double value) {
    return QByteArray::number(value, 'g', 17);
}

QByteArray text(std::string_view value) {
    return csvTextCell(QString::fromUtf8(value.data(), qsizetype(value.size())));
}

QString key(std::string_view value) {
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QJsonObject leversJson(const core::Policy &policy) {
    QJsonObject o;
    for (const core::LeverSpec &lever : core::leverSpecs())
        o.insert(key(lever.key), core::leverValue(policy, lever));
    return o;
}

QJsonObject objectivesJson(const core::Objectives &o) {
    return {{QStringLiteral("victimizations"), o.victimizations},
            {QStringLiteral("wellbeing_years_lost"), o.wellbeingYearsLost},
            {QStringLiteral("life_years_lost_net"), o.lifeYearsLostNet},
            {QStringLiteral("taxpayer_cost_usd"), o.taxpayerCostUsd},
            {QStringLiteral("net_value_mean_usd"), o.netValueMean},
            {QStringLiteral("extra_taxpayer_cost_usd"), o.extraTaxpayerCostUsd}};
}

QJsonObject optimisedJson(const core::OptimisedPolicy &p) {
    if (!p.found)
        return {{QStringLiteral("found"), false}};
    return {{QStringLiteral("found"), true},
            {QStringLiteral("levers"), leversJson(p.candidate.policy)},
            {QStringLiteral("objectives"), objectivesJson(p.candidate.objectives)},
            {QStringLiteral("net_value_p5"), p.netValue.p5},
            {QStringLiteral("net_value_p95"), p.netValue.p95},
            {QStringLiteral("probability_net_benefit_positive"), p.probabilityPositive}};
}

double rankCorrelation(const std::vector<core::Importance> &importance,
                       const core::ParameterSpec *parameter) {
    for (const core::Importance &i : importance)
        if (i.parameter == parameter)
            return i.rankCorrelation;
    return 0;
}

} // namespace

QByteArray frontierToCsv(const core::FrontierResult &f, const QStringList &markedNames) {
    QByteArray csv = "point,victimizations,wellbeing_years_lost,life_years_lost_net,"
                     "taxpayer_cost_usd,net_value_mean_usd";
    for (const core::LeverSpec &lever : core::leverSpecs())
        csv += ',' + QByteArray(lever.key.data(), qsizetype(lever.key.size()));
    csv += '\n';
    const auto row = [&csv](const QByteArray &point, const core::Objectives &o,
                            const core::Policy *policy) {
        csv += point + ',' + num(o.victimizations) + ',' + num(o.wellbeingYearsLost) + ',' +
               num(o.lifeYearsLostNet) + ',' + num(o.taxpayerCostUsd) + ',' + num(o.netValueMean);
        for (const core::LeverSpec &lever : core::leverSpecs())
            csv += ',' + (policy ? num(core::leverValue(*policy, lever)) : QByteArray());
        csv += '\n';
    };
    row("status_quo", f.statusQuo, nullptr);
    for (std::size_t p = 0; p < f.marked.size(); ++p)
        row(csvTextCell(markedNames.value(int(p))), f.marked[p], nullptr);
    if (f.bestUnderBudget.found)
        row("least_bad_within_budget", f.bestUnderBudget.candidate.objectives,
            &f.bestUnderBudget.candidate.policy);
    for (const core::Candidate &c : f.frontier)
        row("frontier", c.objectives, &c.policy);
    return csv;
}

QByteArray frontierToJson(const core::FrontierResult &f) {
    QJsonArray frontier;
    for (const core::Candidate &c : f.frontier)
        frontier.append(QJsonObject{{QStringLiteral("levers"), leversJson(c.policy)},
                                    {QStringLiteral("objectives"), objectivesJson(c.objectives)}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("evaluated"), f.evaluated},
                           {QStringLiteral("status_quo"), objectivesJson(f.statusQuo)},
                           {QStringLiteral("best_under_budget"), optimisedJson(f.bestUnderBudget)},
                           {QStringLiteral("best_overall"), optimisedJson(f.bestOverall)},
                           {QStringLiteral("frontier"), frontier}})
        .toJson(QJsonDocument::Indented);
}

QByteArray regionsToCsv(const core::RegionsResult &regions) {
    QByteArray csv = "region,name,net_value_per_resident_usd,net_value_mean_usd,net_value_p5_usd,"
                     "net_value_p25_usd,net_value_p50_usd,net_value_p75_usd,net_value_p95_usd,"
                     "probability_net_benefit_positive,net_value_mean_se_usd,net_value_p5_se_usd,"
                     "net_value_p95_se_usd,probability_net_benefit_positive_se\n";
    for (const core::RegionRanking &r : regions.ranking) {
        const core::Quantiles &q = r.netValue;
        // A region code is [A-Z0-9-] (the dataset checks it), so it needs no quotes.
        csv += QByteArray::fromStdString(r.code) + ',' + text(r.name) + ',' +
               num(r.netValuePerResident) + ',' + num(q.mean) + ',' + num(q.p5) + ',' + num(q.p25) +
               ',' + num(q.p50) + ',' + num(q.p75) + ',' + num(q.p95) + ',' +
               num(r.probabilityPositive) + ',' + num(r.netValueError.mean) + ',' +
               num(r.netValueError.p5) + ',' + num(r.netValueError.p95) + ',' +
               num(r.netValueError.shareAboveZero) + '\n';
    }
    return csv;
}

QByteArray regionsToJson(const core::RegionsResult &regions, const QString &policyName) {
    QJsonArray rows;
    for (const core::RegionRanking &r : regions.ranking)
        rows.append(
            QJsonObject{{QStringLiteral("region"), key(r.code)},
                        {QStringLiteral("name"), key(r.name)},
                        {QStringLiteral("net_value_mean_usd"), r.netValue.mean},
                        {QStringLiteral("net_value_p5_usd"), r.netValue.p5},
                        {QStringLiteral("net_value_p95_usd"), r.netValue.p95},
                        {QStringLiteral("net_value_per_resident_usd"), r.netValuePerResident},
                        {QStringLiteral("probability_net_benefit_positive"), r.probabilityPositive},
                        {QStringLiteral("net_value_mean_se_usd"), r.netValueError.mean},
                        {QStringLiteral("net_value_p5_se_usd"), r.netValueError.p5},
                        {QStringLiteral("net_value_p95_se_usd"), r.netValueError.p95},
                        {QStringLiteral("probability_net_benefit_positive_se"),
                         r.netValueError.shareAboveZero}});
    return QJsonDocument(QJsonObject{{QStringLiteral("policy"), policyName},
                                     {QStringLiteral("regions"), rows}})
        .toJson(QJsonDocument::Indented);
}

QByteArray tornadoToCsv(const core::Tornado &t, const std::vector<core::Importance> &importance) {
    QByteArray csv = "parameter,unit,value_at_p5,value_at_p95,net_value_at_p5_usd,"
                     "net_value_at_p95_usd,swing_usd,net_value_central_usd";
    csv += importance.empty() ? "\n" : ",rank_correlation\n";
    for (const core::TornadoBar &bar : t.bars) {
        csv += text(bar.parameter->key) + ',' + text(bar.parameter->unit) + ',' +
               num(core::withQuantile(*bar.parameter, 0.05).*bar.parameter->member) + ',' +
               num(core::withQuantile(*bar.parameter, 0.95).*bar.parameter->member) + ',' +
               num(bar.atLow) + ',' + num(bar.atHigh) + ',' + num(bar.swing()) + ',' +
               num(t.central);
        if (!importance.empty())
            csv += ',' + QByteArray::number(rankCorrelation(importance, bar.parameter), 'g', 6);
        csv += '\n';
    }
    return csv;
}

QByteArray tornadoToJson(const core::Tornado &t, const QString &policyName,
                         const std::vector<core::Importance> &importance) {
    QJsonArray bars, ranks;
    for (const core::TornadoBar &b : t.bars)
        bars.append(QJsonObject{{QStringLiteral("parameter"), key(b.parameter->key)},
                                {QStringLiteral("unit"), key(b.parameter->unit)},
                                {QStringLiteral("value_at_p5"),
                                 core::withQuantile(*b.parameter, 0.05).*b.parameter->member},
                                {QStringLiteral("value_at_p95"),
                                 core::withQuantile(*b.parameter, 0.95).*b.parameter->member},
                                {QStringLiteral("net_value_at_p5"), b.atLow},
                                {QStringLiteral("net_value_at_p95"), b.atHigh},
                                {QStringLiteral("swing"), b.swing()}});
    for (const core::Importance &i : importance)
        ranks.append(QJsonObject{{QStringLiteral("parameter"), key(i.parameter->key)},
                                 {QStringLiteral("rank_correlation"), i.rankCorrelation}});
    QJsonObject root{{QStringLiteral("policy"), policyName},
                     {QStringLiteral("net_value_central"), t.central},
                     {QStringLiteral("tornado"), bars}};
    if (!importance.empty())
        root.insert(QStringLiteral("rank_correlations"), ranks);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace leastbad::data
