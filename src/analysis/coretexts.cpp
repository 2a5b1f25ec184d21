// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/coretexts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <string>

namespace leastbad::analysis {

namespace {

QString translated(const char *context, std::string_view text) {
    const QByteArray source(text.data(), qsizetype(text.size())); // NUL-terminated copy
    return QCoreApplication::translate(context, source.constData());
}

} // namespace

QString leverLabel(const core::LeverSpec &lever) {
    return translated("Lever", lever.label);
}
QString leverUnit(const core::LeverSpec &lever) {
    return translated("Unit", lever.unit);
}
QString leverEvidence(const core::LeverSpec &lever) {
    return translated("Evidence", lever.evidence);
}
QString outputLabel(const core::OutputSpec &output) {
    return translated("Output", output.label);
}
QString outputUnit(const core::OutputSpec &output) {
    return translated("Unit", output.unit);
}

QString parameterLabel(const core::ParameterSpec &parameter) {
    QString text = translated("Parameter", parameter.description);
    // "beta: the marginal prisoner's offending falls as ..." -> "The marginal prisoner's ..."
    static const QRegularExpression leadingSymbol(QStringLiteral("^[A-Za-z_]{1,12}: "));
    static const QRegularExpression trailingSymbol(QStringLiteral("\\s*\\([a-z]+_[a-z_]+\\)$"));
    text.remove(leadingSymbol);
    text.remove(trailingSymbol);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString parameterShortLabel(const core::ParameterSpec &parameter) {
    QString text = parameterLabel(parameter);
    constexpr int kMinimum = 12, kMaximum = 45;
    for (const char *cut : {":", ";", " (", ", "}) {
        const qsizetype at = text.indexOf(QLatin1String(cut));
        if (at >= kMinimum)
            text.truncate(at);
    }
    if (text.size() > kMaximum) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), kMaximum);
        text.truncate(space > kMinimum ? space : kMaximum);
        text += QStringLiteral("…");
    }
    return text;
}

