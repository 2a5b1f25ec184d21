// SPDX-License-Identifier: GPL-3.0-or-later
// The headline's grid of figures, painted by one widget: a row label, then a column per
// policy whose cells are a figure in bold and its uncertainty in small type. Its texts change
// at every slider step, so it lays out only the texts that changed (QStaticText) and asks
// its parent for a new size only when a column must grow or the table changes shape: a grid
// of rich-text labels re-laid out every cell and the window around it at every step.
#pragma once

#include <QColor>
#include <QStaticText>
#include <QWidget>

#include <vector>

namespace leastbad::gui {

class HeadlineTable final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlineTable)

public:
    struct Cell {
        QString figure;       // in bold
        bool starred = false; // the figure cannot be told from zero (a footnote says so)
        QString uncertainty;  // in small type after it
        bool operator==(const Cell &) const = default;
    };

    explicit HeadlineTable(QWidget *parent = nullptr);

    // The shape: row labels, and each column's name and colour. Columns keep their widths
    // until the shape changes, so a figure that shrinks does not make the table jump.
    void setShape(const QStringList &rowLabels, const QStringList &columnNames,
                  const std::vector<QColor> &columnColours);
    void setCell(int row, int column, const Cell &cell);
    // The top-left corner, above the row labels (the "Average a year" box).
    void setCorner(QWidget *corner);

    int rows() const { return int(m_rowLabels.size()); }
    int columns() const { return int(m_columnNames.size()); }
    QString plainText() const; // tab-separated, a line per row, the names first

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Painted {
        Cell cell;
        QStaticText figure, star, uncertainty;
        qreal width = 0;
    };
    void prepare(Painted &p);
    void remeasure(); // every text, after a font or shape change
    int rowHeight() const;
    void placeCorner();
    void growColumn(int column, qreal width);
    void copyToClipboard() const;

    std::vector<QStaticText> m_rowLabels;
    std::vector<QStaticText> m_columnNames;
    std::vector<QColor> m_columnColours;
    std::vector<std::vector<Painted>> m_cells; // [row][column]
    std::vector<qreal> m_columnWidths;         // the first is the row labels'
    QWidget *m_corner = nullptr;
    QFont m_bold, m_small;
};

} // namespace leastbad::gui
