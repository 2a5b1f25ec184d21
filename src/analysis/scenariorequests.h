// SPDX-License-Identifier: GPL-3.0-or-later
// The requests a scenario makes: the app's panels, its exports and the command line build
// them here, so the same scenario asks the same question wherever it is asked.
#pragma once

#include "analysis/requests.h"
#include "data/dataset.h"
#include "data/regionrecord.h"
#include "data/scenariofile.h"

namespace leastbad::analysis {

// Draws per region when policy A is applied to every region (as in the Regions tab).
inline constexpr int kRegionDraws = 200;
// The Frontier tab's defaults, which an export uses too.
inline constexpr int kFrontierSamples = 5000;
inline constexpr int kFrontierDraws = 100;

// The status quo, then the scenario's policies.
std::vector<core::Policy> scenarioPolicies(const data::Scenario &scenario,
                                           const core::RegionBaseline &region);
ComparisonQuestion comparisonQuestion(const data::Scenario &scenario,
                                      const core::RegionBaseline &region);
// What the charts and headline show: the snapshot of `charted`, with the tornado when asked
// of the scenario's policy `policy` (0: the first; out of range: the first).
ComparisonRequest snapshotRequest(const data::Scenario &scenario,
                                  const core::RegionBaseline &region, core::Output charted,
                                  bool tornado, int policy = 0);

FrontierRequest frontierRequest(const data::Scenario &scenario, const core::RegionBaseline &region,
                                int samples = kFrontierSamples, int draws = kFrontierDraws);

// Policy A carried to every region of the dataset as a change from each one's status quo
// (core::transferPolicy), each region evaluated as of `year` (0: the latest values). A
// region that cannot be loaded is left out and named in `skipped`.
RegionsRequest regionsRequest(const data::Dataset &dataset, const core::Policy &policy,
                              const core::RegionBaseline &from, const core::MoralWeights &weights,
                              std::uint64_t seed, int draws = kRegionDraws, int year = 0,
                              data::Problems *skipped = nullptr);
// The scenario's policy `policy` (0: the first; out of range: the first) in every region.
RegionsRequest regionsRequest(const data::Dataset &dataset, const data::Scenario &scenario,
                              const core::RegionBaseline &from, int policy = 0);
// The scenario's policy `policy` if it has one, else its first (0; -1 when it has none):
// the policy the tornado, the regions and the per-unit effects describe.
int describedPolicy(const data::Scenario &scenario, int policy);

} // namespace leastbad::analysis
