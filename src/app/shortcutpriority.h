// SPDX-License-Identifier: GPL-3.0-or-later
// The window's commands before a text box's own keys. A line edit claims every key it has
// a binding for, and on X11 Ctrl+E is "end of line": with the focus in the region search
// box, Ctrl+E (Export Chart) did nothing. The standard editing keys (copy, cut, paste,
// undo, redo, select all) stay the text box's.
#pragma once

#include <QObject>

class QWidget;

namespace leastbad::gui {

class ShortcutPriority final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutPriority)

public:
    // Watches every text box (line edit, spin box, editable combo box) inside `window`.
    explicit ShortcutPriority(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace leastbad::gui
