// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite schema of a regional dataset (versioned with PRAGMA user_version, with
// forward migrations), and moving DatasetContent in and out of it. docs/DATASETS.md
// describes the tables.
#pragma once

#include "data/datasetcontent.h"
#include "data/result.h"
#include "data/sqlitedatabase.h"

#include <optional>

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
// The two parts of readContent: the regions and sources tables (small); the values and
// parameter overrides, of every region or, with `region`, of that one (its code exactly as the
// rows name it), in the order of the whole tables.
Result<void> readRegionsAndSources(SqliteDatabase &db, DatasetContent &content);
Result<void> readValuesAndOverrides(SqliteDatabase &db, DatasetContent &content,
                                    const std::optional<QString> &region);

} // namespace leastbad::data
