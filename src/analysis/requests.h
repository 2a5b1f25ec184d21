// SPDX-License-Identifier: GPL-3.0-or-later
// What the analysis layer is asked: a comparison, a frontier, a ranking of regions. A
// request holds everything its numbers depend on, and every result carries the request
// it answers, so a result can be checked against what is on screen now and is never
// served for another question (a Texas frontier in a United States report).
#pragma once

#include "core/frontier.h"
#include "core/netvalue.h"
#include "core/outputrequest.h"
#include "core/policy.h"
#include "core/precision.h"
#include "core/region.h"
#include "core/regions.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace leastbad::analysis {

// The status quo and the policies on common draws. Equal questions get equal numbers.
struct ComparisonQuestion {
    core::RegionBaseline region;
    std::vector<core::Policy> policies; // [0] the status quo, then A, B, ...
    core::MoralWeights weights;
    std::uint64_t seed = 1;
    int draws = 1000;
    bool operator==(const ComparisonQuestion &) const = default;
};

struct ComparisonRequest {
    ComparisonQuestion question;
    // What the answer holds:
    // the charts' and headline's summary, with this output's yearly series;
    std::optional<core::Output> snapshotOf;
    // a policy's one-at-a-time sensitivity, in that summary: of question.policies
    // [tornadoPolicy] (1, policy A, unless the app's selected policy is another);
    bool tornado = false;
    int tornadoPolicy = 1;
    // the analysis itself, keeping these outputs (the results files, the command line);
    std::optional<core::OutputRequest> analysis;
    // the parameter draws and calibrated draws (a file of every draw, --decompose);
    bool keepDraws = false;
    // draw in batches of question.draws until this precision (compare --target-se).
    std::optional<core::PrecisionTarget> target;
    bool operator==(const ComparisonRequest &) const = default;
};

// Every lever swept for one region (the Frontier tab, `frontier`, an export).
struct FrontierRequest {
    core::RegionBaseline region;
    core::FrontierOptions options;
    bool operator==(const FrontierRequest &) const = default;
};

// One policy carried to every region and ranked (the Regions tab, `regions`, an export).
struct RegionsRequest {
    std::vector<core::RegionPolicy> regions; // each resolved against its own status quo
    core::MoralWeights weights;
    std::uint64_t seed = 1;
    int draws = 200;
    bool operator==(const RegionsRequest &) const = default;
};

} // namespace leastbad::analysis
