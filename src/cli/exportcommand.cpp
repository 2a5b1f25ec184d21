// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exportcommand.h"

#include "data/safetext.h"

#include "charts/chartexport.h"
#include "charts/chartkind.h"
#include "charts/exportbatch.h"
#include "charts/report.h"
#include "cli/commonoptions.h"
#include "data/scenarioopen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace leastbad::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::cli", text);
}

QCommandLineOption option(const char *name, const QString &help, const QString &valueName = {},
                          const QString &defaultValue = {}) {
    return QCommandLineOption(QString::fromLatin1(name), help, valueName, defaultValue);
}

// A whole number option within [min, max], or std::nullopt with `error` set.
std::optional<int> wholeNumber(const QCommandLineParser &parser, const char *name, int min, int max,
                               QString &error) {
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    const int value = text.toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    error = tr("--%1: expected a whole number from %2 to %3, got \"%4\"")
                .arg(QString::fromLatin1(name))
                .arg(min)
                .arg(max)
                .arg(text);
    return std::nullopt;
}

std::optional<core::Output> outputFromKey(const QString &key) {
    for (const core::OutputSpec &spec : core::outputSpecs())
        if (key == QString::fromUtf8(spec.key.data(), qsizetype(spec.key.size())))
            return spec.output;
    return std::nullopt;
}

// The folder a file goes into must exist: nothing is created behind the user's back.
QString checkFolderOf(const QString &path) {
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return tr("%1: the folder %2 does not exist").arg(path, info.absolutePath());
    return {};
}

// export's own options, added to the parser in the order --help lists them.
// (A free function builds them, so their texts translate in the "leastbad::cli" context.)
struct ExportOptions {
    QCommandLineOption scenario, chart, all, reportOption, results, format, size, scale, title,
        subtitle, output, raw, frontierSamples, out, datasetOption;
};

ExportOptions addExportOptions(QCommandLineParser &parser) {
    const ExportOptions options{
        option("scenario", tr("The scenario (.leastbad) to export."), tr("FILE")),
        option("chart", tr("The chart to export."), tr("NAME")),
        option("all", tr("Every chart, the report and the results, into the folder --out.")),
        option("report", tr("The one-page PDF report.")),
        option("results",
               tr("The results: json (the whole result), csv (against the status quo) or yearly "
                  "(every "
                  "output, every year, with percentile columns)."),
               tr("KIND")),
        option("format",
               tr("png, svg, pdf or csv (the chart's data); with --all a comma-separated list "
                  "(default: "
                  "from the file name's extension; with --all png,svg,pdf,csv)."),
               tr("FORMAT")),
        option("size", tr("Image size: a preset or WIDTHxHEIGHT (default: slide)."), tr("SIZE"),
               QStringLiteral("slide")),
        option("scale", tr("PNG pixel scale: 1, 2 or 3 (default: 1)."), tr("N"),
               QStringLiteral("1")),

        option("title", tr("The chart's title (default: written from the numbers)."), tr("TEXT")),
        option("subtitle", tr("The chart's subtitle (default: written from the numbers)."),
               tr("TEXT")),
        option("output",
               tr("The output the over-time chart shows (default: prison_population; the "
                  "keys are the columns of leastbad-cli simulate --format csv)."),
               tr("KEY"), QStringLiteral("prison_population")),
        option("raw", tr("With --results json or --all: every draw too.")),
        option("frontier-samples", tr("Policies the frontier samples (default: 5000)."), tr("N"),
               QStringLiteral("5000")),
        option("out", tr("The file, or with --all the folder, to write."), tr("PATH")),

        option("dataset",
               tr("The dataset (.sqlite) of a scenario that names one (default: the embedded "
                  "default dataset; the path inside a scenario is never opened)."),
               tr("DB")),
    };
    const auto &[scenario, chart, all, reportOption, results, format, size, scale, title, subtitle,
                 output, raw, frontierSamples, out, datasetOption] = options;
    for (const QCommandLineOption &o :
         {scenario, chart, all, reportOption, results, format, size, scale, title, subtitle, output,
          raw, frontierSamples, out, datasetOption, yearOption()})
        parser.addOption(o);
    return options;
}

