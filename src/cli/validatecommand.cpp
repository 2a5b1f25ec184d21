// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/validatecommand.h"

#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "data/safetext.h"
#include "data/validationsuite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace leastbad::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::cli", text);
}

QString measureKey(core::CaseMeasure m) {
    switch (m) {
    case core::CaseMeasure::RelativeChange:
        return QStringLiteral("relative_change");
    case core::CaseMeasure::Difference:
        return QStringLiteral("difference");
    case core::CaseMeasure::Elasticity:
        return QStringLiteral("elasticity");
    case core::CaseMeasure::ChangePerPrisonerYear:
        return QStringLiteral("change_per_prisoner_year");
    case core::CaseMeasure::PerUnit:
        return QStringLiteral("per_unit");
    }
    return {};
}

QString statusText(data::CaseStatus status) {
    switch (status) {
    case data::CaseStatus::Reproduced:
        return tr("reproduced");
    case data::CaseStatus::NotReproduced:
        return tr("not reproduced");
    case data::CaseStatus::NoModelQuantity:
        return tr("no model quantity in this unit");
    case data::CaseStatus::NotDefined:
        return tr("not defined in any draw");
    }
    return {};
}

QString study(const data::ValidationCase &c) {
    return c.authors + QLatin1Char(' ') + QString::number(c.studyYear);
}

bool hasModel(const data::CaseOutcome &o) {
    return o.status == data::CaseStatus::Reproduced || o.status == data::CaseStatus::NotReproduced;
}

QJsonObject caseJson(const data::CaseOutcome &o) {
    const data::ValidationCase &c = o.validationCase;
    const core::Quantiles &q = o.model.value;
    QJsonObject model;
    if (hasModel(o))
        model = {{QStringLiteral("mean"), q.mean},
                 {QStringLiteral("median"), q.p50},
                 {QStringLiteral("p5"), q.p5},
                 {QStringLiteral("p95"), q.p95},
                 {QStringLiteral("draws"), o.model.definedDraws},
                 {QStringLiteral("median_se"), o.model.error.p50},
                 {QStringLiteral("p5_se"), o.model.error.p5},
                 {QStringLiteral("p95_se"), o.model.error.p95}};
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("file"), c.file},
            {QStringLiteral("study"), QJsonObject{{QStringLiteral("authors"), c.authors},
                                                  {QStringLiteral("year"), c.studyYear},
                                                  {QStringLiteral("journal"), c.journal}}},
            {QStringLiteral("setting"), c.setting},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("region_year"), c.year},
            {QStringLiteral("measure"), measureKey(c.measure)},
            {QStringLiteral("unit"), c.unit},
            {QStringLiteral("published"), QJsonObject{{QStringLiteral("value"), c.estimate.value},
                                                      {QStringLiteral("low"), c.estimate.low},
                                                      {QStringLiteral("high"), c.estimate.high},
                                                      {QStringLiteral("kind"), c.estimateKind}}},
            {QStringLiteral("model"), hasModel(o) ? QJsonValue(model) : QJsonValue()},
            {QStringLiteral("status"), data::caseStatusKey(o.status)},
            {QStringLiteral("used_for_calibration"), c.usedForCalibration},
            {QStringLiteral("calibration_note"), c.calibrationNote},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("quote"), c.quote},
            {QStringLiteral("locator"), c.locator}};
}

QByteArray jsonText(const QList<data::CaseOutcome> &outcomes, const data::SuiteSettings &s) {
    QJsonArray cases;
    for (const data::CaseOutcome &o : outcomes)
        cases.append(caseJson(o));
    const data::Coverage coverage = data::coverageOf(outcomes);
    const QJsonObject summary{
        {QStringLiteral("independent_cases"), coverage.independent},
        {QStringLiteral("reproduced"), coverage.reproduced},
        {QStringLiteral("coverage"), coverage.share()},
        {QStringLiteral("calibration_cases"), coverage.calibration},
        {QStringLiteral("calibration_reproduced"), coverage.calibrationReproduced}};
    return QJsonDocument(QJsonObject{{QStringLiteral("draws"), s.draws},
                                     {QStringLiteral("seed"), QString::number(s.seed)},
                                     {QStringLiteral("cases"), cases},
                                     {QStringLiteral("coverage"), summary}})
        .toJson(QJsonDocument::Indented);
}

