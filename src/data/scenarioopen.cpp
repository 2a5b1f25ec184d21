// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/scenarioopen.h"

#include <QCoreApplication>
#include <QFile>

namespace leastbad::data {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("leastbad::data", text);
}

constexpr qint64 kMaxScenarioBytes = 4 << 20;

} // namespace

std::optional<OpenedScenario> openScenario(const QString &path, const Dataset &defaultDataset,
                                           bool openNamedDataset, QString &error,
                                           std::optional<int> year) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxScenarioBytes) {
        error = tr("%1: larger than 4 MiB; not a scenario file").arg(path);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QString datasetPath, code;
    int namedYear = 0;
    if (!peekScenarioRegion(bytes, datasetPath, code, &namedYear)) {
        error = tr("%1: not a LeastBad scenario (not a JSON object)").arg(path);
        return std::nullopt;
    }
    OpenedScenario opened;
    if (!datasetPath.isEmpty()) {
        if (!openNamedDataset) {
            error = tr("%1: names the dataset %2; opening scenarios with other datasets is not "
                       "supported yet")
                        .arg(path, datasetPath);
            return std::nullopt;
        }
        QString datasetError;
        opened.dataset = Dataset::open(datasetPath, datasetError);
        if (!opened.dataset) {
            error = tr("%1: %2").arg(path, datasetError);
            return std::nullopt;
        }
    }
    const Dataset &dataset = opened.dataset ? *opened.dataset : defaultDataset;
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
