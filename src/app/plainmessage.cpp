// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plainmessage.h"

namespace leastbad::gui {

void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text) {
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.exec();
}

} // namespace leastbad::gui
