// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datasetcontent.h"

#include "core/parameters.h"
#include "data/csvreader.h"
#include "data/inputfile.h"
#include "data/metrics.h"
#include "data/plausibility.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace leastbad::data {

namespace {

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Reads a CSV file with a fixed header; calls `row` for each data row with its fields.
// `optionalTrailing` columns may be left out of the header.
void readTable(const QString &path, const QStringList &header, int optionalTrailing,
               Problems &problems, const std::function<void(const CsvRow &)> &row) {
    QFile file;
    if (Result<void> opened = openRegularFile(path, file); !opened) {
        problems.append(opened.problems());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (file.size() > kMaxCsvBytes) {
        problems.append({name,
                         0,
                         0,
                         {},
                         QCoreApplication::translate(
                             "leastbad::data",
                             "%1 MiB is more than a dataset CSV file may hold (%2 MiB); split it")
                             .arg(file.size() / (1024 * 1024))
                             .arg(kMaxCsvBytes / (1024 * 1024))});
        return;
    }
    const qsizetype problemsBefore = problems.size();
    CsvReader reader(&file, name);
    CsvRow first;
    if (!reader.readRow(first)) {
        problems.append(reader.problem() ? *reader.problem()
                                         : Problem{name,
                                                   1,
                                                   0,
                                                   {},
                                                   QCoreApplication::translate(
                                                       "leastbad::data",
                                                       "the file is empty; expected the header: %1")
                                                       .arg(header.join(QLatin1Char(',')))});
        return;
    }
    const QStringList got = first.fields;
    const QStringList required = header.mid(0, header.size() - optionalTrailing);
    if (got.size() < required.size() || got.size() > header.size() ||
        got != header.mid(0, got.size())) {
        problems.append(
            {name,
             1,
             0,
             {},
             QCoreApplication::translate("leastbad::data",
                                         "wrong header: expected \"%1\", found \"%2\"")
                 .arg(header.join(QLatin1Char(',')), got.join(QLatin1Char(',')).left(200))});
        return;
    }
    CsvRow r;
    int rows = 0;
    while (reader.readRow(r)) {
        if (file.pos() > kMaxCsvBytes) { // the file grew while being read
            problems.append({name,
                             r.line,
                             0,
                             {},
                             QCoreApplication::translate("leastbad::data",
                                                         "more than %1 MiB; stopped reading here")
                                 .arg(kMaxCsvBytes / (1024 * 1024))});
            return;
        }
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue; // blank line
        if (++rows > kMaxCsvRows) {
            problems.append(
                {name,
                 r.line,
                 0,
                 {},
                 QCoreApplication::translate("leastbad::data", "more than %1 rows; split the file")
                     .arg(kMaxCsvRows)});
            return;
        }
        if (r.fields.size() != got.size()) {
            problems.append(
                {name,
                 r.line,
                 0,
                 {},
                 QCoreApplication::translate("leastbad::data", "expected %1 columns, found %2")
                     .arg(got.size())
                     .arg(r.fields.size())});
        } else {
            while (r.fields.size() < header.size())
                r.fields << QString();
            row(r);
        }
        if (problems.size() - problemsBefore >= kMaxProblemsPerFile) {
            problems.append(
                {name,
                 r.line,
                 0,
                 {},
                 QCoreApplication::translate("leastbad::data", "%1 problems; stopped reading here")
                     .arg(kMaxProblemsPerFile)});
            return;
        }
    }
    if (reader.problem())
        problems.append(*reader.problem());
}

bool checkText(const QString &file, const CsvRow &r, int column, const QString &field,
               bool required, int maxLength, Problems &problems) {
    const QString &v = r.fields[column - 1];
    if (required && v.trimmed().isEmpty()) {
        problems.append({file, r.line, column, field,
                         QCoreApplication::translate("leastbad::data", "must not be empty")});
        return false;
    }
    if (v.size() > maxLength) {
        problems.append({file, r.line, column, field,
                         QCoreApplication::translate("leastbad::data", "longer than %1 characters")
                             .arg(maxLength)});
        return false;
    }
    return true;
}

double parseNumber(const QString &file, const CsvRow &r, int column, const QString &field,
                   Problems &problems) {
    bool ok = false;
    const double v = r.fields[column - 1].trimmed().toDouble(&ok);
    if (!ok) {
        problems.append(
            {file, r.line, column, field,
             QCoreApplication::translate("leastbad::data", "expected a number, found \"%1\"")
                 .arg(r.fields[column - 1].left(40))});
        return std::nan("");
    }
    if (!std::isfinite(v)) {
        problems.append(
            {file, r.line, column, field,
             QCoreApplication::translate("leastbad::data", "expected a finite number, found \"%1\"")
                 .arg(r.fields[column - 1].left(40))});
        return std::nan("");
    }
    return v;
}

const QRegularExpression &codePattern() {
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9-]{0,15}$"));
    return re;
}

} // namespace

