// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scenariodocument.h"

#include "data/scenarioopen.h"

#include <QFile>
#include <QUndoCommand>

#include <algorithm>

namespace leastbad::gui {

namespace {

QString leverName(const core::LeverSpec &lever) {
    return QString::fromUtf8(lever.label.data(), qsizetype(lever.label.size()));
}

// Any change that replaces the scenario as a whole: weights, region, reset, copy.
class SnapshotCommand final : public QUndoCommand {
public:
    SnapshotCommand(ScenarioDocument *doc, const QString &text, data::Scenario after,
                    data::RegionRecord regionAfter)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(doc->scenario())
        , m_regionBefore(doc->region())
        , m_after(std::move(after))
        , m_regionAfter(std::move(regionAfter)) {}
    void redo() override { m_doc->restore(m_after, m_regionAfter); }
    void undo() override { m_doc->restore(m_before, m_regionBefore); }

private:
    ScenarioDocument *m_doc;
    data::Scenario m_before;
    data::RegionRecord m_regionBefore;
    data::Scenario m_after;
    data::RegionRecord m_regionAfter;
};

} // namespace

class SetLeverCommand final : public QUndoCommand {
public:
    SetLeverCommand(ScenarioDocument *doc, int policy, const core::LeverSpec &lever, double value,
                    int dragId)
        : QUndoCommand(QObject::tr("Change %1 (%2)").arg(leverName(lever), doc->policyName(policy)))
        , m_doc(doc)
        , m_policy(policy)
        , m_lever(&lever)
        , m_before(core::leverValue(doc->policy(policy), lever))
        , m_after(value)
        , m_dragId(dragId) {}
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override {
        const auto *o = static_cast<const SetLeverCommand *>(other);
        if (m_dragId <= 0 || o->m_dragId != m_dragId || o->m_policy != m_policy ||
            o->m_lever != m_lever)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override { m_doc->applyLever(m_policy, *m_lever, m_after); }
    void undo() override { m_doc->applyLever(m_policy, *m_lever, m_before); }

private:
    ScenarioDocument *m_doc;
    int m_policy;
    const core::LeverSpec *m_lever;
    double m_before;
    double m_after;
    int m_dragId;
};

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent) {
    QString error;
    m_dataset = data::Dataset::openEmbedded().take(error);
    if (!m_dataset)
        qFatal("%s", qPrintable(error)); // the embedded dataset is part of the build
    newScenario();
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ScenarioDocument::changed);
}

void ScenarioDocument::newScenario() {
    QString error;
    m_region = *m_dataset->loadRegion(QStringLiteral("US"));
    m_scenario = data::Scenario{};
    m_scenario.region = QStringLiteral("US");
    m_scenario.draws = 1000; // fast enough to follow a dragged slider
    m_scenario.policies = {{tr("Policy A"), statusQuo()}, {tr("Policy B"), statusQuo()}};
    m_filePath.clear();
    m_undo.clear();
    emit filePathChanged();
    emit regionChanged();
    emit changed();
}

void ScenarioDocument::applyLever(int policyIndex, const core::LeverSpec &lever, double value) {
    core::setLeverValue(m_scenario.policies[policyIndex].policy, lever, value);
    emit changed();
}

void ScenarioDocument::setLever(int policyIndex, const core::LeverSpec &lever, double value,
                                int dragId) {
    if (core::leverValue(policy(policyIndex), lever) == value)
        return;
    m_undo.push(new SetLeverCommand(this, policyIndex, lever, value, dragId));
}

void ScenarioDocument::setWeights(const core::MoralWeights &weights) {
    data::Scenario after = m_scenario;
    after.weights = weights;
    m_undo.push(new SnapshotCommand(this, tr("Change moral weights"), after, m_region));
}

void ScenarioDocument::setDraws(int draws) {
    data::Scenario after = m_scenario;
    after.draws = draws;
    m_undo.push(new SnapshotCommand(this, tr("Change draws"), after, m_region));
}

void ScenarioDocument::resetPolicy(int policyIndex) {
    data::Scenario after = m_scenario;
    after.policies[policyIndex].policy = statusQuo();
    m_undo.push(new SnapshotCommand(
        this, tr("Reset %1 to the status quo").arg(after.policies[policyIndex].name), after,
        m_region));
}

void ScenarioDocument::setPolicy(int policyIndex, const core::Policy &policy, const QString &name) {
    data::Scenario after = m_scenario;
    after.policies[policyIndex].policy = policy;
    if (!name.isEmpty())
        after.policies[policyIndex].name = name;
    m_undo.push(new SnapshotCommand(this, tr("Load %1").arg(after.policies[policyIndex].name),
                                    after, m_region));
}

