// SPDX-License-Identifier: GPL-3.0-or-later
// What every chart says besides its numbers: the policies' names, and a footer with the
// region and data year, the borrowed (fallback or assumed) inputs, the moral weights,
// horizon, discount rate, draws and seed, the sources of the data and the evidence, and
// the app's name and version.
#pragma once

#include "analysis/chartseries.h"
#include "data/regionrecord.h"
#include "data/scenariofile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace leastbad::analysis {

struct ChartContext {
    QStringList policyNames; // [0] status quo, then A, B
    // The policy a chart of one policy describes (the regions map), as an index of
    // policyNames: 1, policy A, unless the app's selected policy is another.
    int describedPolicy = 1;
    int horizonYears = 20;
    QString footer;
    // The region's own published history (up to its as-of year) of the counts a chart can
    // show before the projection, and the year the projection starts from (0: latest).
    std::vector<data::ObservedSeries> history;
    int asOfYear = 0;
};

// The observed history of a charted output, when the region publishes one of at least two
// years: x in years from the projection's start (the as-of year, or the latest observed
// year), y the published values. The dataset metric an output is observed as: prison
// population, violent and property crimes, homicides.
struct ObservedHistory {
    Series series;
    int startYear = 0; // the year at x = 0
    int firstYear = 0;
    int lastYear = 0;
};
std::optional<ObservedHistory> observedHistory(const ChartContext &context, core::Output output,
                                               double scale = 1);

// On screen the sources are a click away (Help, the region's details), so `citeSources`
// false leaves their long list to exported charts and keeps the plot large.
ChartContext chartContext(const data::Scenario &scenario, const data::RegionRecord &region,
                          bool citeSources = true);

// The inputs borrowed from another region or assumed, as "field (from US)" or
// "field (assumption)".
QStringList borrowedInputs(const data::RegionRecord &region);
// The first six items, then "and N more": a footer must leave room for its chart.
QString shortList(const QStringList &items);
// Short citations ("McCollister, French & Fang 2010") of the region's data, and of the
// model's evidence (every parameter with a source), each list without repeats.
QStringList dataSources(const data::RegionRecord &region);
QStringList evidenceSources();
// "Carson, E. Ann and Kluckow, Rich (2023). Prisoners in 2022 ..." -> "Carson, E. Ann and
// Kluckow, Rich (2023)": a citation up to its year.
QString shortCitation(const QString &citation);
// Every author-year citation in a parameter's source text ("Levitt 1996; Owens 2009, ...").
QStringList authorYearCitations(const QString &text);

} // namespace leastbad::analysis
