// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/scenariofile.h"

#include "data/inputfile.h"
#include "data/jsonread.h"
#include "data/leverreader.h"
#include "data/safetext.h"

#include "data/atomicfile.h"

#include <leastbad/version.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace leastbad::data {

namespace {

// A scenario while it is read: what was read so far and every problem found.
struct Draft {
    Scenario scenario;
    QStringList errors;
    QStringList warnings;
};

ScenarioReadResult finish(Draft &&r) {
    if (!r.errors.isEmpty())
        return problemsOf(r.errors);
    return ScenarioRead{std::move(r.scenario), std::move(r.warnings)};
}

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct WeightField {
    const char *key;
    double core::MoralWeights::*member;
    double min;
    double max;
};

const WeightField kWeightFields[] = {
    {"usd_per_wellbeing_year", &core::MoralWeights::dollarsPerWellbeingYear, 0, kMaxUsdPerYear},
    {"usd_per_life_year", &core::MoralWeights::dollarsPerLifeYear, 0, kMaxUsdPerYear},
    {"weight_incarcerated", &core::MoralWeights::weightIncarcerated, 0, kMaxMoralWeight},
    {"weight_victims", &core::MoralWeights::weightVictims, 0, kMaxMoralWeight},
    {"weight_families", &core::MoralWeights::weightFamilies, 0, kMaxMoralWeight},
    {"discount_rate", &core::MoralWeights::discountRate, 0, kMaxDiscountRate},
    {"excess_burden", &core::MoralWeights::excessBurden, 0, 2},
};

constexpr qint64 kMaxBytes = 4 << 20;
constexpr int kMinYear = 1900, kMaxYear = 2100; // the years a dataset value may have

// Names shown from a file are cut to this many characters (a 3 MB name froze the app).
constexpr qsizetype kMaxShownKey = 80;
constexpr qsizetype kMaxPolicyName = 200;

void warnUnknown(const QJsonObject &o, const QStringList &known, const QString &where,
                 QStringList &warnings) {
    QStringList unknown;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << QCoreApplication::translate("leastbad::data",
                                                   "%1: unknown field \"%2\" was ignored")
                           .arg(where, it.key().left(kMaxShownKey));
    }
    warnings << capped(unknown, QCoreApplication::translate(
                                    "leastbad::data", "%1: and %2 more unknown fields were ignored")
                                    .arg(where, QStringLiteral("%1")));
}

} // namespace

bool peekScenarioRegion(const QByteArray &json, QString &dataset, QString &region, int *year) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    dataset = doc.object().value(QStringLiteral("dataset")).toString();
    region = doc.object().value(QStringLiteral("region")).toString(QStringLiteral("US"));
    if (year) {
        const int y = doc.object().value(QStringLiteral("year")).toInt(0);
        *year = y >= kMinYear && y <= kMaxYear ? y : 0; // parseScenario reports a bad one
    }
    return true;
}

