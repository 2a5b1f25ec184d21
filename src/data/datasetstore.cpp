// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datasetstore.h"

#include "data/metrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <optional>

namespace leastbad::data {

namespace {

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Version 1: regions, sources (without licence and kind), metrics, values.
const char *kSchemaV1 = R"(
CREATE TABLE regions (
  code TEXT PRIMARY KEY, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'state', 'county')),
  parent TEXT REFERENCES regions(code));
CREATE TABLE sources (
  id TEXT PRIMARY KEY, citation TEXT NOT NULL, address TEXT, date_read TEXT);
CREATE TABLE metrics (
  key TEXT PRIMARY KEY, unit TEXT NOT NULL, description TEXT NOT NULL, model_input TEXT NOT NULL,
  min REAL NOT NULL, max REAL NOT NULL, required INTEGER NOT NULL, per_resident INTEGER NOT NULL,
  money INTEGER NOT NULL);
CREATE TABLE metric_values (
  region TEXT NOT NULL REFERENCES regions(code), metric TEXT NOT NULL REFERENCES metrics(key),
  value REAL NOT NULL, unit TEXT NOT NULL, year INTEGER NOT NULL,
  source TEXT NOT NULL REFERENCES sources(id), note TEXT,
  PRIMARY KEY (region, metric, year));
PRAGMA user_version = 1;
)";

// Version 2 adds each source's licence and evidence kind, and per-region parameter overrides.
const char *kMigrateV1ToV2 = R"(
ALTER TABLE sources ADD COLUMN licence TEXT;
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'seen';
CREATE TABLE parameter_overrides (
  region TEXT NOT NULL REFERENCES regions(code), parameter TEXT NOT NULL, value REAL NOT NULL,
  source TEXT NOT NULL REFERENCES sources(id), note TEXT,
  PRIMARY KEY (region, parameter));
PRAGMA user_version = 2;
)";

struct TableShape {
    const char *table;
    QStringList columns;
};

bool writeMetrics(SqliteDatabase &db, QString &error) {
    auto stmt = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO metrics VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt) {
        error = db.error();
        return false;
    }
    for (const MetricDefinition &m : metricDefinitions()) {
        stmt->bind(1, fromView(m.key));
        stmt->bind(2, fromView(m.unit));
        stmt->bind(3, fromView(m.description));
        stmt->bind(4, fromView(m.modelInput));
        stmt->bind(5, m.min);
        stmt->bind(6, m.max);
        stmt->bind(7, qint64(m.required));
        stmt->bind(8, qint64(m.perResident));
        stmt->bind(9, qint64(m.money));
        if (!stmt->run()) {
            error = stmt->error();
            return false;
        }
    }
    return true;
}

} // namespace

Result<void> createSchemaVersion1(SqliteDatabase &db) {
    if (!db.exec(QString::fromUtf8(kSchemaV1)))
        return Problem::of(db.error());
    return {};
}

Result<void> migrateToCurrent(SqliteDatabase &db) {
    int version = db.userVersion();
    if (version == 0)
        if (Result<void> created = createSchemaVersion1(db); !created)
            return created;
    version = db.userVersion();
    if (version > kSchemaVersion) {
        return Problem::of(
            QCoreApplication::translate(
                "leastbad::data",
                "schema version %1 is newer than this program reads (%2); update LeastBad")
                .arg(version)
                .arg(kSchemaVersion));
    }
    if (version == 1 && !db.exec(QString::fromUtf8(kMigrateV1ToV2)))
        return Problem::of(db.error());
    QString error;
    const bool written = writeMetrics(db, error);
    return resultOf(written, error);
}

