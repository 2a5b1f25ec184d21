// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups into a dataset's rows, built once when the dataset is opened, so that loading
// every region is linear in the size of the dataset (a lookup table rebuilt for each
// region made `regions` and `dataset validate` quadratic in the number of regions).
// Entries are indices into DatasetContent's lists, so a copied dataset keeps a valid index.
#pragma once

#include "data/datasetcontent.h"

#include <QHash>
#include <QList>
#include <QString>

namespace leastbad::data {

class DatasetIndex {
public:
    void build(const DatasetContent &content);

    // The index of a region in content.regions (the code matched case-insensitively), or -1.
    int region(const QString &code) const;
    // The index of a source in content.sources, or -1.
    int source(const QString &id) const;
    // One region's values of one metric, as indices into content.values sorted by year;
    // null when the region has none.
    const QList<int> *series(const QString &region, const QString &metric) const;
    // The indices of a region's parameter overrides in content.overrides, in file order.
    QList<int> overrides(const QString &region) const;

private:
    QHash<QString, int> m_regions; // upper-case code -> index
    QHash<QString, int> m_sources;
    QHash<QString, QList<int>> m_series; // "region|metric" -> indices sorted by year
    QHash<QString, QList<int>> m_overrides;
};

} // namespace leastbad::data