namespace {

// "weights": each within its range; unknown keys are a warning.
void readWeights(const QJsonObject &weights, const QString &fileName, Draft &r) {
    QStringList weightKeys{QStringLiteral("horizon_years")};
    for (const WeightField &f : kWeightFields) {
        weightKeys << QLatin1String(f.key);
        const QJsonValue v = weights.value(QLatin1String(f.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < f.min || v.toDouble() > f.max)
            r.errors << QCoreApplication::translate(
                            "leastbad::data", "%1: weights.%2: expected a number from %3 to %4")
                            .arg(fileName, QLatin1String(f.key))
                            .arg(f.min)
                            .arg(f.max);
        else
            r.scenario.weights.*f.member = v.toDouble();
    }
    const QJsonValue horizon = weights.value(QStringLiteral("horizon_years"));
    if (!horizon.isUndefined()) {
        if (!horizon.isDouble() || horizon.toInt() < 1 || horizon.toInt() > 50)
            r.errors << QCoreApplication::translate(
                            "leastbad::data",
                            "%1: weights.horizon_years: expected a whole number from 1 to 50")
                            .arg(fileName);
        else
            r.scenario.weights.horizonYears = horizon.toInt();
    }
    warnUnknown(weights, weightKeys, fileName + QStringLiteral(": weights"), r.warnings);
}

// "policies": at most 8, each named, its levers read against the region's status quo.
void readPolicies(const QJsonValue &policies, const QString &fileName,
                  const core::RegionBaseline &region, Draft &r) {
    if (!policies.isUndefined() && !policies.isArray())
        r.errors << QCoreApplication::translate("leastbad::data",
                                                "%1: field \"policies\": expected a list")
                        .arg(fileName);
    const QJsonArray list = policies.toArray();
    if (list.size() > 8)
        r.errors << QCoreApplication::translate("leastbad::data",
                                                "%1: field \"policies\": at most 8 policies")
                        .arg(fileName);
    for (qsizetype i = 0; i < list.size() && i < 8; ++i) {
        const QJsonObject p = list.at(i).toObject();
        NamedPolicy named;
        named.name =
            p.value(QStringLiteral("name")).toString(QStringLiteral("Policy %1").arg(i + 1));
        if (named.name.size() > kMaxPolicyName || hasControlCharacters(named.name)) {
            r.errors << QCoreApplication::translate(
                            "leastbad::data",
                            "%1: policy %2: the name must be at most %3 characters of text, "
                            "without control characters")
                            .arg(fileName)
                            .arg(i + 1)
                            .arg(kMaxPolicyName);
            named.name = named.name.left(kMaxPolicyName);
        }
        named.policy = core::statusQuoPolicy(region);
        const core::Policy statusQuo = named.policy;
        Problems leverProblems;
        readLevers(p.value(QStringLiteral("levers")).toObject(), statusQuo,
                   QCoreApplication::translate("leastbad::data", "%1: policy \"%2\"")
                       .arg(fileName, named.name),
                   named.policy, leverProblems);
        r.errors << problemTexts(leverProblems);
        r.scenario.policies << named;
    }
}

} // namespace

ScenarioReadResult parseScenario(const QByteArray &json, const QString &fileName,
                                 const core::RegionBaseline &region) {
    Draft r;
    const Result<QJsonObject> parsed = parseJsonObject(json, fileName);
    if (!parsed) {
        r.errors << problemTexts(parsed.problems());
        return finish(std::move(r));
    }
    const QJsonObject &root = *parsed;
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("leastbad-scenario")) {
        r.errors << QCoreApplication::translate(
                        "leastbad::data", "%1: field \"format\": expected \"leastbad-scenario\"")
                        .arg(fileName);
        return finish(std::move(r));
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        r.errors << QCoreApplication::translate(
                        "leastbad::data",
                        "%1: field \"version\": expected a whole number of at least 1")
                        .arg(fileName);
    else if (version > kScenarioFormatVersion)
        r.warnings << QCoreApplication::translate(
                          "leastbad::data",
                          "%1 was written by a newer LeastBad (format %2; this program reads %3): "
                          "what it could "
                          "not read was left at the defaults")
                          .arg(fileName)
                          .arg(version)
                          .arg(kScenarioFormatVersion);
    warnUnknown(root,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("app_version"),
                 QStringLiteral("dataset"), QStringLiteral("region"), QStringLiteral("year"),
                 QStringLiteral("policies"), QStringLiteral("weights"), QStringLiteral("seed"),
                 QStringLiteral("draws")},
                fileName, r.warnings);

