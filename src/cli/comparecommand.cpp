// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/comparecommand.h"

#include "analysis/session.h"
#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/analysis.h"
#include "core/decomposition.h"
#include "core/memorybudget.h"
#include "core/parallel.h"
#include "core/precision.h"
#include "data/analysisformat.h"
#include "data/decisionformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

#include <cmath>
#include <optional>

namespace leastbad::cli {

namespace {

// Outcomes quoted against the status quo, as policy − status quo over the horizon.
struct Measure {
    const char *label;
    core::Output output;
    core::Totals totals;
    QString (*format)(double);
};

const Measure kMeasures[] = {
    {QT_TRANSLATE_NOOP("CompareCommand", "victimisations averted"),
     core::Output::VictimizationsAverted, core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "change in homicides"), core::Output::Homicides,
     core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "change in prisoner-years"), core::Output::PrisonerYears,
     core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "change in wellbeing-years lost"),
     core::Output::WellbeingYearsLost, core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "change in life-years lost in prison"),
     core::Output::LifeYearsLostIncarceration, core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "life-years saved (homicides)"),
     core::Output::LifeYearsSavedHomicide, core::Totals::Undiscounted, count},
    {QT_TRANSLATE_NOOP("CompareCommand", "change in taxpayer cost"), core::Output::CostTaxpayersUsd,
     core::Totals::Discounted, usd},
};

constexpr int kLabelWidth = 40;

// What compare reads of the run: every discounted total (CSV, JSON, net value) and the
// undiscounted totals of the table's measures; no yearly output (issue 20).
core::OutputRequest comparedOutputs() {
    std::vector<core::Output> undiscounted;
    for (const Measure &m : kMeasures) {
        if (m.totals == core::Totals::Undiscounted)
            undiscounted.push_back(m.output);
    }
    return core::OutputRequest::discountedAnd(std::move(undiscounted));
}

struct Report {
    QStringList names; // [0] status quo
    // The session's result, not a copy: at 100,000 draws a copy of the runs was 1 KB a draw.
    std::shared_ptr<const core::Analysis> analysis;
    int draws = 0;                               // used (with --target-se: as many as it took)
    std::optional<core::PrecisionTarget> target; // --target-se
    bool reachedTarget = false;
    std::vector<core::Decomposition> decompositions; // --decompose: [policy − 1]
};

// In the order of core::Mechanism.
const char *const kMechanismLabels[core::kMechanismCount] = {
    QT_TRANSLATE_NOOP("CompareCommand", "direct (levers alone)"),
    QT_TRANSLATE_NOOP("CompareCommand", "incapacitation"),
    QT_TRANSLATE_NOOP("CompareCommand", "general deterrence"),
    QT_TRANSLATE_NOOP("CompareCommand", "aftereffects and reentry"),
    QT_TRANSLATE_NOOP("CompareCommand", "in-prison conditions")};

// The decomposition by mechanism: one row a mechanism, money by ledger, wellbeing-years
// and life-years in dollars (means), and the mechanism's total with its error.
void writeDecomposition(QTextStream &s, const core::Decomposition &d) {
    using T = core::NetValueTerm;
    const struct {
        const char *label;
        std::initializer_list<T> terms;
    } columns[] = {
        {QT_TRANSLATE_NOOP("CompareCommand", "taxpayers $"), {T::TaxpayersMoney}},
        {QT_TRANSLATE_NOOP("CompareCommand", "victims $"), {T::VictimsMoney}},
        {QT_TRANSLATE_NOOP("CompareCommand", "families $"), {T::FamiliesMoney, T::VendorsMoney}},
        {QT_TRANSLATE_NOOP("CompareCommand", "wellbeing-years"),
         {T::VictimsWellbeing, T::IncarceratedWellbeing, T::FamiliesWellbeing}},
        {QT_TRANSLATE_NOOP("CompareCommand", "life-years"),
         {T::HomicideLifeYears, T::IncarcerationLifeYears}},
    };
    s << "  "
      << QCoreApplication::translate("CompareCommand", "by mechanism (mean $)")
             .leftJustified(kLabelWidth - 10);
    for (const auto &c : columns)
        s << padded(QCoreApplication::translate("CompareCommand", c.label), 16);
    s << "  " << QCoreApplication::translate("CompareCommand", "total") << "\n";
    for (int m = 0; m < core::kMechanismCount; ++m) {
        const auto mechanism = static_cast<core::Mechanism>(m);
        s << "    "
          << QCoreApplication::translate("CompareCommand", kMechanismLabels[m])
                 .leftJustified(kLabelWidth - 12);
        for (const auto &c : columns) {
            double mean = 0;
            for (T t : c.terms) {
                const std::vector<double> draws =
                    data::decompositionDraws(d, mechanism, static_cast<int>(t));
                mean += core::summarize(draws).mean;
            }
            s << padded(usd(mean), 16);
        }
        s << "  " << withError(data::decompositionDraws(d, mechanism), usd) << "\n";
    }
}

