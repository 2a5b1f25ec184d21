// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/memorybudget.h"

#include "core/netvalue.h"
#include "core/outputs.h"
#include "core/simulation.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace leastbad::core {

namespace {

std::string gib(std::uint64_t bytes) {
    char text[32];
    if (bytes < (1ull << 30))
        std::snprintf(text, sizeof text, "%.0f MiB", double(bytes) / double(1ull << 20));
    else
        std::snprintf(text, sizeof text, "%.1f GiB", double(bytes) / double(1ull << 30));
    return text;
}

// What one policy keeps of one draw (PolicyOutcomes): the yearly outputs and undiscounted
// totals asked for, and every discounted total, which verdicts read.
std::uint64_t bytesPerPolicyDraw(int years, const OutputRequest &request) {
    const std::uint64_t y = std::uint64_t(years);
    const std::uint64_t yearly =
        request.allYearly ? y * sizeof(OutputValues) : y * request.yearly.size() * sizeof(double);
    const std::uint64_t totals =
        request.allTotals ? sizeof(OutputValues) : request.totals.size() * sizeof(double);
    // The verdict's net value by ledger, per draw.
    return yearly + totals + sizeof(OutputValues) + sizeof(LedgerValues);
}

std::uint64_t bytesPerDraw(int policies, int years, const RunShape &shape) {
    const std::uint64_t outputs =
        std::uint64_t(policies) * bytesPerPolicyDraw(years, shape.request);
    // A calibration and its parameters per draw, when they are held; a quarter more for the
    // summaries computed from the outputs.
    const std::uint64_t draws = shape.drawsKept ? sizeof(Calibration) + sizeof(Parameters) : 0;
    return (outputs + draws) * 5 / 4;
}

} // namespace

std::uint64_t estimateRunBytes(int draws, int policies, int years) {
    return estimateRunBytes(draws, policies, years, RunShape{});
}

std::uint64_t estimateRunBytes(int draws, int policies, int years, const RunShape &shape) {
    return std::uint64_t(draws) * bytesPerDraw(policies, years, shape);
}

std::uint64_t memoryBudgetBytes() {
    if (const char *text = std::getenv("LEASTBAD_MEMORY_BUDGET_MB")) {
        char *end = nullptr;
        const unsigned long long mib = std::strtoull(text, &end, 10);
        if (end != text && *end == '\0' && mib > 0)
            return std::uint64_t(mib) << 20;
    }
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4ull << 30; // unknown: assume a small machine
    return std::uint64_t(pages) * std::uint64_t(pageSize) / 2;
}

std::string checkMemoryBudget(int draws, int policies, int years) {
    return checkMemoryBudget(draws, policies, years, RunShape{});
}

std::string checkMemoryBudget(int draws, int policies, int years, const RunShape &shape) {
    const std::uint64_t needed = estimateRunBytes(draws, policies, years, shape);
    const std::uint64_t budget = memoryBudgetBytes();
    if (needed <= budget)
        return {};
    const std::uint64_t fits = budget / bytesPerDraw(policies, years, shape);
    return "needs about " + gib(needed) + " of memory for " + std::to_string(draws) + " draws x " +
           std::to_string(policies) + " policies (status quo included) x " + std::to_string(years) +
           " years, more than the budget of " + gib(budget) +
           (std::getenv("LEASTBAD_MEMORY_BUDGET_MB")
                ? std::string(" (LEASTBAD_MEMORY_BUDGET_MB)")
                : std::string(" (half the machine's memory; LEASTBAD_MEMORY_BUDGET_MB sets it)")) +
           "; at most " + std::to_string(fits) + " draws fit, or compare fewer policies or years";
}

} // namespace leastbad::core
