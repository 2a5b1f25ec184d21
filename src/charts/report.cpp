// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/report.h"
#include "charts/translate.h"

#include "analysis/numbertext.h"
#include "charts/analysischarts.h"
#include "charts/chartkind.h"
#include "charts/palette.h"
#include "data/atomicfile.h"

#include <QDate>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <qcustomplot.h>

#include <leastbad/version.h>

namespace leastbad::charts {

namespace {

constexpr double kMargin = 40;
constexpr double kGap = 10;

// Smaller text than an exported chart: four charts share a page, read at arm's length.
ChartFonts reportFonts() {
    return {
        .title = 9.5, .subtitle = 7, .axisLabel = 7, .tickLabel = 6.5, .legend = 6.5, .footer = 6};
}

// A block of HTML laid out to a width, measured before it is drawn.
struct TextBlock {
    std::unique_ptr<QTextDocument> doc;
    double height() const { return doc->size().height(); }
};

TextBlock layOut(const QString &html, double width, double points) {
    TextBlock block{std::make_unique<QTextDocument>()};
    QFont font;
    font.setPointSizeF(points);
    block.doc->setDefaultFont(font);
    block.doc->setDocumentMargin(0);
    block.doc->setHtml(html);
    block.doc->setTextWidth(width);
    return block;
}

// Draws a block at (x, y); returns the height used.
double draw(QPainter &painter, const TextBlock &block, double x, double y) {
    painter.save();
    painter.translate(x, y);
    block.doc->drawContents(&painter);
    painter.restore();
    return block.height();
}

QString cell(const core::Quantiles &q, QString (*format)(double)) {
    return QStringLiteral("<b>%1</b> <span style='color:#555'>(%2 to %3)</span>")
        .arg(format(q.mean).toHtmlEscaped(), format(q.p5).toHtmlEscaped(),
             format(q.p95).toHtmlEscaped());
}

} // namespace

QString reportHeadlineHtml(const analysis::ExportResults &r) {
    const core::AnalysisSnapshot &s = *r.snapshot;
    const QStringList &names = r.context.policyNames;
    QString html =
        QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2' "
                       "style='border-collapse:collapse'><tr><th align='left'>%1</th>")
            .arg(tr("Against the status quo, over %n year(s)", nullptr, r.context.horizonYears));
    for (std::size_t p = 1; p < s.verdicts.size(); ++p)
        html += QStringLiteral("<th align='left' style='color:%1'>%2</th>")
                    .arg(policyColor(int(p) - 1).name(), names.value(int(p)).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const auto row = [&](const QString &label, auto value) {
        html += QStringLiteral("<tr><td>%1</td>").arg(label.toHtmlEscaped());
        for (std::size_t p = 1; p < s.verdicts.size(); ++p)
            html += QStringLiteral("<td>%1</td>").arg(value(p));
        html += QStringLiteral("</tr>");
    };
    row(tr("Victimisations averted"),
        [&](std::size_t p) { return cell(s.victimizationsAverted[p], analysis::number); });
    row(tr("Change in wellbeing-years lost"),
        [&](std::size_t p) { return cell(s.wellbeingYearsChange[p], analysis::number); });
    row(tr("Change in life-years lost (prison − homicide)"),
        [&](std::size_t p) { return cell(s.lifeYearsNetChange[p], analysis::number); });
    row(tr("Change in taxpayers' cost (discounted)"),
        [&](std::size_t p) { return cell(s.taxpayerCostChange[p], analysis::money); });
    row(tr("Net social value (the weights below)"),
        [&](std::size_t p) { return cell(s.verdicts[p].netValue, analysis::money); });
    row(tr("P(net benefit > 0)"), [&](std::size_t p) {
        return QStringLiteral("<b>%1</b>")
            .arg(analysis::percent(s.verdicts[p].probabilityPositive));
    });
    html += QStringLiteral("</table>");
    if (s.verdicts.size() >= 3)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("On net social value, %1 beats %2 in %3 of %4 draws (ties: %5). "
                            "Mean and 90% interval in brackets.")
                             .arg(names.value(1).toHtmlEscaped(), names.value(2).toHtmlEscaped(),
                                  analysis::percent(s.aVersusB.firstBetter),
                                  QLocale().toString(s.draws), analysis::percent(s.aVersusB.tie)));
    return html;
}

