// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzreaders.h"

#include "../core/testregion.h"
#include "core/policy.h"
#include "core/simulation.h"
#include "data/dataset.h"
#include "data/datasetimport.h"
#include "data/policyfile.h"
#include "data/scenariofile.h"
#include "data/validationcase.h"
#include "data/validationsuite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace leastbad::fuzz {

namespace {

// One scratch folder per process: creating one per input would dominate the run time.
const QDir &scratch() {
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/leastbad-fuzz-XXXXXX"));
    static const QDir path(dir.path());
    return path;
}

QString scratchFile(const char *name) {
    return scratch().filePath(QLatin1String(name));
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A refusal must say something, and each message must name where the problem is.
void checkRefusal(Outcome &o, const QString &mustMention) {
    if (o.accepted || !o.broken.isEmpty())
        return;
    if (o.messages.isEmpty())
        o.broken = QStringLiteral("refused without a message");
    for (const QString &m : o.messages) {
        if (!m.contains(mustMention)) {
            o.broken = QStringLiteral("a message does not name the file: ") + m;
            return;
        }
    }
}

bool sameLevers(const core::Policy &a, const core::Policy &b) {
    for (const core::LeverSpec &lever : core::leverSpecs()) {
        if (core::leverValue(a, lever) != core::leverValue(b, lever))
            return false;
    }
    return true;
}

const core::RegionBaseline &region() {
    static const core::RegionBaseline r = test::roundNumberRegion();
    return r;
}

// Loads every region; a usable baseline is calibrated and simulated, and every
// output must then be finite (simulate()'s contract for values in range).
void loadEveryRegion(const data::Dataset &dataset, Outcome &o) {
    for (const data::RegionRow &row : dataset.content().regions) {
        QString error;
        const std::optional<data::RegionRecord> record = dataset.loadRegion(row.code).take(error);
        if (!record) {
            if (error.isEmpty())
                o.broken = QStringLiteral("loadRegion failed without a message");
            continue;
        }
        const core::Calibration calibration = core::calibrate(record->baseline, core::Parameters{});
        core::SimulationOptions options;
        options.years = 3;
        const core::SimulationResult result =
            core::simulate(calibration, core::statusQuoPolicy(record->baseline), options);
        for (double v : result.discountedTotals) {
            if (!std::isfinite(v)) {
                o.broken = QStringLiteral("region %1 loads but simulates to a non-finite output")
                               .arg(row.code);
                return;
            }
        }
    }
}

} // namespace

Outcome csvImport(const QByteArray &bytes) {
    static const char *const names[] = {"values.csv", "regions.csv", "sources.csv",
                                        "parameter_overrides.csv"};
    QList<QByteArray> files;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = bytes.indexOf(kCsvFileSeparator, from);
        if (at < 0 || files.size() == 3) {
            files << bytes.mid(from);
            break;
        }
        files << bytes.mid(from, at - from);
        from = at + qsizetype(sizeof(kCsvFileSeparator)) - 1;
    }
    data::ImportRequest request;
    request.target = scratchFile("imported.sqlite");
    QFile::remove(request.target);
    QString *paths[] = {&request.valuesCsv, &request.regionsCsv, &request.sourcesCsv,
                        &request.overridesCsv};
    for (qsizetype i = 0; i < 4; ++i) {
        const QString path = scratchFile(names[i]);
        QFile::remove(path);
        if (i < files.size() && writeFile(path, files[i]))
            *paths[i] = path;
    }
    Outcome o;
    const data::ImportResult checked = data::validateImport(request);
    o.accepted = checked.ok();
    o.messages = problemTexts(checked.problems);
    checkRefusal(o, QStringLiteral(".csv"));
    if (!o.accepted)
        return o;
    const data::ImportResult imported = data::importCsv(request);
    if (!imported.ok()) {
        o.broken = QStringLiteral("validated but the import failed: ") +
                   problemTexts(imported.problems).join(QLatin1Char('\n'));
        return o;
    }
    QString error;
    const std::optional<data::Dataset> dataset = data::Dataset::open(request.target).take(error);
    if (!dataset) {
        o.broken = QStringLiteral("imported but cannot be opened: ") + error;
        return o;
    }
    loadEveryRegion(*dataset, o);
    const QString exported = scratchFile("exported");
    QDir().mkpath(exported);
    const data::Problems exportProblems = data::exportCsv(dataset->content(), exported);
    if (!exportProblems.isEmpty()) {
        o.broken = QStringLiteral("export failed: ") + problemTexts(exportProblems).join(u'\n');
        return o;
    }
    const data::ImportResult again = data::validateImport(
        data::requestForFolderOf(QDir(exported).filePath(QStringLiteral("values.csv")), {}));
    if (!again.ok())
        o.broken = QStringLiteral("the exported CSV does not validate: ") +
                   problemTexts(again.problems).join(u'\n');
    return o;
}

