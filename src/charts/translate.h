// SPDX-License-Identifier: GPL-3.0-or-later
// The charts library's free functions translate in the context lupdate gives a tr() call
// outside a class: the namespace's name.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace leastbad::charts {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("leastbad::charts", text, disambiguation, n);
}

} // namespace leastbad::charts
