// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/comparecommand.h"

#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/analysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace leastbad::cli {

namespace {

QJsonObject quantilesJson(const core::Quantiles &q) {
    return {{QStringLiteral("mean"), q.mean}, {QStringLiteral("p5"), q.p5},
            {QStringLiteral("p25"), q.p25},   {QStringLiteral("p50"), q.p50},
            {QStringLiteral("p75"), q.p75},   {QStringLiteral("p95"), q.p95}};
}

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
        s << "  "
          << QCoreApplication::translate("leastbad::cli", "P(net benefit > 0)")
                 .leftJustified(kLabelWidth)
          << percent(v.probabilityPositive) << "\n";
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

QByteArray asCsv(const Report &r) {
    QByteArray csv = "policy,measure,mean,p5,p25,p50,p75,p95\n";
    auto row = [&csv](const QString &policy, const QString &measure, const core::Quantiles &q) {
        QString name = policy;
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        csv += '"' + name.toUtf8() + "\"," + measure.toUtf8();
        for (double v : {q.mean, q.p5, q.p25, q.p50, q.p75, q.p95})
            csv += ',' + QByteArray::number(v, 'g', 17);
        csv += '\n';
    };
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = r.analysis.verdicts[p];
        row(r.names[p], QStringLiteral("net_value_usd"), v.netValue);
        row(r.names[p], QStringLiteral("net_value_taxpayers_usd"), v.taxpayers);
        row(r.names[p], QStringLiteral("net_value_victims_usd"), v.victims);
        row(r.names[p], QStringLiteral("net_value_incarcerated_families_usd"),
            v.incarceratedAndFamilies);
        for (const core::OutputSpec &spec : core::outputSpecs())
            row(r.names[p], QStringLiteral("change_") + fromView(spec.key),
                core::summarize(core::differenceDraws(r.analysis.run.policies[p],
                                                      r.analysis.run.policies[0], spec.output,
                                                      core::Totals::Discounted)));
    }
    return csv;
}

// Every draw: the parameters drawn and each policy's totals, for an audit of the result.
QJsonObject rawDrawsJson(const Report &r, const core::ParameterDraws &draws) {
    QJsonArray parameters;
    for (const core::Parameters &p : draws.values) {
        QJsonObject row;
        for (const core::ParameterSpec &spec : core::parameterSpecs())
            row.insert(fromView(spec.key), p.*spec.member);
        parameters.append(row);
    }
    QJsonArray policies;
    for (int p = 0; p < r.names.size(); ++p) {
        QJsonArray totals;
        const core::PolicyOutcomes &outcomes = r.analysis.run.policies[p];
        for (int d = 0; d < outcomes.draws; ++d) {
            QJsonObject row;
            for (const core::OutputSpec &spec : core::outputSpecs())
                row.insert(fromView(spec.key), core::at(outcomes.discounted[d], spec.output));
            const core::LedgerValues &nv = r.analysis.verdicts[p].netValueDraws[d];
            row.insert(QStringLiteral("net_value_usd"), nv.total());
            row.insert(QStringLiteral("net_value_taxpayers_usd"), nv.taxpayers);
            row.insert(QStringLiteral("net_value_victims_usd"), nv.victims);
            row.insert(QStringLiteral("net_value_incarcerated_families_usd"),
                       nv.incarceratedAndFamilies);
            totals.append(row);
        }
        policies.append(QJsonObject{{QStringLiteral("name"), r.names[p]},
                                    {QStringLiteral("discounted_totals"), totals}});
    }
    return {{QStringLiteral("parameters"), parameters}, {QStringLiteral("policies"), policies}};
}

QByteArray asJson(const Report &r, const CommonOptions &o, const core::ParameterDraws *raw) {
    QJsonArray policies;
    for (int p = 1; p < r.names.size(); ++p) {
        const core::PolicyVerdict &v = r.analysis.verdicts[p];
        QJsonObject changes;
        for (const core::OutputSpec &spec : core::outputSpecs())
            changes.insert(fromView(spec.key),
                           quantilesJson(core::summarize(core::differenceDraws(
                               r.analysis.run.policies[p], r.analysis.run.policies[0], spec.output,
                               core::Totals::Discounted))));
        policies.append(
            QJsonObject{{QStringLiteral("name"), r.names[p]},
                        {QStringLiteral("net_value_usd"), quantilesJson(v.netValue)},
                        {QStringLiteral("probability_net_benefit_positive"), v.probabilityPositive},
                        {QStringLiteral("ledgers"),
                         QJsonObject{{QStringLiteral("taxpayers"), quantilesJson(v.taxpayers)},
                                     {QStringLiteral("victims"), quantilesJson(v.victims)},
                                     {QStringLiteral("incarcerated_and_families"),
                                      quantilesJson(v.incarceratedAndFamilies)}}},
                        {QStringLiteral("discounted_change_vs_status_quo"), changes}});
    }
    QJsonArray pairs;
    for (int a = 1; a < r.names.size(); ++a) {
        for (int b = a + 1; b < r.names.size(); ++b) {
            const core::Comparison c = core::compareDraws(r.analysis.verdicts[a].totalDraws(),
                                                          r.analysis.verdicts[b].totalDraws());
            pairs.append(QJsonObject{{QStringLiteral("first"), r.names[a]},
                                     {QStringLiteral("second"), r.names[b]},
                                     {QStringLiteral("p_first_better"), c.firstBetter},
                                     {QStringLiteral("p_second_better"), c.secondBetter},
                                     {QStringLiteral("p_tie"), c.tie}});
        }
    }
    const core::MoralWeights &w = o.weights;
    const QJsonObject root{
        {QStringLiteral("region"), QString::fromStdString(o.region.baseline.code)},
        {QStringLiteral("draws"), o.draws},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("weights"),
         QJsonObject{{QStringLiteral("usd_per_wellbeing_year"), w.dollarsPerWellbeingYear},
                     {QStringLiteral("usd_per_life_year"), w.dollarsPerLifeYear},
                     {QStringLiteral("weight_incarcerated"), w.weightIncarcerated},
                     {QStringLiteral("weight_victims"), w.weightVictims},
                     {QStringLiteral("weight_families"), w.weightFamilies},
                     {QStringLiteral("discount_rate"), w.discountRate},
                     {QStringLiteral("horizon_years"), w.horizonYears}}},
        {QStringLiteral("policies"), policies},
        {QStringLiteral("net_value_comparisons"), pairs}};
    QJsonObject full = root;
    if (raw)
        full.insert(QStringLiteral("raw_draws"), rawDrawsJson(r, *raw));
    return QJsonDocument(full).toJson(QJsonDocument::Indented);
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
    const CommonParser common(parser, kRegion | kPolicies | kDraws | kWeights | kFormat);
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
    const core::ParameterDraws draws = core::ParameterDraws::generate(o->draws, o->seed);
    const core::DrawSet set = core::DrawSet::prepare(o->region.baseline, draws, o->threads);
    report.analysis =
        core::analyse(set, policies, o->weights, o->threads, nullptr,
                      terminalProgress(QCoreApplication::translate("leastbad::cli", "simulating")));

    const QByteArray text = o->format == QStringLiteral("csv") ? asCsv(report)
                            : o->format == QStringLiteral("json")
                                ? asJson(report, *o, parser.isSet(rawOption) ? &draws : nullptr)
                                : asTable(report, *o);
    return writeOut(text) ? 0
                          : fail(command, QCoreApplication::translate(
                                              "leastbad::cli", "cannot write to standard output"));
}

} // namespace leastbad::cli
