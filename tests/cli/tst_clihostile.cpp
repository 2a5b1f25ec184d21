// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 ("Reliability 2.0") through the real leastbad-cli: special files as input,
// runs too large for memory, exports and imports onto symbolic links, paths inside
// scenarios, escape sequences for the terminal, progress of long runs. Each failed
// before its fix.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <utility>

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
    qint64 milliseconds;
};

Run run(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("timed out"), timer.elapsed()};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), timer.elapsed()};
}

QString source(const QString &relative) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QString scenario() {
    return source(QStringLiteral("data/scenarios/essay-package-vs-status-quo-US.leastbad"));
}

QByteArray contentsOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

private slots:
    void specialFilesExitTwoAtOnce_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("fifo");
        QTest::newRow("simulate --policy /dev/zero") << "simulate"
                                                     << "--policy" << false;
        QTest::newRow("simulate --policy FIFO") << "simulate"
                                                << "--policy" << true;
        QTest::newRow("export --scenario /dev/zero") << "export"
                                                     << "--scenario" << false;
        QTest::newRow("export --scenario FIFO") << "export"
                                                << "--scenario" << true;
        QTest::newRow("compare --dataset FIFO") << "compare"
                                                << "--dataset" << true;
        QTest::newRow("dataset validate FIFO") << "validate"
                                               << "" << true;
        QTest::newRow("dataset import FIFO") << "import"
                                             << "" << true;
    }
    void specialFilesExitTwoAtOnce() {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(bool, fifo);
        QTemporaryDir dir;
        QString path = QStringLiteral("/dev/zero");
        if (fifo) {
            path = dir.filePath(command == QStringLiteral("validate") ||
                                        command == QStringLiteral("import")
                                    ? QStringLiteral("values.csv")
                                    : QStringLiteral("pipe"));
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        QStringList args;
        if (command == QStringLiteral("validate"))
            args = {QStringLiteral("dataset"), QStringLiteral("validate"), path};
        else if (command == QStringLiteral("import"))
            args = {QStringLiteral("dataset"), QStringLiteral("import"), path,
                    QStringLiteral("--into"), dir.filePath(QStringLiteral("d.sqlite"))};
        else if (command == QStringLiteral("export"))
            args = {command,
                    option,
                    path,
                    QStringLiteral("--results"),
                    QStringLiteral("csv"),
                    QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("r.csv"))};
        else
            args = {command, option, path};
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.milliseconds < 1000, qPrintable(QString::number(r.milliseconds)));
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("not a regular file")),
                 qPrintable(r.err));
    }

    void aRunTooLargeForMemoryIsRefusedWithTheFigures() {
        // compare keeps only its totals, under a kilobyte a draw for two policies: 1,000,000
        // draws need more than a budget of 512 MiB.
        QProcessEnvironment gib = QProcessEnvironment::systemEnvironment();
        gib.insert(QStringLiteral("LEASTBAD_MEMORY_BUDGET_MB"), QStringLiteral("512"));
        const Run r = run({QStringLiteral("compare"), QStringLiteral("--policy"),
                           source(QStringLiteral("data/policies/essay-package.json")),
                           QStringLiteral("--draws"), QStringLiteral("1000000")},
                          gib);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.milliseconds < 5000, qPrintable(QString::number(r.milliseconds)));
        QVERIFY2(r.err.contains(QStringLiteral("budget of 512 MiB")) &&
                     r.err.contains(QStringLiteral("draws fit")),
                 qPrintable(r.err));
        // The budget is settable; within it, the same kind of run goes ahead.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEASTBAD_MEMORY_BUDGET_MB"), QStringLiteral("1"));
        const Run small = run({QStringLiteral("compare"), QStringLiteral("--policy"),
                               source(QStringLiteral("data/policies/essay-package.json")),
                               QStringLiteral("--draws"), QStringLiteral("5000")},
                              env);
        QCOMPARE(small.exitCode, 2);
        QVERIFY2(small.err.contains(QStringLiteral("budget of 1 MiB")), qPrintable(small.err));
    }

    void theMemoryCheckCountsWhatEachCommandKeeps() {
        // voi keeps the draws, every total and the yearly series of the net value's nine
        // outputs (about 40 MiB for 5,000 draws of one policy); sensitivity the draws and the
        // discounted totals. Counted as every yearly output (about 90 MiB), both were refused
        // within a budget of 64 MiB that they fit.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEASTBAD_MEMORY_BUDGET_MB"), QStringLiteral("64"));
        const QString policy = source(QStringLiteral("data/policies/essay-package.json"));
        for (const QString &command : {QStringLiteral("voi"), QStringLiteral("sensitivity")}) {
            const Run fits = run({command, QStringLiteral("--policy"), policy,
                                  QStringLiteral("--draws"), QStringLiteral("5000")},
                                 env);
            QVERIFY2(fits.exitCode == 0, qPrintable(command + QStringLiteral(": ") + fits.err));
        }
        // Nor is the check too lenient: 12,000 draws of voi (about 96 MiB with its series;
        // under 64 MiB if only totals were counted), and 20,000 of sensitivity (about 78 MiB),
        // are refused with the figures.
        for (const auto &[command, draws] :
             {std::pair{QStringLiteral("voi"), QStringLiteral("12000")},
              std::pair{QStringLiteral("sensitivity"), QStringLiteral("20000")}}) {
            const Run over =
                run({command, QStringLiteral("--policy"), policy, QStringLiteral("--draws"), draws},
                    env);
            QCOMPARE(over.exitCode, 2);
            QVERIFY2(over.err.contains(QStringLiteral("budget of 64 MiB")), qPrintable(over.err));
        }
    }

    void aLongRunShowsProgressInALog() {
        // stderr is a pipe here, not a terminal: progress comes as lines once a second passed.
        const Run r = run({QStringLiteral("compare"), QStringLiteral("--policy"),
                           source(QStringLiteral("data/policies/essay-package.json")),
                           QStringLiteral("--draws"), QStringLiteral("60000"),
                           QStringLiteral("--years"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 0);
        if (r.milliseconds < 1500)
            QSKIP("the run took less than a second and a half here");
        QVERIFY2(r.err.contains(QStringLiteral("simulating: ")) &&
                     r.err.contains(QStringLiteral("%\n")),
                 qPrintable(r.err));
    }

    // Ctrl-C stops compare and frontier at the next draw, and they say so.
    void compareAndFrontierHonourAnInterrupt_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("compare") << QStringList{
            QStringLiteral("compare"),
            QStringLiteral("--policy"),
            source(QStringLiteral("data/policies/essay-package.json")),
            QStringLiteral("--draws"),
            QStringLiteral("50000"),
            QStringLiteral("--years"),
            QStringLiteral("50")};
        QTest::newRow("frontier") << QStringList{
            QStringLiteral("frontier"), QStringLiteral("--samples"), QStringLiteral("1000000")};
    }
    void compareAndFrontierHonourAnInterrupt() {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        QVERIFY2(p.state() == QProcess::Running, "finished before the interrupt");
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        qInfo("stopped %lld ms after the interrupt", timer.elapsed());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(
            QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("interrupted")));
    }

    void exportsOntoALinkLeaveTheLinkedFileAlone_data() {
        QTest::addColumn<QStringList>("what");
        QTest::newRow("--chart") << QStringList{QStringLiteral("--chart"),
                                                QStringLiteral("over-time"),
                                                QStringLiteral("--format"), QStringLiteral("png")};
        QTest::newRow("--results")
            << QStringList{QStringLiteral("--results"), QStringLiteral("csv")};
    }
    void exportsOntoALinkLeaveTheLinkedFileAlone() {
        QFETCH(QStringList, what);
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        write(victim, "precious\n");
        const QString link = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(QFile::link(victim, link));
        const Run r =
            run(QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), scenario()} +
                what + QStringList{QStringLiteral("--out"), link});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("symbolic link")), qPrintable(r.err));
        QCOMPARE(contentsOf(victim), QByteArray("precious\n"));
    }

    void datasetCommandsOntoLinksAreRefused() {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim"));
        write(victim, "precious\n");
        const QString folder = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::link(victim, folder + QStringLiteral("/values.csv")));
        const Run exported = run(
            {QStringLiteral("dataset"), QStringLiteral("export"), QStringLiteral("--to"), folder});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains(QStringLiteral("symbolic link")), qPrintable(exported.err));
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(victim, link));
        const Run imported = run({QStringLiteral("dataset"), QStringLiteral("import"),
                                  source(QStringLiteral("data/dataset/values.csv")),
                                  QStringLiteral("--into"), link});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QStringLiteral("symbolic link")), qPrintable(imported.err));
        QCOMPARE(contentsOf(victim), QByteArray("precious\n"));
    }

    void aPathInsideAScenarioIsNotOpened() {
        QTemporaryDir dir;
        QByteArray bytes = contentsOf(scenario());
        QVERIFY(bytes.contains("\"dataset\": \"\""));
        bytes.replace("\"dataset\": \"\"", "\"dataset\": \"/etc/passwd\"");
        const QString path = dir.filePath(QStringLiteral("s.leastbad"));
        write(path, bytes);
        const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), path,
                           QStringLiteral("--results"), QStringLiteral("csv"),
                           QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/etc/passwd")) &&
                     r.err.contains(QStringLiteral("not opened")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("r.csv"))));
    }

    void escapeSequencesNeverReachTheTerminal() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("\x1b]0;owned\x07.json"));
        write(path,
              "{\"format\": \"leastbad-policy\", \"version\": 1, \"levers\": {\"\x1b[2Jx\": 1}}");
        const Run r = run({QStringLiteral("simulate"), QStringLiteral("--policy"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\\x1b[2Jx")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