QByteArray asTable(const Report &r, const CommonOptions &o) {
    QString out;
    QTextStream s(&out);
    const core::MoralWeights &w = o.weights;
    s << QCoreApplication::translate(
             "leastbad::cli",
             "%1: %2 draws (seed %3), %4 years, discount rate %5%, %6 per wellbeing-year, %7 per "
             "life-year, "
             "weights: incarcerated %8, victims %9, families %10")
             .arg(QString::fromStdString(o.region.baseline.name))
             .arg(r.draws)
             .arg(o.seed)
             .arg(w.horizonYears)
             .arg(100 * w.discountRate)
             .arg(usd(w.dollarsPerWellbeingYear), usd(w.dollarsPerLifeYear))
             .arg(w.weightIncarcerated)
             .arg(w.weightVictims)
             .arg(w.weightFamilies)
      << "\n"
      << QCoreApplication::translate(
             "leastbad::cli",
             "Against the status quo; totals over the horizon, money discounted; mean (90% "
             "interval).")
      << "\n";
    if (r.target)
        s << (r.reachedTarget ? QCoreApplication::translate(
                                    "CompareCommand",
                                    "Drew %1 draws (batches of %2) to bring the standard error of "
                                    "each mean net value below %3.")
                              : QCoreApplication::translate(
                                    "CompareCommand",
                                    "Stopped at the cap of %1 draws (batches of %2): the standard "
                                    "error of a mean net value is still above %3."))
                 .arg(r.draws)
                 .arg(r.target->batchDraws)
                 .arg(usd(r.target->standardErrorUsd))
          << "\n";
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = r.analysis->verdicts[p];
        s << "\n" << r.names[p] << "\n";
        s << "  "
          << QCoreApplication::translate("leastbad::cli", "net social value")
                 .leftJustified(kLabelWidth)
          << withInterval(v.netValue, usd) << "\n";
        s << "    "
          << QCoreApplication::translate("leastbad::cli", "Monte Carlo standard error")
                 .leftJustified(kLabelWidth - 2)
          << QCoreApplication::translate("leastbad::cli", "mean %1, 5th %2, 95th percentile %3")
                 .arg(usd(v.netValueError.mean), usd(v.netValueError.p5), usd(v.netValueError.p95))
          << "\n";
        s << "  "
          << QCoreApplication::translate("leastbad::cli", "P(net benefit > 0)")
                 .leftJustified(kLabelWidth)
          << percent(v.probabilityPositive) << QStringLiteral(" (± ")
          << percent(v.netValueError.shareAboveZero) << ")\n";
        s << "  "
          << (o.weights.countIncarcerationLifeYears
                  ? QCoreApplication::translate("leastbad::cli", "without incarceration life-years")
                  : QCoreApplication::translate("leastbad::cli", "with incarceration life-years"))
                 .leftJustified(kLabelWidth)
          << withInterval(v.netValueOtherLifeYearsChoice, usd) << "\n";
        // Each row's summary is a selection over every draw: computed on all threads (at
        // 100,000 draws they were a tenth of a compare, on one thread after the draws).
        using Ledger = double core::LedgerValues::*;
        const std::pair<const char *, Ledger> ledgers[] = {
            {QT_TRANSLATE_NOOP("leastbad::cli", "taxpayers"), &core::LedgerValues::taxpayers},
            {QT_TRANSLATE_NOOP("leastbad::cli", "victims"), &core::LedgerValues::victims},
            {QT_TRANSLATE_NOOP("leastbad::cli", "incarcerated people and families"),
             &core::LedgerValues::incarceratedAndFamilies},
            {QT_TRANSLATE_NOOP("leastbad::cli", "commissary vendors"),
             &core::LedgerValues::vendors}};
        constexpr int kLedgers = int(std::size(ledgers));
        const int rows = kLedgers + int(std::size(kMeasures));
        std::vector<QString> cells(static_cast<std::size_t>(rows));
        core::parallelFor(rows, o.threads, [&](int i) {
            if (i < kLedgers) {
                cells[std::size_t(i)] = withError(v.ledgerDraws(ledgers[i].second), usd);
                return;
            }
            const Measure &m = kMeasures[i - kLedgers];
            cells[std::size_t(i)] =
                withError(core::differenceDraws(r.analysis->run.policies[p],
                                                r.analysis->run.policies[0], m.output, m.totals),
                          m.format);
        });
        for (int i = 0; i < kLedgers; ++i)
            s << "    "
              << QCoreApplication::translate("leastbad::cli", ledgers[i].first)
                     .leftJustified(kLabelWidth - 2)
              << cells[std::size_t(i)] << "\n";
        for (int i = kLedgers; i < rows; ++i)
            s << "  "
              << QCoreApplication::translate("CompareCommand", kMeasures[i - kLedgers].label)
                     .leftJustified(kLabelWidth)
              << cells[std::size_t(i)] << "\n";
        if (std::size_t(p - 1) < r.decompositions.size())
            writeDecomposition(s, r.decompositions[p - 1]);
    }
    if (r.names.size() > 2) {
        s << "\n"
          << QCoreApplication::translate("leastbad::cli",
                                         "P(first beats second) on net social value:")
          << "\n";
        for (int a = 1; a < r.names.size(); ++a) {
            for (int b = a + 1; b < r.names.size(); ++b) {
                const core::Comparison c = core::compareDraws(r.analysis->verdicts[a].totalDraws(),
                                                              r.analysis->verdicts[b].totalDraws());
                s << "  " << r.names[a] << QCoreApplication::translate("leastbad::cli", " vs ")
                  << r.names[b] << ": " << percent(c.firstBetter) << " / "
                  << percent(c.secondBetter)
                  << QCoreApplication::translate("leastbad::cli", " (ties %1)").arg(percent(c.tie))
                  << QStringLiteral(" ± ") << percent(core::shareError(c.firstBetter, r.draws), 1)
                  << "\n";
            }
        }
    }
    return out.toUtf8();
}

