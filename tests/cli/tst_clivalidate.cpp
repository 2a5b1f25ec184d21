// SPDX-License-Identifier: GPL-3.0-or-later
// `validate` and `backcast` as a user runs them: a case someone else wrote runs without
// code changes, bad case files are named by file and field, and the machinery reports
// coverage. Whether the real cases pass is not tested: that is the validation's finding.
#include "../common/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using leastbad::test::runCli;

namespace {

// A case with a known answer: police +1% for a year in the United States moves homicides
// by the model's police elasticity of homicide, whose 90% interval (-1.46 to 0.12 in the
// parameter table) contains the published point -0.67.
QJsonObject knownAnswerCase() {
    return QJsonDocument::fromJson(R"({
      "format": "leastbad-validation-case", "version": 1, "id": "TOY1",
      "study": {"authors": "A Reviewer", "year": 2026, "journal": "None"},
      "setting": "a test",
      "baseline": {"region": "US", "year": 2019},
      "intervention": {"levers": {"police_per_100k": {"times": 1.01}}},
      "horizon_years": 1,
      "outcome": {"measure": "elasticity", "unit": "homicides",
                  "with_respect_to": "police_per_100k"},
      "estimate": {"value": -0.67, "kind": "point"},
      "quote": "-", "locator": "-", "used_for_calibration": false
    })")
        .object();
}

void write(const QString &path, const QJsonObject &o) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

