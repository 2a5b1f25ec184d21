// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite schema of a regional dataset (versioned with PRAGMA user_version, with
// forward migrations), and moving DatasetContent in and out of it. docs/DATASETS.md
// describes the tables.
#pragma once

#include "data/datasetcontent.h"
#include "data/sqlitedatabase.h"

namespace leastbad::data {

inline constexpr int kSchemaVersion = 2;

// Creates the first schema version (kept so that migration stays tested).
bool createSchemaVersion1(SqliteDatabase &db, QString &error);
// Creates the schema in an empty database, or migrates an older one, to kSchemaVersion,
// and writes the metric definitions.
bool migrateToCurrent(SqliteDatabase &db, QString &error);
// Empty if the database has a schema this program reads; else what is wrong.
QString checkSchema(SqliteDatabase &db);

// Inserts or replaces rows (in the caller's transaction).
bool writeContent(SqliteDatabase &db, const DatasetContent &content, QString &error);
bool readContent(SqliteDatabase &db, DatasetContent &content, QString &error);

} // namespace leastbad::data
