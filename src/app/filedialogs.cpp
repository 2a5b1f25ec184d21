// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/filedialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace leastbad::gui {

namespace {

const QString kLastFolderKey = QStringLiteral("dialogs/lastFolder");

QString inStartFolder(const QString &fileName) {
    return QDir(startFolder()).filePath(fileName);
}

} // namespace

QString startFolder() {
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void rememberFolder(const QString &path) {
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(kLastFolderKey,
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter) {
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(), filter);
    rememberFolder(path);
    return path;
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                        const QString &filter, QString *selectedFilter,
                        QFileDialog::Options options) {
    const QString path = QFileDialog::getSaveFileName(parent, caption, inStartFolder(fileName),
                                                      filter, selectedFilter, options);
    rememberFolder(path);
    return path;
}

QString getExistingDirectory(QWidget *parent, const QString &caption) {
    const QString folder = QFileDialog::getExistingDirectory(parent, caption, startFolder());
    rememberFolder(folder);
    return folder;
}

QString fileNamePart(const QString &text) {
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString part = text.toLower().replace(other, QStringLiteral("-"));
    while (part.startsWith(QLatin1Char('-')))
        part.remove(0, 1);
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    return part.left(40);
}

} // namespace leastbad::gui
