// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/datasetimport.h"

#include "data/atomicfile.h"
#include "data/dataset.h"
#include "data/datasetstore.h"
#include "data/safetext.h"
#include "data/sqlitedatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QTemporaryFile>

namespace leastbad::data {

namespace {

QString valueKey(const ValueRow &v) {
    return v.region + QLatin1Char('|') + v.metric + QLatin1Char('|') + QString::number(v.year);
}

// Existing rows that the incoming ones do not replace, followed by the incoming rows.
DatasetContent merge(const DatasetContent &existing, const DatasetContent &incoming) {
    DatasetContent merged = incoming;
    QSet<QString> regions, sources, values, overrides;
    for (const RegionRow &r : incoming.regions)
        regions.insert(r.code);
    for (const SourceRow &s : incoming.sources)
        sources.insert(s.id);
    for (const ValueRow &v : incoming.values)
        values.insert(valueKey(v));
    for (const OverrideRow &o : incoming.overrides)
        overrides.insert(o.region + QLatin1Char('|') + o.parameter);
    for (const RegionRow &r : existing.regions)
        if (!regions.contains(r.code))
            merged.regions.prepend(r);
    for (const SourceRow &s : existing.sources)
        if (!sources.contains(s.id))
            merged.sources.prepend(s);
    for (const ValueRow &v : existing.values)
        if (!values.contains(valueKey(v)))
            merged.values.prepend(v);
    for (const OverrideRow &o : existing.overrides)
        if (!overrides.contains(o.region + QLatin1Char('|') + o.parameter))
            merged.overrides.prepend(o);
    return merged;
}

// Written by exportCsv beside the four files: for each, the SHA-256 of what it wrote and
// of what the file held before ("<new> <previous> <name>", "-" for no file).
constexpr char kManifestName[] = "leastbad-export.manifest";

QByteArray sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "-";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The export renames its files one by one: a kill between two renames leaves some files
// new and some as they were. Then every file matches either the manifest's new or its
// previous sum, and not all the new one: the set is refused. A file edited since matches
// neither and is the user's own; it is read.
void checkManifest(const QString &valuesCsv, Problems &problems) {
    const QDir dir = QFileInfo(valuesCsv).absoluteDir();
    const QString path = dir.filePath(QLatin1String(kManifestName));
    QFile manifest(path);
    if (!manifest.open(QIODevice::ReadOnly) || manifest.size() > 4096)
        return;
    QStringList stale;
    bool edited = false;
    for (const QByteArray &line : manifest.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || parts[2].contains('/'))
            continue;
        const QString name = QString::fromUtf8(parts[2]);
        const QByteArray now = sha256Of(dir.filePath(name));
        if (now == parts[0])
            continue;
        if (now == parts[1])
            stale << name;
        else
            edited = true;
    }
    if (!stale.isEmpty() && !edited)
        problems.append(
            {path,
             0,
             0,
             {},
             QCoreApplication::translate(
                 "leastbad::data", "the last export into this folder was interrupted: %1 as before "
                                   "it, the other files new; export again")
                 .arg(stale.join(QStringLiteral(", ")))});
}

struct Prepared {
    ImportResult result;
    DatasetContent incoming;
};

Prepared prepare(const ImportRequest &request) {
    Prepared p;
    DatasetContent existing;
    if (!request.target.isEmpty() && QFileInfo::exists(request.target)) {
        const Result<Dataset> target = Dataset::open(request.target);
        if (!target) {
            p.result.problems.append(
                {request.target,
                 0,
                 0,
                 {},
                 QCoreApplication::translate(
                     "leastbad::data", "the target is not a dataset this program can add to: %1")
                     .arg(target.errorText())});
            return p;
        }
        existing = target->content();
    }
    checkManifest(request.valuesCsv, p.result.problems);
    if (!request.regionsCsv.isEmpty())
        readRegionsCsv(request.regionsCsv, p.incoming, p.result.problems);
    if (!request.sourcesCsv.isEmpty())
        readSourcesCsv(request.sourcesCsv, p.incoming, p.result.problems);
    readValuesCsv(request.valuesCsv, p.incoming, p.result.problems);
    if (!request.overridesCsv.isEmpty())
        readOverridesCsv(request.overridesCsv, p.incoming, p.result.problems);
    DatasetContent merged = merge(existing, p.incoming);
    merged.valuesFile = p.incoming.valuesFile;
    merged.regionsFile = p.incoming.regionsFile.isEmpty() ? request.target : p.incoming.regionsFile;
    merged.sourcesFile = p.incoming.sourcesFile.isEmpty() ? request.target : p.incoming.sourcesFile;
    merged.overridesFile = p.incoming.overridesFile;
    checkConsistency(merged, request.target, p.result.problems);
    p.result.regions = int(p.incoming.regions.size());
    p.result.sources = int(p.incoming.sources.size());
    p.result.values = int(p.incoming.values.size());
    return p;
}

QByteArray csvLine(const QStringList &fields) {
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields[i]);
    }
    return line + '\n';
}

