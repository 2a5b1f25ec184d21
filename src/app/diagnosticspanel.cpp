// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnosticspanel.h"

#include "analysis/numbertext.h"
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
    m_summary->setText(tr("Per-unit effects of the model for the current region and policy A, "
                          "over %1 draws, beside the published values they can be checked "
                          "against (docs/MODEL.md, section 11).")
                           .arg(kDiagnosticDraws));
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
            showResult();
        } else {
            m_result.reset();
            m_table->setRowCount(0);
            m_summary->setText(tr("Cancelled: no figures are shown."));
        }
        m_pending.reset();
        emit finished(completed);
    });
    // Figures for another region or policy must not be shown as if they were current.
    connect(m_document, &ScenarioDocument::changed, this, [this] {
        if (!m_result)
            return;
        m_result.reset();
        m_table->setRowCount(0);
        m_summary->setText(tr("Out of date: the region or a policy changed. Compute again."));
    });
}

void DiagnosticsPanel::run() {
    const core::RegionBaseline region = m_document->region().baseline;
    const core::Policy policy = m_document->policy(0);
    const core::SimulationOptions options = m_document->scenario().weights.simulationOptions();
    const std::uint64_t seed = m_document->scenario().seed;
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

void DiagnosticsPanel::showResult() {
    m_summary->setText(tr("%1, policy A: per-unit effects over %2 draws (seed %3).")
                           .arg(QString::fromStdString(m_document->region().baseline.name))
                           .arg(kDiagnosticDraws)
                           .arg(m_document->scenario().seed));
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
