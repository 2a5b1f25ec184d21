// SPDX-License-Identifier: GPL-3.0-or-later
// Regions of the embedded default dataset, for programs and tests that need one without
// asking the user. The embedded dataset is part of the build: failing to load it is a
// bug in the build, not bad input, so these abort with a message.
#pragma once

#include "data/regionrecord.h"

#include <QString>

namespace leastbad::data {

RegionRecord defaultRegion(const QString &code);
inline RegionRecord defaultUnitedStates() {
    return defaultRegion(QStringLiteral("US"));
}

} // namespace leastbad::data
