// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/dataset.h"

#include "data/datasetstore.h"
#include "data/metrics.h"
#include "data/plausibility.h"
#include "data/regionfields.h"
#include "data/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QResource>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <map>
#include <mutex>

namespace leastbad::data {

namespace {

constexpr qint64 kMaxDatasetBytes = 512ll * 1024 * 1024;

Q_LOGGING_CATEGORY(lcDataset, "leastbad.data.dataset")

std::string text(const QString &s) {
    return s.toStdString();
}

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Resolves metric values for one region: its own figure, else its parent's (a counted
// quantity scaled by population), else the reference region's, as an assumption. Each
// figure is the latest one, or with an as-of year the latest at or before it (else the
// earliest, flagged). Lookups go through the dataset's index: nothing is built per region.
class RegionResolver {
public:
    RegionResolver(const Dataset &dataset, const QString &code, int asOfYear)
        : m_dataset(dataset)
        , m_code(code)
        , m_asOfYear(asOfYear) {}

    struct Pick {
        const ValueRow *row = nullptr;
        bool laterThanAsOfYear = false;
    };

    Pick pick(const QString &region, const QString &metric) const {
        const QList<const ValueRow *> rows = m_dataset.series(region, metric);
        if (rows.isEmpty())
            return {};
        if (m_asOfYear == 0)
            return {rows.back(), false};
        for (qsizetype i = rows.size() - 1; i >= 0; --i)
            if (rows[i]->year <= m_asOfYear)
                return {rows[i], false};
        return {rows.front(), true};
    }

    const ValueRow *own(const QString &region, const char *metric) const {
        return pick(region, QLatin1String(metric)).row;
    }

    struct Resolved {
        double value = 0;
        const ValueRow *row = nullptr;
        ValueProvenance::Origin origin = ValueProvenance::Origin::Own;
        QString from;
        bool laterThanAsOfYear = false;
    };

    std::optional<Resolved> resolve(const char *metric) const {
        const MetricDefinition *definition = findMetric(metric);
        QString region = m_code;
        ValueProvenance::Origin origin = ValueProvenance::Origin::Own;
        for (;;) {
            if (const Pick p = pick(region, QLatin1String(metric)); p.row) {
                Resolved r = scaled(*definition, *p.row, origin, region);
                r.laterThanAsOfYear = p.laterThanAsOfYear;
                markProxy(r);
                return r;
            }
            const RegionRow *r = m_dataset.region(region);
            if (r && !r->parent.isEmpty()) {
                region = r->parent;
                origin = ValueProvenance::Origin::Fallback;
                continue;
            }
            if (region != Dataset::referenceRegion() &&
                m_dataset.region(Dataset::referenceRegion())) {
                region = Dataset::referenceRegion();
                origin = ValueProvenance::Origin::Assumption;
                continue;
            }
            return std::nullopt;
        }
    }

    // A proxy row (a wider area's rate or share, stated for the region) is borrowed, not
    // the region's own: it is marked a fallback from the area its note names first.
    void markProxy(Resolved &r) const {
        const SourceRow *source = m_dataset.source(r.row->source);
        if (!source || source->kind != QStringLiteral("proxy"))
            return;
        r.origin = ValueProvenance::Origin::Fallback;
        static const QRegularExpression kClauseEnd(QStringLiteral("[,:;(]"));
        const QString area = r.row->note.section(kClauseEnd, 0, 0).trimmed();
        r.from = area.isEmpty()
                     ? QCoreApplication::translate("leastbad::data::Dataset", "a wider area")
                     : area;
    }

    // Converts dollars to kDollarYear and scales counts borrowed from another region.
    Resolved scaled(const MetricDefinition &m, const ValueRow &row, ValueProvenance::Origin origin,
                    const QString &from) const {
        Resolved r{row.value, &row, origin,
                   origin == ValueProvenance::Origin::Own ? QString() : from, false};
        if (m.money)
            r.value *= *cpiU(kDollarYear) / *cpiU(row.year);
        if (m.perResident && origin != ValueProvenance::Origin::Own) {
            const ValueRow *fromPopulation = own(from, "population");
            const ValueRow *population = own(m_code, "population");
            if (fromPopulation && population && fromPopulation->value > 0)
                r.value *= population->value / fromPopulation->value;
        }
        return r;
    }

