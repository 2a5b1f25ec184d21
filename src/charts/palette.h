// SPDX-License-Identifier: GPL-3.0-or-later
// Okabe & Ito (2008) colour-blind-safe colours for the status quo and the policies.
#pragma once

#include <QColor>
#include <QPalette>

namespace leastbad::charts {

// The status quo in the text colour: black on a light theme, near-white on a dark one.
inline QColor statusQuoColor(const QPalette &palette) {
    return palette.color(QPalette::Text);
}
// Policy A blue, policy B vermillion.
inline QColor policyColor(int policyIndex) {
    return policyIndex == 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
}
// A region's observed (published) history: bluish green, apart from both policies.
inline QColor observedColor() {
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

} // namespace leastbad::charts
