// SPDX-License-Identifier: GPL-3.0-or-later
// The open scenario: region, the policies compared with the status quo (any number, at
// least one, each named), moral weights, seed and draws, with undo.
// Every change goes through an undo command; one slider drag is one command (merged
// while the slider is held).
#pragma once

#include "data/dataset.h"
#include "data/scenariofile.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace leastbad::gui {

class ScenarioDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    explicit ScenarioDocument(QObject *parent = nullptr);

    const data::Scenario &scenario() const { return m_scenario; }
    const data::RegionRecord &region() const { return m_region; }
    const data::Dataset &dataset() const { return *m_dataset; }
    QUndoStack *undoStack() { return &m_undo; }

    int policyCount() const { return int(m_scenario.policies.size()); }
    const core::Policy &policy(int index) const { return m_scenario.policies.at(index).policy; }
    const QString &policyName(int index) const { return m_scenario.policies.at(index).name; }
    core::Policy statusQuo() const { return core::statusQuoPolicy(m_region.baseline); }

    // A lever change. `dragId` > 0 while a slider is held: changes with the same id merge
    // into one undo step.
    void setLever(int policyIndex, const core::LeverSpec &lever, double value, int dragId = 0);
    void setWeights(const core::MoralWeights &weights);
    void setDraws(int draws);
    void resetPolicy(int policyIndex);
    // Replaces a policy's levers (and its name, if given) in one undo step.
    void setPolicy(int policyIndex, const core::Policy &policy, const QString &name = {});
    // The policy list, each one undo step. addPolicy appends (at the status quo when no
    // policy is given) and returns the new index; the last policy cannot be removed.
    int addPolicy(const QString &name = {}, const std::optional<core::Policy> &policy = {});
    int duplicatePolicy(int index);
    void removePolicy(int index);
    void movePolicy(int from, int to);
    void renamePolicy(int index, const QString &name);
    // A name no policy has yet: "Policy C", "Policy D", …; or `base` itself when free, else
    // `base (2)`, `base (3)`, ….
    QString unusedName(const QString &base = {}) const;
    // Switches region (levers reset to its status quo). Returns an error message or empty.
    QString setRegion(const QString &code);
    // Evaluates the region as of `year` (0: the latest value of each input); levers reset
    // to the status quo of that year. Returns an error message or empty.
    QString setYear(int year);

    // New / open / save. Open keeps the current scenario on any error and returns it;
    // warnings (a newer file, unknown fields) are returned through `warnings`.
    void newScenario();
    QString open(const QString &path, QStringList *warnings = nullptr);
    QString save(const QString &path);
    const QString &filePath() const { return m_filePath; }
    bool isModified() const { return !m_undo.isClean(); }

    // Applies a whole scenario (used by undo commands); no undo step of its own.
    void restore(const data::Scenario &scenario, const data::RegionRecord &region);

signals:
    void changed();       // any value changed
    void regionChanged(); // the region (and so every status quo) changed
    void filePathChanged();

private:
    void applyLever(int policyIndex, const core::LeverSpec &lever, double value);
    QString switchRegion(const QString &code, int year, bool yearChange);
    friend class SetLeverCommand;

    std::optional<data::Dataset> m_dataset;
    data::RegionRecord m_region;
    data::Scenario m_scenario;
    QUndoStack m_undo;
    QString m_filePath;
};

} // namespace leastbad::gui
