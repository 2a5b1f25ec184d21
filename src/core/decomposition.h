// SPDX-License-Identifier: GPL-3.0-or-later
// A policy's net value against the status quo split by mechanism (what the levers do
// directly, incapacitation, general deterrence, aftereffects and reentry, in-prison
// conditions) and, within each, by term (money by ledger, wellbeing-years, life-years).
// Mechanisms are switched on one at a time in a fixed order (SimulationOptions::
// mechanismsOff), so each takes the interactions with those before it and the parts add
// up to the total in every draw.
#pragma once

#include "core/montecarlo.h"
#include "core/netvalue.h"

#include <array>
#include <string_view>
#include <vector>

namespace leastbad::core {

enum class Mechanism {
    Direct,              // every mechanism off: prisoner-years, costs and confinement alone
    Incapacitation,      // + crimes averted while people are held
    GeneralDeterrence,   // + severity, certainty and targeted deterrence
    AftereffectsReentry, // + aftereffects of time served, contact and cash at release
    InPrisonConditions,  // + violence inside (facility size, contact, recreation)
    Count
};
inline constexpr int kMechanismCount = static_cast<int>(Mechanism::Count);
std::string_view mechanismKey(Mechanism m); // stable CSV/JSON key
// The SimulationOptions::mechanismsOff of the stage that has mechanisms up to `m` on.
unsigned mechanismsOffUpTo(Mechanism m);

struct Decomposition {
    // parts[m][d]: mechanism m's contribution in draw d, term by term.
    std::array<std::vector<NetValueTerms>, kMechanismCount> parts;
    std::vector<NetValueTerms> total; // [d]: the full model's terms (the sum of the parts)
    bool complete = false;
};

// Simulates the policy at each stage on every draw (status quo outcomes from `statusQuo`,
// draw by draw; discounted totals as in the run).
Decomposition decompose(const DrawSet &draws, const Policy &policy, const PolicyOutcomes &statusQuo,
                        const MoralWeights &weights, int threads = 0,
                        const std::atomic<bool> *cancel = nullptr);

// The sum of a draw's terms.
double sumOfTerms(const NetValueTerms &terms);

} // namespace leastbad::core
