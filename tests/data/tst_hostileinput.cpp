// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 ("Reliability 2.0"), the data layer: garbage in range, special files as
// input, writes through symbolic links, concurrent imports, scratch files left by a
// kill, formulas in CSV cells, control characters, and the wording of JSON and CSV errors.
// Each test failed before its fix.
#include "core/analysis.h"
#include "core/montecarlo.h"
#include "data/analysisformat.h"
#include "data/atomicfile.h"
#include "data/csvreader.h"
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/defaultregion.h"
#include "data/jsonread.h"
#include "data/policyfile.h"
#include "data/safetext.h"
#include "data/scenarioopen.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace leastbad;
using namespace leastbad::data;

namespace {

QByteArray contentsOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString allProblems(const Problems &problems) {
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

// The shipped dataset's CSV files copied into `folder`, with `edit` applied to values.csv.
QString shippedDatasetWith(const QTemporaryDir &dir, const QByteArray &from, const QByteArray &to) {
    const QString source =
        qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/data/dataset/");
    for (const char *name : {"regions.csv", "sources.csv"})
        QFile::copy(source + QLatin1String(name), dir.filePath(QLatin1String(name)));
    QByteArray values = contentsOf(source + QStringLiteral("values.csv"));
    if (!from.isEmpty()) {
        if (!values.contains(from))
            return {};
        values.replace(from, to);
    }
    write(dir.filePath(QStringLiteral("values.csv")), values);
    return dir.filePath(QStringLiteral("values.csv"));
}

// A process id that is certainly not running: a child that has exited and been reaped.
pid_t deadPid() {
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

const QByteArray kRegions =
    "code,name,kind,parent\nUS,United States,country,\nXA,State A,state,US\nXB,State B,state,US\n";
const QByteArray kSources =
    "id,citation,address,date_read,licence,kind\n"
    "S1,\"Test Office (2024), made-up figures for tests\",,2026-01-01,none,seen\n";
const QByteArray kValuesHeader = "region_code,metric,value,unit,year,source,note\n";

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    // --- Finding 1: garbage in range ---------------------------------------------------

    void garbageInRangeIsRefusedAtImport_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("property crimes 1e-300")
            << QByteArray("US,property_crimes,") << QByteArray("US,property_crimes,1e-300,X")
            << QStringLiteral("(property_crimes): region US:");
        QTest::newRow("property crimes 1")
            << QByteArray("US,property_crimes,") << QByteArray("US,property_crimes,1,X")
            << QStringLiteral("(property_crimes): region US:");
        QTest::newRow("no prisoners")
            << QByteArray("US,prison_population,1230100,") << QByteArray("US,prison_population,0,")
            << QStringLiteral("(value): 0 is outside the valid range of prison_population");
        QTest::newRow("prisoners 4.9e-324")
            << QByteArray("US,prison_population,1230100,")
            << QByteArray("US,prison_population,4.9e-324,")
            << QStringLiteral("(value): 4.9e-324 is outside the valid range");
        QTest::newRow("population 1 beside 1.23 M prisoners")
            << QByteArray("US,population,333200000,") << QByteArray("US,population,1,")
            << QStringLiteral("(prison_population): region US: 1.23e+06 is 1.23e+06 per resident");
    }
    void garbageInRangeIsRefusedAtImport() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        // "X" marks the rest of the original value, which the edit cuts off.
        QByteArray values = contentsOf(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                                       QStringLiteral("/data/dataset/values.csv"));
        const qsizetype at = values.indexOf(from);
        QVERIFY(at >= 0);
        if (to.endsWith(",X")) { // replace the value that follows `from`
            const qsizetype valueEnd = values.indexOf(',', at + from.size());
            values = values.left(at) + to.chopped(2) + values.mid(valueEnd);
        } else {
            values = values.left(at) + to + values.mid(at + from.size());
        }
        const QString path = shippedDatasetWith(dir, {}, {});
        write(path, values);
        const ImportResult result = validateImport(requestForFolderOf(path, QString()));
        const QString text = allProblems(result.problems);
        QVERIFY2(!result.ok(), "accepted");
        QVERIFY2(text.contains(QStringLiteral("values.csv, line ")) && text.contains(expected),
                 qPrintable(text));
    }

