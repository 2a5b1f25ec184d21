// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leastbad::gui {

ExportDialog::ExportDialog(charts::ChartWidget *chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_format(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_title(new QLineEdit(chart->defaultTitle(), this))
    , m_subtitle(new QLineEdit(chart->defaultSubtitle(), this))
    , m_preview(new QLabel(this)) {
    setWindowTitle(tr("Export Chart"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV of the chart's data"), QStringLiteral("csv"));
    for (const charts::SizePreset &preset : charts::sizePresets())
        m_size->addItem(preset.label, preset.key);
    m_size->addItem(tr("Custom size"), QString());
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_scale->addItem(tr("1× (as sized)"), 1);
    m_scale->addItem(tr("2× (sharp on high-density screens)"), 2);
    m_scale->addItem(tr("3× (print)"), 3);
    m_title->setAccessibleName(tr("Title"));
    m_subtitle->setAccessibleName(tr("Subtitle"));
    m_title->setPlaceholderText(chart->defaultTitle());
    m_subtitle->setPlaceholderText(chart->defaultSubtitle());
    m_preview->setMinimumSize(480, 270);
    // The pixmap follows the label's size, never the other way round.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview"));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("Sc&ale:"), m_scale);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Su&btitle:"), m_subtitle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("The footer names the region, the assumptions and the "
                                    "sources; it is always on the image."),
                                 this));
    layout->addWidget(buttons);

    const auto sync = [this] {
        const QString key = m_size->currentData().toString();
        for (const charts::SizePreset &preset : charts::sizePresets())
            if (preset.key == key) {
                m_width->setValue(preset.pixels.width());
                m_height->setValue(preset.pixels.height());
            }
        m_width->setEnabled(key.isEmpty());
        m_height->setEnabled(key.isEmpty());
        m_scale->setEnabled(m_format->currentData().toString() == QStringLiteral("png"));
        updatePreview();
    };
    connect(m_size, &QComboBox::currentIndexChanged, this, sync);
    connect(m_format, &QComboBox::currentIndexChanged, this, sync);
    connect(m_width, &QSpinBox::valueChanged, this, [this] { updatePreview(); });
    connect(m_height, &QSpinBox::valueChanged, this, [this] { updatePreview(); });
    connect(m_title, &QLineEdit::textChanged, this, [this] { updatePreview(); });
    connect(m_subtitle, &QLineEdit::textChanged, this, [this] { updatePreview(); });
    sync();
}

QString ExportDialog::formatKey() const {
    return m_format->currentData().toString();
}

charts::ImageOptions ExportDialog::options() const {
    charts::ImageOptions o;
    o.format = charts::imageFormatFromKey(formatKey()).value_or(charts::ImageFormat::Png);
    o.size.pixels = QSize(m_width->value(), m_height->value());
    for (const charts::SizePreset &preset : charts::sizePresets())
        if (preset.key == m_size->currentData().toString())
            o.size.page = preset.page;
    o.scale = m_scale->currentData().toInt();
    // An unchanged title stays the chart's own, so it follows the numbers.
    o.title = m_title->text() == m_chart->defaultTitle() ? QString() : m_title->text();
    o.subtitle = m_subtitle->text() == m_chart->defaultSubtitle() ? QString() : m_subtitle->text();
    return o;
}

void ExportDialog::updatePreview() {
    const charts::ImageOptions o = options();
    m_chart->setTitleOverride(o.title);
    m_chart->setSubtitleOverride(o.subtitle);
    const QImage image = charts::chartImage(*m_chart, o.size.pixels);
    m_chart->setTitleOverride({});
    m_chart->setSubtitleOverride({});
    m_previewImage = QPixmap::fromImage(image);
    showPreview();
}

void ExportDialog::showPreview() {
    m_preview->setPixmap(
        m_previewImage.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ExportDialog::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    showPreview(); // the image is kept: only its scaling changes
}

} // namespace leastbad::gui
