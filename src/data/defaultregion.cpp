// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/defaultregion.h"

#include "data/dataset.h"

namespace leastbad::data {

RegionRecord defaultRegion(const QString &code) {
    QString error;
    const std::optional<Dataset> dataset = Dataset::openEmbedded(error);
    std::optional<RegionRecord> record = dataset ? dataset->loadRegion(code, error) : std::nullopt;
    if (!record)
        qFatal("embedded default dataset: %s", qPrintable(error));
    return std::move(*record);
}

} // namespace leastbad::data
