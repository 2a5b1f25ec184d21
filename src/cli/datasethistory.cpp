// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/datasethistory.h"

#include "cli/textformat.h"
#include "data/metrics.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace leastbad::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::cli", text);
}

QString number(double v) {
    return QString::number(v, 'g', 12);
}

} // namespace

std::optional<QByteArray> historyText(const data::Dataset &dataset, const QString &code,
                                      QStringList metrics, const QString &format, QString &error) {
    const data::RegionRow *region = dataset.region(code);
    if (!region) {
        error = tr("%1: no region \"%2\" (leastbad-cli dataset list shows the codes)")
                    .arg(dataset.label(), code);
        return std::nullopt;
    }
    for (const QString &m : metrics)
        if (!data::findMetric(m.toStdString())) {
            error = tr("unknown metric \"%1\" (docs/DATASETS.md lists them)").arg(m);
            return std::nullopt;
        }
    if (metrics.isEmpty())
        for (const data::MetricDefinition &m : data::metricDefinitions())
            if (!dataset.series(region->code, fromView(m.key)).isEmpty())
                metrics << fromView(m.key);

    // year -> metric column -> row
    QMap<int, QList<const data::ValueRow *>> years;
    QStringList sourceIds;
    for (qsizetype c = 0; c < metrics.size(); ++c)
        for (const data::ValueRow *row : dataset.series(region->code, metrics[c])) {
            QList<const data::ValueRow *> &cells = years[row->year];
            cells.resize(metrics.size());
            cells[c] = row;
            if (!sourceIds.contains(row->source))
                sourceIds << row->source;
        }
    for (QList<const data::ValueRow *> &cells : years)
        cells.resize(metrics.size());

    QByteArray out;
    if (format == QStringLiteral("csv")) {
        QStringList header{QStringLiteral("year")};
        for (const QString &m : metrics)
            header << m << m + QStringLiteral("_source");
        out += header.join(QLatin1Char(',')).toUtf8() + '\n';
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            QByteArray line = QByteArray::number(it.key());
            for (const data::ValueRow *row : it.value())
                line += ',' + (row ? number(row->value).toUtf8() + ',' + data::csvField(row->source)
                                   : QByteArray(","));
            out += line + '\n';
        }
        return out;
    }
    if (format == QStringLiteral("json")) {
        QJsonArray rows;
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            QJsonObject values;
            for (qsizetype c = 0; c < metrics.size(); ++c)
                if (const data::ValueRow *row = it.value()[c])
                    values.insert(metrics[c], QJsonObject{{QStringLiteral("value"), row->value},
                                                          {QStringLiteral("source"), row->source}});
            rows.append(QJsonObject{{QStringLiteral("year"), it.key()},
                                    {QStringLiteral("values"), values}});
        }
        QJsonObject sources;
        for (const QString &id : sourceIds) {
            const data::SourceRow *s = dataset.source(id);
            sources.insert(id, s ? s->citation : QString());
        }
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("region"), region->code},
                               {QStringLiteral("name"), region->name},
                               {QStringLiteral("metrics"), QJsonArray::fromStringList(metrics)},
                               {QStringLiteral("years"), rows},
                               {QStringLiteral("sources"), sources}})
            .toJson(QJsonDocument::Indented);
    }

    // A table: each cell "value [source]", columns as wide as their widest cell.
    QList<QStringList> cells;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        QStringList line{QString::number(it.key())};
        for (const data::ValueRow *row : it.value())
            line << (row ? number(row->value) + QStringLiteral(" [") + row->source +
                               QLatin1Char(']')
                         : QStringLiteral("-"));
        cells << line;
    }
    QStringList header{tr("year")};
    header << metrics;
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        qsizetype w = header[c].size();
        for (const QStringList &line : cells)
            w = std::max(w, line[c].size());
        widths << w;
    }
    QString text;
    QTextStream s(&text);
    s << tr("%1 (%2): published values by year; the region's own figures only, each with "
            "its source id")
             .arg(region->name, region->code)
      << "\n";
    if (cells.isEmpty())
        s << tr("(no values)") << "\n";
    auto printLine = [&](const QStringList &line) {
        for (qsizetype c = 0; c < line.size(); ++c)
            s << (c == 0 ? line[c].leftJustified(widths[c]) : line[c].rightJustified(widths[c]))
              << (c + 1 < line.size() ? "  " : "");
        s << "\n";
    };
    if (!cells.isEmpty())
        printLine(header);
    for (const QStringList &line : cells)
        printLine(line);
    if (!sourceIds.isEmpty())
        s << "\n" << tr("Sources:") << "\n";
    for (const QString &id : sourceIds) {
        const data::SourceRow *source = dataset.source(id);
        s << "  [" << id << "] " << (source ? source->citation : QString()) << "\n";
    }
    s.flush();
    return text.toUtf8();
}

} // namespace leastbad::cli