namespace {

// Empty, or what is wrong with the schema.
QString schemaProblem(SqliteDatabase &db) {
    const int version = db.userVersion();
    if (version < 1)
        return QCoreApplication::translate("leastbad::data",
                                           "not a LeastBad dataset (no schema version)");
    if (version > kSchemaVersion)
        return QCoreApplication::translate(
                   "leastbad::data",
                   "schema version %1 is newer than this program reads (%2); update LeastBad")
            .arg(version)
            .arg(kSchemaVersion);
    // LeastBad writes no triggers or views, and SQL hidden in one is never wanted: such
    // a file is refused outright, not merely run with triggers and views switched off.
    auto hidden = db.prepare(QStringLiteral(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') LIMIT 1"));
    if (!hidden)
        return db.error();
    if (hidden->next())
        return QCoreApplication::translate(
                   "leastbad::data", "contains a %1 (%2); LeastBad datasets have none, not opened")
            .arg(hidden->textAt(0), hidden->textAt(1).left(80));
    if (!hidden->error().isEmpty())
        return hidden->error();
    QList<TableShape> shapes = {
        {"regions",
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("parent")}},
        {"sources",
         {QStringLiteral("id"), QStringLiteral("citation"), QStringLiteral("address"),
          QStringLiteral("date_read")}},
        {"metrics",
         {QStringLiteral("key"), QStringLiteral("unit"), QStringLiteral("min"),
          QStringLiteral("max")}},
        {"metric_values",
         {QStringLiteral("region"), QStringLiteral("metric"), QStringLiteral("value"),
          QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("source"),
          QStringLiteral("note")}},
    };
    if (version >= 2) {
        shapes[1].columns << QStringLiteral("licence") << QStringLiteral("kind");
        shapes.append(
            {"parameter_overrides",
             {QStringLiteral("region"), QStringLiteral("parameter"), QStringLiteral("value"),
              QStringLiteral("source"), QStringLiteral("note")}});
    }
    for (const TableShape &shape : shapes) {
        auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        if (!stmt)
            return db.error();
        stmt->bind(1, QString::fromLatin1(shape.table));
        QStringList found;
        while (stmt->next())
            found << stmt->textAt(0);
        for (const QString &column : shape.columns) {
            if (!found.contains(column))
                return QCoreApplication::translate(
                           "leastbad::data",
                           "table %1 lacks column %2: not a LeastBad dataset of version %3")
                    .arg(QString::fromLatin1(shape.table), column)
                    .arg(version);
        }
    }
    return {};
}

} // namespace

Result<void> checkSchema(SqliteDatabase &db) {
    const QString problem = schemaProblem(db);
    if (problem.isEmpty())
        return {};
    return Problem::of(problem);
}

Result<void> writeContent(SqliteDatabase &db, const DatasetContent &content) {
    auto fail = [&](const QString &message) { return Result<void>(Problem::of(message)); };
    auto regions = db.prepare(QStringLiteral("INSERT OR REPLACE INTO regions VALUES (?, ?, ?, ?)"));
    auto sources = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sources (id, citation, address, date_read, licence, kind) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    auto values = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO metric_values VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto overrides = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO parameter_overrides VALUES (?, ?, ?, ?, ?)"));
    if (!regions || !sources || !values || !overrides)
        return fail(db.error());
    for (const RegionRow &r : content.regions) {
        regions->bind(1, r.code);
        regions->bind(2, r.name);
        regions->bind(3, r.kind);
        if (r.parent.isEmpty())
            regions->bindNull(4);
        else
            regions->bind(4, r.parent);
        if (!regions->run())
            return fail(regions->error());
    }
    for (const SourceRow &s : content.sources) {
        const QString fields[] = {s.id, s.citation, s.address, s.dateRead, s.licence, s.kind};
        for (int i = 0; i < 6; ++i)
            sources->bind(i + 1, fields[i]);
        if (!sources->run())
            return fail(sources->error());
    }
    for (const ValueRow &v : content.values) {
        values->bind(1, v.region);
        values->bind(2, v.metric);
        values->bind(3, v.value);
        values->bind(4, v.unit);
        values->bind(5, qint64(v.year));
        values->bind(6, v.source);
        values->bind(7, v.note);
        if (!values->run())
            return fail(values->error());
    }
    for (const OverrideRow &o : content.overrides) {
        overrides->bind(1, o.region);
        overrides->bind(2, o.parameter);
        overrides->bind(3, o.value);
        overrides->bind(4, o.source);
        overrides->bind(5, o.note);
        if (!overrides->run())
            return fail(overrides->error());
    }
    return {};
}

namespace {

// Runs a query and hands each row to `row`; with `region`, the query's one parameter is bound to
// it. The same row limit as a CSV file, so an untrusted file cannot exhaust memory.
bool readRows(SqliteDatabase &db, const QString &sql, const std::optional<QString> &region,
              const std::function<void(const SqliteStatement &)> &row, QString &error) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        error = db.error();
        return false;
    }
    if (region)
        stmt->bind(1, *region);
    int rows = 0;
    while (stmt->next()) {
        if (++rows > kMaxCsvRows) {
            error = QCoreApplication::translate("leastbad::data",
                                                "a table has more than %1 rows; not read")
                        .arg(kMaxCsvRows);
            return false;
        }
        row(*stmt);
    }
    if (!stmt->error().isEmpty()) {
        error = stmt->error();
        return false;
    }
    return true;
}

