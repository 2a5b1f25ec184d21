// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clistart.h"

#include "i18n/language.h"

#include <leastbad/version.h>

#include <QCoreApplication>

namespace leastbad::cli {

QStringList startApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("leastbad-cli"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(leastbad::kOrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(leastbad::kVersion));

    QStringList args = QCoreApplication::arguments();
    leastbad::i18n::installLanguage(leastbad::i18n::languageArgument(args, QString()));
    // --lang is for the whole program: take it out before the commands parse.
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--lang") && i + 1 < args.size())
            args.remove(i, 2);
        else if (args[i].startsWith(QStringLiteral("--lang=")))
            args.remove(i);
        else
            continue;
        break;
    }
    return args;
}

} // namespace leastbad::cli
