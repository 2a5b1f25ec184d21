// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartdata.h"

#include "analysis/chartseries.h"
#include "charts/translate.h"
#include "core/outputs.h"
#include "core/parameterdraws.h"
#include "core/parameters.h"
#include "data/safetext.h"
#include "data/sweepformat.h"

namespace leastbad::charts {

namespace {

QByteArray text(const QString &value) {
    return data::csvTextCell(value); // a policy named "=HYPERLINK(...)" stays text
}

QByteArray text(std::string_view value) {
    return text(QString::fromUtf8(value.data(), qsizetype(value.size())));
}

QByteArray num(double value) {
    return QByteArray::number(value, 'g', 17);
}

QByteArray quantiles(const core::Quantiles &q) {
    return num(q.mean) + ',' + num(q.p5) + ',' + num(q.p25) + ',' + num(q.p50) + ',' + num(q.p75) +
           ',' + num(q.p95);
}

QByteArray overTime(const analysis::ExportResults &r) {
    const core::AnalysisSnapshot &s = *r.snapshot;
    const core::OutputSpec &spec = core::outputSpec(s.timeSeriesOutput);
    QByteArray csv = "output,unit,policy,year,mean,p5,p25,p50,p75,p95\n";
    for (std::size_t p = 0; p < s.yearly.size(); ++p) {
        const QByteArray lead = text(spec.key) + ',' + text(spec.unit) + ',' +
                                text(r.context.policyNames.value(int(p))) + ',';
        // Year 0 is the calibrated status quo, where every line starts.
        csv += lead + "0," +
               quantiles({s.startValue, s.startValue, s.startValue, s.startValue, s.startValue,
                          s.startValue}) +
               '\n';
        for (std::size_t y = 0; y < s.yearly[p].size(); ++y)
            csv += lead + QByteArray::number(qulonglong(y + 1)) + ',' + quantiles(s.yearly[p][y]) +
                   '\n';
    }
    // The region's published history, drawn before the projection: years before year 0.
    if (const auto h = analysis::observedHistory(r.context, s.timeSeriesOutput))
        for (qsizetype i = 0; i < h->series.x.size(); ++i)
            csv += text(spec.key) + ',' + text(spec.unit) + ",observed," +
                   QByteArray::number(h->series.x[i]) + ',' +
                   QByteArray::number(h->series.y[i], 'g', 12) + ",,,,,\n";
    return csv;
}

QByteArray ledgers(const analysis::ExportResults &r) {
    const core::AnalysisSnapshot &s = *r.snapshot;
    QByteArray csv = "policy,ledger,mean_usd,p5_usd,p25_usd,p50_usd,p75_usd,p95_usd,"
                     "probability_net_benefit_positive\n";
    for (std::size_t p = 1; p < s.verdicts.size(); ++p) {
        const core::PolicyVerdict &v = s.verdicts[p];
        const QByteArray name = text(r.context.policyNames.value(int(p)));
        const std::pair<const char *, const core::Quantiles *> rows[] = {
            {"taxpayers", &v.taxpayers},
            {"victims", &v.victims},
            {"incarcerated_and_families", &v.incarceratedAndFamilies},
            {"total", &v.netValue}};
        for (const auto &[ledger, q] : rows)
            csv +=
                name + ',' + ledger + ',' + quantiles(*q) + ',' + num(v.probabilityPositive) + '\n';
    }
    return csv;
}

QByteArray netValue(const analysis::ExportResults &r) {
    const core::AnalysisSnapshot &s = *r.snapshot;
    // The same bins the chart draws: 40 across every policy's 90% interval, widened by 30%.
    double low = 0, high = 0;
    for (std::size_t p = 1; p < s.verdicts.size(); ++p) {
        const core::Quantiles &q = s.verdicts[p].netValue;
        low = std::min(low, q.p5 - 0.3 * (q.p95 - q.p5));
        high = std::max(high, q.p95 + 0.3 * (q.p95 - q.p5));
    }
    QByteArray csv = "policy,bin_low_usd,bin_high_usd,share_of_draws\n";
    for (std::size_t p = 1; p < s.netValueDraws.size(); ++p) {
        const analysis::Histogram h = analysis::histogram(s.netValueDraws[p], low, high, 40, 1);
        const QByteArray name = text(r.context.policyNames.value(int(p)));
        for (int i = 0; i < h.centres.size(); ++i)
            csv += name + ',' + num(h.centres[i] - h.binWidth / 2) + ',' +
                   num(h.centres[i] + h.binWidth / 2) + ',' + num(h.shares[i]) + '\n';
    }
    return csv;
}

QByteArray tornado(const analysis::ExportResults &r, QString &error) {
    if (!r.snapshot->tornado) {
        error = tr("the tornado has not been computed");
        return {};
    }
    return data::tornadoToCsv(*r.snapshot->tornado);
}

QByteArray frontier(const analysis::ExportResults &r) {
    return data::frontierToCsv(*r.frontier, r.context.policyNames.mid(1));
}

QByteArray regions(const analysis::ExportResults &r) {
    return data::regionsToCsv(*r.regions);
}

} // namespace

QByteArray chartCsv(ChartKind kind, const analysis::ExportResults &r, QString &error) {
    if (!hasChartData(kind, r, error))
        return {};
    switch (kind) {
    case ChartKind::OverTime:
        return overTime(r);
    case ChartKind::Ledgers:
        return ledgers(r);
    case ChartKind::NetValue:
        return netValue(r);
    case ChartKind::Tornado:
        return tornado(r, error);
    case ChartKind::Frontier:
        return frontier(r);
    case ChartKind::Regions:
        return regions(r);
    }
    return {};
}

} // namespace leastbad::charts
