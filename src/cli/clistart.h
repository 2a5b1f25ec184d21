// SPDX-License-Identifier: GPL-3.0-or-later
// What every leastbad-cli process does once its application object exists: the program's
// names and version, the language of --lang (or the system's), and the arguments without
// --lang, which is for the whole program. leastbad-cli and leastbad-cli-export share it.
#pragma once

#include <QStringList>

namespace leastbad::cli {

QStringList startApplication();

} // namespace leastbad::cli
