// SPDX-License-Identifier: GPL-3.0-or-later
// The lever table of docs/MODEL.md and docs/POLICY_FILES.md, generated from
// core::leverSpecs() so that the documents and the code cannot drift (a test compares
// them): key, label, unit, range, status quo (rule and the United States' value), how a
// setting carries over to another region, and the evidence text.
#pragma once

#include "core/region.h"

#include <QByteArray>

namespace leastbad::data {

inline constexpr const char *kLeverTableBegin =
    "<!-- lever-table:begin (generated: leastbad-cli levers) -->";
inline constexpr const char *kLeverTableEnd = "<!-- lever-table:end -->";

// A Markdown table between the begin and end markers; `reference` gives the status-quo
// values shown (the United States of the default dataset).
QByteArray leverTableMarkdown(const core::RegionBaseline &reference);
// The same as JSON: an array of objects with the table's fields, numbers as numbers.
QByteArray leverTableJson(const core::RegionBaseline &reference);
// The C++ source of src/analysis/coretexts_strings.cpp: every lever's label, unit and
// evidence and every output's label and unit, marked for lupdate so the catalogues can
// translate them (`leastbad-cli levers --format strings`; a test compares the file).
QByteArray coreTextsSource();

} // namespace leastbad::data