Outcome scenario(const QByteArray &bytes) {
    Outcome o;
    const QString name = QStringLiteral("fuzz.leastbad");
    const data::ScenarioReadResult read = data::parseScenario(bytes, name, region());
    QString dataset, regionCode;
    data::peekScenarioRegion(bytes, dataset, regionCode);
    o.accepted = read.ok();
    o.messages = data::problemTexts(read.problems());
    checkRefusal(o, name);
    if (!o.accepted)
        return o;
    const QByteArray written = data::scenarioToJson(read->scenario);
    const data::ScenarioReadResult back = data::parseScenario(written, name, region());
    if (!back.ok() || !back->warnings.isEmpty())
        o.broken = QStringLiteral("a written scenario does not read back cleanly: ") +
                   (back.ok() ? back->warnings.join(u'\n') : back.errorText());
    else if (data::scenarioToJson(back->scenario) != written)
        o.broken = QStringLiteral("a scenario read back differs from what was written");
    return o;
}

Outcome policy(const QByteArray &bytes) {
    Outcome o;
    const QString name = QStringLiteral("fuzz.json");
    const data::PolicyReadResult read = data::parsePolicy(bytes, name, region());
    o.accepted = read.ok();
    o.messages = data::problemTexts(read.problems());
    checkRefusal(o, name);
    if (!o.accepted)
        return o;
    const QByteArray written = data::policyToJson(*read, region());
    const data::PolicyReadResult back = data::parsePolicy(written, name, region());
    if (!back.ok())
        o.broken = QStringLiteral("a written policy does not read back: ") + back.errorText();
    else if (!sameLevers(back->policy, read->policy) || back->name != read->name)
        o.broken = QStringLiteral("a policy read back differs from what was written");
    return o;
}

Outcome validationCase(const QByteArray &bytes) {
    Outcome o;
    const QString name = QStringLiteral("fuzz-case.json");
    const data::ValidationCaseReadResult read = data::parseValidationCase(bytes, name);
    o.accepted = read.ok();
    o.messages = data::problemTexts(read.problems());
    checkRefusal(o, name);
    if (!o.accepted)
        return o;
    // The fuzz build has no dataset: the case runs on the test region.
    data::RegionRecord record;
    record.baseline = region();
    const data::Result<data::PreparedCase> prepared = data::prepareCase(*read, record);
    if (!prepared) {
        o.accepted = false;
        o.messages = data::problemTexts(prepared.problems());
        checkRefusal(o, name);
        return o;
    }
    const std::optional<data::CaseOutcome> outcome =
        data::runValidationCase(*read, *prepared, core::ParameterDraws::generate(2, 1), 1);
    if (!outcome)
        o.broken = QStringLiteral("a case run stopped without being cancelled");
    else if (outcome->model.definedDraws > 0 && !std::isfinite(outcome->model.value.p50))
        o.broken = QStringLiteral("a case gave a median that is not a number");
    return o;
}

Outcome sqliteDataset(const QByteArray &bytes) {
    Outcome o;
    const QString path = scratchFile("dataset.sqlite");
    if (!writeFile(path, bytes)) {
        o.broken = QStringLiteral("cannot write the scratch file");
        return o;
    }
    QString error;
    const std::optional<data::Dataset> dataset = data::Dataset::open(path).take(error);
    o.accepted = dataset.has_value();
    if (!o.accepted)
        o.messages << error;
    checkRefusal(o, path);
    if (dataset)
        loadEveryRegion(*dataset, o);
    // A read-only open must leave nothing beside the file (journals, WAL, shared memory).
    const QStringList left = scratch().entryList({QStringLiteral("dataset.sqlite?*")}, QDir::Files);
    if (o.broken.isEmpty() && !left.isEmpty())
        o.broken = QStringLiteral("opening read-only left files behind: ") +
                   left.join(QStringLiteral(", "));
    return o;
}

void abortIfBroken(const Outcome &outcome) {
    if (outcome.broken.isEmpty())
        return;
    std::fprintf(stderr, "broken promise: %s\n", qUtf8Printable(outcome.broken));
    std::abort();
}

} // namespace leastbad::fuzz