    void reincarcerationMayNotShrinkWithTime() {
        QTemporaryDir dir;
        const QString values = dir.filePath(QStringLiteral("values.csv"));
        write(dir.filePath(QStringLiteral("regions.csv")), kRegions);
        write(dir.filePath(QStringLiteral("sources.csv")), kSources);
        write(values, kValuesHeader + "US,population,1000000,people,2020,S1,\n"
                                      "XA,population,200000,people,2020,S1,\n"
                                      "XB,population,300000,people,2020,S1,\n"
                                      "US,reincarcerated_within_3y,0.95,fraction,2020,S1,\n"
                                      "US,reincarcerated_within_5y,0.01,fraction,2020,S1,\n");
        const ImportResult result = validateImport(requestForFolderOf(values, QString()));
        const QString text = allProblems(result.problems);
        QVERIFY2(text.contains(QStringLiteral("values.csv, line 6, column 3 "
                                              "(reincarcerated_within_5y)")),
                 qPrintable(text));
    }

    void theShippedDatasetIsPlausible() {
        QTemporaryDir dir;
        const QString path = shippedDatasetWith(dir, {}, {});
        const ImportResult result = validateImport(requestForFolderOf(path, QString()));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
    }

    // --- Finding 2: only regular files are read ---------------------------------------