QStringList regionsHeader() {
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("parent")};
}
QStringList sourcesHeader() {
    return {QStringLiteral("id"),        QStringLiteral("citation"), QStringLiteral("address"),
            QStringLiteral("date_read"), QStringLiteral("licence"),  QStringLiteral("kind")};
}
QStringList valuesHeader() {
    return {QStringLiteral("region_code"), QStringLiteral("metric"), QStringLiteral("value"),
            QStringLiteral("unit"),        QStringLiteral("year"),   QStringLiteral("source"),
            QStringLiteral("note")};
}
QStringList overridesHeader() {
    return {QStringLiteral("region_code"), QStringLiteral("parameter"), QStringLiteral("value"),
            QStringLiteral("source"), QStringLiteral("note")};
}
QStringList sourceKinds() {
    // A value is read in a source (seen), computed from read figures (judged, derived) or an
    // assumption shown as one; figures from memory ("recalled") are no longer accepted. A
    // proxy is a wider area's figure (a state's Census division, say) stated for a region
    // that publishes none: the region uses it, but it is not the region's own.
    return {QStringLiteral("seen"),   QStringLiteral("seen-secondary"),
            QStringLiteral("judged"), QStringLiteral("derived"),
            QStringLiteral("proxy"),  QStringLiteral("assumption")};
}

void readRegionsCsv(const QString &path, DatasetContent &content, Problems &problems) {
    const QString file = QFileInfo(path).fileName();
    content.regionsFile = file;
    readTable(path, regionsHeader(), 0, problems, [&](const CsvRow &r) {
        RegionRow row{r.line, r.fields[0].trimmed(), r.fields[1].trimmed(), r.fields[2].trimmed(),
                      r.fields[3].trimmed()};
        bool ok = true;
        if (!codePattern().match(row.code).hasMatch()) {
            problems.append(
                {file, r.line, 1, QStringLiteral("code"),
                 QCoreApplication::translate(
                     "leastbad::data",
                     "expected an upper-case code such as US, CA or GB-EAW, found \"%1\"")
                     .arg(row.code.left(40))});
            ok = false;
        }
        ok = checkText(file, r, 2, QStringLiteral("name"), true, 200, problems) && ok;
        if (!QStringList{QStringLiteral("country"), QStringLiteral("state"),
                         QStringLiteral("county")}
                 .contains(row.kind)) {
            problems.append(
                {file, r.line, 3, QStringLiteral("kind"),
                 QCoreApplication::translate("leastbad::data",
                                             "expected country, state or county, found \"%1\"")
                     .arg(row.kind.left(40))});
            ok = false;
        }
        if (ok)
            content.regions.append(row);
    });
}

void readSourcesCsv(const QString &path, DatasetContent &content, Problems &problems) {
    const QString file = QFileInfo(path).fileName();
    content.sourcesFile = file;
    readTable(path, sourcesHeader(), 0, problems, [&](const CsvRow &r) {
        SourceRow row{r.line,
                      r.fields[0].trimmed(),
                      r.fields[1].trimmed(),
                      r.fields[2].trimmed(),
                      r.fields[3].trimmed(),
                      r.fields[4].trimmed(),
                      r.fields[5].trimmed()};
        bool ok = checkText(file, r, 1, QStringLiteral("id"), true, 64, problems);
        ok = checkText(file, r, 2, QStringLiteral("citation"), true, 2000, problems) && ok;
        ok = checkText(file, r, 3, QStringLiteral("address"), false, 2000, problems) && ok;
        if (!sourceKinds().contains(row.kind)) {
            problems.append(
                {file, r.line, 6, QStringLiteral("kind"),
                 QCoreApplication::translate("leastbad::data", "expected one of %1, found \"%2\"")
                     .arg(sourceKinds().join(QStringLiteral(", ")), row.kind.left(40))});
            ok = false;
        }
        if (ok)
            content.sources.append(row);
    });
}

