// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace leastbad::data {

QString writeFileAtomically(const QString &path,
                            const std::function<QString(QIODevice &)> &write) {
    const auto message = [&path](const QString &reason) {
        return QCoreApplication::translate("leastbad::data::AtomicFile", "%1: cannot write: %2")
            .arg(path, reason);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return message(file.errorString());
    const QString error = write(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return message(error);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return message(reason);
    }
    if (!file.commit())
        return message(file.errorString());
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &contents) {
    return writeFileAtomically(path, [&contents](QIODevice &device) {
        return device.write(contents) == contents.size() ? QString() : device.errorString();
    });
}

} // namespace leastbad::data
