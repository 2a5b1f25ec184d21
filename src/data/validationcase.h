// SPDX-License-Identifier: GPL-3.0-or-later
// Validation case files (.json): a published natural experiment written as a model run,
// versioned like policy files. docs/VALIDATION.md documents every field:
//
//   { "format": "leastbad-validation-case", "version": 1, "id": "NE12",
//     "study": { "authors": "...", "year": 2022, "journal": "..." }, "setting": "...",
//     "baseline": { "region": "US", "year": 2019, "overrides": { "police_per_100k": 250 } },
//     "intervention": { "levers": { "police_per_100k": { "times": 1.01 } },
//                       "release": { "people": 20000, "groups": ["first_nonviolent"] } },
//     "horizon_years": 1,
//     "outcome": { "measure": "per_unit", "unit": "homicides", "per": "officer_year" },
//     "estimate": { "value": -0.1, "low": -0.1, "high": -0.06, "kind": "range" },
//     "quote": "...", "locator": "...", "used_for_calibration": false }
#pragma once

#include "core/validation.h"
#include "data/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace leastbad::data {

inline constexpr int kValidationCaseFormatVersion = 1;

struct ValidationCase {
    QString file; // where it was read, for messages
    QString id;
    QString authors;
    int studyYear = 0;
    QString journal;
    QString setting;

    QString region;
    int year = 0;                            // 0: the latest value of each input
    QList<QPair<QString, double>> overrides; // baseline field, value (in file order)
    QString baselineNote;

    QJsonObject levers; // as in policy files, read against the region
    bool retroactive = false;
    double releasePeople = 0; // one of these two, or neither
    double releaseShare = 0;
    QList<core::Group> releaseGroups; // all four when not given

    int horizonYears = 1;
    int firstYear = 1;
    int lastYear = 1;
    core::CaseMeasure measure = core::CaseMeasure::RelativeChange;
    QString unit;                               // the study's unit, as written
    std::optional<core::CaseQuantity> quantity; // none: a unit the model has no quantity in
    core::CaseBase base = core::CaseBase::None;
    QString baseLever; // with CaseBase::Lever
    double withinYears = 1;
    double scale = 1;
    QString scaleNote;

    core::PublishedEstimate estimate;
    QString estimateKind; // point, range, ci95
    QString quote;
    QString locator;
    bool usedForCalibration = false;
    QString calibrationNote;
    QString notes;
};

// The case, or every problem found (each names the file and the field).
using ValidationCaseReadResult = Result<ValidationCase>;

ValidationCaseReadResult parseValidationCase(const QByteArray &json, const QString &fileName);
ValidationCaseReadResult readValidationCaseFile(const QString &path);

// The units a case may name: those the model has a quantity in, and those it knows but
// does not model (a case in one of them runs and reports that the model cannot say).
QStringList modelledCaseUnits();
QStringList unmodelledCaseUnits();

} // namespace leastbad::data