    ValueProvenance provenance(const char *field, const Resolved &r,
                               const QString &derivedNote = {}) const {
        const SourceRow *source = m_dataset.source(r.row->source);
        ValueProvenance p;
        p.field = field;
        // As published; a derived value shows what the model uses, in the field's unit.
        const MetricDefinition *fieldMetric = findMetric(field);
        const bool derived = !derivedNote.isEmpty();
        p.value = text(QString::number(derived ? r.value : r.row->value, 'g', derived ? 4 : 10));
        p.unit = text(derived && fieldMetric ? fromView(fieldMetric->unit) : r.row->unit);
        p.year = r.row->year;
        p.source = text(source ? source->citation : r.row->source);
        if (!r.row->note.isEmpty())
            p.source += " (" + text(r.row->note) + ")";
        if (!derivedNote.isEmpty())
            p.source += "; " + text(derivedNote);
        p.status = text(source ? source->kind : QStringLiteral("unknown"));
        p.origin = derivedNote.isEmpty() ? r.origin : ValueProvenance::Origin::Derived;
        p.modelValue = r.value;
        p.from = text(r.from);
        p.laterThanAsOfYear = r.laterThanAsOfYear;
        return p;
    }

private:
    const Dataset &m_dataset;
    QString m_code;
    int m_asOfYear = 0;
};

// The region's own figures of the metrics the model does not take as inputs.
void addPublished(const RegionResolver &resolver, const QString &code, RegionRecord &record) {
    for (const MetricDefinition &m : metricDefinitions()) {
        const bool input = std::any_of(record.provenance.begin(), record.provenance.end(),
                                       [&m](const ValueProvenance &p) { return p.field == m.key; });
        const RegionResolver::Pick pick = resolver.pick(code, fromView(m.key));
        if (input || !pick.row)
            continue;
        const RegionResolver::Resolved r{
            pick.row->value, pick.row, ValueProvenance::Origin::Own, {}, pick.laterThanAsOfYear};
        record.published.push_back(resolver.provenance(m.key.data(), r));
    }
}

// The counts the over-time chart can draw as observed history.
constexpr const char *kChartedCounts[] = {"prison_population", "violent_crimes", "homicides",
                                          "property_crimes", "jail_population"};

void addHistory(const Dataset &dataset, const QString &code, int asOfYear, RegionRecord &record) {
    for (const char *metric : kChartedCounts) {
        ObservedSeries series{metric, {}};
        for (const ValueRow *row : dataset.series(code, QLatin1String(metric)))
            if (asOfYear == 0 || row->year <= asOfYear)
                series.points.push_back({row->year, row->value, text(row->source)});
        if (!series.points.empty())
            record.history.push_back(std::move(series));
    }
}

// The District of Columbia's code in the default dataset (and a Vera import's parent).
const QString kDistrictOfColumbia = QStringLiteral("DC");

void addNotes(const Dataset &dataset, const RegionResolver &resolver, const RegionRow &row,
              RegionRecord &record) {
    const auto unified = resolver.resolve("unified_prison_jail_system");
    if (unified && unified->value == 1 && unified->origin != ValueProvenance::Origin::Assumption) {
        const RegionRow *system = unified->from.isEmpty() ? &row : dataset.region(unified->from);
        record.notes.push_back(text(
            QCoreApplication::translate(
                "leastbad::data::Dataset",
                "%1 runs one combined prison-and-jail system: the state, not counties, holds "
                "people before trial and on short sentences, so its prison counts include people "
                "who would be in a local jail elsewhere and it has no separate local jails.")
                .arg(system ? system->name : unified->from)));
    }
    for (const RegionRow *r = &row; r;
         r = r->parent.isEmpty() ? nullptr : dataset.region(r->parent))
        if (r->code == kDistrictOfColumbia) {
            record.notes.push_back(text(QCoreApplication::translate(
                "leastbad::data::Dataset",
                "The District of Columbia has no state prisons: people sentenced for "
                "felonies in DC are held by the federal Bureau of Prisons (BOP).")));
            break;
        }
}

// Fills a region's baseline from the resolver, input by input, recording where each value
// came from; the inputs that need more than one figure (the prison stock by group, stays
// by Little's law, the two reincarceration shares, police per 100,000) have a step each.
class BaselineLoader {
public:
    BaselineLoader(const Dataset &dataset, const RegionRow &row, const RegionResolver &resolver,
                   RegionRecord &record)
        : m_dataset(dataset)
        , m_row(row)
        , m_resolver(resolver)
        , m_record(record) {}

