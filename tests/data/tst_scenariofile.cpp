// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/defaultregion.h"
#include "data/scenariofile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace leastbad;

class TestScenarioFile : public QObject {
    Q_OBJECT

private:
    core::RegionBaseline m_region = data::defaultUnitedStates().baseline;

    data::Scenario sample() const {
        data::Scenario s;
        s.region = QStringLiteral("TX");
        s.seed = 123456789;
        s.draws = 3000;
        s.weights.weightIncarcerated = 0.5;
        s.weights.horizonYears = 30;
        data::NamedPolicy a{QStringLiteral("Small and close"), core::statusQuoPolicy(m_region)};
        a.policy.facilityBeds = 250;
        a.policy.sentenceMultiplier[3] = 1.75;
        data::NamedPolicy b{QStringLiteral("Reentry cash ✓"), core::statusQuoPolicy(m_region)};
        b.policy.releaseCashUsd = 2500.5;
        s.policies = {a, b};
        return s;
    }

private slots:
    void roundTrip() {
        const data::Scenario s = sample();
        const data::ScenarioReadResult r =
            data::parseScenario(data::scenarioToJson(s), QStringLiteral("s.leastbad"), m_region);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r->warnings.isEmpty());
        QCOMPARE(r->scenario.region, s.region);
        QCOMPARE(r->scenario.seed, s.seed);
        QCOMPARE(r->scenario.draws, s.draws);
        QCOMPARE(r->scenario.weights.weightIncarcerated, 0.5);
        QCOMPARE(r->scenario.weights.horizonYears, 30);
        QCOMPARE(r->scenario.policies.size(), 2);
        for (int p = 0; p < 2; ++p) {
            QCOMPARE(r->scenario.policies[p].name, s.policies[p].name);
            for (const core::LeverSpec &lever : core::leverSpecs())
                QCOMPARE(core::leverValue(r->scenario.policies[p].policy, lever),
                         core::leverValue(s.policies[p].policy, lever));
        }
    }

    void theYearIsKeptAndOnlyItMakesAVersion2File() {
        data::Scenario s = sample();
        const QByteArray latest = data::scenarioToJson(s);
        QVERIFY(latest.contains("\"version\": 1"));
        QVERIFY(!latest.contains("\"year\""));
        s.year = 2011;
        const QByteArray asOf = data::scenarioToJson(s);
        QVERIFY(asOf.contains("\"version\": 2"));
        const data::ScenarioReadResult r =
            data::parseScenario(asOf, QStringLiteral("s.leastbad"), m_region);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(r->warnings.isEmpty()); // this program reads version 2
        QCOMPARE(r->scenario.year, 2011);
        QString dataset, region;
        int year = 0;
        QVERIFY(data::peekScenarioRegion(asOf, dataset, region, &year));
        QCOMPARE(year, 2011);
        QCOMPARE(data::parseScenario(latest, QStringLiteral("s.leastbad"), m_region)->scenario.year,
                 0);
    }

    void aBadYearIsAnError_data() {
        QTest::addColumn<QByteArray>("year");
        QTest::newRow("too early") << QByteArray("1850");
        QTest::newRow("not whole") << QByteArray("2011.5");
        QTest::newRow("text") << QByteArray("\"2011\"");
    }
    void aBadYearIsAnError() {
        QFETCH(QByteArray, year);
        QByteArray json = data::scenarioToJson(sample());
        json.replace("\"seed\"", QByteArray("\"year\": " + year + ", \"seed\""));
        const data::ScenarioReadResult r =
            data::parseScenario(json, QStringLiteral("s.leastbad"), m_region);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(
                     QStringLiteral("s.leastbad: field \"year\": expected a whole number "
                                    "from 1900 to 2100")),
                 qPrintable(r.errorText()));
    }

    void newerVersionAndUnknownFieldsWarn() {
        QByteArray json = data::scenarioToJson(sample());
        json.replace("\"version\": 1", "\"version\": 9");
        json.replace("\"seed\"", "\"colour\": \"blue\", \"seed\"");
        const data::ScenarioReadResult r =
            data::parseScenario(json, QStringLiteral("s.leastbad"), m_region);
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 2);
        QVERIFY(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("newer LeastBad")));
        QVERIFY(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("\"colour\"")));
    }

    void badFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::addRow("wrong format")
            << QByteArray(R"({"format": "leastbad-policy", "version": 1})")
            << QStringLiteral("\"format\"");
        QTest::addRow("lever out of range")
            << QByteArray(
                   R"({"format": "leastbad-scenario", "version": 1, "policies": [{"name": "A", "levers": {"facility_beds": -4}}]})")
            << QStringLiteral("lever \"facility_beds\": value -4 is outside the allowed range 25 "
                              "to 5000 (beds)");
        QTest::addRow("unknown lever, the same rule as in policy files")
            << QByteArray(
                   R"({"format": "leastbad-scenario", "version": 1, "policies": [{"name": "A", "levers": {"prison_vibes": 2}}]})")
            << QStringLiteral("s.leastbad: policy \"A\": lever \"prison_vibes\": unknown lever");
        QTest::addRow("draws not a number")
            << QByteArray(R"({"format": "leastbad-scenario", "version": 1, "draws": "lots"})")
            << QStringLiteral("\"draws\"");
        QTest::addRow("weight out of range")
            << QByteArray(
                   R"({"format": "leastbad-scenario", "version": 1, "weights": {"discount_rate": 7}})")
            << QStringLiteral("weights.discount_rate");
    }
    void badFilesAreRefused() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const data::ScenarioReadResult r =
            data::parseScenario(json, QStringLiteral("s.leastbad"), m_region);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(expected), qPrintable(r.errorText()));
    }

    void savingIsAtomic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.leastbad"));
        QVERIFY(data::writeScenarioFile(path, sample()).ok());
        const data::ScenarioReadResult r = data::readScenarioFile(path, m_region);
        QVERIFY(r.ok());
        // A folder that does not exist: an error message, and nothing written.
        const QString error =
            data::writeScenarioFile(dir.filePath(QStringLiteral("missing/s.leastbad")), sample())
                .errorText();
        QVERIFY(error.contains(QStringLiteral("missing/s.leastbad")));
    }
};

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
