// SPDX-License-Identifier: GPL-3.0-or-later
// Okabe & Ito (2008) colour-blind-safe colours for the status quo and the policies.
#pragma once

#include <QColor>
#include <QPalette>

#include <iterator>

namespace leastbad::charts {

// The status quo in the text colour: black on a light theme, near-white on a dark one.
inline QColor statusQuoColor(const QPalette &palette) {
    return palette.color(QPalette::Text);
}
// The policies in list order: blue, vermillion, reddish purple, orange, sky blue, then
// again. Bluish green is kept for observed history and yellow left out (too pale on white).
inline QColor policyColor(int policyIndex) {
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x56, 0xB4, 0xE9)};
    constexpr int count = int(std::size(colors));
    return colors[((policyIndex % count) + count) % count];
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
