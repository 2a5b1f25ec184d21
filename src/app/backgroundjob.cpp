// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backgroundjob.h"

#include <QHBoxLayout>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>

namespace leastbad::gui {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    m_cancel = true;
    join();
}

void BackgroundJob::join() {
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundJob::start(Work work) {
    if (m_running)
        return false;
    join();
    m_cancel = false;
    m_running = true;
    m_thread = std::thread([this, work = std::move(work)] {
        const bool completed = work(&m_cancel, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        const bool reallyCompleted = completed && !m_cancel;
        QMetaObject::invokeMethod(
            this,
            [this, reallyCompleted] {
                m_running = false;
                emit finished(reallyCompleted);
            },
            Qt::QueuedConnection);
    });
    return true;
}

JobBar::JobBar(const QString &runText, QWidget *parent)
    : QWidget(parent)
    , m_job(new BackgroundJob(this))
    , m_run(new QPushButton(runText, this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_progress(new QProgressBar(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_run);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress, 1);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    connect(m_run, &QPushButton::clicked, this, &JobBar::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &JobBar::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](int done, int total) {
        m_progress->setValue(total > 0 ? 100 * done / total : 0);
    });
    connect(m_job, &BackgroundJob::finished, this, [this](bool completed) {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setValue(completed ? 100 : 0);
        emit finished(completed);
    });
}

void JobBar::setExtraControls(QList<QWidget *> widgets) {
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    for (int i = 0; i < widgets.size(); ++i)
        layout->insertWidget(i, widgets[i]);
}

void JobBar::start(BackgroundJob::Work work) {
    if (!m_job->start(std::move(work)))
        return;
    m_progress->setValue(0);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
}

AnswerChange afterScenarioChange(bool haveResult, bool running, bool current, bool &outOfDate) {
    if (!haveResult || running || current != outOfDate)
        return AnswerChange::None;
    outOfDate = !current;
    return current ? AnswerChange::ShowResult : AnswerChange::ShowOutOfDate;
}

} // namespace leastbad::gui
