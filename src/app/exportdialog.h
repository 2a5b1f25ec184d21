// SPDX-License-Identifier: GPL-3.0-or-later
// Export one chart: format, size preset or custom size, pixel scale, and the title and
// subtitle (pre-filled with the ones written from the numbers), with a preview of the
// image as it will be written.
#pragma once

#include "charts/chartexport.h"

#include <QDialog>
#include <QPixmap>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace leastbad::gui {

class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `chart` is drawn for export (charts::drawChart) and outlives the dialog.
    ExportDialog(charts::ChartWidget *chart, QWidget *parent = nullptr);

    // The format key: png, svg, pdf or csv (the chart's data).
    QString formatKey() const;
    charts::ImageOptions options() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePreview();
    void showPreview();

    charts::ChartWidget *m_chart;
    QComboBox *m_format;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QLabel *m_preview;
    QPixmap m_previewImage;
};

} // namespace leastbad::gui
