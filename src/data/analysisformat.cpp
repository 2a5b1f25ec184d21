// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/analysisformat.h"

#include "data/safetext.h"

#include "core/outputs.h"
#include "core/parameters.h"
#include "core/summary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leastbad::data {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QByteArray csvQuantiles(const core::Quantiles &q) {
    QByteArray row;
    for (double v : {q.mean, q.p5, q.p25, q.p50, q.p75, q.p95})
        row += ',' + QByteArray::number(v, 'g', 17);
    return row;
}

QByteArray csvNumbers(std::initializer_list<double> values) {
    QByteArray row;
    for (double v : values)
        row += ',' + QByteArray::number(v, 'g', 17);
    return row;
}

struct LedgerField {
    const char *csvKey;
    const char *jsonKey;
    double core::LedgerValues::*field;
};

const LedgerField kLedgers[] = {
    {"net_value_taxpayers_usd", "taxpayers", &core::LedgerValues::taxpayers},
    {"net_value_victims_usd", "victims", &core::LedgerValues::victims},
    {"net_value_incarcerated_families_usd", "incarcerated_and_families",
     &core::LedgerValues::incarceratedAndFamilies},
    {"net_value_vendors_usd", "vendors", &core::LedgerValues::vendors},
};

std::vector<double> otherLifeYearsChoiceDraws(const core::PolicyVerdict &v, bool counted) {
    std::vector<double> draws;
    for (const core::LedgerValues &l : v.netValueDraws)
        draws.push_back(l.total() + (counted ? -1.0 : 1.0) * l.incarcerationLifeYears);
    return draws;
}

// Every draw: the parameters drawn and each policy's totals, for an audit of the result.
QJsonObject rawDrawsJson(const AnalysisLabels &r, const core::Analysis &analysis,
                         const core::ParameterDraws &draws) {
    QJsonArray parameters;
    for (const core::Parameters &p : draws.values) {
        QJsonObject row;
        for (const core::ParameterSpec &spec : core::parameterSpecs())
            row.insert(fromView(spec.key), p.*spec.member);
        parameters.append(row);
    }
    QJsonArray policies;
    for (int p = 0; p < r.names.size(); ++p) {
        QJsonArray totals;
        const core::PolicyOutcomes &outcomes = analysis.run.policies[p];
        for (int d = 0; d < outcomes.draws; ++d) {
            QJsonObject row;
            for (const core::OutputSpec &spec : core::outputSpecs())
                row.insert(fromView(spec.key), core::at(outcomes.discounted[d], spec.output));
            const core::LedgerValues &nv = analysis.verdicts[p].netValueDraws[d];
            row.insert(QStringLiteral("net_value_usd"), nv.total());
            row.insert(QStringLiteral("net_value_taxpayers_usd"), nv.taxpayers);
            row.insert(QStringLiteral("net_value_victims_usd"), nv.victims);
            row.insert(QStringLiteral("net_value_incarcerated_families_usd"),
                       nv.incarceratedAndFamilies);
            row.insert(QStringLiteral("net_value_vendors_usd"), nv.vendors);
            row.insert(QStringLiteral("value_incarceration_life_years_usd"),
                       nv.incarcerationLifeYears);
            totals.append(row);
        }
        policies.append(QJsonObject{{QStringLiteral("name"), r.names[p]},
                                    {QStringLiteral("discounted_totals"), totals}});
    }
    return {{QStringLiteral("parameters"), parameters}, {QStringLiteral("policies"), policies}};
}

} // namespace

QJsonObject standardErrorJson(const core::MonteCarloError &e) {
    return {{QStringLiteral("mean"), e.mean}, {QStringLiteral("p5"), e.p5},
            {QStringLiteral("p25"), e.p25},   {QStringLiteral("p50"), e.p50},
            {QStringLiteral("p75"), e.p75},   {QStringLiteral("p95"), e.p95}};
}

QByteArray csvSummaryRows(const QString &policy, const QString &measure,
                          const std::vector<double> &draws) {
    const core::MonteCarloError e = core::monteCarloError(draws);
    return csvTextCell(policy) + ',' + measure.toUtf8() + csvQuantiles(core::summarize(draws)) +
           '\n' + csvTextCell(policy) + ',' + measure.toUtf8() + "_standard_error" +
           csvNumbers({e.mean, e.p5, e.p25, e.p50, e.p75, e.p95}) + '\n';
}

