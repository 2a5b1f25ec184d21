// SPDX-License-Identifier: GPL-3.0-or-later
// The app's file dialogs start in the folder the user last used (remembered in the
// settings), or on a first run in their documents folder, never in the working
// directory the app happened to start in. Each wraps the QFileDialog function of the
// same name; a file name without a folder is placed in that start folder.
#pragma once

#include <QFileDialog>

namespace leastbad::gui {

// The folder the next dialog opens in.
QString startFolder();
// Remembers the folder of `path` (a file or a folder) for the next dialog.
void rememberFolder(const QString &path);

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                        const QString &filter, QString *selectedFilter = nullptr,
                        QFileDialog::Options options = {});
QString getExistingDirectory(QWidget *parent, const QString &caption);

// A file-name part from a region code or a policy name: "Essay package (2024)" ->
// "essay-package-2024".
QString fileNamePart(const QString &text);

} // namespace leastbad::gui
