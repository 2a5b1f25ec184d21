// SPDX-License-Identifier: GPL-3.0-or-later
// The region inputs that a dataset metric sets one for one: metric key and the baseline
// field it fills, in the order `dataset show` lists them. Dataset::loadRegion reads them
// through this table; the inputs built from several figures (the prison stock by group,
// time served, the reincarceration shares, crimes, police per 100,000) have their own
// steps there.
#pragma once

#include "core/region.h"

#include <span>
#include <string_view>

namespace leastbad::data {

struct RegionField {
    std::string_view metric; // a key of metricDefinitions()
    double core::RegionBaseline::*field;
};

std::span<const RegionField> regionFields();
const RegionField *findRegionField(std::string_view metric);

} // namespace leastbad::data
