// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/policylist.h"

#include "app/scenariodocument.h"
#include "charts/palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace leastbad::gui {

namespace {

// The colour the charts draw a policy in, as a swatch beside its name.
QIcon swatch(const QColor &color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

QToolButton *listButton(const QString &text, const QString &tip, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

PolicyList::PolicyList(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_add(listButton(tr("Add"), tr("Add a policy at the status quo"), this))
    , m_duplicate(listButton(tr("Duplicate"), tr("Add a copy of the selected policy"), this))
    , m_remove(listButton(tr("Remove"), tr("Remove the selected policy"), this))
    , m_up(listButton(QStringLiteral("▲"), tr("Move the selected policy up"), this))
    , m_down(listButton(QStringLiteral("▼"), tr("Move the selected policy down"), this)) {
    m_list->setAccessibleName(tr("Policies compared"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Select a policy to edit its levers; double-click to rename it"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {m_add, m_duplicate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &PolicyList::addPolicy);
    connect(m_duplicate, &QToolButton::clicked, this, &PolicyList::duplicatePolicy);
    connect(m_remove, &QToolButton::clicked, this, &PolicyList::removePolicy);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        if (!m_rebuilding)
            emit currentPolicyChanged(currentPolicy());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = m_list->row(item) - 1;
        if (!m_rebuilding && index >= 0 && index < m_document->policyCount())
            m_document->renamePolicy(index, item->text()); // the list follows the document
    });
    connect(m_document, &ScenarioDocument::changed, this, &PolicyList::refresh);
    rebuild();
    m_list->setCurrentRow(1);
}

int PolicyList::currentPolicy() const {
    return m_list->currentRow() - 1;
}

void PolicyList::setCurrentPolicy(int index) {
    m_list->setCurrentRow(std::clamp(index, -1, m_document->policyCount() - 1) + 1);
}

void PolicyList::addPolicy() {
    setCurrentPolicy(m_document->addPolicy());
}

void PolicyList::duplicatePolicy() {
    const int current = currentPolicy();
    setCurrentPolicy(current < 0 ? m_document->addPolicy() : m_document->duplicatePolicy(current));
}

void PolicyList::removePolicy() {
    const int current = currentPolicy();
    if (current < 0)
        return;
    m_document->removePolicy(current);
    setCurrentPolicy(std::min(current, m_document->policyCount() - 1));
}

void PolicyList::moveCurrent(int by) {
    const int current = currentPolicy();
    const int to = current + by;
    if (current < 0 || to < 0 || to >= m_document->policyCount())
        return;
    m_document->movePolicy(current, to);
    setCurrentPolicy(to);
}

void PolicyList::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // the status quo's swatch is the text colour
}

void PolicyList::refresh() {
    QStringList names;
    for (int i = 0; i < m_document->policyCount(); ++i)
        names << m_document->policyName(i);
    if (names != m_shownNames)
        rebuild();
}

void PolicyList::rebuild() {
    m_rebuilding = true;
    const int current = currentPolicy();
    m_list->clear();
    m_shownNames.clear();
    auto *statusQuo = new QListWidgetItem(swatch(charts::statusQuoColor(palette())),
                                          tr("Status quo (read-only)"), m_list);
    statusQuo->setToolTip(tr("The region as it is: every policy is compared with it"));
    for (int i = 0; i < m_document->policyCount(); ++i) {
        auto *item =
            new QListWidgetItem(swatch(charts::policyColor(i)), m_document->policyName(i), m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_shownNames << m_document->policyName(i);
    }
    // Tall enough for the status quo and four policies, then it scrolls.
    const int row = m_list->sizeHintForRow(0);
    m_list->setFixedHeight(row * std::min(int(m_list->count()), 5) + 2 * m_list->frameWidth() + 2);
    m_list->setCurrentRow(std::clamp(current, -1, m_document->policyCount() - 1) + 1);
    m_rebuilding = false;
    updateButtons();
    emit currentPolicyChanged(currentPolicy());
}

void PolicyList::updateButtons() {
    const int current = currentPolicy();
    m_remove->setEnabled(current >= 0 && m_document->policyCount() > 1);
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < m_document->policyCount());
}

} // namespace leastbad::gui