void readValuesCsv(const QString &path, DatasetContent &content, Problems &problems) {
    const QString file = QFileInfo(path).fileName();
    content.valuesFile = file;
    readTable(path, valuesHeader(), 1, problems, [&](const CsvRow &r) {
        ValueRow row;
        row.line = r.line;
        row.region = r.fields[0].trimmed();
        row.metric = r.fields[1].trimmed();
        row.unit = r.fields[3].trimmed();
        row.source = r.fields[5].trimmed();
        row.note = r.fields[6];
        bool ok = checkText(file, r, 1, QStringLiteral("region_code"), true, 16, problems);
        const MetricDefinition *metric = findMetric(row.metric.toStdString());
        if (!metric) {
            problems.append(
                {file, r.line, 2, QStringLiteral("metric"),
                 QCoreApplication::translate("leastbad::data",
                                             "unknown metric \"%1\" (docs/DATASETS.md lists them)")
                     .arg(row.metric.left(60))});
            ok = false;
        }
        row.value = parseNumber(file, r, 3, QStringLiteral("value"), problems);
        if (std::isnan(row.value))
            ok = false;
        else if (metric && (row.value < metric->min || row.value > metric->max)) {
            problems.append(
                {file, r.line, 3, QStringLiteral("value"),
                 QCoreApplication::translate("leastbad::data",
                                             "%1 is outside the valid range of %2: %3 to %4 %5")
                     .arg(r.fields[2].trimmed(), row.metric, QString::number(metric->min, 'g', 10),
                          QString::number(metric->max, 'g', 10), fromView(metric->unit))});
            ok = false;
        } else if (metric && metric->yesNo && row.value != 0 && row.value != 1) {
            problems.append({file, r.line, 3, QStringLiteral("value"),
                             QCoreApplication::translate("leastbad::data",
                                                         "%1 is 0 (no) or 1 (yes), found \"%2\"")
                                 .arg(row.metric, r.fields[2].trimmed().left(40))});
            ok = false;
        }
        if (metric && row.unit != fromView(metric->unit)) {
            problems.append({file, r.line, 4, QStringLiteral("unit"),
                             QCoreApplication::translate("leastbad::data",
                                                         "expected \"%1\" for %2, found \"%3\"")
                                 .arg(fromView(metric->unit), row.metric, row.unit.left(40))});
            ok = false;
        }
        bool yearOk = false;
        row.year = r.fields[4].trimmed().toInt(&yearOk);
        if (!yearOk || row.year < firstValueYear() || row.year > lastValueYear()) {
            problems.append({file, r.line, 5, QStringLiteral("year"),
                             QCoreApplication::translate(
                                 "leastbad::data", "expected a year from %1 to %2, found \"%3\"")
                                 .arg(firstValueYear())
                                 .arg(lastValueYear())
                                 .arg(r.fields[4].left(20))});
            ok = false;
        } else if (metric && metric->money && !cpiU(row.year)) {
            problems.append(
                {file, r.line, 5, QStringLiteral("year"),
                 QCoreApplication::translate(
                     "leastbad::data",
                     "no CPI-U figure for %1 to convert dollars to %2 (docs/DATASETS.md "
                     "lists the years)")
                     .arg(row.year)
                     .arg(kDollarYear)});
            ok = false;
        }
        ok = checkText(file, r, 6, QStringLiteral("source"), true, 64, problems) && ok;
        ok = checkText(file, r, 7, QStringLiteral("note"), false, 2000, problems) && ok;
        if (ok)
            content.values.append(row);
    });
}

void readOverridesCsv(const QString &path, DatasetContent &content, Problems &problems) {
    const QString file = QFileInfo(path).fileName();
    content.overridesFile = file;
    readTable(path, overridesHeader(), 1, problems, [&](const CsvRow &r) {
        OverrideRow row;
        row.line = r.line;
        row.region = r.fields[0].trimmed();
        row.parameter = r.fields[1].trimmed();
        row.source = r.fields[3].trimmed();
        row.note = r.fields[4];
        bool ok = checkText(file, r, 1, QStringLiteral("region_code"), true, 16, problems);
        const core::ParameterSpec *spec = core::findParameter(row.parameter.toStdString());
        if (!spec) {
            problems.append(
                {file, r.line, 2, QStringLiteral("parameter"),
                 QCoreApplication::translate("leastbad::data",
                                             "unknown parameter \"%1\" (docs/MODEL.md lists them)")
                     .arg(row.parameter.left(60))});
            ok = false;
        }
        row.value = parseNumber(file, r, 3, QStringLiteral("value"), problems);
        if (std::isnan(row.value))
            ok = false;
        else if (spec && !core::overrideRange(*spec).contains(row.value)) {
            problems.append({file, r.line, 3, QStringLiteral("value"),
                             QCoreApplication::translate(
                                 "leastbad::data", "outside the range a dataset may set, %1 to %2")
                                 .arg(QString::number(core::overrideRange(*spec).min, 'g', 6),
                                      QString::number(core::overrideRange(*spec).max, 'g', 6))});
            ok = false;
        }
        ok = checkText(file, r, 4, QStringLiteral("source"), true, 64, problems) && ok;
        if (ok)
            content.overrides.append(row);
    });
}

