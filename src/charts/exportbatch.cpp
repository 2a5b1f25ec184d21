// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/exportbatch.h"
#include "charts/translate.h"

#include "charts/chartdata.h"
#include "charts/chartkind.h"
#include "charts/report.h"
#include "data/analysisformat.h"
#include "data/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace leastbad::charts {

QString writeResults(const analysis::ExportResults &r, const QString &path, const QString &kind,
                     bool rawDraws) {
    if (!r.analysis)
        return tr("%1: no analysis to write").arg(path);
    if (rawDraws && kind == QStringLiteral("json") && !r.draws)
        return tr("%1: the draws were not kept for this export").arg(path);
    const data::AnalysisLabels labels = r.labels();
    QByteArray bytes;
    if (kind == QStringLiteral("json"))
        bytes = data::analysisToJson(labels, *r.analysis, true, rawDraws ? r.draws.get() : nullptr);
    else if (kind == QStringLiteral("csv"))
        bytes = data::analysisToCsv(labels, *r.analysis);
    else if (kind == QStringLiteral("yearly"))
        bytes = data::yearlyOutputsCsv(labels, *r.analysis);
    else
        return tr("%1: unknown kind of results \"%2\" (json, csv or yearly)").arg(path, kind);
    return data::cannotWrite(path, data::writeFileAtomically(path, bytes));
}

QString writeChartAs(ChartWidget &chart, ChartKind kind, const analysis::ExportResults &r,
                     const QString &path, const QString &format, ImageOptions options) {
    if (format == QStringLiteral("csv")) {
        QString error;
        const QByteArray csv = chartCsv(kind, r, error);
        return error.isEmpty() ? data::cannotWrite(path, data::writeFileAtomically(path, csv))
                               : error;
    }
    const std::optional<ImageFormat> image = imageFormatFromKey(format);
    if (!image)
        return tr("%1: unknown format \"%2\" (png, svg, pdf or csv)").arg(path, format);
    options.format = *image;
    return writeChart(chart, path, options);
}

BatchReport exportAll(const analysis::ExportResults &r, const QString &folder,
                      const BatchOptions &options) {
    BatchReport report;
    const QFileInfo info(folder);
    if (!info.isDir()) {
        report.error = tr("%1: no such folder").arg(folder);
        return report;
    }
    // The staging folder carries this process's id: one a killed export left is
    // recognised and removed by the next export into the folder.
    data::removeStaleScratch(folder, QStringLiteral(".leastbad-export-"));
    QTemporaryDir staging(QDir(folder).filePath(
        QStringLiteral(".leastbad-export-%1-XXXXXX").arg(QCoreApplication::applicationPid())));
    if (!staging.isValid()) {
        report.error = tr("%1: cannot write here: %2").arg(folder, staging.errorString());
        return report;
    }
    const auto fail = [&report, &staging, &folder](QString error) {
        // Name the file where the user asked for it, not the hidden staging folder.
        report.error = error.replace(staging.path(), QDir(folder).path());
        report.written.clear();
        return report;
    };
    for (ChartKind kind : allCharts()) {
        QString missing;
        if (!hasChartData(kind, r, missing)) {
            report.skipped << QStringLiteral("%1: %2").arg(chartKey(kind), missing);
            continue;
        }
        QString error;
        const std::unique_ptr<ChartWidget> chart = drawChart(kind, r, error);
        for (const QString &format : options.formats) {
            const QString name = chartKey(kind) + QLatin1Char('.') + format;
            const QString path = staging.filePath(name);
            error = writeChartAs(*chart, kind, r, path, format,
                                 {ImageFormat::Png, options.size, options.scale, {}, {}});
            if (!error.isEmpty())
                return fail(error);
            report.written << name;
        }
    }
    if (options.report) {
        if (const QString error = writeReportPdf(staging.filePath(QStringLiteral("report.pdf")), r);
            !error.isEmpty())
            return fail(error);
        report.written << QStringLiteral("report.pdf");
    }
    if (options.results) {
        const std::pair<const char *, const char *> files[] = {{"results.json", "json"},
                                                               {"results-summary.csv", "csv"},
                                                               {"results-yearly.csv", "yearly"}};
        for (const auto &[name, kind] : files) {
            const QString file = QString::fromLatin1(name);
            if (const QString error = writeResults(r, staging.filePath(file),
                                                   QString::fromLatin1(kind), options.rawDraws);
                !error.isEmpty())
                return fail(error);
            report.written << file;
        }
    }
    // No target may be a link: a rename would replace it, but the user asked for a file
    // there and a link means someone else decides where the bytes go.
    for (const QString &name : report.written) {
        const QString target = QDir(folder).filePath(name);
        if (const QString refused = data::refuseLinkOrSpecial(target); !refused.isEmpty())
            return fail(target + QStringLiteral(": ") + refused);
    }
    // Every file is whole: move them in. rename() replaces an old file of the same name in
    // one step and needs no space, so this cannot fail half-way for a full disk.
    for (const QString &name : report.written) {
        const QByteArray from = QFile::encodeName(staging.filePath(name));
        const QByteArray to = QFile::encodeName(QDir(folder).filePath(name));
        if (std::rename(from.constData(), to.constData()) != 0)
            return fail(tr("%1: cannot move into place").arg(QDir(folder).filePath(name)));
    }
    return report;
}

} // namespace leastbad::charts
