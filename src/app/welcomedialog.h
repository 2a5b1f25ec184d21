// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run welcome: what LeastBad does in three lines, the example scenarios to open
// with one click, and the user guide. Shown at start until the user unticks "Show this
// when LeastBad starts" (remembered in the settings); Help > Welcome shows it again.
#pragma once

#include <QDialog>

class QCheckBox;

namespace leastbad::gui {

class WelcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    static constexpr const char *kSettingsKey = "welcome/showAtStart";
    // Whether the window should show it at start (true until the user says otherwise).
    static bool showAtStart();

    explicit WelcomeDialog(QWidget *parent = nullptr);

    // The example chosen (a resource path), or empty.
    const QString &chosenExample() const { return m_chosen; }
    bool guideRequested() const { return m_guide; }

private:
    QString m_chosen;
    bool m_guide = false;
    QCheckBox *m_showAtStart;
};

// "essay-package-vs-status-quo-US" -> "essay package vs status quo US": the menu's and the
// welcome's name of an example file.
QString exampleTitle(const QString &baseName);

} // namespace leastbad::gui
