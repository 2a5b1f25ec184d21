// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace leastbad::i18n {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("es")};
}

QString languageArgument(const QStringList &arguments, const QString &fallback) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--lang=")))
            return arguments[i].mid(7);
    }
    return fallback;
}

QString installLanguage(const QString &requested) {
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&app, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    QString language = QLocale::languageToCode(locale.language());
    if (!availableLanguages().contains(language))
        language = QStringLiteral("en");
    QLocale::setDefault(requested.isEmpty() ? locale : QLocale(language));
    if (language == QStringLiteral("en"))
        return language;
    app = new QTranslator(QCoreApplication::instance());
    if (app->load(QStringLiteral(":/i18n/leastbad_") + language))
        QCoreApplication::installTranslator(app);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace leastbad::i18n
