// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/frontiercommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/frontier.h"
#include "data/sweepformat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace leastbad::cli {

namespace {

void describe(QTextStream &s, const QString &title, const core::OptimisedPolicy &p,
              const core::Policy &statusQuo) {
    s << "\n" << title << "\n";
    if (!p.found) {
        s << "  "
          << QCoreApplication::translate("leastbad::cli", "no sampled policy met the budget cap")
          << "\n";
        return;
    }
    s << "  " << QCoreApplication::translate("leastbad::cli", "net social value: ")
      << withInterval(p.netValue, usd) << QCoreApplication::translate("leastbad::cli", ", P(> 0) ")
      << percent(p.probabilityPositive) << "\n";
    s << "  " << QCoreApplication::translate("leastbad::cli", "extra taxpayer cost (discounted): ")
      << usd(p.candidate.objectives.extraTaxpayerCostUsd) << "\n";
    s << "  " << QCoreApplication::translate("leastbad::cli", "levers changed from the status quo:")
      << "\n";
    for (const core::LeverSpec &lever : core::leverSpecs()) {
        const double v = core::leverValue(p.candidate.policy, lever),
                     v0 = core::leverValue(statusQuo, lever);
        if (std::abs(v - v0) > 1e-9 * std::max(1.0, std::abs(v0)))
            s << "    " << fromView(lever.key).leftJustified(40) << QString::number(v0, 'g', 5)
              << " -> " << QString::number(v, 'g', 5) << ' ' << fromView(lever.unit) << "\n";
    }
}

} // namespace

int runFrontier(const QStringList &arguments) {
    const QString command = QStringLiteral("frontier");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli", "Sweep the policy space (Sobol points over every lever), "
                         "keep the policies no other beats on "
                         "victimisations, wellbeing-years, life-years and taxpayer "
                         "cost, and find the policy with the "
                         "highest expected net value under a budget cap."));
    const CommonParser common(parser, kRegion | kDraws | kKeepsDraws | kWeights | kFormat, 200);
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"),
        QCoreApplication::translate("leastbad::cli", "Candidate policies (default: 2000)."),
        QCoreApplication::translate("leastbad::cli", "N"), QStringLiteral("2000"));
    const QCommandLineOption capOption(
        QStringLiteral("budget-cap"),
        QCoreApplication::translate("leastbad::cli",
                                    "Most a policy may add to taxpayers' discounted cost, in "
                                    "USD, or \"none\" (default: 0, no more than "
                                    "today's budget)."),
        QCoreApplication::translate("leastbad::cli", "USD"), QStringLiteral("0"));
    parser.addOptions({samplesOption, capOption});
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    bool ok = false;
    core::FrontierOptions options;
    options.samples = parser.value(samplesOption).toInt(&ok);
    if (!ok || options.samples < 1 ||
        options.samples > 1'000'000) // about 250 MB and minutes, not days
        return fail(command, QCoreApplication::translate(
                                 "leastbad::cli",
                                 "--samples: expected a whole number from 1 to 1000000, got \"%1\"")
                                 .arg(parser.value(samplesOption)));
    const QString cap = parser.value(capOption);
    options.budgetCapUsd =
        cap == QStringLiteral("none") ? std::numeric_limits<double>::infinity() : cap.toDouble(&ok);
    if (cap != QStringLiteral("none") && (!ok || !std::isfinite(options.budgetCapUsd)))
        return fail(command, QCoreApplication::translate(
                                 "leastbad::cli",
                                 "--budget-cap: expected an amount in USD or \"none\", got \"%1\"")
                                 .arg(cap));
    options.draws = o->draws;
    options.seed = o->seed;
    options.threads = o->threads;
    options.weights = o->weights;

    // From here on Ctrl-C cancels the run (preparing the draws finishes first).
    const std::atomic<bool> *cancel = interruptFlag();
    const core::RegionBaseline &region = o->region.baseline;
    analysis::Session session(analysis::Session::Mode::OneShot, o->threads);
    const std::shared_ptr<const analysis::FrontierAnswer> answer = session.results(
        analysis::FrontierRequest{region, options}, cancel,
        terminalProgress(QCoreApplication::translate("leastbad::cli", "exploring %1 policies")
                             .arg(options.samples)));
    if (!answer)
        return interrupted(command);
    const core::FrontierResult &result = answer->result;
    const core::Policy statusQuo = core::statusQuoPolicy(region);

    QByteArray text;
    if (o->format == QStringLiteral("json")) {
        text = data::frontierToJson(result);
    } else if (o->format == QStringLiteral("csv")) {
        text = data::frontierToCsv(result, {});
    } else {
        QString out;
        QTextStream s(&out);
        s << QCoreApplication::translate(
                 "leastbad::cli",
                 "%1: %2 policies on %3 draws each; %4 are on the frontier (no other policy is "
                 "better on all of "
                 "victimisations, wellbeing-years, life-years and taxpayer cost).")
                 .arg(QString::fromStdString(region.name))
                 .arg(result.evaluated)
                 .arg(options.draws)
                 .arg(result.frontier.size())
          << "\n";
        describe(
            s,
            std::isfinite(options.budgetCapUsd)
                ? QCoreApplication::translate("leastbad::cli",
                                              "Least bad policy within the budget cap (%1 extra):")
                      .arg(usd(options.budgetCapUsd))
                : QCoreApplication::translate("leastbad::cli", "Least bad policy (no budget cap):"),
            result.bestUnderBudget, statusQuo);
        if (std::isfinite(options.budgetCapUsd))
            describe(s,
                     QCoreApplication::translate("leastbad::cli",
                                                 "Least bad policy with no budget cap:"),
                     result.bestOverall, statusQuo);
        text = out.toUtf8();
    }
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
