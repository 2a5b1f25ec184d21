// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headlinetable.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMenu>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace leastbad::gui {

namespace {

constexpr int kMargin = 4;         // left and right of the table, as the labels had
constexpr int kColumnSpacing = 12; // between columns
constexpr int kRowSpacing = 1;
constexpr qreal kGrowth = 16; // pixels

QStaticText plain(const QString &text) {
    QStaticText s(text);
    s.setTextFormat(Qt::PlainText);
    s.setPerformanceHint(QStaticText::AggressiveCaching);
    return s;
}

} // namespace

HeadlineTable::HeadlineTable(QWidget *parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::ClickFocus); // Ctrl+C copies the table once clicked
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    setAccessibleName(tr("Headline figures"));
    remeasure();
}

void HeadlineTable::setShape(const QStringList &rowLabels, const QStringList &columnNames,
                             const std::vector<QColor> &columnColours) {
    const bool sameRows =
        int(m_rowLabels.size()) == rowLabels.size() &&
        std::equal(m_rowLabels.begin(), m_rowLabels.end(), rowLabels.begin(),
                   [](const QStaticText &s, const QString &t) { return s.text() == t; });
    const bool sameColumns =
        int(m_columnNames.size()) == columnNames.size() &&
        std::equal(m_columnNames.begin(), m_columnNames.end(), columnNames.begin(),
                   [](const QStaticText &s, const QString &t) { return s.text() == t; }) &&
        m_columnColours == columnColours;
    if (sameRows && sameColumns)
        return;
    m_rowLabels.clear();
    for (const QString &label : rowLabels)
        m_rowLabels.push_back(plain(label));
    m_columnNames.clear();
    for (const QString &name : columnNames)
        m_columnNames.push_back(plain(name));
    m_columnColours = columnColours;
    m_cells.assign(m_rowLabels.size(), std::vector<Painted>(m_columnNames.size()));
    remeasure();
}

void HeadlineTable::setCell(int row, int column, const Cell &cell) {
    if (row < 0 || row >= rows() || column < 0 || column >= columns())
        return;
    Painted &p = m_cells[std::size_t(row)][std::size_t(column)];
    if (p.cell == cell)
        return; // nothing to lay out or paint
    p.cell = cell;
    prepare(p);
    growColumn(column + 1, p.width);
    update();
}

void HeadlineTable::setCorner(QWidget *corner) {
    m_corner = corner;
    corner->setParent(this);
    remeasure();
}

void HeadlineTable::prepare(Painted &p) {
    p.figure = plain(p.cell.figure);
    p.star = plain(p.cell.starred ? QStringLiteral("*") : QString());
    p.uncertainty = plain(p.cell.uncertainty);
    p.figure.prepare(QTransform(), m_bold);
    p.star.prepare(QTransform(), m_small);
    p.uncertainty.prepare(QTransform(), m_small);
    const qreal space = QFontMetricsF(m_small).horizontalAdvance(QLatin1Char(' '));
    p.width = p.figure.size().width() + p.star.size().width() +
              (p.cell.uncertainty.isEmpty() ? 0 : space + p.uncertainty.size().width());
}

void HeadlineTable::growColumn(int column, qreal width) {
    qreal &w = m_columnWidths[std::size_t(column)];
    if (width <= w)
        return;
    // In steps of kGrowth: a new size lays the whole window out again, so a figure one digit
    // wider than the last seldom asks for one.
    w = std::ceil(width / kGrowth) * kGrowth;
    updateGeometry();
}

void HeadlineTable::remeasure() {
    m_bold = font();
    m_bold.setBold(true);
    m_small = font();
    // The size of HTML's <small>, whether the font is sized in points or in pixels.
    if (font().pointSizeF() > 0)
        m_small.setPointSizeF(font().pointSizeF() * 0.83);
    else
        m_small.setPixelSize(std::max(1, int(std::lround(font().pixelSize() * 0.83))));
    m_columnWidths.assign(m_columnNames.size() + 1, 0);
    qreal labels = m_corner ? m_corner->sizeHint().width() : 0;
    for (QStaticText &label : m_rowLabels) {
        label.prepare(QTransform(), font());
        labels = std::max(labels, label.size().width());
    }
    m_columnWidths[0] = std::ceil(labels);
    for (std::size_t c = 0; c < m_columnNames.size(); ++c) {
        m_columnNames[c].prepare(QTransform(), m_bold);
        qreal width = m_columnNames[c].size().width();
        for (auto &row : m_cells) {
            prepare(row[c]);
            width = std::max(width, row[c].width);
        }
        m_columnWidths[c + 1] = std::ceil(width);
    }
    placeCorner();
    updateGeometry();
    update();
}

