// SPDX-License-Identifier: GPL-3.0-or-later
// What happens when the world misbehaves: a full disk or an unwritable place on save,
// import and export (the old file survives, the message says why); a dataset deleted
// or replaced while open; a scenario naming a region the dataset lacks; files far too
// large, or not files at all. docs/RELIABILITY.md lists these cases.
#include "../common/filesizelimit.h"
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/defaultregion.h"
#include "data/policyfile.h"
#include "data/scenariofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace leastbad;
using namespace leastbad::data;

namespace {

QByteArray contentsOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A file that claims `bytes` of size without taking the disk space (sparse).
void sparseFile(const QString &path, qint64 bytes, const QByteArray &start = {}) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(start);
    QVERIFY(f.resize(bytes));
}

QString allProblems(const Problems &problems) {
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

Scenario bigScenario(const core::RegionBaseline &region) {
    Scenario s;
    for (int i = 0; i < 8; ++i)
        s.policies << NamedPolicy{QStringLiteral("Policy with a long name number %1").arg(i),
                                  core::statusQuoPolicy(region)};
    return s;
}

// The embedded dataset exported as CSV into `dir`/csv, imported into `dir`/target.sqlite.
QString importedDataset(const QTemporaryDir &dir) {
    QString error;
    const auto embedded = Dataset::openEmbedded().take(error);
    QDir(dir.path()).mkdir(QStringLiteral("csv"));
    const QString csv = dir.filePath(QStringLiteral("csv"));
    if (!embedded || !exportCsv(embedded->content(), csv).isEmpty())
        return {};
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const ImportResult r =
        importCsv(requestForFolderOf(csv + QStringLiteral("/values.csv"), target));
    return r.ok() ? target : QString();
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private:
    core::RegionBaseline m_region = defaultUnitedStates().baseline;

private slots:
    void scenarioSaveOnAFullDiskKeepsTheOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.leastbad"));
        QVERIFY(writeScenarioFile(path, Scenario{}).ok());
        const QByteArray old = contentsOf(path);
        const QByteArray bigger = scenarioToJson(bigScenario(m_region));
        QVERIFY(bigger.size() > 2 * old.size());
        QString error;
        {
            test::FileSizeLimit full(old.size());
            QVERIFY(full.ok());
            error = writeScenarioFile(path, bigScenario(m_region)).errorText();
        }
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("too large"), Qt::CaseInsensitive) ||
                     error.contains(QStringLiteral("space"), Qt::CaseInsensitive),
                 qPrintable(error)); // the system's reason, not just "failed"
        QCOMPARE(contentsOf(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("s.leastbad")});
        // With room again, the same save succeeds.
        QVERIFY(writeScenarioFile(path, bigScenario(m_region)).ok());
        QCOMPARE(contentsOf(path), bigger);
    }

    void scenarioSaveToAnUnwritablePlaceSaysSo() {
        // Root ignores permission bits, so the unwritable places here fail for anyone:
        // a folder that is a regular file, and a target that is a folder.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        write(file, "x");
        const QString underFile = test::unwritablePathBeside(file, QStringLiteral("s.leastbad"));
        QString error = writeScenarioFile(underFile, Scenario{}).errorText();
        QVERIFY2(error.contains(underFile), qPrintable(error));
        QCOMPARE(contentsOf(file), QByteArray("x"));
        error = writeScenarioFile(dir.path(), Scenario{}).errorText();
        QVERIFY2(error.contains(dir.path()) && error.contains(QStringLiteral("cannot save")),
                 qPrintable(error));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void importOnAFullDiskLeavesTheTargetAlone_data() {
        QTest::addColumn<int>("headroom"); // bytes past the target's size a file may reach
        QTest::addRow("no room for the copy") << -4096;
        QTest::addRow("room for the copy, not for the new rows") << 0;
    }

    void importOnAFullDiskLeavesTheTargetAlone() {
        QFETCH(int, headroom);
        QTemporaryDir dir;
        const QString target = importedDataset(dir);
        QVERIFY(!target.isEmpty());
        const QByteArray before = contentsOf(target);
        // New rows for the import: a value for a new year, so the file must grow.
        const QString values = dir.filePath(QStringLiteral("new-values.csv"));
        QByteArray rows = "region_code,metric,value,unit,year,source,note\n";
        for (int year = 2000; year <= 2020; ++year)
            rows += "US,population,3" + QByteArray::number(year) + "0000,people," +
                    QByteArray::number(year) + ",CENSUS_V2022_AP," + QByteArray(500, 'n') + "\n";
        write(values, rows);
        ImportRequest request;
        request.valuesCsv = values;
        request.target = target;
        QVERIFY2(validateImport(request).ok(),
                 qPrintable(allProblems(validateImport(request).problems)));
        ImportResult r;
        {
            test::FileSizeLimit full(before.size() + headroom);
            QVERIFY(full.ok());
            r = importCsv(request);
        }
        QVERIFY(!r.ok());
        QVERIFY2(allProblems(r.problems).contains(target), qPrintable(allProblems(r.problems)));
        QVERIFY2(allProblems(r.problems).contains(QStringLiteral("large"), Qt::CaseInsensitive) ||
                     allProblems(r.problems).contains(QStringLiteral("full"), Qt::CaseInsensitive),
                 qPrintable(allProblems(r.problems)));
        QCOMPARE(contentsOf(target), before);
        // No scratch or journal file is left beside the target.
        const QStringList left =
            QDir(dir.path()).entryList({QStringLiteral("target.sqlite*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("target.sqlite")});
        // With room again, the same import succeeds.
        QVERIFY(importCsv(request).ok());
        QVERIFY(contentsOf(target) != before);
    }

    void importIntoAnUnwritablePlaceSaysSo() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        write(file, "x");
        QString error;
        const auto embedded = Dataset::openEmbedded().take(error);
        QVERIFY(embedded);
        QVERIFY(exportCsv(embedded->content(), dir.path()).isEmpty());
        const QString target = test::unwritablePathBeside(file, QStringLiteral("t.sqlite"));
        const ImportResult r =
            importCsv(requestForFolderOf(dir.filePath(QStringLiteral("values.csv")), target));
        QVERIFY(!r.ok());
        QVERIFY2(allProblems(r.problems).contains(target), qPrintable(allProblems(r.problems)));
        QCOMPARE(contentsOf(file), QByteArray("x"));
    }

    void exportOnAFullDiskKeepsEveryOldFile() {
        QTemporaryDir dir;
        QString error;
        const auto embedded = Dataset::openEmbedded().take(error);
        QVERIFY(embedded);
        DatasetContent small;
        small.regions = embedded->content().regions.mid(0, 1);
        QVERIFY(exportCsv(small, dir.path()).isEmpty());
        QHash<QString, QByteArray> old;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            old.insert(name, contentsOf(dir.filePath(name)));
        QCOMPARE(old.size(), 5); // the four CSV files and the manifest
        Problems problems;
        {
            // Room for the manifest and regions.csv (written first), not for sources.csv.
            test::FileSizeLimit full(4096);
            QVERIFY(full.ok());
            problems = exportCsv(embedded->content(), dir.path());
        }
        // The file that did not fit is named, and no file changed: all five or none.
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().text().contains(QStringLiteral("sources.csv")),
                 qPrintable(problems.first().text()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 5);
        for (auto it = old.cbegin(); it != old.cend(); ++it)
            QCOMPARE(contentsOf(dir.filePath(it.key())), it.value());
    }

    void exportIntoAnUnwritablePlaceSaysSo() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plain-file"));
        write(file, "x");
        const Problems problems = exportCsv(DatasetContent{}, file);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(allProblems(problems).contains(file), qPrintable(allProblems(problems)));
        QCOMPARE(contentsOf(file), QByteArray("x"));
    }

    void aDatasetDeletedOrReplacedWhileOpenStillLoads() {
        // Dataset::open reads the whole file and closes it: what happens to the file
        // afterwards cannot reach the data already loaded.
        QTemporaryDir dir;
        const QString target = importedDataset(dir);
        QVERIFY(!target.isEmpty());
        QString error;
        const auto dataset = Dataset::open(target).take(error);
        QVERIFY2(dataset, qPrintable(error));
        const auto before = dataset->loadRegion(QStringLiteral("TX")).take(error);
        QVERIFY2(before, qPrintable(error));

        write(target, QByteArray(8192, '\xff')); // replaced by garbage
        auto after = dataset->loadRegion(QStringLiteral("TX")).take(error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->baseline.prisonPopulation, before->baseline.prisonPopulation);

        QVERIFY(QFile::remove(target)); // deleted
        after = dataset->loadRegion(QStringLiteral("TX")).take(error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->baseline.population, before->baseline.population);

        // Opening it again now is refused with the reason.
        QVERIFY(!Dataset::open(target).take(error));
        QVERIFY2(error.contains(target) && error.contains(QStringLiteral("no such file")),
                 qPrintable(error));
        write(target, QByteArray(8192, '\xff'));
        QVERIFY(!Dataset::open(target).take(error));
        QVERIFY2(error.contains(target), qPrintable(error));
    }

    void aScenarioNamingAMissingRegionIsRefusedByName() {
        Scenario s;
        s.region = QStringLiteral("ZZ");
        const QByteArray json = scenarioToJson(s);
        QString datasetPath, code;
        QVERIFY(peekScenarioRegion(json, datasetPath, code));
        QCOMPARE(code, QStringLiteral("ZZ"));
        QString error;
        const auto dataset = Dataset::openEmbedded().take(error);
        QVERIFY(dataset);
        QVERIFY(!dataset->loadRegion(code).take(error));
        QVERIFY2(error.contains(QStringLiteral("\"ZZ\"")) &&
                     error.contains(QStringLiteral("default dataset")),
                 qPrintable(error));
    }

    void aHugeCsvIsRefusedBeforeItIsRead() {
        // 1 GiB of CSV, sparse so the test costs no disk and no time: refused from its
        // size alone, with the limit named, before a byte of it is read into memory.
        QTemporaryDir dir;
        const QString values = dir.filePath(QStringLiteral("values.csv"));
        sparseFile(values, 1ll << 30, "region_code,metric,value,unit,year,source,note\n");
        DatasetContent content;
        Problems problems;
        readValuesCsv(values, content, problems);
        QCOMPARE(problems.size(), 1);
        const QString text = problems.first().text();
        QVERIFY2(text.contains(QStringLiteral("values.csv")) &&
                     text.contains(QStringLiteral("1024 MiB")) &&
                     text.contains(QString::number(kMaxCsvBytes / (1024 * 1024))),
                 qPrintable(text));
        QVERIFY(content.values.isEmpty());
    }

    void aFloodOfBadRowsStopsAtTheProblemLimit() {
        // 16 MiB of rows, each wrong: the problem list stops growing, so memory does too.
        QTemporaryDir dir;
        const QString values = dir.filePath(QStringLiteral("values.csv"));
        QByteArray bytes = "region_code,metric,value,unit,year,source,note\n";
        bytes += QByteArray("x,y\n").repeated(4 << 20);
        write(values, bytes);
        DatasetContent content;
        Problems problems;
        readValuesCsv(values, content, problems);
        QCOMPARE(problems.size(), kMaxProblemsPerFile + 1);
        QVERIFY2(problems.last().text().contains(QStringLiteral("stopped reading")),
                 qPrintable(problems.last().text()));
        QCOMPARE(problems.last().line, kMaxProblemsPerFile + 1);
    }

    void oversizedFilesOfEveryKindAreRefused() {
        QTemporaryDir dir;
        const QString scenario = dir.filePath(QStringLiteral("big.leastbad"));
        sparseFile(scenario, 5 << 20, "{");
        const ScenarioReadResult s = readScenarioFile(scenario, m_region);
        QVERIFY(!s.ok());
        QVERIFY2(s.problem().text().contains(scenario), qPrintable(s.problem().text()));
        const QString policy = dir.filePath(QStringLiteral("big.json"));
        sparseFile(policy, 2 << 20, "{");
        const PolicyReadResult p = readPolicyFile(policy, m_region);
        QVERIFY(!p.ok());
        QVERIFY2(p.problem().text().contains(QStringLiteral("1 MiB")),
                 qPrintable(p.problem().text()));
        const QString dataset = dir.filePath(QStringLiteral("big.sqlite"));
        sparseFile(dataset, 600ll << 20, "SQLite format 3");
        QString error;
        QVERIFY(!Dataset::open(dataset).take(error));
        QVERIFY2(error.contains(dataset) && error.contains(QStringLiteral("MiB")),
                 qPrintable(error));
    }

    void aDatasetThatIsNotAFileIsRefusedWithoutWaiting() {
        // A named pipe would block an open() forever; a folder is no database either.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString error;
        QVERIFY(!Dataset::open(fifo).take(error));
        QVERIFY2(error.contains(fifo) && error.contains(QStringLiteral("not a regular file")),
                 qPrintable(error));
        QVERIFY(!Dataset::open(dir.path()).take(error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
