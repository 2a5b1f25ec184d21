// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sensitivitycommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/analysis.h"
#include "core/memorybudget.h"
#include "core/sensitivity.h"
#include "data/sweepformat.h"

#include <QCoreApplication>
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
    CommonParser common(parser, kRegion | kPolicies | kDraws | kKeepsDraws | kWeights | kFormat,
                        1000);
    // The rank correlations read each draw's parameters and net value: the draws are kept,
    // and only the discounted totals the net value needs (what the memory check counts).
    const core::OutputRequest kept = core::OutputRequest::discountedAnd({});
    common.setRunShape([&kept] { return core::RunShape{kept, true}; });
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
    analysis::ComparisonRequest request;
    request.question = {
        region, {core::statusQuoPolicy(region), policy}, o->weights, o->seed, o->draws};
    request.analysis = kept;
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
        text = data::tornadoToJson(tornado, o->policies.first().name, importance);
    } else if (o->format == QStringLiteral("csv")) {
        text = data::tornadoToCsv(tornado, importance);
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
