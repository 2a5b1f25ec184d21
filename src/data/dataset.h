// SPDX-License-Identifier: GPL-3.0-or-later
// A regional dataset opened for reading: the embedded default, or a .sqlite file from
// anywhere, which is untrusted (read-only, hardened, integrity and schema checked
// before any value is used). loadRegion() turns a region's values into the model's
// baseline, filling gaps from the parent region or, as a marked assumption, from the
// United States, and saying for every input where it came from.
//
// A file from outside is read whole when it is opened, since every row is checked. The
// embedded dataset, which the build checked, is read as it is asked: its regions and sources
// at once, each region's values and overrides the first time they are looked up, everything
// at the first content(). Its const functions may be called from several threads at once,
// like those of a dataset read whole: what is read later is read under a lock, and kept.
#pragma once

#include "data/datasetcontent.h"
#include "data/datasetindex.h"
#include "data/regionrecord.h"
#include "data/result.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

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
    // Every row (on a dataset read as asked, read now, once).
    const DatasetContent &content() const;
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
    struct Lazy; // the embedded dataset's connection and what it has read so far

    // The rows and index that hold `region`'s values and overrides.
    std::pair<const DatasetContent *, const DatasetIndex *> rowsOf(const QString &region) const;
    // A region's parameter overrides, in the dataset's order.
    QList<const OverrideRow *> overrides(const QString &region) const;

    // The rest of opening a file, an image or the embedded dataset, once SQLite has it open;
    // without `verify`, the dataset keeps the connection and reads the rest as it is asked.
    static Result<Dataset> fromOpenDatabase(SqliteDatabase &&db, const QString &label, bool verify);

    QString m_label;
    int m_schemaVersion = 0;
    // Read whole: every row. Read as asked: the regions and sources only.
    DatasetContent m_content;
    DatasetIndex m_index;         // built once, when the dataset is opened
    std::shared_ptr<Lazy> m_lazy; // null when read whole; shared by copies
};

} // namespace leastbad::data
