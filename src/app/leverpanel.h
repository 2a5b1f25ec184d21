// SPDX-License-Identifier: GPL-3.0-or-later
// The levers of one policy: for each, a slider and a spin box (kept in step), its unit,
// a mark at the region's status-quo value, and the evidence as a tooltip.
#pragma once

#include "core/policy.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace leastbad::gui {

class StatusQuoSlider;

class LeverPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeverPanel)

public:
    LeverPanel(const QString &policyName, QWidget *parent = nullptr);

    // Shows a policy and the status quo it is compared with; emits nothing.
    void setValues(const core::Policy &policy, const core::Policy &statusQuo);

    // For tests and the benchmark: the controls of lever `index` (in leverSpecs() order).
    StatusQuoSlider *slider(int index) const { return m_rows.at(index).slider; }
    QDoubleSpinBox *spinBox(int index) const { return m_rows.at(index).spin; }

signals:
    // A lever was edited. dragId > 0 while the slider is held (one undo step per drag).
    void leverEdited(const core::LeverSpec *lever, double value, int dragId);

private:
    void showEvidence(const core::LeverSpec &lever);

    struct Row {
        const core::LeverSpec *lever;
        StatusQuoSlider *slider;
        QDoubleSpinBox *spin;
    };
    std::vector<Row> m_rows;
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
