// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/headlinestrip.h"

#include "app/headlinetable.h"
#include "app/wrappednote.h"

#include "analysis/numbertext.h"
#include "charts/palette.h"
#include "core/decisionsummary.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace leastbad::gui {

namespace {

using analysis::indistinguishableFromZero;
using analysis::moneyTo;
using analysis::numberTo;
using analysis::percentTo;
using analysis::roundingStep;
using charts::policyColor;

// A figure read with its natural sign: "saved" is the change in "lost" turned round.
struct Figure {
    core::Quantiles q;
    core::MonteCarloError e;
};
Figure negated(const core::Quantiles &q, const core::MonteCarloError &e) {
    Figure f{q, e};
    f.q.mean = -q.mean;
    f.q.p5 = -q.p95;
    f.q.p95 = -q.p5;
    f.q.p50 = -q.p50;
    f.e.p5 = e.p95;
    f.e.p95 = e.p5;
    return f;
}

// The figure over the horizon as an average a year (every quantile and error divided).
Figure perYear(Figure f, int years) {
    const double by = std::max(1, years);
    for (double *v :
         {&f.q.mean, &f.q.p5, &f.q.p50, &f.q.p95, &f.e.mean, &f.e.p5, &f.e.p50, &f.e.p95})
        *v /= by;
    return f;
}

// "16 bn ± 1.2 bn (median 14 bn; −2.0 tn to 2.5 tn)": the mean (in bold) and its Monte Carlo
// standard error, each figure rounded to the digits its own error allows, the median (a
// skewed total's mean and median differ) and the 90% interval. A mean the draws cannot
// tell from zero is starred (the footnote says what it means).
HeadlineTable::Cell cell(const Figure &f, QString (*format)(double, double), bool *unclear) {
    const double step = roundingStep(f.e.mean);
    const bool zeroLike = indistinguishableFromZero(f.q.mean, f.e.mean);
    *unclear = *unclear || zeroLike;
    return {
        format(f.q.mean, step), zeroLike,
        QCoreApplication::translate("leastbad::gui::HeadlineStrip", "± %1 (median %2; %3 to %4)")
            .arg(format(f.e.mean, step), format(f.q.p50, roundingStep(f.e.p50)),
                 format(f.q.p5, roundingStep(f.e.p5)), format(f.q.p95, roundingStep(f.e.p95)))};
}

} // namespace

HeadlineStrip::HeadlineStrip(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_table(new HeadlineTable)
    , m_comparison(new WrappedNote(this))
    , m_perYear(new QCheckBox(tr("Average a year"))) {
    // The columns as wide as their figures, the room left over to their right.
    auto *holder = new QWidget(m_scroll);
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table);
    row->addStretch(1);
    m_scroll->setWidget(holder);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_comparison);
    m_table->setCorner(m_perYear);
    m_perYear->setToolTip(tr("Show each total over the horizon as its average a year"));
    connect(m_perYear, &QCheckBox::toggled, this, &HeadlineStrip::redraw);
    m_comparison->setText(tr("Computing…"));
}

void HeadlineStrip::fillColumn(int column, const analysis::AnalysisSnapshot &s, std::size_t i,
                               const std::vector<double> &probabilityBest,
                               const std::vector<double> &probabilityBestError, bool *unclear) {
    const analysis::HeadlineErrors &e = s.errors[i];
    if (e.changesNothing) {
        // Nothing to estimate: "0%" would read as a verdict against the policy.
        for (int r = 0; r < kRows; ++r)
            m_table->setCell(r, column, {tr("n/a"), false, QString()});
        return;
    }
    const core::PolicyVerdict &v = s.verdicts[i];
    const core::MonteCarloError &ve = v.netValueError;
    const double bestStep = roundingStep(probabilityBestError.at(i));
    // Totals over the horizon, or the average a year when the box is ticked.
    const auto shown = [this](const Figure &f) {
        return m_perYear->isChecked() ? perYear(f, m_horizonYears) : f;
    };
    const HeadlineTable::Cell cells[kRows] = {
        cell(shown({s.victimizationsAverted[i], e.victimizationsAverted}), numberTo, unclear),
        cell(shown(negated(s.wellbeingYearsChange[i], e.wellbeingYearsChange)), numberTo, unclear),
        cell(shown(negated(s.lifeYearsNetChange[i], e.lifeYearsNetChange)), numberTo, unclear),
        cell(shown({s.taxpayerCostChange[i], e.taxpayerCostChange}), moneyTo, unclear),
        cell(shown({v.netValue, ve}), moneyTo, unclear),
        {percentTo(v.probabilityPositive, roundingStep(ve.shareAboveZero)), false,
         tr("± %1").arg(percentTo(ve.shareAboveZero, roundingStep(ve.shareAboveZero)))},
        {percentTo(probabilityBest.at(i), bestStep), false,
         tr("± %1").arg(percentTo(probabilityBestError.at(i), bestStep))}};
    for (int r = 0; r < kRows; ++r)
        m_table->setCell(r, column, cells[r]);
}

