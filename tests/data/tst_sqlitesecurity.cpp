// SPDX-License-Identifier: GPL-3.0-or-later
// A .sqlite dataset from anywhere is untrusted: these tests prove each safety measure
// of SqliteDatabase and Dataset::open by trying to get past it.
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace leastbad;
using namespace leastbad::data;

namespace {

// A small valid dataset (two regions), the seed of the SQLite fuzz target.
QString copyOfSmallDataset(const QTemporaryDir &dir, const char *name = "d.sqlite") {
    const QString source = qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                           QStringLiteral("/tests/fuzz/corpus/sqlite_dataset/us-and-texas.sqlite");
    const QString path = dir.filePath(QLatin1String(name));
    return QFile::copy(source, path) ? path : QString();
}

// Changes a copy of the small dataset the way an attacker would prepare a file: with
// SQLite's plain C API, none of LeastBad's safety settings in the way.
QString tamperedDataset(const QTemporaryDir &dir, const QString &sql) {
    const QString path = copyOfSmallDataset(dir);
    sqlite3 *db = nullptr;
    char *message = nullptr;
    const bool ok =
        !path.isEmpty() && sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning("cannot tamper: %s", message ? message : "cannot open");
    sqlite3_free(message);
    sqlite3_close(db);
    return ok ? path : QString();
}

} // namespace

