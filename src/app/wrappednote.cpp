// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wrappednote.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace leastbad::gui {

namespace {
constexpr int kMargin = 4; // left and right, as the headline's table has
} // namespace

WrappedNote::WrappedNote(QWidget *parent)
    : QWidget(parent) {
    m_text.setTextFormat(Qt::RichText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

int WrappedNote::heightAt(int width) const {
    const qreal textWidth = std::max(1, width - 2 * kMargin);
    // Laid out again only when the text, the width or the font changed.
    if (m_text.textWidth() != textWidth || m_preparedFont != font() || !m_prepared) {
        m_text.setTextWidth(textWidth);
        m_text.prepare(QTransform(), font());
        m_preparedFont = font();
        m_prepared = true;
    }
    return int(std::ceil(m_text.size().height()));
}

void WrappedNote::setText(const QString &html) {
    if (html == m_text.text())
        return;
    m_text.setText(html);
    m_prepared = false;
    const int height = heightAt(width());
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

int WrappedNote::heightForWidth(int width) const {
    return heightAt(width);
}

QSize WrappedNote::sizeHint() const {
    return {200, heightAt(width() > 0 ? width() : 200)};
}

QSize WrappedNote::minimumSizeHint() const {
    return {50, 0};
}

void WrappedNote::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    m_height = heightAt(width());
}

void WrappedNote::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_prepared = false; // laid out again in the new font
        m_height = heightAt(width());
        updateGeometry();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

void WrappedNote::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    heightAt(width());
    painter.drawStaticText(QPointF(kMargin, 0), m_text);
}

} // namespace leastbad::gui
