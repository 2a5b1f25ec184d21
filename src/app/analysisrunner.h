// SPDX-License-Identifier: GPL-3.0-or-later
// Asks the session for the snapshot on screen off the GUI thread. The newest request
// wins: a request that arrives while one is computing cancels it (Qt's Mandelbrot
// example's restart), so a dragged slider never queues work. What is reused between
// requests (draws, calibrations, each policy's run) the session keeps.
#pragma once

#include "analysis/session.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace leastbad::gui {

class AnalysisRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisRunner)

public:
    explicit AnalysisRunner(analysis::Session &session, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // Returns the serial of this request; finished() carries it back in the snapshot.
    quint64 request(analysis::ComparisonRequest request);

signals:
    // `snapshot` is the result's, with the request's serial and the time it took.
    void finished(std::shared_ptr<const leastbad::analysis::AnalysisSnapshot> snapshot,
                  std::shared_ptr<const leastbad::analysis::ComparisonResult> result);

private:
    void work();

    analysis::Session &m_session;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::pair<analysis::ComparisonRequest, quint64>> m_pending;
    quint64 m_serial = 0;
    std::atomic<bool> m_cancel{false};
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace leastbad::gui
