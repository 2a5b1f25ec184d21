// SPDX-License-Identifier: GPL-3.0-or-later
// Every string of the program must be translated in every catalogue: an unfinished or
// empty translation fails here (run the update_translations target, then translate).
#include "core/outputs.h"
#include "core/policy.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void coreLabelsAreListedForTranslation() {
        QFile listed(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
                     QStringLiteral("/src/charts/coretexts_strings.cpp"));
        QVERIFY(listed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(listed.readAll());
        auto has = [&](const char *context, std::string_view s) {
            return text.contains(
                QStringLiteral("QT_TRANSLATE_NOOP(\"%1\", \"%2\")")
                    .arg(QLatin1String(context), QString::fromUtf8(s.data(), qsizetype(s.size()))));
        };
        for (const leastbad::core::LeverSpec &lever : leastbad::core::leverSpecs())
            QVERIFY2(has("Lever", lever.label) && has("Unit", lever.unit) &&
                         has("Evidence", lever.evidence),
                     "run translations/update-core-texts.py");
        for (const leastbad::core::OutputSpec &output : leastbad::core::outputSpecs())
            QVERIFY2(has("Output", output.label) && has("Unit", output.unit),
                     "run translations/update-core-texts.py");
    }

    void everyStringIsTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::addRow("Dutch") << QStringLiteral("leastbad_nl.ts");
        QTest::addRow("Spanish") << QStringLiteral("leastbad_es.ts");
    }
    void everyStringIsTranslated() {
        QFETCH(QString, file);
        QFile ts(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/translations/") +
                 file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QStringLiteral("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (type == QStringLiteral("vanished") || type == QStringLiteral("obsolete"))
                    continue;
                ++messages;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QStringLiteral("unfinished") || text.trimmed().isEmpty())
                    missing << source.left(60);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 untranslated, e.g.: %3")
                                .arg(missing.size())
                                .arg(messages)
                                .arg(missing.mid(0, 5).join(QStringLiteral(" | ")))));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
