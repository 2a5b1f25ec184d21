// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/backgroundjob.h"

#include <QMetaObject>

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
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        const bool reallyCompleted = completed && !m_cancel;
        QMetaObject::invokeMethod(this, [this, reallyCompleted] {
            m_running = false;
            emit finished(reallyCompleted);
        }, Qt::QueuedConnection);
    });
    return true;
}

} // namespace leastbad::gui
