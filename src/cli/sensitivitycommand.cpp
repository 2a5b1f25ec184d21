// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sensitivitycommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/analysis.h"
#include "core/sensitivity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace leastbad::cli {

int runSensitivity(const QStringList &arguments) {
    const QString command = QStringLiteral("sensitivity");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli",
        "Which parameters drive a policy's net value: a tornado (each parameter at its 5th and "
        "95th "
        "percentile, the others central) and rank correlations over the Monte Carlo draws."));
    const CommonParser common(
        parser, kRegion | kPolicies | kDraws | kKeepsDraws | kWeights | kFormat, 1000);
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    if (o->policies.size() != 1)
        return fail(command, QCoreApplication::translate("leastbad::cli",
                                                         "--policy: give exactly one policy file"));

    const core::RegionBaseline &region = o->region.baseline;
    const core::Policy &policy = o->policies.first().policy;
    const core::Tornado tornado = core::tornado(region, policy, o->weights);
    // The rank correlations read each draw's parameters and net value: the draws are kept,
    // and only the discounted totals the net value needs.
    analysis::ComparisonRequest request;
    request.question = {
        region, {core::statusQuoPolicy(region), policy}, o->weights, o->seed, o->draws};
    request.analysis = core::OutputRequest::discountedAnd({});
    request.keepDraws = true;
    analysis::Session session(analysis::Session::Mode::OneShot, o->threads);
    const std::shared_ptr<const analysis::ComparisonResult> result = session.results(
        request, interruptFlag(),
        terminalProgress(QCoreApplication::translate("leastbad::cli", "simulating")));
    if (!result)
        return interrupted(command);
    const auto importance =
        core::rankImportance(*result->draws, result->analysis->verdicts[1].totalDraws());

    QByteArray text;
    if (o->format == QStringLiteral("json")) {
        QJsonArray bars, ranks;
        for (const core::TornadoBar &b : tornado.bars)
            bars.append(QJsonObject{{QStringLiteral("parameter"), fromView(b.parameter->key)},
                                    {QStringLiteral("net_value_at_p5"), b.atLow},
                                    {QStringLiteral("net_value_at_p95"), b.atHigh},
                                    {QStringLiteral("swing"), b.swing()}});
        for (const core::Importance &i : importance)
            ranks.append(QJsonObject{{QStringLiteral("parameter"), fromView(i.parameter->key)},
                                     {QStringLiteral("rank_correlation"), i.rankCorrelation}});
        text = QJsonDocument(QJsonObject{{QStringLiteral("policy"), o->policies.first().name},
                                         {QStringLiteral("net_value_central"), tornado.central},
                                         {QStringLiteral("tornado"), bars},
                                         {QStringLiteral("rank_correlations"), ranks}})
                   .toJson(QJsonDocument::Indented);
    } else if (o->format == QStringLiteral("csv")) {
        text = "parameter,net_value_at_p5,net_value_at_p95,swing,rank_correlation\n";
        for (const core::TornadoBar &b : tornado.bars) {
            double rho = 0;
            for (const core::Importance &i : importance)
                rho = i.parameter == b.parameter ? i.rankCorrelation : rho;
            text += fromView(b.parameter->key).toUtf8() + ',' +
                    QByteArray::number(b.atLow, 'g', 17) + ',' +
                    QByteArray::number(b.atHigh, 'g', 17) + ',' +
                    QByteArray::number(b.swing(), 'g', 17) + ',' + QByteArray::number(rho, 'g', 6) +
                    '\n';
        }
    } else {
        QString out;
        QTextStream s(&out);
        s << QCoreApplication::translate(
                 "leastbad::cli", "%1 vs status quo: net social value at central parameters %2")
                 .arg(o->policies.first().name, usd(tornado.central))
          << "\n\n"
          << QCoreApplication::translate(
                 "leastbad::cli",
                 "Tornado (net value with one parameter at its 5th / 95th percentile):")
          << "\n";
        for (const core::TornadoBar &b : tornado.bars)
            s << "  " << fromView(b.parameter->key).leftJustified(44) << padded(usd(b.atLow), 12)
              << padded(usd(b.atHigh), 12)
              << QCoreApplication::translate("leastbad::cli", "   swing ") << usd(b.swing())
              << "\n";
        s << "\n"
          << QCoreApplication::translate("leastbad::cli",
                                         "Rank correlation with net value over %1 draws:")
                 .arg(o->draws)
          << "\n";
        for (const core::Importance &i : importance)
            s << "  " << fromView(i.parameter->key).leftJustified(44)
              << padded(QString::number(i.rankCorrelation, 'f', 3), 8) << "\n";
        text = out.toUtf8();
    }
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