    void specialFilesAreRefusedAtOnce_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("device") << "/dev/zero";
        QTest::newRow("fifo") << "fifo";
    }
    void specialFilesAreRefusedAtOnce() {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = kind;
        if (kind == QStringLiteral("fifo")) {
            path = dir.filePath(QStringLiteral("pipe"));
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const core::RegionBaseline us = defaultUnitedStates().baseline;
        QElapsedTimer timer;
        timer.start();
        const PolicyReadResult policy = readPolicyFile(path, us);
        const ScenarioReadResult scenario = readScenarioFile(path, us);
        QString error;
        std::optional<Dataset> dataset = Dataset::openEmbedded().take(error);
        QVERIFY(dataset);
        const std::optional<OpenedScenario> opened =
            openScenario(path, *dataset, false).take(error);
        ImportRequest request;
        request.valuesCsv = path;
        const ImportResult csv = validateImport(request);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!policy.ok() && !scenario.ok() && !opened && !csv.ok());
        for (const QString &message :
             {policy.errorText(), scenario.errorText(), error, allProblems(csv.problems)})
            QVERIFY2(message.contains(path) &&
                         message.contains(QStringLiteral("not a regular file")),
                     qPrintable(message));
    }

    // --- Finding 3: writes never follow a symbolic link --------------------------------

    void aWriteToALinkLeavesTheLinkedFileAlone() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        write(victim, "precious\n");
        const QString link = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(QFile::link(victim, link));
        const QString reason = writeFileAtomically(link, QByteArray("overwritten"));
        QVERIFY2(reason.contains(QStringLiteral("symbolic link")), qPrintable(reason));
        QCOMPARE(contentsOf(victim), QByteArray("precious\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        // Nothing else appears in the folder (no scratch file left).
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 2);
    }

    void aDanglingLinkIsNotFollowed() {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("created-elsewhere"));
        const QString link = dir.filePath(QStringLiteral("results.json"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(!writeFileAtomically(link, QByteArray("{}")).isEmpty());
        QVERIFY(!QFileInfo::exists(target));
    }

    void aDatasetExportIntoALinkedValuesFileIsRefusedWhole() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.csv"));
        write(victim, "precious\n");
        const QString folder = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::link(victim, folder + QStringLiteral("/values.csv")));
        QString error;
        const std::optional<Dataset> dataset = Dataset::openEmbedded().take(error);
        QVERIFY(dataset);
        const Problems problems = exportCsv(dataset->content(), folder);
        QVERIFY2(allProblems(problems).contains(QStringLiteral("symbolic link")),
                 qPrintable(allProblems(problems)));
        QCOMPARE(contentsOf(victim), QByteArray("precious\n"));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/regions.csv"))); // all or none
    }

    void anImportIntoALinkedDatasetIsRefused() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        write(victim, "precious\n");
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(victim, link));
        const QString values = shippedDatasetWith(dir, {}, {});
        const ImportResult result = importCsv(requestForFolderOf(values, link));
        QVERIFY2(allProblems(result.problems).contains(QStringLiteral("symbolic link")),
                 qPrintable(allProblems(result.problems)));
        QCOMPARE(contentsOf(victim), QByteArray("precious\n"));
    }

    void aReplacedFileKeepsItsPermissions() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scenario.leastbad"));
        write(path, "old");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(writeFileAtomically(path, QByteArray("new")), QString());
        QCOMPARE(contentsOf(path), QByteArray("new"));
        struct stat st {};
        QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    // --- Finding 4: two imports into one dataset at once --------------------------------

    void concurrentImportsKeepEveryRow() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
        const QString base = shippedDatasetWith(dir, {}, {});
        QVERIFY(importCsv(requestForFolderOf(base, db)).ok());
        // Two imports, each adding its own rows (a year the base lacks) to the same file.
        QStringList folders;
        for (const char *year : {"2026", "2027"}) {
            const QString folder = dir.filePath(QLatin1String(year));
            QVERIFY(QDir().mkdir(folder));
            write(folder + QStringLiteral("/values.csv"),
                  kValuesHeader + "US,police_per_100k,200,\"per 100,000 residents\"," + year +
                      ",BJS_P22ST_PRESS,\n");
            folders << folder + QStringLiteral("/values.csv");
        }
        for (int round = 0; round < 3; ++round) {
            ImportResult results[2];
            std::thread first([&] { results[0] = importCsv(requestForFolderOf(folders[0], db)); });
            std::thread second([&] { results[1] = importCsv(requestForFolderOf(folders[1], db)); });
            first.join();
            second.join();
            QString error;
            const std::optional<Dataset> dataset = Dataset::open(db).take(error);
            QVERIFY2(dataset, qPrintable(error));
            int found = 0;
            for (const ValueRow &v : dataset->content().values)
                found += v.metric == QStringLiteral("police_per_100k") && v.year >= 2026;
            // Both landed, or the one that did not says so.
            const int ok = int(results[0].ok()) + int(results[1].ok());
            QCOMPARE(found, round == 0 ? ok : 2);
            for (const ImportResult &r : results)
                QVERIFY2(r.ok() ||
                             allProblems(r.problems).contains(QStringLiteral("another import")),
                         qPrintable(allProblems(r.problems)));
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".lock")));
    }

    // The lock itself, without relying on two threads happening to overlap: an import
    // waits for a lock someone holds, and gives up with a clear message if it stays held.
    void anImportWaitsForTheLockAndGivesUpClearly() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("held.sqlite"));
        const QString values = shippedDatasetWith(dir, {}, {});
        QLockFile held(db + QStringLiteral(".lock"));
        QVERIFY(held.lock());
        ImportRequest request = requestForFolderOf(values, db);
        request.lockWaitMs = 300;
        const ImportResult refused = importCsv(request);
        QVERIFY2(allProblems(refused.problems)
                     .contains(QStringLiteral("another import into this "
                                              "dataset is still running")),
                 qPrintable(allProblems(refused.problems)));
        QVERIFY(!QFileInfo::exists(db));
        request.lockWaitMs = 10'000;
        ImportResult waited;
        std::thread importer([&] { waited = importCsv(request); });
        QThread::msleep(200);
        QVERIFY(!QFileInfo::exists(db)); // still waiting
        held.unlock();
        importer.join();
        QVERIFY2(waited.ok(), qPrintable(allProblems(waited.problems)));
        QVERIFY(QFileInfo::exists(db));
    }

    // --- Finding 8: scratch files left by a kill are removed ----------------------------

    void scratchLeftByAKilledImportIsRemoved() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.sqlite"));
        const QString stale =
            dir.filePath(QStringLiteral(".x.sqlite.leastbad-%1-abcdef").arg(deadPid()));
        write(stale, QByteArray(1000, 'x'));
        write(stale + QStringLiteral("-journal"), "journal");
        const QString values = shippedDatasetWith(dir, {}, {});
        QVERIFY(importCsv(requestForFolderOf(values, db)).ok());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(!QFileInfo::exists(stale + QStringLiteral("-journal")));
        // Nothing of this import is left either.
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral(".x.sqlite*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    // A kill between the renames of `dataset export` left new regions.csv and sources.csv
    // beside an old values.csv, which imported as if whole.
    void aMixedSetFromAnInterruptedExportIsRefused() {
        QTemporaryDir dir;
        QString error;
        const std::optional<Dataset> dataset = Dataset::openEmbedded().take(error);
        QVERIFY(dataset);
        DatasetContent first = dataset->content();
        first.values.removeLast(); // two exports that differ
        QVERIFY(exportCsv(first, dir.path()).isEmpty());
        const QString values = dir.filePath(QStringLiteral("values.csv"));
        const QByteArray oldValues = contentsOf(values);
        QVERIFY(exportCsv(dataset->content(), dir.path()).isEmpty());
        QVERIFY(validateImport(requestForFolderOf(values, QString())).ok());
        // As if killed before values.csv was renamed into place:
        write(values, oldValues);
        const QString text =
            allProblems(validateImport(requestForFolderOf(values, QString())).problems);
        QVERIFY2(text.contains(QStringLiteral("leastbad-export.manifest: the last export into this "
                                              "folder was interrupted: values.csv as before it")) &&
                     text.contains(QStringLiteral("interrupted")),
                 qPrintable(text));
        // A file the user edited since is theirs: read as it is.
        write(values, oldValues + "US,police_per_100k,201,\"per 100,000 residents\",2026,"
                                  "BJS_P22ST_PRESS,edited\n");
        QVERIFY2(validateImport(requestForFolderOf(values, QString())).ok(),
                 qPrintable(
                     allProblems(validateImport(requestForFolderOf(values, QString())).problems)));
    }

    void scratchOfARunningProcessIsKept() {
        QTemporaryDir dir;
        const QString mine =
            dir.filePath(QStringLiteral(".out.csv.leastbad-1-abcdef")); // pid 1 runs
        write(mine, "in use");
        QCOMPARE(writeFileAtomically(dir.filePath(QStringLiteral("out.csv")), QByteArray("x")),
                 QString());
        QVERIFY(QFileInfo::exists(mine));
    }

    // --- Finding 9: formulas and control characters ------------------------------------

    void formulasInCsvCellsStayText() {
        QCOMPARE(spreadsheetSafe(QStringLiteral("=cmd|' /C calc'!A0")),
                 QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(spreadsheetSafe(QStringLiteral("=HYPERLINK(\"http://evil\")")),
                 QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        QCOMPARE(spreadsheetSafe(QStringLiteral("@SUM(A1:A2)")), QStringLiteral("'@SUM(A1:A2)"));
        QCOMPARE(spreadsheetSafe(QStringLiteral("+1+1")), QStringLiteral("'+1+1"));
        QCOMPARE(spreadsheetSafe(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(spreadsheetSafe(QStringLiteral("-0.25")), QStringLiteral("-0.25")); // a number
        QCOMPARE(spreadsheetSafe(QStringLiteral("Close prisons")), QStringLiteral("Close prisons"));
        qputenv("LEASTBAD_CSV_RAW", "1");
        QCOMPARE(spreadsheetSafe(QStringLiteral("=1+1")), QStringLiteral("=1+1"));
        qunsetenv("LEASTBAD_CSV_RAW");
    }

    void aPolicyNamedLikeAFormulaIsTextInTheResultsCsv() {
        QString error;
        std::optional<Dataset> dataset = Dataset::openEmbedded().take(error);
        const std::optional<RegionRecord> us =
            dataset->loadRegion(QStringLiteral("US")).take(error);
        QVERIFY(us);
        const core::Policy sq = core::statusQuoPolicy(us->baseline);
        const core::ParameterDraws draws = core::ParameterDraws::generate(10, 1);
        const core::DrawSet set = core::DrawSet::prepare(us->baseline, draws, 1);
        const std::vector<core::Policy> policies{sq, sq};
        const core::Analysis analysis = core::analyse(set, policies, {}, 1);
        const AnalysisLabels labels{
            {QStringLiteral("Status quo"), QStringLiteral("=HYPERLINK(\"x\")")},
            QStringLiteral("US"),
            10,
            1,
            {}};
        const QByteArray csv = analysisToCsv(labels, analysis);
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.left(400).constData());
        QVERIFY(!csv.contains(",\"=HYPERLINK"));
    }

    void controlCharactersAreShownEscaped() {
        QCOMPARE(terminalSafe(QStringLiteral("a\x1b[31mred\x07")),
                 QStringLiteral("a\\x1b[31mred\\x07"));
        QCOMPARE(terminalSafe(QString(QChar(0)) + QStringLiteral("x\n")),
                 QStringLiteral("\\x00x\n"));
    }

    void aNulInANameIsRefused() {
        const core::RegionBaseline us = defaultUnitedStates().baseline;
        const PolicyReadResult p = parsePolicy(
            "{\"format\": \"leastbad-policy\", \"version\": 1, \"name\": \"a\\u0000b\"}",
            QStringLiteral("p.json"), us);
        QVERIFY2(!p.ok() && p.errorText().contains(QStringLiteral("control characters")),
                 qPrintable(p.errorText()));
        const ScenarioReadResult s =
            parseScenario("{\"format\": \"leastbad-scenario\", \"version\": 1, \"policies\": "
                          "[{\"name\": \"\\u001b[2J\"}]}",
                          QStringLiteral("s.leastbad"), us);
        QVERIFY2(!s.ok() && s.errorText().contains(QStringLiteral("control characters")),
                 qPrintable(s.errorText()));
    }

    // --- Finding 2 (scenario caps) and 10 (messages) -----------------------------------

    void aHugeScenarioGivesAShortMessage() {
        const core::RegionBaseline us = defaultUnitedStates().baseline;
        QByteArray json =
            "{\"format\": \"leastbad-scenario\", \"version\": 1, \"policies\": [{\"name\": \"" +
            QByteArray(3 << 20, 'n') + "\", \"levers\": {";
        for (int i = 0; i < 200000; ++i)
            json += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\": 1";
        json += "}}]";
        for (int i = 0; i < 1000; ++i)
            json += ", \"u" + QByteArray::number(i) + "\": 1";
        json += "}";
        QElapsedTimer timer;
        timer.start();
        const ScenarioReadResult s = parseScenario(json, QStringLiteral("s.leastbad"), us);
        qInfo("parsed in %lld ms", timer.elapsed());
        QVERIFY(!s.ok()); // the name is too long
        // A failed read keeps no warnings; its problems stay few and short.
        QVERIFY2(s.problems().size() <= 12, qPrintable(QString::number(s.problems().size())));
        qsizetype characters = 0;
        for (const QString &line : problemTexts(s.problems()))
            characters += line.size();
        QVERIFY2(characters < 10000, qPrintable(QString::number(characters)));
        QVERIFY(s.errorText().contains(QStringLiteral("more unknown levers")));
    }

    void scenarioDrawsStayWithinTheAppsBox() {
        const core::RegionBaseline us = defaultUnitedStates().baseline;
        const ScenarioReadResult s =
            parseScenario("{\"format\": \"leastbad-scenario\", \"version\": 1, \"draws\": 1000000}",
                          QStringLiteral("s.leastbad"), us);
        QVERIFY2(!s.ok() && s.errorText().contains(QStringLiteral("10 to 20000")),
                 qPrintable(s.errorText()));
    }

    void jsonErrorsSayWhatIsWrong_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate key")
            << QByteArray("{\"format\": \"leastbad-policy\",\n \"version\": 1, \"version\": 2}")
            << QStringLiteral(
                   "p.json: the key \"version\" appears twice in one object, at line 2, column 16");
        QTest::newRow("duplicate lever")
            << QByteArray("{\"format\": \"leastbad-policy\", \"version\": 1, \"levers\": "
                          "{\"facility_beds\": 1, \"facility_beds\": 2}}")
            << QStringLiteral("the key \"facility_beds\" appears twice");
        QTest::newRow("truncated")
            << QByteArray("{\"format\": \"leastbad-policy\",\n \"levers\": {\"facility_beds\": 1")
            << QStringLiteral("p.json: the file ends before the JSON is complete, at line 2");
        QTest::newRow("too deep") << QByteArray(5000, '[') + QByteArray(5000, ']')
                                  << QStringLiteral("p.json: nested too deeply at line 1");
        QTest::newRow("UTF-16 with a byte-order mark")
            << QByteArray("\xff\xfe{\0}\0", 6)
            << QStringLiteral("p.json: the file is UTF-16 (little-endian) text; save it as UTF-8");
        QTest::newRow("UTF-16 without one")
            << QByteArray("{\0\"\0f\0", 6) << QStringLiteral("UTF-16 (little-endian)");
    }
    void jsonErrorsSayWhatIsWrong() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const PolicyReadResult p =
            parsePolicy(json, QStringLiteral("p.json"), defaultUnitedStates().baseline);
        const QString text = p.errorText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("p.json")), 1); // the file is named once
    }

    void csvFieldsSurviveTheFastPathAndUnkeptColumnsAreStillChecked() {
        QByteArray text = "a,b\"c,\"q,\"\"x\"\"\",d\r\n";
        text += QByteArray(5000, 'z') + ",,\"\",e\n";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, QStringLiteral("t.csv"));
        CsvRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b\"c"),
                                          QStringLiteral("q,\"x\""), QStringLiteral("d")}));
        QCOMPARE(row.line, 1);
        reader.keepOnlyColumns({true, false, false, true});
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.fields, (QStringList{QString(5000, QLatin1Char('z')), QString(), QString(),
                                          QStringLiteral("e")}));
        QCOMPARE(row.line, 2);
        QVERIFY(!reader.readRow(row));
        QVERIFY(!reader.problem());

        // A column the caller does not read is still checked.
        QByteArray bad = "x,\xff\xfe,y\n";
        QBuffer badBuffer(&bad);
        QVERIFY(badBuffer.open(QIODevice::ReadOnly));
        CsvReader badReader(&badBuffer, QStringLiteral("bad.csv"));
        badReader.keepOnlyColumns({true, false, true});
        QVERIFY(!badReader.readRow(row));
        QVERIFY2(badReader.problem() && badReader.problem()->text().contains(
                                            QStringLiteral("bad.csv, line 1, column 2")),
                 qPrintable(badReader.problem() ? badReader.problem()->text() : QString()));
    }

    void csvErrorsNameTheFileAndPositionOnce() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.csv"));
        write(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        ImportRequest request;
        request.valuesCsv = path;
        const QString text = allProblems(validateImport(request).problems);
        QVERIFY2(text.count(QStringLiteral("garbage.csv")) == 1, qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("garbage.csv, line 1, column 1: ")),
                 qPrintable(text));
        write(path, QByteArray("\xff\xfer\0e\0g\0", 8));
        const QString utf16 = allProblems(validateImport(request).problems);
        QVERIFY2(utf16.contains(QStringLiteral("UTF-16")), qPrintable(utf16));
    }

    // --- Finding 7: no path from file content -------------------------------------------

    void aScenarioNamingADatasetFileIsNotFollowed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.leastbad"));
        write(path, "{\"format\": \"leastbad-scenario\", \"version\": 1, \"dataset\": "
                    "\"/etc/passwd\", \"region\": \"US\"}");
        QString error;
        const std::optional<Dataset> dataset = Dataset::openEmbedded().take(error);
        QVERIFY(!openScenario(path, *dataset, false).take(error));
        QVERIFY2(error.contains(QStringLiteral("/etc/passwd")) &&
                     error.contains(QStringLiteral("not opened")),
                 qPrintable(error));
        // With a dataset the user chose, the scenario reads against that one.
        QVERIFY2(openScenario(path, *dataset, true).take(error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
