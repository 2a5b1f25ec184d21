// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/backcastcommand.h"

#include "cli/commonoptions.h"
#include "cli/textformat.h"
#include "core/backcast.h"
#include "data/backcastinputs.h"
#include "data/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace leastbad::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::cli", text);
}

// One region's backcast: the prediction beside the observations, and the fit of each.
struct RegionBackcast {
    data::BackcastInputs inputs;
    core::BackcastPrediction prediction;
    std::vector<core::Quantiles> crimesPer100k; // the prediction as a rate
    core::BackcastFit prisonFit;
    core::BackcastFit crimeFit;
};

std::optional<RegionBackcast> backcast(const data::Dataset &dataset, const QString &region,
                                       int from, int to, const CommonOptions &o, QString &error) {
    data::Result<data::BackcastInputs> inputs = data::backcastInputs(dataset, region, from, to);
    if (!inputs) {
        error = inputs.errorText();
        return std::nullopt;
    }
    const core::RegionBaseline &start = inputs->start.baseline;
    const core::DrawSet draws =
        core::DrawSet::prepare(start, core::ParameterDraws::generate(o.draws, o.seed), o.threads);
    std::optional<core::BackcastPrediction> prediction =
        core::runBackcast(draws, core::statusQuoPolicy(start), inputs->newAdmissionsScale,
                          o.threads, interruptFlag());
    if (!prediction)
        return std::nullopt;
    RegionBackcast b{std::move(*inputs), std::move(*prediction), {}, {}, {}};
    // The model holds the start year's population: its crimes become a rate on it.
    const double per100k = 1e5 / start.population;
    for (core::Quantiles q : b.prediction.reportedCrimes) {
        for (double *v : {&q.mean, &q.p5, &q.p25, &q.p50, &q.p75, &q.p95})
            *v *= per100k;
        b.crimesPer100k.push_back(q);
    }
    b.prisonFit = core::fitToObserved(b.prediction.prisonPopulation, b.inputs.observedPrisoners);
    b.crimeFit = core::fitToObserved(b.crimesPer100k, b.inputs.observedCrimesPer100k);
    return b;
}

QJsonObject fitJson(const core::BackcastFit &fit) {
    return {{QStringLiteral("years_observed"), fit.years},
            {QStringLiteral("mean_absolute_percentage_error"), fit.meanAbsolutePercentageError},
            {QStringLiteral("interval_coverage"), fit.intervalCoverage}};
}

