// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/frontiercommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/frontier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace leastbad::cli {

namespace {

QJsonObject leversJson(const core::Policy &policy) {
    QJsonObject o;
    for (const core::LeverSpec &lever : core::leverSpecs())
        o.insert(fromView(lever.key), core::leverValue(policy, lever));
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
        QJsonArray frontier;
        for (const core::Candidate &c : result.frontier)
            frontier.append(
                QJsonObject{{QStringLiteral("levers"), leversJson(c.policy)},
                            {QStringLiteral("objectives"), objectivesJson(c.objectives)}});
        text = QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("evaluated"), result.evaluated},
                       {QStringLiteral("status_quo"), objectivesJson(result.statusQuo)},
                       {QStringLiteral("best_under_budget"), optimisedJson(result.bestUnderBudget)},
                       {QStringLiteral("best_overall"), optimisedJson(result.bestOverall)},
                       {QStringLiteral("frontier"), frontier}})
                   .toJson(QJsonDocument::Indented);
    } else if (o->format == QStringLiteral("csv")) {
        text = "victimizations,wellbeing_years_lost,life_years_lost_net,taxpayer_cost_usd,net_"
               "value_mean_usd";
        for (const core::LeverSpec &lever : core::leverSpecs())
            text += ',' + fromView(lever.key).toUtf8();
        text += '\n';
        for (const core::Candidate &c : result.frontier) {
            const core::Objectives &b = c.objectives;
            for (double v :
                 {b.victimizations, b.wellbeingYearsLost, b.lifeYearsLostNet, b.taxpayerCostUsd})
                text += QByteArray::number(v, 'g', 17) + ',';
            text += QByteArray::number(b.netValueMean, 'g', 17);
            for (const core::LeverSpec &lever : core::leverSpecs())
                text += ',' + QByteArray::number(core::leverValue(c.policy, lever), 'g', 17);
            text += '\n';
        }
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
