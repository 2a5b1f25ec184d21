// SPDX-License-Identifier: GPL-3.0-or-later
// Every chart, the report and the results into one folder, all or nothing: the files are
// written into a temporary folder beside them and moved in only when every one is whole,
// so a full disk leaves the folder as it was.
#pragma once

#include "analysis/exportresults.h"
#include "charts/chartexport.h"
#include "charts/chartkind.h"

#include <QStringList>

namespace leastbad::charts {

struct BatchOptions {
    QStringList formats{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                        QStringLiteral("csv")}; // for each chart
    ImageSize size{{1920, 1080}, std::nullopt};
    int scale = 1;
    bool report = true;    // report.pdf
    bool results = true;   // results.json, results-summary.csv, results-yearly.csv
    bool rawDraws = false; // every draw in results.json
};

struct BatchReport {
    QStringList written; // file names, in the order written
    QStringList skipped; // "frontier: not computed", ...
    QString error;       // empty on success; nothing was written then
};

BatchReport exportAll(const analysis::ExportResults &results, const QString &folder,
                      const BatchOptions &options);

// Writes a drawn chart of `kind` as `format`: an image (png, svg, pdf; `options.format`
// is taken from the key) or its numbers (csv). Returns an error naming the file, or empty.
QString writeChartAs(ChartWidget &chart, ChartKind kind, const analysis::ExportResults &results,
                     const QString &path, const QString &format, ImageOptions options = {});

// Writes the results as one file: "json" (the whole result), "csv" (the summary against the
// status quo) or "yearly" (every output, every year, with percentile columns).
QString writeResults(const analysis::ExportResults &results, const QString &path,
                     const QString &kind, bool rawDraws);

} // namespace leastbad::charts
