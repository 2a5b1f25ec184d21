// SPDX-License-Identifier: GPL-3.0-or-later
// Writing whole files so that a failure (full disk, unwritable place) leaves the old
// file exactly as it was, and the message says why in the system's words. Writes never
// follow a symbolic link: a link at the target is refused, and the final rename()
// replaces a name, never the file a link points to.
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <functional>

namespace leastbad::data {

// Replaces `path` with `bytes`: a scratch file beside it, then rename(). Returns empty on success,
// else the reason (not naming the path; callers add it).
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

// The same for a file a writer produces (a PNG, a PDF): `write` fills a device in memory
// and returns empty or the reason it failed; the bytes are then written as above.
QString writeFileAtomically(const QString &path, const std::function<QString(QIODevice &)> &write);

// "PATH: cannot write: REASON", or empty for an empty reason.
QString cannotWrite(const QString &path, const QString &reason);

// Writes several files, all or none: each is written in full beside its target first,
// and the targets are replaced (renamed over, which needs no space) only once all were.
// Returns empty on success, else the reason, and sets `failedPath`.
struct FileContents {
    QString path;
    QByteArray bytes;
};
QString writeFilesAtomically(const QList<FileContents> &files, QString &failedPath);

// Empty if `path` may be replaced by a write (absent, or a regular file), else the
// reason: a symbolic link (even a dangling one), a folder, a device or a FIFO.
QString refuseLinkOrSpecial(const QString &path);

// Scratch files and folders beside a target are named "." + name + ".leastbad-<pid>-…",
// so that one left by a killed process can be recognised and removed: scratchName()
// gives a QTemporaryFile/QTemporaryDir template for `fileName`, and removeStaleScratch()
// removes, in `folder`, every entry starting with `prefix` whose process is gone.
QString scratchName(const QString &fileName);
void removeStaleScratch(const QString &folder, const QString &prefix);

// Writes every byte of `bytes` to an open file and flushes it. Returns empty on
// success, else the reason.
QString writeAll(QFileDevice &file, const QByteArray &bytes);

} // namespace leastbad::data
