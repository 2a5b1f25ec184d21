// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/textformat.h"

#include <QCoreApplication>

#include <cmath>

namespace leastbad::cli {

QString significant(double value) {
    if (!std::isfinite(value))
        return QCoreApplication::translate("leastbad::cli", "n/a");
    return analysis::displayLocale().toString(value, 'g', 3);
}

QString withError(const std::vector<double> &draws, QString (*format)(double)) {
    return analysis::withErrorAndInterval(core::summarize(draws), core::meanStandardError(draws),
                                          format);
}

QString padded(const QString &text, int width) {
    return text.rightJustified(width);
}

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace leastbad::cli
