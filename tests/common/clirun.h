// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real leastbad-cli binary (LEASTBAD_CLI_PATH) and keeps what a user sees.
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

inline CliRun runCli(const QStringList &args, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(LEASTBAD_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace leastbad::test
