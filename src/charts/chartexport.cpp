// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartexport.h"
#include "charts/translate.h"

#include "data/atomicfile.h"

#include <QImageWriter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <leastbad/version.h>

#include <algorithm>
#include <cmath>

namespace leastbad::charts {

namespace {

// Fonts are in points: every export draws at 96 dots per inch, whatever the screen's.
constexpr int kDpi = 96;
constexpr int kMinSide = 200;
constexpr int kMaxSide = 8000;

// Applies the overrides and wraps the text to the layout width; restores on destruction.
class ExportTexts {
public:
    ExportTexts(ChartWidget &chart, const ImageOptions &options, int width)
        : m_chart(chart) {
        chart.setTitleOverride(options.title);
        chart.setSubtitleOverride(options.subtitle);
        chart.wrapTextTo(width);
    }
    ~ExportTexts() {
        m_chart.setTitleOverride({});
        m_chart.setSubtitleOverride({});
        m_chart.wrapTextTo(m_chart.width());
    }
    ExportTexts(const ExportTexts &) = delete;
    ExportTexts &operator=(const ExportTexts &) = delete;

private:
    ChartWidget &m_chart;
};

QString pngTo(QIODevice &device, const QImage &image) {
    QImageWriter writer(&device, "png");
    return writer.write(image) ? QString() : writer.errorString();
}

QString svgTo(QIODevice &device, ChartWidget &chart, QSize logical) {
    QSvgGenerator svg;
    svg.setOutputDevice(&device);
    svg.setSize(logical);
    svg.setViewBox(QRect(QPoint(0, 0), logical));
    svg.setResolution(kDpi);
    // Qt 6.4 writes the title and description into the XML as given: escape them here, or
    // an "&" in a citation makes the file malformed.
    svg.setTitle(chart.title().toHtmlEscaped());
    svg.setDescription(
        QString(chart.subtitle() + QLatin1Char('\n') + chart.footer()).toHtmlEscaped());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return tr("cannot draw the SVG");
    painter.setMode(QCPPainter::pmVectorized);
    chart.plot()->toPainter(&painter, logical.width(), logical.height());
    return painter.end() ? QString() : tr("cannot draw the SVG");
}

QString pdfTo(QIODevice &device, ChartWidget &chart, QSize logical,
              const std::optional<QPageSize::PageSizeId> &page) {
    QPdfWriter pdf(&device);
    pdf.setResolution(kDpi);
    pdf.setCreator(QStringLiteral("LeastBad %1").arg(QString::fromLatin1(kVersion)));
    pdf.setTitle(chart.title());
    // A print preset keeps its paper size (landscape); any other size becomes the page.
    const QPageSize pageSize = page ? QPageSize(*page)
                                    : QPageSize(QSizeF(logical) * 72.0 / kDpi, QPageSize::Point,
                                                QString(), QPageSize::ExactMatch);
    pdf.setPageLayout(QPageLayout(pageSize, page ? QPageLayout::Landscape : QPageLayout::Portrait,
                                  QMarginsF(0, 0, 0, 0)));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return tr("cannot draw the PDF");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(QRect(QPoint(0, 0), logical));
    painter.setViewport(QRect(0, 0, pdf.width(), pdf.height()));
    chart.plot()->toPainter(&painter, logical.width(), logical.height());
    return painter.end() ? QString() : tr("cannot draw the PDF");
}

} // namespace

std::optional<ImageFormat> imageFormatFromKey(const QString &key) {
    for (ImageFormat f : {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf})
        if (imageFormatKey(f) == key.toLower())
            return f;
    return std::nullopt;
}

QString imageFormatKey(ImageFormat format) {
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

const std::vector<SizePreset> &sizePresets() {
    static const std::vector<SizePreset> presets = {
        {QStringLiteral("slide"), tr("Slide, 16:9 (1920 × 1080)"), {1920, 1080}, std::nullopt},
        {QStringLiteral("social"), tr("Social, wide (1200 × 675)"), {1200, 675}, std::nullopt},
        {QStringLiteral("square"), tr("Social, square (1080 × 1080)"), {1080, 1080}, std::nullopt},
        {QStringLiteral("a4"), tr("Print, A4 landscape"), {1123, 794}, QPageSize::A4},
        {QStringLiteral("letter"), tr("Print, Letter landscape"), {1056, 816}, QPageSize::Letter},
    };
    return presets;
}

std::optional<ImageSize> parseImageSize(const QString &text, QString &error) {
    for (const SizePreset &preset : sizePresets())
        if (preset.key == text.toLower())
            return ImageSize{preset.pixels, preset.page};
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch()) {
        QStringList keys;
        for (const SizePreset &preset : sizePresets())
            keys << preset.key;
        error = tr("size \"%1\": expected WIDTHxHEIGHT in pixels or one of %2")
                    .arg(text, keys.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (std::min(size.width(), size.height()) < kMinSide ||
        std::max(size.width(), size.height()) > kMaxSide) {
        error = tr("size \"%1\": each side must be %2 to %3 pixels")
                    .arg(text)
                    .arg(kMinSide)
                    .arg(kMaxSide);
        return std::nullopt;
    }
    return ImageSize{size, std::nullopt};
}

QSize layoutSize(QSize pixels) {
    // Large images are laid out as a 1280 × 720 slide would be and drawn larger, so their
    // text grows with them; smaller ones are laid out at their own size.
    const double density =
        std::max(1.0, std::min(pixels.width() / 1280.0, pixels.height() / 720.0));
    return {int(std::lround(pixels.width() / density)),
            int(std::lround(pixels.height() / density))};
}

QImage chartImage(ChartWidget &chart, QSize pixels, int scale) {
    const QSize logical = layoutSize(pixels);
    QImage image(pixels * scale, QImage::Format_ARGB32_Premultiplied);
    // 96 dpi whatever the scale: fonts resolve as at 1×, then the painter scales them.
    const int dotsPerMeter = int(std::lround(kDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(double(image.width()) / logical.width(),
                  double(image.height()) / logical.height());
    chart.wrapTextTo(logical.width());
    chart.plot()->toPainter(&painter, logical.width(), logical.height());
    painter.end();
    image.setText(QStringLiteral("Title"), chart.title());
    image.setText(QStringLiteral("Description"),
                  chart.subtitle() + QLatin1Char('\n') + chart.footer());
    image.setText(QStringLiteral("Software"),
                  QStringLiteral("LeastBad %1").arg(QString::fromLatin1(kVersion)));
    return image;
}

QString writeChart(ChartWidget &chart, const QString &path, const ImageOptions &options) {
    if (options.scale < 1 || options.scale > 3)
        return tr("%1: the scale must be 1, 2 or 3").arg(path);
    const QSize logical = layoutSize(options.size.pixels);
    const ExportTexts texts(chart, options, logical.width());
    switch (options.format) {
    case ImageFormat::Png: {
        const QImage image = chartImage(chart, options.size.pixels, options.scale);
        return data::cannotWrite(path, data::writeFileAtomically(path, [&image](QIODevice &device) {
                                     return pngTo(device, image);
                                 }));
    }
    case ImageFormat::Svg:
        return data::cannotWrite(path, data::writeFileAtomically(path, [&](QIODevice &device) {
                                     return svgTo(device, chart, logical);
                                 }));
    case ImageFormat::Pdf:
        return data::cannotWrite(path, data::writeFileAtomically(path, [&](QIODevice &device) {
                                     return pdfTo(device, chart, logical, options.size.page);
                                 }));
    }
    return tr("%1: unknown format").arg(path);
}

} // namespace leastbad::charts
