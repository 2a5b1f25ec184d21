// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/scenarioopen.h"

#include "data/inputfile.h"
#include "data/jsonread.h"
#include "data/safetext.h"

#include <QCoreApplication>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

constexpr qint64 kMaxScenarioBytes = 4 << 20;

} // namespace

Result<OpenedScenario> openScenario(const QString &path, const Dataset &dataset, bool datasetChosen,
                                    std::optional<int> year) {
    const Result<QByteArray> read = readRegularFile(path, kMaxScenarioBytes, tr("a scenario file"));
    if (!read)
        return read.problems();
    const QByteArray &bytes = *read;
    QString datasetPath, code;
    int namedYear = 0;
    if (Result<QJsonObject> json = parseJsonObject(bytes, path); !json)
        return json.problems(); // the message says why: truncated, too deep, UTF-16, ...
    if (!peekScenarioRegion(bytes, datasetPath, code, &namedYear))
        return Problem::of(tr("%1: not a LeastBad scenario (not a JSON object)").arg(path));
    if (code.size() > 16 || datasetPath.size() > 4096 || hasControlCharacters(code) ||
        hasControlCharacters(datasetPath)) {
        return Problem::of(
            tr("%1: field \"region\" or \"dataset\": too long or holds control characters")
                .arg(path));
    }
    // The path in the file is never opened: whoever wrote the file would choose what this
    // program reads. The user names the dataset; without that, the scenario is refused.
    if (!datasetPath.isEmpty() && !datasetChosen) {
        return Problem::of(
            tr("%1: names the dataset %2, which is not opened (a path inside a file is never "
               "followed); open that dataset yourself and then the scenario")
                .arg(path, datasetPath));
    }
    OpenedScenario opened;
    const int asOfYear = year.value_or(namedYear);
    Result<RegionRecord> region = dataset.loadRegion(code, asOfYear);
    if (!region)
        return Problem::of(tr("%1: %2").arg(path, region.errorText()));
    ScenarioReadResult scenario = parseScenario(bytes, path, region->baseline);
    if (!scenario.ok())
        return scenario.problems();
    scenario->scenario.region = QString::fromStdString(region->baseline.code);
    scenario->scenario.year = asOfYear;
    opened.scenario = std::move(scenario->scenario);
    opened.region = std::move(*region);
    opened.warnings = std::move(scenario->warnings);
    return opened;
}

} // namespace leastbad::data
