// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/regionspanel.h"

#include "analysis/chartcontext.h"
#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "app/scenariodocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace leastbad::gui {

namespace {

// A table cell that sorts by its number, not by its text ("$9" after "$10").
class NumberItem final : public QTableWidgetItem {
public:
    NumberItem(const QString &text, double value, bool numeric)
        : QTableWidgetItem(text)
        , m_value(value)
        , m_numeric(numeric) {}
    bool operator<(const QTableWidgetItem &other) const override {
        const auto *o = dynamic_cast<const NumberItem *>(&other);
        return m_numeric && o ? m_value < o->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
    bool m_numeric;
};

} // namespace

using analysis::money;

RegionsPanel::RegionsPanel(ScenarioDocument *document, analysis::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_job(new JobBar(tr("Apply the selected &policy to every region"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_map(new charts::RegionMapChart(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // a policy's name is the user's text
    showIntroduction();
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Net value per resident"),
                                        tr("Net value (mean)"), tr("90% interval"), tr("P(> 0)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Regions ranked by net value per resident"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_map);
    splitter->addWidget(m_table);
    // Neither the map nor the table can be dragged away to a strip.
    splitter->setChildrenCollapsible(false);
    m_table->setMinimumHeight(80);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_job, &JobBar::runRequested, this, &RegionsPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && *m_pending) {
            m_answer = *m_pending;
            m_answerInputs = m_pendingInputs;
            if (result())
                showResult();
            else
                checkCurrent(); // the scenario changed while the regions ran
        } else {
            m_answer.reset();
            m_summary->setText(tr("Cancelled: no ranking is shown."));
        }
        m_pending.reset();
        emit finished(completed);
    });
    connect(m_document, &ScenarioDocument::changed, this, &RegionsPanel::checkCurrent);
}

int RegionsPanel::describedPolicy() const {
    return std::max(analysis::describedPolicy(m_document->scenario(), m_selected), 0);
}

void RegionsPanel::setSelectedPolicy(int index) {
    const bool shown = result() != nullptr && !m_stale;
    const RequestInputs before = currentInputs();
    m_selected = index;
    if (currentInputs() == before) {
        if (shown && m_shownName != m_document->policyName(describedPolicy()))
            showResult(); // the same levers under another name
        return;
    }
    // A ranking was on show: rank the policy now selected (the session answers at once
    // when it keeps that ranking).
    if (shown && !m_job->isRunning()) {
        run();
        return;
    }
    if (!m_answer && !m_job->isRunning())
        showIntroduction();
    checkCurrent();
}

void RegionsPanel::showIntroduction() {
    m_summary->setText(
        tr("“%1” is applied to each region as a change from that region's own status quo "
           "(docs/MODEL.md 10.8), on the same %2 draws, and the regions are ranked by net social "
           "value per resident. Select another policy in the list to rank that one.")
            .arg(m_document->policyName(describedPolicy()))
            .arg(analysis::kRegionDraws));
}

analysis::RegionsRequest RegionsPanel::currentRequest() const {
    return analysis::regionsRequest(m_document->dataset(), m_document->scenario(),
                                    m_document->region().baseline, describedPolicy());
}

RegionsPanel::RequestInputs RegionsPanel::currentInputs() const {
    const data::Scenario &s = m_document->scenario();
    return {&m_document->dataset(),
            m_document->dataset().label(),
            m_document->policy(describedPolicy()),
            m_document->region().baseline,
            s.weights,
            s.seed,
            s.year};
}

const core::RegionsResult *RegionsPanel::result() const {
    // currentRequest() is a function of these inputs alone, so equal inputs mean the answer
    // answers the request the scenario makes now.
    return m_answer && m_answerInputs == currentInputs() ? &m_answer->result : nullptr;
}

void RegionsPanel::checkCurrent() {
    const AnswerChange change =
        afterScenarioChange(m_answer != nullptr, m_job->isRunning(), result() != nullptr, m_stale);
    if (change == AnswerChange::ShowResult ||
        (change == AnswerChange::None && result() && !m_stale && !m_job->isRunning() &&
         m_shownName != m_document->policyName(describedPolicy())))
        showResult(); // current again, or renamed
    if (change != AnswerChange::ShowOutOfDate)
        return;
    m_table->setRowCount(0);
    m_map->clear();
    m_summary->setText(tr("Out of date — run again. The region, the policy ranked or the "
                          "weights changed since these regions were ranked."));
}

void RegionsPanel::run() {
    const int described = describedPolicy();
    if (m_document->policy(described) == m_document->statusQuo()) {
        // Every region would rank a zero: say so rather than rank noise.
        m_answer.reset();
        m_table->setRowCount(0);
        m_map->clear();
        m_summary->setText(tr("“%1” is the status quo: it changes nothing in any region, so there "
                              "is nothing to rank. Move one of its levers first.")
                               .arg(m_document->policyName(described)));
        emit finished(false);
        return;
    }
    m_pendingInputs = currentInputs();
    const analysis::RegionsRequest request = currentRequest();
    auto pending = std::make_shared<std::shared_ptr<const analysis::RegionsAnswer>>();
    m_pending = pending;
    m_answer.reset();
    m_job->start([pending, request, session = m_session](const std::atomic<bool> *cancel,
                                                         const core::ProgressFn &progress) {
        *pending = session->results(request, cancel, progress);
        return *pending != nullptr;
    });
}

void RegionsPanel::showResult() {
    m_stale = false;
    const core::RegionsResult &r = *result();
    m_table->setSortingEnabled(false); // while rows are filled, or they move under the loop
    m_table->setRowCount(int(r.ranking.size()));
    for (int i = 0; i < int(r.ranking.size()); ++i) {
        const core::RegionRanking &region = r.ranking[i];
        // Each cell shows formatted text and sorts by its number (the interval by its low end).
        const std::pair<QString, double> cells[] = {
            {QString::fromStdString(region.name), 0},
            {money(region.netValuePerResident), region.netValuePerResident},
            {money(region.netValue.mean), region.netValue.mean},
            {money(region.netValue.p5) + QStringLiteral(" to ") + money(region.netValue.p95),
             region.netValue.p5},
            {analysis::percent(region.probabilityPositive), region.probabilityPositive}};
        for (int c = 0; c < int(std::size(cells)); ++c) {
            auto *item = new NumberItem(cells[c].first, cells[c].second, c > 0);
            m_table->setItem(i, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    const int described = describedPolicy();
    analysis::ChartContext context =
        analysis::chartContext(m_document->scenario(), m_document->region(), false);
    context.describedPolicy = described + 1;
    m_map->showRegions(r, context);
    m_shownName = m_document->policyName(described);
    m_summary->setText(
        tr("Net social value per resident of “%1” in each region (blue: gains; vermillion: "
           "losses; deeper = larger). Regions with many borrowed inputs (see Region) are "
           "less reliable. Select another policy in the list to rank that one.")
            .arg(m_shownName));
}

} // namespace leastbad::gui
