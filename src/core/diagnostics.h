// SPDX-License-Identifier: GPL-3.0-or-later
// Per-unit effects of the model, for users and reviewers to check against the
// literature: crimes averted per marginal prisoner-year, the implied elasticity of crime
// to the prison population, homicides abated per officer, the pretrial trade-off,
// life-years per prisoner-year and each lever's cost per crime averted. Each is computed
// from the model itself (small changes from the status quo, draw by draw), never typed in.
#pragma once

#include "core/montecarlo.h"
#include "core/summary.h"

#include <string_view>
#include <vector>

namespace leastbad::core {

struct DiagnosticSpec {
    std::string_view key; // stable: JSON keys and CSV rows (docs/MODEL.md, section 11)
    std::string_view label;
    std::string_view unit;
    std::string_view literature; // the published value, or empty where none was read
    std::string_view source;
};

std::span<const DiagnosticSpec> diagnosticSpecs();

struct DiagnosticResult {
    const DiagnosticSpec *spec = nullptr;
    Quantiles value;       // over the draws that define it
    int definedDraws = 0;  // draws where the ratio exists (e.g. some crime was averted)
    MonteCarloError error; // Monte Carlo standard errors of `value`
};

struct Diagnostics {
    std::vector<DiagnosticResult> results; // in diagnosticSpecs() order
    bool complete = false;
};

// `policy` is the policy whose costs per crime averted are reported beside the levers'
// (its levers against the status quo); the per-lever figures use small standard moves.
Diagnostics computeDiagnostics(const DrawSet &draws, const Policy &policy,
                               const SimulationOptions &options, int threads = 0,
                               const std::atomic<bool> *cancel = nullptr,
                               const ProgressFn &progress = {});

} // namespace leastbad::core