QJsonObject runJson(const AnalysisLabels &r) {
    const core::MoralWeights &w = r.weights;
    return {{QStringLiteral("region"), r.regionCode},
            {QStringLiteral("draws"), r.draws},
            {QStringLiteral("seed"), QString::number(r.seed)},
            {QStringLiteral("weights"),
             QJsonObject{{QStringLiteral("usd_per_wellbeing_year"), w.dollarsPerWellbeingYear},
                         {QStringLiteral("usd_per_life_year"), w.dollarsPerLifeYear},
                         {QStringLiteral("weight_incarcerated"), w.weightIncarcerated},
                         {QStringLiteral("weight_victims"), w.weightVictims},
                         {QStringLiteral("weight_families"), w.weightFamilies},
                         {QStringLiteral("discount_rate"), w.discountRate},
                         {QStringLiteral("horizon_years"), w.horizonYears},
                         {QStringLiteral("excess_burden"), w.excessBurden},
                         {QStringLiteral("count_incarceration_life_years"),
                          w.countIncarcerationLifeYears}}}};
}

QJsonObject quantilesJson(const core::Quantiles &q) {
    return {{QStringLiteral("mean"), q.mean}, {QStringLiteral("p5"), q.p5},
            {QStringLiteral("p25"), q.p25},   {QStringLiteral("p50"), q.p50},
            {QStringLiteral("p75"), q.p75},   {QStringLiteral("p95"), q.p95}};
}

QByteArray analysisToCsv(const AnalysisLabels &r, const core::Analysis &analysis) {
    QByteArray csv = "policy,measure,mean,p5,p25,p50,p75,p95\n";
    // Each measure's summary, then its Monte Carlo standard errors in the same columns.
    auto row = [&csv](const QString &policy, const QString &measure,
                      const std::vector<double> &draws) {
        csv += csvSummaryRows(policy, measure, draws);
    };
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = analysis.verdicts[p];
        row(r.names[p], QStringLiteral("net_value_usd"), v.totalDraws());
        for (const LedgerField &ledger : kLedgers)
            row(r.names[p], QString::fromLatin1(ledger.csvKey), v.ledgerDraws(ledger.field));
        row(r.names[p], QStringLiteral("net_value_other_life_years_choice_usd"),
            otherLifeYearsChoiceDraws(v, r.weights.countIncarcerationLifeYears));
        const core::MonteCarloError &e = v.netValueError;
        csv += csvTextCell(r.names[p]) + ",probability_net_benefit_positive," +
               QByteArray::number(v.probabilityPositive, 'g', 17) + ",,,,,\n";
        csv += csvTextCell(r.names[p]) + ",probability_net_benefit_positive_standard_error," +
               QByteArray::number(e.shareAboveZero, 'g', 17) + ",,,,,\n";
        for (const core::OutputSpec &spec : core::outputSpecs())
            row(r.names[p], QStringLiteral("change_") + fromView(spec.key),
                core::differenceDraws(analysis.run.policies[p], analysis.run.policies[0],
                                      spec.output, core::Totals::Discounted));
    }
    return csv;
}

QByteArray yearlyOutputsCsv(const AnalysisLabels &labels, const core::Analysis &analysis) {
    QByteArray csv = "policy,year,output,unit,mean,p5,p25,p50,p75,p95,mean_standard_error,"
                     "p5_standard_error,p25_standard_error,p50_standard_error,p75_standard_error,"
                     "p95_standard_error\n";
    for (int p = 0; p < labels.names.size() && p < int(analysis.run.policies.size()); ++p) {
        const QByteArray name = csvTextCell(labels.names[p]);
        const core::PolicyOutcomes &outcomes = analysis.run.policies[p];
        std::vector<double> draws(std::size_t(outcomes.draws));
        for (const core::OutputSpec &spec : core::outputSpecs()) {
            const QByteArray key = QByteArray(spec.key.data(), qsizetype(spec.key.size()));
            const QByteArray unit = csvTextCell(fromView(spec.unit));
            for (int y = 1; y <= outcomes.years; ++y) {
                for (int d = 0; d < outcomes.draws; ++d)
                    draws[std::size_t(d)] = core::at(outcomes.at(d, y), spec.output);
                const core::MonteCarloError e = core::monteCarloError(draws);
                csv += name + ',' + QByteArray::number(y) + ',' + key + ',' + unit +
                       csvQuantiles(core::summarize(draws)) +
                       csvNumbers({e.mean, e.p5, e.p25, e.p50, e.p75, e.p95}) + '\n';
            }
        }
    }
    return csv;
}

