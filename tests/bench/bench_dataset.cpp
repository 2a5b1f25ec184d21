// SPDX-License-Identifier: GPL-3.0-or-later
// Prints: the time to import a generated 3,200-region x 30-metric CSV (about 100,000
// rows) into a new dataset file, and to open the embedded default dataset and load one
// region's baseline.
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/metrics.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace leastbad::data;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main() {
    QTemporaryDir dir;
    QFile regions(dir.filePath(QStringLiteral("regions.csv")));
    QFile sources(dir.filePath(QStringLiteral("sources.csv")));
    QFile values(dir.filePath(QStringLiteral("values.csv")));
    if (!regions.open(QIODevice::WriteOnly) || !sources.open(QIODevice::WriteOnly) ||
        !values.open(QIODevice::WriteOnly))
        return 1;
    sources.write("id,citation,address,date_read,licence,kind\nB,generated benchmark "
                  "data,,2026-01-01,none,assumption\n");
    regions.write("code,name,kind,parent\nUS,Country,country,\n");
    values.write("region_code,metric,value,unit,year,source,note\n");
    int rows = 0;
    for (int r = 0; r <= 3200; ++r) {
        const QByteArray code = r == 0 ? QByteArray("US") : "C" + QByteArray::number(r);
        if (r > 0)
            regions.write(code + ",County " + QByteArray::number(r) + ",county,US\n");
        int metrics = 0;
        for (const MetricDefinition &m : metricDefinitions()) {
            if (++metrics > 30)
                break;
            const double value = m.min + (m.max > 1e6 ? 1000.0 : (m.max - m.min) / 2);
            values.write(code + ',' + QByteArray(m.key.data(), qsizetype(m.key.size())) + ',' +
                         QByteArray::number(value, 'g', 10) + ",\"" +
                         QByteArray(m.unit.data(), qsizetype(m.unit.size())) + "\",2020,B,\n");
            ++rows;
        }
    }
    regions.close();
    sources.close();
    values.close();

    auto start = Clock::now();
    const ImportResult result = importCsv(
        requestForFolderOf(values.fileName(), dir.filePath(QStringLiteral("bench.sqlite"))));
    const double importMs = msSince(start);
    std::printf("bench_dataset\n  import %d rows (3,201 regions x 30 metrics): %.0f ms (%s)\n",
                rows, importMs, result.ok() ? "ok" : qPrintable(result.problems.first().text()));

    double best = 1e300;
    for (int i = 0; i < 20; ++i) {
        start = Clock::now();
        QString error;
        const auto dataset = Dataset::openEmbedded(error);
        const auto region =
            dataset ? dataset->loadRegion(QStringLiteral("CA"), error) : std::nullopt;
        best = std::min(best, msSince(start));
        if (!region) {
            std::printf("  failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("  open the default dataset and load one region: %.2f ms (best of 20)\n", best);
    return 0;
}
