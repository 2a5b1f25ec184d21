// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/leverpanel.h"

#include "analysis/coretexts.h"
#include "analysis/numbertext.h"

#include "core/parameters.h"
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QToolButton>

#include <cmath>
#include <span>

namespace leastbad::gui {

using analysis::leverEvidence;
using analysis::leverLabel;
using analysis::leverUnit;

namespace {

QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int decimalsFor(double step) {
    return step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
}

} // namespace

StatusQuoSlider::StatusQuoSlider(const core::LeverSpec &lever, QWidget *parent)
    : QWidget(parent)
    , m_lever(lever)
    , m_slider(new QSlider(Qt::Horizontal, this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6); // room for the status-quo mark
    layout->addWidget(m_slider);
    m_slider->setRange(0, kSteps);
    m_slider->setPageStep(kSteps / 20);
    setFocusProxy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { emit moved(toValue(position), m_slider->isSliderDown()); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { emit released(value()); });
}

double StatusQuoSlider::toValue(int position) const {
    const double raw = m_lever.min + (m_lever.max - m_lever.min) * position / kSteps;
    return std::clamp(std::round(raw / m_lever.step) * m_lever.step, m_lever.min, m_lever.max);
}

int StatusQuoSlider::toPosition(double value) const {
    return int(std::lround((value - m_lever.min) / (m_lever.max - m_lever.min) * kSteps));
}

double StatusQuoSlider::value() const {
    return toValue(m_slider->value());
}

void StatusQuoSlider::setValue(double value) {
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(toPosition(value));
}

void StatusQuoSlider::setStatusQuo(double statusQuo) {
    m_statusQuo = statusQuo;
    update();
}

int StatusQuoSlider::position() const {
    return m_slider->value();
}
void StatusQuoSlider::setPosition(int position) {
    m_slider->setValue(position);
}
bool StatusQuoSlider::isDown() const {
    return m_slider->isSliderDown();
}

QColor StatusQuoSlider::markColor() const {
    return palette().color(QPalette::WindowText);
}

void StatusQuoSlider::paintEvent(QPaintEvent *event) {
    QWidget::paintEvent(event);
    // Where the handle would stand at the status quo.
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = Qt::Horizontal;
    option.minimum = 0;
    option.maximum = kSteps;
    const QRect groove = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                           QStyle::SC_SliderGroove, m_slider);
    const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                           QStyle::SC_SliderHandle, m_slider);
    const int span = groove.width() - handle.width();
    const double share =
        std::clamp((m_statusQuo - m_lever.min) / (m_lever.max - m_lever.min), 0.0, 1.0);
    const int x = m_slider->x() + groove.x() + handle.width() / 2 + int(std::lround(share * span));
    const int y = m_slider->geometry().bottom() + 1;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(markColor());
    const QPointF triangle[3] = {QPointF(x, y), QPointF(x - 4, y + 5), QPointF(x + 4, y + 5)};
    painter.drawPolygon(triangle, 3);
}

QString LeverPanel::groupTitle(core::LeverGroup group) {
    switch (group) {
    case core::LeverGroup::Sentencing:
        return tr("Sentencing");
    case core::LeverGroup::Conditions:
        return tr("Conditions and contact");
    case core::LeverGroup::Reentry:
        return tr("Reentry");
    case core::LeverGroup::Policing:
        return tr("Policing");
    case core::LeverGroup::Pretrial:
        return tr("Pretrial detention");
    case core::LeverGroup::Capacity:
        return tr("Capacity and facilities");
    }
    return {};
}

