// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/voicommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/breakeven.h"
#include "core/memorybudget.h"
#include "data/decisionformat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>

namespace leastbad::cli {

namespace {

constexpr int kNameWidth = 34;
constexpr int kTopParameters = 15; // the table lists these; CSV and JSON list every one

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::cli", text);
}

QString plusMinus(const QString &value, const QString &error) {
    return value + QStringLiteral(" ± ") + error;
}

void writeInformation(QTextStream &s, const std::vector<core::InformationValue> &values,
                      int limit) {
    int shown = 0;
    for (const core::InformationValue &v : values) {
        if (shown++ == limit)
            break;
        s << "  " << fromView(v.key).leftJustified(kNameWidth + 8)
          << padded(plusMinus(usd(v.evppi.value), usd(v.evppi.standardError)), 26)
          << padded(percent(v.shareOfEvpi), 8) << "\n";
    }
}

QString quantityText(core::BreakEvenQuantity q, double value) {
    switch (q) {
    case core::BreakEvenQuantity::DollarsPerWellbeingYear:
    case core::BreakEvenQuantity::DollarsPerLifeYear:
        return usd(value);
    case core::BreakEvenQuantity::DiscountRate:
        return percent(value, 2);
    case core::BreakEvenQuantity::WeightIncarcerated:
    case core::BreakEvenQuantity::Count:
        break;
    }
    return QString::number(value, 'g', 4);
}

QString breakEvenText(const core::BreakEven &b) {
    if (!b.value)
        return tr("never in %1 to %2")
            .arg(quantityText(b.quantity, core::breakEvenRange(b.quantity).min),
                 quantityText(b.quantity, core::breakEvenRange(b.quantity).max));
    return quantityText(b.quantity, *b.value);
}

QByteArray asTable(const QStringList &names, const data::DecisionReport &r,
                   const CommonOptions &o) {
    QString out;
    QTextStream s(&out);
    s << tr("%1: %2 draws (seed %3), %4 years; the decision among the status quo and %5 "
            "policies under your weights.")
             .arg(QString::fromStdString(o.region.baseline.name))
             .arg(o.draws)
             .arg(o.seed)
             .arg(o.weights.horizonYears)
             .arg(names.size() - 1)
      << "\n\n";
    s << tr("option").leftJustified(kNameWidth) << padded(tr("expected net value"), 20)
      << padded(tr("P(best)"), 14) << padded(tr("expected loss"), 26) << "\n";
    const core::DecisionSummary &d = r.decision;
    for (int p = 0; p < names.size(); ++p)
        s << names[p].left(kNameWidth - 1).leftJustified(kNameWidth)
          << padded(usd(d.expectedNetValue[p]), 20)
          << padded(plusMinus(percent(d.probabilityBest[p]), percent(d.probabilityBestError[p], 1)),
                    14)
          << padded(plusMinus(usd(d.expectedLoss[p]), usd(d.expectedLossError[p])), 26) << "\n";
    s << "\n"
      << tr("Expected value of perfect information (EVPI): %1")
             .arg(plusMinus(usd(r.information.evpi.value), usd(r.information.evpi.standardError)))
      << "\n\n"
      << tr("EVPPI by group of parameters (value, jackknife standard error, share of EVPI):")
      << "\n";
    writeInformation(s, r.information.groups, -1);
    s << "\n" << tr("EVPPI by parameter (the %1 largest):").arg(kTopParameters) << "\n";
    writeInformation(s, r.information.parameters, kTopParameters);
    s << "\n" << tr("P(best) by the value of a wellbeing-year:") << "\n";
    s << QString().leftJustified(14);
    for (const QString &name : names)
        s << padded(name.left(13), 14);
    s << "\n";
    for (const core::AcceptabilityPoint &point : r.acceptability) {
        s << usd(point.dollarsPerWellbeingYear).leftJustified(14);
        for (double p : point.probabilityBest)
            s << padded(percent(p), 14);
        s << "\n";
    }
    s << "\n"
      << tr("Break-even against the status quo (where the expected net value changes sign):")
      << "\n";
    for (std::size_t p = 0; p < r.breakEvens.size(); ++p) {
        s << names[int(p) + 1] << "\n";
        for (const core::BreakEven &b : r.breakEvens[p])
            s << "  " << fromView(core::breakEvenKey(b.quantity)).leftJustified(kNameWidth - 2)
              << breakEvenText(b) << "\n";
    }
    return out.toUtf8();
}

} // namespace

int runVoi(const QStringList &arguments) {
    const QString command = QStringLiteral("voi");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Which uncertainty is worth resolving before deciding: P(best) and the expected loss "
           "of each option, the expected value of perfect information (EVPI) and of partial "
           "perfect information about each parameter and group (EVPPI), the acceptability curve "
           "and break-even values."));
    CommonParser common(parser, kRegion | kPolicies | kDraws | kKeepsDraws | kWeights | kFormat);
    // Break-even reads the yearly series of the net value's outputs, and the value of
    // information every draw: what the run keeps and the memory check counts.
    const core::OutputRequest kept = core::breakEvenOutputs();
    common.setRunShape([&kept] { return core::RunShape{kept, true}; });
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    if (o->policies.isEmpty())
        return fail(command, tr("--policy: give at least one policy file to decide on"));

    QStringList names;
    const std::vector<core::Policy> policies = withStatusQuo(*o, names);
    const std::atomic<bool> *cancel = interruptFlag();
    analysis::ComparisonRequest request;
    request.question = {o->region.baseline, policies, o->weights, o->seed, o->draws};
    request.analysis = kept;
    request.keepDraws = true;
    analysis::Session session(analysis::Session::Mode::OneShot, o->threads);
    const std::shared_ptr<const analysis::ComparisonResult> result =
        session.results(request, cancel, terminalProgress(tr("simulating")));
    if (!result || !result->analysis->complete)
        return interrupted(command);
    const core::Analysis &analysis = *result->analysis;
    const core::ParameterDraws &draws = *result->draws;
    const core::DrawSet &set = *result->set;
    data::DecisionReport report;
    const core::NetBenefits nb = core::netBenefits(analysis);
    report.decision = core::summarizeDecision(nb);
    report.information = core::valueOfInformation(draws, nb, o->threads, cancel);
    if (!report.information.complete)
        return interrupted(command);
    report.acceptability =
        core::acceptabilityCurve(analysis.run, o->weights, core::defaultAcceptabilityValues());
    for (std::size_t p = 1; p < analysis.run.policies.size(); ++p)
        report.breakEvens.push_back(
            core::breakEvens(analysis.run.policies[p], analysis.run.policies[0], set, o->weights));

    const data::AnalysisLabels labels{names, QString::fromStdString(o->region.baseline.code),
                                      o->draws, o->seed, o->weights};
    const QByteArray text = o->format == QStringLiteral("csv") ? data::decisionToCsv(labels, report)
                            : o->format == QStringLiteral("json")
                                ? data::decisionToJson(labels, report)
                                : asTable(names, report, *o);
    return writeOut(text) ? 0 : fail(command, tr("cannot write to standard output"));
}

} // namespace leastbad::cli
