// SPDX-License-Identifier: GPL-3.0-or-later
// leastbad-cli: the command-line front end over the model and the data.
#include "cli/backcastcommand.h"
#include "cli/clistart.h"
#include "cli/comparecommand.h"
#include "cli/datasetcommand.h"
#include "cli/diagnosticscommand.h"
#include "cli/frontiercommand.h"
#include "cli/leverscommand.h"
#include "cli/regionscommand.h"
#include "cli/sensitivitycommand.h"
#include "cli/simulatecommand.h"
#include "cli/validatecommand.h"
#include "cli/voicommand.h"
#include "data/parametertable.h"

#include <QFile>

#include <leastbad/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace {

QString usage() {
    return QCoreApplication::translate(
        "leastbad-cli",
        "Usage: leastbad-cli <command> [options]\n"
        "\n"
        "LeastBad: a prison-policy cost-benefit calculator.\n"
        "\n"
        "Commands:\n"
        "  simulate     Simulate one policy year by year\n"
        "  compare      Compare policies with the status quo under uncertainty\n"
        "  voi          Value of information: which uncertainty matters for the decision\n"
        "  diagnostics  Per-unit effects of the model beside the literature\n"
        "  sensitivity  Rank the parameters that drive a policy's net value\n"
        "  frontier     Find the policies no other beats, and the least bad one\n"
        "  regions      Apply one policy to every region and rank them\n"
        "  validate     Run published natural experiments through the model\n"
        "  backcast     Start a region in a past year and compare with what happened\n"
        "  dataset      List, show, validate, import and export regional datasets\n"
        "  export       Export a scenario's charts, report and results (PNG, SVG, PDF, CSV, JSON)\n"
        "  parameters   Print the model's parameter table (Markdown, as in docs/MODEL.md)\n"
        "  levers       Print the policy levers (Markdown or JSON, as in docs/MODEL.md)\n"
        "\n"
        "Each command takes --help.\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help\n"
        "  -v, --version    Show the version\n"
        "      --lang CODE  Language: en, nl or es (default: the system's)\n");
}

// The command is the first argument that is neither an option nor --lang's value.
bool isExportCommand(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0)
            ++i;
        else if (argv[i][0] != '-')
            return std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

// `export` runs as leastbad-cli-export, found beside this program (the build tree) or where
// it is installed (LEASTBAD_CLI_EXPORT_DIR, relative to this program's folder). Returns only
// when it cannot be started.
int startExport(char *argv[]) {
    const QString here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    QString helper = here + QStringLiteral("/leastbad-cli-export");
    if (!QFileInfo::exists(helper))
        helper = QDir::cleanPath(here + QLatin1Char('/') + QStringLiteral(LEASTBAD_CLI_EXPORT_DIR) +
                                 QStringLiteral("/leastbad-cli-export"));
    const QByteArray path = QFile::encodeName(helper);
    execv(path.constData(), argv);
    // Untranslated, as the loader's own message for a missing library: a broken installation.
    QTextStream(stderr) << "leastbad-cli export: cannot start " << helper << ": "
                        << QString::fromLocal8Bit(std::strerror(errno)) << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    // A file-size limit (ulimit -f) must fail the write, whose scratch file is then removed,
    // rather than kill the program and leave its temporary file behind.
    std::signal(SIGXFSZ, SIG_IGN);
    // Exporting draws charts: a program of its own, so that the other commands load no
    // widget library (docs/PERFORMANCE.md, session 5).
    if (isExportCommand(argc, argv))
        return startExport(argv);
    const QCoreApplication app(argc, argv);
    const QStringList args = leastbad::cli::startApplication();
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("leastbad-cli", "The command to run."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("leastbad-cli", "Show this help"));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("leastbad-cli", "Show the version"));
    parser.addOption(help);
    parser.addOption(version);
    // Options belong to the command: parse only enough to find it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(args)) {
        QTextStream(stderr) << "leastbad-cli: " << parser.errorText() << "\n\n" << usage();
        return 2;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "leastbad-cli " << leastbad::kVersion << '\n';
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        QTextStream(parser.isSet(help) ? stdout : stderr) << usage();
        return parser.isSet(help) ? 0 : 2;
    }
    const QString command = positional.first();
    if (command == QStringLiteral("simulate"))
        return leastbad::cli::runSimulate(args);
    if (command == QStringLiteral("compare"))
        return leastbad::cli::runCompare(args);
    if (command == QStringLiteral("voi"))
        return leastbad::cli::runVoi(args);
    if (command == QStringLiteral("diagnostics"))
        return leastbad::cli::runDiagnostics(args);
    if (command == QStringLiteral("sensitivity"))
        return leastbad::cli::runSensitivity(args);
    if (command == QStringLiteral("frontier"))
        return leastbad::cli::runFrontier(args);
    if (command == QStringLiteral("regions"))
        return leastbad::cli::runRegions(args);
    if (command == QStringLiteral("validate"))
        return leastbad::cli::runValidate(args);
    if (command == QStringLiteral("backcast"))
        return leastbad::cli::runBackcast(args);
    if (command == QStringLiteral("dataset"))
        return leastbad::cli::runDataset(args);
    if (command == QStringLiteral("levers"))
        return leastbad::cli::runLevers(args);
    if (command == QStringLiteral("parameters")) {
        QFile out;
        const QByteArray table = leastbad::data::parameterTableMarkdown();
        return out.open(stdout, QIODevice::WriteOnly) && out.write(table) == table.size() ? 0 : 2;
    }
    QTextStream(stderr)
        << "leastbad-cli: "
        << QCoreApplication::translate("leastbad-cli", "unknown command \"%1\"").arg(command)
        << "\n\n"
        << usage();
    return 2;
}
