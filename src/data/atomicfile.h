// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a file whole or not at all: through QSaveFile, so a full disk, a missing folder
// or a failed write leaves the old file (if any) as it was and no partial file behind.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace leastbad::data {

// `write` fills the device and returns an error message, or empty on success. Returns
// an error message naming the file and the reason, or empty.
QString writeFileAtomically(const QString &path, const std::function<QString(QIODevice &)> &write);
QString writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace leastbad::data