void checkConsistency(const DatasetContent &content, const QString &label, Problems &problems) {
    QHash<QString, const RegionRow *> regions;
    for (const RegionRow &r : content.regions) {
        if (regions.contains(r.code))
            problems.append(
                {content.regionsFile, r.line, 1, QStringLiteral("code"),
                 QCoreApplication::translate("leastbad::data", "region \"%1\" is listed twice")
                     .arg(r.code)});
        regions.insert(r.code, &r);
    }
    for (const RegionRow &r : content.regions) {
        if (!r.parent.isEmpty() && !regions.contains(r.parent))
            problems.append({content.regionsFile, r.line, 4, QStringLiteral("parent"),
                             QCoreApplication::translate(
                                 "leastbad::data", "parent region \"%1\" is not in the dataset")
                                 .arg(r.parent)});
        // A parent chain must end: no region may be its own ancestor.
        QSet<QString> seen{r.code};
        for (const RegionRow *p = regions.value(r.parent); p; p = regions.value(p->parent)) {
            if (seen.contains(p->code)) {
                problems.append(
                    {content.regionsFile, r.line, 4, QStringLiteral("parent"),
                     QCoreApplication::translate("leastbad::data",
                                                 "parent chain of \"%1\" loops back on itself")
                         .arg(r.code)});
                break;
            }
            seen.insert(p->code);
        }
    }
    QSet<QString> sources, proxySources;
    for (const SourceRow &s : content.sources) {
        if (s.kind == QStringLiteral("proxy"))
            proxySources.insert(s.id);
        if (sources.contains(s.id))
            problems.append(
                {content.sourcesFile, s.line, 1, QStringLiteral("id"),
                 QCoreApplication::translate("leastbad::data", "source \"%1\" is listed twice")
                     .arg(s.id)});
        sources.insert(s.id);
    }
    // Keys of implicitly shared strings, so that a million values build no key strings.
    QHash<std::pair<std::pair<QString, QString>, int>, int> seenValue; // -> line
    QSet<std::pair<QString, QString>> requiredByRegion;                // (region, metric)
    QSet<QString> requiredMetrics;
    for (const MetricDefinition &m : metricDefinitions())
        if (m.required)
            requiredMetrics.insert(fromView(m.key));
    for (const ValueRow &v : content.values) {
        if (!regions.contains(v.region))
            problems.append({content.valuesFile, v.line, 1, QStringLiteral("region_code"),
                             QCoreApplication::translate(
                                 "leastbad::data",
                                 "region \"%1\" is not in the dataset (add it to regions.csv)")
                                 .arg(v.region)});
        if (!sources.contains(v.source))
            problems.append({content.valuesFile, v.line, 6, QStringLiteral("source"),
                             QCoreApplication::translate("leastbad::data",
                                                         "source \"%1\" is not in the sources file")
                                 .arg(v.source)});
        // A wider area's count says nothing about a smaller region's; only its rates and
        // shares can stand in.
        if (const MetricDefinition *m = findMetric(v.metric.toStdString());
            m && proxySources.contains(v.source) && (m->perResident || m->required))
            problems.append(
                {content.valuesFile, v.line, 6, QStringLiteral("source"),
                 QCoreApplication::translate(
                     "leastbad::data",
                     "source \"%1\" is a proxy (a wider area's figure), which can give only rates "
                     "and shares; %2 is a count")
                     .arg(v.source, v.metric)});
        const auto key = std::pair(std::pair(v.region, v.metric), v.year);
        if (v.line > 0 && seenValue.contains(key))
            problems.append(
                {content.valuesFile,
                 v.line,
                 0,
                 {},
                 QCoreApplication::translate("leastbad::data",
                                             "duplicate row: %1 %2 for %3 is already on line %4")
                     .arg(v.region, v.metric)
                     .arg(v.year)
                     .arg(seenValue.value(key))});
        seenValue.insert(key, v.line);
        if (requiredMetrics.contains(v.metric))
            requiredByRegion.insert(std::pair(v.region, v.metric));
    }
    for (const OverrideRow &o : content.overrides) {
        if (!regions.contains(o.region))
            problems.append({content.overridesFile, o.line, 1, QStringLiteral("region_code"),
                             QCoreApplication::translate("leastbad::data",
                                                         "region \"%1\" is not in the dataset")
                                 .arg(o.region)});
        if (!sources.contains(o.source))
            problems.append({content.overridesFile, o.line, 4, QStringLiteral("source"),
                             QCoreApplication::translate("leastbad::data",
                                                         "source \"%1\" is not in the sources file")
                                 .arg(o.source)});
    }
    for (const RegionRow &r : content.regions) {
        for (const MetricDefinition &m : metricDefinitions()) {
            if (m.required && !requiredByRegion.contains(std::pair(r.code, fromView(m.key))))
                problems.append(
                    {content.valuesFile.isEmpty() ? label : content.valuesFile,
                     0,
                     0,
                     {},
                     QCoreApplication::translate(
                         "leastbad::data", "region \"%1\" has no value for the required metric %2")
                         .arg(r.code, fromView(m.key))});
        }
    }
    checkPlausibility(content, problems);
}

} // namespace leastbad::data
