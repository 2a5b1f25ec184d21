// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation.h"
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/datasetstore.h"
#include "data/datasettables.h"
#include "data/inputorigins.h"
#include "data/metrics.h"
#include "data/regionfields.h"
#include "data/sqlitedatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sqlite3.h>

#include <cmath>
#include <thread>
#include <vector>

using namespace leastbad;
using namespace leastbad::data;

namespace {

void write(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray hashOf(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QByteArray kRegions =
    "code,name,kind,parent\nUS,United States,country,\nXA,State A,state,US\nXB,State B,state,US\n";
const QByteArray kSources = "id,citation,address,date_read,licence,kind\n"
                            "S1,\"Test Office (2024), Table 1, made-up figures for "
                            "tests\",https://example.invalid,2026-01-01,none,seen\n"
                            "A1,assumption: test value,,2026-01-01,none,assumption\n"
                            "P1,proxy: a wider area's test rates,,2026-01-01,none,proxy\n";
const QByteArray kValuesHeader = "region_code,metric,value,unit,year,source,note\n";

// A folder with regions.csv and sources.csv, and values.csv holding `values`.
QString makeFolder(const QTemporaryDir &dir, const QByteArray &values, const char *name = "in") {
    QDir(dir.path()).mkdir(QLatin1String(name));
    const QString folder = dir.filePath(QLatin1String(name));
    write(folder + QStringLiteral("/regions.csv"), kRegions);
    write(folder + QStringLiteral("/sources.csv"), kSources);
    write(folder + QStringLiteral("/values.csv"), values);
    return folder + QStringLiteral("/values.csv");
}

const QByteArray kGoodValues = kValuesHeader + "US,population,1000000,people,2020,S1,\n"
                                               "XA,population,200000,people,2020,S1,\n"
                                               "XB,population,300000,people,2020,S1,\n"
                                               "XA,prison_population,1000,people,2022,S1,\n";

// Every field of a region's record, one a line, so that two records compare as text.
QString describe(const RegionRecord &r) {
    QString out;
    QTextStream t(&out);
    t.setRealNumberPrecision(17);
    const core::RegionBaseline &b = r.baseline;
    t << QString::fromStdString(b.code) << ' ' << QString::fromStdString(b.name) << ' '
      << b.dataYear << ' ' << b.dollarYear << ' ' << r.asOfYear << '\n';
    for (const RegionField &f : regionFields())
        t << QLatin1String(f.metric.data()) << '=' << b.*f.field << '\n';
    for (double v : b.prisonPopulation)
        t << v << ' ';
    for (double v : b.meanTimeServedYears)
        t << v << ' ';
    t << b.population << ' ' << b.reincarceratedWithin3Years << ' ' << b.reincarceratedWithin5Years
      << ' ' << b.homicides << ' ' << b.otherViolentCrimes << ' ' << b.propertyCrimes << ' '
      << b.policePer100k << '\n';
    for (const auto &[key, value] : b.parameterOverrides)
        t << QString::fromStdString(key) << '=' << value << '\n';
    for (const auto *list : {&r.provenance, &r.published})
        for (const ValueProvenance &p : *list)
            t << QString::fromStdString(p.field) << '|' << QString::fromStdString(p.value) << '|'
              << QString::fromStdString(p.unit) << '|' << p.year << '|'
              << QString::fromStdString(p.source) << '|' << QString::fromStdString(p.status) << '|'
              << int(p.origin) << '|' << p.modelValue << '|' << QString::fromStdString(p.from)
              << '|' << p.laterThanAsOfYear << '\n';
    for (const ObservedSeries &series : r.history)
        for (const ObservedPoint &point : series.points)
            t << QString::fromStdString(series.metric) << ' ' << point.year << ' ' << point.value
              << ' ' << QString::fromStdString(point.source) << '\n';
    for (const std::string &note : r.notes)
        t << QString::fromStdString(note) << '\n';
    return out;
}

// A region's record, or the problem's text, as of a year.
QString loaded(const Dataset &d, const QString &code, int asOfYear) {
    Result<RegionRecord> r = d.loadRegion(code, asOfYear);
    return r ? describe(*r) : QStringLiteral("problem: ") + r.errorText();
}

// The embedded dataset's file, read whole and checked as a file from outside is.
QByteArray embeddedImage() {
    const QResource resource(QStringLiteral(":/datasets/default.sqlite"));
    return resource.compressionAlgorithm() == QResource::NoCompression
               ? QByteArray(reinterpret_cast<const char *>(resource.data()),
                            qsizetype(resource.size()))
               : resource.uncompressedData();
}

const int kAsOfYears[] = {0, 2005, 2015};

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

private slots:
    void embeddedDefaultOpensAndEveryRegionSimulates() {
        QString error;
        const std::optional<Dataset> d = Dataset::openEmbedded().take(error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(d->content().regions.size() >= 58); // US, 50 states, DC, six countries
        for (const char *code :
             {"US", "CA", "TX", "DC", "NOR", "NLD", "DEU", "GB-EAW", "CAN", "JPN"})
            QVERIFY2(d->region(QLatin1String(code)), code);
        for (const RegionRow &r : d->content().regions) {
            const std::optional<RegionRecord> record = d->loadRegion(r.code).take(error);
            QVERIFY2(record, qPrintable(error));
            const core::SimulationResult result =
                core::simulate(core::calibrate(record->baseline, core::Parameters{}),
                               core::statusQuoPolicy(record->baseline), {});
            for (double v : result.totals)
                QVERIFY2(std::isfinite(v), qPrintable(r.code));
            QVERIFY(std::abs(core::at(result.years.back(), core::Output::PrisonPopulation) -
                             record->baseline.totalPrisonPopulation()) <
                    1e-6 * record->baseline.totalPrisonPopulation());
            // Every input says where it came from.
            QVERIFY(record->provenance.size() >= 30);
            for (const ValueProvenance &p : record->provenance)
                QVERIFY2(!p.source.empty() && !p.status.empty(), p.field.c_str());
        }
    }

    // The embedded dataset is read region by region as asked (Dataset::Lazy): every region, as
    // of any year, loads to what a whole read of the same file gives, before and after the
    // whole content is read, and so do the series of every region and metric.
    void readAsAskedGivesWhatAWholeReadGives() {
        QString error;
        const std::optional<Dataset> whole =
            Dataset::openImage(embeddedImage(), QStringLiteral("default dataset"), true)
                .take(error);
        QVERIFY2(whole, qPrintable(error));
        const std::optional<Dataset> asked = Dataset::openEmbedded().take(error);
        const std::optional<Dataset> askedThenWhole = Dataset::openEmbedded().take(error);
        QVERIFY2(asked && askedThenWhole, qPrintable(error));
        QCOMPARE(asked->label(), whole->label());
        const QList<RegionRow> regions = whole->content().regions;
        QVERIFY(regions.size() >= 58);
        int compared = 0;
        for (const RegionRow &r : regions)
            for (int year : kAsOfYears) {
                const QString expected = loaded(*whole, r.code, year);
                QVERIFY2(!expected.startsWith(QStringLiteral("problem")), qPrintable(expected));
                QCOMPARE(loaded(*asked, r.code, year), expected);
                QCOMPARE(loaded(*asked, r.code.toLower(), year), expected);
                ++compared;
            }
        // A code in no region, and the same after the whole content was read.
        QCOMPARE(loaded(*asked, QStringLiteral("XX"), 0), loaded(*whole, QStringLiteral("XX"), 0));
        for (const RegionRow &r : regions) {
            for (const MetricDefinition &m : metricDefinitions()) {
                const QString metric = QString::fromUtf8(m.key.data(), qsizetype(m.key.size()));
                const QList<const ValueRow *> a = asked->series(r.code, metric);
                const QList<const ValueRow *> b = whole->series(r.code, metric);
                QCOMPARE(a.size(), b.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    QCOMPARE(a[i]->year, b[i]->year);
                    QCOMPARE(a[i]->value, b[i]->value);
                    QCOMPARE(a[i]->source, b[i]->source);
                    QCOMPARE(a[i]->note, b[i]->note);
                }
            }
        }
        // The whole content of a dataset read as asked is the file's, row for row.
        const DatasetContent &c = askedThenWhole->content();
        QCOMPARE(c.regions.size(), whole->content().regions.size());
        QCOMPARE(c.sources.size(), whole->content().sources.size());
        QCOMPARE(c.values.size(), whole->content().values.size());
        QCOMPARE(c.overrides.size(), whole->content().overrides.size());
        QVERIFY(c.values.size() > 20000);
        for (qsizetype i = 0; i < c.values.size(); ++i) {
            const ValueRow &a = c.values[i], &b = whole->content().values[i];
            QVERIFY2(a.region == b.region && a.metric == b.metric && a.value == b.value &&
                         a.unit == b.unit && a.year == b.year && a.source == b.source &&
                         a.note == b.note,
                     qPrintable(QString::number(i)));
        }
        for (const RegionRow &r : regions)
            QCOMPARE(loaded(*askedThenWhole, r.code, 0), loaded(*whole, r.code, 0));
        // The lookups made before content() stay valid after it.
        const QList<const ValueRow *> before =
            asked->series(QStringLiteral("CA"), QStringLiteral("population"));
        QVERIFY(!before.isEmpty());
        QVERIFY(asked->content().values.size() == c.values.size());
        QCOMPARE(before.back()->value,
                 asked->series(QStringLiteral("CA"), QStringLiteral("population")).back()->value);
        QVERIFY(compared >= 58 * 3);
    }

    // Threads load regions of one dataset read as asked, in different orders, while one of
    // them reads the whole content: each gets what a dataset read whole gives.
    void readAsAskedIsSafeAcrossThreads() {
        QString error;
        const std::optional<Dataset> whole =
            Dataset::openImage(embeddedImage(), QStringLiteral("default dataset"), true)
                .take(error);
        QVERIFY2(whole, qPrintable(error));
        QStringList codes;
        for (const RegionRow &r : whole->content().regions)
            codes << r.code;
        QHash<QString, QString> expected;
        for (const QString &code : codes)
            expected[code] = loaded(*whole, code, 0);
        for (int round = 0; round < 3; ++round) {
            const std::optional<Dataset> asked = Dataset::openEmbedded().take(error);
            QVERIFY2(asked, qPrintable(error));
            constexpr int kThreads = 4;
            std::vector<QHash<QString, QString>> got(kThreads);
            std::vector<qsizetype> values(kThreads, 0);
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t)
                threads.emplace_back([&, t] {
                    for (qsizetype i = 0; i < codes.size(); ++i) {
                        // Forwards or backwards, from a different region.
                        const qsizetype n = codes.size();
                        const QString &code = codes[((t % 2 ? n - 1 - i : i) + t * 13) % n];
                        if (t == round && i == codes.size() / 3)
                            values[t] = asked->content().values.size();
                        got[t][code] = loaded(*asked, code, 0);
                    }
                });
            for (std::thread &thread : threads)
                thread.join();
            QCOMPARE(values[round], whole->content().values.size());
            for (int t = 0; t < kThreads; ++t)
                for (const QString &code : codes)
                    QCOMPARE(got[t].value(code), expected.value(code));
        }
    }

    // A file from outside is still read and checked whole: a bad value in a region no command
    // asks for refuses the file, naming it, the region and the metric.
    void aFileFromOutsideIsCheckedWholeBeforeAnyRegionIsRead() {
        const QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bad.sqlite"));
        write(db, embeddedImage());
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "UPDATE metric_values SET value = -3 WHERE region = 'WY' AND "
                              "metric = 'population'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(sqlite3_changes(raw) >= 1);
        sqlite3_close(raw);
        const Result<Dataset> opened = Dataset::open(db);
        QVERIFY(!opened);
        QVERIFY2(opened.errorText().contains(db) &&
                     opened.errorText().contains(QLatin1String("WY")) &&
                     opened.errorText().contains(QLatin1String("population")),
                 qPrintable(opened.errorText()));
    }

    // A row the dataset read as asked cannot read (longer than the 1 MiB SQLite is allowed
    // here) makes loading that region fail with the dataset's name and SQLite's reason, as
    // opening such a file to check it does; other regions still load.
    void aRowReadAsAskedThatCannotBeReadIsReported() {
        const QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("long.sqlite"));
        write(db, embeddedImage());
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw,
                              "UPDATE metric_values SET note = printf('%.*c', 2000000, 'x') "
                              "WHERE region = 'TX' AND metric = 'population'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(sqlite3_changes(raw) >= 1);
        sqlite3_close(raw);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray image = f.readAll();
        QString error;
        const std::optional<Dataset> asked =
            Dataset::openImage(image, QStringLiteral("long"), false).take(error);
        QVERIFY2(asked, qPrintable(error));
        const Result<RegionRecord> tx = asked->loadRegion(QStringLiteral("TX"));
        QVERIFY(!tx);
        QVERIFY2(tx.errorText().startsWith(QLatin1String("long: cannot read: ")),
                 qPrintable(tx.errorText()));
        const Result<RegionRecord> ca = asked->loadRegion(QStringLiteral("CA"));
        QVERIFY2(ca, qPrintable(ca.errorText()));
        const Result<Dataset> checked = Dataset::openImage(image, QStringLiteral("long"), true);
        QVERIFY(!checked);
        QVERIFY2(checked.errorText().startsWith(QLatin1String("long: cannot read: ")),
                 qPrintable(checked.errorText()));
        // The reason is SQLite's, the same either way.
        QCOMPARE(tx.errorText(), checked.errorText());
    }

    void fallbacksAndAssumptionsAreMarked() {
        QString error;
        const std::optional<Dataset> d = Dataset::openEmbedded().take(error);
        QVERIFY(d);
        const auto state = d->loadRegion(QStringLiteral("CA")).take(error);
        QVERIFY2(state, qPrintable(error));
        bool sawOwn = false, sawFallback = false;
        for (const ValueProvenance &p : state->provenance) {
            if (p.field == "population")
                QCOMPARE(int(p.origin), int(ValueProvenance::Origin::Own));
            if (p.field == "median_age_at_release") {
                QCOMPARE(int(p.origin), int(ValueProvenance::Origin::Fallback));
                QCOMPARE(QString::fromStdString(p.from), QStringLiteral("US"));
            }
            sawOwn = sawOwn || p.origin == ValueProvenance::Origin::Own;
            sawFallback = sawFallback || p.origin == ValueProvenance::Origin::Fallback;
        }
        QVERIFY(sawOwn && sawFallback);
        const auto country = d->loadRegion(QStringLiteral("NOR")).take(error);
        QVERIFY2(country, qPrintable(error));
        bool sawAssumption = false;
        for (const ValueProvenance &p : country->provenance)
            sawAssumption = sawAssumption || p.origin == ValueProvenance::Origin::Assumption;
        QVERIFY(sawAssumption);
    }

    void countsBorrowedFromAParentScaleWithPopulation() {
        // The US of the default dataset plus a made-up state with a tenth of its people
        // and nothing else: every count comes from the US, scaled by population.
        QString error;
        const auto original = Dataset::openEmbedded().take(error);
        QVERIFY(original);
        DatasetContent content;
        content.sources = original->content().sources;
        content.regions.append(*original->region(QStringLiteral("US")));
        content.regions.append({0, QStringLiteral("XA"), QStringLiteral("State A"),
                                QStringLiteral("state"), QStringLiteral("US")});
        double usPopulation = 0;
        for (const ValueRow &v : original->content().values) {
            if (v.region == QStringLiteral("US")) {
                content.values.append(v);
                if (v.metric == QStringLiteral("population"))
                    usPopulation = v.value;
            }
        }
        ValueRow population = content.values.first();
        for (const ValueRow &v : content.values)
            if (v.metric == QStringLiteral("population"))
                population = v;
        population.region = QStringLiteral("XA");
        population.value = usPopulation / 10;
        content.values.append(population);
        // A wider area's rate stated for XA: used, but borrowed, from the area its note names.
        content.sources.append({0,
                                QStringLiteral("PX"),
                                QStringLiteral("Proxy test rates"),
                                {},
                                QStringLiteral("2026-01-01"),
                                QStringLiteral("none"),
                                QStringLiteral("proxy")});
        ValueRow proxy = population;
        proxy.metric = QStringLiteral("clearance_rate_violent");
        proxy.unit = QStringLiteral("fraction");
        proxy.value = 0.333;
        proxy.source = QStringLiteral("PX");
        proxy.note = QStringLiteral("Test Census division, not XA's own: 33.3% cleared");
        content.values.append(proxy);
        QTemporaryDir dir;
        QVERIFY(exportCsv(content, dir.path()).isEmpty());
        const QString db = dir.filePath(QStringLiteral("t.sqlite"));
        const ImportResult r =
            importCsv(requestForFolderOf(dir.filePath(QStringLiteral("values.csv")), db));
        QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().text()));
        const auto d = Dataset::open(db).take(error);
        QVERIFY2(d, qPrintable(error));
        const auto us = d->loadRegion(QStringLiteral("US")).take(error);
        const auto xa = d->loadRegion(QStringLiteral("XA")).take(error);
        QVERIFY2(us && xa, qPrintable(error));
        QVERIFY(std::abs(xa->baseline.totalPrisonPopulation() -
                         us->baseline.totalPrisonPopulation() / 10) < 1e-6);
        QVERIFY(std::abs(xa->baseline.homicides - us->baseline.homicides / 10) < 1e-9);
        QCOMPARE(xa->baseline.policePer100k, us->baseline.policePer100k); // a rate is not scaled
        QCOMPARE(xa->baseline.clearanceRateViolent, 0.333);
        for (const ValueProvenance &p : xa->provenance) {
            if (p.field == "clearance_rate_violent")
                QCOMPARE(QString::fromStdString(p.from), QStringLiteral("Test Census division"));
            if (p.field != "population")
                QCOMPARE(int(p.origin), int(ValueProvenance::Origin::Fallback));
        }
    }

    void parameterOverridesReachTheModel() {
        QString error;
        const auto original = Dataset::openEmbedded().take(error);
        QVERIFY(original);
        DatasetContent content = original->content();
        content.overrides.append({0, QStringLiteral("TX"),
                                  QStringLiteral("incapacitation_at_reference_rate"), 9.5,
                                  content.sources.first().id, QStringLiteral("test override")});
        QTemporaryDir dir;
        QVERIFY(exportCsv(content, dir.path()).isEmpty());
        const QString db = dir.filePath(QStringLiteral("o.sqlite"));
        const ImportResult r =
            importCsv(requestForFolderOf(dir.filePath(QStringLiteral("values.csv")), db));
        QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().text()));
        const auto d = Dataset::open(db).take(error);
        QVERIFY2(d, qPrintable(error));
        const auto tx = d->loadRegion(QStringLiteral("TX")).take(error);
        QVERIFY2(tx, qPrintable(error));
        QCOMPARE(tx->baseline.parameterOverrides.size(), std::size_t(1));
        const core::Calibration c = core::calibrate(tx->baseline, core::Parameters{});
        QCOMPARE(c.parameters.incapacitationAtReferenceRate, 9.5);
        const auto ca = d->loadRegion(QStringLiteral("CA")).take(error);
        QVERIFY(ca && ca->baseline.parameterOverrides.empty());
    }

    void badInputNamesLineAndColumnAndLeavesTheTargetAlone_data() {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QString>("expected");
        QTest::addRow("wrong header")
            << QByteArray("region,metric,value\nUS,population,1,people,2020,S1\n")
            << QStringLiteral("values.csv, line 1: wrong header");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("line 1: the file is empty");
        QTest::addRow("unknown metric")
            << QByteArray(kGoodValues + "XA,vibes,3,people,2020,S1,\n")
            << QStringLiteral("line 6, column 2 (metric): unknown metric \"vibes\"");
        QTest::addRow("not a number")
            << QByteArray(kGoodValues + "XA,homicides,many,offences/year,2019,S1,\n")
            << QStringLiteral("line 6, column 3 (value): expected a number");
        QTest::addRow("not finite")
            << QByteArray(kGoodValues + "XA,homicides,inf,offences/year,2019,S1,\n")
            << QStringLiteral("line 6, column 3 (value): expected a finite number");
        QTest::addRow("negative population")
            << QByteArray(kValuesHeader + "US,population,-5,people,2020,S1,\n"
                                          "XA,population,1,people,2020,S1,\n"
                                          "XB,population,1,people,2020,S1,\n")
            << QStringLiteral("line 2, column 3 (value): -5 is outside the valid range");
        QTest::addRow("a proxy giving a count")
            << QByteArray(kGoodValues + "XB,prison_population,900,people,2022,P1,Area X\n")
            << QStringLiteral("line 6, column 6 (source): source \"P1\" is a proxy");
        QTest::addRow("share above one")
            << QByteArray(kGoodValues + "XA,pretrial_detained_share,1.4,fraction,2020,S1,\n")
            << QStringLiteral("line 6, column 3 (value): 1.4 is outside the valid range");
        QTest::addRow("wrong unit")
            << QByteArray(kGoodValues + "XA,homicides,5,murders,2019,S1,\n")
            << QStringLiteral("line 6, column 4 (unit): expected \"offences/year\"");
        QTest::addRow("duplicate row")
            << QByteArray(kGoodValues + "XA,prison_population,1000,people,2022,S1,\n")
            << QStringLiteral(
                   "line 6: duplicate row: XA prison_population for 2022 is already on line 5");
        QTest::addRow("unknown source")
            << QByteArray(kGoodValues + "XA,homicides,5,offences/year,2019,NOPE,\n")
            << QStringLiteral(
                   "line 6, column 6 (source): source \"NOPE\" is not in the sources file");
        QTest::addRow("unknown region")
            << QByteArray(kGoodValues + "ZZ,homicides,5,offences/year,2019,S1,\n")
            << QStringLiteral(
                   "line 6, column 1 (region_code): region \"ZZ\" is not in the dataset");
        QTest::addRow("not UTF-8")
            << QByteArray(kGoodValues + "XA,homicides,5,offences/year,2019,S1,caf\xe9\n")
            << QStringLiteral("line 6, column 7: is not valid UTF-8");
        QTest::addRow("not CSV at all") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                        << QStringLiteral("values.csv, line 1");
        QTest::addRow("unclosed quote")
            << QByteArray(kGoodValues + "XA,homicides,5,offences/year,2019,S1,\"oops\n")
            << QStringLiteral("line 6, column 7: a quoted field is not closed");
        QTest::addRow("money year without CPI")
            << QByteArray(kGoodValues + "XA,cost_per_prisoner_year_usd,50000,USD,1931,S1,\n")
            << QStringLiteral("line 6, column 5 (year): no CPI-U figure for 1931");
        QTest::addRow("yes-no metric neither 0 nor 1")
            << QByteArray(kGoodValues + "XA,unified_prison_jail_system,0.5,index,2020,S1,\n")
            << QStringLiteral("line 6, column 3 (value): unified_prison_jail_system is 0 (no) or "
                              "1 (yes), found \"0.5\"");
    }

    void recalledIsNoLongerASourceKind() {
        QTemporaryDir dir;
        const QString values = makeFolder(dir, kGoodValues);
        write(QFileInfo(values).absolutePath() + QStringLiteral("/sources.csv"),
              "id,citation,address,date_read,licence,kind\n"
              "S1,\"Someone (2020), from memory\",,2026-01-01,none,recalled\n");
        const ImportResult result =
            importCsv(requestForFolderOf(values, dir.filePath(QStringLiteral("t.sqlite"))));
        QVERIFY(!result.ok());
        QVERIFY2(result.problems.first().text().contains(
                     QStringLiteral("sources.csv, line 2, column 6 (kind): expected one of seen, "
                                    "seen-secondary, judged, derived, proxy, assumption, found "
                                    "\"recalled\"")),
                 qPrintable(result.problems.first().text()));
        QVERIFY(sourceKinds().contains(QStringLiteral("derived")));
    }
    void badInputNamesLineAndColumnAndLeavesTheTargetAlone() {
        QFETCH(QByteArray, values);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        // A target that already holds a good dataset.
        const QString db = dir.filePath(QStringLiteral("target.sqlite"));
        QVERIFY(importCsv(requestForFolderOf(makeFolder(dir, kGoodValues, "good"), db)).ok());
        const QByteArray before = hashOf(db);

        const QString bad = makeFolder(dir, values, "bad");
        const ImportResult result = importCsv(requestForFolderOf(bad, db));
        QVERIFY(!result.ok());
        QStringList messages;
        for (const Problem &p : result.problems)
            messages << p.text();
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(expected),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(hashOf(db), before);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral(".target.sqlite.leastbad-*")},
                                QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void missingRequiredMetricIsNamed() {
        QTemporaryDir dir;
        const QString values =
            makeFolder(dir, kValuesHeader + "US,population,1000000,people,2020,S1,\n"
                                            "XA,population,200000,people,2020,S1,\n");
        const ImportResult r = validateImport(requestForFolderOf(values, QString()));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().text().contains(QStringLiteral(
                     "region \"XB\" has no value for the required metric population")),
                 qPrintable(r.problems.first().text()));
    }

    void everyProblemIsListed() {
        QTemporaryDir dir;
        const QString values =
            makeFolder(dir, kGoodValues + "XA,vibes,3,people,2020,S1,\n"
                                          "XA,homicides,x,offences/year,2019,S1,\n"
                                          "XA,homicides,5,offences/year,2019,NOPE,\n");
        const ImportResult r = validateImport(requestForFolderOf(values, QString()));
        QCOMPARE(r.problems.size(), 3);
    }

    void badTargetFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("corrupt") << QByteArray("SQLite format 3\0garbage garbage garbage", 40)
                                 << QStringLiteral("not a dataset this program can add to");
        QTest::addRow("text file")
            << QByteArray("hello, I am not a database\n") << QStringLiteral("not a dataset");
    }
    void badTargetFilesAreRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("target.sqlite"));
        write(db, bytes);
        const ImportResult r = importCsv(requestForFolderOf(makeFolder(dir, kGoodValues), db));
        QVERIFY(!r.ok());
        QVERIFY2(r.problems.first().text().contains(expected),
                 qPrintable(r.problems.first().text()));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void foreignAndNewerDatabasesAreRefused() {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            SqliteDatabase db;
            QVERIFY(db.open(foreign, SqliteDatabase::Mode::Create));
            QVERIFY(db.exec(
                QStringLiteral("CREATE TABLE recipes (name TEXT); PRAGMA user_version = 1;")));
        }
        QString error;
        QVERIFY(!Dataset::open(foreign).take(error));
        QVERIFY2(error.contains(QStringLiteral("lacks column")), qPrintable(error));

        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(importCsv(requestForFolderOf(makeFolder(dir, kGoodValues), newer)).ok());
        {
            SqliteDatabase db;
            QVERIFY(db.open(newer, SqliteDatabase::Mode::ReadWrite));
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 99;")));
        }
        QVERIFY(!Dataset::open(newer).take(error));
        QVERIFY2(error.contains(QStringLiteral("newer than this program reads")),
                 qPrintable(error));
    }

    void migratesFromThePreviousSchemaVersion() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        {
            SqliteDatabase old;
            QVERIFY(old.open(db, SqliteDatabase::Mode::Create));
            QVERIFY(createSchemaVersion1(old).ok());
            QVERIFY(old.exec(QStringLiteral(
                "INSERT INTO regions VALUES ('US', 'United States', 'country', NULL);"
                "INSERT INTO sources VALUES ('S1', 'Old source', '', '2020-01-01');"
                "INSERT INTO metrics VALUES ('population', 'people', 'Resident population', "
                "'population', 1, 1e12, 1, 0, 0);"
                "INSERT INTO metric_values VALUES ('US', 'population', 1000000, 'people', 2020, "
                "'S1', '');")));
        }
        QString error;
        const auto v1 = Dataset::open(db).take(error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->schemaVersion(), 1);
        QCOMPARE(v1->content().values.size(), 1);

        const ImportResult r = importCsv(requestForFolderOf(makeFolder(dir, kGoodValues), db));
        QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().text()));
        const auto v2 = Dataset::open(db).take(error);
        QVERIFY2(v2, qPrintable(error));
        QCOMPARE(v2->schemaVersion(), kSchemaVersion);
        bool oldSourceKept = false;
        for (const SourceRow &s : v2->content().sources)
            oldSourceKept =
                oldSourceKept || (s.id == QStringLiteral("S1") && s.kind == QStringLiteral("seen"));
        QVERIFY(oldSourceKept);
    }

    void datasetsDocumentListsEverySourceAndMetric() {
        QFile doc(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                  QStringLiteral("/docs/DATASETS.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QString error;
        const auto d = Dataset::openEmbedded().take(error);
        QVERIFY(d);
        for (const SourceRow &s : d->content().sources)
            QVERIFY2(text.contains(QStringLiteral("**") + s.id + QStringLiteral("**")),
                     qPrintable(s.id));
        for (const MetricDefinition &m : metricDefinitions())
            QVERIFY2(text.contains(QStringLiteral("| `") +
                                   QString::fromUtf8(m.key.data(), m.key.size()) +
                                   QLatin1Char('`')),
                     m.key.data());
    }

    void datasetsDocumentCarriesTheGeneratedCoverage() {
        QFile doc(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                  QStringLiteral("/docs/DATASETS.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QString error;
        const auto d = Dataset::openEmbedded().take(error);
        QVERIFY(d);
        const QByteArray generated = coverageMarkdown(*d);
        QVERIFY(generated.contains("| `population` | "));
        QVERIFY(generated.contains("| US | country | "));
        QVERIFY2(doc.readAll().contains(generated),
                 "docs/DATASETS.md is out of date: run docs/update-dataset-tables.sh");
    }

    void inputOriginsCountEveryInputOnce() {
        QString error;
        const auto d = Dataset::openEmbedded().take(error);
        QVERIFY(d);
        const std::vector<RegionInputOrigins> origins = inputOrigins(*d);
        QCOMPARE(qsizetype(origins.size()), d->content().regions.size());
        for (const RegionInputOrigins &r : origins) {
            QVERIFY2(!r.problem, qPrintable(r.problem ? r.problem->text() : QString()));
            const auto record = d->loadRegion(r.code).take(error);
            QVERIFY(record);
            const auto overrides =
                std::count_if(record->provenance.begin(), record->provenance.end(),
                              [](const ValueProvenance &p) { return p.status == "override"; });
            QCOMPARE(r.inputs(), int(record->provenance.size() - overrides));
            QCOMPARE(qsizetype(r.fallback + r.assumption), r.borrowed.size());
            for (const ValueProvenance &p : record->provenance)
                if (p.status != "override")
                    QCOMPARE(r.borrowed.contains(QString::fromStdString(p.field)),
                             p.origin == ValueProvenance::Origin::Fallback ||
                                 p.origin == ValueProvenance::Origin::Assumption);
            if (r.code == Dataset::referenceRegion())
                QCOMPARE(r.fallback + r.assumption, 0);
            if (r.kind == QStringLiteral("country") && r.code != Dataset::referenceRegion())
                QCOMPARE(r.fallback, 0); // a country's gaps are assumptions, not fallbacks
        }
        const QByteArray md = inputOriginsMarkdown(origins);
        QVERIFY(md.contains(" 50 states (the District of Columbia apart)"));
        QVERIFY(md.contains("| `clearance_rate_violent` | "));
    }

    void exportThenImportGivesTheSameDataset() {
        QString error;
        const auto original = Dataset::openEmbedded().take(error);
        QVERIFY(original);
        QTemporaryDir dir;
        QVERIFY(exportCsv(original->content(), dir.path()).isEmpty());
        const QString db = dir.filePath(QStringLiteral("copy.sqlite"));
        const ImportResult r =
            importCsv(requestForFolderOf(dir.filePath(QStringLiteral("values.csv")), db));
        QVERIFY2(r.ok(), qPrintable(r.problems.isEmpty() ? QString() : r.problems.first().text()));
        const auto copy = Dataset::open(db).take(error);
        QVERIFY2(copy, qPrintable(error));
        const DatasetContent &a = original->content(), &b = copy->content();
        QCOMPARE(b.values.size(), a.values.size());
        QCOMPARE(b.sources.size(), a.sources.size());
        QCOMPARE(b.regions.size(), a.regions.size());
        for (qsizetype i = 0; i < a.values.size(); ++i) {
            QCOMPARE(b.values[i].region, a.values[i].region);
            QCOMPARE(b.values[i].metric, a.values[i].metric);
            QCOMPARE(b.values[i].value, a.values[i].value); // bit for bit
            QCOMPARE(b.values[i].year, a.values[i].year);
            QCOMPARE(b.values[i].source, a.values[i].source);
            QCOMPARE(b.values[i].note, a.values[i].note);
        }
        for (qsizetype i = 0; i < a.sources.size(); ++i) {
            QCOMPARE(b.sources[i].citation, a.sources[i].citation);
            QCOMPARE(b.sources[i].kind, a.sources[i].kind);
        }
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
