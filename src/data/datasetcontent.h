// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of a regional dataset, as they stand in its CSV files and its SQLite tables,
// and the checks every row must pass. Problems name the file, line, column and field.
#pragma once

#include "data/problem.h"

#include <QList>
#include <QString>

namespace leastbad::data {

struct RegionRow {
    int line = 0; // where it was read, for messages (0: from a database)
    QString code;
    QString name;
    QString kind; // country, state or county
    QString parent;
};

struct SourceRow {
    int line = 0; // where it was read, for messages (0: from a database)
    QString id;
    QString citation;
    QString address;
    QString dateRead;
    QString licence;
    QString kind; // seen, seen-secondary, judged, derived, proxy, assumption
};

struct ValueRow {
    int line = 0; // where it was read, for messages (0: from a database)
    QString region;
    QString metric;
    double value = 0;
    QString unit;
    int year = 0;
    QString source;
    QString note;
};

struct OverrideRow {
    int line = 0; // where it was read, for messages (0: from a database)
    QString region;
    QString parameter; // a key of core::parameterSpecs()
    double value = 0;
    QString source;
    QString note;
};

struct DatasetContent {
    // Where each kind of row came from, for messages.
    QString regionsFile;
    QString sourcesFile;
    QString valuesFile;
    QString overridesFile;

    QList<RegionRow> regions;
    QList<SourceRow> sources;
    QList<ValueRow> values;
    QList<OverrideRow> overrides;
};

// The former name of Problem, kept while the dataset's opening (dataset.cpp) is reworked on
// another branch, so that the two merge; new code says Problem.
using DatasetProblem = Problem;

// The CSV headers, exactly (values.csv and parameter_overrides.csv may add a note column).
QStringList regionsHeader();
QStringList sourcesHeader();
QStringList valuesHeader();
QStringList overridesHeader();

// Limits that keep a huge or broken file from exhausting memory: a larger file is
// refused before it is read, and reading a file stops after this many problems.
inline constexpr int kMaxCsvRows = 5'000'000;
inline constexpr qint64 kMaxCsvBytes = 256ll * 1024 * 1024;
inline constexpr int kMaxProblemsPerFile = 100;

// Each reader appends what it reads to `content` and every problem to `problems`.
// A missing optional file is not a problem; an unreadable one is.
void readRegionsCsv(const QString &path, DatasetContent &content, Problems &problems);
void readSourcesCsv(const QString &path, DatasetContent &content, Problems &problems);
void readValuesCsv(const QString &path, DatasetContent &content, Problems &problems);
void readOverridesCsv(const QString &path, DatasetContent &content, Problems &problems);

// Checks across files: references to regions, parents and sources exist; no duplicate
// keys; every region has its required metrics. `label` names the dataset in messages.
void checkConsistency(const DatasetContent &content, const QString &label, Problems &problems);

QStringList sourceKinds();

} // namespace leastbad::data