QByteArray analysisToJson(const AnalysisLabels &r, const core::Analysis &analysis,
                          bool yearlyOutputs, const core::ParameterDraws *raw) {
    QJsonArray policies;
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = analysis.verdicts[p];
        QJsonObject changes, changeErrors, ledgerErrors;
        for (const core::OutputSpec &spec : core::outputSpecs()) {
            const std::vector<double> draws =
                core::differenceDraws(analysis.run.policies[p], analysis.run.policies[0],
                                      spec.output, core::Totals::Discounted);
            changes.insert(fromView(spec.key), quantilesJson(core::summarize(draws)));
            changeErrors.insert(fromView(spec.key),
                                standardErrorJson(core::monteCarloError(draws)));
        }
        for (const LedgerField &ledger : kLedgers)
            ledgerErrors.insert(
                QString::fromLatin1(ledger.jsonKey),
                standardErrorJson(core::monteCarloError(v.ledgerDraws(ledger.field))));
        // Every summary's Monte Carlo standard errors, in the shape of the summary.
        const QJsonObject errors{
            {QStringLiteral("net_value_usd"), standardErrorJson(v.netValueError)},
            {QStringLiteral("probability_net_benefit_positive"), v.netValueError.shareAboveZero},
            {QStringLiteral("net_value_other_life_years_choice_usd"),
             standardErrorJson(core::monteCarloError(
                 otherLifeYearsChoiceDraws(v, r.weights.countIncarcerationLifeYears)))},
            {QStringLiteral("ledgers"), ledgerErrors},
            {QStringLiteral("discounted_change_vs_status_quo"), changeErrors}};
        policies.append(
            QJsonObject{{QStringLiteral("name"), r.names[p]},
                        {QStringLiteral("net_value_usd"), quantilesJson(v.netValue)},
                        {QStringLiteral("probability_net_benefit_positive"), v.probabilityPositive},
                        {QStringLiteral("monte_carlo_standard_error"),
                         QJsonObject{{QStringLiteral("net_value_mean"), v.netValueError.mean},
                                     {QStringLiteral("net_value_p5"), v.netValueError.p5},
                                     {QStringLiteral("net_value_p50"), v.netValueError.p50},
                                     {QStringLiteral("net_value_p95"), v.netValueError.p95},
                                     {QStringLiteral("probability_net_benefit_positive"),
                                      v.netValueError.shareAboveZero}}},
                        {QStringLiteral("net_value_other_life_years_choice_usd"),
                         quantilesJson(v.netValueOtherLifeYearsChoice)},
                        {QStringLiteral("ledgers"),
                         QJsonObject{{QStringLiteral("taxpayers"), quantilesJson(v.taxpayers)},
                                     {QStringLiteral("victims"), quantilesJson(v.victims)},
                                     {QStringLiteral("incarcerated_and_families"),
                                      quantilesJson(v.incarceratedAndFamilies)},
                                     {QStringLiteral("vendors"), quantilesJson(v.vendors)}}},
                        {QStringLiteral("discounted_change_vs_status_quo"), changes},
                        {QStringLiteral("standard_error"), errors}});
    }
    QJsonArray yearly; // every policy's outputs year by year, the status quo first
    for (int p = 0; yearlyOutputs && p < r.names.size(); ++p) {
        QJsonObject outputs;
        for (const core::OutputSpec &spec : core::outputSpecs()) {
            QJsonArray years;
            for (const core::Quantiles &q :
                 core::yearlySummary(analysis.run.policies[p], spec.output))
                years.append(quantilesJson(q));
            outputs.insert(fromView(spec.key), years);
        }
        yearly.append(QJsonObject{{QStringLiteral("name"), r.names[p]},
                                  {QStringLiteral("outputs"), outputs}});
    }
    QJsonArray pairs;
    for (int a = 1; a < r.names.size(); ++a) {
        for (int b = a + 1; b < r.names.size(); ++b) {
            const core::Comparison c = core::compareDraws(analysis.verdicts[a].totalDraws(),
                                                          analysis.verdicts[b].totalDraws());
            pairs.append(QJsonObject{{QStringLiteral("first"), r.names[a]},
                                     {QStringLiteral("second"), r.names[b]},
                                     {QStringLiteral("p_first_better"), c.firstBetter},
                                     {QStringLiteral("p_second_better"), c.secondBetter},
                                     {QStringLiteral("p_tie"), c.tie},
                                     {QStringLiteral("p_first_better_standard_error"),
                                      core::shareError(c.firstBetter, r.draws)},
                                     {QStringLiteral("p_second_better_standard_error"),
                                      core::shareError(c.secondBetter, r.draws)}});
        }
    }
    QJsonObject full = runJson(r);
    full.insert(QStringLiteral("policies"), policies);
    full.insert(QStringLiteral("net_value_comparisons"), pairs);
    if (yearlyOutputs)
        full.insert(QStringLiteral("yearly"), yearly);
    if (raw)
        full.insert(QStringLiteral("raw_draws"), rawDrawsJson(r, analysis, *raw));
    return QJsonDocument(full).toJson(QJsonDocument::Indented);
}

} // namespace leastbad::data
