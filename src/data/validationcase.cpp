// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/validationcase.h"

#include "data/inputfile.h"
#include "data/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

struct NamedUnit {
    const char *unit;
    core::CaseQuantity quantity;
};
// "reported_crimes" also takes a crime_type (all, violent, property).
constexpr NamedUnit kUnits[] = {
    {"reported_crimes", core::CaseQuantity::ReportedCrimes},
    {"homicides", core::CaseQuantity::Homicides},
    {"victimizations", core::CaseQuantity::Victimizations},
    {"victim_costs_usd", core::CaseQuantity::VictimCostsUsd},
    {"arrests", core::CaseQuantity::Arrests},
    {"reincarcerations", core::CaseQuantity::Reincarcerations},
    {"reincarceration_probability", core::CaseQuantity::ReincarcerationProbability},
    {"prisoners", core::CaseQuantity::PrisonPopulation},
    {"prisoner_years", core::CaseQuantity::PrisonerYears},
    {"life_years", core::CaseQuantity::LifeYearsLost},
    {"convictions", core::CaseQuantity::ConvictionsFromDetention},
};
// Outcomes studies report that the model has no quantity for.
constexpr const char *kUnmodelledUnits[] = {"reconvictions",   "rearrests",
                                            "charges",         "parole_violations",
                                            "auto_thefts",     "employment",
                                            "sentence_length", "reoffending_probability",
                                            "court_fees",      "incarceration_sentences"};

struct NamedMeasure {
    const char *name;
    core::CaseMeasure measure;
};
constexpr NamedMeasure kMeasures[] = {
    {"relative_change", core::CaseMeasure::RelativeChange},
    {"difference", core::CaseMeasure::Difference},
    {"elasticity", core::CaseMeasure::Elasticity},
    {"change_per_prisoner_year", core::CaseMeasure::ChangePerPrisonerYear},
    {"per_unit", core::CaseMeasure::PerUnit},
};

struct NamedBase {
    const char *name;
    core::CaseBase base;
};
// Any other name of with_respect_to or per must be a lever's key.
constexpr NamedBase kBases[] = {
    {"prisoner_years", core::CaseBase::PrisonerYears},
    {"prison_population", core::CaseBase::PrisonPopulation},
    {"officer_year", core::CaseBase::OfficerYears},
    {"released_person", core::CaseBase::ReleasedPeople},
    {"detained_defendant_year", core::CaseBase::DetainedDefendantYears},
};

constexpr const char *kGroupNames[] = {"first_nonviolent", "first_violent", "repeat_nonviolent",
                                       "repeat_violent"};

// Baseline fields a case may set, as the study's setting needs (docs/VALIDATION.md).
constexpr const char *kOverrideFields[] = {"population",
                                           "prison_population",
                                           "incarceration_rate_per_100k",
                                           "police_per_100k",
                                           "homicides",
                                           "violent_crimes",
                                           "property_crimes",
                                           "reincarcerated_within_3y",
                                           "reincarcerated_within_5y",
                                           "clearance_rate_violent",
                                           "clearance_rate_property",
                                           "felony_defendants_per_year",
                                           "pretrial_detained_share"};

template <typename T, std::size_t N> QStringList namesOf(const T (&table)[N]) {
    QStringList names;
    for (const T &entry : table) {
        if constexpr (std::is_same_v<T, const char *>)
            names << QLatin1String(entry);
        else if constexpr (requires { entry.unit; })
            names << QLatin1String(entry.unit);
        else
            names << QLatin1String(entry.name);
    }
    return names;
}

// Reads typed fields, each error naming the file and the field's path ("outcome.unit").
class FieldReader {
public:
    FieldReader(const QString &file, QStringList &errors)
        : m_file(file)
        , m_errors(errors) {}

