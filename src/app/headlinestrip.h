// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers people quote, for A and B against the status quo, each with its 90% interval.
#pragma once

#include "app/analysisrunner.h"

#include <QWidget>

class QLabel;

namespace leastbad::gui {

class HeadlineStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlineStrip)

public:
    explicit HeadlineStrip(QWidget *parent = nullptr);
    void showSnapshot(const AnalysisSnapshot &snapshot, const QStringList &policyNames,
                      int horizonYears);
    QString plainText() const; // for tests and the clipboard

private:
    QLabel *m_label;
};

} // namespace leastbad::gui
