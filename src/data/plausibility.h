// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that a dataset's values make sense together, not only one by one: fewer
// prisoners than residents, crimes per resident within what any country has recorded,
// a 5-year reincarceration share no smaller than the 3-year one. Shared by import,
// `dataset validate` and the opening of an untrusted .sqlite file; each problem names
// the file (or dataset), the line and the field of the offending row.
#pragma once

#include "data/datasetcontent.h"

namespace leastbad::data {

// Rules across metrics of one region, on its latest value of each metric.
void checkPlausibility(const DatasetContent &content, Problems &problems);

// What a CSV reader checks on each value row (metric known, value in its range, unit
// from the metric's list, year in range, a CPI-U figure for money), for rows read from
// a database, which no CSV reader saw. `label` names the dataset.
void checkStoredValues(const DatasetContent &content, const QString &label, Problems &problems);

// The years a value may carry: 1900 to next year.
int firstValueYear();
int lastValueYear();

} // namespace leastbad::data
