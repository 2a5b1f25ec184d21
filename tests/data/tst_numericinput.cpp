// SPDX-License-Identifier: GPL-3.0-or-later
// NaN, infinity, huge, negative and fractional numbers in every numeric input of the
// files LeastBad reads: each is refused with a message naming the file and the field
// (and for CSV the line and column), and nothing of the bad value is kept.
#include "data/datasetcontent.h"
#include "data/defaultregion.h"
#include "data/policyfile.h"
#include "data/scenariofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace leastbad;
using namespace leastbad::data;

namespace {

const char *const kBadNumbers[] = {"nan",   "NaN",    "inf", "-inf", "infinity", "1e999", "-1e999",
                                   "1e308", "-1e308", "-1",  "0x10", "\"1,5\"",  "",      "12abc"};

} // namespace

class TestNumericInput : public QObject {
    Q_OBJECT

private:
    core::RegionBaseline m_region = defaultUnitedStates().baseline;

    // Problems from reading one CSV file with the given header and data row.
    Problems readCsv(void (*reader)(const QString &, DatasetContent &, Problems &),
                     const QByteArray &header, const QByteArray &row, DatasetContent &content) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(header + '\n' + row + '\n');
        f.close();
        Problems problems;
        reader(path, content, problems);
        return problems;
    }

