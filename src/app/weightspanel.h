// SPDX-License-Identifier: GPL-3.0-or-later
// The moral weights: the user's, saved with the scenario.
#pragma once

#include "core/netvalue.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace leastbad::gui {

class WeightsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightsPanel)

public:
    explicit WeightsPanel(QWidget *parent = nullptr);
    void setWeights(const core::MoralWeights &weights, int draws); // emits nothing

signals:
    void weightsEdited(const leastbad::core::MoralWeights &weights);
    void drawsEdited(int draws);
    // The user typed more draws than the maximum; the box took the maximum.
    void drawsClamped(int asked, int maximum);

private:
    core::MoralWeights current() const;

    QDoubleSpinBox *m_wellbeingYear;
    QDoubleSpinBox *m_lifeYear;
    QDoubleSpinBox *m_incarcerated;
    QDoubleSpinBox *m_victims;
    QDoubleSpinBox *m_families;
    QDoubleSpinBox *m_discount;
    QDoubleSpinBox *m_excessBurden;
    QSpinBox *m_horizon;
    QSpinBox *m_draws;
};

} // namespace leastbad::gui
