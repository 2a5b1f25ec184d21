// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite schema of a regional dataset (versioned with PRAGMA user_version, with
// forward migrations), and moving DatasetContent in and out of it. docs/DATASETS.md
// describes the tables.
#pragma once

#include "data/datasetcontent.h"
#include "data/result.h"
#include "data/sqlitedatabase.h"

namespace leastbad::data {

inline constexpr int kSchemaVersion = 2;

// Creates the first schema version (kept so that migration stays tested).
Result<void> createSchemaVersion1(SqliteDatabase &db);
// Creates the schema in an empty database, or migrates an older one, to kSchemaVersion,
// and writes the metric definitions.
Result<void> migrateToCurrent(SqliteDatabase &db);
// Success if the database has a schema this program reads; else what is wrong.
Result<void> checkSchema(SqliteDatabase &db);

// Inserts or replaces rows (in the caller's transaction).
Result<void> writeContent(SqliteDatabase &db, const DatasetContent &content);
// Reads every row into `content`; the problem says which query failed and why.
Result<void> readContent(SqliteDatabase &db, DatasetContent &content);

} // namespace leastbad::data
