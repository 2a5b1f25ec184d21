// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace leastbad::data {

namespace {

QString reasonOf(const QFileDevice &file) {
    return file.error() == QFileDevice::NoError
               ? QCoreApplication::translate("leastbad::data",
                                             "not every byte could be written (is the disk full?)")
               : file.errorString();
}

} // namespace

QString writeAll(QFileDevice &file, const QByteArray &bytes) {
    // On a full disk write() takes what fits and reports no error; only the next call
    // fails, with the system's reason. So write until every byte is taken.
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return reasonOf(file);
        done += n;
    }
    // The same for buffered bytes: a short flush fails without a reason, the retry with one.
    if (!file.flush() && !file.flush())
        return reasonOf(file);
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes) {
    QString failedPath;
    return writeFilesAtomically({{path, bytes}}, failedPath);
}

QString writeFileAtomically(const QString &path, const std::function<QString(QIODevice &)> &write) {
    // In memory first (an image or a page is a few MB at most), so the file itself is
    // written by the one path that checks every byte.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const QString reason = write(buffer); !reason.isEmpty())
        return reason;
    return writeFileAtomically(path, buffer.data());
}

QString cannotWrite(const QString &path, const QString &reason) {
    if (reason.isEmpty())
        return {};
    return QCoreApplication::translate("leastbad::data", "%1: cannot write: %2").arg(path, reason);
}

QString writeFilesAtomically(const QList<FileContents> &files, QString &failedPath) {
    std::vector<std::unique_ptr<QSaveFile>> saving;
    for (const FileContents &f : files) {
        failedPath = f.path;
        auto &file = saving.emplace_back(std::make_unique<QSaveFile>(f.path));
        // Unbuffered: Qt 6.4's QSaveFile::commit() does not notice a short write in its
        // final flush and would put a truncated file in place of the old one.
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return file->errorString(); // the files not committed are discarded
        const QString reason = writeAll(*file, f.bytes);
        if (!reason.isEmpty())
            return reason;
    }
    for (std::size_t i = 0; i < saving.size(); ++i) {
        failedPath = files[qsizetype(i)].path;
        if (!saving[i]->commit())
            return reasonOf(*saving[i]);
    }
    failedPath.clear();
    return {};
}

} // namespace leastbad::data