void HeadlineStrip::showSnapshot(std::shared_ptr<const analysis::AnalysisSnapshot> snapshot,
                                 const QStringList &names, int horizonYears) {
    m_snapshot = std::move(snapshot);
    m_names = names;
    m_horizonYears = horizonYears;
    redraw();
}

void HeadlineStrip::redraw() {
    if (!m_snapshot)
        return;
    const analysis::AnalysisSnapshot &s = *m_snapshot;
    const QStringList &names = m_names;
    const int horizonYears = m_horizonYears;
    const bool perYear = m_perYear->isChecked();
    const QString labels[kRows] = {
        perYear ? tr("Victimisations averted a year (average of %n year(s))", nullptr, horizonYears)
                : tr("Victimisations averted over %n year(s)", nullptr, horizonYears),
        perYear ? tr("Wellbeing-years saved a year") : tr("Wellbeing-years saved"),
        perYear ? tr("Life-years saved a year (net of years lost in prison)")
                : tr("Life-years saved (net of years lost in prison)"),
        perYear ? tr("Change in taxpayers' cost a year (discounted)")
                : tr("Change in taxpayers' cost (discounted)"),
        perYear ? tr("Net social value a year (your weights)")
                : tr("Net social value (your weights)"),
        tr("P(net benefit > 0)"),
        tr("P(best of the options compared)")};
    const std::size_t options = std::min(s.verdicts.size(), s.errors.size());
    QStringList columnNames;
    std::vector<QColor> colours;
    for (std::size_t i = 1; i < options; ++i) {
        columnNames << names.value(int(i));
        colours.push_back(policyColor(int(i) - 1));
    }
    // Unchanged texts cost nothing: the table lays out only what changed.
    m_table->setShape(QStringList(std::begin(labels), std::end(labels)), columnNames, colours);
    // The status quo is option 0, worth 0 against itself in every draw.
    const core::DecisionSummary decision = core::summarizeDecision(s.netValueDraws);
    bool unclear = false;
    QStringList unchanged;
    for (std::size_t i = 1; i < options; ++i) {
        fillColumn(int(i) - 1, s, i, decision.probabilityBest, decision.probabilityBestError,
                   &unclear);
        if (s.errors[i].changesNothing)
            unchanged << names.value(int(i)).toHtmlEscaped();
    }
    m_table->setAccessibleDescription(m_table->plainText());
    // One paragraph, in small type: the table, not its notes, should take the height.
    QStringList notes;
    if (!unchanged.isEmpty())
        notes << tr("%1: the status quo, so there is no effect to estimate (n/a).")
                     .arg(unchanged.join(QStringLiteral(", ")));
    else if (options == 3) {
        const double step = roundingStep(core::shareError(s.aVersusB.firstBetter, s.draws));
        notes << tr("On net social value, %1 beats %2 in <b>%3</b> of %4 draws and "
                    "loses in %5 (ties: %6).")
                     .arg(names.value(1).toHtmlEscaped(), names.value(2).toHtmlEscaped(),
                          percentTo(s.aVersusB.firstBetter, step))
                     .arg(analysis::count(s.draws))
                     .arg(percentTo(s.aVersusB.secondBetter, step),
                          percentTo(s.aVersusB.tie, step));
    }
    if (options >= 2 && !decision.probabilityBest.empty()) {
        const double step = roundingStep(decision.probabilityBestError.front());
        notes << tr("The status quo is the best option in %1 of the draws.")
                     .arg(percentTo(decision.probabilityBest.front(), step));
    }
    notes << tr("Each figure: mean ± its Monte Carlo standard error, rounded to the digits "
                "that error allows, its median and the 90% interval in brackets.%1")
                 .arg(unclear ? tr(" * cannot be distinguished from zero at these draws.")
                              : QString());
    const QString text = QStringLiteral("<small>%1</small>").arg(notes.join(QLatin1Char(' ')));
    m_comparison->setText(text);
    fitHeight();
}

void HeadlineStrip::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    fitHeight();
}

void HeadlineStrip::fitHeight() {
    const QWidget *table = m_scroll->widget();
    int height = table->sizeHint().height();
    if (table->minimumSizeHint().width() > width())
        height += m_scroll->horizontalScrollBar()->sizeHint().height();
    if (height != m_scroll->height())
        m_scroll->setFixedHeight(height);
}

QString HeadlineStrip::plainText() const {
    QTextDocument comparison;
    comparison.setHtml(m_comparison->text());
    return m_table->plainText() + QLatin1Char('\n') + comparison.toPlainText();
}

} // namespace leastbad::gui
