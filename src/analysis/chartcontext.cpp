// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chartcontext.h"

#include "analysis/coretexts.h"
#include "analysis/translate.h"

#include "core/parameters.h"

#include <QLocale>
#include <QRegularExpression>

#include <leastbad/version.h>

namespace leastbad::analysis {

namespace {

void addUnique(QStringList &list, const QString &item) {
    if (!item.isEmpty() && !list.contains(item))
        list << item;
}

bool isAssumption(const QString &source) {
    return source.startsWith(QStringLiteral("assumption"), Qt::CaseInsensitive);
}

// A value LeastBad judged or assumed is flagged, not cited: its sources are cited where
// they are used.
bool isOwnJudgement(const QString &source) {
    return isAssumption(source) || source.startsWith(QStringLiteral("Judged (LeastBad)")) ||
           source.startsWith(QStringLiteral("Assumption (LeastBad)"));
}

} // namespace

QString shortCitation(const QString &citation) {
    // Up to the first year (and its closing bracket), when the year comes early enough
    // to be the author-year part; otherwise up to the first full stop or bracket.
    static const QRegularExpression year(
        QStringLiteral("\\b(1[89]|20)\\d\\d[a-z]?(/\\d{2,4})?\\)?"));
    const QString text = citation.trimmed();
    const QRegularExpressionMatch m = year.match(text);
    if (m.hasMatch() && m.capturedEnd() <= 90)
        return text.left(m.capturedEnd()).trimmed();
    qsizetype end = text.size();
    for (const QString &stop : {QStringLiteral(". "), QStringLiteral(" ("), QStringLiteral(": ")})
        if (const qsizetype i = text.indexOf(stop); i > 0)
            end = std::min(end, i);
    return text.left(std::min<qsizetype>(end, 60)).trimmed();
}

QStringList authorYearCitations(const QString &text) {
    // "Berk, Lenihan & Rossi 1980", "Mitchell et al. 2016": capitalised names joined by
    // commas, "&" or "and", then a year. Names that are parts of titles are not authors.
    static const QRegularExpression pattern(QStringLiteral(
        "((?:\\p{Lu}[\\w'\\-]+)(?:(?:,\\s|\\s&\\s|\\sand\\s|\\s)(?:\\p{Lu}[\\w'\\-]+|et al\\.))*)"
        "\\s\\(?((?:19|20)\\d\\d)\\)?"));
    static const QStringList notAuthors{QStringLiteral("United States"), QStringLiteral("CPI-U")};
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        bool found = false;
        for (const QRegularExpressionMatch &m : pattern.globalMatch(part)) {
            found = true;
            if (!notAuthors.contains(m.captured(1)))
                addUnique(out, m.captured(1) + QLatin1Char(' ') + m.captured(2));
        }
        const QString trimmed = part.trimmed();
        // Our own research notes (evidence.md) are not a publication; a lower-case start
        // is a remark, not a source.
        if (!found && !trimmed.isEmpty() && trimmed.front().isUpper() &&
            !trimmed.startsWith(QStringLiteral("evidence.md")))
            addUnique(out, trimmed.section(QStringLiteral(" ("), 0, 0));
    }
    return out;
}

QString shortList(const QStringList &items) {
    constexpr int kShown = 6;
    if (items.size() <= kShown)
        return items.join(QStringLiteral("; "));
    return items.first(kShown).join(QStringLiteral("; ")) + QStringLiteral("; ") +
           tr("and %1 more (the region's details list them)").arg(items.size() - kShown);
}

QStringList borrowedInputs(const data::RegionRecord &region) {
    QStringList out;
    for (const data::ValueProvenance &p : region.provenance) {
        const QString field = inputLabel(p.field);
        if (p.origin == data::ValueProvenance::Origin::Fallback)
            out << tr("%1 (%2 figure)").arg(field, QString::fromStdString(p.from));
        else if (p.origin == data::ValueProvenance::Origin::Assumption)
            out << tr("%1 (assumed: %2 figure)").arg(field, QString::fromStdString(p.from));
    }
    return out;
}