private slots:
    void csvValues_data() {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("column");
        for (const char *bad : kBadNumbers) {
            if (QByteArray(bad) == "-1e308" || QByteArray(bad) == "1e308" ||
                QByteArray(bad) == "-1")
                continue; // finite: checked against the metric's range below
            QTest::addRow("value %s", bad)
                << "US,population," + QByteArray(bad) + ",people,2020,S1," << 3;
        }
        QTest::addRow("value negative") << QByteArray("US,population,-1,people,2020,S1,") << 3;
        QTest::addRow("value huge") << QByteArray("US,population,1e308,people,2020,S1,") << 3;
        QTest::addRow("value -huge") << QByteArray("US,homicides,-1e308,people/year,2020,S1,") << 3;
        for (const char *bad : {"nan", "inf", "1e9", "-2020", "2020.5", "99999999999", ""})
            QTest::addRow("year %s", bad)
                << "US,population,1000,people," + QByteArray(bad) + ",S1," << 5;
    }

    void csvValues() {
        QFETCH(QByteArray, row);
        QFETCH(int, column);
        DatasetContent content;
        const Problems problems =
            readCsv(readValuesCsv, "region_code,metric,value,unit,year,source,note", row, content);
        QVERIFY(!problems.isEmpty());
        const QString text = problems.first().text();
        QVERIFY2(text.startsWith(QStringLiteral("file.csv, line 2, column %1").arg(column)),
                 qPrintable(text));
        QVERIFY(content.values.isEmpty());
    }

    void csvOverrides_data() {
        QTest::addColumn<QByteArray>("value");
        for (const char *bad : kBadNumbers)
            QTest::addRow("%s", bad) << QByteArray(bad);
    }

    void csvOverrides() {
        QFETCH(QByteArray, value);
        DatasetContent content;
        const Problems problems =
            readCsv(readOverridesCsv, "region_code,parameter,value,source,note",
                    "US,incapacitation_at_reference_rate," + value + ",S1,", content);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().text().startsWith(QStringLiteral("file.csv, line 2, column 3")),
                 qPrintable(problems.first().text()));
        QVERIFY(content.overrides.isEmpty());
    }

    void scenarioNumbers_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray head = "{\"format\": \"leastbad-scenario\", \"version\": 1, ";
        const char *const bad[] = {"-1",      "1e308",        "-1e308", "1e400", "-1e400", "NaN",
                                   "\"NaN\"", "\"Infinity\"", "null",   "true",  "[]",     "{}"};
        for (const char *b : bad) {
            const QByteArray v(b);
            QTest::addRow("lever %s", b)
                << head + "\"policies\": [{\"name\": \"A\", \"levers\": {\"facility_beds\": " + v +
                       "}}]}"
                << QStringLiteral("facility_beds");
            QTest::addRow("weight %s", b) << head + "\"weights\": {\"discount_rate\": " + v + "}}"
                                          << QStringLiteral("discount_rate");
            QTest::addRow("horizon %s", b) << head + "\"weights\": {\"horizon_years\": " + v + "}}"
                                           << QStringLiteral("horizon_years");
            QTest::addRow("draws %s", b)
                << head + "\"draws\": " + v + "}" << QStringLiteral("draws");
            QTest::addRow("seed %s", b) << head + "\"seed\": " + v + "}" << QStringLiteral("seed");
        }
        QTest::addRow("seed fractional") << head + "\"seed\": 1.5}" << QStringLiteral("seed");
        QTest::addRow("seed past 9e15") << head + "\"seed\": 1e16}" << QStringLiteral("seed");
        QTest::addRow("horizon fractional")
            << head + "\"weights\": {\"horizon_years\": 10.5}}" << QStringLiteral("horizon_years");
        QTest::addRow("draws fractional") << head + "\"draws\": 100.5}" << QStringLiteral("draws");
    }

    void scenarioNumbers() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const ScenarioReadResult r = parseScenario(json, QStringLiteral("s.leastbad"), m_region);
        QVERIFY2(!r.ok(), json.constData());
        const QString text = r.errorText();
        QVERIFY2(text.contains(QStringLiteral("s.leastbad")), qPrintable(text));
        // A syntax error (1e400, NaN) is named by its byte offset; any other by the field.
        QVERIFY2(text.contains(field) || text.contains(QStringLiteral("not valid JSON")),
                 qPrintable(text));
    }

    void policyNumbers_data() {
        QTest::addColumn<QByteArray>("lever");
        const char *const bad[] = {"-1", "1e308", "-1e308", "1e400", "NaN", "\"NaN\"", "null"};
        for (const char *b : bad) {
            const QByteArray v(b);
            QTest::addRow("absolute %s", b) << v;
            QTest::addRow("times %s", b) << "{\"times\": " + v + "}";
            if (v != "-1") // 1 bed fewer is a valid change
                QTest::addRow("plus %s", b) << "{\"plus\": " + v + "}";
        }
    }

    void policyNumbers() {
        QFETCH(QByteArray, lever);
        const QByteArray json =
            "{\"format\": \"leastbad-policy\", \"version\": 1, \"levers\": {\"facility_beds\": " +
            lever + "}}";
        const PolicyReadResult r = parsePolicy(json, QStringLiteral("p.json"), m_region);
        if (lever == "{\"times\": -1e308}" || lever == "{\"times\": 1e308}" ||
            lever == "{\"plus\": 1e308}" || lever == "{\"plus\": -1e308}" || !r.ok()) {
            QVERIFY2(!r.ok(), json.constData());
            const QString text = r.errorText();
            QVERIFY2(text.contains(QStringLiteral("p.json")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("facility_beds")) ||
                         text.contains(QStringLiteral("not valid JSON")),
                     qPrintable(text));
            return;
        }
        QFAIL(json.constData()); // every case here is out of range or not a number
    }

    void theFullRangeOfEachLeverIsAccepted() {
        // The other side of the limits: the extremes a lever allows are taken as they are.
        for (const core::LeverSpec &lever : core::leverSpecs()) {
            for (double v : {lever.min, lever.max}) {
                const QByteArray json =
                    "{\"format\": \"leastbad-policy\", \"version\": 1, \"levers\": {\"" +
                    QByteArray(lever.key.data(), qsizetype(lever.key.size())) +
                    "\": " + QByteArray::number(v, 'g', 17) + "}}";
                const PolicyReadResult r = parsePolicy(json, QStringLiteral("p.json"), m_region);
                QVERIFY2(r.ok(), qPrintable(r.errorText()));
                QCOMPARE(core::leverValue(r->policy, lever), v);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNumericInput)
#include "tst_numericinput.moc"
