// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter table of docs/MODEL.md, generated from core::parameterSpecs() so the
// document and the code cannot drift (a test compares them).
#pragma once

#include <QByteArray>

namespace leastbad::data {

inline constexpr const char *kParameterTableBegin =
    "<!-- parameter-table:begin (generated: leastbad-cli parameters) -->";
inline constexpr const char *kParameterTableEnd = "<!-- parameter-table:end -->";

// A Markdown table, one row per parameter, between the begin and end markers.
QByteArray parameterTableMarkdown();

} // namespace leastbad::data