QString number(double v) {
    return QString::number(v, 'g', 17);
}

bool saveAtomically(const QString &path, const QByteArray &bytes, Problems &problems) {
    const QString reason = writeFileAtomically(path, bytes);
    if (!reason.isEmpty()) {
        problems.append(
            {path,
             0,
             0,
             {},
             QCoreApplication::translate("leastbad::data", "cannot write: %1").arg(reason)});
        return false;
    }
    return true;
}

} // namespace

ImportResult validateImport(const ImportRequest &request) {
    return prepare(request).result;
}

ImportResult importCsv(const ImportRequest &request) {
    const QFileInfo targetInfo(request.target);
    if (const QString refused = refuseLinkOrSpecial(request.target); !refused.isEmpty()) {
        ImportResult result;
        result.problems.append({request.target, 0, 0, {}, refused});
        return result;
    }
    // One import at a time into a file: a second one waits for the first (so it reads
    // the rows the first added) and gives up with a message after request.lockWaitMs.
    QLockFile lock(request.target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock.tryLock(request.lockWaitMs)) {
        ImportResult result;
        result.problems.append(
            {request.target,
             0,
             0,
             {},
             lock.error() == QLockFile::LockFailedError
                 ? QCoreApplication::translate(
                       "leastbad::data",
                       "another import into this dataset is still running (lock file %1); "
                       "nothing was imported, try again when it has finished")
                       .arg(lock.fileName())
                 : QCoreApplication::translate("leastbad::data",
                                               "cannot create the lock file %1 beside it")
                       .arg(lock.fileName())});
        return result;
    }
    Prepared p = prepare(request);
    if (!p.result.ok())
        return p.result;
    p.result.problems = writeDatasetFile(request.target, p.incoming, true);
    return p.result;
}

Problems writeDatasetFile(const QString &target, const DatasetContent &rows, bool keepExisting) {
    Problems problems;
    // Build the new file beside the target, then swap it in whole. Scratch files a killed
    // import left behind (the copy and its journal) are removed first.
    const QFileInfo targetInfo(target);
    removeStaleScratch(targetInfo.absolutePath(),
                       QLatin1Char('.') + targetInfo.fileName() + QStringLiteral(".leastbad-"));
    QTemporaryFile scratch(targetInfo.absoluteDir().filePath(scratchName(targetInfo.fileName())));
    if (!scratch.open()) {
        problems.append({target,
                         0,
                         0,
                         {},
                         QCoreApplication::translate("leastbad::data",
                                                     "cannot create a temporary file beside it: %1")
                             .arg(scratch.errorString())});
        return problems;
    }
    // SQLite's rollback journal beside the scratch copy goes with it, on every path
    // (a failed write can leave it behind).
    const struct JournalRemover {
        QString path;
        ~JournalRemover() { QFile::remove(path); }
    } journal{scratch.fileName() + QStringLiteral("-journal")};
    QFile original(target);
    if (keepExisting && targetInfo.exists() && !original.open(QIODevice::ReadOnly)) {
        problems.append({target,
                         0,
                         0,
                         {},
                         QCoreApplication::translate("leastbad::data", "cannot read: %1")
                             .arg(original.errorString())});
        return problems;
    }
    // A full disk shows up here or in SQLite's writes; the message says which.
    const QString copyProblem =
        writeAll(scratch, original.isOpen() ? original.readAll() : QByteArray());
    if (!copyProblem.isEmpty()) {
        problems.append(
            {target,
             0,
             0,
             {},
             QCoreApplication::translate("leastbad::data", "cannot copy it to a temporary file: %1")
                 .arg(copyProblem)});
        return problems;
    }
    {
        SqliteDatabase db;
        Result<void> written;
        // The scratch file is thrown away on any failure and swapped in whole on success,
        // so it needs no journal and no syncs of its own (the swap syncs).
        if (!db.open(scratch.fileName(), SqliteDatabase::Mode::ReadWrite) ||
            !db.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                    "PRAGMA cache_size = -65536")) ||
            !db.exec(QStringLiteral("BEGIN")) || !(written = migrateToCurrent(db)) ||
            !(written = writeContent(db, rows)) || !db.exec(QStringLiteral("COMMIT"))) {
            problems.append(
                {target,
                 0,
                 0,
                 {},
                 QCoreApplication::translate("leastbad::data", "cannot write the dataset: %1")
                     .arg(written ? db.error() : written.errorText())});
            return problems;
        }
    }
    scratch.seek(0);
    const QByteArray bytes = scratch.readAll();
    saveAtomically(target, bytes, problems);
    return problems;
}

