// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/simulatecommand.h"

#include "cli/commonoptions.h"
#include "core/simulation.h"
#include "data/resultformat.h"

#include <QCoreApplication>
#include <QTextStream>

namespace leastbad::cli {

int runSimulate(const QStringList &arguments) {
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli", "Simulate one policy year by year and print the outputs."));
    const CommonParser common(parser, kRegion | kPolicies | kFormat);
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        QCoreApplication::translate("leastbad::cli", "Years to simulate, 1 to %1 (default: 20).")
            .arg(core::kMaxYears),
        QCoreApplication::translate("leastbad::cli", "N"), QStringLiteral("20"));
    parser.addOption(yearsOption);
    if (const std::optional<int> exit = parseOrExit(parser, command, arguments))
        return *exit;
    QString error;
    const std::optional<CommonOptions> options = common.read(error);
    if (!options)
        return fail(command, error);
    bool yearsOk = false;
    const int years = parser.value(yearsOption).toInt(&yearsOk);
    if (!yearsOk || years < 1 || years > core::kMaxYears)
        return fail(command, QCoreApplication::translate(
                                 "leastbad::cli",
                                 "--years: expected a whole number from 1 to %1, got \"%2\"")
                                 .arg(core::kMaxYears)
                                 .arg(parser.value(yearsOption)));
    if (options->policies.size() > 1)
        return fail(command, QCoreApplication::translate(
                                 "leastbad::cli",
                                 "--policy: simulate takes one policy (use compare for several)"));

    const core::RegionBaseline &region = options->region.baseline;
    data::PolicyFile policy;
    policy.name = QCoreApplication::translate("leastbad::cli", "Status quo");
    policy.policy = core::statusQuoPolicy(region);
    if (!options->policies.isEmpty())
        policy = options->policies.first();

    core::SimulationOptions simulation;
    simulation.years = years;
    const core::SimulationResult result =
        core::simulate(core::calibrate(region, core::Parameters{}), policy.policy, simulation);
    QByteArray text;
    if (options->format == QStringLiteral("csv"))
        text = data::resultToCsv(result);
    else if (options->format == QStringLiteral("json"))
        text = data::resultToJson(result, QString::fromStdString(region.code), policy.name);
    else
        text = data::resultToTable(result);
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