    // Every input; the names of those with no value and no fallback.
    QStringList load() {
        take("population", m_record.baseline.population);
        const auto [nonViolent, violent] = prisonStock();
        stays(nonViolent, violent);
        reincarceration();
        crimesAndPolice();
        for (const RegionField &f : regionFields())
            take(f.metric.data(), m_record.baseline.*f.field);
        return m_missing;
    }

private:
    std::optional<RegionResolver::Resolved> take(const char *metric, double &target) {
        const auto r = m_resolver.resolve(metric);
        if (!r) {
            m_missing << QLatin1String(metric);
            return std::nullopt;
        }
        target = r->value;
        m_record.provenance.push_back(m_resolver.provenance(metric, *r));
        return r;
    }

    // The prison population by group, from the count and the violent and repeat shares;
    // returns the non-violent and violent totals.
    std::pair<double, double> prisonStock() {
        core::RegionBaseline &b = m_record.baseline;
        double prisoners = 0, violentShare = 0, repeatShare = 0;
        take("prison_population", prisoners);
        take("violent_share_of_prisoners", violentShare);
        take("repeat_share_of_prisoners", repeatShare);
        const double violent = prisoners * violentShare, nonViolent = prisoners - violent;
        b.prisonPopulation = {nonViolent * (1 - repeatShare), violent * (1 - repeatShare),
                              nonViolent * repeatShare, violent * repeatShare};
        return {nonViolent, violent};
    }

    void stays(double nonViolent, double violent) {
        core::RegionBaseline &b = m_record.baseline;
        const QString &code = m_row.code;
        const RegionResolver &resolver = m_resolver;
        RegionRecord &record = m_record;
        double stayNonViolent = 0, stayViolent = 0;
        const auto nv = take("mean_time_served_years_nonviolent", stayNonViolent);
        const auto v = take("mean_time_served_years_violent", stayViolent);
        // The region's own admissions: the published total, else new court commitments plus
        // violation admissions of one year.
        std::optional<std::pair<double, int>> admissions;
        if (const ValueRow *total = resolver.own(code, "prison_admissions"))
            admissions = {total->value, total->year};
        else if (const ValueRow *court = resolver.own(code, "prison_admissions_new_court"),
                 *violations = resolver.own(code, "prison_admissions_violations");
                 court && violations && court->year == violations->year)
            admissions = {court->value + violations->value, court->year};
        if (nv && v && nv->origin != ValueProvenance::Origin::Own && admissions &&
            admissions->first > 0) {
            // Borrowed stays, but the region publishes its admissions: scale both stays so
            // that the region's own stock and admissions obey Little's law (P = A·L).
            const double implied = nonViolent / stayNonViolent + violent / stayViolent;
            const double factor = implied / admissions->first;
            stayNonViolent = std::clamp(stayNonViolent * factor, 1.0 / 12, 60.0);
            stayViolent = std::clamp(stayViolent * factor, 1.0 / 12, 60.0);
            const QString note =
                QCoreApplication::translate(
                    "leastbad::data::Dataset",
                    "scaled by %1 so that prison population / admissions (%2, %3) holds")
                    .arg(factor, 0, 'f', 3)
                    .arg(admissions->first)
                    .arg(admissions->second);
            RegionResolver::Resolved scaledNonViolent = *nv, scaledViolent = *v;
            scaledNonViolent.value = stayNonViolent;
            scaledViolent.value = stayViolent;
            record.provenance[record.provenance.size() - 2] =
                resolver.provenance("mean_time_served_years_nonviolent", scaledNonViolent, note);
            record.provenance.back() =
                resolver.provenance("mean_time_served_years_violent", scaledViolent, note);
        }
        b.meanTimeServedYears = {stayNonViolent, stayViolent, stayNonViolent, stayViolent};
    }

