// SPDX-License-Identifier: GPL-3.0-or-later
// Running validation cases: each case's region as of its year with the study's
// overrides, its intervention as a policy and a one-off release, the model's
// prediction over common draws, and whether it reproduces the published estimate.
#pragma once

#include "data/dataset.h"
#include "data/validationcase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <optional>

namespace leastbad::data {

// The folder the program ships its cases in (a resource).
QString embeddedValidationCases();

// Every *.json in `folder`, read in name order. Files that fail to read or parse add
// their problems to `problems` (each naming the file and the field).
QList<ValidationCase> readValidationCases(const QString &folder, Problems &problems);

// A case ready to run: the region record and the model run; or the problems (naming the
// case file and the field) when the region, an override, a lever or the release cannot
// be used.
struct PreparedCase {
    RegionRecord region;
    core::CaseRun run;
};
Result<PreparedCase> prepareCase(const ValidationCase &validationCase, const Dataset &dataset);
// The same on a region already loaded (the case's region and year are not looked up).
Result<PreparedCase> prepareCase(const ValidationCase &validationCase, RegionRecord region);

enum class CaseStatus { Reproduced, NotReproduced, NoModelQuantity, NotDefined };

struct CaseOutcome {
    ValidationCase validationCase;
    CaseStatus status = CaseStatus::NotDefined;
    core::CaseResult model;
    QString regionName;
};

// What a suite's report names: its draws and seed.
struct SuiteSettings {
    int draws = 1000;
    std::uint64_t seed = 1;
};

// Runs a prepared case on the parameter draws every case shares; std::nullopt when
// cancelled.
std::optional<CaseOutcome> runValidationCase(const ValidationCase &validationCase,
                                             const PreparedCase &prepared,
                                             const core::ParameterDraws &draws, int threads = 0,
                                             const std::atomic<bool> *cancel = nullptr);

// Reproduced cases ÷ cases not used for calibration (0 when there are none).
struct Coverage {
    int independent = 0;
    int reproduced = 0;
    int calibration = 0;
    int calibrationReproduced = 0;
    double share() const { return independent > 0 ? double(reproduced) / independent : 0; }
};
Coverage coverageOf(const QList<CaseOutcome> &outcomes);

QString caseStatusKey(CaseStatus status); // "reproduced", "not_reproduced", ...

} // namespace leastbad::data
