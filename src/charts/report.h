// SPDX-License-Identifier: GPL-3.0-or-later
// The one-page report: headline numbers with their 90% intervals, four charts, the
// assumptions and the sources, on an A4 page — as a PDF, or printed.
#pragma once

#include "analysis/exportresults.h"

#include <QSizeF>

class QCPPainter;

namespace leastbad::charts {

// A4 portrait at 96 dpi, the page the report is laid out on.
inline constexpr QSizeF kReportPage{793.7, 1122.5};

// Paints the report with `painter` (vectorised, for a PDF or a printer) onto a page laid
// out as kReportPage.
void paintReport(QCPPainter &painter, const analysis::ExportResults &results);
// The report as a PDF, written atomically; returns an error message naming the file, or empty.
QString writeReportPdf(const QString &path, const analysis::ExportResults &results);

// The report's text parts, as HTML (for tests and the printed page alike).
QString reportHeadlineHtml(const analysis::ExportResults &results);
QString reportAssumptionsHtml(const analysis::ExportResults &results);
QString reportSourcesHtml(const analysis::ExportResults &results);

} // namespace leastbad::charts
