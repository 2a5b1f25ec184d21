// SPDX-License-Identifier: GPL-3.0-or-later
// Prints:
//  - the time to import a generated Vera-format county file (3,143 counties x 50 years, the
//    county file's identifying columns and the 150 metric columns of Vera's state file) into
//    a new dataset file (target: under 10 s);
//  - the time to load every region's baseline, as `regions` and `dataset validate` do, for
//    N and 2N counties: linear if the second is about twice the first;
//  - the time to open the embedded default dataset (target: under 20 ms), and to open it and
//    load one region.
#include "data/dataset.h"
#include "data/veraimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace leastbad::data;
using Clock = std::chrono::steady_clock;

namespace {

// Under ctest (LEASTBAD_BENCH_LIGHT=1, tests/CMakeLists.txt) a smoke test with a fifteenth of
// the counties, so the debug build's `ctest -L bench` ends in under a minute; run directly for
// figures.
bool light() {
    return qEnvironmentVariable("LEASTBAD_BENCH_LIGHT") == QStringLiteral("1");
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Vera's column names (incarceration_trends_state.csv, March 2026 release) after the
// county file's own identifying columns. The numbers are made up.
const char *kCountyColumns = "year,county_fips,county_name,state_abbr,state_fips,region,division,"
                             "urbanicity,metro_area,commuting_zone,land_area,is_regional_jail,"
                             "is_unified_state,";
const char *kMetricColumns =
    "total_jail_pop,male_jail_pop,female_jail_pop,black_jail_pop,black_male_jail_pop,"
    "black_female_jail_pop,latinx_jail_pop,latinx_male_jail_pop,latinx_female_jail_pop,"
    "white_jail_pop,white_male_jail_pop,white_female_jail_pop,native_jail_pop,aapi_jail_pop,"
    "other_race_jail_pop,total_pretrial_custody,total_pretrial_juris,total_jail_from_fed,"
    "total_jail_from_prison,total_jail_from_other_jail,total_jail_from_bia,"
    "total_jail_from_bop,total_jail_from_ice,total_jail_from_marshals,"
    "total_jail_from_other_fed,total_contracted_out,total_contracted_in,total_jail_admits,"
    "male_jail_admits,female_jail_admits,total_jail_discharges,male_jail_discharges,"
    "female_jail_discharges,jail_rated_capacity,total_sentenced_custody,is_unified_state,"
    "total_prison_pop,female_prison_pop,male_prison_pop,black_prison_pop,"
    "black_male_prison_pop,black_female_prison_pop,latinx_prison_pop,latinx_male_prison_pop,"
    "latinx_female_prison_pop,white_prison_pop,white_male_prison_pop,white_female_prison_pop,"
    "native_prison_pop,native_male_prison_pop,native_female_prison_pop,aapi_prison_pop,"
    "aapi_male_prison_pop,aapi_female_prison_pop,other_race_prison_pop,"
    "other_race_male_prison_pop,other_race_female_prison_pop,total_prison_admits,"
    "male_prison_admits,female_prison_admits,black_prison_admits,black_male_prison_admits,"
    "black_female_prison_admits,latinx_prison_admits,latinx_male_prison_admits,"
    "latinx_female_prison_admits,white_prison_admits,white_male_prison_admits,"
    "white_female_prison_admits,native_prison_admits,native_male_prison_admits,"
    "native_female_prison_admits,aapi_prison_admits,aapi_male_prison_admits,"
    "aapi_female_prison_admits,other_race_prison_admits,other_race_male_prison_admits,"
    "other_race_female_prison_admits,total_pop_15to64,male_pop_15to64,female_pop_15to64,"
    "black_pop_15to64,black_male_pop_15to64,black_female_pop_15to64,latinx_pop_15to64,"
    "latinx_male_pop_15to64,latinx_female_pop_15to64,white_pop_15to64,white_male_pop_15to64,"
    "white_female_pop_15to64,native_pop_15to64,native_male_pop_15to64,"
    "native_female_pop_15to64,aapi_pop_15to64,aapi_male_pop_15to64,aapi_female_pop_15to64,"
    "total_incarceration,total_incarceration_rate,total_jail_pop_rate,male_jail_pop_rate,"
    "female_jail_pop_rate,black_jail_pop_rate,latinx_jail_pop_rate,white_jail_pop_rate,"
    "native_jail_pop_rate,aapi_jail_pop_rate,total_pretrial_custody_rate,"
    "total_sentenced_custody_rate,total_jail_admits_rate,male_jail_admits_rate,"
    "female_jail_admits_rate,total_jail_discharges_rate,male_jail_discharges_rate,"
    "female_jail_discharges_rate,total_prison_pop_rate,male_prison_pop_rate,"
    "female_prison_pop_rate,black_prison_pop_rate,black_male_prison_pop_rate,"
    "black_female_prison_pop_rate,latinx_prison_pop_rate,latinx_male_prison_pop_rate,"
    "latinx_female_prison_pop_rate,white_prison_pop_rate,white_male_prison_pop_rate,"
    "white_female_prison_pop_rate,native_prison_pop_rate,native_male_prison_pop_rate,"
    "native_female_prison_pop_rate,aapi_prison_pop_rate,aapi_male_prison_pop_rate,"
    "aapi_female_prison_pop_rate,total_prison_admits_rate,male_prison_admits_rate,"
    "female_prison_admits_rate,black_prison_admits_rate,black_male_prison_admits_rate,"
    "black_female_prison_admits_rate,latinx_prison_admits_rate,"
    "latinx_male_prison_admits_rate,latinx_female_prison_admits_rate,"
    "white_prison_admits_rate,white_male_prison_admits_rate,white_female_prison_admits_rate,"
    "native_prison_admits_rate,native_male_prison_admits_rate,"
    "native_female_prison_admits_rate,aapi_prison_admits_rate,aapi_male_prison_admits_rate,"
    "aapi_female_prison_admits_rate";

// Writes `counties` counties (spread over the default dataset's states) x `years` years.
bool writeVeraFile(const QString &path, int counties, int years, const QStringList &states) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray metrics(kMetricColumns);
    const QList<QByteArray> names = metrics.split(',');
    f.write(QByteArray(kCountyColumns) + metrics + '\n');
    for (int c = 0; c < counties; ++c) {
        const QByteArray state = states[c % states.size()].toUtf8();
        const QByteArray fips =
            QByteArray::number((c % states.size() + 1) * 1000 + c / states.size())
                .rightJustified(5, '0');
        const QByteArray head = ',' + fips + ",County " + QByteArray::number(c) + ',' + state +
                                ",00,South,Division,urban,1,100,500.5,false,false,";
        for (int y = 0; y < years; ++y) {
            QByteArray line = QByteArray::number(2024 - y) + head;
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (i)
                    line += ',';
                if (names[i].endsWith("_rate"))
                    line += "512.25";
                else if (names[i].contains("pop_15to64"))
                    line += QByteArray::number(20000 + (c * 7 + y) % 5000);
                else if (i % 3 != 2) // a third of the cells empty, as in Vera's files
                    line += QByteArray::number(50 + (c + y + i) % 400);
            }
            f.write(line + '\n');
        }
    }
    return true;
}

