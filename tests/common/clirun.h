// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built leastbad-cli (LEASTBAD_CLI_PATH) and collects what a user sees, for the
// CLI tests; example policies are found under LEASTBAD_SOURCE_DIR.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace leastbad::test {

struct CliRun {
    int exitCode;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QString examplePolicy(const char *name) {
    return qEnvironmentVariable("LEASTBAD_SOURCE_DIR") + QStringLiteral("/data/policies/") +
           QLatin1String(name);
}

} // namespace leastbad::test
