// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad-cli-export: `leastbad-cli export`, which leastbad-cli starts in its place (execv,
// same arguments). Only this program draws charts, so only it links Qt Gui, Widgets, Svg,
// PrintSupport and QCustomPlot; every other command starts without loading them.
#include "cli/clistart.h"
#include "cli/exportcommand.h"

#include <QApplication>

#include <csignal>

int main(int argc, char *argv[]) {
    // A file-size limit (ulimit -f) must fail the write, whose scratch file is then removed,
    // rather than kill the program and leave its temporary file behind.
    std::signal(SIGXFSZ, SIG_IGN);
    // Exporting draws charts, which are widgets: it needs a QApplication, but never a
    // display, so it draws offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QApplication app(argc, argv);
    return leastbad::cli::runExport(leastbad::cli::startApplication());
}
