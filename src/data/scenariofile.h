// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files (.leastbad): everything needed to reproduce an analysis — the dataset and
// region, the policies compared (every lever, absolute), the moral weights, the seed and
// the number of draws — as versioned JSON, written atomically.
//
//   { "format": "leastbad-scenario", "version": 1, "app_version": "0.1.0",
//     "dataset": "", "region": "US", "year": 2011,
//     "policies": [ { "name": "A", "levers": { "facility_beds": 250, ... } }, ... ],
//     "weights": { "usd_per_wellbeing_year": 150000, ... }, "seed": 1, "draws": 2000 }
//
// "year" (optional, since version 2) evaluates the region as of that year; without it,
// each input takes its latest value. A file is written as version 1 when it has no year,
// so that older programs read it without a warning.
#pragma once

#include "core/netvalue.h"
#include "core/policy.h"
#include "core/region.h"
#include "data/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace leastbad::data {

inline constexpr int kScenarioFormatVersion = 2;
// The draws a scenario may ask for: the app's Draws box offers the same range, so a
// file cannot make the app run more than it shows (1,000,000 draws took 17.8 GB).
inline constexpr int kMinScenarioDraws = 10;
inline constexpr int kMaxScenarioDraws = 20000;
// The limits of the moral weights in a file, which the app's boxes share.
inline constexpr double kMaxUsdPerYear = 1e8;   // per wellbeing-year and per life-year
inline constexpr double kMaxMoralWeight = 100;  // incarcerated, victims, families
inline constexpr double kMaxDiscountRate = 0.5; // per year

struct NamedPolicy {
    QString name;
    core::Policy policy;
};

struct Scenario {
    QString dataset; // empty: the embedded default dataset
    QString region = QStringLiteral("US");
    int year = 0;                // the region as of this year; 0: the latest value of each input
    QList<NamedPolicy> policies; // usually A and B; the status quo is implicit
    core::MoralWeights weights;
    std::uint64_t seed = 1;
    int draws = 2000;
};

struct ScenarioRead {
    Scenario scenario;
    QStringList warnings; // loaded, but the user must be told (newer version, unknown fields)
};

// The scenario, or every problem that keeps the file from being used (nothing is loaded).
using ScenarioReadResult = Result<ScenarioRead>;

// Levers missing from a policy in the file take the region's status quo.
ScenarioReadResult parseScenario(const QByteArray &json, const QString &fileName,
                                 const core::RegionBaseline &region);
// Reads only the dataset and region a scenario names, to load the region before parsing.
bool peekScenarioRegion(const QByteArray &json, QString &dataset, QString &region,
                        int *year = nullptr);
ScenarioReadResult readScenarioFile(const QString &path, const core::RegionBaseline &region);

QByteArray scenarioToJson(const Scenario &scenario);
// Writes atomically (atomicfile.h): the old file survives any failure. Returns an error
// message naming the file and the reason, or empty.
Result<void> writeScenarioFile(const QString &path, const Scenario &scenario);

} // namespace leastbad::data