// --format: one format for one chart (by default the file name's extension), a list with --all.
std::optional<QStringList> readFormats(const QCommandLineParser &parser,
                                       const QCommandLineOption &format, bool oneChart,
                                       const QString &outPath, QString &error) {
    QStringList formats;
    if (parser.isSet(format))
        formats = parser.value(format).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (oneChart)
        formats << QFileInfo(outPath).suffix().toLower();
    for (const QString &f : formats)
        if (f != QStringLiteral("csv") && !charts::imageFormatFromKey(f)) {
            error = tr("--format: expected png, svg, pdf or csv, got \"%1\"").arg(f);
            return std::nullopt;
        }
    if (oneChart && formats.size() != 1) {
        error = tr("--format: give one format for one chart");
        return std::nullopt;
    }
    return formats;
}

// --all: every chart, the report and the results into the folder, all or nothing.
int writeEverything(const analysis::ExportResults &r, const QString &outPath,
                    const QStringList &formats, const charts::ImageSize &imageSize, int pixelScale,
                    bool rawDraws) {
    const QString command = QStringLiteral("export");
    charts::BatchOptions batch;
    if (!formats.isEmpty())
        batch.formats = formats;
    batch.size = imageSize;
    batch.scale = pixelScale;
    batch.rawDraws = rawDraws;
    const charts::BatchReport written = charts::exportAll(r, outPath, batch);
    if (!written.error.isEmpty())
        return fail(command, written.error + QLatin1Char('\n') + tr("Nothing was written."));
    for (const QString &skipped : written.skipped)
        QTextStream(stderr) << "leastbad-cli export: "
                            << data::terminalSafe(tr("skipped %1").arg(skipped)) << '\n';
    QTextStream(stdout) << QCoreApplication::translate("leastbad::cli", "Wrote %n file(s) into %1",
                                                       nullptr, int(written.written.size()))
                               .arg(outPath)
                        << '\n';
    return 0;
}

} // namespace