QJsonValue orNull(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonObject regionJson(const RegionBackcast &b, bool withYears) {
    QJsonObject o{{QStringLiteral("region"), QString::fromStdString(b.inputs.start.baseline.code)},
                  {QStringLiteral("from"), b.inputs.from},
                  {QStringLiteral("to"), b.inputs.to},
                  {QStringLiteral("driven_by"), b.inputs.admissionsMetric},
                  {QStringLiteral("prison_population"), fitJson(b.prisonFit)},
                  {QStringLiteral("crimes_per_100k"), fitJson(b.crimeFit)}};
    if (!withYears)
        return o;
    QJsonArray years;
    for (std::size_t t = 0; t < b.crimesPer100k.size(); ++t) {
        const core::Quantiles &p = b.prediction.prisonPopulation[t];
        const core::Quantiles &c = b.crimesPer100k[t];
        years.append(QJsonObject{
            {QStringLiteral("year"), b.inputs.from + int(t) + 1},
            {QStringLiteral("prisoners_observed"), orNull(b.inputs.observedPrisoners[t])},
            {QStringLiteral("prisoners_median"), p.p50},
            {QStringLiteral("prisoners_p5"), p.p5},
            {QStringLiteral("prisoners_p95"), p.p95},
            {QStringLiteral("crimes_per_100k_observed"), orNull(b.inputs.observedCrimesPer100k[t])},
            {QStringLiteral("crimes_per_100k_median"), c.p50},
            {QStringLiteral("crimes_per_100k_p5"), c.p5},
            {QStringLiteral("crimes_per_100k_p95"), c.p95}});
    }
    o.insert(QStringLiteral("years"), years);
    return o;
}

QString fitText(const core::BackcastFit &fit) {
    return fit.years == 0 ? tr("no observations")
                          : tr("mean absolute error %1, %2 of %3 years inside the 90% interval")
                                .arg(percent(fit.meanAbsolutePercentageError))
                                .arg(std::lround(fit.intervalCoverage * fit.years))
                                .arg(fit.years);
}

QString observedOrDash(double v) {
    return std::isfinite(v) ? count(v) : QStringLiteral("—");
}

QByteArray regionTable(const RegionBackcast &b) {
    QString out;
    QTextStream t(&out);
    t << tr("%1: backcast from %2 (the start year as the model's status quo), driven by the "
            "observed %3; median (90% interval)")
             .arg(QString::fromStdString(b.inputs.start.baseline.name))
             .arg(b.inputs.from)
             .arg(b.inputs.admissionsMetric)
      << "\n\n"
      << padded(tr("year"), 6) << padded(tr("prisoners seen"), 16) << padded(tr("predicted"), 34)
      << padded(tr("crimes/100k seen"), 18) << padded(tr("predicted"), 28) << "\n";
    for (std::size_t i = 0; i < b.crimesPer100k.size(); ++i) {
        const core::Quantiles &p = b.prediction.prisonPopulation[i];
        const core::Quantiles &c = b.crimesPer100k[i];
        t << padded(QString::number(b.inputs.from + int(i) + 1), 6)
          << padded(observedOrDash(b.inputs.observedPrisoners[i]), 16)
          << padded(tr("%1 (%2 to %3)").arg(count(p.p50), count(p.p5), count(p.p95)), 34)
          << padded(observedOrDash(b.inputs.observedCrimesPer100k[i]), 18)
          << padded(tr("%1 (%2 to %3)").arg(count(c.p50), count(c.p5), count(c.p95)), 28) << "\n";
    }
    t << "\n"
      << tr("Prison population: %1.").arg(fitText(b.prisonFit)) << "\n"
      << tr("Crimes per 100,000: %1.").arg(fitText(b.crimeFit)) << "\n";
    return out.toUtf8();
}

QByteArray regionCsv(const RegionBackcast &b) {
    QByteArray text = "year,prisoners_observed,prisoners_median,prisoners_p5,prisoners_p95,"
                      "crimes_per_100k_observed,crimes_per_100k_median,crimes_per_100k_p5,"
                      "crimes_per_100k_p95\n";
    const auto n = [](double v) {
        return std::isfinite(v) ? QByteArray::number(v, 'g', 17) : QByteArray();
    };
    for (std::size_t i = 0; i < b.crimesPer100k.size(); ++i) {
        const core::Quantiles &p = b.prediction.prisonPopulation[i];
        const core::Quantiles &c = b.crimesPer100k[i];
        text += QByteArray::number(b.inputs.from + int(i) + 1) + ',' +
                n(b.inputs.observedPrisoners[i]) + ',' + n(p.p50) + ',' + n(p.p5) + ',' + n(p.p95) +
                ',' + n(b.inputs.observedCrimesPer100k[i]) + ',' + n(c.p50) + ',' + n(c.p5) + ',' +
                n(c.p95) + '\n';
    }
    return text;
}

// The median and worst of one error over regions.
struct Spread {
    double median = 0;
    double worst = 0;
    QString worstRegion;
};
Spread spreadOf(const QList<RegionBackcast> &all, bool prison) {
    std::vector<std::pair<double, QString>> errors;
    for (const RegionBackcast &b : all) {
        const core::BackcastFit &fit = prison ? b.prisonFit : b.crimeFit;
        if (fit.years > 0)
            errors.emplace_back(fit.meanAbsolutePercentageError,
                                QString::fromStdString(b.inputs.start.baseline.code));
    }
    if (errors.empty())
        return {};
    std::sort(errors.begin(), errors.end());
    const std::size_t n = errors.size();
    const double median =
        n % 2 ? errors[n / 2].first : (errors[n / 2 - 1].first + errors[n / 2].first) / 2;
    return {median, errors.back().first, errors.back().second};
}

QByteArray allRegionsTable(const QList<RegionBackcast> &all, const QStringList &skipped) {
    QString out;
    QTextStream t(&out);
    t << padded(tr("region"), 8) << padded(tr("prison error"), 14)
      << padded(tr("prison in 90%"), 15) << padded(tr("crime error"), 13)
      << padded(tr("crime in 90%"), 14) << "\n";
    for (const RegionBackcast &b : all)
        t << padded(QString::fromStdString(b.inputs.start.baseline.code), 8)
          << padded(percent(b.prisonFit.meanAbsolutePercentageError), 14)
          << padded(percent(b.prisonFit.intervalCoverage), 15)
          << padded(percent(b.crimeFit.meanAbsolutePercentageError), 13)
          << padded(percent(b.crimeFit.intervalCoverage), 14) << "\n";
    const Spread prison = spreadOf(all, true);
    const Spread crime = spreadOf(all, false);
    t << "\n"
      << tr("%1 regions. Prison population: median error %2, worst %3 (%4). Crimes per "
            "100,000: median error %5, worst %6 (%7).")
             .arg(all.size())
             .arg(percent(prison.median), percent(prison.worst), prison.worstRegion,
                  percent(crime.median), percent(crime.worst), crime.worstRegion)
      << "\n";
    if (!skipped.isEmpty())
        t << tr("Without enough history: %1.").arg(skipped.join(QStringLiteral(", "))) << "\n";
    return out.toUtf8();
}

// The table of docs/VALIDATION.md (English, plain numbers).
QByteArray allRegionsMarkdown(const QList<RegionBackcast> &all, const QStringList &skipped,
                              const CommonOptions &o, int from, int to) {
    const auto pc = [](double share) -> QString {
        return QString::number(100 * share, 'f', 0) + QLatin1Char('%');
    };
    QString out;
    QTextStream t(&out);
    t << "<!-- backcast:begin (generated by leastbad-cli backcast --all-states --from " << from
      << " --to " << to << " --format markdown, " << o.draws << " draws, seed " << o.seed
      << ") -->\n";
    const Spread prison = spreadOf(all, true);
    const Spread crime = spreadOf(all, false);
    t << "**" << all.size() << " states, " << from << " to " << to
      << ".** Prison population: median error " << pc(prison.median) << ", worst "
      << pc(prison.worst) << " (" << prison.worstRegion << "). Crimes per 100,000: median error "
      << pc(crime.median) << ", worst " << pc(crime.worst) << " (" << crime.worstRegion << ")."
      << (skipped.isEmpty() ? QString()
                            : QStringLiteral(" Without enough history: %1.")
                                  .arg(skipped.join(QStringLiteral(", "))))
      << "\n\n| State | Prison: error | Prison: years in 90% | Crime: error | Crime: years in "
         "90% |\n|---|---|---|---|---|\n";
    for (const RegionBackcast &b : all)
        t << "| " << QString::fromStdString(b.inputs.start.baseline.code) << " | "
          << pc(b.prisonFit.meanAbsolutePercentageError) << " | "
          << pc(b.prisonFit.intervalCoverage) << " | " << pc(b.crimeFit.meanAbsolutePercentageError)
          << " | " << pc(b.crimeFit.intervalCoverage) << " |\n";
    t << "<!-- backcast:end -->\n";
    return out.toUtf8();
}

QByteArray allRegionsJson(const QList<RegionBackcast> &all, const QStringList &skipped) {
    QJsonArray regions;
    for (const RegionBackcast &b : all)
        regions.append(regionJson(b, false));
    const Spread prison = spreadOf(all, true);
    const Spread crime = spreadOf(all, false);
    const auto spread = [](const Spread &s) {
        return QJsonObject{{QStringLiteral("median_error"), s.median},
                           {QStringLiteral("worst_error"), s.worst},
                           {QStringLiteral("worst_region"), s.worstRegion}};
    };
    return QJsonDocument(
               QJsonObject{{QStringLiteral("regions"), regions},
                           {QStringLiteral("prison_population"), spread(prison)},
                           {QStringLiteral("crimes_per_100k"), spread(crime)},
                           {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}})
        .toJson(QJsonDocument::Indented);
}

QByteArray allRegionsCsv(const QList<RegionBackcast> &all) {
    QByteArray text = "region,from,to,prison_error,prison_interval_coverage,crime_error,"
                      "crime_interval_coverage\n";
    for (const RegionBackcast &b : all)
        text += data::csvTextCell(QString::fromStdString(b.inputs.start.baseline.code)) + ',' +
                QByteArray::number(b.inputs.from) + ',' + QByteArray::number(b.inputs.to) + ',' +
                QByteArray::number(b.prisonFit.meanAbsolutePercentageError, 'g', 17) + ',' +
                QByteArray::number(b.prisonFit.intervalCoverage, 'g', 17) + ',' +
                QByteArray::number(b.crimeFit.meanAbsolutePercentageError, 'g', 17) + ',' +
                QByteArray::number(b.crimeFit.intervalCoverage, 'g', 17) + '\n';
    return text;
}

QStringList stateCodes(const data::Dataset &dataset) {
    QStringList codes;
    for (const data::RegionRow &r : dataset.content().regions) {
        if (r.kind == QStringLiteral("state"))
            codes << r.code;
    }
    return codes;
}

} // namespace

