// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/inputorigins.h"

#include <QMap>

#include <algorithm>
#include <numeric>

namespace leastbad::data {

namespace {

using Origin = ValueProvenance::Origin;

// The District of Columbia is a state-kind region of the default dataset without state
// prisons; the states' figures are summarised without it.
bool isOneOfTheStates(const RegionInputOrigins &r) {
    return r.kind == QStringLiteral("state") && r.code != QStringLiteral("DC") && !r.problem;
}

QByteArray percent(int part, int whole) {
    return whole == 0 ? QByteArray("-") : QByteArray::number(qRound(100.0 * part / whole)) + '%';
}

// The median of counts (the mean of the middle two for an even number).
QByteArray median(std::vector<int> counts) {
    std::sort(counts.begin(), counts.end());
    const size_t n = counts.size();
    if (n % 2 == 1)
        return QByteArray::number(counts[n / 2]);
    return QByteArray::number((counts[n / 2 - 1] + counts[n / 2]) / 2.0, 'g', 4);
}

QByteArray statesSummary(const std::vector<RegionInputOrigins> &origins) {
    std::vector<int> counts;
    int inputs = 0, atTarget = 0;
    QStringList lowest;
    int minimum = 1 << 30;
    for (const RegionInputOrigins &r : origins) {
        if (!isOneOfTheStates(r))
            continue;
        counts.push_back(r.ownOrDerived());
        inputs = std::max(inputs, r.inputs());
        if (r.ownOrDerived() * 10 >= r.inputs() * 6)
            ++atTarget;
        if (r.ownOrDerived() < minimum) {
            minimum = r.ownOrDerived();
            lowest.clear();
        }
        if (r.ownOrDerived() == minimum)
            lowest << r.code;
    }
    if (counts.empty())
        return "No state regions.\n\n";
    const int total = std::accumulate(counts.begin(), counts.end(), 0);
    return "Of the " + QByteArray::number(inputs) + " model inputs `dataset show` lists, the " +
           QByteArray::number(qsizetype(counts.size())) +
           " states (the District of Columbia apart) have a median of " + median(counts) +
           " of their own or derived from their own figures (" +
           percent(total, int(counts.size()) * inputs) + " of all their inputs); the fewest, " +
           QByteArray::number(minimum) + ", in " + lowest.join(QStringLiteral(", ")).toUtf8() +
           "; " + QByteArray::number(atTarget) + " of them have 60% or more of their own.\n\n";
}

// One row per model input: how many states have their own value (or one derived from
// their own figures), in the order `dataset show` lists the inputs.
QByteArray inputTable(const std::vector<RegionInputOrigins> &origins) {
    QStringList order;
    QMap<QString, int> ownIn;
    int states = 0;
    for (const RegionInputOrigins &r : origins) {
        if (!isOneOfTheStates(r))
            continue;
        ++states;
        for (const QString &field : r.inputFields) {
            if (!order.contains(field))
                order << field;
            if (!r.borrowed.contains(field))
                ++ownIn[field];
        }
    }
    QByteArray md = "| model input | states with their own or derived value (of " +
                    QByteArray::number(states) + ") |\n|---|---|\n";
    for (const QString &field : order)
        md += "| `" + field.toUtf8() + "` | " + QByteArray::number(ownIn.value(field)) + " |\n";
    return md + '\n';
}

QByteArray regionTable(const std::vector<RegionInputOrigins> &origins) {
    QByteArray md = "| region | kind | own | derived | from its parent | from the United States "
                    "(assumption) | own or derived |\n|---|---|---|---|---|---|---|\n";
    for (const RegionInputOrigins &r : origins) {
        if (r.problem) {
            md += "| " + r.code.toUtf8() + " | " + r.kind.toUtf8() +
                  " | not loaded: " + r.problem->text().toUtf8() + " | | | | |\n";
            continue;
        }
        md += "| " + r.code.toUtf8() + " | " + r.kind.toUtf8() + " | " + QByteArray::number(r.own) +
              " | " + QByteArray::number(r.derived) + " | " + QByteArray::number(r.fallback) +
              " | " + QByteArray::number(r.assumption) + " | " +
              QByteArray::number(r.ownOrDerived()) + " of " + QByteArray::number(r.inputs()) +
              " (" + percent(r.ownOrDerived(), r.inputs()) + ") |\n";
    }
    return md;
}

// What each country other than the reference region still takes from it.
QByteArray countriesBorrowing(const std::vector<RegionInputOrigins> &origins) {
    QByteArray md = "| country | inputs taken from the United States (assumptions) |\n|---|---|\n";
    for (const RegionInputOrigins &r : origins) {
        if (r.kind != QStringLiteral("country") || r.code == Dataset::referenceRegion() ||
            r.problem)
            continue;
        QStringList quoted;
        for (const QString &field : r.borrowed)
            quoted << QLatin1Char('`') + field + QLatin1Char('`');
        md += "| " + r.code.toUtf8() + " | " +
              (quoted.isEmpty() ? QByteArray("none") : quoted.join(QStringLiteral(", ")).toUtf8()) +
              " |\n";
    }
    return md + '\n';
}

} // namespace

std::vector<RegionInputOrigins> inputOrigins(const Dataset &dataset) {
    std::vector<RegionInputOrigins> result;
    for (const RegionRow &row : dataset.content().regions) {
        RegionInputOrigins r;
        r.code = row.code;
        r.kind = row.kind;
        const Result<RegionRecord> record = dataset.loadRegion(row.code);
        if (!record) {
            r.problem = record.problem();
            result.push_back(std::move(r));
            continue;
        }
        for (const ValueProvenance &p : record->provenance) {
            if (p.status == "override")
                continue; // a parameter override, not one of the inputs `dataset show` lists
            r.inputFields << QString::fromStdString(p.field);
            switch (p.origin) {
            case Origin::Own:
                ++r.own;
                break;
            case Origin::Derived:
                ++r.derived;
                break;
            case Origin::Fallback:
                ++r.fallback;
                break;
            case Origin::Assumption:
                ++r.assumption;
                break;
            }
            if (p.origin == Origin::Fallback || p.origin == Origin::Assumption)
                r.borrowed << QString::fromStdString(p.field);
        }
        result.push_back(std::move(r));
    }
    return result;
}

QByteArray inputOriginsMarkdown(const std::vector<RegionInputOrigins> &origins) {
    return statesSummary(origins) + inputTable(origins) + countriesBorrowing(origins) +
           regionTable(origins);
}

} // namespace leastbad::data
