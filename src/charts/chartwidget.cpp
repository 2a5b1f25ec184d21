// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartwidget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace leastbad::charts {

namespace {

// Breaks each line of `text` at spaces so that no line is wider than `width`. Each word is
// measured once and a line's width is the sum of its words and spaces (a subtitle whose
// numbers change at every slider step was measured again from its start at every word,
// quadratic in its length); kerning across a space is the only thing this leaves out.
QString wrapped(const QString &text, const QFont &font, double width) {
    if (width <= 0)
        return text;
    const QFontMetricsF metrics(font);
    const QString indent = QStringLiteral("    "); // continuation lines are indented
    const double space = metrics.horizontalAdvance(QLatin1Char(' '));
    const double indentWidth = metrics.horizontalAdvance(indent);
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString current;
        double currentWidth = 0;
        for (const QString &word : line.split(QLatin1Char(' '))) {
            const double wordWidth = metrics.horizontalAdvance(word);
            if (current.isEmpty()) {
                current = word;
                currentWidth = wordWidth;
            } else if (currentWidth + space + wordWidth > width) {
                out << current;
                current = indent + word;
                currentWidth = indentWidth + wordWidth;
            } else {
                current += QLatin1Char(' ') + word;
                currentWidth += space + wordWidth;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

ChartFonts exportFonts() {
    return {
        .title = 16, .subtitle = 11, .axisLabel = 11, .tickLabel = 10, .legend = 10, .footer = 8};
}

QPalette printPalette() {
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Mid, QColor(160, 160, 160));
    return p;
}

ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_defaultTitle(title) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setAccessibleName(title);
    // Rows: title, subtitle, plot, legend (a row of its own, so it never hides data), footer.
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, title, fontOf(m_fonts.title, true));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->insertRow(1);
    m_subtitle = new QCPTextElement(m_plot, QString(), fontOf(m_fonts.subtitle));
    m_plot->plotLayout()->addElement(1, 0, m_subtitle);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(3);
    m_plot->plotLayout()->addElement(3, 0, m_plot->legend);
    m_plot->plotLayout()->insertRow(4);
    m_footer = new QCPTextElement(m_plot, QString(), fontOf(m_fonts.footer));
    m_footer->setTextFlags(Qt::AlignLeft);
    m_footer->setMargins(QMargins(8, 4, 8, 8)); // off the image's edge when exported
    m_plot->plotLayout()->addElement(4, 0, m_footer);
    for (int row : {0, 1, 3, 4})
        m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    // Band fills redraw on every slider step; their edges gain nothing from antialiasing.
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    setFonts(m_fonts);
    applyPalette();
    // Exact values on hover.
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString tip = tooltipAt(event->position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot);
    });
}

QFont ChartWidget::fontOf(double points, bool bold) const {
    QFont f = font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void ChartWidget::setFonts(const ChartFonts &fonts) {
    m_fonts = fonts;
    m_title->setFont(fontOf(fonts.title, true));
    m_subtitle->setFont(fontOf(fonts.subtitle));
    m_footer->setFont(fontOf(fonts.footer));
    m_plot->legend->setFont(fontOf(fonts.legend));
    // Legend swatches and spacing in proportion to its text, so a small chart keeps room.
    m_plot->legend->setIconSize(int(fonts.legend * 3), int(fonts.legend * 1.4));
    m_plot->legend->setRowSpacing(fonts.legend < 8 ? 0 : 2);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setLabelFont(fontOf(fonts.axisLabel));
        axis->setTickLabelFont(fontOf(fonts.tickLabel));
    }
    refreshTexts();
}

void ChartWidget::setSubtitleShown(bool shown) {
    m_subtitleShown = shown;
    refreshTexts();
}

void ChartWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartWidget::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    wrapTextTo(width());
}

void ChartWidget::wrapTextTo(int width) {
    if (width == m_wrapWidth)
        return;
    m_wrapWidth = width;
    refreshTexts();
}

void ChartWidget::applyPalette() {
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor grid = p.color(QPalette::Mid);
    m_plot->setBackground(p.brush(QPalette::Base));
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_plot->legend->setBrush(p.brush(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_title->setTextColor(text);
    m_subtitle->setTextColor(text);
    m_footer->setTextColor(text);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString ChartWidget::tooltipAt(const QPointF &position) const {
    int index = -1;
    QCPAbstractPlottable *plottable = m_plot->plottableAt(position, false, &index);
    if (!plottable || index < 0 || plottable->name().isEmpty())
        return {};
    auto *interface = plottable->interface1D();
    if (!interface || index >= interface->dataCount())
        return {};
    const QLocale locale;
    return QStringLiteral("%1\n%2: %3\n%4: %5")
        .arg(plottable->name(),
             plottable->keyAxis()->label().isEmpty() ? tr("x") : plottable->keyAxis()->label(),
             locale.toString(interface->dataMainKey(index), 'g', 6),
             plottable->valueAxis()->label().isEmpty() ? tr("value")
                                                       : plottable->valueAxis()->label(),
             locale.toString(interface->dataMainValue(index), 'g', 6));
}

QString ChartWidget::title() const {
    return m_titleOverride.isEmpty() ? m_defaultTitle : m_titleOverride;
}

QString ChartWidget::subtitle() const {
    return m_subtitleOverride.isEmpty() ? m_defaultSubtitle : m_subtitleOverride;
}

void ChartWidget::setTitleOverride(const QString &title) {
    m_titleOverride = title;
    refreshTexts();
}

void ChartWidget::setSubtitleOverride(const QString &subtitle) {
    m_subtitleOverride = subtitle;
    refreshTexts();
}

void ChartWidget::setTexts(const QString &title, const QString &subtitle) {
    m_defaultTitle = title;
    m_defaultSubtitle = subtitle;
    refreshTexts();
}

void ChartWidget::setFooter(const QString &footer) {
    m_footerText = footer;
    refreshTexts();
}

void ChartWidget::refreshTexts() {
    // Margins of the text elements and the plot's own, so wrapped text never touches an edge.
    const double width = m_wrapWidth - 24;
    // Measuring the footer word by word costs about a millisecond: while a slider moves its
    // text rarely changes, so it is wrapped again only when its text, font or width does.
    const auto setWrapped = [width](QCPTextElement *element, const QString &text) {
        const QString key =
            text + QLatin1Char('\x1f') + QString::number(width) + element->font().toString();
        if (element->property("wrapKey").toString() == key)
            return;
        element->setProperty("wrapKey", key);
        element->setText(wrapped(text, element->font(), width));
    };
    setWrapped(m_title, title());
    setWrapped(m_subtitle, m_subtitleShown ? subtitle() : QString());
    setWrapped(m_footer, m_footerText);
    // Two legend columns where they fit; one on a narrow chart, so no entry is cut off.
    const int columns = m_wrapWidth > 0 && m_wrapWidth < 560 ? 1 : 2;
    if (m_plot->legend->wrap() != columns) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(m_plot->legend->fillOrder(), true); // rearranges
    }
    m_plot->setAccessibleName(title());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leastbad::charts