QString reportAssumptionsHtml(const analysis::ExportResults &r) {
    const core::MoralWeights &w = r.scenario.weights;
    const QLocale locale;
    const QStringList borrowed = analysis::borrowedInputs(r.region);
    const std::pair<QString, QString> rows[] = {
        {tr("Region"), tr("%1, data year %2")
                           .arg(QString::fromStdString(r.region.baseline.name))
                           .arg(r.region.baseline.dataYear)},
        {tr("Value of a wellbeing-year"),
         QStringLiteral("$") + locale.toString(w.dollarsPerWellbeingYear, 'f', 0)},
        {tr("Value of a life-year"),
         QStringLiteral("$") + locale.toString(w.dollarsPerLifeYear, 'f', 0)},
        {tr("Moral weights"),
         tr("incarcerated people %1, victims %2, families %3")
             .arg(locale.toString(w.weightIncarcerated), locale.toString(w.weightVictims),
                  locale.toString(w.weightFamilies))},
        {tr("Horizon and discount rate"),
         tr("%1 years, %2% a year").arg(w.horizonYears).arg(locale.toString(100 * w.discountRate))},
        {tr("Monte Carlo"),
         tr("%1 draws, seed %2").arg(locale.toString(r.scenario.draws)).arg(r.scenario.seed)},
        {tr("Borrowed inputs (flagged)"),
         borrowed.isEmpty() ? tr("none: every input is the region's own or derived from it")
                            : tr("%1 of %2: %3")
                                  .arg(borrowed.size())
                                  .arg(r.region.provenance.size())
                                  .arg(analysis::shortList(borrowed))},
    };
    QString html =
        QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='1'>").arg(tr("Assumptions"));
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td width='180'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString reportSourcesHtml(const analysis::ExportResults &r) {
    return QStringLiteral("<b>%1</b><br>%2 %3<br>%4 %5<br>%6")
        .arg(tr("Sources"), tr("Data:"),
             analysis::dataSources(r.region).join(QStringLiteral("; ")).toHtmlEscaped(),
             tr("Evidence:"),
             analysis::evidenceSources().join(QStringLiteral("; ")).toHtmlEscaped(),
             tr("Every parameter, its distribution and full citation: docs/MODEL.md; every "
                "dataset value and its source: docs/DATASETS.md. Made with LeastBad %1 on %2.")
                 .arg(QString::fromLatin1(kVersion),
                      QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                 .toHtmlEscaped());
}

void paintReport(QCPPainter &painter, const analysis::ExportResults &r) {
    const double width = kReportPage.width() - 2 * kMargin;
    const QStringList &names = r.context.policyNames;
    QStringList compared;
    for (int p = 1; p < names.size(); ++p)
        compared << names[p];
    const TextBlock header = layOut(
        QStringLiteral("<span style='font-size:15pt; font-weight:bold'>%1</span><br>%2")
            .arg(
                tr("%1 against the status quo in %2")
                    .arg(compared.join(tr(" and ")), QString::fromStdString(r.region.baseline.name))
                    .toHtmlEscaped(),
                tr("A LeastBad report. Every number is the mean over the Monte Carlo draws, "
                   "with its 90% interval; money in 2024 US dollars.")),
        width, 8);
    const TextBlock headline = layOut(reportHeadlineHtml(r), width, 7.5);
    const TextBlock assumptions = layOut(reportAssumptionsHtml(r), width, 7);
    const TextBlock sources = layOut(reportSourcesHtml(r), width, 6);
    // The charts take what the text leaves, within limits that keep them legible.
    const double text = header.height() + headline.height() + assumptions.height() +
                        sources.height() + 5 * kGap + 2 * kMargin;
    const double chartHeight = std::clamp((kReportPage.height() - text - kGap) / 2, 220.0, 340.0);

    double y = kMargin;
    y += draw(painter, header, kMargin, y) + kGap;
    y += draw(painter, headline, kMargin, y) + kGap;
    // Four charts in a 2 × 2 grid, without their footers: the page has one of its own.
    analysis::ExportResults forPage = r;
    forPage.context.footer.clear();
    const double chartWidth = (width - kGap) / 2;
    const ChartKind kinds[] = {ChartKind::OverTime, ChartKind::Ledgers, ChartKind::NetValue,
                               ChartKind::Tornado};
    for (int i = 0; i < 4; ++i) {
        QString error;
        const std::unique_ptr<ChartWidget> chart =
            drawChart(kinds[i], forPage, error, reportFonts());
        if (!chart)
            continue;
        chart->setSubtitleShown(false); // the table above gives the numbers
        if (auto *tornado = dynamic_cast<TornadoChart *>(chart.get())) {
            tornado->setBarLimit(8);
            tornado->showSnapshot(*forPage.snapshot, forPage.context);
            tornado->plot()->xAxis->ticker()->setTickCount(4); // room for each tick label
        }
        chart->wrapTextTo(int(chartWidth));
        painter.save();
        painter.translate(kMargin + (i % 2) * (chartWidth + kGap),
                          y + (i / 2) * (chartHeight + kGap));
        chart->plot()->toPainter(&painter, int(chartWidth), int(chartHeight));
        painter.restore();
    }
    y += 2 * chartHeight + 2 * kGap;
    y += draw(painter, assumptions, kMargin, y) + kGap;
    draw(painter, sources, kMargin, y);
}

QString writeReportPdf(const QString &path, const analysis::ExportResults &r) {
    if (!r.snapshot)
        return tr("%1: no analysis to report").arg(path);
    return data::cannotWrite(
        path, data::writeFileAtomically(path, [&r](QIODevice &device) {
            QPdfWriter pdf(&device);
            pdf.setResolution(96);
            pdf.setCreator(QStringLiteral("LeastBad %1").arg(QString::fromLatin1(kVersion)));
            pdf.setTitle(tr("LeastBad report"));
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(0, 0, 0, 0)));
            QCPPainter painter;
            if (!painter.begin(&pdf))
                return tr("cannot draw the PDF");
            painter.setMode(QCPPainter::pmVectorized);
            paintReport(painter, r);
            return painter.end() ? QString() : tr("cannot draw the PDF");
        }));
}

} // namespace leastbad::charts
