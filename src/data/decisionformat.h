// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-analytic results as CSV and JSON with stable keys (docs/MODEL.md 10.9-10.12):
// the value of information report of `leastbad-cli voi` (P(best), expected loss, EVPI,
// EVPPI by parameter and group, the acceptability curve, break-even values) and the
// decomposition by mechanism of `compare --decompose`.
#pragma once

#include "core/breakeven.h"
#include "core/decisionsummary.h"
#include "core/decomposition.h"
#include "core/valueofinformation.h"
#include "data/analysisformat.h"

#include <QByteArray>
#include <QJsonArray>
#include <vector>

namespace leastbad::data {

struct DecisionReport {
    core::DecisionSummary decision;
    core::ValueOfInformation information;
    std::vector<core::AcceptabilityPoint> acceptability;
    std::vector<std::vector<core::BreakEven>> breakEvens; // [policy − 1], against the status quo
};

// section,name,measure,x,value,standard_error
QByteArray decisionToCsv(const AnalysisLabels &labels, const DecisionReport &report);
QByteArray decisionToJson(const AnalysisLabels &labels, const DecisionReport &report);

// [{policy, mechanisms: [{mechanism, total, total_standard_error, terms: {key: quantiles}}]}]
QJsonArray decompositionJson(const QStringList &policyNames,
                             const std::vector<core::Decomposition> &decompositions);
// Rows of the compare CSV (policy,measure,mean,p5..p95): decomposition_<mechanism>_<term>
// and decomposition_<mechanism>_total, each followed by its _standard_error row.
QByteArray decompositionCsv(const QStringList &policyNames,
                            const std::vector<core::Decomposition> &decompositions);

// The draws of one mechanism's total, or of one of its terms (term < 0: the total).
std::vector<double> decompositionDraws(const core::Decomposition &d, core::Mechanism m,
                                       int term = -1);

} // namespace leastbad::data
