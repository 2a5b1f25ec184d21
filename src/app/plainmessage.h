// SPDX-License-Identifier: GPL-3.0-or-later
// Message boxes for text that comes from files (names, fields, paths): shown as plain
// text, never as HTML. QMessageBox's static functions guess the format, and a lever
// named "<h1>BIG</h1><a href=...>" would become a heading and a live link.
#pragma once

#include <QMessageBox>
#include <QString>

namespace leastbad::gui {

void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text);

} // namespace leastbad::gui
