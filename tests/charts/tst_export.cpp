// SPDX-License-Identifier: GPL-3.0-or-later
// Exported charts, report and data: sizes, content, well-formedness, round trips, and
// what a bad target does (a clear message and no file left behind).
#include "analysis/chartseries.h"
#include "analysis/coretexts.h"
#include "analysis/numbertext.h"
#include "charts/chartdata.h"
#include "charts/chartexport.h"
#include "charts/chartkind.h"
#include "charts/exportbatch.h"
#include "charts/report.h"
#include "core/sensitivity.h"
#include "data/defaultregion.h"
#include "data/scenarioopen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include <QXmlStreamReader>
#include <qcustomplot.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>

using namespace leastbad;

namespace {

QString scenarioPath() {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
           QStringLiteral("/data/scenarios/essay-package-vs-status-quo-US.leastbad");
}

// Share of pixels that are not white: a blank image has none.
double inkShare(const QImage &image) {
    qsizetype ink = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2)
        for (int x = 0; x < rgb.width(); x += 2)
            ink += rgb.pixel(x, y) != qRgb(255, 255, 255);
    return double(ink) / (double(rgb.width() / 2) * double(rgb.height() / 2));
}

QString pdfText(const QString &path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    // NFKC turns the ligatures a PDF may use ("ﬁ") back into letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// Parses CSV the simple way our files are written: quoted text may hold commas.
QList<QStringList> readCsv(const QByteArray &bytes) {
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        QStringList cells;
        QString cell;
        bool quoted = false;
        const QString text = QString::fromUtf8(line);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                    cell += c, ++i;
                else
                    quoted = !quoted;
            } else if (c == QLatin1Char(',') && !quoted) {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell;
        rows << cells;
    }
    return rows;
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

    std::optional<data::Dataset> m_dataset;
    std::optional<analysis::ExportResults> m_results;

private slots:
    void initTestCase() {
        QString error;
        m_dataset = data::Dataset::openEmbedded().take(error);
        QVERIFY2(m_dataset, qPrintable(error));
        std::optional<data::OpenedScenario> opened =
            data::openScenario(scenarioPath(), *m_dataset, false).take(error);
        QVERIFY2(opened, qPrintable(error));
        opened->scenario.draws = 300; // enough for every chart, quick under the sanitizers
        analysis::ComputeOptions options;
        options.frontier = true;
        options.frontierSamples = 300;
        options.frontierDraws = 40;
        options.rawDraws = true; // jsonCanCarryEveryDraw writes them
        analysis::Session session(analysis::Session::Mode::OneShot);
        m_results = analysis::computeResults(session, opened->scenario, opened->region, *m_dataset,
                                             options);
        QVERIFY(m_results);
        QVERIFY(m_results->snapshot && m_results->snapshot->tornado);
        QVERIFY(m_results->regions && m_results->frontier);
    }

    // Issue 18: the tornado and the regions of an export describe the policy asked for (the
    // app passes the one selected in its list; the command line the first), and their
    // titles name it.
    void theTornadoAndRegionsDescribeThePolicyAskedFor() {
        QString error;
        std::optional<data::OpenedScenario> opened =
            data::openScenario(scenarioPath(), *m_dataset, false).take(error);
        QVERIFY2(opened, qPrintable(error));
        opened->scenario.draws = 300;
        QCOMPARE(opened->scenario.policies.size(), 2);
        core::Policy second = core::statusQuoPolicy(opened->region.baseline);
        second.releaseCashUsd = 5000; // unlike the first, the essay's whole package
        opened->scenario.policies[1].policy = second;
        const QString first = opened->scenario.policies[0].name;
        const QString name = opened->scenario.policies[1].name;
        analysis::ComputeOptions options;
        options.analysis = false;
        options.policy = 1;
        analysis::Session session(analysis::Session::Mode::OneShot);
        const std::optional<analysis::ExportResults> r = analysis::computeResults(
            session, opened->scenario, opened->region, *m_dataset, options);
        QVERIFY(r && r->snapshot && r->snapshot->tornado && r->regions);
        QCOMPARE(r->snapshot->tornadoPolicy, 2);
        QCOMPARE(r->context.describedPolicy, 2);
        QCOMPARE(r->snapshot->tornado->central,
                 core::tornado(opened->region.baseline, second, opened->scenario.weights).central);
        QVERIFY(r->snapshot->tornado->central != m_results->snapshot->tornado->central);
        QCOMPARE(r->regions->ranking.size(), m_results->regions->ranking.size());
        QVERIFY(r->regions->ranking.front().netValuePerResident !=
                m_results->regions->ranking.front().netValuePerResident);
        for (charts::ChartKind kind : {charts::ChartKind::Tornado, charts::ChartKind::Regions}) {
            const auto chart = charts::drawChart(kind, *r, error);
            QVERIFY2(chart, qPrintable(error));
            QVERIFY2(chart->title().contains(name) && !chart->title().contains(first),
                     qPrintable(chart->title()));
            // The default (the command line's) is the first policy.
            const auto ofFirst = charts::drawChart(kind, *m_results, error);
            QVERIFY2(ofFirst, qPrintable(error));
            QVERIFY2(ofFirst->title().contains(first), qPrintable(ofFirst->title()));
        }
        QCOMPARE(m_results->snapshot->tornadoPolicy, 1);
    }

    // Every chart at every preset and scale: the requested size, not blank, and the plot
    // keeps most of the image (the text around it never crowds it out).
    void pngHasTheRequestedSizeAtEveryPreset_data() {
        QTest::addColumn<int>("chart");
        QTest::addColumn<QString>("preset");
        for (charts::ChartKind kind : charts::allCharts())
            for (const charts::SizePreset &preset : charts::sizePresets())
                QTest::addRow("%s-%s", qPrintable(charts::chartKey(kind)), qPrintable(preset.key))
                    << int(kind) << preset.key;
    }
    void pngHasTheRequestedSizeAtEveryPreset() {
        QFETCH(int, chart);
        QFETCH(QString, preset);
        QString error;
        const auto widget = charts::drawChart(charts::ChartKind(chart), *m_results, error);
        QVERIFY2(widget, qPrintable(error));
        const std::optional<charts::ImageSize> size = charts::parseImageSize(preset, error);
        QVERIFY(size);
        QTemporaryDir dir;
        for (int scale : {1, 2, 3}) {
            if (scale > 1 && preset != QStringLiteral("social"))
                continue; // 2× and 3× once: they only multiply the pixels
            const QString path = dir.filePath(QStringLiteral("chart.png"));
            QCOMPARE(
                charts::writeChart(*widget, path, {charts::ImageFormat::Png, *size, scale, {}, {}}),
                QString());
            const QImage image(path);
            QCOMPARE(image.size(), size->pixels * scale);
            QVERIFY2(inkShare(image) > 0.01, "the image is blank");
        }
        const QSize logical = charts::layoutSize(size->pixels);
        // The plot area: every panel of a chart with several (the frontier's matrix).
        QRect area;
        for (const QCPAxisRect *rect : widget->plot()->axisRects())
            area |= rect->rect();
        QVERIFY2(
            area.height() > 0.28 * logical.height(),
            qPrintable(
                QStringLiteral("plot height %1 of %2").arg(area.height()).arg(logical.height())));
        QVERIFY(area.width() > 0.5 * logical.width());
    }

    void customSizesAreCheckedAndKept() {
        QString error;
        QCOMPARE(charts::parseImageSize(QStringLiteral("800x600"), error)->pixels, QSize(800, 600));
        QVERIFY(!charts::parseImageSize(QStringLiteral("10x10"), error));
        QVERIFY(error.contains(QStringLiteral("200")));
        QVERIFY(!charts::parseImageSize(QStringLiteral("huge"), error));
        QVERIFY(error.contains(QStringLiteral("slide")));
    }

    void pdfCarriesTitleAssumptionsAndSources() {
        QTemporaryDir dir;
        QString error;
        const auto widget = charts::drawChart(charts::ChartKind::Ledgers, *m_results, error);
        const QString path = dir.filePath(QStringLiteral("ledgers.pdf"));
        QCOMPARE(charts::writeChart(*widget, path,
                                    {charts::ImageFormat::Pdf,
                                     *charts::parseImageSize(QStringLiteral("a4"), error),
                                     1,
                                     QStringLiteral("A title of my own"),
                                     {}}),
                 QString());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("A title of my own")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("per wellbeing-year")));
        QVERIFY(text.contains(QStringLiteral("discount rate 3%")));
        QVERIFY(text.contains(QStringLiteral("300 draws, seed 1")));
        QVERIFY(text.contains(QStringLiteral("McCollister, French & Fang 2010")));
        QVERIFY(text.contains(QStringLiteral("Carson, E. Ann and Kluckow, Rich (2023)")));
        QVERIFY(text.contains(QStringLiteral("LeastBad 0.")));
    }

    void reportHasHeadlineChartsAssumptionsAndSources() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(charts::writeReportPdf(path, *m_results), QString());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("against the status quo in United States")));
        QVERIFY(text.contains(QStringLiteral("P(net benefit > 0)")));
        QVERIFY(text.contains(QStringLiteral("Who gains, who pays")));
        QVERIFY(text.contains(QStringLiteral("What drives the net value")));
        QVERIFY(text.contains(QStringLiteral("Assumptions")));
        QVERIFY(text.contains(QStringLiteral("Value of a life-year")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
        QVERIFY(text.contains(QStringLiteral("Chalfin & McCrary 2018")));
        // One page.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }

    void svgIsWellFormedWithTextElements() {
        QTemporaryDir dir;
        QString error;
        const auto widget = charts::drawChart(charts::ChartKind::OverTime, *m_results, error);
        const QString path = dir.filePath(QStringLiteral("over-time.svg"));
        QCOMPARE(charts::writeChart(*widget, path,
                                    {charts::ImageFormat::Svg,
                                     *charts::parseImageSize(QStringLiteral("slide"), error),
                                     1,
                                     {},
                                     {}}),
                 QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int texts = 0;
        QString allText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QStringLiteral("text")) {
                ++texts;
                allText +=
                    xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 20);
        QVERIFY(allText.contains(QStringLiteral("Years from")));
        QVERIFY(allText.contains(widget->title()));
    }

    // The CSV holds the numbers the chart draws, exactly.
    void chartCsvRoundTripsTheNumbers() {
        QString error;
        const QList<QStringList> rows =
            readCsv(charts::chartCsv(charts::ChartKind::OverTime, *m_results, error));
        QVERIFY(error.isEmpty());
        const core::AnalysisSnapshot &s = *m_results->snapshot;
        QCOMPARE(rows.front(), QStringList({QStringLiteral("output"), QStringLiteral("unit"),
                                            QStringLiteral("policy"), QStringLiteral("year"),
                                            QStringLiteral("mean"), QStringLiteral("p5"),
                                            QStringLiteral("p25"), QStringLiteral("p50"),
                                            QStringLiteral("p75"), QStringLiteral("p95")}));
        const int years = int(s.yearly[0].size());
        // The region's observed history, where it has one, follows the policies' rows.
        QVERIFY(rows.size() >= 1 + int(s.yearly.size()) * (years + 1));
        for (std::size_t p = 0; p < s.yearly.size(); ++p)
            for (int y = 1; y <= years; ++y) {
                const QStringList &row = rows[1 + int(p) * (years + 1) + y];
                QCOMPARE(row[2], m_results->context.policyNames[int(p)]);
                QCOMPARE(row[3].toInt(), y);
                const core::Quantiles &q = s.yearly[p][std::size_t(y - 1)];
                QCOMPARE(row[4].toDouble(), q.mean);
                QCOMPARE(row[5].toDouble(), q.p5);
                QCOMPARE(row[9].toDouble(), q.p95);
            }
        const QList<QStringList> ledgers =
            readCsv(charts::chartCsv(charts::ChartKind::Ledgers, *m_results, error));
        QCOMPARE(ledgers[4][1], QStringLiteral("total"));
        QCOMPARE(ledgers[4][2].toDouble(), s.verdicts[1].netValue.mean);
        QCOMPARE(ledgers[4][8].toDouble(), s.verdicts[1].probabilityPositive);
        for (charts::ChartKind kind : charts::allCharts()) {
            const QList<QStringList> csv = readCsv(charts::chartCsv(kind, *m_results, error));
            QVERIFY2(csv.size() > 1, qPrintable(charts::chartKey(kind)));
            for (const QStringList &row : csv)
                QCOMPARE(row.size(), csv.front().size());
        }
    }

    void yearlyResultsHavePercentileColumns() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("yearly.csv"));
        QCOMPARE(charts::writeResults(*m_results, path, QStringLiteral("yearly"), false),
                 QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(
            rows.front().mid(4, 6),
            QStringList({QStringLiteral("mean"), QStringLiteral("p5"), QStringLiteral("p25"),
                         QStringLiteral("p50"), QStringLiteral("p75"), QStringLiteral("p95")}));
        // Each summary's Monte Carlo standard errors follow it (issue 17).
        QCOMPARE(rows.front().value(10), QStringLiteral("mean_standard_error"));
        QCOMPARE(rows.front().size(), 16);
        const std::vector<core::Quantiles> prison = core::yearlySummary(
            m_results->analysis->run.policies[1], core::Output::PrisonPopulation);
        int checked = 0;
        for (const QStringList &row : rows)
            if (row[0] == m_results->context.policyNames[1] &&
                row[2] == QStringLiteral("prison_population")) {
                QCOMPARE(row[4].toDouble(), prison[std::size_t(row[1].toInt() - 1)].mean);
                QCOMPARE(row[9].toDouble(), prison[std::size_t(row[1].toInt() - 1)].p95);
                QVERIFY(row[10].toDouble() >= 0);
                ++checked;
            }
        QCOMPARE(checked, int(prison.size()));
    }

    void jsonCanCarryEveryDraw() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.json"));
        QCOMPARE(charts::writeResults(*m_results, path, QStringLiteral("json"), true), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[QStringLiteral("raw_draws")][QStringLiteral("parameters")].toArray().size(),
                 300);
        QCOMPARE(root[QStringLiteral("yearly")].toArray().size(), 3);
        QCOMPARE(root[QStringLiteral("policies")][0][QStringLiteral("net_value_usd")]
                     [QStringLiteral("mean")]
                         .toDouble(),
                 m_results->snapshot->verdicts[1].netValue.mean);
    }

    void batchWritesEveryChartTheReportAndTheResults() {
        QTemporaryDir dir;
        const charts::BatchReport report = charts::exportAll(*m_results, dir.path(), {});
        QCOMPARE(report.error, QString());
        QCOMPARE(report.written.size(), 6 * 4 + 4);
        QVERIFY(report.skipped.isEmpty());
        for (const QString &name : report.written)
            QVERIFY2(QFileInfo(dir.filePath(name)).size() > 0, qPrintable(name));
        // Nothing but the files: the staging folder is gone.
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                     .size(),
                 report.written.size());
    }

    // Issue 19, findings 3 and 8: a staging folder a killed export left behind is removed
    // by the next export into the folder, and no file of the set is written through a link.
    void aBatchRemovesStaleStagingAndRefusesLinks() {
        QTemporaryDir dir;
        const pid_t child = fork();
        if (child == 0)
            _exit(0);
        int status = 0;
        waitpid(child, &status, 0); // `child` is now a process id nobody runs
        const QString stale = dir.filePath(QStringLiteral(".leastbad-export-%1-AbCdEf").arg(child));
        QVERIFY(QDir().mkpath(stale));
        QFile leftover(stale + QStringLiteral("/over-time.png"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write(QByteArray(1000, 'x'));
        leftover.close();
        charts::BatchOptions csvOnly;
        csvOnly.formats = {QStringLiteral("csv")};
        csvOnly.report = false;
        const charts::BatchReport report = charts::exportAll(*m_results, dir.path(), csvOnly);
        QCOMPARE(report.error, QString());
        QVERIFY(!QFileInfo::exists(stale));

        const QString victim = dir.filePath(QStringLiteral("victim"));
        QFile v(victim);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("precious");
        v.close();
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("results.json"))));
        QVERIFY(QFile::link(victim, dir.filePath(QStringLiteral("results.json"))));
        const QByteArray before = [&] {
            QFile f(dir.filePath(QStringLiteral("over-time.csv")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const charts::BatchReport linked = charts::exportAll(*m_results, dir.path(), csvOnly);
        QVERIFY2(linked.error.contains(QStringLiteral("symbolic link")), qPrintable(linked.error));
        QFile again(victim);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("precious"));
        QFile overTime(dir.filePath(QStringLiteral("over-time.csv")));
        QVERIFY(overTime.open(QIODevice::ReadOnly));
        QCOMPARE(overTime.readAll(), before); // none of the set was replaced
    }

    void badTargetsSayWhyAndLeaveNothing() {
        QString error;
        const auto widget = charts::drawChart(charts::ChartKind::NetValue, *m_results, error);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
        error = charts::writeChart(*widget, missing, {});
        QVERIFY(error.contains(missing));
        QVERIFY(!QFileInfo::exists(missing));
        // sysfs refuses new files even to root, so this is unwritable wherever the tests run.
        const QString unwritable = QStringLiteral("/sys/leastbad-test.pdf");
        error = charts::writeReportPdf(unwritable, *m_results);
        QVERIFY2(error.contains(unwritable), qPrintable(error));
        QVERIFY(!QFileInfo::exists(unwritable));
        const charts::BatchReport batch =
            charts::exportAll(*m_results, dir.filePath(QStringLiteral("missing")), {});
        QVERIFY(batch.error.contains(QStringLiteral("missing")));
        QVERIFY(batch.written.isEmpty());
        // An old file survives a failed export over it.
        const QString old = dir.filePath(QStringLiteral("keep.png"));
        QFile keep(old);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("old");
        keep.close();
        charts::ImageOptions bad;
        bad.scale = 7;
        QVERIFY(!charts::writeChart(*widget, old, bad).isEmpty());
        QFile reread(old);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), QByteArray("old"));
    }

    void missingDataIsNamed() {
        analysis::ExportResults empty = *m_results;
        empty.frontier.reset();
        QString error;
        QVERIFY(!charts::drawChart(charts::ChartKind::Frontier, empty, error));
        QVERIFY(error.contains(QStringLiteral("frontier")));
        const charts::BatchReport report = [&] {
            QTemporaryDir dir;
            return charts::exportAll(empty, dir.path(), {});
        }();
        QCOMPARE(report.error, QString());
        QCOMPARE(report.skipped.size(), 1);
    }

    // Figures rounded to what their Monte Carlo error allows, and never "-0".
    void numbersAreRoundedToTheirStandardError() {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(analysis::roundingStep(0.37), 0.1);
        QCOMPARE(analysis::roundingStep(0.15), 0.01); // a leading 1 or 2 keeps two digits
        QCOMPARE(analysis::roundingStep(2.9e9), 1e8);
        QCOMPARE(analysis::roundingStep(4e9), 1e9);
        QCOMPARE(analysis::roundingStep(0), 0.0);
        QCOMPARE(analysis::roundingStep(std::nan("")), 0.0);
        QCOMPARE(analysis::roundToStep(15.93e9, 1e9), 16e9);
        QVERIFY(!std::signbit(analysis::roundToStep(-0.3, 1))); // −0 becomes 0
        QCOMPARE(analysis::numberTo(15.93e9, analysis::roundingStep(0.37e9)),
                 QStringLiteral("15.9 bn"));
        QCOMPARE(analysis::numberTo(15.93e9, analysis::roundingStep(4e9)), QStringLiteral("16 bn"));
        QCOMPARE(analysis::moneyTo(-1.994e12, 1e10), QStringLiteral("−$1.99 tn"));
        QCOMPARE(analysis::moneyTo(-0.2, 1), QStringLiteral("$0"));
        QCOMPARE(analysis::numberTo(5488984.4, 1), QStringLiteral("5.488984 M"));
        QCOMPARE(analysis::numberTo(54321, 100), QStringLiteral("54,300"));
        QCOMPARE(analysis::percentTo(0.4712, analysis::roundingStep(0.0158)),
                 QStringLiteral("47.1%"));
        QCOMPARE(analysis::number(-0.3), QStringLiteral("0"));
        QCOMPARE(analysis::money(-0.3), QStringLiteral("$0"));
        QCOMPARE(analysis::count(5488984), QStringLiteral("5,488,984"));
        QVERIFY(analysis::indistinguishableFromZero(15.9e9, 9e9));
        QVERIFY(!analysis::indistinguishableFromZero(15.9e9, 4e9));
        QVERIFY(!analysis::indistinguishableFromZero(0, 0)); // no error: nothing to say
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(analysis::count(5488984), QStringLiteral("5.488.984"));
        QLocale::setDefault(QLocale::c());
    }

    // Draws beyond the histogram's range are counted apart, not piled into the end bins.
    void histogramTailsAreNotPiledIntoTheLastBin() {
        std::vector<double> values(90, 5.0);
        values.insert(values.end(), 6, 100.0); // far above the range
        values.insert(values.end(), 4, -50.0); // below it
        const analysis::Histogram h = analysis::histogram(values, 0, 10, 10);
        QCOMPARE(h.shares.size(), 10);
        QCOMPARE(h.shares.back(), 0.0);
        QCOMPARE(h.shares.front(), 0.0);
        QCOMPARE(h.shares[5], 0.9);
        QCOMPARE(h.aboveShare, 0.06);
        QCOMPARE(h.belowShare, 0.04);
    }

    // Code names do not reach readers: every input of the default dataset has words, the
    // evidence kinds are said plainly, and a parameter's leading symbol is left out.
    void inputsParametersAndEvidenceAreInWords() {
        QCOMPARE(analysis::inputLabel("repeat_share_of_prisoners"),
                 QStringLiteral("Share of prisoners with a prior prison term"));
        QVERIFY(m_dataset);
        for (const data::ValueRow &v : m_dataset->content().values) {
            const QString label = analysis::inputLabel(v.metric.toStdString());
            QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(v.metric));
        }
        for (const char *code : {"seen", "seen-secondary", "judged", "derived", "assumption",
                                 "recalled (unverified)"}) {
            const QString words = analysis::evidenceKind(code);
            QVERIFY2(words.contains(QLatin1Char(' ')) && !words.contains(QLatin1Char('-')), code);
        }
        const core::ParameterSpec *beta =
            core::findParameter("incapacitation_diminishing_exponent");
        QVERIFY(beta);
        QVERIFY(analysis::parameterLabel(*beta).startsWith(QStringLiteral("The marginal")));
        const core::ParameterSpec *lambda = core::findParameter("incapacitation_at_reference_rate");
        QVERIFY(!analysis::parameterLabel(*lambda).contains(QStringLiteral("lambda_ref")));
    }

    void shortCitationsKeepAuthorAndYear() {
        QCOMPARE(
            analysis::shortCitation(QStringLiteral(
                "Carson, E. Ann and Kluckow, Rich (2023). Prisoners in 2022 – Statistical Tables")),
            QStringLiteral("Carson, E. Ann and Kluckow, Rich (2023)"));
        QCOMPARE(analysis::authorYearCitations(QStringLiteral(
                     "Dobbie, Goldin & Yang 2018; Leslie & Pope 2017, The unintended impact")),
                 QStringList({QStringLiteral("Dobbie, Goldin & Yang 2018"),
                              QStringLiteral("Leslie & Pope 2017")}));
        QCOMPARE(analysis::authorYearCitations(QStringLiteral(
                     "McCollister, French & Fang 2010 unit costs weighted by FBI Crime in the "
                     "United States 2019 counts")),
                 QStringList({QStringLiteral("McCollister, French & Fang 2010")}));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