    Scenario &s = r.scenario;
    s.dataset = root.value(QStringLiteral("dataset")).toString();
    s.region = root.value(QStringLiteral("region")).toString(QStringLiteral("US"));
    const QJsonValue yearValue = root.value(QStringLiteral("year"));
    if (!yearValue.isUndefined() && !yearValue.isNull()) {
        const double year = yearValue.toDouble(std::nan(""));
        if (!yearValue.isDouble() || year < kMinYear || year > kMaxYear || year != std::floor(year))
            r.errors << QCoreApplication::translate(
                            "leastbad::data",
                            "%1: field \"year\": expected a whole number from %2 to %3")
                            .arg(fileName)
                            .arg(kMinYear)
                            .arg(kMaxYear);
        else
            s.year = int(year);
    }
    if (s.region.size() > 16 || hasControlCharacters(s.region) || s.dataset.size() > 4096 ||
        hasControlCharacters(s.dataset)) {
        r.errors << QCoreApplication::translate(
                        "leastbad::data",
                        "%1: field \"region\" or \"dataset\": too long or holds control "
                        "characters")
                        .arg(fileName);
        s.region = s.region.left(16);
        s.dataset = s.dataset.left(80);
    }
    const QJsonValue seedValue = root.value(QStringLiteral("seed"));
    const double seed = seedValue.isUndefined() ? 1 : seedValue.toDouble(std::nan(""));
    if (!std::isfinite(seed) || seed < 0 || seed > 9.0e15 || seed != std::floor(seed))
        r.errors << QCoreApplication::translate(
                        "leastbad::data",
                        "%1: field \"seed\": expected a whole number from 0 to 9e15")
                        .arg(fileName);
    else
        s.seed = static_cast<std::uint64_t>(seed);
    const QJsonValue drawsValue = root.value(QStringLiteral("draws"));
    const double draws = drawsValue.isUndefined() ? 2000 : drawsValue.toDouble(std::nan(""));
    if (!std::isfinite(draws) || draws < kMinScenarioDraws || draws > kMaxScenarioDraws ||
        draws != std::floor(draws))
        r.errors << QCoreApplication::translate(
                        "leastbad::data",
                        "%1: field \"draws\": expected a whole number from %2 to %3")
                        .arg(fileName)
                        .arg(kMinScenarioDraws)
                        .arg(kMaxScenarioDraws);
    else
        s.draws = static_cast<int>(draws);

    readWeights(root.value(QStringLiteral("weights")).toObject(), fileName, r);
    readPolicies(root.value(QStringLiteral("policies")), fileName, region, r);
    return finish(std::move(r));
}

ScenarioReadResult readScenarioFile(const QString &path, const core::RegionBaseline &region) {
    const Result<QByteArray> bytes = readRegularFile(
        path, kMaxBytes, QCoreApplication::translate("leastbad::data", "a scenario file"));
    if (!bytes)
        return bytes.problems();
    return parseScenario(*bytes, path, region);
}

QByteArray scenarioToJson(const Scenario &s) {
    QJsonArray policies;
    for (const NamedPolicy &p : s.policies) {
        QJsonObject levers;
        for (const core::LeverSpec &lever : core::leverSpecs())
            levers.insert(fromView(lever.key), core::leverValue(p.policy, lever));
        policies.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("levers"), levers}});
    }
    QJsonObject weights;
    for (const WeightField &f : kWeightFields)
        weights.insert(QLatin1String(f.key), s.weights.*f.member);
    weights.insert(QStringLiteral("horizon_years"), s.weights.horizonYears);
    // Version 2 only when the file uses what version 2 added (the year).
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("leastbad-scenario")},
                     {QStringLiteral("version"), s.year ? 2 : 1},
                     {QStringLiteral("app_version"), QString::fromLatin1(kVersion)},
                     {QStringLiteral("dataset"), s.dataset},
                     {QStringLiteral("region"), s.region},
                     {QStringLiteral("policies"), policies},
                     {QStringLiteral("weights"), weights},
                     {QStringLiteral("seed"), double(s.seed)},
                     {QStringLiteral("draws"), s.draws}};
    if (s.year)
        root.insert(QStringLiteral("year"), s.year);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> writeScenarioFile(const QString &path, const Scenario &scenario) {
    const QString reason = writeFileAtomically(path, scenarioToJson(scenario));
    if (!reason.isEmpty())
        return Problem::of(
            QCoreApplication::translate("leastbad::data", "%1: cannot save: %2").arg(path, reason));
    return {};
}

} // namespace leastbad::data