Problems exportCsv(const DatasetContent &content, const QString &folder) {
    Problems problems;
    const QDir dir(folder);
    if (!dir.exists()) {
        problems.append(
            {folder, 0, 0, {}, QCoreApplication::translate("leastbad::data", "no such folder")});
        return problems;
    }
    QByteArray regions = csvLine(regionsHeader());
    for (const RegionRow &r : content.regions)
        regions += csvLine({r.code, r.name, r.kind, r.parent});
    QByteArray sources = csvLine(sourcesHeader());
    for (const SourceRow &s : content.sources)
        sources += csvLine({s.id, s.citation, s.address, s.dateRead, s.licence, s.kind});
    QByteArray values = csvLine(valuesHeader());
    for (const ValueRow &v : content.values)
        values += csvLine({v.region, v.metric, number(v.value), v.unit, QString::number(v.year),
                           v.source, v.note});
    QByteArray overrides = csvLine(overridesHeader());
    for (const OverrideRow &o : content.overrides)
        overrides += csvLine({o.region, o.parameter, number(o.value), o.source, o.note});
    // All four or none, so that a failed export never leaves a mixed set behind. The
    // manifest goes in first: a kill between the renames leaves a mixed set that an import
    // recognises and refuses (checkManifest).
    const QList<FileContents> files = {
        {dir.filePath(QStringLiteral("regions.csv")), regions},
        {dir.filePath(QStringLiteral("sources.csv")), sources},
        {dir.filePath(QStringLiteral("values.csv")), values},
        {dir.filePath(QStringLiteral("parameter_overrides.csv")), overrides}};
    QByteArray manifest;
    for (const FileContents &f : files)
        manifest += QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex() + ' ' +
                    sha256Of(f.path) + ' ' + QFileInfo(f.path).fileName().toUtf8() + '\n';
    QString failedPath;
    const QString reason = writeFilesAtomically(
        QList<FileContents>{{dir.filePath(QLatin1String(kManifestName)), manifest}} + files,
        failedPath);
    if (!reason.isEmpty())
        problems.append(
            {failedPath,
             0,
             0,
             {},
             QCoreApplication::translate("leastbad::data", "cannot write: %1").arg(reason)});
    return problems;
}

ImportRequest requestForFolderOf(const QString &valuesCsv, const QString &target) {
    const QDir dir = QFileInfo(valuesCsv).absoluteDir();
    ImportRequest request;
    request.valuesCsv = valuesCsv;
    request.target = target;
    auto sibling = [&dir](const char *name) {
        const QString path = dir.filePath(QLatin1String(name));
        return QFileInfo::exists(path) ? path : QString();
    };
    request.regionsCsv = sibling("regions.csv");
    request.sourcesCsv = sibling("sources.csv");
    request.overridesCsv = sibling("parameter_overrides.csv");
    return request;
}

} // namespace leastbad::data
