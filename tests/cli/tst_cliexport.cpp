// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad-cli export, run as a user would, with no display: what it writes, and what each
// bad input does (a clear message, exit status 2, and no file left behind).
#include "../common/tsfile.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

// Runs the CLI without a display; `limitBytes` > 0 runs it under a file-size limit
// (prlimit), which fails its writes as a full disk would.
Run run(const QStringList &args, qint64 limitBytes = 0) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (limitBytes > 0)
        p.start(QStringLiteral("prlimit"),
                QStringList{QStringLiteral("--fsize=%1").arg(limitBytes), QStringLiteral("--"),
                            QStringLiteral(LEASTBAD_CLI_PATH)} +
                    args);
    else
        p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
    if (!p.waitForFinished(240000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString source(const QString &relative) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QLatin1Char('/') + relative;
}

const QString kScenario = QStringLiteral("data/scenarios/essay-package-vs-status-quo-US.leastbad");

QStringList exportArgs(const QStringList &more) {
    return QStringList{QStringLiteral("export"), QStringLiteral("--scenario"), source(kScenario)} +
           more;
}

// Every entry of a folder, hidden ones too.
QStringList entries(const QString &folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private slots:
    void exportsAChartHeadless() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("ledgers.png"));
        const Run r = run(exportArgs({QStringLiteral("--chart"), QStringLiteral("ledgers"),
                                      QStringLiteral("--size"), QStringLiteral("social"),
                                      QStringLiteral("--scale"), QStringLiteral("2"),
                                      QStringLiteral("--out"), png}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(2400, 1350));
        const QString svg = dir.filePath(QStringLiteral("custom.svg"));
        const Run s = run(exportArgs({QStringLiteral("--chart"), QStringLiteral("net-value"),
                                      QStringLiteral("--size"), QStringLiteral("900x900"),
                                      QStringLiteral("--title"), QStringLiteral("Mine & yours"),
                                      QStringLiteral("--out"), svg}));
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Mine &amp; yours"));
    }

    // The text on an exported chart, footer included, is in the language asked for.
    void exportsInTheLanguageAskedFor() {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("ledgers.svg"));
        const Run r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("nl")} +
                          exportArgs({QStringLiteral("--chart"), QStringLiteral("ledgers"),
                                      QStringLiteral("--out"), svg}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *source :
             {"Who gains, who pays (mean, 90% interval)",
              "Made with LeastBad %1; every equation and source: docs/MODEL.md and "
              "docs/DATASETS.md."}) {
            const QString dutch =
                leastbad::test::translationOf(QStringLiteral("nl"),
                                              QLatin1String(source).startsWith(QLatin1String("Who"))
                                                  ? QStringLiteral("leastbad::charts::LedgerChart")
                                                  : QStringLiteral("leastbad::charts"),
                                              QLatin1String(source));
            QVERIFY2(!dutch.isEmpty(), source);
            const QString prefix = dutch.section(QStringLiteral("%1"), 0, 0).toHtmlEscaped();
            QVERIFY2(text.contains(prefix), qPrintable(prefix));
        }
    }

    void exportsEverythingIntoAFolder() {
        QTemporaryDir dir;
        const Run r =
            run(exportArgs({QStringLiteral("--all"), QStringLiteral("--format"),
                            QStringLiteral("png,csv"), QStringLiteral("--size"),
                            QStringLiteral("social"), QStringLiteral("--frontier-samples"),
                            QStringLiteral("200"), QStringLiteral("--out"), dir.path()}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = entries(dir.path());
        for (const char *name : {"over-time.png", "ledgers.csv", "net-value.png", "tornado.csv",
                                 "frontier.png", "regions.csv", "report.pdf", "results.json",
                                 "results-summary.csv", "results-yearly.csv"})
            QVERIFY2(files.contains(QLatin1String(name)), name);
        QCOMPARE(files.size(), 6 * 2 + 4);
    }

    void badInputSaysWhyAndExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QDir::temp().filePath(QStringLiteral("leastbad-never-written.png"));
        QTest::newRow("unknown chart")
            << exportArgs(
                   {QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--out"), out})
            << QStringLiteral("unknown chart \"pie\"");
        QTest::newRow("unknown format")
            << exportArgs({QStringLiteral("--chart"), QStringLiteral("tornado"),
                           QStringLiteral("--format"), QStringLiteral("gif"),
                           QStringLiteral("--out"), out})
            << QStringLiteral("--format");
        QTest::newRow("bad size") << exportArgs({QStringLiteral("--chart"),
                                                 QStringLiteral("tornado"),
                                                 QStringLiteral("--size"), QStringLiteral("5x5"),
                                                 QStringLiteral("--out"), out})
                                  << QStringLiteral("--size");
        QTest::newRow("bad scale")
            << exportArgs({QStringLiteral("--chart"), QStringLiteral("tornado"),
                           QStringLiteral("--scale"), QStringLiteral("4"), QStringLiteral("--out"),
                           out})
            << QStringLiteral("--scale");
        QTest::newRow("missing scenario") << QStringList{QStringLiteral("export"),
                                                         QStringLiteral("--scenario"),
                                                         QStringLiteral("/no/such.leastbad"),
                                                         QStringLiteral("--report"),
                                                         QStringLiteral("--out"),
                                                         out}
                                          << QStringLiteral("/no/such.leastbad");
        QTest::newRow("missing folder")
            << exportArgs({QStringLiteral("--report"), QStringLiteral("--out"),
                           QStringLiteral("/no/such/folder/report.pdf")})
            << QStringLiteral("/no/such/folder");
        QTest::newRow("all into a missing folder")
            << exportArgs({QStringLiteral("--all"), QStringLiteral("--out"),
                           QStringLiteral("/no/such/folder")})
            << QStringLiteral("/no/such/folder");
        // sysfs refuses new files even to root.
        QTest::newRow("unwritable folder")
            << exportArgs({QStringLiteral("--chart"), QStringLiteral("over-time"),
                           QStringLiteral("--out"), QStringLiteral("/sys/leastbad.png")})
            << QStringLiteral("/sys/leastbad.png");
        QTest::newRow("two things at once")
            << exportArgs({QStringLiteral("--report"), QStringLiteral("--all"),
                           QStringLiteral("--out"), out})
            << QStringLiteral("exactly one");
    }
    void badInputSaysWhyAndExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(
            QDir::temp().filePath(QStringLiteral("leastbad-never-written.png"))));
    }

    void malformedScenarioIsNamed() {
        QTemporaryDir dir;
        const QString scenario = dir.filePath(QStringLiteral("broken.leastbad"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format": "leastbad-scenario", "version": 1, "region": "US", "draws": "many"})");
        file.close();
        const QString out = dir.filePath(QStringLiteral("chart.png"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("--scenario"), scenario,
                           QStringLiteral("--chart"), QStringLiteral("over-time"),
                           QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(scenario) && r.err.contains(QStringLiteral("draws")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    // A full disk: the write fails, the old file survives, nothing else is left behind.
    void fullDiskLeavesTheOldFileAndNothingElse() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        QFile old(report);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report");
        old.close();
        const Run r =
            run(exportArgs({QStringLiteral("--report"), QStringLiteral("--out"), report}), 4096);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(report + QStringLiteral(": cannot write: ")) &&
                     !r.err.contains(QStringLiteral("Unknown error")),
                 qPrintable(r.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old report"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});

        QTemporaryDir folder;
        const Run all =
            run(exportArgs({QStringLiteral("--all"), QStringLiteral("--format"),
                            QStringLiteral("png"), QStringLiteral("--frontier-samples"),
                            QStringLiteral("200"), QStringLiteral("--out"), folder.path()}),
                200000);
        QCOMPARE(all.exitCode, 2);
        QVERIFY2(all.err.contains(QStringLiteral("Nothing was written")), qPrintable(all.err));
        QVERIFY2(!all.err.contains(QStringLiteral(".leastbad-export-")), qPrintable(all.err));
        QCOMPARE(entries(folder.path()), QStringList());
    }

    // A real full disk: a 64 KiB tmpfs, where mounting one is allowed (root in CI).
    void realFullDiskIsNamed() {
        QTemporaryDir mountPoint;
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=64k"), QStringLiteral("tmpfs"),
                               mountPoint.path()}) != 0)
            QSKIP("cannot mount a tmpfs here (not root); the file-size limit test covers this");
        const auto unmount =
            qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        const QString out = mountPoint.filePath(QStringLiteral("regions.png"));
        const Run r = run(exportArgs(
            {QStringLiteral("--chart"), QStringLiteral("regions"), QStringLiteral("--out"), out}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(out + QStringLiteral(": cannot write: ")) &&
                     !r.err.contains(QStringLiteral("Unknown error")),
                 qPrintable(r.err));
        QCOMPARE(entries(mountPoint.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