    void reincarceration() {
        core::RegionBaseline &b = m_record.baseline;
        const QString &code = m_row.code;
        const RegionResolver &resolver = m_resolver;
        RegionRecord &record = m_record;
        const RegionRow *row = &m_row;
        const auto within3 = take("reincarcerated_within_3y", b.reincarceratedWithin3Years);
        const auto within5 = take("reincarcerated_within_5y", b.reincarceratedWithin5Years);
        // The region each share was found in, and how many steps up the parent chain that is
        // (the reference region, when assumed, counts as farthest).
        auto sourceOf = [&code](const RegionResolver::Resolved &r) {
            return r.origin == ValueProvenance::Origin::Own ? code : r.from;
        };
        auto distance = [&](const QString &region) {
            int steps = 0;
            for (const RegionRow *r = row; r;
                 r = r->parent.isEmpty() ? nullptr : m_dataset.region(r->parent)) {
                if (r->code == region)
                    return steps;
                ++steps;
            }
            return 1 << 20;
        };
        if (within3 && within5 && sourceOf(*within3) != sourceOf(*within5)) {
            // The shares come from different regions (the region's own and a parent's, or a
            // parent's and the country's): keep the nearer one and give the other the farther
            // region's 5-to-3-year ratio, so that the two agree.
            const bool own3 = distance(sourceOf(*within3)) < distance(sourceOf(*within5));
            const QString kept = sourceOf(own3 ? *within3 : *within5);
            const QString from = sourceOf(own3 ? *within5 : *within3);
            const ValueRow *other3 = resolver.own(from, "reincarcerated_within_3y");
            const ValueRow *other5 = resolver.own(from, "reincarcerated_within_5y");
            const double ratio =
                other3 && other5 && other3->value > 0 ? other5->value / other3->value : 1.1;
            const QString note =
                QCoreApplication::translate(
                    "leastbad::data::Dataset",
                    "from the %1-year share of %2 and the %3 ratio of 5- to 3-year shares (%4)")
                    .arg(own3 ? 3 : 5)
                    .arg(kept, from)
                    .arg(ratio, 0, 'f', 3);
            if (own3) {
                b.reincarceratedWithin5Years = std::min(0.99, b.reincarceratedWithin3Years * ratio);
                RegionResolver::Resolved derived5 = *within5;
                derived5.value = b.reincarceratedWithin5Years;
                record.provenance.back() =
                    resolver.provenance("reincarcerated_within_5y", derived5, note);
            } else {
                b.reincarceratedWithin3Years = b.reincarceratedWithin5Years / ratio;
                RegionResolver::Resolved derived3 = *within3;
                derived3.value = b.reincarceratedWithin3Years;
                record.provenance[record.provenance.size() - 2] =
                    resolver.provenance("reincarcerated_within_3y", derived3, note);
            }
        }
    }

    void crimesAndPolice() {
        core::RegionBaseline &b = m_record.baseline;
        const QString &code = m_row.code;
        const RegionResolver &resolver = m_resolver;
        RegionRecord &record = m_record;
        double violentCrimes = 0;
        take("homicides", b.homicides);
        take("violent_crimes", violentCrimes);
        b.otherViolentCrimes = std::max(0.0, violentCrimes - b.homicides);
        take("property_crimes", b.propertyCrimes);

        const ValueRow *officers = resolver.own(code, "police_officers");
        if (!resolver.own(code, "police_per_100k") && officers && b.population > 0) {
            b.policePer100k = officers->value / b.population * 1e5;
            RegionResolver::Resolved r{b.policePer100k, officers, ValueProvenance::Origin::Own, {}};
            record.provenance.push_back(resolver.provenance(
                "police_per_100k", r,
                QCoreApplication::translate(
                    "leastbad::data::Dataset",
                    "per 100,000 residents from the officer count and the population")));
        } else {
            take("police_per_100k", b.policePer100k);
        }
    }