QByteArray csvText(const QList<data::CaseOutcome> &outcomes) {
    QByteArray text = "id,study,region,region_year,measure,unit,published,published_low,"
                      "published_high,published_kind,model_median,model_p5,model_p95,model_draws,"
                      "status,used_for_calibration,model_median_se\n";
    const auto n = [](double v) { return QByteArray::number(v, 'g', 17); };
    for (const data::CaseOutcome &o : outcomes) {
        const data::ValidationCase &c = o.validationCase;
        const core::Quantiles &q = o.model.value;
        const bool model = hasModel(o);
        text += data::csvTextCell(c.id) + ',' + data::csvTextCell(study(c)) + ',' +
                data::csvTextCell(c.region) + ',' + QByteArray::number(c.year) + ',' +
                measureKey(c.measure).toUtf8() + ',' + data::csvTextCell(c.unit) + ',' +
                n(c.estimate.value) + ',' + n(c.estimate.low) + ',' + n(c.estimate.high) + ',' +
                c.estimateKind.toUtf8() + ',' + (model ? n(q.p50) : QByteArray()) + ',' +
                (model ? n(q.p5) : QByteArray()) + ',' + (model ? n(q.p95) : QByteArray()) + ',' +
                QByteArray::number(o.model.definedDraws) + ',' +
                data::caseStatusKey(o.status).toUtf8() + ',' +
                (c.usedForCalibration ? "true" : "false") + ',' +
                (model ? n(o.model.error.p50) : QByteArray()) + '\n';
    }
    return text;
}

QString range(double value, double low, double high) {
    if (low == high)
        return significant(value);
    return tr("%1 (%2 to %3)").arg(significant(value), significant(low), significant(high));
}

QByteArray tableText(const QList<data::CaseOutcome> &outcomes, const data::SuiteSettings &s) {
    QString out;
    QTextStream t(&out);
    t << tr("Validation: %1 cases, %2 draws (seed %3). Published estimate (range), model median "
            "(90% interval).")
             .arg(outcomes.size())
             .arg(s.draws)
             .arg(s.seed)
      << "\n\n";
    for (const data::CaseOutcome &o : outcomes) {
        const data::ValidationCase &c = o.validationCase;
        const core::Quantiles &q = o.model.value;
        t << c.id << "  " << study(c) << " — " << o.regionName
          << (c.year ? QStringLiteral(" %1").arg(c.year) : QString()) << "\n    "
          << measureKey(c.measure) << ", " << c.unit << "\n    "
          << tr("published: %1").arg(range(c.estimate.value, c.estimate.low, c.estimate.high))
          << "\n    "
          << (hasModel(o) ? tr("model: %1").arg(range(q.p50, q.p5, q.p95)) : tr("model: —"))
          << "\n    " << statusText(o.status)
          << (c.usedForCalibration ? tr(" (used for calibration: not counted)") : QString())
          << "\n";
    }
    const data::Coverage coverage = data::coverageOf(outcomes);
    t << "\n"
      << tr("Coverage: %1 of %2 cases not used for calibration reproduced (%3); cases used for "
            "calibration: %4 of %5 reproduced.")
             .arg(coverage.reproduced)
             .arg(coverage.independent)
             .arg(percent(coverage.share()))
             .arg(coverage.calibrationReproduced)
             .arg(coverage.calibration)
      << "\n";
    return out.toUtf8();
}

