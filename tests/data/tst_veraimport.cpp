// SPDX-License-Identifier: GPL-3.0-or-later
// The Vera Incarceration Trends county import, on a fixture with Vera's column names and
// made-up numbers: the column mapping, counties under their states, the derived
// population, the fallback from the state, and bad rows named by file, line and field.
#include "data/dataset.h"
#include "data/veraimport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace leastbad;
using namespace leastbad::data;

namespace {

QString fixture(const char *name) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/tests/data/vera/") +
           QLatin1String(name);
}

double valueOf(const Dataset &d, const char *region, const char *metric, int year) {
    for (const ValueRow *v : d.series(QLatin1String(region), QLatin1String(metric)))
        if (v->year == year)
            return v->value;
    return std::nan("");
}

QByteArray hashOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestVeraImport : public QObject {
    Q_OBJECT

private slots:
    void mapsColumnsAndMakesCountiesUnderTheirStates() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("counties.sqlite"));
        const ImportResult r = importVera({fixture("county.csv"), db});
        QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().text()));
        QCOMPARE(r.regions, 3);
        QString error;
        const auto d = Dataset::open(db).take(error);
        QVERIFY2(d, qPrintable(error));
        const RegionRow *harris = d->region(QStringLiteral("TX-48201"));
        QVERIFY(harris);
        QCOMPARE(harris->kind, QStringLiteral("county"));
        QCOMPARE(harris->parent, QStringLiteral("TX"));
        QCOMPARE(harris->name, QStringLiteral("Harris County, TX"));
        QCOMPARE(d->region(QStringLiteral("CA-06037"))->parent,
                 QStringLiteral("CA")); // 06037 keeps its zero
        // Every mapped column, every year.
        QCOMPARE(valueOf(*d, "TX-48201", "jail_population", 2018), 9000.0);
        QCOMPARE(valueOf(*d, "TX-48201", "jail_population", 2019), 9500.0);
        QCOMPARE(valueOf(*d, "TX-48201", "jail_pretrial_population", 2019), 7600.0);
        QCOMPARE(valueOf(*d, "TX-48201", "prison_population", 2019), 12500.0);
        QCOMPARE(valueOf(*d, "TX-48201", "prison_admissions", 2019), 6100.0);
        QCOMPARE(valueOf(*d, "TX-48201", "population_15to64", 2019), 3100000.0);
        // An empty cell is no value, not zero.
        QVERIFY(std::isnan(valueOf(*d, "CA-06037", "jail_pretrial_population", 2019)));
        // The population: Harris's share of the imported Texas counties' 15-64 residents in
        // 2019 (3.1 of 5.0 million) times the Texas population in the dataset.
        const QList<const ValueRow *> texas =
            d->series(QStringLiteral("TX"), QStringLiteral("population"));
        QVERIFY(!texas.isEmpty());
        double texasAsOf2019 = texas.front()->value;
        for (const ValueRow *v : texas)
            if (v->year <= 2019)
                texasAsOf2019 = v->value;
        QVERIFY(std::abs(valueOf(*d, "TX-48201", "population", 2019) - 3.1 / 5.0 * texasAsOf2019) <
                1e-3);
        const SourceRow *derived = d->source(QStringLiteral("VERA_ITP_COUNTY_DERIVED"));
        QVERIFY(derived);
        QCOMPARE(derived->kind, QStringLiteral("derived"));
        QVERIFY(d->source(QStringLiteral("VERA_ITP_COUNTY"))
                    ->licence.contains(QStringLiteral("no redistribution")));
        // The states and the country are still there, with their own values.
        QVERIFY(d->region(QStringLiteral("US")));
        QVERIFY(!d->series(QStringLiteral("TX"), QStringLiteral("homicides")).isEmpty());
    }

    void countiesFillTheRestFromTheirState() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("counties.sqlite"));
        QVERIFY(importVera({fixture("county.csv"), db}).ok());
        QString error;
        const auto d = Dataset::open(db).take(error);
        QVERIFY(d);
        const auto harris = d->loadRegion(QStringLiteral("TX-48201")).take(error);
        const auto texas = d->loadRegion(QStringLiteral("TX")).take(error);
        QVERIFY2(harris && texas, qPrintable(error));
        QCOMPARE(harris->baseline.totalPrisonPopulation(), 12500.0);
        bool sawFallback = false;
        for (const ValueProvenance &p : harris->provenance)
            if (p.field == "homicides") {
                QCOMPARE(int(p.origin), int(ValueProvenance::Origin::Fallback));
                QCOMPARE(p.from, std::string("TX"));
                sawFallback = true;
            }
        QVERIFY(sawFallback);
        // A count from the state scales by population.
        QVERIFY(std::abs(harris->baseline.homicides - texas->baseline.homicides *
                                                          harris->baseline.population /
                                                          texas->baseline.population) < 1e-6);
        // As of 2018, the 2018 figures.
        const auto harris2018 = d->loadRegion(QStringLiteral("TX-48201"), 2018).take(error);
        QVERIFY(harris2018);
        QCOMPARE(harris2018->baseline.totalPrisonPopulation(), 12000.0);
    }

    void badRowsAreNamedAndNothingIsWritten() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("counties.sqlite"));
        QVERIFY(importVera({fixture("county.csv"), db}).ok());
        const QByteArray before = hashOf(db);
        const ImportResult r = importVera({fixture("county-bad.csv"), db});
        QVERIFY(!r.ok());
        QStringList messages;
        for (const Problem &p : r.problems)
            messages << p.text();
        const QString all = messages.join(QLatin1Char('\n'));
        for (const char *expected :
             {"county-bad.csv, line 3, column 1 (year): expected a year from 1900 to 2100, found "
              "\"20x9\"",
              "county-bad.csv, line 4, column 2 (county_fips): expected a county FIPS code",
              "county-bad.csv, line 5, column 4 (state_abbr): state \"ZZ\" is not a state",
              "county-bad.csv, line 6, column 15 (total_jail_pop): -5 is outside the valid range",
              "county-bad.csv, line 7: duplicate row: county 48201 for 2019 is already on line 2"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(all));
        QCOMPARE(r.problems.size(), 5);
        QCOMPARE(hashOf(db), before); // the target is unchanged
        QVERIFY(validateVera({fixture("county-bad.csv"), db}).problems.size() == 5);
    }

    void aFileWithoutVerasColumnsIsRefused() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("values.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("region_code,metric,value,unit,year,source,note\nUS,population,1,people,2020,S,\n");
        f.close();
        const QString db = dir.filePath(QStringLiteral("c.sqlite"));
        const ImportResult r = importVera({csv, db});
        QVERIFY(!r.ok());
        QVERIFY2(r.problems.first().text().contains(
                     QStringLiteral("values.csv, line 1: not a Vera Incarceration Trends county "
                                    "file: the header lacks county_fips, state_abbr, "
                                    "total_pop_15to64")),
                 qPrintable(r.problems.first().text()));
        QVERIFY(!QFile::exists(db));
    }
};

QTEST_GUILESS_MAIN(TestVeraImport)
#include "tst_veraimport.moc"