QStringList dataSources(const data::RegionRecord &region) {
    QStringList out;
    for (const data::ValueProvenance &p : region.provenance) {
        const QString source = QString::fromStdString(p.source);
        if (!isOwnJudgement(source))
            addUnique(out, shortCitation(source));
    }
    return out;
}

QStringList evidenceSources() {
    static const QStringList sources = [] {
        QStringList out;
        for (const core::ParameterSpec &spec : core::parameterSpecs()) {
            const QString source =
                QString::fromUtf8(spec.source.data(), qsizetype(spec.source.size()));
            if (isAssumption(source))
                continue;
            for (const QString &citation : authorYearCitations(source))
                addUnique(out, citation);
        }
        return out;
    }();
    return sources;
}

ChartContext chartContext(const data::Scenario &s, const data::RegionRecord &region,
                          bool citeSources) {
    ChartContext context;
    context.policyNames << tr("Status quo");
    for (const data::NamedPolicy &p : s.policies)
        context.policyNames << p.name;
    context.horizonYears = s.weights.horizonYears;
    const core::RegionBaseline &r = region.baseline;
    const QLocale locale;
    const QStringList borrowed = borrowedInputs(region);
    QStringList lines;
    lines << tr("%1, data year %2. %3")
                 .arg(QString::fromStdString(r.name))
                 .arg(r.dataYear)
                 .arg(borrowed.isEmpty()
                          ? tr("Every input is the region's own or derived from its own figures.")
                          : tr("Flagged: %1 of %2 inputs borrowed: %3.")
                                .arg(borrowed.size())
                                .arg(region.provenance.size())
                                .arg(shortList(borrowed)));
    lines << tr("Assumptions: $%1 per wellbeing-year, $%2 per life-year; weights: incarcerated "
                "%3, victims %4, families %5; discount rate %6%, %7 years; %8 draws, seed %9.")
                 .arg(locale.toString(s.weights.dollarsPerWellbeingYear, 'f', 0),
                      locale.toString(s.weights.dollarsPerLifeYear, 'f', 0))
                 .arg(s.weights.weightIncarcerated)
                 .arg(s.weights.weightVictims)
                 .arg(s.weights.weightFamilies)
                 .arg(locale.toString(s.weights.discountRate * 100))
                 .arg(s.weights.horizonYears)
                 .arg(locale.toString(s.draws))
                 .arg(s.seed);
    if (citeSources) {
        lines << tr("Data: %1.").arg(dataSources(region).join(QStringLiteral("; ")));
        lines << tr("Evidence: %1.").arg(evidenceSources().join(QStringLiteral("; ")));
    }
    lines << tr("Made with LeastBad %1; every equation and source: docs/MODEL.md and "
                "docs/DATASETS.md.")
                 .arg(QString::fromLatin1(kVersion));
    context.footer = lines.join(QLatin1Char('\n'));
    context.history = region.history;
    context.asOfYear = region.asOfYear;
    return context;
}

std::optional<ObservedHistory> observedHistory(const ChartContext &context, core::Output output,
                                               double scale) {
    const char *metric = output == core::Output::PrisonPopulation ? "prison_population"
                         : output == core::Output::CrimesViolent  ? "violent_crimes"
                         : output == core::Output::CrimesProperty ? "property_crimes"
                         : output == core::Output::Homicides      ? "homicides"
                                                                  : nullptr;
    if (!metric)
        return std::nullopt;
    for (const data::ObservedSeries &s : context.history) {
        if (s.metric != metric || s.points.size() < 2)
            continue;
        ObservedHistory h;
        h.firstYear = s.points.front().year;
        h.lastYear = s.points.back().year;
        h.startYear = context.asOfYear ? context.asOfYear : h.lastYear;
        for (const data::ObservedPoint &p : s.points) {
            h.series.x << p.year - h.startYear;
            h.series.y << p.value * scale;
        }
        return h;
    }
    return std::nullopt;
}

} // namespace leastbad::analysis
