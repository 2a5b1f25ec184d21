// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/decisionpanel.h"

#include "analysis/chartcontext.h"
#include "analysis/numbertext.h"
#include "app/scenariodocument.h"
#include "charts/decisioncharts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leastbad::gui {

DecisionPanel::DecisionPanel(ScenarioDocument *document, analysis::Session *session,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_job(new JobBar(tr("Weigh the decision"), this))
    , m_draws(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_policy(new QComboBox(this))
    , m_waterfall(new charts::WaterfallChart(this))
    , m_best(new charts::ProbabilityBestChart(this))
    , m_acceptability(new charts::AcceptabilityChart(this))
    , m_breakEven(new QTableWidget(this))
    , m_information(new charts::InformationChart(this)) {
    m_draws->setRange(100, 20000);
    m_draws->setSingleStep(100);
    m_draws->setValue(analysis::kDecisionDraws);
    m_draws->setPrefix(tr("draws: "));
    m_draws->setAccessibleName(tr("Draws for the decision"));
    m_job->setExtraControls({m_draws});
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("Compares the status quo and every policy on the same draws: why each "
                          "policy has its net value, which option is best and how sure, where "
                          "each breaks even, and which uncertainty would change the answer."));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(24);
    m_hint->setText(tr("Nothing weighed yet. Press “Weigh the decision” to compare the status quo "
                       "and the scenario's policies."));

    auto *why = new QWidget(this);
    auto *whyLayout = new QVBoxLayout(why);
    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("Explain the net value of:"), why);
    pickLabel->setBuddy(m_policy);
    pick->addWidget(pickLabel);
    pick->addWidget(m_policy);
    pick->addStretch(1);
    whyLayout->addLayout(pick);
    whyLayout->addWidget(m_waterfall, 1);
    auto *best = new QSplitter(Qt::Horizontal, this);
    best->addWidget(m_best);
    best->addWidget(m_acceptability);
    auto *breakEven = new QWidget(this);
    auto *breakEvenLayout = new QVBoxLayout(breakEven);
    auto *breakEvenNote = new QLabel(
        tr("Where each policy's expected net value against the status quo changes sign, with "
           "every other weight as you set it (as the Washington State Institute for Public "
           "Policy reports break-even values)."),
        breakEven);
    breakEvenNote->setWordWrap(true);
    breakEvenLayout->addWidget(breakEvenNote);
    breakEvenLayout->addWidget(m_breakEven, 1);
    m_breakEven->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakEven->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_breakEven->verticalHeader()->setVisible(false);
    m_breakEven->setWordWrap(true);
    m_tabs->addTab(why, tr("Why"));
    m_tabs->addTab(best, tr("Which is best"));
    m_tabs->addTab(breakEven, tr("Break-even"));
    m_tabs->addTab(m_information, tr("What would change the answer"));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_tabs);
    // A chart with its title, legend and footer needs this much to be read; on a laptop
    // the tab scrolls rather than squash it (MainWindow wraps the panel in a scroll area).
    m_stack->setMinimumHeight(460);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_job);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    fillPolicyBox();

    connect(m_job, &JobBar::runRequested, this, &DecisionPanel::run);
    connect(m_job, &JobBar::finished, this, [this](bool completed) {
        if (completed && m_pending && *m_pending) {
            m_answer = *m_pending;
            if (result())
                showResult();
            else
                checkCurrent(); // the scenario changed while it ran
        } else {
            m_answer.reset();
            clearViews(tr("Cancelled: nothing is shown, because a part of the draws decides "
                          "nothing."));
        }
        m_pending.reset();
        emit finished(completed);
    });
    connect(m_document, &ScenarioDocument::changed, this, &DecisionPanel::checkCurrent);
    connect(m_draws, &QSpinBox::valueChanged, this, &DecisionPanel::checkCurrent);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        if (result())
            showWaterfall();
    });
}

analysis::ComparisonRequest DecisionPanel::currentRequest() const {
    return analysis::decisionRequest(m_document->scenario(), m_document->region().baseline,
                                     m_draws->value());
}

const analysis::DecisionViews *DecisionPanel::result() const {
    // Rebuilt from the document rather than tracked, as in the Frontier tab.
    return m_answer && m_answer->request == currentRequest() ? &m_answer->views : nullptr;
}

void DecisionPanel::fillPolicyBox() {
    const int before = m_policy->currentIndex();
    const QSignalBlocker block(m_policy);
    m_policy->clear();
    for (const data::NamedPolicy &p : m_document->scenario().policies)
        m_policy->addItem(p.name);
    m_policy->setCurrentIndex(std::clamp(before, 0, int(m_policy->count()) - 1));
}

void DecisionPanel::setSelectedPolicy(int policyIndex) {
    if (policyIndex >= 0 && policyIndex < m_policy->count())
        m_policy->setCurrentIndex(policyIndex);
}

int DecisionPanel::selectedPolicy() const {
    return m_policy->currentIndex();
}

void DecisionPanel::clearViews(const QString &why) {
    m_summary->setText(why);
    m_waterfall->clear();
    m_best->clear();
    m_acceptability->clear();
    m_information->clear();
    m_breakEven->clear();
    m_breakEven->setRowCount(0);
    m_breakEven->setColumnCount(0);
    m_stack->setCurrentWidget(m_hint);
}

