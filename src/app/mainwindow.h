// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation.h"
#include "data/defaultregion.h"
#include "data/policyfile.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace leastbad::gui {

class PopulationChart;

// The main window: the status quo of the region against one policy loaded from a
// file. The policy sliders, uncertainty bands and scenarios come with the GUI issue.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a policy file and compares it with the status quo. On error the current
    // comparison is kept and the message returned (and shown when `interactive`).
    bool openPolicy(const QString &path, bool interactive, QString *error = nullptr);
    void clearPolicy();

    PopulationChart *chart() const { return m_chart; }
    const std::optional<data::PolicyFile> &policy() const { return m_policy; }

private:
    void recompute();
    void showAbout();
    void copyChart();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PopulationChart *m_chart;
    data::RegionRecord m_region;
    core::Calibration m_calibration;
    std::optional<data::PolicyFile> m_policy;
};

} // namespace leastbad::gui