// --target-se and --max-draws, checked: the cap must fit the memory budget.
std::optional<core::PrecisionTarget> readTarget(const QCommandLineParser &parser,
                                                const QCommandLineOption &targetOption,
                                                const QCommandLineOption &maxDrawsOption,
                                                const CommonOptions &o, QString &error) {
    bool ok = false, maxOk = false;
    const double se = parser.value(targetOption).toDouble(&ok);
    const double maxDraws = parser.value(maxDrawsOption).toDouble(&maxOk);
    if (!ok || !std::isfinite(se) || se <= 0) {
        error = QCoreApplication::translate("CompareCommand",
                                            "--target-se: expected a positive number of dollars, "
                                            "got \"%1\"")
                    .arg(parser.value(targetOption));
        return std::nullopt;
    }
    if (!maxOk || maxDraws < o.draws || maxDraws > 1'000'000 || maxDraws != std::floor(maxDraws)) {
        error = QCoreApplication::translate(
                    "CompareCommand", "--max-draws: expected a whole number from %1 to 1000000, "
                                      "got \"%2\"")
                    .arg(o.draws)
                    .arg(parser.value(maxDrawsOption));
        return std::nullopt;
    }
    if (const std::string over = core::checkMemoryBudget(int(maxDraws), int(o.policies.size()) + 1,
                                                         o.weights.horizonYears);
        !over.empty()) {
        error = QStringLiteral("--max-draws: ") + QString::fromStdString(over);
        return std::nullopt;
    }
    return core::PrecisionTarget{se, o.draws, int(maxDraws)};
}

QStringList policyNames(const Report &r) {
    return r.names.mid(1);
}

QByteArray asCsv(const data::AnalysisLabels &labels, const Report &r) {
    QByteArray csv = data::analysisToCsv(labels, *r.analysis) +
                     data::decompositionCsv(policyNames(r), r.decompositions);
    if (r.target)
        csv += ",draws_used," + QByteArray::number(r.draws) + ",,,,,\n" +
               ",target_standard_error_reached," + QByteArray(r.reachedTarget ? "1" : "0") +
               ",,,,,\n";
    return csv;
}

