// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/defaultregion.h"
#include "data/policyfile.h"

#include <QDir>
#include <QTest>

using namespace leastbad;

class TestPolicyFile : public QObject {
    Q_OBJECT

private:
    core::RegionBaseline m_region = data::defaultUnitedStates().baseline;

    QByteArray wrap(const QByteArray &levers) {
        return R"({"format": "leastbad-policy", "version": 1, "name": "t", "levers": )" + levers +
               "}";
    }

private slots:
    void badInputIsNamed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // fragments every message must contain
        QTest::addRow("malformed JSON")
            << QByteArray("{\n  \"format\": \"leastbad-policy\",\n  oops\n}")
            << QStringList{QStringLiteral("p.json"), QStringLiteral("line 3")};
        QTest::addRow("not an object")
            << QByteArray("[1, 2]") << QStringList{QStringLiteral("top level")};
        QTest::addRow("unknown lever")
            << wrap(R"({"prison_vibes": 3})")
            << QStringList{QStringLiteral("\"prison_vibes\""), QStringLiteral("unknown lever")};
        QTest::addRow("out of range")
            << wrap(R"({"facility_beds": 100000})")
            << QStringList{QStringLiteral("\"facility_beds\""), QStringLiteral("25 to 5000")};
        QTest::addRow("relative out of range")
            << wrap(R"({"police_per_100k": {"times": 10}})")
            << QStringList{QStringLiteral("\"police_per_100k\""), QStringLiteral("50 to 800")};
        QTest::addRow("wrong type") << wrap(R"({"release_cash_usd": "lots"})")
                                    << QStringList{QStringLiteral("\"release_cash_usd\""),
                                                   QStringLiteral("expected a number")};
        QTest::addRow("newer version")
            << QByteArray(R"({"format": "leastbad-policy", "version": 7, "levers": {}})")
            << QStringList{QStringLiteral("\"version\""), QStringLiteral("newer")};
        QTest::addRow("unknown field")
            << QByteArray(R"({"format": "leastbad-policy", "version": 1, "lever": {}})")
            << QStringList{QStringLiteral("unknown field \"lever\"")};
        QTest::addRow("wrong format") << QByteArray(R"({"format": "spreadsheet", "version": 1})")
                                      << QStringList{QStringLiteral("\"format\"")};
        QTest::addRow("unknown sentencing mode")
            << QByteArray(
                   R"({"format": "leastbad-policy", "version": 1, "sentence_changes": "now"})")
            << QStringList{QStringLiteral("\"sentence_changes\""), QStringLiteral("retroactive")};
    }
    void badInputIsNamed() {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const data::PolicyReadResult r =
            data::parsePolicy(json, QStringLiteral("p.json"), m_region);
        QVERIFY(!r.ok());
        const QString all = r.errorText();
        for (const QString &fragment : expected)
            QVERIFY2(all.contains(fragment), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("p.json")), qPrintable(all));
    }

    void allProblemsAreListed() {
        const data::PolicyReadResult r = data::parsePolicy(
            wrap(R"({"facility_beds": -1, "nonsense": 1, "recreation_access": true})"),
            QStringLiteral("p.json"), m_region);
        QCOMPARE(r.problems().size(), 3);
    }

    void relativeValuesResolveAgainstTheRegion() {
        const data::PolicyReadResult r = data::parsePolicy(
            wrap(
                R"({"police_per_100k": {"times": 1.1}, "clearance_rate_violent": {"plus": 0.05}})"),
            QStringLiteral("p.json"), m_region);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r->policy.policePer100k, m_region.policePer100k * 1.1);
        QCOMPARE(r->policy.clearanceRateViolent, m_region.clearanceRateViolent + 0.05);
        // Levers left out stay at the status quo.
        QCOMPARE(r->policy.facilityBeds, m_region.meanFacilityBeds);
    }

    void sentenceChangesAreProspectiveUnlessSaid() {
        const data::PolicyReadResult plain =
            data::parsePolicy(wrap(R"({"sentence_multiplier_repeat_violent": 2})"),
                              QStringLiteral("p.json"), m_region);
        QVERIFY(plain.ok());
        QVERIFY(!plain->policy.retroactiveSentencing);
        const data::PolicyReadResult retro = data::parsePolicy(
            QByteArray(R"({"format": "leastbad-policy", "version": 1, "sentence_changes": )"
                       R"("retroactive", "levers": {"sentence_multiplier_repeat_violent": 2}})"),
            QStringLiteral("p.json"), m_region);
        QVERIFY2(retro.ok(), qPrintable(retro.errorText()));
        QVERIFY(retro->policy.retroactiveSentencing);
        // And it survives a round trip.
        const data::PolicyReadResult again = data::parsePolicy(data::policyToJson(*retro, m_region),
                                                               QStringLiteral("x.json"), m_region);
        QVERIFY(again->policy.retroactiveSentencing);
    }

    void roundTrip() {
        data::PolicyFile file;
        file.name = QStringLiteral("Round trip");
        file.description = QStringLiteral("ünïcode ✓");
        file.policy = core::statusQuoPolicy(m_region);
        file.policy.facilityBeds = 333;
        file.policy.sentenceMultiplier[2] = 1.75;
        file.policy.releaseCashUsd = 1234.5;
        const data::PolicyReadResult r = data::parsePolicy(data::policyToJson(file, m_region),
                                                           QStringLiteral("x.json"), m_region);
        QVERIFY(r.ok());
        QCOMPARE(r->name, file.name);
        QCOMPARE(r->description, file.description);
        for (const core::LeverSpec &lever : core::leverSpecs())
            QCOMPARE(core::leverValue(r->policy, lever), core::leverValue(file.policy, lever));
    }

    void shippedPoliciesAreValid() {
        const QDir dir(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                       QStringLiteral("/data/policies"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString &name : files) {
            const data::PolicyReadResult r = data::readPolicyFile(dir.filePath(name), m_region);
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            QVERIFY2(!r->name.isEmpty(), qPrintable(name));
        }
    }

    void missingFileIsNamed() {
        const data::PolicyReadResult r =
            data::readPolicyFile(QStringLiteral("/nonexistent/p.json"), m_region);
        QVERIFY(!r.ok());
        QVERIFY(r.problem().text().contains(QStringLiteral("/nonexistent/p.json")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "tst_policyfile.moc"
