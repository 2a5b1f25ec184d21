// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/comparecommand.h"

#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/analysis.h"
#include "data/analysisformat.h"

#include <QCoreApplication>
#include <QTextStream>

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

struct Report {
    QStringList names; // [0] status quo
    core::Analysis analysis;
};

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
             .arg(o.draws)
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
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = r.analysis.verdicts[p];
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
        s << "    "
          << QCoreApplication::translate("leastbad::cli", "taxpayers")
                 .leftJustified(kLabelWidth - 2)
          << withInterval(v.taxpayers, usd) << "\n";
        s << "    "
          << QCoreApplication::translate("leastbad::cli", "victims").leftJustified(kLabelWidth - 2)
          << withInterval(v.victims, usd) << "\n";
        s << "    "
          << QCoreApplication::translate("leastbad::cli", "incarcerated people and families")
                 .leftJustified(kLabelWidth - 2)
          << withInterval(v.incarceratedAndFamilies, usd) << "\n";
        s << "    "
          << QCoreApplication::translate("leastbad::cli", "commissary vendors")
                 .leftJustified(kLabelWidth - 2)
          << withInterval(v.vendors, usd) << "\n";
        for (const Measure &m : kMeasures) {
            const core::Quantiles q = core::summarize(core::differenceDraws(
                r.analysis.run.policies[p], r.analysis.run.policies[0], m.output, m.totals));
            s << "  "
              << QCoreApplication::translate("CompareCommand", m.label).leftJustified(kLabelWidth)
              << withInterval(q, m.format) << "\n";
        }
    }
    if (r.names.size() > 2) {
        s << "\n"
          << QCoreApplication::translate("leastbad::cli",
                                         "P(first beats second) on net social value:")
          << "\n";
        for (int a = 1; a < r.names.size(); ++a) {
            for (int b = a + 1; b < r.names.size(); ++b) {
                const core::Comparison c = core::compareDraws(r.analysis.verdicts[a].totalDraws(),
                                                              r.analysis.verdicts[b].totalDraws());
                s << "  " << r.names[a] << QCoreApplication::translate("leastbad::cli", " vs ")
                  << r.names[b] << ": " << percent(c.firstBetter) << " / "
                  << percent(c.secondBetter)
                  << QCoreApplication::translate("leastbad::cli", " (ties %1)").arg(percent(c.tie))
                  << "\n";
            }
        }
    }
    return out.toUtf8();
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
    const CommonParser common(parser,
                              kRegion | kPolicies | kDraws | kKeepsDraws | kWeights | kFormat);
    const QCommandLineOption rawOption(
        QStringLiteral("raw"),
        QCoreApplication::translate(
            "leastbad::cli",
            "With --format json: add every draw (parameters and each policy's totals)."));
    parser.addOption(rawOption);
    if (const std::optional<int> exit = parseOrExit(parser, command, arguments))
        return *exit;
    QString error;
    const std::optional<CommonOptions> o = common.read(error);
    if (!o)
        return fail(command, error);
    if (o->policies.isEmpty())
        return fail(command,
                    QCoreApplication::translate(
                        "leastbad::cli",
                        "--policy: give at least one policy file to compare with the status quo"));

    Report report;
    std::vector<core::Policy> policies{core::statusQuoPolicy(o->region.baseline)};
    report.names << QCoreApplication::translate("leastbad::cli", "Status quo");
    for (const data::PolicyFile &p : o->policies) {
        policies.push_back(p.policy);
        report.names << (p.name.isEmpty()
                             ? QCoreApplication::translate("leastbad::cli", "Policy %1")
                                   .arg(report.names.size())
                             : p.name);
    }
    // From here on Ctrl-C cancels the run (preparing the draws finishes first).
    const std::atomic<bool> *cancel = interruptFlag();
    const core::ParameterDraws draws = core::ParameterDraws::generate(o->draws, o->seed);
    const core::DrawSet set = core::DrawSet::prepare(o->region.baseline, draws, o->threads);
    report.analysis =
        core::analyse(set, policies, o->weights, o->threads, cancel,
                      terminalProgress(QCoreApplication::translate("leastbad::cli", "simulating")));
    if (!report.analysis.complete)
        return interrupted(command);

    const data::AnalysisLabels labels{report.names, QString::fromStdString(o->region.baseline.code),
                                      o->draws, o->seed, o->weights};
    const QByteArray text = o->format == QStringLiteral("csv")
                                ? data::analysisToCsv(labels, report.analysis)
                            : o->format == QStringLiteral("json")
                                ? data::analysisToJson(labels, report.analysis, false,
                                                       parser.isSet(rawOption) ? &draws : nullptr)
                                : asTable(report, *o);
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
