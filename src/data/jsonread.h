// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing a policy or scenario file's JSON with messages a person can act on: a file in
// UTF-16 or UTF-32 is named as such; a syntax error, a truncated file and one nested too
// deep say so with the line and column; a key given twice in one object is an error
// (JSON leaves it open and Qt keeps the last silently); a NUL byte is refused.
#pragma once

#include "data/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace leastbad::data {

// The top-level object of `json`, or a problem whose message names `fileName` once, with
// the position where there is one.
Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &fileName);

// "line L, column C" of a byte offset.
QString jsonPosition(const QByteArray &json, qsizetype offset);

// At most `limit` of `lines`, then one line saying how many more there were: a file with
// 200,000 unknown keys gives a short message, not 200,000 lines.
QStringList capped(const QStringList &lines, const QString &more, int limit = 10);

} // namespace leastbad::data