// " WHERE region = ?" when one region's rows are read, in the order of the whole table.
QString rowsOf(const char *select, const std::optional<QString> &region) {
    return QString::fromLatin1(select) + (region
                                              ? QStringLiteral(" WHERE region = ? ORDER BY rowid")
                                              : QStringLiteral(" ORDER BY rowid"));
}

} // namespace

Result<void> readRegionsAndSources(SqliteDatabase &db, DatasetContent &content) {
    QString error;
    const int version = db.userVersion();
    const bool read =
        readRows(
            db,
            QStringLiteral(
                "SELECT code, name, kind, COALESCE(parent, '') FROM regions ORDER BY rowid"),
            std::nullopt,
            [&](const SqliteStatement &s) {
                content.regions.append({0, s.textAt(0), s.textAt(1), s.textAt(2), s.textAt(3)});
            },
            error) &&
        readRows(
            db,
            version >= 2
                ? QStringLiteral(
                      "SELECT id, citation, COALESCE(address, ''), COALESCE(date_read, ''), "
                      "COALESCE(licence, ''), kind FROM sources ORDER BY rowid")
                : QStringLiteral(
                      "SELECT id, citation, COALESCE(address, ''), COALESCE(date_read, ''), '', "
                      "'seen' FROM sources ORDER BY rowid"),
            std::nullopt,
            [&](const SqliteStatement &s) {
                content.sources.append({0, s.textAt(0), s.textAt(1), s.textAt(2), s.textAt(3),
                                        s.textAt(4), s.textAt(5)});
            },
            error);
    return resultOf(read, error);
}

Result<void> readValuesAndOverrides(SqliteDatabase &db, DatasetContent &content,
                                    const std::optional<QString> &region) {
    QString error;
    const int version = db.userVersion();
    const bool read =
        readRows(
            db,
            rowsOf("SELECT region, metric, value, unit, year, source, COALESCE(note, '') FROM "
                   "metric_values",
                   region),
            region,
            [&](const SqliteStatement &s) {
                content.values.append({0, s.textAt(0), s.textAt(1), s.doubleAt(2), s.textAt(3),
                                       int(std::clamp<qint64>(s.intAt(4), -1, 999999)), s.textAt(5),
                                       s.textAt(6)});
            },
            error) &&
        (version < 2 ||
         readRows(
             db,
             rowsOf("SELECT region, parameter, value, source, COALESCE(note, '') FROM "
                    "parameter_overrides",
                    region),
             region,
             [&](const SqliteStatement &s) {
                 content.overrides.append(
                     {0, s.textAt(0), s.textAt(1), s.doubleAt(2), s.textAt(3), s.textAt(4)});
             },
             error));
    return resultOf(read, error);
}

Result<void> readContent(SqliteDatabase &db, DatasetContent &content) {
    if (Result<void> read = readRegionsAndSources(db, content); !read)
        return read;
    return readValuesAndOverrides(db, content, std::nullopt);
}

} // namespace leastbad::data
