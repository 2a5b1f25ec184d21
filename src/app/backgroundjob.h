// SPDX-License-Identifier: GPL-3.0-or-later
// One long computation (a frontier sweep, all regions) on a worker thread, with
// progress and cancel. The work writes its result where its caller can read it once
// finished() says it completed.
#pragma once

#include "core/parallel.h"

#include <QObject>
#include <QWidget>

#include <atomic>
#include <functional>
#include <thread>

namespace leastbad::gui {

class BackgroundJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    // Returns true if it ran to the end, false if cancelled.
    using Work =
        std::function<bool(const std::atomic<bool> *cancel, const core::ProgressFn &progress)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override; // cancels and waits

    bool isRunning() const { return m_running; }
    // Starts `work` unless a job is running (returns false then).
    bool start(Work work);
    void cancel() { m_cancel = true; }

signals:
    void progress(int done, int total);
    void finished(bool completed);

private:
    void join();

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

} // namespace leastbad::gui

class QProgressBar;
class QPushButton;

namespace leastbad::gui {

// A run button, a cancel button and a progress bar over one BackgroundJob.
class JobBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBar)

public:
    JobBar(const QString &runText, QWidget *parent = nullptr);

    // Starts the work and switches the buttons; runRequested() asks the owner to call it.
    void start(BackgroundJob::Work work);
    void cancel() { m_job->cancel(); }
    bool isRunning() const { return m_job->isRunning(); }
    void setExtraControls(QList<QWidget *> widgets); // shown before the run button

signals:
    void runRequested();
    void finished(bool completed);

private:
    BackgroundJob *m_job;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
};

// After a change to the scenario, what a panel showing a result does: nothing (it shows
// what it should), show the result again (current again, after an undo) or say it is out
// of date. `outOfDate` says whether that is shown now, and is updated.
enum class AnswerChange { None, ShowResult, ShowOutOfDate };
AnswerChange afterScenarioChange(bool haveResult, bool running, bool current, bool &outOfDate);

} // namespace leastbad::gui
