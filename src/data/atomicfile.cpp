// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <QFileInfo>
#include <QStorageInfo>

#include <sys/resource.h>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

// Qt reports a failed flush as "Unknown error". The user needs the reason: a full disk, or
// a file-size limit (ulimit -f), so look for them.
QString reasonFor(const QFileDevice &file, const QString &path) {
    const QString qt = file.errorString();
    if (!qt.isEmpty() && qt != QStringLiteral("Unknown error"))
        return qt;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    constexpr qint64 kNearlyFull = 1 << 20;
    if (storage.isValid() && storage.bytesAvailable() < kNearlyFull)
        return tr("the disk is full (%1 bytes free)").arg(storage.bytesAvailable());
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return tr("the file is larger than this program may write (a file-size limit of %1 "
                  "bytes, ulimit -f)")
            .arg(qulonglong(limit.rlim_cur));
    return tr("the write failed (is the disk full?)");
}

} // namespace

QString writeFileAtomically(const QString &path, const std::function<QString(QIODevice &)> &write) {
    const auto message = [&path](const QString &reason) {
        return tr("%1: cannot write: %2").arg(path, reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return message(file.errorString());
    const QString error = write(file);
    if (!error.isEmpty()) {
        // A writer (PNG, PDF) that failed because the file did says "Unknown error" too.
        const QString reason =
            file.error() != QFileDevice::NoError || error == QStringLiteral("Unknown error")
                ? reasonFor(file, path)
                : error;
        file.cancelWriting();
        return message(reason);
    }
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString reason = reasonFor(file, path);
        file.cancelWriting();
        return message(reason);
    }
    if (!file.commit())
        return message(reasonFor(file, path));
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &contents) {
    return writeFileAtomically(path, [&contents](QIODevice &device) {
        return device.write(contents) == contents.size() ? QString() : device.errorString();
    });
}

} // namespace leastbad::data
