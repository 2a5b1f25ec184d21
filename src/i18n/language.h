// SPDX-License-Identifier: GPL-3.0-or-later
// Which language LeastBad speaks: --lang, else the saved setting, else the system
// locale; English when there is no catalogue for it.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace leastbad::i18n {

// The languages with a catalogue, as ISO 639-1 codes ("en" is built in).
QStringList availableLanguages();

// The value of "--lang CODE" or "--lang=CODE" in `arguments`, or `fallback`.
QString languageArgument(const QStringList &arguments, const QString &fallback);

// Installs the catalogues (LeastBad's and Qt's own) for `language` ("nl", "es", "en",
// or empty for the system locale) into the running application, and sets the default
// QLocale so that numbers, money and dates follow it. Returns the language used.
QString installLanguage(const QString &language);

} // namespace leastbad::i18n
