// SPDX-License-Identifier: GPL-3.0-or-later
// Looks up a translation in translations/leastbad_<lang>.ts, so language tests assert
// what the catalogue says rather than repeating its words.
#pragma once

#include <QFile>
#include <QString>
#include <QXmlStreamReader>

namespace leastbad::test {

inline QString translationOf(const QString &language, const QString &context,
                             const QString &source) {
    QFile ts(qEnvironmentVariable("LEASTBAD_SOURCE_DIR") +
             QStringLiteral("/translations/leastbad_") + language + QStringLiteral(".ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&ts);
    QString currentContext, currentSource;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QStringLiteral("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation") && currentContext == context &&
                 currentSource == source)
            return xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return {};
}

} // namespace leastbad::test
