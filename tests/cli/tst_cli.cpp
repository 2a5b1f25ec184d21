// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real leastbad-cli binary and checks what a user sees.
#include "../common/clirun.h"
#include "../common/tsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace {

using Run = leastbad::test::CliRun;

Run run(const QStringList &args) {
    return leastbad::test::runCli(args);
}

QString policyPath(const char *name) {
    return leastbad::test::examplePolicy(name);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void version() {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("leastbad-cli 0.")));
    }

    void help() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("simulate")));
        const Run s = run({QStringLiteral("simulate"), QStringLiteral("--help")});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.contains(QStringLiteral("--policy")));
    }

    // Only leastbad-cli-export, which `export` starts in leastbad-cli's place, loads the
    // widget libraries; a command that draws no chart starts on Qt Core alone (the loader's
    // list of what it loads, LD_DEBUG=libs, names none of them), and export still writes.
    void onlyExportLoadsTheWidgetLibraries() {
        auto loaded = [](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [levers, leversLoads] = loaded({QStringLiteral("levers")});
        QCOMPARE(levers, 0);
        QVERIFY2(leversLoads.contains(QLatin1String("libQt6Core.so")), "LD_DEBUG=libs not heard");
        for (const char *library : {"libQt6Widgets.so", "libQt6Gui.so", "libQt6Svg.so",
                                    "libQt6PrintSupport.so", "libQCustomPlotQt6.so"})
            QVERIFY2(!leversLoads.contains(QLatin1String(library)), library);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.svg"));
        const auto [exported, exportLoads] = loaded(
            {QStringLiteral("export"), QStringLiteral("--scenario"),
             qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                 QStringLiteral("/data/scenarios/essay-package-vs-status-quo-US.leastbad"),
             QStringLiteral("--chart"), QStringLiteral("net-value"), QStringLiteral("--format"),
             QStringLiteral("svg"), QStringLiteral("--out"), out});
        QVERIFY2(exported == 0, qPrintable(exportLoads.right(400)));
        QVERIFY(exportLoads.contains(QLatin1String("libQt6Widgets.so")));
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void simulateCsv() {
        const Run r = run({QStringLiteral("simulate"), QStringLiteral("--policy"),
                           policyPath("essay-package.json"), QStringLiteral("--years"),
                           QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 8); // header + 7 years
        const QStringList header = lines.first().split(QLatin1Char(','));
        QCOMPARE(header.first(), QStringLiteral("year"));
        for (const char *column :
             {"prison_population", "crimes_violent", "cost_taxpayers_usd",
              "cost_incarcerated_families_usd", "life_years_lost_incarceration"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.split(QLatin1Char(',')).size(), header.size());
    }

    void simulateJsonAndTable() {
        const Run j = run({QStringLiteral("simulate"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--years"), QStringLiteral("3")});
        QCOMPARE(j.exitCode, 0);
        QVERIFY(j.out.contains(QStringLiteral("\"discounted_totals\"")));
        const Run t =
            run({QStringLiteral("simulate"), QStringLiteral("--region"), QStringLiteral("us")});
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains(QStringLiteral("total")));
    }

    void badInputExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTemporaryDir dir;
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::addRow("years out of range")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--years"),
                           QStringLiteral("0")}
            << QStringLiteral("--years");
        QTest::addRow("bad format")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << QStringLiteral("--format");
        QTest::addRow("unknown region")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--region"),
                           QStringLiteral("XX")}
            << QStringLiteral("XX");
        QTest::addRow("missing dataset")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--dataset"),
                           QStringLiteral("/nonexistent/d.sqlite")}
            << QStringLiteral("/nonexistent/d.sqlite: no such file");
        QTest::addRow("missing policy")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--policy"),
                           QStringLiteral("/nonexistent/p.json")}
            << QStringLiteral("/nonexistent/p.json");
    }
    void badInputExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void compareIsReproducibleWhateverTheThreadCount() {
        const QStringList args = {QStringLiteral("compare"),
                                  QStringLiteral("--policy"),
                                  policyPath("reentry-cash.json"),
                                  QStringLiteral("--policy"),
                                  policyPath("longer-for-repeat.json"),
                                  QStringLiteral("--draws"),
                                  QStringLiteral("200"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("7")};
        const Run one = run(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
        const Run two = run(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, two.out);
        const QJsonObject root = QJsonDocument::fromJson(one.out.toUtf8()).object();
        const QJsonArray policies = root.value(QStringLiteral("policies")).toArray();
        QCOMPARE(policies.size(), 2);
        for (const QJsonValue &p : policies) {
            const double prob =
                p.toObject().value(QStringLiteral("probability_net_benefit_positive")).toDouble(-1);
            QVERIFY(prob >= 0 && prob <= 1);
        }
        const QJsonObject pair =
            root.value(QStringLiteral("net_value_comparisons")).toArray().first().toObject();
        const double sum = pair.value(QStringLiteral("p_first_better")).toDouble() +
                           pair.value(QStringLiteral("p_second_better")).toDouble() +
                           pair.value(QStringLiteral("p_tie")).toDouble();
        QVERIFY(qAbs(sum - 1) < 1e-12);
        const Run other = run(
            {QStringLiteral("compare"), QStringLiteral("--policy"), policyPath("reentry-cash.json"),
             QStringLiteral("--draws"), QStringLiteral("200"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--seed"), QStringLiteral("8")});
        QVERIFY(other.out != one.out);
    }

    void rawDrawsCanBeExported() {
        const Run r =
            run({QStringLiteral("compare"), QStringLiteral("--policy"),
                 policyPath("reentry-cash.json"), QStringLiteral("--draws"), QStringLiteral("20"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--raw")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject raw = QJsonDocument::fromJson(r.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("raw_draws"))
                                    .toObject();
        QCOMPARE(raw.value(QStringLiteral("parameters")).toArray().size(), 20);
        const QJsonArray policies = raw.value(QStringLiteral("policies")).toArray();
        QCOMPARE(policies.size(), 2); // status quo and the policy
        const QJsonArray totals =
            policies.at(1).toObject().value(QStringLiteral("discounted_totals")).toArray();
        QCOMPARE(totals.size(), 20);
        QVERIFY(totals.at(0).toObject().contains(QStringLiteral("net_value_usd")));
    }

    void engineCommandsRun() {
        const Run table = run({QStringLiteral("compare"), QStringLiteral("--policy"),
                               policyPath("essay-package.json"), QStringLiteral("--draws"),
                               QStringLiteral("100")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("P(net benefit > 0)")));

        const Run sensitivity =
            run({QStringLiteral("sensitivity"), QStringLiteral("--policy"),
                 policyPath("longer-for-repeat.json"), QStringLiteral("--draws"),
                 QStringLiteral("100"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(sensitivity.exitCode, 0);
        const QStringList rows = sensitivity.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(
            rows.first().startsWith(QStringLiteral("parameter,unit,value_at_p5,value_at_p95,")));
        QVERIFY(rows.first().endsWith(QStringLiteral(",rank_correlation")));
        QVERIFY(rows.size() > 20);

        const Run frontier =
            run({QStringLiteral("frontier"), QStringLiteral("--samples"), QStringLiteral("64"),
                 QStringLiteral("--draws"), QStringLiteral("10"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(frontier.exitCode, 0);
        const QJsonObject f = QJsonDocument::fromJson(frontier.out.toUtf8()).object();
        QCOMPARE(f.value(QStringLiteral("evaluated")).toInt(), 64);
        const QJsonObject best = f.value(QStringLiteral("best_under_budget")).toObject();
        if (best.value(QStringLiteral("found")).toBool())
            QVERIFY(best.value(QStringLiteral("objectives"))
                        .toObject()
                        .value(QStringLiteral("extra_taxpayer_cost_usd"))
                        .toDouble() <= 0);
        QVERIFY(!f.value(QStringLiteral("frontier")).toArray().isEmpty());

        const Run regions =
            run({QStringLiteral("regions"), QStringLiteral("--policy"),
                 policyPath("more-police-more-solved.json"), QStringLiteral("--draws"),
                 QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(regions.exitCode, 0);
        QVERIFY(regions.out.contains(QStringLiteral("\nUS,")));
    }

    void engineBadInputExitsTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("compare without policy")
            << QStringList{QStringLiteral("compare")} << QStringLiteral("--policy");
        QTest::addRow("draws not a number")
            << QStringList{QStringLiteral("compare"), QStringLiteral("--policy"),
                           policyPath("reentry-cash.json"), QStringLiteral("--draws"),
                           QStringLiteral("many")}
            << QStringLiteral("--draws");
        QTest::addRow("negative weight")
            << QStringList{QStringLiteral("compare"), QStringLiteral("--policy"),
                           policyPath("reentry-cash.json"), QStringLiteral("--weight-victims"),
                           QStringLiteral("-1")}
            << QStringLiteral("--weight-victims");
        QTest::addRow("sensitivity needs one policy")
            << QStringList{QStringLiteral("sensitivity")} << QStringLiteral("exactly one");
        QTest::addRow("bad budget cap")
            << QStringList{QStringLiteral("frontier"), QStringLiteral("--budget-cap"),
                           QStringLiteral("lots")}
            << QStringLiteral("--budget-cap");
        QTest::addRow("a frontier that would take days")
            << QStringList{QStringLiteral("frontier"), QStringLiteral("--samples"),
                           QStringLiteral("10000000")}
            << QStringLiteral("1 to 1000000");
    }
    void engineBadInputExitsTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void datasetCommands() {
        const Run list = run({QStringLiteral("dataset"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("California")) &&
                list.out.contains(QStringLiteral("JPN")));

        for (const char *code : {"CA", "NOR"}) {
            const Run show =
                run({QStringLiteral("dataset"), QStringLiteral("show"), QLatin1String(code)});
            QCOMPARE(show.exitCode, 0);
            for (const char *field :
                 {"population", "prison_population", "cost_per_prisoner_year_usd"})
                QVERIFY2(show.out.contains(QLatin1String(field)), field);
            QVERIFY(show.out.contains(QStringLiteral("2019")) ||
                    show.out.contains(QStringLiteral("2022")));
        }
        const Run norway =
            run({QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("NOR")});
        QVERIFY(norway.out.contains(QStringLiteral("assumption: US value")));

        QTemporaryDir dir;
        const Run exported = run({QStringLiteral("dataset"), QStringLiteral("export"),
                                  QStringLiteral("--to"), dir.path()});
        QCOMPARE(exported.exitCode, 0);
        const QString db = dir.filePath(QStringLiteral("copy.sqlite"));
        const Run imported =
            run({QStringLiteral("dataset"), QStringLiteral("import"),
                 dir.filePath(QStringLiteral("values.csv")), QStringLiteral("--into"), db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run validated = run({QStringLiteral("dataset"), QStringLiteral("validate"), db});
        QVERIFY2(validated.exitCode == 0, qPrintable(validated.err));
        const Run simulated = run({QStringLiteral("simulate"), QStringLiteral("--dataset"), db,
                                   QStringLiteral("--region"), QStringLiteral("TX"),
                                   QStringLiteral("--years"), QStringLiteral("3")});
        QCOMPARE(simulated.exitCode, 0);

        const QString bad = dir.filePath(QStringLiteral("bad"));
        QDir().mkpath(bad);
        QFile::copy(dir.filePath(QStringLiteral("regions.csv")),
                    bad + QStringLiteral("/regions.csv"));
        QFile::copy(dir.filePath(QStringLiteral("sources.csv")),
                    bad + QStringLiteral("/sources.csv"));
        QFile values(bad + QStringLiteral("/values.csv"));
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("region_code,metric,value,unit,year,source,note\nTX,homicides,-3,offences/"
                     "year,2019,FBI_CDE_EST2019,\n");
        values.close();
        const Run failed = run({QStringLiteral("dataset"), QStringLiteral("import"),
                                values.fileName(), QStringLiteral("--into"), db});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(QStringLiteral("values.csv, line 2, column 3 (value)")),
                 qPrintable(failed.err));
        const Run unknownRegion =
            run({QStringLiteral("simulate"), QStringLiteral("--region"), QStringLiteral("XX")});
        QCOMPARE(unknownRegion.exitCode, 2);
        QVERIFY(unknownRegion.err.contains(QStringLiteral("no region \"XX\"")));
    }

    void speaksTheSystemLanguageOrTheOneAskedFor_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("code");
        QTest::addRow("Dutch") << QStringLiteral("nl_NL.UTF-8") << QStringLiteral("nl");
        QTest::addRow("Spanish") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("es");
    }
    void speaksTheSystemLanguageOrTheOneAskedFor() {
        QFETCH(QString, lang);
        QFETCH(QString, code);
        const QString expected =
            leastbad::test::translationOf(code, QStringLiteral("leastbad-cli"),
                                          QStringLiteral("unknown command \"%1\""))
                .arg(QStringLiteral("frobnicate"));
        QVERIFY(!expected.isEmpty());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("LANGUAGE"), code);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LEASTBAD_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
        // --lang overrides the system: English back again.
        const Run english =
            run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
        QVERIFY(english.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        const Run asked = run({QStringLiteral("--lang=") + code, QStringLiteral("frobnicate")});
        QVERIFY2(asked.err.contains(expected), qPrintable(asked.err));
    }

    void badPolicyFileNamesFileAndField() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "leastbad-policy", "version": 1, "levers": {"release_cash_usd": 99999999}})");
        f.close();
        const Run r = run({QStringLiteral("simulate"), QStringLiteral("--policy"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("release_cash_usd")) &&
                     r.err.contains(QStringLiteral("0 to 10000")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
