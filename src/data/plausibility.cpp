// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/plausibility.h"

#include "data/metrics.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <cmath>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString number(double v) {
    return QString::number(v, 'g', 4);
}

// A region's latest own row of each metric.
using Latest = QHash<QString, const ValueRow *>;

QHash<QString, Latest> latestByRegion(const DatasetContent &content) {
    QHash<QString, Latest> byRegion;
    for (const ValueRow &v : content.values) {
        const ValueRow *&current = byRegion[v.region][v.metric];
        if (!current || v.year > current->year)
            current = &v;
    }
    return byRegion;
}

// The most of a count per resident a year. Assumptions, set 7 to 130 times above the
// highest rates in the shipped dataset, so that only impossible data is refused (as the
// same rules in core::validate).
struct PerResidentRule {
    const char *metric;
    double max;
};
constexpr PerResidentRule kPerResident[] = {
    {"prison_population", 0.05},
    {"prison_admissions", 0.5},
    {"homicides", 0.01},
    {"violent_crimes", 0.5},
    {"property_crimes", 1},
    {"police_officers", 0.1},
    {"felony_defendants_per_year", 0.5},
};

// The model divides changes in crime by the status quo's crimes: a region that records
// almost no crime beside many prisoners is refused (core::validate has the same rule).
constexpr double kMinCrimesPerPrisoner = 0.05;

} // namespace

int firstValueYear() {
    return 1900;
}

int lastValueYear() {
    return QDate::currentDate().year() + 1;
}

void checkPlausibility(const DatasetContent &content, Problems &problems) {
    const QString file = content.valuesFile;
    const QHash<QString, Latest> byRegion = latestByRegion(content);
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        const Latest &m = it.value();
        auto problem = [&](const ValueRow *row, const QString &message) {
            problems.append(
                {file, row->line, 3, row->metric, tr("region %1: %2").arg(row->region, message)});
        };
        const ValueRow *population = m.value(QStringLiteral("population"));
        for (const PerResidentRule &rule : kPerResident) {
            const ValueRow *row = m.value(QLatin1String(rule.metric));
            if (population && row && row->value > rule.max * population->value)
                problem(row, tr("%1 is %2 per resident (population %3); expected at most %4")
                                 .arg(number(row->value), number(row->value / population->value),
                                      number(population->value), number(rule.max)));
        }
        const ValueRow *homicides = m.value(QStringLiteral("homicides"));
        const ValueRow *violent = m.value(QStringLiteral("violent_crimes"));
        if (homicides && violent && homicides->value > violent->value)
            problem(homicides,
                    tr("%1 homicides are more than the %2 violent crimes they are part of")
                        .arg(number(homicides->value), number(violent->value)));
        const ValueRow *within3 = m.value(QStringLiteral("reincarcerated_within_3y"));
        const ValueRow *within5 = m.value(QStringLiteral("reincarcerated_within_5y"));
        if (within3 && within5 && within5->value < within3->value)
            problem(within5, tr("%1 back in prison within 5 years is less than the %2 within 3 "
                                "years; a share cannot shrink with time")
                                 .arg(number(within5->value), number(within3->value)));
        const ValueRow *prisoners = m.value(QStringLiteral("prison_population"));
        for (const ValueRow *crimes : {violent, m.value(QStringLiteral("property_crimes"))}) {
            if (prisoners && crimes && crimes->value < kMinCrimesPerPrisoner * prisoners->value)
                problem(crimes, tr("%1 recorded crimes a year beside %2 prisoners; expected at "
                                   "least %3 per prisoner")
                                    .arg(number(crimes->value), number(prisoners->value),
                                         number(kMinCrimesPerPrisoner)));
        }
    }
}

void checkStoredValues(const DatasetContent &content, const QString &label, Problems &problems) {
    int row = 0;
    for (const ValueRow &v : content.values) {
        ++row;
        const MetricDefinition *m = findMetric(v.metric.toStdString());
        auto problem = [&](const QString &field, const QString &message) {
            problems.append({label, 0, 0, field,
                             tr("table metric_values, row %1 (region %2, metric %3): %4")
                                 .arg(row)
                                 .arg(v.region.left(20), v.metric.left(60), message)});
        };
        if (!m) {
            problem(QStringLiteral("metric"), tr("unknown metric"));
            continue;
        }
        if (!std::isfinite(v.value) || v.value < m->min || v.value > m->max)
            problem(QStringLiteral("value"),
                    tr("%1 is outside the range %2 to %3")
                        .arg(number(v.value), number(m->min), number(m->max)));
        if (v.unit != fromView(m->unit))
            problem(QStringLiteral("unit"), tr("expected the unit \"%1\", found \"%2\"")
                                                .arg(fromView(m->unit), v.unit.left(40)));
        if (v.year < firstValueYear() || v.year > lastValueYear())
            problem(QStringLiteral("year"), tr("expected a year from %1 to %2, found %3")
                                                .arg(firstValueYear())
                                                .arg(lastValueYear())
                                                .arg(v.year));
        else if (m->money && !cpiU(v.year))
            problem(QStringLiteral("year"), tr("no CPI-U figure for %1").arg(v.year));
    }
}

} // namespace leastbad::data
