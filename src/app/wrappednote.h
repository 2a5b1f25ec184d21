// SPDX-License-Identifier: GPL-3.0-or-later
// A paragraph of rich text, wrapped to the widget's width, whose text changes often (the
// headline's notes at every slider step). A word-wrapped QLabel asks the window to lay out
// again at every new text, which makes every other wrapped label measure itself again; this
// asks only when the paragraph's height changes.
#pragma once

#include <QFont>
#include <QStaticText>
#include <QWidget>

namespace leastbad::gui {

class WrappedNote final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedNote)

public:
    explicit WrappedNote(QWidget *parent = nullptr);
    void setText(const QString &html);
    QString text() const { return m_text.text(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int heightAt(int width) const; // the text laid out at that width, in pixels
    mutable QStaticText m_text;
    mutable QFont m_preparedFont;
    mutable bool m_prepared = false;
    int m_height = 0; // at the current width, as last reported to the layout
};

} // namespace leastbad::gui