QByteArray asJson(const data::AnalysisLabels &labels, const Report &r,
                  const core::ParameterDraws *raw) {
    const QByteArray json = data::analysisToJson(labels, *r.analysis, false, raw);
    if (r.decompositions.empty() && !r.target)
        return json;
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (!r.decompositions.empty())
        root.insert(QStringLiteral("decomposition"),
                    data::decompositionJson(policyNames(r), r.decompositions));
    if (r.target)
        root.insert(QStringLiteral("target_standard_error"),
                    QJsonObject{{QStringLiteral("usd"), r.target->standardErrorUsd},
                                {QStringLiteral("batch_draws"), r.target->batchDraws},
                                {QStringLiteral("max_draws"), r.target->maxDraws},
                                {QStringLiteral("draws_used"), r.draws},
                                {QStringLiteral("reached"), r.reachedTarget}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runCompare(const QStringList &arguments) {
    const QString command = QStringLiteral("compare");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "leastbad::cli",
        "Compare policies with the status quo and with each other under uncertainty: net social "
        "value by "
        "ledger, P(net benefit > 0) and P(A beats B), on common random numbers."));
    CommonParser common(parser, kRegion | kPolicies | kDraws | kKeepsDraws | kWeights | kFormat);
    const QCommandLineOption rawOption(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "leastbad::cli",
            "With --format json: add every draw (parameters and each policy's totals)."));
    parser.addOption(rawOption);
    const QCommandLineOption targetOption(
        QStringLiteral("target-se"),
        QCoreApplication::translate(
            "CompareCommand",
            "Keep drawing, in batches of --draws, until the Monte Carlo standard error of each "
            "policy's mean net value is at most this, or --max-draws is reached."),
        QStringLiteral("USD"));
    const QCommandLineOption maxDrawsOption(
        QStringLiteral("max-draws"),
        QCoreApplication::translate("CompareCommand",
                                    "With --target-se: the most draws to use (default: 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption decomposeOption(
        QStringLiteral("decompose"),
        QCoreApplication::translate("CompareCommand",
                                    "Split each policy's net value by mechanism (incapacitation, "
                                    "deterrence, aftereffects and reentry, in-prison conditions) "
                                    "and by ledger."));
    parser.addOption(targetOption);
    parser.addOption(maxDrawsOption);
    parser.addOption(decomposeOption);
    // The memory check counts what this run keeps: the compared outputs' totals, and the
    // draws only for --raw and --decompose (otherwise each is drawn and dropped).
    common.setRunShape([&] {
        return core::RunShape{comparedOutputs(),
                              parser.isSet(rawOption) || parser.isSet(decomposeOption)};
    });
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    QString error;
    std::optional<core::PrecisionTarget> target;
    if (parser.isSet(targetOption)) {
        target = readTarget(parser, targetOption, maxDrawsOption, *o, error);
        if (!target)
            return fail(command, error);
    }
    if (o->policies.isEmpty())
        return fail(command,
                    QCoreApplication::translate(
                        "leastbad::cli",
                        "--policy: give at least one policy file to compare with the status quo"));

    Report report;
    const std::vector<core::Policy> policies = withStatusQuo(*o, report.names);
    // From here on Ctrl-C cancels the run (preparing the draws finishes first).
    const std::atomic<bool> *cancel = interruptFlag();
    const core::ProgressFn progress =
        terminalProgress(QCoreApplication::translate("leastbad::cli", "simulating"));
    analysis::ComparisonRequest request;
    request.question = {o->region.baseline, policies, o->weights, o->seed, o->draws};
    request.analysis = comparedOutputs();
    // --raw prints every draw's parameters and --decompose reruns the draws: keep them.
    // Otherwise each draw is drawn, calibrated, simulated and dropped.
    request.keepDraws = parser.isSet(rawOption) || parser.isSet(decomposeOption);
    request.target = target;
    analysis::Session session(analysis::Session::Mode::OneShot, o->threads);
    const std::shared_ptr<const analysis::ComparisonResult> result =
        session.results(request, cancel, progress);
    if (!result || !result->analysis->complete)
        return interrupted(command);
    report.target = target;
    report.reachedTarget = result->reachedTarget;
    report.analysis = result->analysis;
    report.draws = result->drawsUsed;
    if (parser.isSet(decomposeOption)) {
        for (std::size_t p = 1; p < policies.size(); ++p) {
            report.decompositions.push_back(core::decompose(*result->set, policies[p],
                                                            report.analysis->run.policies[0],
                                                            o->weights, o->threads, cancel));
            if (!report.decompositions.back().complete)
                return interrupted(command);
        }
    }

    const data::AnalysisLabels labels{report.names, QString::fromStdString(o->region.baseline.code),
                                      report.draws, o->seed, o->weights};
    const QByteArray text =
        o->format == QStringLiteral("csv") ? asCsv(labels, report)
        : o->format == QStringLiteral("json")
            ? asJson(labels, report, parser.isSet(rawOption) ? result->draws.get() : nullptr)
            : asTable(report, *o);
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
