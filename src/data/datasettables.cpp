// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datasettables.h"

#include "data/inputorigins.h"
#include "data/metrics.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace leastbad::data {

namespace {

struct Coverage {
    QSet<QString> keys; // regions (per metric) or metrics (per region)
    int first = 0;
    int last = 0;
    int values = 0;
    void add(const QString &key, int year) {
        keys.insert(key);
        first = values == 0 ? year : std::min(first, year);
        last = values == 0 ? year : std::max(last, year);
        ++values;
    }
    QByteArray years() const {
        if (values == 0)
            return "-";
        return first == last ? QByteArray::number(first)
                             : QByteArray::number(first) + "–" + QByteArray::number(last);
    }
};

// "3 seen, 2 assumption": counts in a fixed order, then any others by name.
QByteArray countsByKind(const QMap<QString, int> &counts, const QStringList &order) {
    QList<QByteArray> parts;
    for (const QString &k : order)
        if (counts.value(k))
            parts << QByteArray::number(counts.value(k)) + ' ' + k.toUtf8();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            parts << QByteArray::number(it.value()) + ' ' + it.key().toUtf8();
    return parts.join(", ");
}

} // namespace

QByteArray coverageMarkdown(const Dataset &dataset) {
    const DatasetContent &content = dataset.content();
    QMap<QString, int> regionKinds, sourceKinds;
    for (const RegionRow &r : content.regions)
        ++regionKinds[r.kind == QStringLiteral("country")  ? QStringLiteral("countries")
                      : r.kind == QStringLiteral("county") ? QStringLiteral("counties")
                                                           : r.kind + QLatin1Char('s')];
    for (const SourceRow &s : content.sources)
        ++sourceKinds[s.kind];
    QSet<QString> proxies; // a wider area's figures stated for a region: not its own
    for (const SourceRow &s : content.sources)
        if (s.kind == QStringLiteral("proxy"))
            proxies.insert(s.id);
    QHash<QString, Coverage> byMetric, byRegion;
    for (const ValueRow &v : content.values) {
        if (proxies.contains(v.source))
            continue;
        byMetric[v.metric].add(v.region, v.year);
        byRegion[v.region].add(v.metric, v.year);
    }

    QByteArray md = QByteArray(kCoverageBegin) + "\n\n";
    md += "The embedded default dataset holds " + QByteArray::number(content.regions.size()) +
          " regions (" +
          countsByKind(regionKinds, {QStringLiteral("countries"), QStringLiteral("states"),
                                     QStringLiteral("counties")}) +
          "), " + QByteArray::number(content.sources.size()) + " sources (" +
          countsByKind(sourceKinds, data::sourceKinds()) + "), " +
          QByteArray::number(content.values.size()) + " values and " +
          QByteArray::number(content.overrides.size()) +
          " parameter overrides. The tables count a region's own values; a proxy (a wider "
          "area's figure stated for it) is not one.\n\n";

    md += "| metric | regions with a value | years | values |\n|---|---|---|---|\n";
    for (const MetricDefinition &m : metricDefinitions()) {
        const QString key = QString::fromUtf8(m.key.data(), qsizetype(m.key.size()));
        const Coverage c = byMetric.value(key);
        md += "| `" + key.toUtf8() + "` | " + QByteArray::number(c.keys.size()) + " | " +
              c.years() + " | " + QByteArray::number(c.values) + " |\n";
    }
    const int metricCount = int(metricDefinitions().size());
    md += "\n| region | kind | metrics with a value of its own (of " +
          QByteArray::number(metricCount) + ") | years | values |\n|---|---|---|---|---|\n";
    for (const RegionRow &r : content.regions) {
        const Coverage c = byRegion.value(r.code);
        md += "| " + r.code.toUtf8() + " | " + r.kind.toUtf8() + " | " +
              QByteArray::number(c.keys.size()) + " | " + c.years() + " | " +
              QByteArray::number(c.values) + " |\n";
    }
    md += "\nWhere each region's model inputs come from (`dataset show` lists them, input by "
          "input): its own figure, one derived from its own figures (time served by Little's "
          "law, police per 100,000 from the officer count), its parent's, or the United "
          "States' as an assumption.\n\n";
    md += inputOriginsMarkdown(inputOrigins(dataset));
    md += "\n" + QByteArray(kCoverageEnd) + "\n";
    return md;
}

} // namespace leastbad::data
