// SPDX-License-Identifier: GPL-3.0-or-later
// What the analysis layer answers, each result stamped with the request it answers.
#pragma once

#include "analysis/headlineerrors.h"
#include "analysis/requests.h"
#include "core/analysis.h"
#include "core/frontier.h"
#include "core/parameterdraws.h"
#include "core/regions.h"

#include <memory>

namespace leastbad::analysis {

struct ComparisonResult {
    ComparisonRequest request;                         // the request this answers
    std::shared_ptr<const AnalysisSnapshot> snapshot;  // when request.snapshotOf
    std::shared_ptr<const core::Analysis> analysis;    // when request.analysis
    std::shared_ptr<const core::ParameterDraws> draws; // when request.keepDraws
    std::shared_ptr<const core::DrawSet> set;          // when request.keepDraws
    bool reachedTarget = false;                        // with request.target
    int drawsUsed = 0; // request.question.draws, or more with a target

    // This result holds everything `asked` asks for, for the same question.
    bool answers(const ComparisonRequest &asked) const;
};

struct FrontierAnswer {
    FrontierRequest request;
    core::FrontierResult result;
};

struct RegionsAnswer {
    RegionsRequest request;
    core::RegionsResult result;
};

// The two requests sweep the same policies on the same draws; only the policies they mark
// (the scenario's) may differ, which the frontier itself does not depend on.
bool sameSweep(const FrontierRequest &a, const FrontierRequest &b);

// The outputs `have` keeps include every output `want` asks for.
bool covers(const core::OutputRequest &have, const core::OutputRequest &want);

} // namespace leastbad::analysis
