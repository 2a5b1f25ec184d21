// SPDX-License-Identifier: GPL-3.0-or-later
// The core's labels (levers, outputs, units) in the user's language. The core is plain
// C++ and knows no translation; coretexts_strings.cpp lists its texts for lupdate.
#pragma once

#include "core/outputs.h"
#include "core/parameters.h"
#include "core/policy.h"

#include <QString>

#include <string>

namespace leastbad::analysis {

QString leverLabel(const core::LeverSpec &lever);
QString leverUnit(const core::LeverSpec &lever);
QString leverEvidence(const core::LeverSpec &lever);
QString outputLabel(const core::OutputSpec &output);
QString outputUnit(const core::OutputSpec &output);
// A parameter in words, from its description, for the tornado and the evidence dialog:
// a leading symbol ("beta: ") and a trailing symbol ("(lambda_ref)") are left out.
QString parameterLabel(const core::ParameterSpec &parameter);
// The same cut to one line for a chart's axis: up to its first clause (":", ";", " (",
// ", "), and at most about 45 characters, ending in "…" when cut.
QString parameterShortLabel(const core::ParameterSpec &parameter);
// A region input (a dataset metric such as "repeat_share_of_prisoners") in words; an
// unknown one comes back as it is.
QString inputLabel(const std::string &field);
// How a figure is known, in words a reader understands, from the core's evidence labels
// ("seen", "seen (secondary)", "judged", "recalled (unverified)", "assumption") and the
// dataset's status codes ("seen-secondary", "derived", ...). Unknown codes come back as
// they are.
QString evidenceKind(std::string_view code);

} // namespace leastbad::analysis