QString inputLabel(const std::string &field) {
    // The dataset's metrics, as its values.csv names them.
    static const std::map<std::string, const char *> labels = {
        {"assaults_per_prisoner_year",
         QT_TRANSLATE_NOOP("Input", "Assaults per prisoner per year")},
        {"capital_cost_per_bed_usd", QT_TRANSLATE_NOOP("Input", "Cost of building a prison bed")},
        {"clearance_rate_property", QT_TRANSLATE_NOOP("Input", "Share of property crimes cleared")},
        {"clearance_rate_violent", QT_TRANSLATE_NOOP("Input", "Share of violent crimes cleared")},
        {"commissary_price_ratio",
         QT_TRANSLATE_NOOP("Input", "Commissary prices relative to outside prices")},
        {"commissary_spending_per_prisoner_year_usd",
         QT_TRANSLATE_NOOP("Input", "Commissary spending per prisoner per year")},
        {"cost_per_officer_year_usd",
         QT_TRANSLATE_NOOP("Input", "Cost of a police officer per year")},
        {"cost_per_prisoner_year_usd", QT_TRANSLATE_NOOP("Input", "Cost of a prisoner per year")},
        {"felony_defendants_per_year", QT_TRANSLATE_NOOP("Input", "Felony defendants per year")},
        {"homicides", QT_TRANSLATE_NOOP("Input", "Homicides per year")},
        {"jail_population", QT_TRANSLATE_NOOP("Input", "People in jail")},
        {"jail_pretrial_population", QT_TRANSLATE_NOOP("Input", "People in jail awaiting trial")},
        {"mean_distance_from_home_miles",
         QT_TRANSLATE_NOOP("Input", "Average distance of prisoners from home (miles)")},
        {"mean_facility_beds", QT_TRANSLATE_NOOP("Input", "Average prison size (beds)")},
        {"mean_pretrial_detention_days",
         QT_TRANSLATE_NOOP("Input", "Average days held before trial")},
        {"mean_time_served_years_nonviolent",
         QT_TRANSLATE_NOOP("Input", "Average time served, non-violent offences (years)")},
        {"mean_time_served_years_violent",
         QT_TRANSLATE_NOOP("Input", "Average time served, violent offences (years)")},
        {"median_age_at_release", QT_TRANSLATE_NOOP("Input", "Median age at release")},
        {"police_officers", QT_TRANSLATE_NOOP("Input", "Police officers")},
        {"police_per_100k", QT_TRANSLATE_NOOP("Input", "Police officers per 100,000 residents")},
        {"population", QT_TRANSLATE_NOOP("Input", "Population")},
        {"pretrial_detained_share",
         QT_TRANSLATE_NOOP("Input", "Share of defendants held before trial")},
        {"prison_admissions", QT_TRANSLATE_NOOP("Input", "Prison admissions per year")},
        {"prison_admissions_new_court",
         QT_TRANSLATE_NOOP("Input", "Admissions for a new sentence per year")},
        {"prison_admissions_violations",
         QT_TRANSLATE_NOOP("Input", "Admissions for parole or probation violations per year")},
        {"prison_population", QT_TRANSLATE_NOOP("Input", "People in prison")},
        {"prison_releases", QT_TRANSLATE_NOOP("Input", "Prison releases per year")},
        {"property_crimes", QT_TRANSLATE_NOOP("Input", "Property crimes per year")},
        {"recreation_access", QT_TRANSLATE_NOOP("Input", "Access to recreation")},
        {"reincarcerated_within_3y",
         QT_TRANSLATE_NOOP("Input", "Share back in prison within 3 years")},
        {"reincarcerated_within_5y",
         QT_TRANSLATE_NOOP("Input", "Share back in prison within 5 years")},
        {"remote_contact_hours_per_week",
         QT_TRANSLATE_NOOP("Input", "Hours of remote contact with family per week")},
        {"repeat_share_of_prisoners",
         QT_TRANSLATE_NOOP("Input", "Share of prisoners with a prior prison term")},
        {"sexual_victimizations_per_prisoner_year",
         QT_TRANSLATE_NOOP("Input", "Sexual victimisations per prisoner per year")},
        {"suicides_per_100k_prisoners",
         QT_TRANSLATE_NOOP("Input", "Suicides per 100,000 prisoners")},
        {"unified_prison_jail_system",
         QT_TRANSLATE_NOOP("Input", "Prisons and jails run as one system")},
        {"violent_crimes", QT_TRANSLATE_NOOP("Input", "Violent crimes per year")},
        {"violent_share_of_prisoners",
         QT_TRANSLATE_NOOP("Input", "Share of prisoners held for a violent offence")},
        {"visited_monthly_share",
         QT_TRANSLATE_NOOP("Input", "Share of prisoners visited each month")},
    };
    if (const auto it = labels.find(field); it != labels.end())
        return QCoreApplication::translate("Input", it->second);
    // Parameter overrides are listed as "parameter <key>".
    constexpr std::string_view prefix = "parameter ";
    if (field.starts_with(prefix))
        if (const core::ParameterSpec *p = core::findParameter(field.substr(prefix.size())))
            return parameterLabel(*p);
    return QString::fromStdString(field);
}

QString evidenceKind(std::string_view code) {
    const QString c = QString::fromUtf8(code.data(), qsizetype(code.size())).toLower();
    if (c == QLatin1String("seen"))
        return QCoreApplication::translate("Evidence kind", "read in the source");
    if (c == QLatin1String("seen (secondary)") || c == QLatin1String("seen-secondary"))
        return QCoreApplication::translate("Evidence kind", "read where another source reports it");
    if (c == QLatin1String("judged"))
        return QCoreApplication::translate("Evidence kind", "a judgement from related figures");
    if (c.startsWith(QLatin1String("recalled")))
        return QCoreApplication::translate("Evidence kind",
                                           "from memory, not yet checked against the source");
    if (c == QLatin1String("derived"))
        return QCoreApplication::translate("Evidence kind", "worked out from other inputs");
    if (c == QLatin1String("assumption"))
        return QCoreApplication::translate("Evidence kind", "an assumption");
    return c;
}

} // namespace leastbad::analysis
