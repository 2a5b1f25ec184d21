// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/validationsuite.h"

#include "data/policyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

// Sets a baseline field as the study's setting has it. Population goes first so that an
// incarceration rate applies to the population the case gives.
void applyOverride(core::RegionBaseline &b, const QString &field, double value) {
    const auto scalePrison = [&b](double total) {
        const double now = b.totalPrisonPopulation();
        for (double &group : b.prisonPopulation)
            group = now > 0 ? group * total / now : total / core::kGroupCount;
    };
    if (field == QStringLiteral("population"))
        b.population = value;
    else if (field == QStringLiteral("prison_population"))
        scalePrison(value);
    else if (field == QStringLiteral("incarceration_rate_per_100k"))
        scalePrison(value * b.population / 1e5);
    else if (field == QStringLiteral("police_per_100k"))
        b.policePer100k = value;
    else if (field == QStringLiteral("homicides"))
        b.homicides = value;
    else if (field == QStringLiteral("violent_crimes"))
        b.otherViolentCrimes = value - b.homicides;
    else if (field == QStringLiteral("property_crimes"))
        b.propertyCrimes = value;
    else if (field == QStringLiteral("reincarcerated_within_3y"))
        b.reincarceratedWithin3Years = value;
    else if (field == QStringLiteral("reincarcerated_within_5y"))
        b.reincarceratedWithin5Years = value;
    else if (field == QStringLiteral("clearance_rate_violent"))
        b.clearanceRateViolent = value;
    else if (field == QStringLiteral("clearance_rate_property"))
        b.clearanceRateProperty = value;
    else if (field == QStringLiteral("felony_defendants_per_year"))
        b.felonyDefendantsPerYear = value;
    else if (field == QStringLiteral("pretrial_detained_share"))
        b.pretrialDetainedShare = value;
}

bool applyOverrides(const ValidationCase &c, core::RegionBaseline &b, QStringList &errors) {
    // In the order of the field table, population first (see readBaseline).
    for (const auto &[field, value] : c.overrides)
        applyOverride(b, field, value);
    const std::vector<core::BaselineProblem> problems = core::validate(b);
    for (const core::BaselineProblem &p : problems)
        errors << tr("%1: field \"baseline.overrides\": the region with these values is not "
                     "usable: %2: %3")
                      .arg(c.file, QString::fromStdString(p.field),
                           QString::fromStdString(p.message));
    return problems.empty();
}

std::optional<core::Policy> interventionPolicy(const ValidationCase &c,
                                               const core::RegionBaseline &region,
                                               QStringList &errors) {
    QJsonObject policy{{QStringLiteral("format"), QStringLiteral("leastbad-policy")},
                       {QStringLiteral("version"), kPolicyFormatVersion},
                       {QStringLiteral("levers"), c.levers}};
    if (c.retroactive)
        policy.insert(QStringLiteral("sentence_changes"), QStringLiteral("retroactive"));
    const PolicyReadResult read = parsePolicy(QJsonDocument(policy).toJson(),
                                              tr("%1: field \"intervention\"").arg(c.file), region);
    if (!read.ok()) {
        errors << problemTexts(read.problems());
        return std::nullopt;
    }
    return read->policy;
}

bool releaseShares(const ValidationCase &c, const core::RegionBaseline &region,
                   core::PerGroup &shares, QStringList &errors) {
    if (c.releasePeople <= 0 && c.releaseShare <= 0)
        return true;
    double eligible = 0;
    for (core::Group g : c.releaseGroups)
        eligible += region.prisonPopulation[static_cast<int>(g)];
    const double share = c.releaseShare > 0 ? c.releaseShare * region.totalPrisonPopulation() /
                                                  std::max(1.0, eligible)
                                            : c.releasePeople / std::max(1.0, eligible);
    if (!(share > 0 && share <= 0.95)) {
        errors << tr("%1: field \"intervention.release\": %2 people are more than 95% of the %3 "
                     "in the groups named")
                      .arg(c.file)
                      .arg(c.releaseShare > 0 ? c.releaseShare * region.totalPrisonPopulation()
                                              : c.releasePeople,
                           0, 'f', 0)
                      .arg(eligible, 0, 'f', 0);
        return false;
    }
    for (core::Group g : c.releaseGroups)
        shares[static_cast<int>(g)] = share;
    return true;
}

} // namespace

QString embeddedValidationCases() {
    return QStringLiteral(":/validation");
}

