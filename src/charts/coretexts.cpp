// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/coretexts.h"

#include <QByteArray>
#include <QCoreApplication>

namespace leastbad::charts {

namespace {

QString translated(const char *context, std::string_view text) {
    const QByteArray source(text.data(), qsizetype(text.size())); // NUL-terminated copy
    return QCoreApplication::translate(context, source.constData());
}

} // namespace

QString leverLabel(const core::LeverSpec &lever) {
    return translated("Lever", lever.label);
}
QString leverUnit(const core::LeverSpec &lever) {
    return translated("Unit", lever.unit);
}
QString leverEvidence(const core::LeverSpec &lever) {
    return translated("Evidence", lever.evidence);
}
QString outputLabel(const core::OutputSpec &output) {
    return translated("Output", output.label);
}
QString outputUnit(const core::OutputSpec &output) {
    return translated("Unit", output.unit);
}

} // namespace leastbad::charts
