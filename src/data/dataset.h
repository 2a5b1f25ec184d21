// SPDX-License-Identifier: GPL-3.0-or-later
// A regional dataset opened for reading: the embedded default, or a .sqlite file from
// anywhere, which is untrusted (read-only, hardened, integrity and schema checked
// before any value is used). loadRegion() turns a region's values into the model's
// baseline, filling gaps from the parent region or, as a marked assumption, from the
// United States, and saying for every input where it came from.
#pragma once

#include "data/datasetcontent.h"
#include "data/datasetindex.h"
#include "data/regionrecord.h"
#include "data/result.h"

#include <QString>

#include <optional>

namespace leastbad::data {

class SqliteDatabase;

class Dataset {
public:
    // `path` empty = the embedded default dataset.
    static Result<Dataset> open(const QString &path);
    static Result<Dataset> openEmbedded();
    // A database image in memory (the embedded file, or bytes under test); `label` names it.
    // `verify` false skips the integrity and consistency checks: only for the embedded
    // dataset, which the build made through the importer and its checks.
    static Result<Dataset> openImage(const QByteArray &image, const QString &label,
                                     bool verify = true);

    const QString &label() const { return m_label; }
    int schemaVersion() const { return m_schemaVersion; }
    const DatasetContent &content() const { return m_content; }
    const RegionRow *region(const QString &code) const;

    const SourceRow *source(const QString &id) const;
    // A region's own values of one metric, by year (empty when it has none).
    QList<const ValueRow *> series(const QString &region, const QString &metric) const;

    // The model baseline of a region, or a problem naming the dataset, region and metric. With
    // `asOfYear` (not 0) each input takes its latest value at or before that year, or, when it has
    // none, its earliest value (flagged in the provenance); without, the latest value of each.
    Result<RegionRecord> loadRegion(const QString &code, int asOfYear = 0) const;

    // The reference region for assumptions where a country has no value of its own.
    static QString referenceRegion() { return QStringLiteral("US"); }

private:
    // The rest of opening an image or the embedded file, once SQLite has it open.
    static Result<Dataset> fromOpenImage(SqliteDatabase &db, const QString &label, bool verify);

    QString m_label;
    int m_schemaVersion = 0;
    DatasetContent m_content;
    DatasetIndex m_index; // built once, when the dataset is opened
};

} // namespace leastbad::data
