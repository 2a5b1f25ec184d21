// SPDX-License-Identifier: GPL-3.0-or-later
// The decision-analytic commands as a user runs them (issue 17): `voi`, and `compare`
// with --decompose, --target-se and standard errors in every format.
#include "../common/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using leastbad::test::CliRun;
using leastbad::test::examplePolicy;
using leastbad::test::runCli;

QStringList twoPolicies() {
    return {QStringLiteral("--policy"), examplePolicy("reentry-cash.json"),
            QStringLiteral("--policy"), examplePolicy("longer-for-repeat.json")};
}

QJsonObject json(const CliRun &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliVoi : public QObject {
    Q_OBJECT

private slots:
    void voiJsonHasTheDecisionAndTheValueOfInformation() {
        const CliRun r = runCli(QStringList{QStringLiteral("voi")} + twoPolicies() +
                                QStringList{QStringLiteral("--draws"), QStringLiteral("200"),
                                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        const QJsonArray options = root.value(QStringLiteral("options")).toArray();
        QCOMPARE(options.size(), 3); // the status quo and two policies
        double sum = 0;
        for (const QJsonValue &o : options)
            sum += o.toObject().value(QStringLiteral("probability_best")).toDouble();
        QVERIFY(std::abs(sum - 1) < 1e-9);
        const double evpi = root.value(QStringLiteral("evpi_usd")).toDouble(-1);
        QVERIFY(evpi >= 0);
        QVERIFY(root.contains(QStringLiteral("evpi_usd_standard_error")));
        for (const char *key : {"evppi_groups", "evppi_parameters"}) {
            const QJsonArray list = root.value(QLatin1String(key)).toArray();
            QVERIFY(!list.isEmpty());
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(QStringLiteral("evppi_usd")).toDouble() <= evpi * (1 + 1e-9));
                QVERIFY(o.contains(QStringLiteral("evppi_usd_standard_error")));
                QVERIFY(o.contains(QStringLiteral("share_of_evpi")));
            }
        }
        const QJsonArray curve = root.value(QStringLiteral("acceptability_curve")).toArray();
        QVERIFY(curve.size() >= 5);
        QCOMPARE(
            curve.first().toObject().value(QStringLiteral("probability_best")).toArray().size(), 3);
        const QJsonArray breakEven = root.value(QStringLiteral("break_even")).toArray();
        QCOMPARE(breakEven.size(), 2 * 4); // two policies, four quantities
        QVERIFY(breakEven.first().toObject().contains(QStringLiteral("break_even")));
    }

    void voiTableAndCsv() {
        const CliRun table = runCli(QStringList{QStringLiteral("voi")} + twoPolicies() +
                                    QStringList{QStringLiteral("--draws"), QStringLiteral("100")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("EVPI")));
        QVERIFY(table.out.contains(QStringLiteral("incapacitation")));
        const CliRun csv = runCli(QStringList{QStringLiteral("voi")} + twoPolicies() +
                                  QStringList{QStringLiteral("--draws"), QStringLiteral("100"),
                                              QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("section,name,measure,x,value,standard_error"));
        for (const char *section : {"decision,", "evpi,", "evppi_group,", "evppi_parameter,",
                                    "acceptability,", "break_even,"})
            QVERIFY2(csv.out.contains(QLatin1Char('\n') + QLatin1String(section)), section);
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char(',')), 5);
    }

    void voiRefusesBadInput() {
        QCOMPARE(runCli({QStringLiteral("voi")}).exitCode, 2);
        const CliRun r = runCli({QStringLiteral("voi"), QStringLiteral("--policy"),
                                 examplePolicy("reentry-cash.json"), QStringLiteral("--draws"),
                                 QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--draws")));
    }

    void compareDecomposesByMechanism() {
        const CliRun r = runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                                 examplePolicy("essay-package.json"), QStringLiteral("--draws"),
                                 QStringLiteral("40"), QStringLiteral("--decompose"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        const double netValue = root.value(QStringLiteral("policies"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("net_value_usd"))
                                    .toObject()
                                    .value(QStringLiteral("mean"))
                                    .toDouble();
        const QJsonArray mechanisms = root.value(QStringLiteral("decomposition"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("mechanisms"))
                                          .toArray();
        QCOMPARE(mechanisms.size(), 5);
        double sum = 0;
        for (const QJsonValue &m : mechanisms)
            sum += m.toObject()
                       .value(QStringLiteral("total_usd"))
                       .toObject()
                       .value(QStringLiteral("mean"))
                       .toDouble();
        QVERIFY2(std::abs(sum - netValue) <= 1e-6 * std::abs(netValue),
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(netValue)));
        const CliRun table = runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                                     examplePolicy("essay-package.json"), QStringLiteral("--draws"),
                                     QStringLiteral("20"), QStringLiteral("--decompose")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("incapacitation")));
    }

    void compareDrawsToATargetStandardError() {
        const CliRun r =
            runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                    examplePolicy("reentry-cash.json"), QStringLiteral("--draws"),
                    QStringLiteral("20"), QStringLiteral("--target-se"), QStringLiteral("1e15"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject target =
            json(r).value(QStringLiteral("target_standard_error")).toObject();
        QCOMPARE(target.value(QStringLiteral("draws_used")).toInt(), 20);
        QVERIFY(target.value(QStringLiteral("reached")).toBool());
        const CliRun capped =
            runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                    examplePolicy("reentry-cash.json"), QStringLiteral("--draws"),
                    QStringLiteral("20"), QStringLiteral("--target-se"), QStringLiteral("1"),
                    QStringLiteral("--max-draws"), QStringLiteral("60")});
        QCOMPARE(capped.exitCode, 0);
        QVERIFY(capped.out.contains(QStringLiteral("60")));
        const CliRun bad = runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                                   examplePolicy("reentry-cash.json"),
                                   QStringLiteral("--target-se"), QStringLiteral("-3")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--target-se")));
    }

    void everySummaryCarriesItsStandardError() {
        const CliRun csv =
            runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                    examplePolicy("reentry-cash.json"), QStringLiteral("--draws"),
                    QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        for (const char *measure :
             {",net_value_usd_standard_error,", ",net_value_taxpayers_usd_standard_error,",
              ",change_prisoner_years_standard_error,"})
            QVERIFY2(csv.out.contains(QLatin1String(measure)), measure);
        const CliRun j =
            runCli({QStringLiteral("compare"), QStringLiteral("--policy"),
                    examplePolicy("reentry-cash.json"), QStringLiteral("--draws"),
                    QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject errors = json(j)
                                       .value(QStringLiteral("policies"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("standard_error"))
                                       .toObject();
        QVERIFY(errors.value(QStringLiteral("net_value_usd"))
                    .toObject()
                    .value(QStringLiteral("p25"))
                    .toDouble() > 0);
        QVERIFY(errors.value(QStringLiteral("ledgers"))
                    .toObject()
                    .contains(QStringLiteral("taxpayers")));
        QVERIFY(errors.value(QStringLiteral("discounted_change_vs_status_quo"))
                    .toObject()
                    .contains(QStringLiteral("prisoner_years")));
    }
};

QTEST_GUILESS_MAIN(TestCliVoi)
#include "tst_clivoi.moc"
