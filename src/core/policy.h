// SPDX-License-Identifier: GPL-3.0-or-later
// A policy: one value for every lever of the essay. statusQuoPolicy() sets each lever
// to the region's present value, so a policy that changes nothing reproduces the
// baseline exactly.
#pragma once

#include "core/region.h"

#include <span>
#include <string_view>

namespace leastbad::core {

struct Policy {
    double facilityBeds = 0;                 // mean beds per facility
    double distanceFromHomeMiles = 0;        // typical distance from home
    double releaseCashUsd = 0;               // transfer at release, USD 2024
    double releaseCashMonths = 0;            // 0 = lump sum, else paid over this many months
    PerGroup sentenceMultiplier{1, 1, 1, 1}; // time served relative to the status quo
    double commissaryPriceRatio = 1;         // 1.0 = at cost
    double visitSupport = 1;                 // multiplier on the share visited (transport, hours)
    double remoteContactHoursPerWeek = 0;    // phone, video, messaging
    double recreationAccess = 0;             // 0 = none, 1 = full
    double policePer100k = 0;
    double clearanceRateViolent = 0;  // the property rate moves in proportion
    double pretrialDetainedShare = 0; // share of felony defendants held to disposition
    double newCapacityBeds = 0;       // beds built, paid as capital
    // Sentence multipliers apply to new admissions only (false) or to everyone already
    // inside too (true, a retroactive reform).
    bool retroactiveSentencing = false;

    bool operator==(const Policy &) const = default;
};

// How a lever's setting carries over to another region (transferPolicy): as it is, by
// its ratio to the status quo, by its difference from it, or in proportion to the
// prison population.
enum class LeverTransfer { AsIs, RatioToStatusQuo, DifferenceFromStatusQuo, PerPrisoner };

// Where a lever sits in the editor: the kinds of decision a reader looks for.
enum class LeverGroup { Sentencing, Conditions, Reentry, Policing, Pretrial, Capacity };
std::string_view leverGroupKey(LeverGroup group); // stable, for documentation and JSON

struct LeverSpec {
    std::string_view key; // as in policy files
    std::string_view label;
    std::string_view unit;
    double min;
    double max;
    double step;
    std::string_view evidence;   // one line: what moves and on what evidence
    double Policy::*member;      // null for the sentence multipliers (see groupIndex)
    int groupIndex;              // >= 0: sentenceMultiplier[groupIndex]
    std::string_view parameters; // comma-separated keys of the parameters it acts through
    // The status quo: the region's present value (statusQuoField, read from the dataset's
    // statusQuoInput metric) or, for a lever with no present value, statusQuoDefault.
    double RegionBaseline::*statusQuoField;
    std::string_view statusQuoInput;
    double statusQuoDefault;
    LeverTransfer transfer;
    LeverGroup group;
};

std::span<const LeverSpec> leverSpecs();
std::string_view leverTransferText(LeverTransfer transfer); // for documentation
const LeverSpec *findLever(std::string_view key);

double leverValue(const Policy &policy, const LeverSpec &lever);
void setLeverValue(Policy &policy, const LeverSpec &lever, double value);

Policy statusQuoPolicy(const RegionBaseline &region);

// The same policy for another region, as a change from that region's status quo: levers
// left at the status quo stay at the other region's; the others carry over by their
// LeverSpec::transfer rule. Values are kept inside each lever's range.
Policy transferPolicy(const Policy &policy, const RegionBaseline &from, const RegionBaseline &to);

} // namespace leastbad::core