    const Dataset &m_dataset;
    const RegionRow &m_row;
    const RegionResolver &m_resolver;
    RegionRecord &m_record;
    QStringList m_missing;
};

} // namespace

Result<Dataset> Dataset::open(const QString &path) {
    QString error;
    if (path.isEmpty())
        return openEmbedded();
    const QFileInfo info(path);
    if (!info.exists()) {
        error =
            QCoreApplication::translate("leastbad::data::Dataset", "%1: no such file").arg(path);
        return Problem::of(error);
    }
    // A pipe or a device could block the open forever or never end; a folder is no file.
    if (!info.isFile()) {
        error = QCoreApplication::translate("leastbad::data::Dataset",
                                            "%1: not a regular file; not opened")
                    .arg(path);
        return Problem::of(error);
    }
    if (info.size() > kMaxDatasetBytes) {
        error = QCoreApplication::translate("leastbad::data::Dataset",
                                            "%1: larger than %2 MiB; not opened")
                    .arg(path)
                    .arg(kMaxDatasetBytes / (1024 * 1024));
        return Problem::of(error);
    }
    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnlyUntrusted)) {
        error = QCoreApplication::translate("leastbad::data::Dataset", "%1: cannot open: %2")
                    .arg(path, db.error());
        return Problem::of(error);
    }
    return fromOpenDatabase(std::move(db), path, true);
}

Result<Dataset> Dataset::fromOpenDatabase(SqliteDatabase &&db, const QString &label, bool verify) {
    const QString check = verify ? db.quickCheck() : QStringLiteral("ok");
    if (check != QStringLiteral("ok"))
        return Problem::of(
            QCoreApplication::translate("leastbad::data", "%1: not a usable SQLite database (%2)")
                .arg(label, check));
    if (const Result<void> schema = checkSchema(db); !schema)
        return Problem::of(label + QStringLiteral(": ") + schema.errorText());
    // A file to check is read whole; the embedded dataset, its regions and sources for now.
    DatasetContent content;
    if (const Result<void> read =
            verify ? readContent(db, content) : readRegionsAndSources(db, content);
        !read)
        return Problem::of(QCoreApplication::translate("leastbad::data", "%1: cannot read: %2")
                               .arg(label, read.errorText()));
    // An untrusted file is checked as strictly as an imported CSV before any value is used;
    // its problems name the dataset, as a CSV file's name the file.
    content.regionsFile = content.sourcesFile = content.valuesFile = content.overridesFile = label;
    Problems problems;
    if (verify) {
        checkConsistency(content, label, problems);
        checkStoredValues(content, label, problems);
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const DatasetProblem &p : problems.mid(0, 20))
            lines << p.text();
        if (problems.size() > 20)
            lines << QCoreApplication::translate("leastbad::data", "... and %1 more problems")
                         .arg(problems.size() - 20);
        return Problem::of(lines.join(QLatin1Char('\n')));
    }
    Dataset dataset;
    dataset.m_label = label;
    dataset.m_schemaVersion = db.userVersion();
    dataset.m_content = std::move(content);
    dataset.m_index.build(dataset.m_content);
    if (!verify)
        dataset.m_lazy = std::make_shared<Lazy>(std::move(db));
    return dataset;
}

Result<Dataset> Dataset::openImage(const QByteArray &image, const QString &label, bool verify) {
    SqliteDatabase db;
    if (!db.openImage(image))
        return Problem::of(
            QCoreApplication::translate("leastbad::data::Dataset", "%1: cannot open: %2")
                .arg(label, db.error()));
    return fromOpenDatabase(std::move(db), label, verify);
}

