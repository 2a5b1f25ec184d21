// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datasetindex.h"

#include <algorithm>

namespace leastbad::data {

namespace {

QString seriesKey(const QString &region, const QString &metric) {
    return region + QLatin1Char('|') + metric;
}

} // namespace

void DatasetIndex::build(const DatasetContent &content) {
    m_regions.clear();
    m_sources.clear();
    m_series.clear();
    m_overrides.clear();
    m_regions.reserve(content.regions.size());
    // Backwards, so that of two rows with one key the first is found, as a scan would.
    for (qsizetype i = content.regions.size() - 1; i >= 0; --i)
        m_regions.insert(content.regions[i].code.toUpper(), int(i));
    for (qsizetype i = content.sources.size() - 1; i >= 0; --i)
        m_sources.insert(content.sources[i].id, int(i));
    // A dataset's rows come in runs of one region and metric: each run is keyed and
    // looked up once, not each row (a key per row was a tenth of opening the default).
    for (qsizetype i = 0; i < content.values.size();) {
        const ValueRow &first = content.values[i];
        qsizetype end = i + 1;
        while (end < content.values.size() && content.values[end].region == first.region &&
               content.values[end].metric == first.metric)
            ++end;
        QList<int> &rows = m_series[seriesKey(first.region, first.metric)];
        for (; i < end; ++i)
            rows.append(int(i));
    }
    for (QList<int> &rows : m_series)
        std::stable_sort(rows.begin(), rows.end(), [&content](int a, int b) {
            return content.values[a].year < content.values[b].year;
        });
    for (qsizetype i = 0; i < content.overrides.size(); ++i)
        m_overrides[content.overrides[i].region].append(int(i));
}

int DatasetIndex::region(const QString &code) const {
    return m_regions.value(code.toUpper(), -1);
}

int DatasetIndex::source(const QString &id) const {
    return m_sources.value(id, -1);
}

const QList<int> *DatasetIndex::series(const QString &region, const QString &metric) const {
    const auto it = m_series.constFind(seriesKey(region, metric));
    return it == m_series.constEnd() ? nullptr : &it.value();
}

QList<int> DatasetIndex::overrides(const QString &region) const {
    return m_overrides.value(region);
}

} // namespace leastbad::data
