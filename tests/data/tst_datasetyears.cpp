// SPDX-License-Identifier: GPL-3.0-or-later
// A region evaluated as of a year (each input's latest value at or before it, else its
// earliest, flagged), its observed history, and the dataset index that replaced the
// per-region resolver (every region loads as it did, whatever the order of the rows).
#include "data/dataset.h"
#include "data/datasetimport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace leastbad;
using namespace leastbad::data;

namespace {

// Writes `content` through CSV into a dataset file and opens it.
std::optional<Dataset> roundTrip(const DatasetContent &content, const QTemporaryDir &dir,
                                 const QString &name) {
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    if (!exportCsv(content, folder).isEmpty())
        return std::nullopt;
    const QString db = folder + QStringLiteral(".sqlite");
    const ImportResult r =
        importCsv(requestForFolderOf(folder + QStringLiteral("/values.csv"), db));
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.problems.first().text()));
        return std::nullopt;
    }
    QString error;
    auto d = Dataset::open(db).take(error);
    if (!d)
        qWarning("%s", qPrintable(error));
    return d;
}

ValueRow value(const QString &region, const char *metric, double v, const char *unit, int year,
               const QString &source) {
    return {0, region, QLatin1String(metric), v, QLatin1String(unit), year, source, {}};
}

const ValueProvenance *field(const RegionRecord &r, const char *name) {
    for (const ValueProvenance &p : r.provenance)
        if (p.field == name)
            return &p;
    return nullptr;
}

} // namespace

class TestDatasetYears : public QObject {
    Q_OBJECT

