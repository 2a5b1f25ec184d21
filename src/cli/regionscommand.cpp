// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/regionscommand.h"

#include "data/sweepformat.h"

#include "analysis/scenariorequests.h"
#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/regions.h"

#include <QCoreApplication>
#include <QTextStream>

namespace leastbad::cli {

int runRegions(const QStringList &arguments) {
    const QString command = QStringLiteral("regions");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli", "Apply one policy file to every region of the dataset and rank the "
                         "regions by net value per resident. The policy is read against the "
                         "reference region and carried to each region as a change from that "
                         "region's own status quo, as the app's Regions tab does."));
    const CommonParser common(parser, kDataset | kPolicies | kDraws | kWeights | kFormat, 1000);
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    if (o->policies.size() != 1)
        return fail(command, QCoreApplication::translate("leastbad::cli",
                                                         "--policy: give exactly one policy file"));

    // The same request as the app's Regions tab: policy A carried from the reference
    // region to each region by core::transferPolicy.
    data::Problems skipped;
    const analysis::RegionsRequest request =
        analysis::regionsRequest(*o->dataset, o->policies.first().policy, o->region.baseline,
                                 o->weights, o->seed, o->draws, o->year, &skipped);
    if (!skipped.isEmpty())
        return fail(command, data::problemsText(skipped));
    analysis::Session session(analysis::Session::Mode::OneShot, o->threads);
    const std::shared_ptr<const analysis::RegionsAnswer> answer = session.results(
        request, interruptFlag(),
        terminalProgress(QCoreApplication::translate("leastbad::cli", "simulating")));
    if (!answer)
        return interrupted(command);
    const core::RegionsResult &result = answer->result;

    QByteArray text;
    if (o->format == QStringLiteral("json")) {
        text = data::regionsToJson(result, o->policies.first().name);
    } else if (o->format == QStringLiteral("csv")) {
        text = data::regionsToCsv(result);
    } else {
        QString out;
        QTextStream s(&out);
        s << QCoreApplication::translate(
                 "leastbad::cli",
                 "%1, applied to each region (net social value against its status quo, %2 draws):")
                 .arg(o->policies.first().name)
                 .arg(o->draws)
          << "\n";
        int rank = 0;
        for (const core::RegionRanking &r : result.ranking)
            s << padded(QString::number(++rank), 3) << "  "
              << QString::fromStdString(r.name).leftJustified(24) << usd(r.netValuePerResident)
              << QCoreApplication::translate("leastbad::cli", " per resident; total ")
              << analysis::withErrorAndInterval(r.netValue, r.netValueError.mean, usd)
              << QCoreApplication::translate("leastbad::cli", ", P(> 0) ")
              << percent(r.probabilityPositive) << "\n";
        text = out.toUtf8();
    }
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
