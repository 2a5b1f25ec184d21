// SPDX-License-Identifier: GPL-3.0-or-later
// A chart as a PNG (at 1×, 2× or 3×), an SVG or a PDF (both vector), at a size preset or
// any size, written atomically. The chart is laid out at a logical size whose text stays
// legible (a 1920 × 1080 slide is laid out as 1280 × 720 and drawn at 1.5×), then drawn
// at the size asked for.
#pragma once

#include "charts/chartwidget.h"

#include <QImage>
#include <QPageSize>
#include <QSize>

#include <optional>
#include <vector>

namespace leastbad::charts {

enum class ImageFormat { Png, Svg, Pdf };
std::optional<ImageFormat> imageFormatFromKey(const QString &key); // "png", "svg", "pdf"
QString imageFormatKey(ImageFormat format);

struct SizePreset {
    QString key;                               // slide, social, square, a4, letter
    QString label;                             // translated
    QSize pixels;                              // at 1×; A4 and Letter landscape at 96 dpi
    std::optional<QPageSize::PageSizeId> page; // print presets: the PDF has this page size
};
const std::vector<SizePreset> &sizePresets();

// A preset key or "WIDTHxHEIGHT" (each 200 to 8000 pixels).
struct ImageSize {
    QSize pixels;
    std::optional<QPageSize::PageSizeId> page;
};
std::optional<ImageSize> parseImageSize(const QString &text, QString &error);

struct ImageOptions {
    ImageFormat format = ImageFormat::Png;
    ImageSize size{{1920, 1080}, std::nullopt};
    int scale = 1;    // PNG only: 1, 2 or 3
    QString title;    // empty: the chart's own
    QString subtitle; // empty: the chart's own
};

// The logical size the chart is laid out at for an image of `pixels`.
QSize layoutSize(QSize pixels);
// The chart at `pixels` × `scale`, for PNG files and the clipboard.
QImage chartImage(ChartWidget &chart, QSize pixels, int scale = 1);
// Writes the chart; returns an error message naming the file, or empty.
QString writeChart(ChartWidget &chart, const QString &path, const ImageOptions &options);

} // namespace leastbad::charts