void DecisionPanel::checkCurrent() {
    if (m_policy->count() != m_document->scenario().policies.size() || !m_answer)
        fillPolicyBox();
    else
        for (int p = 0; p < m_policy->count(); ++p)
            m_policy->setItemText(p, m_document->scenario().policies[p].name);
    const AnswerChange change =
        afterScenarioChange(m_answer != nullptr, m_job->isRunning(), result() != nullptr, m_stale);
    if (change == AnswerChange::ShowResult)
        showResult();
    if (change == AnswerChange::ShowOutOfDate)
        clearViews(tr("<b>Out of date — run again.</b> The region, the policies or the weights "
                      "changed since the decision was weighed."));
}

void DecisionPanel::run() {
    const analysis::ComparisonRequest request = currentRequest();
    if (request.question.policies.size() < 2) { // the status quo alone: nothing to decide
        m_answer.reset();
        clearViews(tr("There is no policy to weigh against the status quo: add one first."));
        emit finished(false);
        return;
    }
    auto pending = std::make_shared<std::shared_ptr<const analysis::DecisionAnswer>>();
    m_pending = pending;
    m_answer.reset();
    m_summary->setText(tr("Simulating %1 options on %2 draws, then weighing them…")
                           .arg(request.question.policies.size())
                           .arg(analysis::count(request.question.draws)));
    m_job->start([pending, request, session = m_session](const std::atomic<bool> *cancel,
                                                         const core::ProgressFn &progress) {
        const std::shared_ptr<const analysis::ComparisonResult> result =
            session->results(request, cancel, progress);
        if (!result || !result->analysis || !result->analysis->complete)
            return false;
        auto answer = std::make_shared<analysis::DecisionAnswer>();
        answer->request = request;
        answer->views = analysis::decisionViews(*result, 0, cancel);
        if (!answer->views.complete)
            return false;
        *pending = std::move(answer);
        return true;
    });
}

QString DecisionPanel::footer() const {
    return analysis::chartContext(m_document->scenario(), m_document->region(), false).footer;
}

void DecisionPanel::showResult() {
    m_stale = false;
    const analysis::DecisionViews &v = *result();
    const QStringList names =
        analysis::chartContext(m_document->scenario(), m_document->region(), false).policyNames;
    const QString foot = footer();
    m_best->showDecision(v.decision, names, foot);
    m_acceptability->showCurve(v.acceptability, names,
                               m_document->scenario().weights.dollarsPerWellbeingYear, foot);
    m_information->showInformation(v.information, foot);
    showWaterfall();
    showBreakEvens();
    const int best = v.decision.bestOption;
    m_summary->setText(
        tr("Highest expected net value: <b>%1</b> (%2), the best option in %3 ± %4 of the "
           "draws. Knowing every parameter exactly would be worth %5 (EVPI).")
            .arg(names.value(best).toHtmlEscaped(),
                 analysis::money(v.decision.expectedNetValue[std::size_t(best)]),
                 analysis::percent(v.decision.probabilityBest[std::size_t(best)]),
                 analysis::percent(v.decision.probabilityBestError[std::size_t(best)], 1),
                 analysis::money(v.information.evpi.value)));
    m_stack->setCurrentWidget(m_tabs);
}

void DecisionPanel::showWaterfall() {
    const analysis::DecisionViews &v = *result();
    const int p = m_policy->currentIndex();
    if (p < 0 || p >= int(v.mechanisms.size())) {
        m_waterfall->clear();
        return;
    }
    m_waterfall->showDecomposition(v.mechanisms[std::size_t(p)], m_policy->itemText(p), p,
                                   footer());
}

void DecisionPanel::showBreakEvens() {
    const analysis::DecisionViews &v = *result();
    const auto quantities = analysis::shownBreakEvenQuantities();
    m_breakEven->clear();
    m_breakEven->setColumnCount(int(quantities.size()) + 2);
    QStringList headers{tr("Policy"), tr("Expected net value now")};
    headers << tr("Wellbeing-year value\nat break-even") << tr("Life-year value\nat break-even")
            << tr("Weight of incarcerated\npeople at break-even");
    m_breakEven->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < int(quantities.size()); ++c)
        m_breakEven->horizontalHeaderItem(c + 2)->setToolTip(
            analysis::breakEvenQuantityLabel(quantities[std::size_t(c)]));
    m_breakEven->setRowCount(int(v.breakEvens.size()));
    const auto &policies = m_document->scenario().policies;
    for (int p = 0; p < int(v.breakEvens.size()); ++p) {
        const auto set = [this, p](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_breakEven->setItem(p, column, item);
        };
        set(0, p < policies.size() ? policies[p].name : QString());
        set(1, analysis::money(v.decision.expectedNetValue[std::size_t(p) + 1]));
        for (int c = 0; c < int(quantities.size()); ++c) {
            if (v.sameAsStatusQuo[std::size_t(p)]) {
                set(c + 2, tr("n/a: the same as the status quo"));
                continue;
            }
            const auto &all = v.breakEvens[std::size_t(p)];
            const auto it = std::find_if(all.begin(), all.end(), [&](const core::BreakEven &b) {
                return b.quantity == quantities[std::size_t(c)];
            });
            set(c + 2, it == all.end() ? tr("n/a") : analysis::breakEvenText(*it));
        }
    }
}

} // namespace leastbad::gui
