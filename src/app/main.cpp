// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad: the desktop app. `leastbad [POLICY.json]` opens a policy to compare.
#include "app/mainwindow.h"

#include <leastbad/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(leastbad::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(leastbad::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(leastbad::kVersion));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("leastbad"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prison-policy cost-benefit calculator"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate(
            "main",
            "A scenario (.leastbad) to open, or a policy file (.json) to load into policy A."),
        QStringLiteral("[file]"));
    parser.process(app);

    leastbad::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first(), true);
    return app.exec();
}
