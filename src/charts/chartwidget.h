// SPDX-License-Identifier: GPL-3.0-or-later
// The frame every chart shares: a QCustomPlot with a title, a subtitle that says what the
// numbers show, axis labels with units, a legend under the plot, and a footer naming the
// region, the assumptions and the sources, so a chart copied out of the app or exported
// still says what it shows. The same widget draws on screen and into every export.
#pragma once

#include "analysis/chartcontext.h"

#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace leastbad::charts {

// Text sizes in points: on screen, and in an exported image (larger, for slides).
struct ChartFonts {
    double title = 12;
    double subtitle = 9.5;
    double axisLabel = 9;
    double tickLabel = 8.5;
    double legend = 8.5;
    double footer = 7.5;
};

// Larger text for exported images: legible on a slide, a phone and a printed page.
ChartFonts exportFonts();
// Exports are printed and projected: black on white, whatever the app's theme.
QPalette printPalette();

class ChartWidget : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(const QString &title, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }

    // The title and subtitle written from the numbers; an override (for an export) wins
    // until it is cleared with an empty string.
    QString title() const;
    QString subtitle() const;
    const QString &defaultTitle() const { return m_defaultTitle; }
    const QString &defaultSubtitle() const { return m_defaultSubtitle; }
    void setTitleOverride(const QString &title);
    void setSubtitleOverride(const QString &subtitle);
    const QString &footer() const { return m_footerText; }

    void setFonts(const ChartFonts &fonts);
    // A chart on a page whose text already gives the numbers can leave out its subtitle.
    void setSubtitleShown(bool shown);
    // Wraps the subtitle and the footer to a plot of this width (in logical pixels).
    void wrapTextTo(int width);
    // Follows the widget's palette (the app's light or dark theme; white for exports).
    void applyPalette();
    // The tooltip text for a point under the mouse, or empty.
    virtual QString tooltipAt(const QPointF &position) const;

protected:
    void setTexts(const QString &title, const QString &subtitle);
    void setFooter(const QString &footer);
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QFont fontOf(double points, bool bold = false) const;
    const ChartFonts &fonts() const { return m_fonts; }
    QCustomPlot *m_plot;

private:
    void refreshTexts();

    QCPTextElement *m_title;
    QCPTextElement *m_subtitle;
    QCPTextElement *m_footer;
    QString m_defaultTitle, m_defaultSubtitle, m_titleOverride, m_subtitleOverride;
    QString m_footerText;
    ChartFonts m_fonts;
    int m_wrapWidth = 0;
    bool m_subtitleShown = true;
};

} // namespace leastbad::charts
