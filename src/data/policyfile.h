// SPDX-License-Identifier: GPL-3.0-or-later
// Policy files (.json): a versioned format naming only the levers a policy changes.
//
//   { "format": "leastbad-policy", "version": 1, "name": "...", "description": "...",
//     "levers": { "facility_beds": 250,                      // absolute value
//                 "police_per_100k": { "times": 1.1 },        // relative to the region
//                 "clearance_rate_violent": { "plus": 0.05 } },
//     "sentence_changes": "prospective" }   // or "retroactive"; prospective by default
//
// Levers left out stay at the region's status quo. docs/POLICY_FILES.md has the rest.
#pragma once

#include "core/policy.h"
#include "data/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace leastbad::data {

inline constexpr int kPolicyFormatVersion = 1;

struct PolicyFile {
    QString name;
    QString description;
    core::Policy policy;
};

// The policy, or every problem found (each names the file and the field).
using PolicyReadResult = Result<PolicyFile>;

// Parses policy JSON against a region's status quo. `fileName` only labels messages.
PolicyReadResult parsePolicy(const QByteArray &json, const QString &fileName,
                             const core::RegionBaseline &region);
PolicyReadResult readPolicyFile(const QString &path, const core::RegionBaseline &region);

// The JSON of a policy, listing only the levers that differ from the status quo.
QByteArray policyToJson(const PolicyFile &file, const core::RegionBaseline &region);

} // namespace leastbad::data
