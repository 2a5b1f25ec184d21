// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parametertable.h"

#include "core/parameters.h"

#include <QString>

namespace leastbad::data {

namespace {

QByteArray text(std::string_view s) { return QByteArray(s.data(), qsizetype(s.size())); }
QByteArray number(double v) { return QString::number(v, 'g', 8).toUtf8(); }

} // namespace

QByteArray parameterTableMarkdown() {
    QByteArray md = QByteArray(kParameterTableBegin) + '\n';
    md += "| key | description | central | 90% interval | unit | distribution | evidence | source |\n";
    md += "|---|---|---|---|---|---|---|---|\n";
    for (const core::ParameterSpec &p : core::parameterSpecs()) {
        const QByteArray interval = p.distribution == core::Distribution::Fixed
                                        ? QByteArray("fixed")
                                        : number(p.low) + " to " + number(p.high);
        md += "| `" + text(p.key) + "` | " + text(p.description) + " | " + number(p.central) + " | " +
              interval + " | " + text(p.unit) + " | " + text(core::distributionLabel(p.distribution)) +
              " | " + text(core::evidenceLabel(p.evidence)) + " | " + text(p.source) + " |\n";
    }
    md += QByteArray(kParameterTableEnd) + '\n';
    return md;
}

} // namespace leastbad::data
