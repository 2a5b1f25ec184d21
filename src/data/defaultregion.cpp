// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/defaultregion.h"

#include "data/dataset.h"

namespace leastbad::data {

RegionRecord defaultRegion(const QString &code) {
    const Result<Dataset> dataset = Dataset::openEmbedded();
    if (!dataset)
        qFatal("embedded default dataset: %s", qPrintable(dataset.errorText()));
    Result<RegionRecord> record = dataset->loadRegion(code);
    if (!record)
        qFatal("embedded default dataset: %s", qPrintable(record.errorText()));
    return std::move(*record);
}

} // namespace leastbad::data
