// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis.h"

#include "core/parallel.h"

#include <algorithm>
#include <cmath>

namespace leastbad::core {

namespace {

template <typename Field>
Quantiles summarizeLedger(const std::vector<LedgerValues> &draws, Field field) {
    std::vector<double> v;
    v.reserve(draws.size());
    for (const LedgerValues &l : draws)
        v.push_back(field(l));
    return summarize(std::move(v));
}

} // namespace

std::vector<double> PolicyVerdict::totalDraws() const {
    std::vector<double> v;
    v.reserve(netValueDraws.size());
    for (const LedgerValues &l : netValueDraws)
        v.push_back(l.total());
    return v;
}

std::vector<double> PolicyVerdict::ledgerDraws(double LedgerValues::*ledger) const {
    std::vector<double> v;
    v.reserve(netValueDraws.size());
    for (const LedgerValues &l : netValueDraws)
        v.push_back(l.*ledger);
    return v;
}

PolicyVerdict verdict(const PolicyOutcomes &policy, const PolicyOutcomes &statusQuo,
                      const MoralWeights &weights) {
    PolicyVerdict v;
    const int draws = std::min(policy.draws, statusQuo.draws);
    v.netValueDraws.reserve(draws);
    for (int d = 0; d < draws; ++d)
        v.netValueDraws.push_back(netValue(policy.discounted[d], statusQuo.discounted[d], weights));
    const std::vector<double> totals = v.totalDraws();
    v.netValue = summarize(totals);
    v.probabilityPositive = shareAbove(totals);
    v.netValueError = monteCarloError(totals);
    const double otherChoice = weights.countIncarcerationLifeYears ? -1.0 : 1.0;
    v.netValueOtherLifeYearsChoice = summarizeLedger(v.netValueDraws, [&](const LedgerValues &l) {
        return l.total() + otherChoice * l.incarcerationLifeYears;
    });
    v.vendors = summarizeLedger(v.netValueDraws, [](const LedgerValues &l) { return l.vendors; });
    v.taxpayers =
        summarizeLedger(v.netValueDraws, [](const LedgerValues &l) { return l.taxpayers; });
    v.victims = summarizeLedger(v.netValueDraws, [](const LedgerValues &l) { return l.victims; });
    v.incarceratedAndFamilies = summarizeLedger(
        v.netValueDraws, [](const LedgerValues &l) { return l.incarceratedAndFamilies; });
    return v;
}

Analysis analyse(const DrawSet &draws, std::span<const Policy> policies,
                 const MoralWeights &weights, int threads, const std::atomic<bool> *cancel,
                 const ProgressFn &progress) {
    Analysis a;
    analyse(a, draws, policies, weights, threads, cancel, progress);
    return a;
}

namespace {

// Each policy's verdict on a thread of its own: at 100,000 draws their percentiles were a
// tenth of a compare, run on one thread after the parallel draws. A verdict reads only its
// own policy and the status quo, so the thread count changes no number.
void judge(Analysis &a, const MoralWeights &weights, int threads) {
    a.complete = a.run.complete;
    a.verdicts.clear();
    if (!a.complete || a.run.policies.empty())
        return;
    const std::vector<PolicyOutcomes> &runs = a.run.policies;
    a.verdicts.resize(runs.size());
    parallelFor(int(runs.size()), threads, [&](int p) {
        a.verdicts[std::size_t(p)] = verdict(runs[std::size_t(p)], runs.front(), weights);
    });
}

} // namespace

void analyse(Analysis &a, const DrawSet &draws, std::span<const Policy> policies,
             const MoralWeights &weights, int threads, const std::atomic<bool> *cancel,
             const ProgressFn &progress) {
    analyse(a, draws, policies, weights, OutputRequest::everything(), threads, cancel, progress);
}

void analyse(Analysis &a, const DrawSet &draws, std::span<const Policy> policies,
             const MoralWeights &weights, const OutputRequest &request, int threads,
             const std::atomic<bool> *cancel, const ProgressFn &progress) {
    runMonteCarlo(a.run, draws, policies, weights.simulationOptions(), request, threads, cancel,
                  progress);
    judge(a, weights, threads);
}

Analysis analyseDrawing(const RegionBaseline &region, int draws, std::uint64_t seed,
                        std::span<const Policy> policies, const MoralWeights &weights,
                        const OutputRequest &request, int threads, const std::atomic<bool> *cancel,
                        const ProgressFn &progress) {
    Analysis a;
    a.run = runMonteCarloDrawing(region, draws, seed, policies, weights.simulationOptions(),
                                 request, threads, cancel, progress);
    judge(a, weights, threads);
    return a;
}

} // namespace leastbad::core
