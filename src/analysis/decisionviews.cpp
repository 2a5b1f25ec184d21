// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/decisionviews.h"

#include "analysis/numbertext.h"
#include "analysis/scenariorequests.h"
#include "analysis/translate.h"

namespace leastbad::analysis {

ComparisonRequest decisionRequest(const data::Scenario &scenario,
                                  const core::RegionBaseline &region, int draws) {
    ComparisonRequest request;
    request.question = comparisonQuestion(scenario, region);
    request.question.draws = draws;
    request.analysis = core::breakEvenOutputs(); // not every yearly output (issue 20)
    request.keepDraws = true;
    return request;
}

PolicyDecomposition waterfall(const core::Decomposition &d) {
    PolicyDecomposition out;
    const std::size_t draws = d.total.size();
    if (draws == 0)
        return out;
    double running = 0;
    for (int m = 0; m < core::kMechanismCount; ++m) {
        double sum = 0;
        for (const core::NetValueTerms &terms : d.parts[std::size_t(m)])
            sum += core::sumOfTerms(terms);
        const double mean = sum / double(draws);
        running += mean;
        out.steps.push_back({static_cast<core::Mechanism>(m), mean, running});
    }
    double total = 0;
    for (const core::NetValueTerms &terms : d.total)
        total += core::sumOfTerms(terms);
    out.total = total / double(draws);
    return out;
}

DecisionViews decisionViews(const ComparisonResult &result, int threads,
                            const std::atomic<bool> *cancel) {
    DecisionViews v;
    if (!result.analysis || !result.draws || !result.set)
        return v;
    const core::Analysis &analysis = *result.analysis;
    const core::MoralWeights &weights = result.request.question.weights;
    const std::vector<core::Policy> &policies = result.request.question.policies;
    const core::NetBenefits nb = core::netBenefits(analysis);
    v.decision = core::summarizeDecision(nb);
    v.acceptability =
        core::acceptabilityCurve(analysis.run, weights, core::defaultAcceptabilityValues());
    v.information = core::valueOfInformation(*result.draws, nb, threads, cancel);
    if (!v.information.complete)
        return v;
    const core::PolicyOutcomes &statusQuo = analysis.run.policies[0];
    for (std::size_t p = 1; p < analysis.run.policies.size(); ++p) {
        const bool same = policies[p] == policies[0];
        v.sameAsStatusQuo.push_back(same);
        v.breakEvens.push_back(
            same ? std::vector<core::BreakEven>{}
                 : core::breakEvens(analysis.run.policies[p], statusQuo, *result.set, weights));
        const core::Decomposition d =
            core::decompose(*result.set, policies[p], statusQuo, weights, threads, cancel);
        if (!d.complete)
            return v;
        v.mechanisms.push_back(waterfall(d));
    }
    v.complete = true;
    return v;
}

QString mechanismLabel(core::Mechanism mechanism) {
    switch (mechanism) {
    case core::Mechanism::Direct:
        return tr("What the levers do directly");
    case core::Mechanism::Incapacitation:
        return tr("Incapacitation");
    case core::Mechanism::GeneralDeterrence:
        return tr("General deterrence");
    case core::Mechanism::AftereffectsReentry:
        return tr("Aftereffects and reentry");
    case core::Mechanism::InPrisonConditions:
        return tr("In-prison conditions");
    case core::Mechanism::Count:
        break;
    }
    return {};
}

QString parameterGroupLabel(const core::InformationValue &group) {
    const std::string_view key = group.key;
    if (key == "incapacitation")
        return tr("Incapacitation");
    if (key == "deterrence")
        return tr("Deterrence");
    if (key == "aftereffects_and_reentry")
        return tr("Aftereffects and reentry");
    if (key == "in_prison_conditions")
        return tr("In-prison conditions");
    if (key == "taxpayer_costs")
        return tr("Taxpayer costs");
    if (key == "pretrial")
        return tr("Pretrial detention");
    if (key == "baseline_inputs")
        return tr("Uncertain baseline inputs");
    if (key == "victim_costs")
        return tr("Victim costs and reporting");
    if (key == "life_years")
        return tr("Life-years");
    if (key == "wellbeing")
        return tr("Wellbeing-years");
    return QString::fromUtf8(group.label.data(), qsizetype(group.label.size()));
}

QString breakEvenQuantityLabel(core::BreakEvenQuantity quantity) {
    switch (quantity) {
    case core::BreakEvenQuantity::DollarsPerWellbeingYear:
        return tr("Value of a wellbeing-year");
    case core::BreakEvenQuantity::DollarsPerLifeYear:
        return tr("Value of a life-year");
    case core::BreakEvenQuantity::WeightIncarcerated:
        return tr("Weight of incarcerated people's wellbeing");
    case core::BreakEvenQuantity::DiscountRate:
        return tr("Discount rate");
    case core::BreakEvenQuantity::Count:
        break;
    }
    return {};
}

namespace {

QString quantityValue(core::BreakEvenQuantity q, double value) {
    switch (q) {
    case core::BreakEvenQuantity::DollarsPerWellbeingYear:
    case core::BreakEvenQuantity::DollarsPerLifeYear:
        return money(value);
    case core::BreakEvenQuantity::DiscountRate:
        return percent(value, 1);
    case core::BreakEvenQuantity::WeightIncarcerated:
    case core::BreakEvenQuantity::Count:
        break;
    }
    return displayLocale().toString(value, 'f', 2);
}

} // namespace

QString breakEvenText(const core::BreakEven &b) {
    if (!b.value) {
        const core::BreakEvenRange range = core::breakEvenRange(b.quantity);
        return tr("never within %1 to %2")
            .arg(quantityValue(b.quantity, range.min), quantityValue(b.quantity, range.max));
    }
    return quantityValue(b.quantity, *b.value);
}

std::array<core::BreakEvenQuantity, 3> shownBreakEvenQuantities() {
    return {core::BreakEvenQuantity::DollarsPerWellbeingYear,
            core::BreakEvenQuantity::DollarsPerLifeYear,
            core::BreakEvenQuantity::WeightIncarcerated};
}

} // namespace leastbad::analysis