class TestSqliteSecurity : public QObject {
    Q_OBJECT

private slots:
    void theSmallDatasetOpens() {
        QTemporaryDir dir;
        QString error;
        const auto dataset = Dataset::open(copyOfSmallDataset(dir)).take(error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(dataset->content().regions.size(), 2);
    }

    void anUntrustedFileIsOpenedReadOnly() {
        QTemporaryDir dir;
        const QString path = copyOfSmallDataset(dir);
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::Mode::ReadOnlyUntrusted));
        QVERIFY(!db.exec(QStringLiteral("CREATE TABLE evil (a)")));
        QVERIFY2(db.error().contains(QStringLiteral("readonly")), qPrintable(db.error()));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM regions")));
        QVERIFY(!db.exec(QStringLiteral("PRAGMA writable_schema = 1; DELETE FROM sqlite_master")));
        db.close();
        QString error;
        QVERIFY2(Dataset::open(path).take(error), qPrintable(error)); // unchanged
    }

    void noOtherDatabaseCanBeAttached() {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(copyOfSmallDataset(dir), SqliteDatabase::Mode::ReadOnlyUntrusted));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(!db.exec(QStringLiteral("ATTACH DATABASE '%1' AS other").arg(other)));
        QVERIFY2(db.error().contains(QStringLiteral("attached")), qPrintable(db.error()));
        QVERIFY(!QFile::exists(other));
    }

    void noExtensionCanBeLoaded() {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(copyOfSmallDataset(dir), SqliteDatabase::Mode::ReadOnlyUntrusted));
        QVERIFY(!db.exec(QStringLiteral("SELECT load_extension('libm.so.6', 'cos')")));
        QVERIFY2(db.error().contains(QStringLiteral("not authorized")), qPrintable(db.error()));
        // The in-memory and image connections are hardened the same way.
        SqliteDatabase memory;
        QVERIFY(memory.openInMemory());
        QVERIFY(!memory.exec(QStringLiteral("SELECT load_extension('libm.so.6', 'cos')")));
        QVERIFY(!memory.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS other")));
    }

    void filesHidingSqlAreRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::addRow("trigger")
            << QStringLiteral(
                   "CREATE TRIGGER evil AFTER INSERT ON regions BEGIN DELETE FROM sources; END")
            << QStringLiteral("trigger");
        QTest::addRow("view") << QStringLiteral("CREATE VIEW evil AS SELECT * FROM regions")
                              << QStringLiteral("view");
        QTest::addRow("view posing as a table")
            << QStringLiteral("ALTER TABLE regions RENAME TO real_regions; CREATE VIEW regions AS "
                              "SELECT * FROM real_regions")
            << QStringLiteral("view");
    }

    void filesHidingSqlAreRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = tamperedDataset(dir, sql);
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!Dataset::open(path).take(error));
        QVERIFY2(error.contains(path) && error.contains(named), qPrintable(error));
    }

    // Issue 19, finding 1: values a CSV reader would refuse, written straight into the
    // file, are refused on open, naming the table, the row and the field.
    void garbageInRangeInAnUntrustedFileIsRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::addRow("year 99999")
            << QStringLiteral("UPDATE metric_values SET year = 99999 WHERE rowid = 1")
            << QStringLiteral("(year): table metric_values, row 1");
        QTest::addRow("year 'x'") << QStringLiteral(
                                         "UPDATE metric_values SET year = 'x' WHERE rowid = 1")
                                  << QStringLiteral("expected a year from 1900 to");
        QTest::addRow("year 2^32 + 2020 (wraps to 2020 as a 32-bit int)")
            << QStringLiteral("UPDATE metric_values SET year = 4294969316 WHERE rowid = 1")
            << QStringLiteral("(year): table metric_values, row 1");
        QTest::addRow("unit bananas")
            << QStringLiteral("UPDATE metric_values SET unit = 'bananas' WHERE rowid = 1")
            << QStringLiteral("(unit): table metric_values, row 1");
        QTest::addRow("property crimes 1e-300")
            << QStringLiteral("UPDATE metric_values SET value = 1e-300 WHERE region = 'US' AND "
                              "metric = 'property_crimes'")
            << QStringLiteral("(property_crimes): region US");
        QTest::addRow("no prisoners")
            << QStringLiteral("UPDATE metric_values SET value = 0 WHERE region = 'US' AND "
                              "metric = 'prison_population'")
            << QStringLiteral("(value): table metric_values");
    }
    void garbageInRangeInAnUntrustedFileIsRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = tamperedDataset(dir, sql);
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY2(!Dataset::open(path).take(error), "opened");
        QVERIFY2(error.contains(path) && error.contains(named), qPrintable(error));
    }

    void unsafeFunctionsInTheSchemaDoNotRun() {
        // A generated column is computed on every read. SQLite refuses to create one
        // that calls load_extension(), so the attacker writes it into the schema text;
        // reading the schema then fails, and the file is refused with SQLite's reason.
        QTemporaryDir dir;
        const QString path = tamperedDataset(
            dir, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
                                "replace(sql, 'parent TEXT REFERENCES regions(code))', 'parent "
                                "TEXT REFERENCES regions(code), evil TEXT GENERATED ALWAYS AS "
                                "(load_extension(''libm.so.6'', ''cos'')) VIRTUAL)') WHERE name "
                                "= 'regions'"));
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!Dataset::open(path).take(error));
        QVERIFY2(error.contains(path) &&
                     error.contains(QStringLiteral("malformed database schema")),
                 qPrintable(error));
    }

    void valuesNeverBecomeSql() {
        // Text that would end a quoted SQL string, imported and read back verbatim.
        QTemporaryDir dir;
        const QString name = QStringLiteral("Texas'); DROP TABLE regions; --");
        QDir(dir.path()).mkdir(QStringLiteral("csv"));
        QString error;
        const auto small = Dataset::open(copyOfSmallDataset(dir)).take(error);
        QVERIFY(small);
        DatasetContent content = small->content();
        for (SourceRow &s : content.sources) // the corpus predates the end of "recalled"
            if (s.kind == QStringLiteral("recalled"))
                s.kind = QStringLiteral("assumption");
        content.regions[1].name = name;
        content.values[0].note = QStringLiteral("\"; DELETE FROM metric_values; --");
        QVERIFY(exportCsv(content, dir.filePath(QStringLiteral("csv"))).isEmpty());
        const QString target = dir.filePath(QStringLiteral("target.sqlite"));
        const ImportResult r =
            importCsv(requestForFolderOf(dir.filePath(QStringLiteral("csv/values.csv")), target));
        QVERIFY(r.ok());
        const auto back = Dataset::open(target).take(error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->content().regions[1].name, name);
        QCOMPARE(back->content().values[0].note, content.values[0].note);
        QCOMPARE(back->content().values.size(), content.values.size());
    }

    void pathsWithUriCharactersOpen() {
        // Untrusted files are opened through a file: URI; the path must survive it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a #1?x=%20&y ä.sqlite"));
        QVERIFY(QFile::rename(copyOfSmallDataset(dir), path));
        QString error;
        QVERIFY2(Dataset::open(path).take(error), qPrintable(error));
    }

    void openingLeavesNothingBesideTheFile() {
        // A dataset in WAL mode would normally make a reader create -wal and -shm files
        // beside it; a read-only, untrusted open must not write into the user's folder.
        QTemporaryDir dir;
        const QString path = tamperedDataset(dir, QStringLiteral("PRAGMA journal_mode = WAL"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("d.sqlite")});
        QString error;
        const auto dataset = Dataset::open(path).take(error);
        QVERIFY2(dataset, qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("d.sqlite")});
    }
};

QTEST_GUILESS_MAIN(TestSqliteSecurity)
#include "tst_sqlitesecurity.moc"