int runBackcast(const QStringList &arguments) {
    const QString command = QStringLiteral("backcast");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a region in a past year, drives it with the new prison admissions it "
           "actually had, and prints the predicted prison population and crime beside the "
           "observed ones, year by year, with the mean absolute percentage error and the share "
           "of years inside the model's 90% interval."));
    const CommonParser common(parser, kRegion | kDraws | kFormat | kMarkdown, 500);
    const QCommandLineOption from(QStringLiteral("from"), tr("Start year (default: 2000)."),
                                  tr("YEAR"), QStringLiteral("2000"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last year (default: 2019)."), tr("YEAR"),
                                QStringLiteral("2019"));
    const QCommandLineOption allStates(
        QStringLiteral("all-states"),
        tr("Backcast every state with enough history and print the errors of each."));
    parser.addOptions({from, to, allStates});
    int status = 0;
    const std::optional<CommonOptions> o = parseCommon(parser, common, command, arguments, status);
    if (!o)
        return status;
    QString error;
    if (o->year != 0)
        return fail(command, tr("--year: use --from and --to"));
    bool fromOk = false, toOk = false;
    const int fromYear = parser.value(from).toInt(&fromOk);
    const int toYear = parser.value(to).toInt(&toOk);
    if (!fromOk || !toOk || fromYear < 1900 || toYear > 2100)
        return fail(command, tr("--from and --to: expected years from 1900 to 2100"));

    if (!parser.isSet(allStates) && o->format == QStringLiteral("markdown"))
        return fail(command, tr("--format markdown: only with --all-states"));
    if (!parser.isSet(allStates)) {
        const std::optional<RegionBackcast> b =
            backcast(*o->dataset, QString::fromStdString(o->region.baseline.code), fromYear, toYear,
                     *o, error);
        if (!b)
            return error.isEmpty() ? interrupted(command) : fail(command, error);
        const QByteArray text =
            o->format == QStringLiteral("json")
                ? QJsonDocument(regionJson(*b, true)).toJson(QJsonDocument::Indented)
            : o->format == QStringLiteral("csv") ? regionCsv(*b)
                                                 : regionTable(*b);
        return writeOut(text) ? 0 : fail(command, tr("cannot write to standard output"));
    }
    QList<RegionBackcast> all;
    QStringList skipped;
    for (const QString &code : stateCodes(*o->dataset)) {
        error.clear();
        std::optional<RegionBackcast> b = backcast(*o->dataset, code, fromYear, toYear, *o, error);
        if (b)
            all.append(std::move(*b));
        else if (error.isEmpty())
            return interrupted(command);
        else
            skipped << code;
    }
    const QByteArray text = o->format == QStringLiteral("json")  ? allRegionsJson(all, skipped)
                            : o->format == QStringLiteral("csv") ? allRegionsCsv(all)
                            : o->format == QStringLiteral("markdown")
                                ? allRegionsMarkdown(all, skipped, *o, fromYear, toYear)
                                : allRegionsTable(all, skipped);
    return writeOut(text) ? 0 : fail(command, tr("cannot write to standard output"));
}

} // namespace leastbad::cli
