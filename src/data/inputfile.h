// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a user's input file safely: only a regular file is read (a device such as
// /dev/zero never ends, a FIFO blocks the open until a writer comes), and the size
// limit applies to the bytes actually read, not to what stat() reported.
#pragma once

#include "data/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace leastbad::data {

// Opens `path` without blocking (O_NONBLOCK, so a FIFO cannot stall the open), checks
// on the open descriptor that it is a regular file, and hands it to `file`. A problem
// names the path as its file and the reason as its message.
Result<void> openRegularFile(const QString &path, QFile &file);

// The bytes of a whole regular file of at most `maxBytes`, or a problem naming the path;
// `what` names the kind of file ("a policy file").
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, const QString &what);

} // namespace leastbad::data
