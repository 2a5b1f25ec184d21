// SPDX-License-Identifier: GPL-3.0-or-later
// Every numeric flag of leastbad-cli given NaN, infinity, huge, negative, fractional or
// non-numeric values: refused with exit status 2 and a message naming the flag, before
// any work starts.
#include <QProcess>
#include <QTest>

namespace {

struct Flag {
    const char *command;
    const char *name;
};

// The flag and the command used to try it (each command takes the shared flags alike).
const Flag kFlags[] = {
    {"compare", "draws"},
    {"compare", "seed"},
    {"compare", "threads"},
    {"compare", "years"},
    {"compare", "discount-rate"},
    {"compare", "usd-per-wellbeing-year"},
    {"compare", "usd-per-life-year"},
    {"compare", "weight-incarcerated"},
    {"compare", "weight-victims"},
    {"compare", "weight-families"},
    {"simulate", "years"},
    {"frontier", "samples"},
    {"frontier", "budget-cap"},
};

} // namespace

class TestCliNumbers : public QObject {
    Q_OBJECT

private slots:
    void badNumbersAreRefusedByName_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        for (const Flag &f : kFlags) {
            QStringList bad = {QStringLiteral("nan"),  QStringLiteral("inf"),
                               QStringLiteral("-inf"), QStringLiteral("1e999"),
                               QStringLiteral("abc"),  QStringLiteral("")};
            // A negative budget cap is meaningful (the policy must save money), and so is
            // any finite amount; the other flags have a range.
            if (QByteArray(f.name) != "budget-cap")
                bad << QStringLiteral("-1") << QStringLiteral("1e308") << QStringLiteral("-1e308");
            for (const char *whole : {"draws", "seed", "threads", "years", "samples"}) {
                if (QByteArray(f.name) == whole)
                    bad << QStringLiteral("12.5");
            }
            for (const QString &v : bad)
                QTest::addRow("%s --%s %s", f.command, f.name, qPrintable(v))
                    << QString::fromLatin1(f.command) << QString::fromLatin1(f.name) << v;
        }
    }

    void badNumbersAreRefusedByName() {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QProcess p;
        p.start(QStringLiteral(LEASTBAD_CLI_PATH),
                {command, QStringLiteral("--") + flag + QLatin1Char('=') + value});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("--") + flag + QLatin1Char(':')), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliNumbers)
#include "tst_clinumbers.moc"
