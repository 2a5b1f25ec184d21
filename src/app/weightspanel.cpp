// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/weightspanel.h"

#include "data/scenariofile.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

#include <limits>
#include <utility>

namespace leastbad::gui {

namespace {

// A count box that lets a number above its maximum be typed, then takes the maximum and
// says so. A plain QSpinBox refuses the keystroke that passes the maximum: typing 50000
// into a box that stops at 20,000 silently left 5000.
class ClampingSpinBox final : public QSpinBox {
public:
    using QSpinBox::QSpinBox;
    // The value typed above the maximum by the last edit (0: none); reset on reading.
    int takeAsked() { return std::exchange(m_asked, 0); }

protected:
    QValidator::State validate(QString &text, int &pos) const override {
        if (typed(text) > maximum())
            return QValidator::Intermediate;
        return QSpinBox::validate(text, pos);
    }
    void fixup(QString &input) const override {
        if (const qlonglong asked = typed(input); asked > maximum()) {
            m_asked = int(std::min<qlonglong>(asked, std::numeric_limits<int>::max()));
            input = textFromValue(maximum());
            return;
        }
        QSpinBox::fixup(input);
    }

private:
    qlonglong typed(QString text) const {
        text.remove(locale().groupSeparator());
        bool ok = false;
        const qlonglong v = locale().toLongLong(text.trimmed(), &ok);
        return ok ? v : 0;
    }
    mutable int m_asked = 0;
};

QDoubleSpinBox *spin(QWidget *parent, double min, double max, double step, int decimals,
                     const QString &prefix, const QString &suffix, const QString &tip) {
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setPrefix(prefix);
    s->setSuffix(suffix);
    s->setToolTip(tip);
    s->setKeyboardTracking(false);
    s->setGroupSeparatorShown(true);
    return s;
}

} // namespace

WeightsPanel::WeightsPanel(QWidget *parent)
    : QWidget(parent) {
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    // Every box takes the whole range a scenario file may hold, so what a file sets is
    // what the box shows and what runs.
    m_wellbeingYear = spin(
        this, 0, data::kMaxUsdPerYear, 10000, 0, QStringLiteral("$"), QString(),
        tr("What a year of wellbeing (a QALY) is worth to you. Default $150,000: the top of the "
           "$100,000-150,000 per QALY at which ICER sets its price benchmarks for health "
           "technologies in the US (as others summarise it; see docs/MODEL.md 10.5)."));
    m_lifeYear = spin(this, 0, data::kMaxUsdPerYear, 10000, 0, QStringLiteral("$"), QString(),
                      tr("What a year of life is worth. Default: the same as a wellbeing-year."));
    m_incarcerated = spin(this, 0, data::kMaxMoralWeight, 0.1, 2, QString(), QString(),
                          tr("Weight of incarcerated people's wellbeing and life-years."));
    m_victims = spin(this, 0, data::kMaxMoralWeight, 0.1, 2, QString(), QString(),
                     tr("Weight of victims' wellbeing and life-years."));
    m_families = spin(this, 0, data::kMaxMoralWeight, 0.1, 2, QString(), QString(),
                      tr("Weight of prisoners' children's wellbeing."));
    m_discount =
        spin(this, 0, 100 * data::kMaxDiscountRate, 0.5, 1, QString(), QStringLiteral(" %"),
             tr("Discount rate per year. Default 3%: the lower of the two real rates (3% and "
                "7%) of OMB Circular A-4 (2003); its 2023 revision lowers the default to 2%."));
    m_excessBurden =
        spin(this, 0, 200, 5, 0, QString(), QStringLiteral(" %"),
             tr("Excess burden of taxation: each tax dollar costs society this much more. Default "
                "25% (OMB practice, as described by Conover 2010); 0 turns it off."));
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 50);
    m_horizon->setSuffix(tr(" years"));
    m_horizon->setKeyboardTracking(false);
    auto *draws = new ClampingSpinBox(this);
    m_draws = draws;
    m_draws->setAccessibleName(tr("Draws"));
    m_draws->setGroupSeparatorShown(true);
    // The same range a scenario file may ask for: the box always shows what runs.
    m_draws->setRange(data::kMinScenarioDraws, data::kMaxScenarioDraws);
    m_draws->setSingleStep(100);
    m_draws->setKeyboardTracking(false);
    m_draws->setToolTip(tr("Monte Carlo draws. More draws, steadier numbers, slower updates."));
    form->addRow(tr("$ per &wellbeing-year"), m_wellbeingYear);
    form->addRow(tr("$ per &life-year"), m_lifeYear);
    form->addRow(tr("Weight: &incarcerated"), m_incarcerated);
    form->addRow(tr("Weight: vi&ctims"), m_victims);
    form->addRow(tr("Weight: f&amilies"), m_families);
    form->addRow(tr("&Discount rate"), m_discount);
    form->addRow(tr("E&xcess burden"), m_excessBurden);
    form->addRow(tr("Hori&zon"), m_horizon);
    form->addRow(tr("Draw&s"), m_draws);
    for (QDoubleSpinBox *s : {m_wellbeingYear, m_lifeYear, m_incarcerated, m_victims, m_families,
                              m_discount, m_excessBurden})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { emit weightsEdited(current()); });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] { emit weightsEdited(current()); });
    connect(m_draws, &QSpinBox::valueChanged, this, &WeightsPanel::drawsEdited);
    connect(m_draws, &QSpinBox::editingFinished, this, [this, draws] {
        if (const int asked = draws->takeAsked())
            emit drawsClamped(asked, draws->maximum());
    });
}

core::MoralWeights WeightsPanel::current() const {
    core::MoralWeights w;
    w.dollarsPerWellbeingYear = m_wellbeingYear->value();
    w.dollarsPerLifeYear = m_lifeYear->value();
    w.weightIncarcerated = m_incarcerated->value();
    w.weightVictims = m_victims->value();
    w.weightFamilies = m_families->value();
    w.discountRate = m_discount->value() / 100;
    w.excessBurden = m_excessBurden->value() / 100;
    w.horizonYears = m_horizon->value();
    return w;
}

void WeightsPanel::setWeights(const core::MoralWeights &w, int draws) {
    const QSignalBlocker b1(m_wellbeingYear), b2(m_lifeYear), b3(m_incarcerated), b4(m_victims),
        b5(m_families), b6(m_discount), b7(m_horizon), b8(m_draws), b9(m_excessBurden);
    m_wellbeingYear->setValue(w.dollarsPerWellbeingYear);
    m_lifeYear->setValue(w.dollarsPerLifeYear);
    m_incarcerated->setValue(w.weightIncarcerated);
    m_victims->setValue(w.weightVictims);
    m_families->setValue(w.weightFamilies);
    m_discount->setValue(w.discountRate * 100);
    m_excessBurden->setValue(w.excessBurden * 100);
    m_horizon->setValue(w.horizonYears);
    m_draws->setValue(draws);
}

} // namespace leastbad::gui
