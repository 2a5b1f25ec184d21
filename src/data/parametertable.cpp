// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parametertable.h"

#include "core/parameters.h"

#include <QString>

#include <cmath>

namespace leastbad::data {

namespace {

QByteArray text(std::string_view s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}
QByteArray number(double v) {
    return QString::number(v, 'g', 8).toUtf8();
}

} // namespace

QByteArray parameterTableMarkdown() {
    QByteArray md = QByteArray(kParameterTableBegin) + '\n';
    md +=
        "| key | description | central | uncertainty | unit | distribution | evidence | source |\n";
    md += "|---|---|---|---|---|---|---|---|\n";
    for (const core::ParameterSpec &p : core::parameterSpecs()) {
        QByteArray uncertainty;
        switch (p.distribution) {
        case core::Distribution::Fixed:
            uncertainty = "fixed";
            break;
        case core::Distribution::Uniform:
        case core::Distribution::Triangular:
            uncertainty = "between " + number(p.low) + " and " + number(p.high);
            break;
        default:
            uncertainty = "90%: " + number(p.low) + " to " + number(p.high);
        }
        if (std::isfinite(p.lowerBound) || std::isfinite(p.upperBound))
            uncertainty +=
                ", truncated to [" + number(p.lowerBound) + ", " + number(p.upperBound) + "]";
        md += "| `" + text(p.key) + "` | " + text(p.description) + " | " + number(p.central) +
              " | " + uncertainty + " | " + text(p.unit) + " | " +
              text(core::distributionLabel(p.distribution)) + " | " +
              text(core::evidenceLabel(p.evidence)) + " | " + text(p.source) + " |\n";
    }
    md += QByteArray(kParameterTableEnd) + '\n';
    return md;
}

} // namespace leastbad::data