int HeadlineTable::rowHeight() const {
    return QFontMetrics(m_bold).height() + kRowSpacing;
}

void HeadlineTable::placeCorner() {
    if (!m_corner)
        return;
    const QSize hint = m_corner->sizeHint();
    m_corner->setGeometry(kMargin, 2 + (rowHeight() - hint.height()) / 2, hint.width(),
                          hint.height());
}

QSize HeadlineTable::sizeHint() const {
    qreal width = 2 * kMargin;
    for (const qreal w : m_columnWidths)
        width += w;
    width += kColumnSpacing * qreal(m_columnWidths.size() - 1);
    const int height = 4 + rowHeight() * (rows() + 1);
    return {int(std::ceil(width)), height};
}

QSize HeadlineTable::minimumSizeHint() const {
    return sizeHint();
}

void HeadlineTable::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    const int lineHeight = rowHeight();
    const qreal ascentBold = QFontMetricsF(m_bold).ascent();
    const qreal ascentSmall = QFontMetricsF(m_small).ascent();
    // QStaticText draws from the top of its first line: align the baselines.
    const auto top = [&](int row, qreal ascent) {
        return 2 + row * lineHeight + ascentBold - ascent;
    };
    qreal x = kMargin;
    std::vector<qreal> columnX;
    for (std::size_t c = 0; c < m_columnWidths.size(); ++c) {
        columnX.push_back(x);
        x += m_columnWidths[c] + kColumnSpacing;
    }
    painter.setFont(m_bold);
    for (std::size_t c = 0; c < m_columnNames.size(); ++c) {
        painter.setPen(m_columnColours.size() > c ? m_columnColours[c] : text);
        painter.drawStaticText(QPointF(columnX[c + 1], top(0, ascentBold)), m_columnNames[c]);
    }
    painter.setPen(text);
    painter.setFont(font());
    const qreal ascentPlain = QFontMetricsF(font()).ascent();
    for (int r = 0; r < rows(); ++r)
        painter.drawStaticText(QPointF(columnX[0], top(r + 1, ascentPlain)),
                               m_rowLabels[std::size_t(r)]);
    const qreal space = QFontMetricsF(m_small).horizontalAdvance(QLatin1Char(' '));
    for (int r = 0; r < rows(); ++r) {
        for (int c = 0; c < columns(); ++c) {
            const Painted &p = m_cells[std::size_t(r)][std::size_t(c)];
            qreal at = columnX[std::size_t(c) + 1];
            painter.setFont(m_bold);
            painter.drawStaticText(QPointF(at, top(r + 1, ascentBold)), p.figure);
            at += p.figure.size().width();
            painter.setFont(m_small);
            if (p.cell.starred) {
                // A superscript: raised by a third of the small type's height.
                painter.drawStaticText(
                    QPointF(at, top(r + 1, ascentSmall) - QFontMetricsF(m_small).height() / 3),
                    p.star);
                at += p.star.size().width();
            }
            painter.drawStaticText(QPointF(at + space, top(r + 1, ascentSmall)), p.uncertainty);
        }
    }
}

void HeadlineTable::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        remeasure();
    else if (event->type() == QEvent::PaletteChange)
        update();
}

QString HeadlineTable::plainText() const {
    QStringList lines;
    for (int r = 0; r < rows(); ++r) {
        QString line = m_rowLabels[std::size_t(r)].text();
        for (int c = 0; c < columns(); ++c) {
            const Cell &cell = m_cells[std::size_t(r)][std::size_t(c)].cell;
            line += QLatin1Char('\t') + cell.figure;
            if (cell.starred)
                line += QLatin1Char('*');
            if (!cell.uncertainty.isEmpty())
                line += QLatin1Char(' ') + cell.uncertainty;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void HeadlineTable::copyToClipboard() const {
    QStringList names;
    for (const QStaticText &name : m_columnNames)
        names << name.text();
    QApplication::clipboard()->setText(QLatin1Char('\t') + names.join(QLatin1Char('\t')) +
                                       QLatin1Char('\n') + plainText());
}

void HeadlineTable::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    menu.addAction(tr("Copy the Table"), this, [this] { copyToClipboard(); });
    menu.exec(event->globalPos());
}

bool HeadlineTable::event(QEvent *event) {
    // Once clicked, Ctrl+C copies the table, as in a text field, not the window's chart.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void HeadlineTable::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace leastbad::gui
