// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shortcutpriority.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace leastbad::gui {

ShortcutPriority::ShortcutPriority(QWidget *window)
    : QObject(window)
    , m_window(window) {
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    for (QAbstractSpinBox *spin : window->findChildren<QAbstractSpinBox *>())
        spin->installEventFilter(this);
    for (QComboBox *combo : window->findChildren<QComboBox *>())
        if (combo->isEditable())
            combo->installEventFilter(this);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    for (const QKeySequence::StandardKey editing :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
          QKeySequence::Redo, QKeySequence::SelectAll})
        if (key->matches(editing))
            return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence &shortcut : action->shortcuts())
            if (shortcut == pressed) {
                // Not accepted: the shortcut map then triggers the window's command.
                event->ignore();
                return true;
            }
    }
    return false;
}

} // namespace leastbad::gui
