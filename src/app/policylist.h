// SPDX-License-Identifier: GPL-3.0-or-later
// The policies compared: the status quo first (always there, read-only), then the user's
// policies, each named and coloured as in the charts. Selecting one shows its levers in
// the editor; the buttons add, duplicate, remove and reorder, and a double-click (or F2)
// renames. Every change is an undo step of the document.
#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace leastbad::gui {

class ScenarioDocument;

class PolicyList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyList)

public:
    explicit PolicyList(ScenarioDocument *document, QWidget *parent = nullptr);

    // The selected policy's index in the scenario, or -1 for the status quo.
    int currentPolicy() const;
    void setCurrentPolicy(int index);
    QListWidget *list() const { return m_list; }

    // The list's own actions, for the Edit menu too.
    void addPolicy();
    void duplicatePolicy();
    void removePolicy();
    void moveCurrent(int by);

signals:
    void currentPolicyChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    // From the document, when a name, the number of policies or the palette changed; a
    // lever change leaves the list as it is.
    void refresh();
    void rebuild();
    void updateButtons();

    ScenarioDocument *m_document;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QStringList m_shownNames;
    bool m_rebuilding = false;
};

} // namespace leastbad::gui
