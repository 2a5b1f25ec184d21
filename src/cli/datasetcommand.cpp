// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/datasetcommand.h"

#include "cli/commonoptions.h"
#include "cli/datasethistory.h"
#include "cli/textformat.h"
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/datasettables.h"
#include "data/veraimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <algorithm>

namespace leastbad::cli {

namespace {

const QString kCommand = QStringLiteral("dataset");

QString usage() {
    return QCoreApplication::translate(
        "leastbad::cli",
        "Usage:\n"
        "  leastbad-cli dataset list [DB]\n"
        "  leastbad-cli dataset show [DB] REGION [--year YEAR]\n"
        "  leastbad-cli dataset history [DB] REGION [METRIC...] [--format table|csv|json]\n"
        "  leastbad-cli dataset validate FILE.csv|FILE.sqlite\n"
        "  leastbad-cli dataset coverage [DB]   (the Markdown of docs/DATASETS.md's coverage)\n"
        "  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] "
        "[--overrides F]\n"
        "  leastbad-cli dataset import --from vera incarceration_trends_county.csv --into DB\n"
        "  leastbad-cli dataset export [DB] --to DIR\n"
        "DB is a .sqlite dataset; left out, the embedded default dataset is meant. An import "
        "takes\n"
        "regions.csv, sources.csv and parameter_overrides.csv from the folder of VALUES.csv "
        "unless\n"
        "named; it is all or nothing, and the target is unchanged if any row has a problem.\n");
}

int reportProblems(const data::Problems &problems) {
    QTextStream err(stderr);
    for (const data::Problem &p : problems)
        err << p.text() << '\n';
    err << QCoreApplication::translate("leastbad::cli", "%n problem(s); nothing was written.",
                                       nullptr, int(problems.size()))
        << '\n';
    return 2;
}

QString originText(const data::ValueProvenance &p) {
    using O = data::ValueProvenance::Origin;
    switch (p.origin) {
    case O::Own:
        return QCoreApplication::translate("leastbad::cli", "own");
    case O::Fallback:
        return QCoreApplication::translate("leastbad::cli", "fallback: %1")
            .arg(QString::fromStdString(p.from));
    case O::Assumption:
        return QCoreApplication::translate("leastbad::cli", "assumption: %1 value")
            .arg(QString::fromStdString(p.from));
    case O::Derived:
        return QCoreApplication::translate("leastbad::cli", "derived");
    }
    return {};
}

int list(const std::optional<data::Dataset> &dataset) {
    QHash<QString, int> counts;
    for (const data::ValueRow &v : dataset->content().values)
        counts[v.region] += 1;
    QString out;
    QTextStream s(&out);
    s << QCoreApplication::translate("leastbad::cli",
                                     "%1: %2 regions, %3 values, %4 sources (schema version %5)")
             .arg(dataset->label())
             .arg(dataset->content().regions.size())
             .arg(dataset->content().values.size())
             .arg(dataset->content().sources.size())
             .arg(dataset->schemaVersion())
      << "\n";
    for (const data::RegionRow &r : dataset->content().regions)
        s << r.code.leftJustified(8) << r.name.leftJustified(26) << r.kind.leftJustified(9)
          << (r.parent.isEmpty() ? QStringLiteral("-") : r.parent).leftJustified(6)
          << QCoreApplication::translate("leastbad::cli", "%n value(s)", nullptr,
                                         counts.value(r.code))
          << "\n";
    return writeOut(out.toUtf8()) ? 0 : 2;
}

// One row of the show table; a year marked * is later than the as-of year.
void showRow(QTextStream &s, const data::ValueProvenance &p, int originWidth) {
    s << QString::fromStdString(p.field).leftJustified(42)
      << QString::fromStdString(p.value).rightJustified(14) << ' '
      << QString::fromStdString(p.unit).leftJustified(22)
      << QString(QString::number(p.year) + (p.laterThanAsOfYear ? QStringLiteral("*") : QString()))
             .leftJustified(4)
      << "  " << QString::number(p.modelValue, 'g', 6).rightJustified(14) << "  "
      << originText(p).leftJustified(originWidth)
      << QString::fromStdString(p.status).leftJustified(16) << QString::fromStdString(p.source)
      << "\n";
}

int show(const std::optional<data::Dataset> &dataset, const QString &code, int year) {
    QString error;
    const std::optional<data::RegionRecord> record = dataset->loadRegion(code, year).take(error);
    if (!record)
        return fail(kCommand, error);
    QString out;
    QTextStream s(&out);
    s << QString::fromStdString(record->baseline.name) << " ("
      << QString::fromStdString(record->baseline.code)
      << QCoreApplication::translate("leastbad::cli", "), data year %1, money in %2 US dollars")
             .arg(record->baseline.dataYear)
             .arg(record->baseline.dollarYear)
      << (year ? QCoreApplication::translate("leastbad::cli",
                                             ", as of %1 (each input's latest value at or "
                                             "before it)")
                     .arg(year)
               : QString())
      << "\n";
    for (const std::string &note : record->notes)
        s << QCoreApplication::translate("leastbad::cli", "Note: %1")
                 .arg(QString::fromStdString(note))
          << "\n";
    // The origin column is as wide as its longest entry (a proxy names its area).
    int originWidth = 22;
    for (const auto *rows : {&record->provenance, &record->published})
        for (const data::ValueProvenance &p : *rows)
            originWidth = std::max(originWidth, int(originText(p).size()) + 2);
    s << QCoreApplication::translate("leastbad::cli", "metric").leftJustified(42)
      << QCoreApplication::translate("leastbad::cli", "published").rightJustified(14) << ' '
      << QCoreApplication::translate("leastbad::cli", "unit").leftJustified(22)
      << QCoreApplication::translate("leastbad::cli", "year") << "  "
      << QCoreApplication::translate("leastbad::cli", "model value").rightJustified(14) << "  "
      << QCoreApplication::translate("leastbad::cli", "origin").leftJustified(originWidth)
      << QCoreApplication::translate("leastbad::cli", "evidence").leftJustified(16)
      << QCoreApplication::translate("leastbad::cli", "source") << "\n";
    bool later = false;
    for (const data::ValueProvenance &p : record->provenance) {
        showRow(s, p, originWidth);
        later = later || p.laterThanAsOfYear;
    }
    if (!record->published.empty()) {
        s << "\n"
          << QCoreApplication::translate("leastbad::cli",
                                         "Published figures the model does not take as inputs:")
          << "\n";
        for (const data::ValueProvenance &p : record->published) {
            showRow(s, p, originWidth);
            later = later || p.laterThanAsOfYear;
        }
    }
    if (later)
        s << QCoreApplication::translate(
                 "leastbad::cli",
                 "* no value at or before %1: the earliest value is used, a later year's")
                 .arg(year)
          << "\n";
    return writeOut(out.toUtf8()) ? 0 : 2;
}

bool isDatasetPath(const QString &argument) {
    return argument.endsWith(QStringLiteral(".sqlite"), Qt::CaseInsensitive) ||
           argument.contains(QLatin1Char('/')) || QFileInfo(argument).isFile();
}

int validate(const QString &file) {
    if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const data::ImportResult result =
            data::validateImport(data::requestForFolderOf(file, QString()));
        if (!result.ok())
            return reportProblems(result.problems);
        QTextStream(stdout) << QCoreApplication::translate(
                                   "leastbad::cli", "%1: valid (%2 values, %3 regions, %4 sources)")
                                   .arg(file)
                                   .arg(result.values)
                                   .arg(result.regions)
                                   .arg(result.sources)
                            << '\n';
        return 0;
    }
    QString error;
    const std::optional<data::Dataset> dataset = data::Dataset::open(file).take(error);
    if (!dataset)
        return fail(kCommand, error);
    // Every region must also give the model a baseline it can use.
    for (const data::RegionRow &r : dataset->content().regions) {
        if (const data::Result<data::RegionRecord> record = dataset->loadRegion(r.code); !record)
            return fail(kCommand, record.errorText());
    }
    QTextStream(stdout) << QCoreApplication::translate("leastbad::cli",
                                                       "%1: valid (%2 regions, %3 values)")
                               .arg(file)
                               .arg(dataset->content().regions.size())
                               .arg(dataset->content().values.size())
                        << '\n';
    return 0;
}

// The options `dataset import` reads.
struct ImportOptions {
    const QCommandLineOption &into, &from, &sources, &regions, &overrides;
};

// dataset import FILE --into DB [--from csv|vera] [--sources, --regions, --overrides].
int importFile(const QCommandLineParser &parser, const QString &file, const ImportOptions &o) {
    if (!parser.isSet(o.into))
        return fail(kCommand,
                    QCoreApplication::translate(
                        "leastbad::cli", "import: --into: name the dataset file to import into"));
    if (parser.value(o.from) == QStringLiteral("vera")) {
        const data::ImportResult result = data::importVera({file, parser.value(o.into)});
        if (!result.ok())
            return reportProblems(result.problems);
        QTextStream(stdout) << QCoreApplication::translate(
                                   "leastbad::cli",
                                   "imported %1 values for %2 counties from %3 into %4")
                                   .arg(result.values)
                                   .arg(result.regions)
                                   .arg(file, parser.value(o.into))
                            << '\n';
        return 0;
    }
    if (parser.value(o.from) != QStringLiteral("csv"))
        return fail(kCommand, QCoreApplication::translate(
                                  "leastbad::cli", "--from: expected csv or vera, got \"%1\"")
                                  .arg(parser.value(o.from)));
    data::ImportRequest request = data::requestForFolderOf(file, parser.value(o.into));
    if (parser.isSet(o.sources))
        request.sourcesCsv = parser.value(o.sources);
    if (parser.isSet(o.regions))
        request.regionsCsv = parser.value(o.regions);
    if (parser.isSet(o.overrides))
        request.overridesCsv = parser.value(o.overrides);
    const data::ImportResult result = data::importCsv(request);
    if (!result.ok())
        return reportProblems(result.problems);
    QTextStream(stdout) << QCoreApplication::translate(
                               "leastbad::cli",
                               "imported %1 values, %2 regions and %3 sources into %4")
                               .arg(result.values)
                               .arg(result.regions)
                               .arg(result.sources)
                               .arg(request.target)
                        << '\n';
    return 0;
}

} // namespace

