// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diagnosticscommand.h"

#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/diagnostics.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace leastbad::cli {

namespace {

// A figure no draw defines (e.g. a cost per crime averted when none is) is null.
QJsonValue defined(const core::DiagnosticResult &r, double value) {
    return r.definedDraws > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject quantilesJson(const core::DiagnosticResult &r) {
    const core::Quantiles &q = r.value;
    return {{QStringLiteral("mean"), defined(r, q.mean)},
            {QStringLiteral("median"), defined(r, q.p50)},
            {QStringLiteral("p5"), defined(r, q.p5)},
            {QStringLiteral("p95"), defined(r, q.p95)},
            {QStringLiteral("draws"), r.definedDraws},
            {QStringLiteral("mean_se"), defined(r, r.error.mean)},
            {QStringLiteral("median_se"), defined(r, r.error.p50)},
            {QStringLiteral("p5_se"), defined(r, r.error.p5)},
            {QStringLiteral("p95_se"), defined(r, r.error.p95)},
            {QStringLiteral("unit"), fromView(r.spec->unit)},
            {QStringLiteral("label"), fromView(r.spec->label)},
            {QStringLiteral("literature"), fromView(r.spec->literature)},
            {QStringLiteral("literature_source"), fromView(r.spec->source)}};
}

// Three significant figures in the user's locale; money as money.
QString figure(double value, std::string_view unit) {
    return unit == "USD 2024" && std::isfinite(value) ? usd(value) : significant(value);
}

} // namespace

int runDiagnostics(const QStringList &arguments) {
    const QString command = QStringLiteral("diagnostics");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli",
        "Per-unit effects of the model for a region, each with its Monte Carlo mean, median and "
        "90% interval and the literature value beside it: crimes averted per marginal "
        "prisoner-year, the elasticity of crime to the prison population, homicides abated per "
        "officer, the pretrial trade-off, life-years per prisoner-year and costs per crime "
        "averted."));
    const CommonParser common(parser, kRegion | kPolicies | kDraws | kWeights | kFormat, 1000);
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    QString error;
    if (o->policies.size() > 1)
        return fail(command, QCoreApplication::translate("leastbad::cli",
                                                         "--policy: give at most one policy file"));

    const core::RegionBaseline &region = o->region.baseline;
    const core::Policy policy =
        o->policies.isEmpty() ? core::statusQuoPolicy(region) : o->policies.first().policy;
    const core::ParameterDraws draws = core::ParameterDraws::generate(o->draws, o->seed);
    const core::Diagnostics diagnostics = core::computeDiagnostics(
        core::DrawSet::prepare(region, draws, o->threads), policy, o->weights.simulationOptions(),
        o->threads, nullptr,
        terminalProgress(QCoreApplication::translate("leastbad::cli", "diagnosing")));

    QByteArray text;
    if (o->format == QStringLiteral("json")) {
        QJsonObject values;
        for (const core::DiagnosticResult &r : diagnostics.results)
            values.insert(fromView(r.spec->key), quantilesJson(r));
        text =
            QJsonDocument(QJsonObject{{QStringLiteral("region"), fromView(o->region.baseline.code)},
                                      {QStringLiteral("draws"), o->draws},
                                      {QStringLiteral("seed"), QString::number(o->seed)},
                                      {QStringLiteral("diagnostics"), values}})
                .toJson(QJsonDocument::Indented);
    } else if (o->format == QStringLiteral("csv")) {
        text = "key,mean,median,p5,p95,draws,unit,literature,literature_source,mean_se,median_se,"
               "p5_se,p95_se\n";
        for (const core::DiagnosticResult &r : diagnostics.results) {
            const core::Quantiles &q = r.value;
            text += fromView(r.spec->key).toUtf8() + ',' + QByteArray::number(q.mean, 'g', 17) +
                    ',' + QByteArray::number(q.p50, 'g', 17) + ',' +
                    QByteArray::number(q.p5, 'g', 17) + ',' + QByteArray::number(q.p95, 'g', 17) +
                    ',' + QByteArray::number(r.definedDraws) + ',' +
                    data::csvTextCell(fromView(r.spec->unit)) + ',' +
                    data::csvTextCell(fromView(r.spec->literature)) + ',' +
                    data::csvTextCell(fromView(r.spec->source)) + ',' +
                    QByteArray::number(r.error.mean, 'g', 17) + ',' +
                    QByteArray::number(r.error.p50, 'g', 17) + ',' +
                    QByteArray::number(r.error.p5, 'g', 17) + ',' +
                    QByteArray::number(r.error.p95, 'g', 17) + '\n';
        }
    } else {
        QString out;
        QTextStream s(&out);
        s << QCoreApplication::translate("leastbad::cli",
                                         "%1: per-unit effects over %2 draws (seed %3); mean, "
                                         "median (90% interval)")
                 .arg(fromView(o->region.baseline.name))
                 .arg(o->draws)
                 .arg(o->seed)
          << "\n\n";
        for (const core::DiagnosticResult &r : diagnostics.results) {
            const double undefined = std::nan("");
            const core::Quantiles q =
                r.definedDraws > 0 ? r.value : core::Quantiles{undefined, undefined, undefined,
                                                               undefined, undefined, undefined};
            const auto unit = r.spec->unit;
            s << fromView(r.spec->label) << "\n    "
              << QCoreApplication::translate("leastbad::cli", "model: %1, median %2 (%3 to %4) %5")
                     .arg(figure(q.mean, unit) + QStringLiteral(" ± ") +
                              figure(r.definedDraws > 0 ? r.error.mean : undefined, unit),
                          figure(q.p50, unit), figure(q.p5, unit), figure(q.p95, unit),
                          unit == "USD 2024" ? QString() : fromView(unit))
              << "\n";
            if (!r.spec->literature.empty())
                s << "    "
                  << QCoreApplication::translate("leastbad::cli", "literature: %1 (%2)")
                         .arg(fromView(r.spec->literature), fromView(r.spec->source))
                  << "\n";
        }
        text = out.toUtf8();
    }
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
