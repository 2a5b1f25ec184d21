// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/analysisrunner.h"

#include <QMetaObject>

#include <chrono>

namespace leastbad::gui {

AnalysisRunner::AnalysisRunner(analysis::Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    qRegisterMetaType<std::shared_ptr<const analysis::AnalysisSnapshot>>();
    qRegisterMetaType<std::shared_ptr<const analysis::ComparisonResult>>();
    m_thread = std::thread([this] { work(); });
}

AnalysisRunner::~AnalysisRunner() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

quint64 AnalysisRunner::request(analysis::ComparisonRequest request) {
    std::lock_guard lock(m_mutex);
    const quint64 serial = ++m_serial;
    m_pending = std::make_pair(std::move(request), serial);
    m_cancel = true; // whatever is computing is now out of date
    m_wake.notify_all();
    return serial;
}

void AnalysisRunner::work() {
    for (;;) {
        std::pair<analysis::ComparisonRequest, quint64> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop)
                return;
            job = std::move(*m_pending);
            m_pending.reset();
            m_cancel = false;
        }
        const auto start = std::chrono::steady_clock::now();
        std::shared_ptr<const analysis::ComparisonResult> result =
            m_session.results(job.first, &m_cancel);
        if (!result || !result->snapshot)
            continue; // cancelled by a newer request
        // The session's snapshot is shared with what it keeps: the serial and the time go
        // on a copy (a few vectors of one number per draw).
        auto snapshot = std::make_shared<analysis::AnalysisSnapshot>(*result->snapshot);
        snapshot->serial = job.second;
        snapshot->computeMilliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        QMetaObject::invokeMethod(
            this, [this, snapshot, result] { emit finished(snapshot, result); },
            Qt::QueuedConnection);
    }
}

} // namespace leastbad::gui