// Loads every region of a dataset; returns the milliseconds. A region the model's
// plausibility checks refuse (the generated counties' made-up numbers can be) is resolved
// all the same before it is refused, so it counts in the time; the refusals are reported.
double loadAll(const Dataset &dataset, int &loaded) {
    const auto start = Clock::now();
    loaded = 0;
    int refused = 0;
    QString error, firstRefusal;
    for (const RegionRow &r : dataset.content().regions) {
        if (!dataset.loadRegion(r.code).take(error)) {
            if (refused++ == 0)
                firstRefusal = error;
            continue;
        }
        ++loaded;
    }
    const double ms = msSince(start);
    if (refused > 0)
        std::printf("  (%d regions refused by the plausibility checks, first: %s)\n", refused,
                    qPrintable(firstRefusal));
    return ms;
}

} // namespace

int main() {
    QTemporaryDir dir;
    QString error;
    const auto embedded = Dataset::openEmbedded().take(error);
    if (!embedded)
        return 1;
    QStringList states;
    for (const RegionRow &r : embedded->content().regions)
        if (r.kind == QStringLiteral("state"))
            states << r.code;
    std::printf(light() ? "bench_dataset (light: 200 counties x 10 years, not the figures)\n"
                        : "bench_dataset\n");

    const int kCounties = light() ? 200 : 3143, kYears = light() ? 10 : 50;
    double loadMs[2] = {0, 0};
    int loadedRegions[2] = {0, 0};
    for (int half = 1; half >= 0; --half) {
        const int counties = half ? (kCounties + 1) / 2 : kCounties;
        const QString csv = dir.filePath(QStringLiteral("vera-%1.csv").arg(counties));
        const QString db = dir.filePath(QStringLiteral("counties-%1.sqlite").arg(counties));
        if (!writeVeraFile(csv, counties, kYears, states))
            return 1;
        auto start = Clock::now();
        const ImportResult result = importVera({csv, db});
        const double importMs = msSince(start);
        if (!result.ok()) {
            std::printf("  import failed: %s\n", qPrintable(result.problems.first().text()));
            return 1;
        }
        std::printf("  import Vera-format file, %d counties x %d years (%.0f MB, %d values): "
                    "%.0f ms\n",
                    counties, kYears, double(QFileInfo(csv).size()) / 1e6, result.values, importMs);
        start = Clock::now();
        const auto dataset = Dataset::open(db).take(error);
        if (!dataset) {
            std::printf("  open failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("  open that dataset (%lld values): %.0f ms\n",
                    static_cast<long long>(dataset->content().values.size()), msSince(start));
        loadMs[half] = 1e300;
        for (int run = 0; run < (light() ? 1 : 3); ++run) {
            const double ms = loadAll(*dataset, loadedRegions[half]);
            if (ms < 0)
                return 1;
            loadMs[half] = std::min(loadMs[half], ms);
        }
        std::printf("  load every region (%d regions), as regions/dataset validate do: %.0f ms "
                    "(best of 3)\n",
                    loadedRegions[half], loadMs[half]);
    }
    std::printf("  loading is linear if twice the regions take about twice the time: "
                "%d -> %d regions, %.0f -> %.0f ms, ratio %.2f\n",
                loadedRegions[1], loadedRegions[0], loadMs[1], loadMs[0], loadMs[0] / loadMs[1]);

    double bestOpen = 1e300, bestLoad = 1e300;
    for (int i = 0; i < (light() ? 3 : 20); ++i) {
        auto start = Clock::now();
        const auto dataset = Dataset::openEmbedded().take(error);
        bestOpen = std::min(bestOpen, msSince(start));
        const auto region =
            dataset ? dataset->loadRegion(QStringLiteral("CA")).take(error) : std::nullopt;
        bestLoad = std::min(bestLoad, msSince(start));
        if (!region) {
            std::printf("  failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("  open the default dataset: %.2f ms (best of 20; target under 20 ms)\n", bestOpen);
    std::printf("  open the default dataset and load one region: %.2f ms (best of 20)\n", bestLoad);
    return 0;
}
