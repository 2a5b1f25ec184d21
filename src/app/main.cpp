// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad: the desktop app. `leastbad [--lang CODE] [FILE]` opens a scenario or a policy.
#include "app/mainwindow.h"
#include "app/theme.h"
#include "app/welcomedialog.h"
#include "i18n/language.h"

#include <leastbad/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(leastbad::kApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(leastbad::kOrganizationName));
    QApplication::setApplicationVersion(QString::fromLatin1(leastbad::kVersion));

    // The language is needed before any text, so --lang is read ahead of the parser.
    leastbad::i18n::installLanguage(leastbad::i18n::languageArgument(
        QApplication::arguments(), QSettings().value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prison-policy cost-benefit calculator"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language: en, nl or es (default: the system's)."),
        QStringLiteral("CODE")));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate(
            "main",
            "A scenario (.leastbad) to open, or a policy file (.json) to load into policy A."),
        QStringLiteral("[file]"));
    parser.process(app);

    // "System" needs nothing: Qt already took the desktop's style and palette.
    if (const auto theme =
            leastbad::gui::themeFromKey(QSettings().value(QStringLiteral("theme")).toString());
        theme != leastbad::gui::Theme::System)
        leastbad::gui::applyTheme(theme);
    leastbad::gui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first(), true);
    else if (leastbad::gui::WelcomeDialog::showAtStart())
        // Once the window is up, so the welcome sits over it.
        QMetaObject::invokeMethod(&window, &leastbad::gui::MainWindow::showWelcome,
                                  Qt::QueuedConnection);
    return app.exec();
}