class TestCliValidate : public QObject {
    Q_OBJECT

private slots:
    void aCaseWrittenElsewhereRuns() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("toy.json")), knownAnswerCase());
        const auto r = runCli({QStringLiteral("validate"), QStringLiteral("--cases"), dir.path(),
                               QStringLiteral("--draws"), QStringLiteral("200"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject c = root.value(QStringLiteral("cases")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("reproduced"));
        const QJsonObject model = c.value(QStringLiteral("model")).toObject();
        QVERIFY(model.value(QStringLiteral("p5")).toDouble() < -0.67);
        QVERIFY(model.value(QStringLiteral("p95")).toDouble() > -0.67);
        const QJsonObject coverage = root.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("independent_cases")).toInt(), 1);
        QCOMPARE(coverage.value(QStringLiteral("coverage")).toDouble(), 1.0);
    }

    void aMissNotUsedForCalibrationLowersCoverage() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.json")), knownAnswerCase());
        QJsonObject far = knownAnswerCase();
        far.insert(QStringLiteral("id"), QStringLiteral("TOY2"));
        far.insert(QStringLiteral("estimate"),
                   QJsonObject{{QStringLiteral("value"), -5},
                               {QStringLiteral("kind"), QStringLiteral("point")}});
        write(dir.filePath(QStringLiteral("b.json")), far);
        QJsonObject calibrated = far;
        calibrated.insert(QStringLiteral("id"), QStringLiteral("TOY3"));
        calibrated.insert(QStringLiteral("used_for_calibration"), true);
        write(dir.filePath(QStringLiteral("c.json")), calibrated);
        const auto r = runCli({QStringLiteral("validate"), QStringLiteral("--cases"), dir.path(),
                               QStringLiteral("--draws"), QStringLiteral("100"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject coverage = QJsonDocument::fromJson(r.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("coverage"))
                                         .toObject();
        QCOMPARE(coverage.value(QStringLiteral("independent_cases")).toInt(), 2);
        QCOMPARE(coverage.value(QStringLiteral("reproduced")).toInt(), 1);
        QCOMPARE(coverage.value(QStringLiteral("calibration_cases")).toInt(), 1);
        QCOMPARE(coverage.value(QStringLiteral("coverage")).toDouble(), 0.5);
    }

    void badCaseFilesNameFileAndField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unit") << QStringLiteral("outcome")
                              << QJsonValue(QJsonObject{
                                     {QStringLiteral("measure"), QStringLiteral("elasticity")},
                                     {QStringLiteral("unit"), QStringLiteral("furlongs")},
                                     {QStringLiteral("with_respect_to"),
                                      QStringLiteral("police_per_100k")}})
                              << QStringLiteral("field \"outcome.unit\"");
        QTest::newRow("version") << QStringLiteral("version") << QJsonValue(QStringLiteral("one"))
                                 << QStringLiteral("field \"version\"");
        QTest::newRow("calibration") << QStringLiteral("used_for_calibration") << QJsonValue(1)
                                     << QStringLiteral("field \"used_for_calibration\"");
        QTest::newRow("region") << QStringLiteral("baseline")
                                << QJsonValue(QJsonObject{
                                       {QStringLiteral("region"), QStringLiteral("ATLANTIS")}})
                                << QStringLiteral("field \"baseline.region\"");
        QTest::newRow("lever") << QStringLiteral("intervention")
                               << QJsonValue(QJsonObject{
                                      {QStringLiteral("levers"),
                                       QJsonObject{{QStringLiteral("police_per_100k"), -4}}}})
                               << QStringLiteral("lever \"police_per_100k\"");
        QTest::newRow("release") << QStringLiteral("intervention")
                                 << QJsonValue(
                                        QJsonObject{{QStringLiteral("release"),
                                                     QJsonObject{{QStringLiteral("people"), 1e8}}}})
                                 << QStringLiteral("field \"intervention.release\"");
        QTest::newRow("window") << QStringLiteral("outcome")
                                << QJsonValue(QJsonObject{
                                       {QStringLiteral("measure"), QStringLiteral("difference")},
                                       {QStringLiteral("unit"), QStringLiteral("homicides")},
                                       {QStringLiteral("years"), QJsonArray{1, 3}}})
                                << QStringLiteral("field \"outcome.years\"");
        QTest::newRow("override") << QStringLiteral("baseline")
                                  << QJsonValue(QJsonObject{
                                         {QStringLiteral("region"), QStringLiteral("US")},
                                         {QStringLiteral("overrides"),
                                          QJsonObject{{QStringLiteral("police_per_100k"), 1e9}}}})
                                  << QStringLiteral("field \"baseline.overrides\"");
    }
    void badCaseFilesNameFileAndField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QJsonObject bad = knownAnswerCase();
        bad.insert(field, value);
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        write(path, bad);
        const auto r = runCli({QStringLiteral("validate"), QStringLiteral("--cases"), dir.path(),
                               QStringLiteral("--draws"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json")), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unreadableCaseFilesAreRefused() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": ");
        f.close();
        const auto r = runCli({QStringLiteral("validate"), QStringLiteral("--cases"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.json")), qPrintable(r.err));
        const auto none = runCli({QStringLiteral("validate"), QStringLiteral("--cases"),
                                  dir.filePath(QStringLiteral("no-such-folder"))});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("no-such-folder")));
    }

    void shippedCasesRunAndReportCoverage() {
        const auto r =
            runCli({QStringLiteral("validate"), QStringLiteral("--draws"), QStringLiteral("100"),
                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 15); // header and at least 14 cases
        QVERIFY(lines.first().startsWith(QStringLiteral("id,study,")));
        const auto table =
            runCli({QStringLiteral("validate"), QStringLiteral("--draws"), QStringLiteral("100")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("Coverage: ")));
    }

    void backcastComparesWithHistory() {
        const auto r =
            runCli({QStringLiteral("backcast"), QStringLiteral("--region"), QStringLiteral("TX"),
                    QStringLiteral("--from"), QStringLiteral("2000"), QStringLiteral("--to"),
                    QStringLiteral("2019"), QStringLiteral("--draws"), QStringLiteral("100"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray years = o.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 19);
        QCOMPARE(years.first().toObject().value(QStringLiteral("year")).toInt(), 2001);
        const QJsonObject prison = o.value(QStringLiteral("prison_population")).toObject();
        QCOMPARE(prison.value(QStringLiteral("years_observed")).toInt(), 19);
        QVERIFY(prison.value(QStringLiteral("mean_absolute_percentage_error")).toDouble() >= 0);
    }

    void validationDocumentCarriesTheGeneratedResults() {
        QFile doc(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                  QStringLiteral("/docs/VALIDATION.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const auto cases = runCli(
            {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(cases.exitCode, 0);
        QVERIFY(cases.out.startsWith(QStringLiteral("<!-- validation:begin")));
        QVERIFY2(text.contains(cases.out),
                 "docs/VALIDATION.md is out of date: run docs/update-validation.sh");
        const auto backcast = runCli({QStringLiteral("backcast"), QStringLiteral("--all-states"),
                                      QStringLiteral("--from"), QStringLiteral("2000"),
                                      QStringLiteral("--to"), QStringLiteral("2019"),
                                      QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(backcast.exitCode, 0);
        QVERIFY(backcast.out.contains(QStringLiteral("| TX | ")));
        QVERIFY2(text.contains(backcast.out),
                 "docs/VALIDATION.md is out of date: run docs/update-validation.sh");
    }

    void backcastRefusesBadYears() {
        const auto backwards =
            runCli({QStringLiteral("backcast"), QStringLiteral("--region"), QStringLiteral("TX"),
                    QStringLiteral("--from"), QStringLiteral("2019"), QStringLiteral("--to"),
                    QStringLiteral("2000")});
        QCOMPARE(backwards.exitCode, 2);
        QVERIFY(backwards.err.contains(QStringLiteral("--from")));
        const auto noHistory =
            runCli({QStringLiteral("backcast"), QStringLiteral("--region"), QStringLiteral("TX"),
                    QStringLiteral("--from"), QStringLiteral("1900"), QStringLiteral("--to"),
                    QStringLiteral("1910")});
        QCOMPARE(noHistory.exitCode, 2);
        QVERIFY(noHistory.err.contains(QStringLiteral("TX")));
    }
};

QTEST_APPLESS_MAIN(TestCliValidate)
#include "tst_clivalidate.moc"
