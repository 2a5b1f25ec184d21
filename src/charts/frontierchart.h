// SPDX-License-Identifier: GPL-3.0-or-later
// The frontier: the policies no other beats, on two of the four objectives (extra cost to
// taxpayers and victimisations averted), with the status quo, A, B and the least bad
// policy within today's budget marked.
#pragma once

#include "charts/chartwidget.h"
#include "core/frontier.h"

namespace leastbad::charts {

class FrontierChart final : public ChartWidget {
    Q_OBJECT
public:
    explicit FrontierChart(QWidget *parent = nullptr);
    // `context.policyNames` [1] and [2] name the marked policies.
    void showFrontier(const core::FrontierResult &result, const analysis::ChartContext &context);
    void clear();
};

} // namespace leastbad::charts