LeverPanel::LeverPanel(QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setVerticalSpacing(2);
    const std::span<const core::LeverSpec> levers = core::leverSpecs();
    m_rows.resize(levers.size());
    int row = 0;
    using G = core::LeverGroup;
    for (G group :
         {G::Sentencing, G::Conditions, G::Reentry, G::Policing, G::Pretrial, G::Capacity}) {
        auto *heading = new QLabel(groupTitle(group), this);
        heading->setObjectName(QStringLiteral("leverGroupHeading"));
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setContentsMargins(0, row == 0 ? 0 : 8, 0, 0);
        grid->addWidget(heading, row++, 0, 1, 2);
        for (std::size_t i = 0; i < levers.size(); ++i)
            if (levers[i].group == group)
                m_rows[i] = addLeverRow(levers[i], grid, row);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
}

LeverPanel::Row LeverPanel::addLeverRow(const core::LeverSpec &lever, QGridLayout *grid, int &row) {
    auto *label = new QLabel(
        tr("%1 <span style='color:gray'>(%2)</span>").arg(leverLabel(lever), leverUnit(lever)),
        this);
    const QString tip =
        tr("%1\nRange %2 to %3 %4. The mark under the slider is the region's status quo.")
            .arg(leverEvidence(lever))
            .arg(lever.min)
            .arg(lever.max)
            .arg(leverUnit(lever));
    label->setToolTip(tip);
    label->setWordWrap(true);
    auto *slider = new StatusQuoSlider(lever, this);
    slider->setToolTip(tip);
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(lever.min, lever.max);
    spin->setSingleStep(lever.step);
    spin->setDecimals(decimalsFor(lever.step));
    spin->setKeyboardTracking(false);
    spin->setMaximumWidth(105);
    slider->setMinimumWidth(80);
    label->setBuddy(spin);
    auto *evidence = new QToolButton(this);
    evidence->setText(QStringLiteral("?"));
    evidence->setAutoRaise(true);
    evidence->setToolTip(tr("What's the evidence?"));
    evidence->setAccessibleName(tr("What's the evidence for %1?").arg(leverLabel(lever)));
    connect(evidence, &QToolButton::clicked, this, [this, &lever] { showEvidence(lever); });
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(label, 1);
    labelRow->addWidget(evidence);
    grid->addLayout(labelRow, row, 0, 1, 2);
    grid->addWidget(slider, row + 1, 0);
    grid->addWidget(spin, row + 1, 1);
    row += 2;

    connect(slider, &StatusQuoSlider::moved, this,
            [this, slider, spin, &lever](double value, bool dragging) {
                if (dragging && !slider->property("dragId").isValid())
                    slider->setProperty("dragId", ++m_dragCounter);
                const int dragId = dragging ? slider->property("dragId").toInt() : 0;
                const QSignalBlocker blocker(spin);
                spin->setValue(value);
                emit leverEdited(&lever, value, dragId);
            });
    connect(slider, &StatusQuoSlider::released, this, [this, slider, &lever](double value) {
        // The release closes the drag: its value joins the same undo step.
        const int dragId = slider->property("dragId").toInt();
        slider->setProperty("dragId", QVariant());
        emit leverEdited(&lever, value, dragId);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, slider, &lever](double value) {
        slider->setValue(value);
        emit leverEdited(&lever, value, 0);
    });
    return {&lever, slider, spin};
}

void LeverPanel::setPolicyName(const QString &name) {
    if (name == m_policyName)
        return;
    m_policyName = name;
    for (const Row &row : m_rows) {
        row.slider->slider()->setAccessibleName(tr("%1: %2").arg(name, leverLabel(*row.lever)));
        row.spin->setAccessibleName(tr("%1: %2 value").arg(name, leverLabel(*row.lever)));
    }
}

void LeverPanel::setEditable(bool editable) {
    for (const Row &row : m_rows) {
        row.slider->setEnabled(editable);
        row.spin->setReadOnly(!editable);
        row.spin->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                            : QAbstractSpinBox::NoButtons);
    }
}

void LeverPanel::showEvidence(const core::LeverSpec &lever) {
    QString html =
        tr("<h3>%1</h3><p>%2</p><p>The model acts through these parameters (Help > How the "
           "Model Works):</p>")
            .arg(leverLabel(lever), leverEvidence(lever).toHtmlEscaped());
    html +=
        QStringLiteral("<table cellpadding='3'><tr><th "
                       "align='left'>%1</th><th>%2</th><th>%3</th><th align='left'>%4</th></tr>")
            .arg(tr("parameter"), tr("central"), tr("evidence"), tr("source"));
    for (const QString &key : text(lever.parameters).split(QLatin1Char(','))) {
        const core::ParameterSpec *p = core::findParameter(key.toStdString());
        if (!p)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td></tr>")
                    .arg(analysis::parameterLabel(*p).toHtmlEscaped(),
                         analysis::displayLocale().toString(p->central, 'g', 6),
                         text(p->unit).toHtmlEscaped(),
                         analysis::evidenceKind(core::evidenceLabel(p->evidence)),
                         text(p->source).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::Information, tr("What's the evidence?"), html, QMessageBox::Close,
                    this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void LeverPanel::setValues(const core::Policy &policy, const core::Policy &statusQuo) {
    for (const Row &row : m_rows) {
        const double v = core::leverValue(policy, *row.lever);
        row.slider->setStatusQuo(core::leverValue(statusQuo, *row.lever));
        if (!row.slider->isDown())
            row.slider->setValue(v);
        const QSignalBlocker blocker(row.spin);
        row.spin->setValue(v);
    }
}

} // namespace leastbad::gui
