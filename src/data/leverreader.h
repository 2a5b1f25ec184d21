// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of a policy's "levers" object, for policy files and scenario files
// alike: a lever's value is a number, {"times": x} or {"plus": x} relative to the
// region's status quo, and must lie in the lever's range. An unknown lever is an error
// in both kinds of file: a mistyped key would otherwise leave the lever at its status
// quo and the results would quietly answer another question.
#pragma once

#include "core/policy.h"

#include "data/problem.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace leastbad::data {

// Sets `policy`'s levers from `levers`; `where` names the file (and policy) for each
// problem, which is appended to `problems` (at most 10 for unknown levers, then a count).
void readLevers(const QJsonObject &levers, const core::Policy &statusQuo, const QString &where,
                core::Policy &policy, Problems &problems);

} // namespace leastbad::data
