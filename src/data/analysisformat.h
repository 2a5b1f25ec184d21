// SPDX-License-Identifier: GPL-3.0-or-later
// A Monte Carlo comparison as CSV or JSON, for analysts who audit a result: summaries
// against the status quo, every output year by year with percentile columns, and on
// request every draw. The CLI's compare and export commands and the app's export share it.
#pragma once

#include "core/analysis.h"
#include "core/netvalue.h"
#include "core/parameterdraws.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace leastbad::data {

// What the analysis was run on, written with it so the numbers can be reproduced.
struct AnalysisLabels {
    QStringList names; // [0] the status quo, then each policy
    QString regionCode;
    int draws = 0;
    std::uint64_t seed = 1;
    core::MoralWeights weights;
};

QJsonObject quantilesJson(const core::Quantiles &q);
// Two CSV rows, policy,measure,mean,p5..p95: the summary of the draws, then (measure
// "<measure>_standard_error") its Monte Carlo standard errors in the same columns.
QByteArray csvSummaryRows(const QString &policy, const QString &measure,
                          const std::vector<double> &draws);
// {region, draws, seed, weights}: what a result was run on.
QJsonObject runJson(const AnalysisLabels &labels);
// {mean, p5, p25, p50, p75, p95}: the Monte Carlo standard errors of a Quantiles.
QJsonObject standardErrorJson(const core::MonteCarloError &e);

// policy,measure,mean,p5..p95: net value by ledger and the discounted change in every output.
QByteArray analysisToCsv(const AnalysisLabels &labels, const core::Analysis &analysis);
// policy,year,output,unit,mean,p5..p95: every output of every policy (status quo included)
// in every year of the horizon.
QByteArray yearlyOutputsCsv(const AnalysisLabels &labels, const core::Analysis &analysis);
// The whole result: summaries against the status quo, A against B; with `yearlyOutputs`
// every output of every policy year by year ("yearly": [{name, outputs: {key: [per
// year]}}]); with `raw`, every draw's parameters and each policy's totals.
QByteArray analysisToJson(const AnalysisLabels &labels, const core::Analysis &analysis,
                          bool yearlyOutputs, const core::ParameterDraws *raw = nullptr);

} // namespace leastbad::data
