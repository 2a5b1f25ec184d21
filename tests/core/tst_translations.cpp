// SPDX-License-Identifier: GPL-3.0-or-later
// Every string of the program must be translated in every catalogue: an unfinished or
// empty translation fails here (run the update_translations target, then translate).
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
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
