// SPDX-License-Identifier: GPL-3.0-or-later
// The real leastbad-cli: --year on every command with a region, dataset history in its
// three formats, and the Vera county import.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run run(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString source(const QString &relative) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QString policy(const char *name) {
    return source(QStringLiteral("data/policies/") + QLatin1String(name));
}

// The taxpayers' cost of the status quo in year 1, from simulate --format csv.
double firstYear(const QString &csv, const QString &output) {
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    const qsizetype column = header.indexOf(output);
    return column < 0 ? -1 : lines.value(1).split(QLatin1Char(',')).value(column).toDouble();
}

// Corrections cost per prisoner-year in year 1 (the status quo: the average cost).
double costPerPrisonerYear(const QString &csv) {
    return firstYear(csv, QStringLiteral("cost_corrections_usd")) /
           firstYear(csv, QStringLiteral("prisoner_years"));
}

} // namespace

class TestCliData : public QObject {
    Q_OBJECT

private slots:
    void everyCommandWithARegionTakesTheYear_data() {
        QTest::addColumn<QStringList>("args");
        const QString y = QStringLiteral("--year"), year = QStringLiteral("2011");
        QTest::newRow("simulate") << QStringList{
            QStringLiteral("simulate"), QStringLiteral("--region"), QStringLiteral("CA"), y, year};
        QTest::newRow("compare") << QStringList{QStringLiteral("compare"),
                                                QStringLiteral("--region"),
                                                QStringLiteral("CA"),
                                                y,
                                                year,
                                                QStringLiteral("--policy"),
                                                policy("essay-package.json"),
                                                QStringLiteral("--draws"),
                                                QStringLiteral("20")};
        QTest::newRow("sensitivity") << QStringList{QStringLiteral("sensitivity"),
                                                    QStringLiteral("--region"),
                                                    QStringLiteral("CA"),
                                                    y,
                                                    year,
                                                    QStringLiteral("--policy"),
                                                    policy("essay-package.json"),
                                                    QStringLiteral("--draws"),
                                                    QStringLiteral("20")};
        QTest::newRow("frontier") << QStringList{QStringLiteral("frontier"),
                                                 QStringLiteral("--region"),
                                                 QStringLiteral("CA"),
                                                 y,
                                                 year,
                                                 QStringLiteral("--samples"),
                                                 QStringLiteral("16"),
                                                 QStringLiteral("--draws"),
                                                 QStringLiteral("10")};
        QTest::newRow("regions") << QStringList{QStringLiteral("regions"),
                                                y,
                                                year,
                                                QStringLiteral("--policy"),
                                                policy("essay-package.json"),
                                                QStringLiteral("--draws"),
                                                QStringLiteral("10")};
        QTest::newRow("dataset show") << QStringList{
            QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("CA"), y, year};
    }
    void everyCommandWithARegionTakesTheYear() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A year outside 1900 to 2100 is refused by every one of them.
        QStringList bad = args;
        bad[bad.indexOf(QStringLiteral("--year")) + 1] = QStringLiteral("1850");
        const Run refused = run(bad);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("--year: expected a whole number from 1900 to 2100")),
                 qPrintable(refused.err));
    }

    void theYearChangesWhichValueIsUsed() {
        // California's cost per prisoner is published for 2010 and 2015: as of 2012 the
        // 2010 figure, by default the 2015 one.
        const Run asOf =
            run({QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("CA"),
                 QStringLiteral("--year"), QStringLiteral("2012")});
        QCOMPARE(asOf.exitCode, 0);
        const QString cost2012 =
            asOf.out.section(QStringLiteral("\ncost_per_prisoner_year_usd"), 1, 1)
                .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(cost2012.contains(QStringLiteral(" 2010 ")), qPrintable(cost2012));
        QVERIFY(asOf.out.contains(QStringLiteral("as of 2012")));
        const Run latest =
            run({QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("CA")});
        const QString costLatest =
            latest.out.section(QStringLiteral("\ncost_per_prisoner_year_usd"), 1, 1)
                .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(costLatest.contains(QStringLiteral(" 2015 ")), qPrintable(costLatest));
        // The model follows: a lower cost per prisoner as of 2012.
        const Run sim2012 =
            run({QStringLiteral("simulate"), QStringLiteral("--region"), QStringLiteral("CA"),
                 QStringLiteral("--year"), QStringLiteral("2012"), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        const Run simLatest =
            run({QStringLiteral("simulate"), QStringLiteral("--region"), QStringLiteral("CA"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(sim2012.exitCode, 0);
        QVERIFY(costPerPrisonerYear(sim2012.out) > 0);
        QVERIFY(costPerPrisonerYear(sim2012.out) < costPerPrisonerYear(simLatest.out));
    }

    void historyPrintsTheSeriesInEachFormat() {
        const Run table = run({QStringLiteral("dataset"), QStringLiteral("history"),
                               QStringLiteral("CA"), QStringLiteral("cost_per_prisoner_year_usd")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'));
        QVERIFY(lines.value(1).startsWith(QStringLiteral("year")));
        // Every year with a value, in order, from the first (2010) to the latest (2015).
        QVERIFY(lines.value(2).startsWith(QStringLiteral("2010")));
        int tableYear = 0, last = 0;
        for (int i = 2; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i) {
            const int year = lines[i].left(4).toInt();
            QVERIFY2(year > tableYear, qPrintable(lines[i]));
            tableYear = last = year;
        }
        QCOMPARE(last, 2015);
        QVERIFY(table.out.contains(QStringLiteral("Sources:")));

        const Run csv =
            run({QStringLiteral("dataset"), QStringLiteral("history"), QStringLiteral("CA"),
                 QStringLiteral("cost_per_prisoner_year_usd"), QStringLiteral("population"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(rows.first(), QStringLiteral("year,cost_per_prisoner_year_usd,"
                                              "cost_per_prisoner_year_usd_source,population,"
                                              "population_source"));
        QVERIFY(rows.size() >= 3);
        // The 2010 row carries the cost and its source id (population starts earlier).
        const QStringList row2010 = rows.filter(QRegularExpression(QStringLiteral("^2010,")))
                                        .value(0)
                                        .split(QLatin1Char(','));
        QVERIFY(!row2010.value(1).isEmpty());
        QVERIFY(!row2010.value(2).isEmpty()); // a source id

        const Run json =
            run({QStringLiteral("dataset"), QStringLiteral("history"), QStringLiteral("CA"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("CA"));
        QVERIFY(
            o.value(QStringLiteral("metrics")).toArray().contains(QStringLiteral("population")));
        const QJsonArray years = o.value(QStringLiteral("years")).toArray();
        QVERIFY(!years.isEmpty());
        int previous = 0;
        for (const QJsonValue &y : years) {
            QVERIFY(y.toObject().value(QStringLiteral("year")).toInt() > previous); // by year
            previous = y.toObject().value(QStringLiteral("year")).toInt();
        }
        QVERIFY(!o.value(QStringLiteral("sources")).toObject().isEmpty());

        const Run unknown = run({QStringLiteral("dataset"), QStringLiteral("history"),
                                 QStringLiteral("CA"), QStringLiteral("vibes")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown metric \"vibes\"")));
    }

    void veraImportFromTheCommandLine() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("counties.sqlite"));
        const Run imported =
            run({QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--from"),
                 QStringLiteral("vera"), source(QStringLiteral("tests/data/vera/county.csv")),
                 QStringLiteral("--into"), db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("3 counties")));
        const Run history = run({QStringLiteral("dataset"), QStringLiteral("history"), db,
                                 QStringLiteral("TX-48201"), QStringLiteral("jail_population"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.out,
                 QStringLiteral("year,jail_population,jail_population_source\n"
                                "2018,9000,VERA_ITP_COUNTY\n2019,9500,VERA_ITP_COUNTY\n"));
        const Run simulate = run({QStringLiteral("simulate"), QStringLiteral("--dataset"), db,
                                  QStringLiteral("--region"), QStringLiteral("TX-48201"),
                                  QStringLiteral("--year"), QStringLiteral("2018")});
        QVERIFY2(simulate.exitCode == 0, qPrintable(simulate.err));
        const Run bad =
            run({QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--from"),
                 QStringLiteral("vera"), source(QStringLiteral("tests/data/vera/county-bad.csv")),
                 QStringLiteral("--into"), db});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("county-bad.csv, line 5, column 4 (state_abbr)")));
        QVERIFY(bad.err.contains(QStringLiteral("5 problem(s); nothing was written.")));
        const Run wrongLayout =
            run({QStringLiteral("dataset"), QStringLiteral("import"), QStringLiteral("--from"),
                 QStringLiteral("excel"), source(QStringLiteral("tests/data/vera/county.csv")),
                 QStringLiteral("--into"), db});
        QCOMPARE(wrongLayout.exitCode, 2);
        QVERIFY(wrongLayout.err.contains(QStringLiteral("--from: expected csv or vera")));
    }

    void showSaysWhatIsSpecialAboutDistrictOfColumbia() {
        const Run dc =
            run({QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("DC")});
        QCOMPARE(dc.exitCode, 0);
        QVERIFY(
            dc.out.contains(QStringLiteral("Note: The District of Columbia has no state prisons")));
    }
};

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_clidata.moc"
