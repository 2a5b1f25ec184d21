// SPDX-License-Identifier: GPL-3.0-or-later
// The core's labels (levers, outputs, units) in the user's language. The core is plain
// C++ and knows no translation; coretexts_strings.cpp lists its texts for lupdate.
#pragma once

#include "core/outputs.h"
#include "core/policy.h"

#include <QString>

namespace leastbad::charts {

QString leverLabel(const core::LeverSpec &lever);
QString leverUnit(const core::LeverSpec &lever);
QString leverEvidence(const core::LeverSpec &lever);
QString outputLabel(const core::OutputSpec &output);
QString outputUnit(const core::OutputSpec &output);

} // namespace leastbad::charts