int runExport(const QStringList &arguments) {
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a scenario's charts, its one-page report and its results, drawn as in the app.\n"
           "  One chart:   --chart NAME --format png|svg|pdf|csv --out FILE\n"
           "  The report:  --report --out FILE.pdf\n"
           "  Results:     --results json|csv|yearly --out FILE [--raw]\n"
           "  Everything:  --all --out FOLDER\n"
           "Charts: %1. Sizes: slide (1920x1080), social (1200x675), square (1080x1080), a4, "
           "letter, or WIDTHxHEIGHT.")
            .arg(charts::chartKeys().join(QStringLiteral(", "))));
    const ExportOptions options = addExportOptions(parser);
    const auto &[scenario, chart, all, reportOption, results, format, size, scale, title, subtitle,
                 output, raw, frontierSamples, out, datasetOption] = options;
    if (const std::optional<int> exit = parseOrExit(parser, command, arguments))
        return *exit;

    // What to write.
    const int modes = int(parser.isSet(chart)) + int(parser.isSet(all)) +
                      int(parser.isSet(reportOption)) + int(parser.isSet(results));
    if (modes != 1)
        return fail(command, tr("give exactly one of --chart, --report, --results and --all"));
    if (!parser.isSet(scenario))
        return fail(command, tr("--scenario: give the scenario file to export"));
    if (!parser.isSet(out))
        return fail(command, tr("--out: give the file (or with --all, the folder) to write"));
    const QString outPath = parser.value(out);
    std::optional<charts::ChartKind> kind;
    if (parser.isSet(chart)) {
        kind = charts::chartFromKey(parser.value(chart));
        if (!kind)
            return fail(command, tr("--chart: unknown chart \"%1\"; expected one of %2")
                                     .arg(parser.value(chart),
                                          charts::chartKeys().join(QStringLiteral(", "))));
    }
    if (parser.isSet(results)) {
        const QString k = parser.value(results);
        if (k != QStringLiteral("json") && k != QStringLiteral("csv") &&
            k != QStringLiteral("yearly"))
            return fail(command, tr("--results: expected json, csv or yearly, got \"%1\"").arg(k));
    }
    QString error;
    const std::optional<charts::ImageSize> imageSize =
        charts::parseImageSize(parser.value(size), error);
    if (!imageSize)
        return fail(command, QStringLiteral("--size: ") + error);
    const std::optional<int> pixelScale = wholeNumber(parser, "scale", 1, 3, error);
    const std::optional<int> samples = wholeNumber(parser, "frontier-samples", 100, 200000, error);
    if (!pixelScale || !samples)
        return fail(command, error);
    const std::optional<core::Output> timeSeries = outputFromKey(parser.value(output));
    if (!timeSeries)
        return fail(command, tr("--output: unknown output \"%1\"; the keys are the columns of "
                                "leastbad-cli simulate --format csv")
                                 .arg(parser.value(output)));
    const std::optional<QStringList> formats =
        readFormats(parser, format, kind.has_value(), outPath, error);
    if (!formats)
        return fail(command, error);
    if (parser.isSet(all) && !QFileInfo(outPath).isDir())
        return fail(command, tr("--out: %1 is not an existing folder").arg(outPath));
    if (!parser.isSet(all))
        if (const QString folderError = checkFolderOf(outPath); !folderError.isEmpty())
            return fail(command, folderError);

    // The scenario, its dataset and region (as of --year when given, else the scenario's year).
    const std::optional<int> year = readYear(parser, error);
    if (!year)
        return fail(command, error);
    const std::optional<data::Dataset> chosen =
        data::Dataset::open(parser.value(datasetOption)).take(error);
    if (!chosen)
        return fail(command, error);
    std::optional<data::OpenedScenario> opened =
        data::openScenario(parser.value(scenario), *chosen, parser.isSet(datasetOption),
                           parser.isSet(QStringLiteral("year")) ? std::optional<int>(*year)
                                                                : std::nullopt)
            .take(error);
    if (!opened)
        return fail(command, error);
    for (const QString &warning : opened->warnings)
        QTextStream(stderr) << "leastbad-cli export: " << data::terminalSafe(warning) << '\n';
    const data::Dataset &dataset = *chosen;

    // Compute only what is written.
    analysis::ComputeOptions compute;
    compute.timeSeriesOutput = *timeSeries;
    compute.regions = parser.isSet(all) || kind == charts::ChartKind::Regions;
    compute.frontier = parser.isSet(all) || kind == charts::ChartKind::Frontier;
    compute.frontierSamples = *samples;
    compute.analysis = parser.isSet(all) || parser.isSet(results);
    compute.rawDraws = compute.analysis && parser.isSet(raw);
    compute.progress = terminalProgress(tr("computing"));
    analysis::Session session(analysis::Session::Mode::OneShot);
    const std::optional<analysis::ExportResults> r =
        analysis::computeResults(session, opened->scenario, opened->region, dataset, compute);
    if (!r)
        return fail(command, tr("the computation was cancelled"));

    if (parser.isSet(all))
        return writeEverything(*r, outPath, *formats, *imageSize, *pixelScale, parser.isSet(raw));
    if (parser.isSet(reportOption))
        error = charts::writeReportPdf(outPath, *r);
    else if (parser.isSet(results))
        error = charts::writeResults(*r, outPath, parser.value(results), parser.isSet(raw));
    else if (const std::unique_ptr<charts::ChartWidget> widget =
                 charts::drawChart(*kind, *r, error))
        error = charts::writeChartAs(*widget, *kind, *r, outPath, formats->front(),
                                     {charts::ImageFormat::Png, *imageSize, *pixelScale,
                                      parser.value(title), parser.value(subtitle)});
    return error.isEmpty() ? 0 : fail(command, error);
}

} // namespace leastbad::cli