Result<Dataset> Dataset::openEmbedded() {
    const QResource resource(QStringLiteral(":/datasets/default.sqlite"));
    if (!resource.isValid())
        return Problem::of(QCoreApplication::translate(
            "leastbad::data::Dataset", "the embedded default dataset is missing from this build"));
    const QString label = QCoreApplication::translate("leastbad::data::Dataset", "default dataset");
    if (resource.compressionAlgorithm() != QResource::NoCompression)
        return openImage(resource.uncompressedData(), label, false);
    // The build stores it uncompressed (src/data/CMakeLists.txt): SQLite reads the bytes where
    // they lie in the program, with no copy. Like openImage(…, false) it skips the integrity
    // and consistency checks, which the build ran when it made the file.
    SqliteDatabase db;
    if (!db.openStaticImage(reinterpret_cast<const char *>(resource.data()),
                            qsizetype(resource.size())))
        return Problem::of(
            QCoreApplication::translate("leastbad::data::Dataset", "%1: cannot open: %2")
                .arg(label, db.error()));
    return fromOpenDatabase(std::move(db), label, false);
}

// The embedded dataset's connection and the rows read through it. What it has read is kept and
// never changed, so a row's address stays valid while the dataset (or a copy) lives.
struct Dataset::Lazy {
    explicit Lazy(SqliteDatabase &&database)
        : db(std::move(database)) {}

    // One region's values and parameter overrides, indexed as a whole dataset's.
    struct Slice {
        DatasetContent content;
        DatasetIndex index;
        QString error; // why the rows could not be read; empty when they were
    };

    // The rows of `region` (exactly as the values name it), read on the first call.
    const Slice &slice(const QString &region) {
        const std::lock_guard lock(mutex);
        std::unique_ptr<Slice> &slice = slices[region];
        if (!slice) {
            slice = std::make_unique<Slice>();
            if (const Result<void> read = readValuesAndOverrides(db, slice->content, region);
                !read) {
                slice->error = read.errorText();
                slice->content = {};
            }
            slice->index.build(slice->content);
        }
        return *slice;
    }

    // Every row, read on the first call; `regionsAndSources` are those read at opening.
    const DatasetContent &everything(const DatasetContent &regionsAndSources,
                                     const QString &label) {
        std::call_once(wholeOnce, [&] {
            whole = regionsAndSources;
            const std::lock_guard lock(mutex);
            if (const Result<void> read = readValuesAndOverrides(db, whole, std::nullopt); !read) {
                // Cannot happen to the file the build made and checked, short of a broken
                // program; the rows read at opening remain.
                qCWarning(lcDataset, "%s: cannot read: %s", qPrintable(label),
                          qPrintable(read.errorText()));
                whole.values.clear();
                whole.overrides.clear();
            }
            wholeIndex.build(whole);
            wholeRead.store(true, std::memory_order_release);
        });
        return whole;
    }

    std::mutex mutex;
    SqliteDatabase db; // used only under the lock
    std::map<QString, std::unique_ptr<Slice>> slices;
    std::once_flag wholeOnce;
    std::atomic<bool> wholeRead{false}; // once set, whole and wholeIndex answer every lookup
    DatasetContent whole;
    DatasetIndex wholeIndex;
};

const DatasetContent &Dataset::content() const {
    return m_lazy ? m_lazy->everything(m_content, m_label) : m_content;
}

const RegionRow *Dataset::region(const QString &code) const {
    const int i = m_index.region(code);
    return i < 0 ? nullptr : &m_content.regions[i];
}

const SourceRow *Dataset::source(const QString &id) const {
    const int i = m_index.source(id);
    return i < 0 ? nullptr : &m_content.sources[i];
}

std::pair<const DatasetContent *, const DatasetIndex *>
Dataset::rowsOf(const QString &region) const {
    if (!m_lazy)
        return {&m_content, &m_index};
    if (m_lazy->wholeRead.load(std::memory_order_acquire))
        return {&m_lazy->whole, &m_lazy->wholeIndex};
    const Lazy::Slice &slice = m_lazy->slice(region);
    return {&slice.content, &slice.index};
}

QList<const ValueRow *> Dataset::series(const QString &region, const QString &metric) const {
    const auto [content, index] = rowsOf(region);
    QList<const ValueRow *> rows;
    if (const QList<int> *indices = index->series(region, metric)) {
        rows.reserve(indices->size());
        for (int i : *indices)
            rows.append(&content->values[i]);
    }
    return rows;
}

