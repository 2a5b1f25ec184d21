// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers people quote, a column for each policy against the status quo: each mean
// with its Monte Carlo standard error, rounded to what the draws can tell, and its 90%
// interval, and the chance each option is the best of those compared.
#pragma once

#include "app/analysisrunner.h"

#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QCheckBox;
class QScrollArea;

namespace leastbad::gui {

class HeadlineTable;
class WrappedNote;

// The table has a scroll area of its own: with many policies, or long labels in Dutch, it
// scrolls sideways instead of widening the window past a laptop's screen.
class HeadlineStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlineStrip)

public:
    static constexpr int kRows = 7;

    explicit HeadlineStrip(QWidget *parent = nullptr);
    void showSnapshot(std::shared_ptr<const analysis::AnalysisSnapshot> snapshot,
                      const QStringList &policyNames, int horizonYears);
    // Totals over the horizon (unticked) or their average a year (ticked).
    QCheckBox *perYearBox() const { return m_perYear; }
    QString plainText() const; // for tests and the clipboard
    HeadlineTable *table() const { return m_table; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The scroll area takes the table's whole height, and the scroll bar's when the
    // columns do not fit.
    void fitHeight();
    void redraw(); // the kept snapshot, as totals or a year's average
    void fillColumn(int column, const analysis::AnalysisSnapshot &s, std::size_t policy,
                    const std::vector<double> &probabilityBest,
                    const std::vector<double> &probabilityBestError, bool *unclear);

    QScrollArea *m_scroll;
    HeadlineTable *m_table; // painted: cheap to update while a slider moves
    WrappedNote *m_comparison;
    QCheckBox *m_perYear;
    std::shared_ptr<const analysis::AnalysisSnapshot> m_snapshot;
    QStringList m_names;
    int m_horizonYears = 20;
};

} // namespace leastbad::gui
