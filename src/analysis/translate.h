// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis library's free functions translate in the context lupdate gives a tr() call
// outside a class: the namespace's name.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace leastbad::analysis {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("leastbad::analysis", text, disambiguation, n);
}

} // namespace leastbad::analysis