    std::optional<Dataset> m_default;
    std::optional<Dataset> m_series; // the US of the default dataset and XA with a history
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QString error;
        m_default = Dataset::openEmbedded().take(error);
        QVERIFY2(m_default, qPrintable(error));
        DatasetContent content;
        content.sources = m_default->content().sources;
        content.regions.append(*m_default->region(QStringLiteral("US")));
        content.regions.append({0, QStringLiteral("XA"), QStringLiteral("State A"),
                                QStringLiteral("state"), QStringLiteral("US")});
        for (const ValueRow &v : m_default->content().values)
            if (v.region == QStringLiteral("US"))
                content.values.append(v);
        const QString s = content.sources.first().id;
        // Out of year order on purpose: the index sorts each series.
        content.values.append(
            value(QStringLiteral("XA"), "prison_population", 2000, "people", 2020, s));
        content.values.append(
            value(QStringLiteral("XA"), "prison_population", 1000, "people", 2010, s));
        content.values.append(
            value(QStringLiteral("XA"), "prison_population", 1500, "people", 2015, s));
        content.values.append(value(QStringLiteral("XA"), "population", 100000, "people", 2012, s));
        content.values.append(
            value(QStringLiteral("XA"), "jail_population", 700, "people", 2015, s));
        content.values.append(
            value(QStringLiteral("XA"), "unified_prison_jail_system", 1, "index", 2020, s));
        m_series = roundTrip(content, m_dir, QStringLiteral("series"));
        QVERIFY(m_series);
    }

    void latestOfEachByDefault() {
        QString error;
        const auto xa = m_series->loadRegion(QStringLiteral("XA")).take(error);
        QVERIFY2(xa, qPrintable(error));
        QCOMPARE(xa->asOfYear, 0);
        QCOMPARE(xa->baseline.totalPrisonPopulation(), 2000.0);
        QCOMPARE(field(*xa, "prison_population")->year, 2020);
        QVERIFY(!field(*xa, "prison_population")->laterThanAsOfYear);
    }

    void asOfAYearTakesTheLatestValueAtOrBeforeIt() {
        QString error;
        const auto xa = m_series->loadRegion(QStringLiteral("XA"), 2016).take(error);
        QVERIFY2(xa, qPrintable(error));
        QCOMPARE(xa->asOfYear, 2016);
        QCOMPARE(xa->baseline.totalPrisonPopulation(), 1500.0);
        QCOMPARE(field(*xa, "prison_population")->year, 2015);
        QVERIFY(!field(*xa, "prison_population")->laterThanAsOfYear);
        // Exactly the year of a value takes that value.
        const auto at2010 = m_series->loadRegion(QStringLiteral("XA"), 2010).take(error);
        QVERIFY(at2010);
        QCOMPARE(at2010->baseline.totalPrisonPopulation(), 1000.0);
        // The population has no value at or before 2010: its earliest (2012), flagged.
        QCOMPARE(field(*at2010, "population")->year, 2012);
        QVERIFY(field(*at2010, "population")->laterThanAsOfYear);
        QVERIFY(!field(*at2010, "prison_population")->laterThanAsOfYear);
    }

    void beforeEveryValueTheEarliestIsFlagged() {
        QString error;
        const auto xa = m_series->loadRegion(QStringLiteral("XA"), 1990).take(error);
        QVERIFY2(xa, qPrintable(error));
        QCOMPARE(xa->baseline.totalPrisonPopulation(), 1000.0);
        QVERIFY(field(*xa, "prison_population")->laterThanAsOfYear);
    }

    void fallbacksAreTakenAsOfTheSameYear() {
        // The parent's series is evaluated as of the year too: US population values of
        // different years give different scaled counts.
        QString error;
        const QList<const ValueRow *> usPopulation =
            m_series->series(QStringLiteral("US"), QStringLiteral("population"));
        QVERIFY(!usPopulation.isEmpty());
        const auto xa =
            m_series->loadRegion(QStringLiteral("XA"), usPopulation.back()->year).take(error);
        const auto us =
            m_series->loadRegion(QStringLiteral("US"), usPopulation.back()->year).take(error);
        QVERIFY2(xa && us, qPrintable(error));
        const ValueProvenance *homicides = field(*xa, "homicides");
        QCOMPARE(int(homicides->origin), int(ValueProvenance::Origin::Fallback));
        QVERIFY(std::abs(xa->baseline.homicides -
                         us->baseline.homicides * 100000 / usPopulation.back()->value) < 1e-6);
    }

    void historyStopsAtTheAsOfYear() {
        QString error;
        const auto all = m_series->loadRegion(QStringLiteral("XA")).take(error);
        QVERIFY(all);
        const auto prison =
            std::find_if(all->history.begin(), all->history.end(),
                         [](const ObservedSeries &s) { return s.metric == "prison_population"; });
        QVERIFY(prison != all->history.end());
        QCOMPARE(prison->points.size(), std::size_t(3));
        QCOMPARE(prison->points.front().year, 2010); // by year
        QCOMPARE(prison->points.back().value, 2000.0);
        const auto until2016 = m_series->loadRegion(QStringLiteral("XA"), 2016).take(error);
        const auto p2016 =
            std::find_if(until2016->history.begin(), until2016->history.end(),
                         [](const ObservedSeries &s) { return s.metric == "prison_population"; });
        QCOMPARE(p2016->points.size(), std::size_t(2));
        QCOMPARE(p2016->points.back().year, 2015);
    }

    void publishedFiguresAndNotesAreReported() {
        QString error;
        const auto xa = m_series->loadRegion(QStringLiteral("XA")).take(error);
        QVERIFY(xa);
        const auto jail =
            std::find_if(xa->published.begin(), xa->published.end(),
                         [](const ValueProvenance &p) { return p.field == "jail_population"; });
        QVERIFY(jail != xa->published.end());
        QCOMPARE(jail->modelValue, 700.0);
        QCOMPARE(xa->notes.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(xa->notes.front())
                    .contains(QStringLiteral("State A runs one combined")));
        // Not a model input, so not counted among the inputs.
        QVERIFY(!field(*xa, "jail_population"));
        const auto us = m_series->loadRegion(QStringLiteral("US")).take(error);
        QVERIFY(us && us->notes.empty());
    }

    void everyRegionLoadsAsBeforeWhateverTheRowOrder() {
        // The index must not depend on the order of the rows: the default dataset with
        // every list reversed gives every region the same baseline and provenance.
        DatasetContent reversed = m_default->content();
        std::reverse(reversed.values.begin(), reversed.values.end());
        std::reverse(reversed.regions.begin(), reversed.regions.end());
        std::reverse(reversed.sources.begin(), reversed.sources.end());
        const auto copy = roundTrip(reversed, m_dir, QStringLiteral("reversed"));
        QVERIFY(copy);
        QCOMPARE(copy->content().regions.size(), m_default->content().regions.size());
        for (const RegionRow &r : m_default->content().regions) {
            QString error;
            const auto a = m_default->loadRegion(r.code).take(error);
            const auto b = copy->loadRegion(r.code).take(error);
            QVERIFY2(a && b, qPrintable(error));
            QCOMPARE(b->baseline.totalPrisonPopulation(), a->baseline.totalPrisonPopulation());
            QCOMPARE(b->baseline.dataYear, a->baseline.dataYear);
            QCOMPARE(b->provenance.size(), a->provenance.size());
            for (std::size_t i = 0; i < a->provenance.size(); ++i) {
                QCOMPARE(b->provenance[i].field, a->provenance[i].field);
                QCOMPARE(b->provenance[i].modelValue, a->provenance[i].modelValue);
                QCOMPARE(b->provenance[i].year, a->provenance[i].year);
                QCOMPARE(int(b->provenance[i].origin), int(a->provenance[i].origin));
            }
        }
    }

    void lowerCaseCodesStillFindTheRegion() {
        QString error;
        const auto tx = m_default->loadRegion(QStringLiteral("us")).take(error);
        QVERIFY2(tx, qPrintable(error));
        QCOMPARE(tx->baseline.code, std::string("US"));
        QVERIFY(!m_default->loadRegion(QStringLiteral("NOPE")).take(error));
        QVERIFY(error.contains(QStringLiteral("NOPE")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetYears)
#include "tst_datasetyears.moc"
