// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/simulatecommand.h"

#include "core/simulation.h"
#include "data/builtinregion.h"
#include "data/policyfile.h"
#include "data/resultformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace leastbad::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SimulateCommand", text); }

int fail(const QString &message) {
    QTextStream(stderr) << "leastbad-cli simulate: " << message << '\n';
    return 2;
}

} // namespace

int runSimulate(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Simulate one policy year by year and print the outputs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("simulate"), tr("The command."));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
                                          tr("Policy file (.json); levers it leaves out stay at the status quo."),
                                          tr("FILE"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("Region code (default: US)."),
                                          tr("CODE"), QStringLiteral("US"));
    const QCommandLineOption yearsOption(QStringLiteral("years"),
                                         tr("Years to simulate, 1 to %1 (default: 20).").arg(core::kMaxYears),
                                         tr("N"), QStringLiteral("20"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: table, csv or json (default: table)."),
                                          tr("FORMAT"), QStringLiteral("table"));
    parser.addOptions({policyOption, regionOption, yearsOption, formatOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    const data::RegionRecord region = data::builtinUnitedStates();
    const QString regionCode = parser.value(regionOption);
    if (regionCode.compare(QString::fromStdString(region.baseline.code), Qt::CaseInsensitive) != 0)
        return fail(tr("--region: unknown region \"%1\" (this build has: US)").arg(regionCode));

    bool yearsOk = false;
    const int years = parser.value(yearsOption).toInt(&yearsOk);
    if (!yearsOk || years < 1 || years > core::kMaxYears)
        return fail(tr("--years: expected a whole number from 1 to %1, got \"%2\"")
                        .arg(core::kMaxYears)
                        .arg(parser.value(yearsOption)));
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("table") && format != QStringLiteral("csv") && format != QStringLiteral("json"))
        return fail(tr("--format: expected table, csv or json, got \"%1\"").arg(format));

    data::PolicyFile policy;
    policy.name = tr("Status quo");
    policy.policy = core::statusQuoPolicy(region.baseline);
    if (parser.isSet(policyOption)) {
        const data::PolicyReadResult read = data::readPolicyFile(parser.value(policyOption), region.baseline);
        if (!read.ok())
            return fail(read.errors.join(QStringLiteral("\n")));
        policy = read.file;
    }

    const core::Calibration calibration = core::calibrate(region.baseline, core::Parameters{});
    core::SimulationOptions options;
    options.years = years;
    const core::SimulationResult result = core::simulate(calibration, policy.policy, options);

    QByteArray text;
    if (format == QStringLiteral("csv"))
        text = data::resultToCsv(result);
    else if (format == QStringLiteral("json"))
        text = data::resultToJson(result, regionCode.toUpper(), policy.name);
    else
        text = data::resultToTable(result);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size())
        return fail(tr("cannot write to standard output"));
    return 0;
}

} // namespace leastbad::cli