// The tables of docs/VALIDATION.md: English and plain numbers whatever the language, so
// that the document can be checked against them.
QByteArray markdownText(const QList<data::CaseOutcome> &outcomes, const data::SuiteSettings &s) {
    const auto g = [](double v) { return QString::number(v, 'g', 3); };
    const auto span = [&g](double value, double low, double high) {
        return low == high ? g(value)
                           : QStringLiteral("%1 (%2 to %3)").arg(g(value), g(low), g(high));
    };
    QString out;
    QTextStream t(&out);
    t << "<!-- validation:begin (generated by leastbad-cli validate --format markdown, " << s.draws
      << " draws, seed " << s.seed << ") -->\n"
      << "| Case | Study | Region | Measure, unit | Published | Model median (90% interval) | "
         "Result |\n|---|---|---|---|---|---|---|\n";
    for (const data::CaseOutcome &o : outcomes) {
        const data::ValidationCase &c = o.validationCase;
        const core::Quantiles &q = o.model.value;
        t << "| " << c.id << " | " << study(c) << " | " << c.region
          << (c.year ? QStringLiteral(" %1").arg(c.year) : QString()) << " | "
          << measureKey(c.measure) << ", " << c.unit << " | "
          << span(c.estimate.value, c.estimate.low, c.estimate.high) << " (" << c.estimateKind
          << ") | " << (hasModel(o) ? span(q.p50, q.p5, q.p95) : QStringLiteral("—")) << " | "
          << data::caseStatusKey(o.status).replace(QLatin1Char('_'), QLatin1Char(' '))
          << (c.usedForCalibration ? QStringLiteral(", calibration") : QString()) << " |\n";
    }
    const data::Coverage coverage = data::coverageOf(outcomes);
    t << "\n**Coverage: " << coverage.reproduced << " of " << coverage.independent
      << " cases not used for calibration reproduced ("
      << QString::number(100 * coverage.share(), 'f', 0)
      << "%).** Cases used for calibration: " << coverage.calibrationReproduced << " of "
      << coverage.calibration << " reproduced (not counted).\n\n";
    for (const data::CaseOutcome &o : outcomes) {
        const data::ValidationCase &c = o.validationCase;
        t << "- **" << c.id << "** ("
          << data::caseStatusKey(o.status).replace(QLatin1Char('_'), QLatin1Char(' ')) << "). ";
        if (c.usedForCalibration)
            t << "*Calibration:* " << c.calibrationNote << " ";
        t << c.notes << " *Source:* " << c.locator << "\n";
    }
    t << "<!-- validation:end -->\n";
    return out.toUtf8();
}

} // namespace

int runValidate(const QStringList &arguments) {
    const QString command = QStringLiteral("validate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs published natural experiments through the model and says, case by case, "
           "whether its 90% interval reproduces the published estimate; then the coverage "
           "(reproduced ÷ cases not used for calibration). docs/VALIDATION.md explains the case "
           "files and the rules."));
    const CommonParser common(parser, kDataset | kDraws | kFormat | kMarkdown, 1000);
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        tr("Folder of case files (*.json; default: the cases LeastBad ships)."), tr("DIR"));
    parser.addOption(casesOption);
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    if (o->year != 0)
        return fail(command, tr("--year: each case names its own year"));
    const QString folder =
        parser.isSet(casesOption) ? parser.value(casesOption) : data::embeddedValidationCases();
    data::Problems problems;
    const QList<data::ValidationCase> cases = data::readValidationCases(folder, problems);
    QList<data::PreparedCase> prepared;
    for (const data::ValidationCase &c : cases) {
        data::Result<data::PreparedCase> p = data::prepareCase(c, *o->dataset);
        if (p)
            prepared.append(std::move(*p));
        else
            problems << p.problems();
    }
    if (!problems.isEmpty())
        return fail(command, data::problemsText(problems));

    const data::SuiteSettings settings{o->draws, o->seed};
    const core::ParameterDraws draws = core::ParameterDraws::generate(o->draws, o->seed);
    const core::ProgressFn progress = terminalProgress(tr("validating"));
    QList<data::CaseOutcome> outcomes;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        std::optional<data::CaseOutcome> outcome =
            data::runValidationCase(cases[i], prepared[i], draws, o->threads, interruptFlag());
        if (!outcome)
            return interrupted(command);
        outcomes.append(std::move(*outcome));
        if (progress)
            progress(int(i + 1), int(cases.size()));
    }
    const QByteArray text = o->format == QStringLiteral("json")  ? jsonText(outcomes, settings)
                            : o->format == QStringLiteral("csv") ? csvText(outcomes)
                            : o->format == QStringLiteral("markdown")
                                ? markdownText(outcomes, settings)
                                : tableText(outcomes, settings);
    return writeOut(text) ? 0 : fail(command, tr("cannot write to standard output"));
}

} // namespace leastbad::cli