QList<const OverrideRow *> Dataset::overrides(const QString &region) const {
    const auto [content, index] = rowsOf(region);
    QList<const OverrideRow *> rows;
    for (int i : index->overrides(region))
        rows.append(&content->overrides[i]);
    return rows;
}

Result<RegionRecord> Dataset::loadRegion(const QString &requested, int asOfYear) const {
    QString error;
    const RegionRow *row = region(requested);
    if (!row) {
        error = QCoreApplication::translate(
                    "leastbad::data::Dataset",
                    "%1: no region \"%2\" (leastbad-cli dataset list shows the codes)")
                    .arg(m_label, requested);
        return Problem::of(error);
    }
    const QString code = row->code;
    // Read as asked: the rows of the region, its parents and the reference region, whose
    // reading can fail (a lookup of any other region's rows finds none).
    if (m_lazy && !m_lazy->wholeRead.load(std::memory_order_acquire)) {
        QStringList chain{referenceRegion()};
        for (const RegionRow *r = row; r; r = r->parent.isEmpty() ? nullptr : region(r->parent))
            if (!chain.contains(r->code))
                chain << r->code;
        for (const QString &c : chain)
            if (const QString &failed = m_lazy->slice(c).error; !failed.isEmpty())
                return Problem::of(
                    QCoreApplication::translate("leastbad::data", "%1: cannot read: %2")
                        .arg(m_label, failed));
    }
    const RegionResolver resolver(*this, code, asOfYear);
    RegionRecord record;
    record.asOfYear = asOfYear;
    core::RegionBaseline &b = record.baseline;
    b.code = text(code);
    b.name = text(row->name);
    b.dollarYear = kDollarYear;

    const QStringList missing = BaselineLoader(*this, *row, resolver, record).load();

    // Parameter overrides: the region's own, then its ancestors' for parameters it leaves.
    for (const RegionRow *r = row; r; r = r->parent.isEmpty() ? nullptr : region(r->parent)) {
        for (const OverrideRow *each : overrides(r->code)) {
            const OverrideRow &o = *each;
            const std::string key = text(o.parameter);
            const bool already =
                std::any_of(b.parameterOverrides.begin(), b.parameterOverrides.end(),
                            [&](const auto &existing) { return existing.first == key; });
            if (already)
                continue;
            b.parameterOverrides.emplace_back(key, o.value);
            ValueProvenance p;
            p.field = "parameter " + key;
            p.value = text(QString::number(o.value, 'g', 10));
            p.year = 0;
            p.source =
                text(o.source) + (o.note.isEmpty() ? std::string() : " (" + text(o.note) + ")");
            p.status = "override";
            p.origin = r == row ? ValueProvenance::Origin::Own : ValueProvenance::Origin::Fallback;
            p.from = r == row ? std::string() : text(r->code);
            p.modelValue = o.value;
            record.provenance.push_back(p);
        }
    }

    if (!missing.isEmpty()) {
        error = QCoreApplication::translate("leastbad::data::Dataset",
                                            "%1: region %2 has no value, and no fallback, for: %3")
                    .arg(m_label, code, missing.join(QStringLiteral(", ")));
        return Problem::of(error);
    }
    // The data year is the most recent year of the region's own published figures
    // (assumptions carry the year they were made, not a data year).
    b.dataYear = 0;
    for (const ValueProvenance &p : record.provenance) {
        if ((p.origin == ValueProvenance::Origin::Own ||
             p.origin == ValueProvenance::Origin::Derived) &&
            p.status != "assumption" && p.status != "override")
            b.dataYear = std::max(b.dataYear, p.year);
    }
    addPublished(resolver, code, record);
    addHistory(*this, code, asOfYear, record);
    addNotes(*this, resolver, *row, record);
    const auto problems = core::validate(b);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines << QString::fromStdString(p.field) + QStringLiteral(": ") +
                         QString::fromStdString(p.message);
        error =
            QCoreApplication::translate("leastbad::data::Dataset",
                                        "%1: region %2 gives a baseline the model cannot use: %3")
                .arg(m_label, code, lines.join(QStringLiteral("; ")));
        return Problem::of(error);
    }
    return record;
}

} // namespace leastbad::data