int runDataset(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    const QCommandLineOption into(
        QStringLiteral("into"),
        QCoreApplication::translate("leastbad::cli",
                                    "Dataset file to import into (created if missing)."),
        QCoreApplication::translate("leastbad::cli", "DB"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("leastbad::cli", "Folder to export the CSV files to."),
        QCoreApplication::translate("leastbad::cli", "DIR"));
    const QCommandLineOption sources(
        QStringLiteral("sources"),
        QCoreApplication::translate("leastbad::cli", "Sources CSV for an import."),
        QCoreApplication::translate("leastbad::cli", "FILE"));
    const QCommandLineOption regions(
        QStringLiteral("regions"),
        QCoreApplication::translate("leastbad::cli", "Regions CSV for an import."),
        QCoreApplication::translate("leastbad::cli", "FILE"));
    const QCommandLineOption overrides(
        QStringLiteral("overrides"),
        QCoreApplication::translate("leastbad::cli", "Parameter overrides CSV for an import."),
        QCoreApplication::translate("leastbad::cli", "FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("leastbad::cli",
                                    "history: table, csv or json (default: table)."),
        QCoreApplication::translate("leastbad::cli", "FORMAT"), QStringLiteral("table"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate(
            "leastbad::cli",
            "import: the file's layout, csv (LeastBad's values.csv, the default) or vera (the "
            "Vera Institute's Incarceration Trends county file)."),
        QCoreApplication::translate("leastbad::cli", "LAYOUT"), QStringLiteral("csv"));
    parser.addOptions({into, to, sources, regions, overrides, formatOption, from, yearOption()});
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        QCoreApplication::translate("leastbad::cli",
                                    "list, show, history, coverage, validate, import or export."));
    if (const std::optional<int> exit = parseOrExit(parser, kCommand, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments().mid(1); // after "dataset"
    if (args.isEmpty()) {
        QTextStream(stderr) << usage();
        return 2;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    QString error;
    auto openDataset = [&](const QString &path) { return data::Dataset::open(path).take(error); };

    if (sub == QStringLiteral("list") && rest.size() <= 1) {
        const auto dataset = openDataset(rest.value(0));
        return dataset ? list(dataset) : fail(kCommand, error);
    }
    if (sub == QStringLiteral("show") && (rest.size() == 1 || rest.size() == 2)) {
        const std::optional<int> year = readYear(parser, error);
        if (!year)
            return fail(kCommand, error);
        const auto dataset = openDataset(rest.size() == 2 ? rest[0] : QString());
        return dataset ? show(dataset, rest.last(), *year) : fail(kCommand, error);
    }
    if (sub == QStringLiteral("history") && !rest.isEmpty()) {
        // A first argument that names a dataset file is the dataset; then the region.
        const bool named = rest.size() >= 2 && isDatasetPath(rest[0]);
        const QString format = parser.value(formatOption);
        if (format != QStringLiteral("table") && format != QStringLiteral("csv") &&
            format != QStringLiteral("json"))
            return fail(kCommand,
                        QCoreApplication::translate(
                            "leastbad::cli", "--format: expected table, csv or json, got \"%1\"")
                            .arg(format));
        const auto dataset = openDataset(named ? rest[0] : QString());
        if (!dataset)
            return fail(kCommand, error);
        const QStringList after = rest.mid(named ? 1 : 0);
        const std::optional<QByteArray> text =
            historyText(*dataset, after.first(), after.mid(1), format, error);
        if (!text)
            return fail(kCommand, error);
        return writeOut(*text) ? 0 : 2;
    }
    if (sub == QStringLiteral("coverage") && rest.size() <= 1) {
        const auto dataset = openDataset(rest.value(0));
        return !dataset                                     ? fail(kCommand, error)
               : writeOut(data::coverageMarkdown(*dataset)) ? 0
                                                            : 2;
    }
    if (sub == QStringLiteral("validate") && rest.size() == 1)
        return validate(rest[0]);
    if (sub == QStringLiteral("import") && rest.size() == 1)
        return importFile(parser, rest[0], {into, from, sources, regions, overrides});
    if (sub == QStringLiteral("export") && rest.size() <= 1) {
        if (!parser.isSet(to))
            return fail(kCommand, QCoreApplication::translate(
                                      "leastbad::cli",
                                      "export: --to: name the folder to write the CSV files to"));
        const auto dataset = openDataset(rest.value(0));
        if (!dataset)
            return fail(kCommand, error);
        const data::Problems problems = data::exportCsv(dataset->content(), parser.value(to));
        if (!problems.isEmpty())
            return reportProblems(problems);
        QTextStream(stdout) << QCoreApplication::translate("leastbad::cli", "exported %1 to %2")
                                   .arg(dataset->label(), parser.value(to))
                            << '\n';
        return 0;
    }
    return fail(kCommand, QCoreApplication::translate("leastbad::cli",
                                                      "unknown or incomplete subcommand \"%1\"\n")
                                  .arg(args.join(QLatin1Char(' '))) +
                              usage());
}

} // namespace leastbad::cli