QString ScenarioDocument::unusedName(const QString &base) const {
    auto taken = [this](const QString &name) {
        return std::any_of(m_scenario.policies.begin(), m_scenario.policies.end(),
                           [&name](const data::NamedPolicy &p) { return p.name == name; });
    };
    if (!base.isEmpty() && !taken(base))
        return base;
    for (int n = base.isEmpty() ? 0 : 2;; ++n) {
        const QString name = !base.isEmpty() ? tr("%1 (%2)").arg(base).arg(n)
                             : n < 26        ? tr("Policy %1").arg(QChar(char16_t(u'A' + n)))
                                             : tr("Policy %1").arg(n + 1);
        if (!taken(name))
            return name;
    }
}

int ScenarioDocument::addPolicy(const QString &name, const std::optional<core::Policy> &policy) {
    data::Scenario after = m_scenario;
    after.policies << data::NamedPolicy{name.isEmpty() ? unusedName() : name,
                                        policy.value_or(statusQuo())};
    m_undo.push(
        new SnapshotCommand(this, tr("Add %1").arg(after.policies.back().name), after, m_region));
    return policyCount() - 1;
}

int ScenarioDocument::duplicatePolicy(int index) {
    return addPolicy(unusedName(policyName(index)), policy(index));
}

void ScenarioDocument::removePolicy(int index) {
    if (policyCount() <= 1 || index < 0 || index >= policyCount())
        return;
    data::Scenario after = m_scenario;
    after.policies.removeAt(index);
    m_undo.push(new SnapshotCommand(this, tr("Remove %1").arg(policyName(index)), after, m_region));
}

void ScenarioDocument::movePolicy(int from, int to) {
    if (from == to || from < 0 || to < 0 || from >= policyCount() || to >= policyCount())
        return;
    data::Scenario after = m_scenario;
    after.policies.move(from, to);
    m_undo.push(new SnapshotCommand(this, tr("Move %1").arg(policyName(from)), after, m_region));
}

void ScenarioDocument::renamePolicy(int index, const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == policyName(index))
        return;
    data::Scenario after = m_scenario;
    after.policies[index].name = trimmed;
    m_undo.push(new SnapshotCommand(this, tr("Rename %1 to %2").arg(policyName(index), trimmed),
                                    after, m_region));
}

QString ScenarioDocument::setRegion(const QString &code) {
    return switchRegion(code, m_scenario.year, false);
}

QString ScenarioDocument::setYear(int year) {
    return switchRegion(m_scenario.region, year, true);
}

QString ScenarioDocument::switchRegion(const QString &code, int year, bool yearChange) {
    QString error;
    std::optional<data::RegionRecord> region = m_dataset->loadRegion(code, year).take(error);
    if (!region)
        return error;
    data::Scenario after = m_scenario;
    after.region = QString::fromStdString(region->baseline.code);
    after.year = year;
    for (data::NamedPolicy &p : after.policies)
        p.policy = core::statusQuoPolicy(region->baseline);
    const QString text =
        !yearChange ? tr("Change region to %1").arg(QString::fromStdString(region->baseline.name))
        : year      ? tr("Use data as of %1").arg(year)
                    : tr("Use the latest data");
    m_undo.push(new SnapshotCommand(this, text, after, *region));
    return {};
}

void ScenarioDocument::restore(const data::Scenario &scenario, const data::RegionRecord &region) {
    const bool regionChange =
        region.baseline.code != m_region.baseline.code || region.asOfYear != m_region.asOfYear;
    m_scenario = scenario;
    m_region = region;
    if (regionChange)
        emit regionChanged();
    emit changed();
}

QString ScenarioDocument::open(const QString &path, QStringList *warnings) {
    QString error;
    std::optional<data::OpenedScenario> read =
        data::openScenario(path, *m_dataset, false).take(error);
    if (!read)
        return error;
    if (read->scenario.policies.isEmpty()) // something to edit and compare
        read->scenario.policies << data::NamedPolicy{tr("Policy A"),
                                                     core::statusQuoPolicy(read->region.baseline)};
    m_undo.clear();
    restore(read->scenario, read->region);
    emit regionChanged();
    m_filePath = path;
    emit filePathChanged();
    if (warnings)
        *warnings = read->warnings;
    return {};
}

QString ScenarioDocument::save(const QString &path) {
    if (const data::Result<void> written = data::writeScenarioFile(path, m_scenario); !written)
        return written.errorText();
    m_filePath = path;
    m_undo.setClean();
    emit filePathChanged();
    return {};
}

} // namespace leastbad::gui
