// SPDX-License-Identifier: GPL-3.0-or-later
// The levers of the selected policy, grouped (sentencing, conditions, reentry, policing,
// pretrial, capacity): for each, a slider and a spin box (kept in step), its unit, a mark
// at the region's status-quo value, and the evidence behind a "?" button.
#pragma once

#include "core/policy.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;

namespace leastbad::gui {

class StatusQuoSlider;

class LeverPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeverPanel)

public:
    explicit LeverPanel(QWidget *parent = nullptr);

    // Shows a policy and the status quo it is compared with; emits nothing.
    void setValues(const core::Policy &policy, const core::Policy &statusQuo);
    // Whose levers these are (screen readers hear it with each control); the status quo
    // is shown read-only.
    void setPolicyName(const QString &name);
    void setEditable(bool editable);
    // The heading of a group of levers (translated).
    static QString groupTitle(core::LeverGroup group);

    // For tests and the benchmark: the controls of lever `index` (in leverSpecs() order).
    StatusQuoSlider *slider(int index) const { return m_rows.at(index).slider; }
    QDoubleSpinBox *spinBox(int index) const { return m_rows.at(index).spin; }

signals:
    // A lever was edited. dragId > 0 while the slider is held (one undo step per drag).
    void leverEdited(const core::LeverSpec *lever, double value, int dragId);

private:
    void showEvidence(const core::LeverSpec &lever);

    struct Row {
        const core::LeverSpec *lever = nullptr;
        StatusQuoSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
    };
    Row addLeverRow(const core::LeverSpec &lever, QGridLayout *grid, int &row);
    std::vector<Row> m_rows; // in leverSpecs() order, whatever the group order on screen
    QString m_policyName;
    int m_dragCounter = 0;
};

// A slider that marks the status-quo position with a small triangle.
class StatusQuoSlider final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusQuoSlider)

public:
    static constexpr int kSteps = 1000;
    explicit StatusQuoSlider(const core::LeverSpec &lever, QWidget *parent = nullptr);

    double value() const;
    void setValue(double value); // no signal
    void setStatusQuo(double statusQuo);
    int position() const;           // 0..kSteps
    void setPosition(int position); // as if the user moved it (emits)
    bool isDown() const;
    QSlider *slider() const { return m_slider; }
    // The colour of the status-quo mark: the text colour of the current palette.
    QColor markColor() const;

signals:
    void moved(double value, bool dragging);
    void released(double value);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double toValue(int position) const;
    int toPosition(double value) const;

    const core::LeverSpec &m_lever;
    QSlider *m_slider;
    double m_statusQuo = 0;
};

} // namespace leastbad::gui