QList<ValidationCase> readValidationCases(const QString &folder, Problems &problems) {
    QList<ValidationCase> cases;
    const QDir dir(folder);
    if (!dir.exists()) {
        problems << Problem::of(tr("%1: no such folder").arg(folder));
        return cases;
    }
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty())
        problems << Problem::of(tr("%1: no case files (*.json) in this folder").arg(folder));
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        ValidationCaseReadResult read = Problem::of(tr("%1: cannot be read").arg(path));
        if (path.startsWith(QStringLiteral(":/"))) {
            QFile file(path); // a resource: built in, and small
            if (file.open(QIODevice::ReadOnly))
                read = parseValidationCase(file.readAll(), name);
        } else {
            read = readValidationCaseFile(path);
        }
        if (read.ok())
            cases.append(*read);
        else
            problems << read.problems();
    }
    return cases;
}

Result<PreparedCase> prepareCase(const ValidationCase &c, const Dataset &dataset) {
    Result<RegionRecord> region = dataset.loadRegion(c.region, c.year);
    if (!region)
        return Problem::of(tr("%1: field \"baseline.region\": %2").arg(c.file, region.errorText()));
    return prepareCase(c, std::move(*region));
}

Result<PreparedCase> prepareCase(const ValidationCase &c, RegionRecord region) {
    // The checks below each add a message naming the case file and the field.
    QStringList errors;
    if (!applyOverrides(c, region.baseline, errors))
        return problemsOf(errors);
    const core::RegionBaseline &baseline = region.baseline;
    std::optional<core::Policy> policy = interventionPolicy(c, baseline, errors);
    core::PerGroup shares{};
    if (!policy || !releaseShares(c, baseline, shares, errors))
        return problemsOf(errors);
    PreparedCase prepared{std::move(region), {}};
    core::CaseRun &run = prepared.run;
    run.statusQuo = core::statusQuoPolicy(prepared.region.baseline);
    run.policy = *policy;
    run.releasedShare = shares;
    run.horizonYears = c.horizonYears;
    run.firstYear = c.firstYear;
    run.lastYear = c.lastYear;
    run.withinYears = c.withinYears;
    run.measure = c.measure;
    run.quantity = c.quantity.value_or(core::CaseQuantity::ReportedCrimes);
    run.base = c.base;
    run.lever = c.baseLever.isEmpty() ? nullptr : core::findLever(c.baseLever.toStdString());
    run.scale = c.scale;
    if (const std::optional<std::string_view> problem = core::checkCaseRun(run))
        return Problem::of(
            tr("%1: field \"outcome\": %2")
                .arg(c.file, QString::fromUtf8(problem->data(), qsizetype(problem->size()))));
    return prepared;
}

std::optional<CaseOutcome> runValidationCase(const ValidationCase &c, const PreparedCase &prepared,
                                             const core::ParameterDraws &parameterDraws,
                                             int threads, const std::atomic<bool> *cancel) {
    CaseOutcome outcome;
    outcome.validationCase = c;
    outcome.regionName = QString::fromStdString(prepared.region.baseline.name);
    if (!c.quantity) {
        outcome.status = CaseStatus::NoModelQuantity;
        return outcome;
    }
    const core::DrawSet draws =
        core::DrawSet::prepare(prepared.region.baseline, parameterDraws, threads);
    const std::optional<core::CaseResult> result =
        core::runCase(draws, prepared.run, threads, cancel);
    if (!result)
        return std::nullopt;
    outcome.model = *result;
    if (result->definedDraws == 0)
        outcome.status = CaseStatus::NotDefined;
    else
        outcome.status = core::reproduces(*result, c.estimate) ? CaseStatus::Reproduced
                                                               : CaseStatus::NotReproduced;
    return outcome;
}

Coverage coverageOf(const QList<CaseOutcome> &outcomes) {
    Coverage coverage;
    for (const CaseOutcome &o : outcomes) {
        const bool reproduced = o.status == CaseStatus::Reproduced;
        if (o.validationCase.usedForCalibration) {
            ++coverage.calibration;
            coverage.calibrationReproduced += reproduced ? 1 : 0;
        } else {
            ++coverage.independent;
            coverage.reproduced += reproduced ? 1 : 0;
        }
    }
    return coverage;
}

QString caseStatusKey(CaseStatus status) {
    switch (status) {
    case CaseStatus::Reproduced:
        return QStringLiteral("reproduced");
    case CaseStatus::NotReproduced:
        return QStringLiteral("not_reproduced");
    case CaseStatus::NoModelQuantity:
        return QStringLiteral("no_model_quantity");
    case CaseStatus::NotDefined:
        return QStringLiteral("not_defined");
    }
    return {};
}

} // namespace leastbad::data
