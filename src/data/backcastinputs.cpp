// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/backcastinputs.h"

#include "core/simulation.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

std::map<int, double> byYear(const Dataset &dataset, const QString &region, const char *metric) {
    std::map<int, double> values;
    for (const ValueRow *row : dataset.series(region, QLatin1String(metric)))
        values[row->year] = row->value;
    return values;
}

// The value in `year`, else the straight line between the nearest observed years around it.
double interpolated(const std::map<int, double> &series, int year) {
    const auto after = series.lower_bound(year);
    if (after != series.end() && after->first == year)
        return after->second;
    if (after == series.end() || after == series.begin())
        return std::nan("");
    const auto before = std::prev(after);
    const double w = double(year - before->first) / (after->first - before->first);
    return before->second + w * (after->second - before->second);
}

// The mean of the year's value (or its interpolation) and the neighbours published.
double smoothed(const std::map<int, double> &series, int year) {
    const double centre = interpolated(series, year);
    if (!std::isfinite(centre))
        return centre;
    double sum = centre;
    int n = 1;
    for (int neighbour : {year - 1, year + 1}) {
        if (const auto it = series.find(neighbour); it != series.end()) {
            sum += it->second;
            ++n;
        }
    }
    return sum / n;
}

double observed(const std::map<int, double> &series, int year) {
    const auto it = series.find(year);
    return it == series.end() ? std::nan("") : it->second;
}

} // namespace

Result<BackcastInputs> backcastInputs(const Dataset &dataset, const QString &region, int from,
                                      int to) {
    if (!(from < to && to - from <= core::kMaxYears)) {
        return Problem::of(
            tr("--from and --to: expected a start year before the end year, at most %1 years "
               "apart")
                .arg(core::kMaxYears));
    }
    Result<RegionRecord> start = dataset.loadRegion(region, from);
    if (!start)
        return start.problems();
    BackcastInputs inputs;
    inputs.start = std::move(*start);
    inputs.from = from;
    inputs.to = to;
    // All admissions drive the model: its stays were derived from the region's stock and
    // admissions by Little's law, so their ratio to the start year's keeps the two
    // consistent. The series jump from year to year where reporting categories changed,
    // so each year takes the mean of itself and its published neighbours.
    const std::map<int, double> admissions = byYear(dataset, region, "prison_admissions");
    inputs.admissionsMetric = QStringLiteral("prison_admissions");
    const double first = smoothed(admissions, from);
    if (!(first > 0)) {
        return Problem::of(
            tr("%1: no prison admissions in %2 to start a backcast from").arg(region).arg(from));
    }
    const std::map<int, double> prisoners = byYear(dataset, region, "prison_population");
    const std::map<int, double> violent = byYear(dataset, region, "violent_crimes");
    const std::map<int, double> property = byYear(dataset, region, "property_crimes");
    const std::map<int, double> population = byYear(dataset, region, "population");
    const double population0 = interpolated(population, from);
    for (int year = from + 1; year <= to; ++year) {
        const double a = smoothed(admissions, year);
        if (!std::isfinite(a)) {
            return Problem::of(tr("%1: no prison admissions in or after %2 (needed up to %3)")
                                   .arg(region)
                                   .arg(year)
                                   .arg(to));
        }
        inputs.newAdmissionsScale.push_back(a / first);
        inputs.observedPrisoners.push_back(observed(prisoners, year));
        const double people = observed(population, year);
        inputs.observedCrimesPer100k.push_back(
            (observed(violent, year) + observed(property, year)) / people * 1e5);
        inputs.populationRatio.push_back(people / population0);
    }
    return inputs;
}

} // namespace leastbad::data