    void fail(const QString &path, const QString &expected) {
        m_errors << tr("%1: field \"%2\": expected %3").arg(m_file, path, expected);
    }
    void missing(const QString &path) {
        m_errors << tr("%1: field \"%2\" is missing").arg(m_file, path);
    }
    void only(const QJsonObject &object, const QString &path, const QStringList &known) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                m_errors << tr("%1: unknown field \"%2\" (expected one of: %3)")
                                .arg(m_file, join(path, it.key().left(80)),
                                     known.join(QStringLiteral(", ")));
        }
    }
    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(join(path, key));
            return {};
        }
        if (!v.isString() || v.toString().size() > 10000) {
            fail(join(path, key), tr("a string of at most 10,000 characters"));
            return {};
        }
        return v.toString();
    }
    std::optional<double> number(const QJsonObject &o, const QString &path, const QString &key,
                                 bool required, double min, double max) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(join(path, key));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min ||
            v.toDouble() > max) {
            fail(join(path, key), tr("a number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return v.toDouble();
    }
    std::optional<int> whole(const QJsonObject &o, const QString &path, const QString &key,
                             bool required, int min, int max) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(join(path, key));
            return std::nullopt;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(join(path, key), tr("a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key,
                       bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(join(path, key));
            return {};
        }
        if (!v.isObject()) {
            fail(join(path, key), tr("an object"));
            return {};
        }
        return v.toObject();
    }
    // One of `names`, or std::nullopt (with an error unless it is absent and optional).
    std::optional<QString> choice(const QJsonObject &o, const QString &path, const QString &key,
                                  bool required, const QStringList &names) {
        const QString value = text(o, path, key, required);
        if (value.isEmpty())
            return std::nullopt;
        if (!names.contains(value)) {
            fail(join(path, key), tr("one of: %1").arg(names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value;
    }
    static QString join(const QString &path, const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

private:
    QString m_file;
    QStringList &m_errors;
};

void readHeader(const QJsonObject &root, FieldReader &r, ValidationCase &c) {
    r.only(root, {},
           {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
            QStringLiteral("study"), QStringLiteral("setting"), QStringLiteral("baseline"),
            QStringLiteral("intervention"), QStringLiteral("horizon_years"),
            QStringLiteral("outcome"), QStringLiteral("estimate"), QStringLiteral("quote"),
            QStringLiteral("locator"), QStringLiteral("used_for_calibration"),
            QStringLiteral("calibration_note"), QStringLiteral("notes")});
    if (root.value(QStringLiteral("format")).toString() !=
        QStringLiteral("leastbad-validation-case"))
        r.fail(QStringLiteral("format"), QStringLiteral("\"leastbad-validation-case\""));
    if (const std::optional<int> version =
            r.whole(root, {}, QStringLiteral("version"), true, 1, std::numeric_limits<int>::max());
        version && *version > kValidationCaseFormatVersion)
        r.fail(QStringLiteral("version"),
               tr("version %1 or older (update LeastBad to read newer case files)")
                   .arg(kValidationCaseFormatVersion));
    c.id = r.text(root, {}, QStringLiteral("id"), true);
    if (c.id.size() > 40)
        r.fail(QStringLiteral("id"), tr("at most 40 characters"));
    const QJsonObject study = r.object(root, {}, QStringLiteral("study"), true);
    r.only(study, QStringLiteral("study"),
           {QStringLiteral("authors"), QStringLiteral("year"), QStringLiteral("journal")});
    c.authors = r.text(study, QStringLiteral("study"), QStringLiteral("authors"), true);
    c.studyYear = r.whole(study, QStringLiteral("study"), QStringLiteral("year"), true, 1900, 2100)
                      .value_or(0);
    c.journal = r.text(study, QStringLiteral("study"), QStringLiteral("journal"), true);
    c.setting = r.text(root, {}, QStringLiteral("setting"), true);
    c.quote = r.text(root, {}, QStringLiteral("quote"), true);
    c.locator = r.text(root, {}, QStringLiteral("locator"), true);
    c.calibrationNote = r.text(root, {}, QStringLiteral("calibration_note"), false);
    c.notes = r.text(root, {}, QStringLiteral("notes"), false);
    const QJsonValue calibration = root.value(QStringLiteral("used_for_calibration"));
    if (!calibration.isBool())
        r.fail(QStringLiteral("used_for_calibration"), tr("true or false"));
    c.usedForCalibration = calibration.toBool();
}

void readBaseline(const QJsonObject &root, FieldReader &r, ValidationCase &c) {
    const QString path = QStringLiteral("baseline");
    const QJsonObject baseline = r.object(root, {}, path, true);
    r.only(baseline, path,
           {QStringLiteral("region"), QStringLiteral("year"), QStringLiteral("overrides"),
            QStringLiteral("note")});
    c.region = r.text(baseline, path, QStringLiteral("region"), true);
    c.year = r.whole(baseline, path, QStringLiteral("year"), false, 1900, 2100).value_or(0);
    c.baselineNote = r.text(baseline, path, QStringLiteral("note"), false);
    const QString overridesPath = FieldReader::join(path, QStringLiteral("overrides"));
    const QJsonObject overrides = r.object(baseline, path, QStringLiteral("overrides"), false);
    const QStringList known = namesOf(kOverrideFields);
    r.only(overrides, overridesPath, known);
    for (const QString &field : known) {
        if (const std::optional<double> v =
                r.number(overrides, overridesPath, field, false, 0, 1e10))
            c.overrides.append({field, *v});
    }
}

void readIntervention(const QJsonObject &root, FieldReader &r, ValidationCase &c) {
    const QString path = QStringLiteral("intervention");
    const QJsonObject intervention = r.object(root, {}, path, true);
    r.only(
        intervention, path,
        {QStringLiteral("levers"), QStringLiteral("sentence_changes"), QStringLiteral("release")});
    c.levers = r.object(intervention, path, QStringLiteral("levers"), false);
    if (const std::optional<QString> mode =
            r.choice(intervention, path, QStringLiteral("sentence_changes"), false,
                     {QStringLiteral("prospective"), QStringLiteral("retroactive")}))
        c.retroactive = *mode == QStringLiteral("retroactive");
    const QString releasePath = FieldReader::join(path, QStringLiteral("release"));
    const QJsonObject release = r.object(intervention, path, QStringLiteral("release"), false);
    r.only(
        release, releasePath,
        {QStringLiteral("people"), QStringLiteral("share_of_prisoners"), QStringLiteral("groups")});
    c.releasePeople =
        r.number(release, releasePath, QStringLiteral("people"), false, 1, 1e9).value_or(0);
    c.releaseShare =
        r.number(release, releasePath, QStringLiteral("share_of_prisoners"), false, 1e-6, 0.95)
            .value_or(0);
    if (c.releasePeople > 0 && c.releaseShare > 0)
        r.fail(releasePath, tr("\"people\" or \"share_of_prisoners\", not both"));
    if (!release.isEmpty() && c.releasePeople == 0 && c.releaseShare == 0)
        r.fail(releasePath, tr("\"people\" or \"share_of_prisoners\""));
    const QJsonValue groups = release.value(QStringLiteral("groups"));
    const QStringList groupNames = namesOf(kGroupNames);
    if (groups.isUndefined()) {
        c.releaseGroups = QList<core::Group>(core::kAllGroups.begin(), core::kAllGroups.end());
    } else {
        const QJsonArray list = groups.toArray();
        for (const QJsonValue &g : list) {
            const qsizetype index = groupNames.indexOf(g.toString());
            if (index >= 0 && !c.releaseGroups.contains(core::kAllGroups[index]))
                c.releaseGroups.append(core::kAllGroups[index]);
        }
        if (!groups.isArray() || list.isEmpty() || c.releaseGroups.size() != list.size())
            r.fail(FieldReader::join(releasePath, QStringLiteral("groups")),
                   tr("a list of different group names (%1)")
                       .arg(groupNames.join(QStringLiteral(", "))));
    }
    if (c.levers.isEmpty() && release.isEmpty())
        r.fail(path, tr("\"levers\", \"release\" or both"));
}

void readOutcome(const QJsonObject &root, FieldReader &r, ValidationCase &c) {
    c.horizonYears =
        r.whole(root, {}, QStringLiteral("horizon_years"), true, 1, core::kMaxYears).value_or(1);
    const QString path = QStringLiteral("outcome");
    const QJsonObject outcome = r.object(root, {}, path, true);
    r.only(outcome, path,
           {QStringLiteral("measure"), QStringLiteral("unit"), QStringLiteral("crime_type"),
            QStringLiteral("with_respect_to"), QStringLiteral("per"), QStringLiteral("years"),
            QStringLiteral("within_years"), QStringLiteral("scale"), QStringLiteral("scale_note")});
    if (const std::optional<QString> m =
            r.choice(outcome, path, QStringLiteral("measure"), true, namesOf(kMeasures)))
        c.measure = kMeasures[namesOf(kMeasures).indexOf(*m)].measure;
    const QStringList modelled = modelledCaseUnits();
    if (const std::optional<QString> unit = r.choice(outcome, path, QStringLiteral("unit"), true,
                                                     modelled + unmodelledCaseUnits())) {
        c.unit = *unit;
        if (modelled.contains(*unit))
            c.quantity = kUnits[modelled.indexOf(*unit)].quantity;
    }
    if (const std::optional<QString> type = r.choice(
            outcome, path, QStringLiteral("crime_type"), false,
            {QStringLiteral("all"), QStringLiteral("violent"), QStringLiteral("property")})) {
        if (c.quantity != core::CaseQuantity::ReportedCrimes)
            r.fail(FieldReader::join(path, QStringLiteral("crime_type")),
                   tr("no crime_type except with the unit reported_crimes"));
        else if (*type == QStringLiteral("violent"))
            c.quantity = core::CaseQuantity::ReportedViolentCrimes;
        else if (*type == QStringLiteral("property"))
            c.quantity = core::CaseQuantity::ReportedPropertyCrimes;
    }
    for (const char *key : {"with_respect_to", "per"}) {
        const QString name = r.text(outcome, path, QLatin1String(key), false);
        if (name.isEmpty())
            continue;
        if (c.base != core::CaseBase::None || !c.baseLever.isEmpty())
            r.fail(path, tr("\"with_respect_to\" or \"per\", not both"));
        const qsizetype index = namesOf(kBases).indexOf(name);
        if (index >= 0)
            c.base = kBases[index].base;
        else if (core::findLever(name.toStdString())) {
            c.base = core::CaseBase::Lever;
            c.baseLever = name;
        } else
            r.fail(
                FieldReader::join(path, QLatin1String(key)),
                tr("a lever's key or one of: %1").arg(namesOf(kBases).join(QStringLiteral(", "))));
    }
    c.firstYear = 1;
    c.lastYear = c.horizonYears;
    const QJsonValue years = outcome.value(QStringLiteral("years"));
    if (!years.isUndefined()) {
        const QJsonArray span = years.toArray();
        const bool whole = span.size() == 2 && span[0].isDouble() && span[1].isDouble() &&
                           span[0].toDouble() == std::floor(span[0].toDouble()) &&
                           span[1].toDouble() == std::floor(span[1].toDouble());
        if (whole && span[0].toInt() >= 1 && span[0].toInt() <= span[1].toInt() &&
            span[1].toInt() <= c.horizonYears) {
            c.firstYear = span[0].toInt();
            c.lastYear = span[1].toInt();
        } else {
            r.fail(FieldReader::join(path, QStringLiteral("years")),
                   tr("[first, last]: whole years from 1 to horizon_years, first not after last"));
        }
    }
    c.withinYears = r.number(outcome, path, QStringLiteral("within_years"),
                             c.quantity == core::CaseQuantity::ReincarcerationProbability, 0.01,
                             core::kReleaseYearsTracked)
                        .value_or(1);
    c.scale = r.number(outcome, path, QStringLiteral("scale"), false, 1e-9, 1e9).value_or(1);
    c.scaleNote = r.text(outcome, path, QStringLiteral("scale_note"), false);
}

void readEstimate(const QJsonObject &root, FieldReader &r, ValidationCase &c) {
    const QString path = QStringLiteral("estimate");
    const QJsonObject estimate = r.object(root, {}, path, true);
    r.only(estimate, path,
           {QStringLiteral("value"), QStringLiteral("low"), QStringLiteral("high"),
            QStringLiteral("kind")});
    const double big = 1e15;
    c.estimate.value =
        r.number(estimate, path, QStringLiteral("value"), true, -big, big).value_or(0);
    const std::optional<QString> kind =
        r.choice(estimate, path, QStringLiteral("kind"), true,
                 {QStringLiteral("point"), QStringLiteral("range"), QStringLiteral("ci95")});
    c.estimateKind = kind.value_or(QString());
    const bool point = c.estimateKind == QStringLiteral("point");
    c.estimate.low = r.number(estimate, path, QStringLiteral("low"), !point, -big, big)
                         .value_or(c.estimate.value);
    c.estimate.high = r.number(estimate, path, QStringLiteral("high"), !point, -big, big)
                          .value_or(c.estimate.value);
    if (!(c.estimate.low <= c.estimate.value && c.estimate.value <= c.estimate.high))
        r.fail(path, tr("low <= value <= high"));
}

} // namespace

QStringList modelledCaseUnits() {
    return namesOf(kUnits);
}

QStringList unmodelledCaseUnits() {
    return namesOf(kUnmodelledUnits);
}

ValidationCaseReadResult parseValidationCase(const QByteArray &json, const QString &fileName) {
    ValidationCase validationCase;
    validationCase.file = fileName;
    const Result<QJsonObject> root = parseJsonObject(json, fileName);
    if (!root)
        return root.problems();
    QStringList errors;
    FieldReader reader(fileName, errors);
    readHeader(*root, reader, validationCase);
    readBaseline(*root, reader, validationCase);
    readIntervention(*root, reader, validationCase);
    readOutcome(*root, reader, validationCase);
    readEstimate(*root, reader, validationCase);
    if (!errors.isEmpty())
        return problemsOf(
            capped(errors, tr("%1: and %2 more problems").arg(fileName, QStringLiteral("%1"))));
    return validationCase;
}

ValidationCaseReadResult readValidationCaseFile(const QString &path) {
    constexpr qint64 kMaxBytes = 1 << 20;
    const Result<QByteArray> bytes = readRegularFile(path, kMaxBytes, tr("a validation case file"));
    if (!bytes)
        return bytes.problems();
    return parseValidationCase(*bytes, path);
}

} // namespace leastbad::data
