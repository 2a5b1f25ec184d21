// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/outputs.h"
#include "core/parameters.h"
#include "core/policy.h"
#include "data/defaultregion.h"
#include "data/levertable.h"
#include "data/metrics.h"
#include "data/parametertable.h"
#include "data/regionfields.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <set>
#include <string>

using namespace leastbad::core;

class TestParameters : public QObject {
    Q_OBJECT

private slots:
    void tableMatchesDefaults() {
        const Parameters defaults;
        std::set<std::string_view> keys;
        for (const ParameterSpec &spec : parameterSpecs()) {
            QVERIFY2(keys.insert(spec.key).second, spec.key.data());
            QVERIFY2(defaults.*spec.member == spec.central, spec.key.data());
            QVERIFY2(spec.low <= spec.central && spec.central <= spec.high, spec.key.data());
            QVERIFY2(!spec.source.empty() && !spec.unit.empty(), spec.key.data());
            if (spec.evidence == Evidence::Assumption)
                QVERIFY2(spec.source.find("assumption") != std::string_view::npos, spec.key.data());
        }
        // Every member of Parameters is in the table (each is a double).
        QCOMPARE(parameterSpecs().size(), sizeof(Parameters) / sizeof(double));
    }

    void groupTableFollowsItsEnumAndEveryGroupIsDrawn() {
        std::set<std::string_view> keys;
        for (std::size_t i = 0; i < parameterGroupSpecs().size(); ++i) {
            const ParameterGroupSpec &group = parameterGroupSpecs()[i];
            QCOMPARE(std::size_t(group.id), i);
            QVERIFY2(keys.insert(group.key).second, group.key.data());
            const bool drawn = std::any_of(
                parameterSpecs().begin(), parameterSpecs().end(), [&](const ParameterSpec &spec) {
                    return spec.group == group.id && spec.distribution != Distribution::Fixed;
                });
            QVERIFY2(drawn, group.key.data());
        }
        QVERIFY(parameterGroupSpec(ParameterGroupId::Wellbeing).key == "wellbeing");
    }

    void modelDocumentCarriesTheGeneratedTable() {
        QFile doc(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/docs/MODEL.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QByteArray text = doc.readAll();
        QVERIFY2(text.contains(leastbad::data::parameterTableMarkdown()),
                 "docs/MODEL.md is out of date: paste the output of `leastbad-cli parameters`");
    }

    void documentsCarryTheGeneratedLeverTable() {
        const QByteArray table =
            leastbad::data::leverTableMarkdown(leastbad::data::defaultUnitedStates().baseline);
        QVERIFY(table.contains("| `facility_beds` | Facility size | capacity | beds |"));
        for (const char *name : {"/docs/MODEL.md", "/docs/POLICY_FILES.md"}) {
            QFile doc(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QLatin1String(name));
            QVERIFY2(doc.open(QIODevice::ReadOnly), name);
            QVERIFY2(doc.readAll().contains(table),
                     "the lever table is out of date: run docs/update-lever-tables.sh");
        }
    }

    // The levers' and outputs' texts reach the catalogues through a generated source file.
    void coreTextsFileIsGeneratedFromTheTables() {
        const QByteArray generated = leastbad::data::coreTextsSource();
        QVERIFY(generated.contains("QT_TRANSLATE_NOOP(\"Lever\", \"Facility size\")"));
        QVERIFY(generated.contains("QT_TRANSLATE_NOOP(\"Output\", \"All ledgers: net cost\")"));
        QFile file(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                   QStringLiteral("/src/analysis/coretexts_strings.cpp"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(file.readAll() == generated,
                 "src/analysis/coretexts_strings.cpp is out of date: run "
                 "translations/update-core-texts.sh");
    }

    void everyLeverStatusQuoComesFromAMetricOrAConstant() {
        for (const LeverSpec &lever : leverSpecs()) {
            if (lever.statusQuoField) {
                QVERIFY2(leastbad::data::findMetric(lever.statusQuoInput), lever.key.data());
                // The dataset input the lever names fills the field it reads (police per
                // 100,000 is built in a step of its own, from the officer count).
                if (const auto *field = leastbad::data::findRegionField(lever.statusQuoInput))
                    QVERIFY2(field->field == lever.statusQuoField, lever.key.data());
                else
                    QCOMPARE(lever.statusQuoInput, std::string_view("police_per_100k"));
            } else
                QVERIFY2(lever.statusQuoInput.empty() && lever.statusQuoDefault >= lever.min &&
                             lever.statusQuoDefault <= lever.max,
                         lever.key.data());
        }
    }

    void everyLeverNamesRealParameters() {
        for (const LeverSpec &lever : leverSpecs()) {
            QVERIFY2(!lever.parameters.empty(), lever.key.data());
            const QStringList keys =
                QString::fromUtf8(lever.parameters.data(), qsizetype(lever.parameters.size()))
                    .split(QLatin1Char(','));
            for (const QString &key : keys)
                QVERIFY2(findParameter(key.toStdString()), qPrintable(key));
        }
    }

    void statusQuoLeversAreInRange() {
        const RegionBaseline us = leastbad::data::defaultUnitedStates().baseline;
        const Policy sq = statusQuoPolicy(us);
        for (const LeverSpec &lever : leverSpecs()) {
            const double v = leverValue(sq, lever);
            QVERIFY2(v >= lever.min && v <= lever.max, lever.key.data());
        }
    }

    void builtinBaselineIsValidAndSourced() {
        const auto record = leastbad::data::defaultUnitedStates();
        QVERIFY(validate(record.baseline).empty());
        for (const auto &p : record.provenance) {
            QVERIFY2(!p.source.empty() && !p.status.empty(), p.field.c_str());
            if (p.status == "assumption")
                QVERIFY2(p.source.find("assumption") != std::string::npos, p.field.c_str());
        }
    }

    void validationNamesTheField() {
        RegionBaseline r = leastbad::data::defaultUnitedStates().baseline;
        r.population = -5;
        r.clearanceRateViolent = std::numeric_limits<double>::quiet_NaN();
        const auto problems = validate(r);
        QCOMPARE(problems.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(problems[0].field), QStringLiteral("population"));
        QCOMPARE(QString::fromStdString(problems[1].field),
                 QStringLiteral("clearance_rate_violent"));
    }

    void requiredOutputColumnsExist() {
        std::set<std::string_view> keys;
        for (const OutputSpec &spec : outputSpecs())
            keys.insert(spec.key);
        for (const char *k :
             {"prison_population", "admissions", "releases", "crimes_violent", "crimes_property",
              "homicides", "prisoner_years", "assaults_in_prison", "sexual_victimizations",
              "suicides_in_prison", "life_years_lost_incarceration", "life_years_saved_homicide",
              "wellbeing_years_lost", "cost_taxpayers_usd", "cost_victims_usd",
              "cost_incarcerated_families_usd"})
            QVERIFY2(keys.count(k), k);
    }
};

QTEST_APPLESS_MAIN(TestParameters)
#include "tst_parameters.moc"
