// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/veraimport.h"

#include "data/csvreader.h"
#include "data/dataset.h"
#include "data/metrics.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

const QString kSeenSource = QStringLiteral("VERA_ITP_COUNTY");
const QString kDerivedSource = QStringLiteral("VERA_ITP_COUNTY_DERIVED");

// One county-year as read, before the populations are derived.
struct CountyYear {
    int line;
    QString region;
    int year;
    double pop15to64; // NaN when the cell is empty
};

struct Read {
    ImportResult result;
    DatasetContent content; // the base dataset's rows, then the counties'
};

int columnOf(const QStringList &header, const char *name) {
    return int(header.indexOf(QLatin1String(name)));
}

// A number cell: empty or "NA" is no value (std::nullopt with ok set); anything else must
// be a finite number within the metric's range.
std::optional<double> cell(const QString &file, const CsvRow &r, int column, const char *name,
                           const MetricDefinition &metric, Problems &problems) {
    const QString text = r.fields[column].trimmed();
    if (text.isEmpty() || text.compare(QStringLiteral("NA"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        problems.append({file, r.line, column + 1, QLatin1String(name),
                         tr("expected a number, found \"%1\"").arg(text.left(40))});
        return std::nullopt;
    }
    if (v < metric.min || v > metric.max) {
        problems.append(
            {file, r.line, column + 1, QLatin1String(name),
             tr("%1 is outside the valid range of %2: %3 to %4")
                 .arg(text, QString::fromUtf8(metric.key.data(), qsizetype(metric.key.size())))
                 .arg(metric.min, 0, 'g', 10)
                 .arg(metric.max, 0, 'g', 10)});
        return std::nullopt;
    }
    return v;
}

// The columns of the header the import reads.
struct Header {
    QStringList fields;
    int year = -1, fips = -1, state = -1, name = -1;
    QList<std::pair<int, const VeraColumn *>> columns; // column index, mapping
};

std::optional<Header> readHeader(CsvReader &reader, const QString &file, Problems &problems) {
    CsvRow row;
    if (!reader.readRow(row)) {
        problems.append({file,
                         1,
                         0,
                         {},
                         reader.problem() ? reader.problem()->text()
                                          : tr("the file is empty; expected Vera's header")});
        return std::nullopt;
    }
    Header h;
    h.fields = row.fields;
    h.year = columnOf(h.fields, "year");
    h.fips = columnOf(h.fields, "county_fips");
    h.state = columnOf(h.fields, "state_abbr");
    h.name = columnOf(h.fields, "county_name");
    QStringList missing;
    // The population aged 15 to 64 is needed to derive every county's population.
    for (const char *name : {"year", "county_fips", "state_abbr", "total_pop_15to64"})
        if (columnOf(h.fields, name) < 0)
            missing << QLatin1String(name);
    for (const VeraColumn &c : veraColumns())
        if (const int i = columnOf(h.fields, c.column); i >= 0)
            h.columns.append({i, &c});
    if (!missing.isEmpty() || h.columns.isEmpty()) {
        QStringList wanted;
        for (const VeraColumn &c : veraColumns())
            wanted << QLatin1String(c.column);
        problems.append(
            {file,
             1,
             0,
             {},
             tr("not a Vera Incarceration Trends county file: the header lacks %1 (it needs "
                "year, county_fips, state_abbr and total_pop_15to64, and reads %2)")
                 .arg(missing.isEmpty() ? wanted.join(QStringLiteral(", "))
                                        : missing.join(QStringLiteral(", ")),
                      wanted.join(QStringLiteral(", ")))});
        return std::nullopt;
    }
    // Only the identifying columns and the mapped ones are converted to text.
    QList<bool> keep(h.fields.size(), false);
    for (const int i : {h.year, h.fips, h.state, h.name})
        if (i >= 0)
            keep[i] = true;
    for (const auto &[i, c] : h.columns)
        keep[i] = true;
    reader.keepOnlyColumns(std::move(keep));
    return h;
}

void appendSources(const QString &file, const Header &header, DatasetContent &content) {
    content.sources.append(
        {0, kSeenSource,
         tr("Vera Institute of Justice. Incarceration Trends dataset, county-level file, as "
            "downloaded by the user and imported from %1 (columns %2)")
             .arg(file,
                  [&] {
                      QStringList names;
                      for (const auto &[i, c] : header.columns)
                          names << QLatin1String(c->column);
                      return names.join(QStringLiteral(", "));
                  }()),
         QStringLiteral("https://github.com/vera-institute/incarceration-trends"), QString(),
         tr("Vera Incarceration Trends Data Access License: the user's own academic, nonprofit "
            "and research use; no redistribution"),
         QStringLiteral("seen")});
    content.sources.append(
        {0, kDerivedSource,
         tr("Derived (LeastBad Vera import): a county's residents = its share of its state's "
            "residents aged 15 to 64 in that year (Vera total_pop_15to64, summed over the "
            "state's imported counties) times the state's population in the dataset (the "
            "latest at or before that year, else the earliest). Assumes the county's age mix "
            "is the state's."),
         QStringLiteral("https://github.com/vera-institute/incarceration-trends"), QString(),
         tr("not applicable (derived)"), QStringLiteral("derived")});
}

// What the rows give, besides their values: each county's first line, each county-year's
// population aged 15 to 64, and its sum over each state's counties by year.
struct CountyRows {
    QHash<QString, int> regionLine; // region -> first line
    QList<CountyYear> countyYears;
    QHash<QString, double> stateTotals; // state|year -> summed population aged 15-64
    bool cancelled = false;
};

// The row's region code (STATE-FIPS) and year, or std::nullopt after listing what is wrong.
std::optional<std::pair<QString, int>> rowKey(const CsvRow &r, const Header &h, const Dataset &base,
                                              const QString &file, Problems &problems) {
    bool ok = false;
    const int year = r.fields[h.year].trimmed().toInt(&ok);
    bool good = true;
    if (!ok || year < 1900 || year > 2100) {
        problems.append(
            {file, r.line, h.year + 1, QStringLiteral("year"),
             tr("expected a year from 1900 to 2100, found \"%1\"").arg(r.fields[h.year].left(20))});
        good = false;
    }
    QString fips = r.fields[h.fips].trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(fips).hasMatch()) {
        problems.append({file, r.line, h.fips + 1, QStringLiteral("county_fips"),
                         tr("expected a county FIPS code of up to five digits, found \"%1\"")
                             .arg(fips.left(20))});
        good = false;
    }
    fips = fips.rightJustified(5, QLatin1Char('0'));
    const QString state = r.fields[h.state].trimmed().toUpper();
    const RegionRow *parent = base.region(state);
    if (!parent || parent->kind != QStringLiteral("state")) {
        problems.append({file, r.line, h.state + 1, QStringLiteral("state_abbr"),
                         tr("state \"%1\" is not a state of %2, so the county has no parent region")
                             .arg(state.left(20), base.label())});
        good = false;
    }
    if (!good)
        return std::nullopt;
    return std::pair(state + QLatin1Char('-') + fips, year);
}

// Reads every row into `content` (the counties and their values) and `rows`.
void readCountyRows(CsvReader &reader, const QFile &input, const Header &h, const Dataset &base,
                    const VeraImportRequest &request, const QString &file, DatasetContent &content,
                    CountyRows &rows, Problems &problems) {
    const QString county = QStringLiteral("county");
    QHash<QString, QString> metricUnits;
    for (const auto &[i, c] : h.columns)
        metricUnits.insert(QLatin1String(c->metric),
                           QString::fromUtf8(findMetric(c->metric)->unit.data()));
    QHash<QString, int> firstLine; // region|year -> line
    const MetricDefinition &pop15 = *findMetric("population_15to64");
    int read = 0;
    CsvRow r;
    while (reader.readRow(r)) {
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue;
        if (read % 1000 == 0) {
            if (request.cancel && request.cancel->load()) {
                problems.append({file, r.line, 0, {}, tr("cancelled; nothing was written")});
                rows.cancelled = true;
                return;
            }
            if (request.progress)
                request.progress(int(input.pos() / 1024), int(input.size() / 1024));
        }
        if (++read > kMaxCsvRows) {
            problems.append(
                {file, r.line, 0, {}, tr("more than %1 rows; split the file").arg(kMaxCsvRows)});
            break;
        }
        if (problems.size() >= kMaxProblemsPerFile) {
            problems.append({file,
                             r.line,
                             0,
                             {},
                             tr("%1 problems; stopped reading here").arg(kMaxProblemsPerFile)});
            break;
        }
        if (r.fields.size() != h.fields.size()) {
            problems.append(
                {file,
                 r.line,
                 0,
                 {},
                 tr("expected %1 columns, found %2").arg(h.fields.size()).arg(r.fields.size())});
            continue;
        }
        const auto key = rowKey(r, h, base, file, problems);
        // Numbers are checked even on a row with a bad key, so every problem is listed.
        QList<std::pair<const VeraColumn *, double>> values;
        for (const auto &[i, c] : h.columns)
            if (const auto v = cell(file, r, i, c->column, *findMetric(c->metric), problems))
                values.append({c, *v});
        if (!key)
            continue;
        const auto &[code, year] = *key;
        const QString state = code.section(QLatin1Char('-'), 0, 0);
        const QString fips = code.section(QLatin1Char('-'), 1);
        const QString countyYear = code + QLatin1Char('|') + QString::number(year);
        if (const int seen = firstLine.value(countyYear); seen > 0) {
            problems.append({file,
                             r.line,
                             0,
                             {},
                             tr("duplicate row: county %1 for %2 is already on line %3")
                                 .arg(fips)
                                 .arg(year)
                                 .arg(seen)});
            continue;
        }
        firstLine.insert(countyYear, r.line);
        if (!rows.regionLine.contains(code)) {
            rows.regionLine.insert(code, r.line);
            const QString name = h.name >= 0 ? r.fields[h.name].trimmed() : QString();
            content.regions.append(
                {r.line, code,
                 (name.isEmpty() ? tr("County %1").arg(fips) : name) + QStringLiteral(", ") + state,
                 county, state});
        }
        double pop = std::nan("");
        for (const auto &[c, v] : values) {
            const QString metric = QLatin1String(c->metric);
            content.values.append(
                {r.line, code, metric, v, metricUnits.value(metric), year, kSeenSource, {}});
            if (c->metric == pop15.key)
                pop = v;
        }
        rows.countyYears.append({r.line, code, year, pop});
        if (!std::isnan(pop))
            rows.stateTotals[state + QLatin1Char('|') + QString::number(year)] += pop;
    }
    if (reader.problem())
        problems.append({file, 0, 0, {}, reader.problem()->text()});
}

// Each county-year's population: its share of the state's 15-64 residents times the
// state's population as of that year.
void derivePopulations(const Dataset &base, const CountyRows &rows, DatasetContent &content,
                       QSet<QString> &withPopulation) {
    QHash<QString, QString> notes;
    const QString populationKey = QStringLiteral("population"), people = QStringLiteral("people");
    for (const CountyYear &cy : rows.countyYears) {
        if (std::isnan(cy.pop15to64))
            continue;
        const QString state = cy.region.section(QLatin1Char('-'), 0, 0);
        const double total =
            rows.stateTotals.value(state + QLatin1Char('|') + QString::number(cy.year));
        const QList<const ValueRow *> statePopulation =
            base.series(state, QStringLiteral("population"));
        if (total <= 0 || statePopulation.isEmpty())
            continue;
        const ValueRow *asOf = statePopulation.front();
        for (const ValueRow *p : statePopulation)
            if (p->year <= cy.year)
                asOf = p;
        const double population = std::max(1.0, cy.pop15to64 / total * asOf->value);
        // One note per state and year, shared by its counties' rows.
        QString &note = notes[state + QLatin1Char('|') + QString::number(cy.year)];
        if (note.isEmpty())
            note = tr("share of %1's residents aged 15 to 64 in %2 (%3 in the imported "
                      "counties) times its population %4 (%5, %6)")
                       .arg(state)
                       .arg(cy.year)
                       .arg(total, 0, 'f', 0)
                       .arg(asOf->value, 0, 'f', 0)
                       .arg(asOf->year)
                       .arg(asOf->source);
        content.values.append(
            {cy.line, cy.region, populationKey, population, people, cy.year, kDerivedSource, note});
        withPopulation.insert(cy.region);
    }
}

Read read(const VeraImportRequest &request) {
    Read out;
    Problems &problems = out.result.problems;
    const QString file = QFileInfo(request.csv).fileName();

    // The dataset the counties join: the target, or for a new file the default dataset.
    const bool existing = !request.target.isEmpty() && QFileInfo::exists(request.target);
    const Result<Dataset> base = existing ? Dataset::open(request.target) : Dataset::openEmbedded();
    if (!base) {
        problems.append(
            {request.target,
             0,
             0,
             {},
             tr("the target is not a dataset this program can add to: %1").arg(base.errorText())});
        return out;
    }
    out.content = base->content();

    QFile input(request.csv);
    if (!input.open(QIODevice::ReadOnly)) {
        problems.append({request.csv, 0, 0, {}, tr("cannot open: %1").arg(input.errorString())});
        return out;
    }
    if (input.size() > kMaxCsvBytes) {
        problems.append({file,
                         0,
                         0,
                         {},
                         tr("%1 MiB is more than an imported CSV file may hold (%2 MiB)")
                             .arg(input.size() / (1024 * 1024))
                             .arg(kMaxCsvBytes / (1024 * 1024))});
        return out;
    }
    CsvReader reader(&input, file);
    const std::optional<Header> header = readHeader(reader, file, problems);
    if (!header)
        return out;
    appendSources(file, *header, out.content);
    CountyRows rows;
    readCountyRows(reader, input, *header, *base, request, file, out.content, rows, problems);
    if (rows.cancelled)
        return out;
    QSet<QString> withPopulation;
    derivePopulations(*base, rows, out.content, withPopulation);
    for (auto it = rows.regionLine.cbegin();
         it != rows.regionLine.cend() && problems.size() < kMaxProblemsPerFile; ++it)
        if (!withPopulation.contains(it.key()))
            problems.append({file, it.value(), columnOf(header->fields, "total_pop_15to64") + 1,
                             QStringLiteral("total_pop_15to64"),
                             tr("county %1 has no total_pop_15to64 in any row, so its population "
                                "cannot be derived")
                                 .arg(it.key())});
    out.result.regions = int(rows.regionLine.size());
    out.result.sources = 2;
    out.result.values = int(out.content.values.size() - base->content().values.size());
    if (problems.isEmpty()) {
        out.content.regionsFile = out.content.sourcesFile = out.content.valuesFile =
            out.content.overridesFile = file;
        checkConsistency(out.content, request.target, problems);
    }
    return out;
}

} // namespace

const QList<VeraColumn> &veraColumns() {
    static const QList<VeraColumn> columns = {
        {"total_pop_15to64", "population_15to64"},
        {"total_jail_pop", "jail_population"},
        {"total_pretrial_custody", "jail_pretrial_population"},
        {"total_prison_pop", "prison_population"},
        {"total_prison_admits", "prison_admissions"},
    };
    return columns;
}

ImportResult validateVera(const VeraImportRequest &request) {
    return read(request).result;
}

ImportResult importVera(const VeraImportRequest &request) {
    Read r = read(request);
    if (!r.result.ok())
        return r.result;
    // The whole dataset is written afresh: the base rows already hold the target's own.
    r.result.problems = writeDatasetFile(request.target, r.content, false);
    return r.result;
}

} // namespace leastbad::data
