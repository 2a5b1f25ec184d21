// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/memorybudget.h"

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

std::uint64_t bytesPerDraw(int policies, int years) {
    const std::uint64_t outputs =
        std::uint64_t(policies) * std::uint64_t(years + 2) * sizeof(OutputValues);
    // A calibration and its parameters per draw; a quarter more for the summaries and
    // net values computed from the outputs.
    return (outputs + sizeof(Calibration) + sizeof(Parameters)) * 5 / 4;
}

} // namespace

std::uint64_t estimateRunBytes(int draws, int policies, int years) {
    return std::uint64_t(draws) * bytesPerDraw(policies, years);
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
    const std::uint64_t needed = estimateRunBytes(draws, policies, years);
    const std::uint64_t budget = memoryBudgetBytes();
    if (needed <= budget)
        return {};
    const std::uint64_t fits = budget / bytesPerDraw(policies, years);
    return "needs about " + gib(needed) + " of memory for " + std::to_string(draws) + " draws x " +
           std::to_string(policies) + " policies (status quo included) x " + std::to_string(years) +
           " years, more than the budget of " + gib(budget) +
           (std::getenv("LEASTBAD_MEMORY_BUDGET_MB")
                ? std::string(" (LEASTBAD_MEMORY_BUDGET_MB)")
                : std::string(" (half the machine's memory; LEASTBAD_MEMORY_BUDGET_MB sets it)")) +
           "; at most " + std::to_string(fits) + " draws fit, or compare fewer policies or years";
}

} // namespace leastbad::core
