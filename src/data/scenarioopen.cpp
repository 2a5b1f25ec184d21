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

std::optional<OpenedScenario> openScenario(const QString &path, const Dataset &dataset,
                                           bool datasetChosen, QString &error,
                                           std::optional<int> year) {
    QByteArray bytes;
    if (const QString readError =
            readRegularFile(path, kMaxScenarioBytes, tr("a scenario file"), bytes);
        !readError.isEmpty()) {
        error = readError;
        return std::nullopt;
    }
    QString datasetPath, code;
    int namedYear = 0;
    if (!parseJsonObject(bytes, path, error))
        return std::nullopt; // the message says why: truncated, too deep, UTF-16, ...
    if (!peekScenarioRegion(bytes, datasetPath, code, &namedYear)) {
        error = tr("%1: not a LeastBad scenario (not a JSON object)").arg(path);
        return std::nullopt;
    }
    if (code.size() > 16 || datasetPath.size() > 4096 || hasControlCharacters(code) ||
        hasControlCharacters(datasetPath)) {
        error = tr("%1: field \"region\" or \"dataset\": too long or holds control characters")
                    .arg(path);
        return std::nullopt;
    }
    // The path in the file is never opened: whoever wrote the file would choose what this
    // program reads. The user names the dataset; without that, the scenario is refused.
    if (!datasetPath.isEmpty() && !datasetChosen) {
        error = tr("%1: names the dataset %2, which is not opened (a path inside a file is never "
                   "followed); open that dataset yourself and then the scenario")
                    .arg(path, datasetPath);
        return std::nullopt;
    }
    OpenedScenario opened;
    QString regionError;
    const int asOfYear = year.value_or(namedYear);
    std::optional<RegionRecord> region = dataset.loadRegion(code, regionError, asOfYear);
    if (!region) {
        error = tr("%1: %2").arg(path, regionError);
        return std::nullopt;
    }
    ScenarioReadResult read = parseScenario(bytes, path, region->baseline);
    if (!read.ok()) {
        error = read.errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    read.scenario.region = QString::fromStdString(region->baseline.code);
    read.scenario.year = asOfYear;
    opened.scenario = std::move(read.scenario);
    opened.region = std::move(*region);
    opened.warnings = std::move(read.warnings);
    return opened;
}

} // namespace leastbad::data
