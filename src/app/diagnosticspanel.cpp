// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnosticspanel.h"

#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/scenariodocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace leastbad::gui {

namespace {

// Enough draws for stable medians of ratios, and quick: about a second.
constexpr int kDiagnosticDraws = 500;

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Per-unit figures are small (0.015 homicides per officer): three significant figures.
QString figure(double value, std::string_view unit) {
    return unit == "USD 2024" ? analysis::money(value) : QLocale().toString(value, 'g', 3);
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_job(new JobBar(tr("Compute per-&unit effects"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // a policy's name is the user's text
    showIntroduction();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Per-unit effect"), tr("Model median"), tr("90% interval"), tr("Literature")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Per-unit effects of the model"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_job, &JobBar::runRequested, this, &DiagnosticsPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && m_pending->complete) {
            m_result = std::make_unique<core::Diagnostics>(std::move(*m_pending));
            m_resultInputs = m_pendingInputs;
            showResult();
            checkCurrent(); // the document or the selection may have changed while it ran
        } else {
            m_result.reset();
            m_table->setRowCount(0);
            m_summary->setText(tr("Cancelled: no figures are shown."));
        }
        m_pending.reset();
        emit finished(completed);
    });
    connect(m_document, &ScenarioDocument::changed, this, &DiagnosticsPanel::checkCurrent);
}

int DiagnosticsPanel::describedPolicy() const {
    return std::max(analysis::describedPolicy(m_document->scenario(), m_selected), 0);
}

DiagnosticsPanel::Inputs DiagnosticsPanel::currentInputs() const {
    const data::Scenario &s = m_document->scenario();
    return {m_document->region().baseline, m_document->policy(describedPolicy()), s.weights,
            s.seed};
}

void DiagnosticsPanel::setSelectedPolicy(int index) {
    const bool shown = m_result != nullptr;
    const int before = describedPolicy();
    m_selected = index;
    if (describedPolicy() == before)
        return;
    // Figures were on show: compute the policy now selected.
    if (shown && !m_job->isRunning()) {
        run();
        return;
    }
    checkCurrent();
    if (!m_result && !m_job->isRunning())
        showIntroduction();
}

void DiagnosticsPanel::checkCurrent() {
    if (!m_result || m_job->isRunning())
        return;
    if (m_resultInputs == currentInputs()) {
        showSummary(); // the same figures; the policy's name may have changed
        return;
    }
    // Figures for another region or policy must not be shown as if they were current.
    m_result.reset();
    m_table->setRowCount(0);
    m_summary->setText(tr("Out of date: the region or the policy changed. Compute again for %1.")
                           .arg(m_document->policyName(describedPolicy())));
}

void DiagnosticsPanel::showIntroduction() {
    m_summary->setText(tr("Per-unit effects of the model for the current region and %1, "
                          "over %2 draws, beside the published values they can be checked "
                          "against (docs/MODEL.md, section 11). Select another policy in the "
                          "list to see its effects.")
                           .arg(m_document->policyName(describedPolicy()))
                           .arg(kDiagnosticDraws));
}

void DiagnosticsPanel::run() {
    m_pendingInputs = currentInputs();
    const core::RegionBaseline region = m_pendingInputs.region;
    const core::Policy policy = m_pendingInputs.policy;
    const core::SimulationOptions options = m_pendingInputs.weights.simulationOptions();
    const std::uint64_t seed = m_pendingInputs.seed;
    auto pending = std::make_shared<core::Diagnostics>();
    m_pending = pending;
    m_job->start([pending, region, policy, options, seed](const std::atomic<bool> *cancel,
                                                          const core::ProgressFn &progress) {
        const core::DrawSet draws = core::DrawSet::prepare(
            region, core::ParameterDraws::generate(kDiagnosticDraws, seed), 1);
        *pending = core::computeDiagnostics(draws, policy, options, 0, cancel, progress);
        return pending->complete;
    });
}

void DiagnosticsPanel::showSummary() {
    m_summary->setText(tr("%1, %2: per-unit effects over %3 draws (seed %4). Select another "
                          "policy in the list to see its effects.")
                           .arg(QString::fromStdString(m_document->region().baseline.name),
                                m_document->policyName(describedPolicy()))
                           .arg(kDiagnosticDraws)
                           .arg(m_document->scenario().seed));
}

void DiagnosticsPanel::showResult() {
    showSummary();
    m_table->setRowCount(int(m_result->results.size()));
    int row = 0;
    for (const core::DiagnosticResult &r : m_result->results) {
        const auto unit = r.spec->unit;
        const bool defined = r.definedDraws > 0;
        const QString label =
            fromView(r.spec->label) +
            (unit == "USD 2024" ? QString()
                                : QStringLiteral(" (") + fromView(unit) + QLatin1Char(')'));
        const QString median = defined ? figure(r.value.p50, unit) : tr("n/a");
        const QString interval =
            defined ? tr("%1 to %2").arg(figure(r.value.p5, unit), figure(r.value.p95, unit))
                    : tr("n/a");
        const QString literature = fromView(r.spec->literature);
        const QString cells[] = {label, median, interval, literature};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            // The source of a published value is one hover away.
            item->setToolTip(column == 3 && !literature.isEmpty()
                                 ? literature + QStringLiteral("\n") + fromView(r.spec->source)
                                 : cells[column]);
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    // The effect's name takes what the numbers leave, split with the literature.
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    const int rest =
        m_table->viewport()->width() - m_table->columnWidth(1) - m_table->columnWidth(2);
    m_table->setColumnWidth(0, std::max(220, rest * 11 / 20));
    m_table->resizeRowsToContents();
}

} // namespace leastbad::gui
