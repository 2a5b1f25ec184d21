// SPDX-License-Identifier: GPL-3.0-or-later
// Prints: the time to compute everything an export shows for the US example scenario
// (analysis, tornado, regions; the frontier apart), to draw each chart and write it as a
// slide PNG, an SVG and a PDF, to write the one-page report, and a whole --all export.
#include "charts/chartexport.h"
#include "charts/chartkind.h"
#include "charts/exportbatch.h"
#include "charts/report.h"
#include "data/scenarioopen.h"

#include <QApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace leastbad;
using Clock = std::chrono::steady_clock;

namespace {

// Under ctest (LEASTBAD_BENCH_LIGHT=1, tests/CMakeLists.txt) a smoke test: 200 draws and a
// frontier of 200 x 20, so the debug build's `ctest -L bench` ends in under a minute.
bool light() {
    return qEnvironmentVariable("LEASTBAD_BENCH_LIGHT") == QStringLiteral("1");
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString error;
    const std::optional<data::Dataset> dataset = data::Dataset::openEmbedded().take(error);
    const QString path = QStringLiteral(LEASTBAD_SOURCE_DIR) +
                         QStringLiteral("/data/scenarios/essay-package-vs-status-quo-US.leastbad");
    const std::optional<data::OpenedScenario> opened =
        dataset ? data::openScenario(path, *dataset, false).take(error) : std::nullopt;
    if (!opened) {
        std::printf("cannot open the scenario: %s\n", qPrintable(error));
        return 1;
    }
    auto start = Clock::now();
    analysis::ComputeOptions options;
    options.frontier = true;
    options.frontierSamples = light() ? 200 : 2000;
    options.frontierDraws = light() ? 20 : 100;
    analysis::Session session(analysis::Session::Mode::OneShot);
    data::Scenario scenario = opened->scenario;
    if (light())
        scenario.draws = std::min(scenario.draws, 200);
    const std::optional<analysis::ExportResults> r =
        analysis::computeResults(session, scenario, opened->region, *dataset, options);
    std::printf("compute results (%d draws, tornado, 59 regions, frontier %d x %d): %.0f ms\n",
                scenario.draws, options.frontierSamples, options.frontierDraws, msSince(start));
    QTemporaryDir dir;
    for (charts::ChartKind kind : charts::allCharts()) {
        start = Clock::now();
        const auto chart = charts::drawChart(kind, *r, error);
        const double drawn = msSince(start);
        std::printf("%-10s draw %5.1f ms", qPrintable(charts::chartKey(kind)), drawn);
        for (charts::ImageFormat format :
             {charts::ImageFormat::Png, charts::ImageFormat::Svg, charts::ImageFormat::Pdf}) {
            start = Clock::now();
            charts::writeChart(
                *chart, dir.filePath(QStringLiteral("chart.") + charts::imageFormatKey(format)),
                {format, {{1920, 1080}, std::nullopt}, 1, {}, {}});
            std::printf(", %s %6.1f ms", qPrintable(charts::imageFormatKey(format)),
                        msSince(start));
        }
        std::printf("\n");
    }
    start = Clock::now();
    charts::writeReportPdf(dir.filePath(QStringLiteral("report.pdf")), *r);
    std::printf("report PDF: %.0f ms\n", msSince(start));
    start = Clock::now();
    const charts::BatchReport all = charts::exportAll(*r, dir.path(), {});
    std::printf("--all (%lld files, results already computed): %.0f ms\n",
                static_cast<long long>(all.written.size()), msSince(start));
    return all.error.isEmpty() ? 0 : 1;
}
