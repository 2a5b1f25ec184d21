// SPDX-License-Identifier: GPL-3.0-or-later
// Where each region's model inputs come from, counted: how many are the region's own
// figures (or derived from them), how many are its parent's and how many the reference
// region's. This is the measure of how far a region stands on its own data, generated
// into docs/DATASETS.md with the coverage tables.
#pragma once

#include "data/dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace leastbad::data {

struct RegionInputOrigins {
    QString code;
    QString kind;
    int own = 0;             // the region's own published figure
    int derived = 0;         // computed from the region's own figures (Little's law, per 100,000)
    int fallback = 0;        // its parent's
    int assumption = 0;      // the reference region's, for lack of any
    QStringList inputFields; // every model input, in the order `dataset show` lists them
    QStringList borrowed;    // the inputs counted in fallback and assumption
    std::optional<Problem> problem; // the region could not be loaded (nothing counted)
    int inputs() const { return own + derived + fallback + assumption; }
    int ownOrDerived() const { return own + derived; }
};

// Every region of the dataset, in its order.
std::vector<RegionInputOrigins> inputOrigins(const Dataset &dataset);

// A summary line for the states (the District of Columbia apart: it has no state
// prisons), one table row per model input (how many states have their own) and one per
// region, in Markdown.
QByteArray inputOriginsMarkdown(const std::vector<RegionInputOrigins> &origins);

} // namespace leastbad::data
