// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers people quote, for A and B against the status quo: each mean with its Monte
// Carlo standard error, rounded to what the draws can tell, and its 90% interval.
#pragma once

#include "app/analysisrunner.h"

#include <QWidget>

#include <array>

class QLabel;

namespace leastbad::gui {

class HeadlineStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlineStrip)

public:
    static constexpr int kRows = 6;

    explicit HeadlineStrip(QWidget *parent = nullptr);
    void showSnapshot(const analysis::AnalysisSnapshot &snapshot, const QStringList &policyNames,
                      int horizonYears);
    QString plainText() const; // for tests and the clipboard

private:
    // A fixed grid of labels whose texts change: far cheaper to update while a slider
    // moves than one rich-text table that must be laid out again.
    std::array<QLabel *, kRows> m_rowLabels{};
    std::array<std::array<QLabel *, kRows>, 2> m_values{};
    std::array<QLabel *, 2> m_names{};
    QLabel *m_comparison;
};

} // namespace leastbad::gui
